using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace BlazorRegistry.Tests.Support;

/// <summary>The SQL of every command Entity Framework executes, from its command log.</summary>
public sealed class StatementLog : ILoggerProvider, ILogger
{
    private readonly List<string> _statements = [];

    public IReadOnlyList<string> Statements { get { lock (_statements) return [.. _statements]; } }

    public void Clear() { lock (_statements) _statements.Clear(); }

    public ILogger CreateLogger(string categoryName) =>
        categoryName == DbLoggerCategory.Database.Command.Name ? this : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        // The command's text is a value of the message's state (the tests that use this fail loudly if it ever is not: no statements).
        if (eventId.Id != RelationalEventId.CommandExecuted.Id || state is not IReadOnlyList<KeyValuePair<string, object?>> values)
            return;
        if (values.FirstOrDefault(v => v.Key == "commandText").Value is string sql)
            lock (_statements) _statements.Add(sql);
    }

    public bool IsEnabled(LogLevel logLevel) => true;
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
    public void Dispose() { }
}
