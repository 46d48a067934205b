namespace PartnershipGraph.GraphQL.Data.Filtering;

/// <summary>The descriptions of the generated filter input types and their fields, in the sentences clients read in the schema.</summary>
internal static class FilterDescriptions
{
    private static readonly Dictionary<string, string> Operations = new(StringComparer.Ordinal)
    {
        ["and"] = "Holds when every one of these conditions holds.",
        ["or"] = "Holds when at least one of these conditions holds.",
        ["eq"] = "Holds when the value equals this one; null asks for a missing value.",
        ["neq"] = "Holds when the value does not equal this one; null asks for a present value.",
        ["in"] = "Holds when the value is one of these.",
        ["nin"] = "Holds when the value is none of these.",
        ["contains"] = "Holds when the text contains this text.",
        ["ncontains"] = "Holds when the text does not contain this text.",
        ["startsWith"] = "Holds when the text starts with this text.",
        ["nstartsWith"] = "Holds when the text does not start with this text.",
        ["endsWith"] = "Holds when the text ends with this text.",
        ["nendsWith"] = "Holds when the text does not end with this text.",
        ["gt"] = "Holds when the value is greater than this one.",
        ["ngt"] = "Holds when the value is not greater than this one.",
        ["gte"] = "Holds when the value is greater than or equal to this one.",
        ["ngte"] = "Holds when the value is less than this one.",
        ["lt"] = "Holds when the value is less than this one.",
        ["nlt"] = "Holds when the value is not less than this one.",
        ["lte"] = "Holds when the value is less than or equal to this one.",
        ["nlte"] = "Holds when the value is greater than this one.",
        ["all"] = "Holds when every item matches this filter.",
        ["none"] = "Holds when no item matches this filter.",
        ["some"] = "Holds when at least one item matches this filter.",
        ["any"] = "Given true, holds when the list has items; given false, when it is empty.",
    };

    public static string Object(string typeName) =>
        $"Filters {typeName} by its fields: every field given must hold.";

    public static string Combination(string name, string typeName) =>
        name == "and"
            ? $"Holds when every one of these {typeName} filters holds."
            : $"Holds when at least one of these {typeName} filters holds.";

    public static string Member(DataMember member) =>
        member.Kind switch
        {
            DataMemberKind.Object =>
                $"Holds when `{member.FieldName}` is present and matches this filter; null asks for it to be missing.",
            DataMemberKind.List =>
                $"Holds when the items of `{member.FieldName}` meet these conditions.",
            _ => $"Holds when `{member.FieldName}` meets these conditions.",
        };

    public static string OperationInput(string scalarName) =>
        $"Tests a value of the {scalarName} type: every condition given must hold.";

    public static string List(string itemInput) =>
        $"Tests the items of a list, each against a {itemInput}.";

    public static string Operation(string name) => Operations[name];
}
