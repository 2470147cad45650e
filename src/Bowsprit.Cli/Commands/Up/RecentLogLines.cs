using Microsoft.Extensions.Logging;

namespace Bowsprit.Cli.Commands.Up;

/// <summary>
/// Logging for the live display: every line goes to <c>DIR/logs/bowsprit.log</c> (console writes would tear
/// the display apart) and the last few are kept for the display to show.
/// </summary>
internal sealed class RecentLogLines : ILoggerProvider
{
    private const int Kept = 8;
    private readonly Queue<string> _recent = new();
    private readonly StreamWriter _file;
    private readonly Lock _lock = new();
    private readonly TimeProvider _time;

    public RecentLogLines(string path, TimeProvider time)
    {
        _time = time;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        _file = new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read)) { AutoFlush = true };
    }

    public IReadOnlyList<string> Recent()
    {
        lock (_lock)
        {
            return [.. _recent];
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
        lock (_lock)
        {
            _file.Dispose();
        }
    }

    private void Add(LogLevel level, string category, string message, Exception? exception)
    {
        var shortCategory = category[(category.LastIndexOf('.') + 1)..];
        var line = $"{_time.GetLocalNow():HH:mm:ss} {Level(level)} {shortCategory}: {message}";
        lock (_lock)
        {
            _file.WriteLine(exception is null ? line : $"{line}\n{exception}");
            _recent.Enqueue(line);
            while (_recent.Count > Kept)
            {
                _recent.Dequeue();
            }
        }
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Warning => "warn",
        LogLevel.Error or LogLevel.Critical => "fail",
        LogLevel.Debug or LogLevel.Trace => "dbug",
        _ => "info",
    };

    private sealed class Logger(RecentLogLines owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        // Framework chatter stays out of the display as it does out of serve's console.
        public bool IsEnabled(LogLevel logLevel) =>
            logLevel >= (category.StartsWith("Microsoft.", StringComparison.Ordinal) || category.StartsWith("System.", StringComparison.Ordinal) ? LogLevel.Warning : LogLevel.Information);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                owner.Add(logLevel, category, formatter(state, exception), exception);
            }
        }
    }
}
