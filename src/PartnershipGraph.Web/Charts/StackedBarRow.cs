using PartnershipGraph.Web.GraphQL.Common;

namespace PartnershipGraph.Web.Charts;

/// <summary>One bar of a <see cref="StackedBarChart"/>: a label and how many actions stand at each RAG.</summary>
public sealed record StackedBarRow(string Label, RagSummary Counts);
