namespace PartnershipGraph.GraphQL.Http;

internal static partial class GraphQLRequestReader
{
    /// <summary>The messages of malformed requests, in one place.</summary>
    internal static class Messages
    {
        public const string MissingQuery = "Must provide query string.";
        public const string MissingBody =
            "The request has no body; send a JSON object with a 'query'.";
        public const string QueryNotString = "The 'query' parameter must be a string.";
        public const string OperationNameNotString =
            "The 'operationName' parameter must be a string or null.";
        public const string BodyNotObject = "The body must be a JSON object.";
        public const string BatchingDisabled =
            "Batching is not enabled: the body must be a JSON object, not an array.";
        public const string BatchItemNotObject = "Each request of a batch must be a JSON object.";
        public const string MissingContentType =
            "The request has no Content-Type; send a JSON body with 'Content-Type: application/json'.";

        public static string NotAnObject(string name) =>
            $"The '{name}' parameter must be a JSON object or null.";

        public static string RepeatedParameter(string name) =>
            $"The '{name}' parameter must be given at most once.";

        public static string BatchSize(int max) =>
            $"A batch must hold between 1 and {max} requests.";

        public static string UnsupportedContentType(string contentType) =>
            $"Unsupported Content-Type '{contentType}'; send a JSON body with 'Content-Type: application/json'.";

        public static string UnsupportedCharset(string charset) =>
            $"Unsupported charset '{charset}'; the body must be UTF-8.";

        public static string TooLarge(long limit) =>
            $"The request body is larger than the limit of {limit} bytes.";
    }
}
