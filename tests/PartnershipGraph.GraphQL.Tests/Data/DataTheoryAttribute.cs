using Xunit.Abstractions;
using Xunit.Sdk;

namespace PartnershipGraph.GraphQL.Tests.Data;

/// <summary>A theory of a data test class; skipped with a reason in a <see cref="IPostgresCatalogTests"/> class when no PostgreSQL server is configured.</summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer(
    "PartnershipGraph.GraphQL.Tests.Data.DataTheoryDiscoverer",
    "PartnershipGraph.GraphQL.Tests"
)]
public sealed class DataTheoryAttribute : TheoryAttribute;

/// <summary>Discovers <see cref="DataTheoryAttribute"/> tests.</summary>
public sealed class DataTheoryDiscoverer(IMessageSink diagnosticMessageSink)
    : PostgresCatalogDiscoverer(diagnosticMessageSink, new TheoryDiscoverer(diagnosticMessageSink));
