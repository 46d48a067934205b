using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Types;

/// <summary>An enum type: a leaf type with a fixed set of named values.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Enums</remarks>
public sealed class EnumType : NamedType
{
    private IReadOnlyList<EnumValueDefinition> _values = [];
    private Dictionary<string, EnumValueDefinition> _byName = [];
    private Dictionary<object, EnumValueDefinition> _byValue = [];

    internal EnumType(string name, string? description = null)
        : base(name, description) { }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Enum;

    /// <summary>The values, in definition order.</summary>
    public IReadOnlyList<EnumValueDefinition> Values
    {
        get => _values;
        internal set
        {
            _values = value;
            _byName = new Dictionary<string, EnumValueDefinition>(StringComparer.Ordinal);
            _byValue = [];
            foreach (var definition in value)
            {
                _byName.TryAdd(definition.Name, definition);
                if (definition.Value is not null)
                {
                    _byValue.TryAdd(definition.Value, definition);
                }
            }
        }
    }

    /// <summary>The value with this name, or <see langword="null"/>.</summary>
    public EnumValueDefinition? GetValue(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The value definition whose CLR value equals this one, or <see langword="null"/>.</summary>
    public EnumValueDefinition? GetValueByClrValue(object? value) =>
        value is null ? null : _byValue.GetValueOrDefault(value);

    /// <summary>Converts a CLR value a resolver returned to the enum value's name.</summary>
    /// <exception cref="GraphQLError">No enum value has this CLR value.</exception>
    public string Serialize(object? value) =>
        GetValueByClrValue(value)?.Name
        ?? throw new GraphQLError(
            $"Enum \"{Name}\" cannot represent value: {Inspector.Inspect(value)}"
        );

    /// <summary>Converts a variable value (the name as a string) to the enum value's CLR value.</summary>
    /// <exception cref="GraphQLError">The value is not a string or names no value of this enum.</exception>
    public object? ParseValue(object? value)
    {
        if (value is not string name)
        {
            var text = Inspector.Inspect(value);
            throw new GraphQLError(
                $"Enum \"{Name}\" cannot represent non-string value: {text}."
                    + DidYouMeanEnumValue(text)
            );
        }
        var definition =
            GetValue(name)
            ?? throw new GraphQLError(
                $"Value \"{name}\" does not exist in \"{Name}\" enum." + DidYouMeanEnumValue(name)
            );
        return definition.Value;
    }

    /// <summary>Converts an enum literal to the enum value's CLR value.</summary>
    /// <exception cref="GraphQLError">The literal is not an enum value of this enum.</exception>
    public object? ParseLiteral(
        ValueNode valueNode,
        IReadOnlyDictionary<string, object?>? variables = null
    )
    {
        if (valueNode is not EnumValueNode enumValue)
        {
            var text = ValuePrinter.Print(valueNode);
            throw Errors.AtNode(
                $"Enum \"{Name}\" cannot represent non-enum value: {text}."
                    + DidYouMeanEnumValue(text),
                valueNode
            );
        }
        var definition =
            GetValue(enumValue.Value)
            ?? throw Errors.AtNode(
                $"Value \"{enumValue.Value}\" does not exist in \"{Name}\" enum."
                    + DidYouMeanEnumValue(enumValue.Value),
                valueNode
            );
        return definition.Value;
    }

    private string DidYouMeanEnumValue(string unknownValue) =>
        DidYouMean.Format(
            "the enum value",
            SuggestionList.Get(unknownValue, _values.Select(v => v.Name))
        );
}
