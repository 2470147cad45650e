using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bowsprit.Hosting;

/// <summary>
/// Holds the current good configuration and reloads it when its files change. A reload that fails keeps the
/// last good configuration running and logs why: a bad config must never take a component down (a known
/// Prow outage). Changes are detected by polling file stamps, which also sees ConfigMap <c>..data</c> symlink
/// swaps that file watchers miss.
/// </summary>
public sealed partial class ConfigAgent<T>(
    string name, Func<T?> load, Func<IEnumerable<string>> watchedPaths, TimeProvider time, ILogger logger, TimeSpan? pollInterval = null)
    : BackgroundService
    where T : class
{
    // Components read Current from many threads at once (hook's worker processes deliveries in parallel), and
    // the first read loads: reloads are serialized so two first reads can never see a half-done load.
    private readonly Lock _reloadGate = new();
    private ConfigSnapshot<T>? _current;
    private string _stamp = "";

    public event Action<ConfigSnapshot<T>>? Changed;

    /// <summary>The current configuration; loads it on first use.</summary>
    public ConfigSnapshot<T> Current => Volatile.Read(ref _current) ?? LoadInitial();

    /// <summary>Checks the files now; returns true when a new configuration was loaded.</summary>
    public bool Reload()
    {
        lock (_reloadGate)
        {
            return ReloadLocked();
        }
    }

    private bool ReloadLocked()
    {
        var stamp = Stamp();
        if (stamp == _stamp && _current is not null)
        {
            return false;
        }

        _stamp = stamp;
        T? value;
        try
        {
            value = load();
        }
        catch (Exception e) when (e is IOException or FormatException or InvalidOperationException or UnauthorizedAccessException)
        {
            LogReloadFailed(logger, name, e.Message, e);
            return false;
        }

        if (value is null)
        {
            LogReloadRejected(logger, name);
            return false;
        }

        var snapshot = new ConfigSnapshot<T>(value, time.GetUtcNow(), (_current?.Generation ?? 0) + 1);
        Volatile.Write(ref _current, snapshot);
        LogLoaded(logger, name, snapshot.Generation);
        Changed?.Invoke(snapshot);
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _ = Current;
        using var timer = new PeriodicTimer(pollInterval ?? TimeSpan.FromSeconds(2), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            Reload();
        }
    }

    private ConfigSnapshot<T> LoadInitial()
    {
        // Another thread may have loaded it meanwhile; then this Reload finds nothing new, which is fine.
        Reload();
        return Volatile.Read(ref _current)
            ?? throw new InvalidOperationException($"{name}: the initial configuration could not be loaded (see the log)");
    }

    /// <summary>Sizes and modification times of every watched file, resolving symlinks.</summary>
    private string Stamp()
    {
        var parts = new List<string>();
        foreach (var path in watchedPaths())
        {
            if (File.Exists(path))
            {
                var info = new FileInfo(path);
                var target = info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info;
                parts.Add($"{path}:{target.Length}:{target.LastWriteTimeUtc.Ticks}");
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }).Order(StringComparer.Ordinal))
                {
                    var info = new FileInfo(file);
                    parts.Add($"{file}:{info.Length}:{info.LastWriteTimeUtc.Ticks}");
                }
            }
            else
            {
                parts.Add($"{path}:missing");
            }
        }

        return string.Join("|", parts);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Name}: loaded configuration generation {Generation}")]
    private static partial void LogLoaded(ILogger logger, string name, int generation);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Name}: reload failed, keeping the last good configuration: {Reason}")]
    private static partial void LogReloadFailed(ILogger logger, string name, string reason, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Name}: the new configuration is invalid, keeping the last good one (see errors above)")]
    private static partial void LogReloadRejected(ILogger logger, string name);
}
