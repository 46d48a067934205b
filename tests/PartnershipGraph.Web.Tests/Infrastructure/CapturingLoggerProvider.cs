using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PartnershipGraph.Web.Tests.Infrastructure;

/// <summary>Records every log line as "Level: message", with the exception (if any) on the following lines.</summary>
public sealed class CapturingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(lines);

    public void Dispose() { }

    private sealed class Logger(ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

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
                lines.Enqueue(
                    $"{logLevel}: {formatter(state, exception)}{(exception is null ? "" : "\n" + exception)}"
                );
            }
        }
    }
}
