namespace PartnershipGraph.GraphQL.Types;

/// <summary>An object or interface type: a named type with fields that may implement interfaces.</summary>
public abstract class ObjectOrInterfaceType : NamedType
{
    private Dictionary<string, FieldDefinition> _fieldsByName = [];
    private IReadOnlyList<FieldDefinition> _fields = [];

    private protected ObjectOrInterfaceType(string name, string? description)
        : base(name, description) { }

    /// <summary>The fields, in definition order.</summary>
    public IReadOnlyList<FieldDefinition> Fields
    {
        get => _fields;
        internal set
        {
            _fields = value;
            _fieldsByName = new Dictionary<string, FieldDefinition>(StringComparer.Ordinal);
            foreach (var definition in value)
            {
                _fieldsByName.TryAdd(definition.Name, definition);
                definition.DeclaringType = this;
            }
        }
    }

    /// <summary>The interfaces this type declares it implements, in definition order.</summary>
    public IReadOnlyList<InterfaceType> Interfaces { get; internal set; } = [];

    /// <summary>The field with this name, or <see langword="null"/>.</summary>
    public FieldDefinition? GetField(string name) => _fieldsByName.GetValueOrDefault(name);

    /// <summary>Whether this type declares that it implements the interface.</summary>
    public bool Implements(InterfaceType type) => Interfaces.Contains(type);
}
