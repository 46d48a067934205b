namespace PartnershipGraph.GraphQL.Types;

/// <summary>Converts between <see cref="DirectiveLocation"/> and the spec's names such as <c>FIELD_DEFINITION</c>.</summary>
public static class DirectiveLocationNames
{
    private static readonly Dictionary<string, DirectiveLocation> ByName =
        Enum.GetValues<DirectiveLocation>()
            .ToDictionary(l => l.ToSpecName(), StringComparer.Ordinal);

    /// <summary>Whether the location can be used in executable documents (as opposed to type-system definitions).</summary>
    public static bool IsExecutable(this DirectiveLocation location) =>
        location <= DirectiveLocation.VariableDefinition;

    /// <summary>The spec's name of the location, such as <c>FIELD_DEFINITION</c>.</summary>
    public static string ToSpecName(this DirectiveLocation location) =>
        location switch
        {
            DirectiveLocation.Query => "QUERY",
            DirectiveLocation.Mutation => "MUTATION",
            DirectiveLocation.Subscription => "SUBSCRIPTION",
            DirectiveLocation.Field => "FIELD",
            DirectiveLocation.FragmentDefinition => "FRAGMENT_DEFINITION",
            DirectiveLocation.FragmentSpread => "FRAGMENT_SPREAD",
            DirectiveLocation.InlineFragment => "INLINE_FRAGMENT",
            DirectiveLocation.VariableDefinition => "VARIABLE_DEFINITION",
            DirectiveLocation.Schema => "SCHEMA",
            DirectiveLocation.Scalar => "SCALAR",
            DirectiveLocation.Object => "OBJECT",
            DirectiveLocation.FieldDefinition => "FIELD_DEFINITION",
            DirectiveLocation.ArgumentDefinition => "ARGUMENT_DEFINITION",
            DirectiveLocation.Interface => "INTERFACE",
            DirectiveLocation.Union => "UNION",
            DirectiveLocation.Enum => "ENUM",
            DirectiveLocation.EnumValue => "ENUM_VALUE",
            DirectiveLocation.InputObject => "INPUT_OBJECT",
            DirectiveLocation.InputFieldDefinition => "INPUT_FIELD_DEFINITION",
            DirectiveLocation.DirectiveDefinition => "DIRECTIVE_DEFINITION",
            _ => throw new ArgumentOutOfRangeException(nameof(location)),
        };

    /// <summary>The location with this spec name, such as <c>FIELD_DEFINITION</c>.</summary>
    public static bool TryParse(string name, out DirectiveLocation location) =>
        ByName.TryGetValue(name, out location);
}
