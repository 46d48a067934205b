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
    public void Every_type_field_argument_and_enum_value_has_a_description_in_full_sentences()
    {
        var schema = PartnershipSchema.Build();
        var missing = new List<string>();
        foreach (
            var type in schema.TypeMap.Values.Where(t =>
                !t.Name.StartsWith("__", StringComparison.Ordinal)
            )
        )
        {
            Check(type.Description, type.Name, missing);
            switch (type)
            {
                case ObjectOrInterfaceType complex:
                    foreach (var field in complex.Fields)
                    {
                        Check(field.Description, $"{type.Name}.{field.Name}", missing);
                        foreach (var argument in field.Arguments)
                        {
                            Check(
                                argument.Description,
                                $"{type.Name}.{field.Name}({argument.Name})",
                                missing
                            );
                        }
                    }
                    break;
                case InputObjectType input:
                    foreach (var field in input.Fields)
                    {
                        Check(field.Description, $"{type.Name}.{field.Name}", missing);
                    }
                    break;
                case EnumType enumType:
                    foreach (var value in enumType.Values)
                    {
                        Check(value.Description, $"{type.Name}.{value.Name}", missing);
                    }
                    break;
            }
        }
        Assert.True(missing.Count == 0, "No description: " + string.Join(", ", missing));
    }

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
