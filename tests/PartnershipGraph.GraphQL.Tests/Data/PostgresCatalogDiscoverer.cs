using Xunit.Abstractions;
using Xunit.Sdk;

namespace PartnershipGraph.GraphQL.Tests.Data;

/// <summary>
/// Discovers the tests of a data test class with xunit's own discoverer, or reports each as skipped with the reason
/// when its <see cref="IPostgresCatalogTests"/> class has no PostgreSQL server configured.
/// </summary>
public abstract class PostgresCatalogDiscoverer(
    IMessageSink diagnosticMessageSink,
    IXunitTestCaseDiscoverer inner
) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(
        ITestFrameworkDiscoveryOptions discoveryOptions,
        ITestMethod testMethod,
        IAttributeInfo factAttribute
    ) =>
        PostgresCatalog.SkipReason(testMethod) is { } reason
            ?
            [
                new XunitSkippedDataRowTestCase(
                    diagnosticMessageSink,
                    discoveryOptions.MethodDisplayOrDefault(),
                    discoveryOptions.MethodDisplayOptionsOrDefault(),
                    testMethod,
                    reason
                ),
            ]
            : inner.Discover(discoveryOptions, testMethod, factAttribute);
}
