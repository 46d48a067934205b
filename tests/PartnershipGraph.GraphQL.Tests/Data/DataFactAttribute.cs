using Xunit.Abstractions;
using Xunit.Sdk;

namespace PartnershipGraph.GraphQL.Tests.Data;

/// <summary>A fact of a data test class; skipped with a reason in a <see cref="IPostgresCatalogTests"/> class when no PostgreSQL server is configured.</summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer(
    "PartnershipGraph.GraphQL.Tests.Data.DataFactDiscoverer",
    "PartnershipGraph.GraphQL.Tests"
)]
public sealed class DataFactAttribute : FactAttribute;

/// <summary>Discovers <see cref="DataFactAttribute"/> tests.</summary>
public sealed class DataFactDiscoverer(IMessageSink diagnosticMessageSink)
    : PostgresCatalogDiscoverer(diagnosticMessageSink, new FactDiscoverer(diagnosticMessageSink));
