using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PartnershipGraph.GraphQL.Tests.Http;

/// <summary>Keeps what the server logs, for tests to read.</summary>
internal sealed class TestLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<(
        string Category,
        LogLevel Level,
        string Message,
        Exception? Exception
    )> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(TestLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter
        )
        {
            if (IsEnabled(logLevel))
            {
                provider.Entries.Enqueue(
                    (category, logLevel, formatter(state, exception), exception)
                );
            }
        }
    }
}
