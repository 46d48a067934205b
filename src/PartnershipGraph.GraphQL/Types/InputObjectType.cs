namespace PartnershipGraph.GraphQL.Types;

/// <summary>An input object type: a set of named input fields given as an argument or variable.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Input-Objects</remarks>
public sealed class InputObjectType : NamedType
{
    private IReadOnlyList<InputValueDefinition> _fields = [];
    private Dictionary<string, InputValueDefinition> _byName = [];

    internal InputObjectType(string name, string? description = null)
        : base(name, description) { }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.InputObject;

    /// <summary>The input fields, in definition order.</summary>
    public IReadOnlyList<InputValueDefinition> Fields
    {
        get => _fields;
        internal set
        {
            _fields = value;
            _byName = new Dictionary<string, InputValueDefinition>(StringComparer.Ordinal);
            foreach (var definition in value)
            {
                _byName.TryAdd(definition.Name, definition);
            }
        }
    }

    /// <summary>Whether exactly one field must be given, and not as null (<c>@oneOf</c>).</summary>
    /// <remarks>https://github.com/graphql/graphql-spec/pull/825</remarks>
    public bool IsOneOf { get; internal set; }

    /// <summary>The input field with this name, or <see langword="null"/>.</summary>
    public InputValueDefinition? GetField(string name) => _byName.GetValueOrDefault(name);
}
