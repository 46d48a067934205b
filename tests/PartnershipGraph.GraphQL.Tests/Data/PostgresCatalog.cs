using Xunit.Abstractions;
using Xunit.Sdk;

namespace PartnershipGraph.GraphQL.Tests.Data;

/// <summary>Marks a test class whose catalog runs on PostgreSQL; its <see cref="DataFactAttribute"/> and <see cref="DataTheoryAttribute"/> tests are skipped when no server is configured.</summary>
public interface IPostgresCatalogTests;

/// <summary>Where the PostgreSQL data tests find their server.</summary>
public static class PostgresCatalog
{
    public const string EnvironmentVariable = "PARTNERSHIPGRAPH_TEST_POSTGRES";

    /// <summary>The configured connection string, or null.</summary>
    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value
            ? value
            : null;

    /// <summary>Why the test method cannot run here, or null when it can.</summary>
    public static string? SkipReason(ITestMethod testMethod) =>
        ConnectionString is null
        && typeof(IPostgresCatalogTests).IsAssignableFrom(
            testMethod.TestClass.Class.ToRuntimeType()
        )
            ? $"Set {EnvironmentVariable} to a PostgreSQL connection string to run the PostgreSQL data tests."
            : null;
}
