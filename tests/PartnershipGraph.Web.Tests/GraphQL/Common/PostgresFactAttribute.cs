namespace PartnershipGraph.Web.Tests.GraphQL.Common;

/// <summary>A fact that needs a PostgreSQL server; skipped with a reason when <c>PARTNERSHIPGRAPH_TEST_POSTGRES</c> is not set.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string EnvironmentVariable = "PARTNERSHIPGRAPH_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(EnvironmentVariable)))
        {
            Skip = $"Set {EnvironmentVariable} to a PostgreSQL connection string to run this test.";
        }
    }
}
