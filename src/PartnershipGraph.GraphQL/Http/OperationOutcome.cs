using PartnershipGraph.GraphQL.Execution;

namespace PartnershipGraph.GraphQL.Http;

/// <summary>The result of one operation of an HTTP request, and the status code it asks for, if any.</summary>
internal readonly record struct OperationOutcome(ExecutionResult Result, int? StatusCode = null);
