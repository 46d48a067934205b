namespace PartnershipGraph.Web.Services.Common;

/// <summary>Collects the validation errors of one input, each naming its field under <c>input</c>.</summary>
public sealed class FieldErrors
{
    private readonly List<ServiceError> _errors = [];

    /// <summary>The errors found so far.</summary>
    public IReadOnlyList<ServiceError> Errors => _errors;

    /// <summary>True when no error was found.</summary>
    public bool IsEmpty => _errors.Count == 0;

    /// <summary>Adds an error on <c>input.{field}</c>.</summary>
    public void Add(string field, string message) =>
        _errors.Add(ValidationError.OnInput(field, message));

    /// <summary>Requires non-blank text no longer than <paramref name="maxLength"/>.</summary>
    public void Required(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, $"{Label(field)} is required.");
            return;
        }
        MaxLength(field, value, maxLength);
    }

    /// <summary>Allows null, but no text longer than <paramref name="maxLength"/>.</summary>
    public void MaxLength(string field, string? value, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(field, $"{Label(field)} must be at most {maxLength} characters.");
        }
    }

    /// <summary>Requires a value the enum defines.</summary>
    public void Defined<TEnum>(string field, TEnum value)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            Add(field, $"{value} is not a valid {typeof(TEnum).Name}.");
        }
    }

    /// <summary>Requires a key that is not empty.</summary>
    public void RequiredId(string field, Guid value)
    {
        if (value == Guid.Empty)
        {
            Add(field, $"{Label(field)} is required.");
        }
    }

    private static string Label(string field) => char.ToUpperInvariant(field[0]) + field[1..];
}
