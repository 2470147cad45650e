using System.Globalization;
using System.Runtime.CompilerServices;
using Bowsprit.Core.Api;
using Bowsprit.Core.ProwJobs;
using k8s;
using Microsoft.Data.Sqlite;

namespace Bowsprit.Sqlite;

/// <summary>
/// The embedded-mode <see cref="IProwJobStore"/>: ProwJobs as their <c>prow.k8s.io/v1</c> JSON in SQLite (WAL),
/// with a monotonically increasing resource version per write so stale updates are rejected exactly as the
/// Kubernetes API rejects them.
/// </summary>
/// <remarks>
/// Every write also appends to a change log in the same transaction; watches read that log, so a consumer can
/// resume from the last version it saw after a restart, and changes written by another process (the CLI) are
/// seen too, within <see cref="WatchPollInterval"/>. The log keeps the newest changes (100,000 by default).
/// </remarks>
public sealed class SqliteProwJobStore : IProwJobStore, IAsyncDisposable
{
    private static readonly TimeSpan WatchPollInterval = TimeSpan.FromSeconds(1);

    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly long _changesKept;
    private readonly long _compactEvery;

    // Completed and replaced on every write, waking the watches of this process at once.
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SqliteProwJobStore(SqliteConnection connection, long changesKept)
    {
        _connection = connection;
        _changesKept = changesKept;
        _compactEvery = Math.Clamp(changesKept / 10, 1, 1000);
    }

    public static async Task<SqliteProwJobStore> OpenAsync(string path, CancellationToken ct, long changesKept = 100_000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(changesKept, 1);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            PRAGMA busy_timeout = 5000;
            CREATE TABLE IF NOT EXISTS prowjobs (
                name TEXT PRIMARY KEY,
                version INTEGER NOT NULL,
                state TEXT NOT NULL,
                type TEXT NOT NULL,
                json TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS prowjob_versions (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                last INTEGER NOT NULL,
                compacted INTEGER NOT NULL);
            INSERT OR IGNORE INTO prowjob_versions (id, last, compacted) VALUES (1, 0, 0);
            CREATE TABLE IF NOT EXISTS prowjob_changes (
                version INTEGER PRIMARY KEY,
                type TEXT NOT NULL,
                json TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS prowjobs_state ON prowjobs (state);
            """;
        await command.ExecuteNonQueryAsync(ct);
        return new SqliteProwJobStore(connection, changesKept);
    }

    public async Task<ProwJob> CreateAsync(ProwJob job, CancellationToken ct) =>
        await WriteAsync(job, expectedVersion: null, ct);

    public async Task<ProwJob?> GetAsync(string name, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await using var command = _connection.CreateCommand();
            command.CommandText = "SELECT json FROM prowjobs WHERE name = $name";
            command.Parameters.AddWithValue("$name", name);
            return await command.ExecuteScalarAsync(ct) is string json ? ProwJson.Deserialize<ProwJob>(json) : null;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<ListedProwJobs> ListAsync(ProwJobQuery query, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            // One transaction, so the version matches the rows exactly.
            await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(ct);
            await using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = query.Incomplete switch
            {
                true => "SELECT json FROM prowjobs WHERE state IN ('', 'scheduling', 'triggered', 'pending')",
                false => "SELECT json FROM prowjobs WHERE state IN ('success', 'failure', 'aborted', 'error')",
                _ => "SELECT json FROM prowjobs",
            };
            var result = new List<ProwJob>();
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    var job = ProwJson.Deserialize<ProwJob>(reader.GetString(0));
                    if (query.Matches(job))
                    {
                        result.Add(job);
                    }
                }
            }

            var (last, _) = await VersionsAsync(transaction, ct);
            return new ListedProwJobs(result, last.ToString(CultureInfo.InvariantCulture));
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<bool> DeleteAsync(string name, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(ct);
            await using var delete = _connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM prowjobs WHERE name = $name RETURNING json";
            delete.Parameters.AddWithValue("$name", name);
            if (await delete.ExecuteScalarAsync(ct) is not string json)
            {
                return false;
            }

            var version = await BumpAsync(transaction, ct);
            var deleted = ProwJson.Deserialize<ProwJob>(json);
            deleted.Metadata.ResourceVersion = version.ToString(CultureInfo.InvariantCulture);
            await AppendChangeAsync(transaction, version, WatchEventType.Deleted, ProwJson.Serialize(deleted), ct);
            await transaction.CommitAsync(ct);
            Notify();
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async IAsyncEnumerable<ProwJobWatchEvent> WatchAsync(string resourceVersion, [EnumeratorCancellation] CancellationToken ct)
    {
        if (!long.TryParse(resourceVersion, NumberStyles.None, CultureInfo.InvariantCulture, out var seen))
        {
            throw new ArgumentException($"resource version \"{resourceVersion}\" is not a number", nameof(resourceVersion));
        }

        while (true)
        {
            // Take the signal before reading, so a write landing after the read still wakes this loop.
            var changed = Volatile.Read(ref _changed).Task;
            foreach (var change in await ChangesSinceAsync(seen, ct))
            {
                seen = long.Parse(change.Job.Metadata.ResourceVersion, CultureInfo.InvariantCulture);
                yield return change;
            }

            try
            {
                await changed.WaitAsync(WatchPollInterval, ct);
            }
            catch (TimeoutException)
            {
                // Nothing written by this process; look for changes written by others.
            }
        }
    }

    public async Task<ProwJob> UpdateAsync(ProwJob job, CancellationToken ct)
    {
        if (!long.TryParse(job.Metadata.ResourceVersion, NumberStyles.None, CultureInfo.InvariantCulture, out var expected))
        {
            throw new ProwJobConflictException($"prowjobs \"{job.Name}\": an update needs the resource version it was read at");
        }

        return await WriteAsync(job, expected, ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        _gate.Dispose();
    }

    private async Task<List<ProwJobWatchEvent>> ChangesSinceAsync(long seen, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(ct);
            var (_, compacted) = await VersionsAsync(transaction, ct);
            if (seen < compacted)
            {
                throw new ProwJobWatchExpiredException($"too old resource version: {seen} (changes up to {compacted} were compacted)");
            }

            await using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT type, json FROM prowjob_changes WHERE version > $seen ORDER BY version LIMIT 1000";
            command.Parameters.AddWithValue("$seen", seen);
            var changes = new List<ProwJobWatchEvent>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                changes.Add(new ProwJobWatchEvent(Enum.Parse<WatchEventType>(reader.GetString(0)), ProwJson.Deserialize<ProwJob>(reader.GetString(1))));
            }

            return changes;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<ProwJob> WriteAsync(ProwJob job, long? expectedVersion, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(ct);
            var version = await BumpAsync(transaction, ct);
            var stored = job.DeepCopy();
            stored.Metadata.ResourceVersion = version.ToString(CultureInfo.InvariantCulture);
            var json = ProwJson.Serialize(stored);
            await using var write = _connection.CreateCommand();
            write.Transaction = transaction;
            write.CommandText = expectedVersion is null
                ? "INSERT INTO prowjobs (name, version, state, type, json) VALUES ($name, $version, $state, $type, $json) ON CONFLICT (name) DO NOTHING"
                : "UPDATE prowjobs SET version = $version, state = $state, type = $type, json = $json WHERE name = $name AND version = $expected";
            write.Parameters.AddWithValue("$name", stored.Name);
            write.Parameters.AddWithValue("$version", version);
            write.Parameters.AddWithValue("$state", stored.Status.State.ToWire());
            write.Parameters.AddWithValue("$type", stored.Spec.Type.ToWire());
            write.Parameters.AddWithValue("$json", json);
            if (expectedVersion is not null)
            {
                write.Parameters.AddWithValue("$expected", expectedVersion);
            }

            if (await write.ExecuteNonQueryAsync(ct) != 1)
            {
                await transaction.RollbackAsync(ct);
                throw new ProwJobConflictException(expectedVersion is null
                    ? $"prowjobs \"{job.Name}\" already exists"
                    : $"prowjobs \"{job.Name}\": the object has been modified; please apply your changes to the latest version and try again");
            }

            await AppendChangeAsync(transaction, version, expectedVersion is null ? WatchEventType.Added : WatchEventType.Modified, json, ct);
            await transaction.CommitAsync(ct);
            Notify();
            return stored;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<long> BumpAsync(SqliteTransaction transaction, CancellationToken ct)
    {
        await using var bump = _connection.CreateCommand();
        bump.Transaction = transaction;
        bump.CommandText = "UPDATE prowjob_versions SET last = last + 1 WHERE id = 1 RETURNING last";
        return (long)(await bump.ExecuteScalarAsync(ct))!;
    }

    private async Task<(long Last, long Compacted)> VersionsAsync(SqliteTransaction transaction, CancellationToken ct)
    {
        await using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT last, compacted FROM prowjob_versions WHERE id = 1";
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private async Task AppendChangeAsync(SqliteTransaction transaction, long version, WatchEventType type, string json, CancellationToken ct)
    {
        await using var append = _connection.CreateCommand();
        append.Transaction = transaction;
        append.CommandText = "INSERT INTO prowjob_changes (version, type, json) VALUES ($version, $type, $json)";
        append.Parameters.AddWithValue("$version", version);
        append.Parameters.AddWithValue("$type", type.ToString());
        append.Parameters.AddWithValue("$json", json);
        await append.ExecuteNonQueryAsync(ct);

        // Compact in steps rather than on every write.
        if (version % _compactEvery == 0 && version > _changesKept)
        {
            await using var compact = _connection.CreateCommand();
            compact.Transaction = transaction;
            compact.CommandText = """
                DELETE FROM prowjob_changes WHERE version <= $through;
                UPDATE prowjob_versions SET compacted = $through WHERE id = 1;
                """;
            compact.Parameters.AddWithValue("$through", version - _changesKept);
            await compact.ExecuteNonQueryAsync(ct);
        }
    }

    private void Notify() =>
        Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
