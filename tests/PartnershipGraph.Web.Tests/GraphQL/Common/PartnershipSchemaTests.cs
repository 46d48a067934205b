using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.GraphQL.Utilities;
using PartnershipGraph.Web.GraphQL.Common;

namespace PartnershipGraph.Web.Tests.GraphQL.Common;

public sealed class PartnershipSchemaTests
{
    private const string UpdateVariable = "UPDATE_SCHEMA";

    [Fact]
    public void The_committed_schema_file_matches_the_code()
    {
        var path = Path.Combine(RepositoryRoot(), "schema", "schema.graphql");
        var printed = SchemaPrinter.Print(PartnershipSchema.Build()) + "\n";
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, printed);
        }
        var committed = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        Assert.True(
            committed == printed,
            $"schema/schema.graphql is stale. Regenerate it with `{UpdateVariable}=1 dotnet test tests/PartnershipGraph.Web.Tests --filter PartnershipSchemaTests` and commit it."
        );
    }

    [Fact]
    public void Every_type_field_argument_and_enum_value_of_ours_has_a_description()
    {
        var schema = PartnershipSchema.Build();
        var missing = new List<string>();
        foreach (
            var type in schema.TypeMap.Values.Where(t =>
                !t.Name.StartsWith("__", StringComparison.Ordinal)
            )
        )
        {
            if (
                (type is ScalarType && type.Description is null)
                || IsGeneratedByTheEngine(type.Name)
            )
            {
                continue;
            }
            Check(type.Description, type.Name, missing);
            if (type is ObjectOrInterfaceType complex)
            {
                foreach (var field in complex.Fields)
                {
                    Check(field.Description, $"{type.Name}.{field.Name}", missing);
                    foreach (
                        var argument in field.Arguments.Where(a =>
                            a.Name is not ("where" or "order")
                        )
                    )
                    {
                        Check(
                            argument.Description,
                            $"{type.Name}.{field.Name}({argument.Name})",
                            missing
                        );
                    }
                }
            }
            else if (type is EnumType enumType)
            {
                foreach (var value in enumType.Values)
                {
                    Check(value.Description, $"{type.Name}.{value.Name}", missing);
                }
            }
        }
        Assert.True(missing.Count == 0, "No description: " + string.Join(", ", missing));
    }

    // The data layer's filter and sort inputs are HotChocolate's shapes, described by its conventions rather than by us.
    private static bool IsGeneratedByTheEngine(string name) =>
        name.EndsWith("FilterInput", StringComparison.Ordinal)
        || name.EndsWith("SortInput", StringComparison.Ordinal)
        || name == "SortEnumType";

    private static void Check(string? description, string name, List<string> missing)
    {
        if (string.IsNullOrWhiteSpace(description) || !description.TrimEnd().EndsWith('.'))
        {
            missing.Add(name);
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (
            directory is not null
            && !File.Exists(Path.Combine(directory.FullName, "PartnershipGraph.sln"))
        )
        {
            directory = directory.Parent;
        }
        return directory?.FullName
            ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
