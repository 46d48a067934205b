using System.Diagnostics.CodeAnalysis;

namespace PartnershipGraph.Web.Services.Common;

/// <summary>The outcome of a service call: a value, or the expected errors that stopped it.</summary>
public sealed class ServiceResult<T>
{
    private ServiceResult(T? value, IReadOnlyList<ServiceError> errors)
    {
        Value = value;
        Errors = errors;
    }

    /// <summary>The value; default when the call failed.</summary>
    public T? Value { get; }

    /// <summary>The errors; empty when the call succeeded.</summary>
    public IReadOnlyList<ServiceError> Errors { get; }

    /// <summary>True when the call succeeded.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Succeeded => Errors.Count == 0;

    /// <summary>A success carrying <paramref name="value"/>.</summary>
    public static ServiceResult<T> Success(T value) => new(value, []);

    /// <summary>A failure; at least one error is required.</summary>
    public static ServiceResult<T> Failure(IReadOnlyList<ServiceError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("A failure needs at least one error.", nameof(errors));
        }
        return new(default, errors);
    }

    /// <summary>A failure with one error.</summary>
    public static ServiceResult<T> Failure(ServiceError error) => Failure([error]);

    /// <summary>Wraps a value as a success.</summary>
    public static implicit operator ServiceResult<T>(T value) => Success(value);

    /// <summary>Wraps an error as a failure.</summary>
    public static implicit operator ServiceResult<T>(ServiceError error) => Failure(error);
}
