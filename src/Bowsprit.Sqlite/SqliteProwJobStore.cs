using System.Globalization;
using Bowsprit.Core.Api;
using Bowsprit.Core.ProwJobs;
using Microsoft.Data.Sqlite;

namespace Bowsprit.Sqlite;

/// <summary>
/// The embedded-mode <see cref="IProwJobStore"/>: ProwJobs as their <c>prow.k8s.io/v1</c> JSON in SQLite (WAL),
/// with a monotonically increasing resource version per write so stale updates are rejected exactly as the
/// Kubernetes API rejects them.
/// </summary>
public sealed class SqliteProwJobStore : IProwJobStore, IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _gate = new(1, 1);

    private SqliteProwJobStore(SqliteConnection connection) => _connection = connection;

    public static async Task<SqliteProwJobStore> OpenAsync(string path, CancellationToken ct)
    {
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
            CREATE TABLE IF NOT EXISTS prowjob_versions (id INTEGER PRIMARY KEY CHECK (id = 1), last INTEGER NOT NULL);
            INSERT OR IGNORE INTO prowjob_versions (id, last) VALUES (1, 0);
            CREATE INDEX IF NOT EXISTS prowjobs_state ON prowjobs (state);
            """;
        await command.ExecuteNonQueryAsync(ct);
        return new SqliteProwJobStore(connection);
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

    public async Task<IReadOnlyList<ProwJob>> ListAsync(ProwJobQuery query, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await using var command = _connection.CreateCommand();
            command.CommandText = query.Incomplete switch
            {
                true => "SELECT json FROM prowjobs WHERE state IN ('', 'scheduling', 'triggered', 'pending')",
                false => "SELECT json FROM prowjobs WHERE state IN ('success', 'failure', 'aborted', 'error')",
                _ => "SELECT json FROM prowjobs",
            };
            var result = new List<ProwJob>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var job = ProwJson.Deserialize<ProwJob>(reader.GetString(0));
                if (query.Matches(job))
                {
                    result.Add(job);
                }
            }

            return result;
        }
        finally
        {
            _gate.Release();
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

    private async Task<ProwJob> WriteAsync(ProwJob job, long? expectedVersion, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(ct);
            await using var bump = _connection.CreateCommand();
            bump.Transaction = transaction;
            bump.CommandText = "UPDATE prowjob_versions SET last = last + 1 WHERE id = 1 RETURNING last";
            var version = (long)(await bump.ExecuteScalarAsync(ct))!;

            var stored = job.DeepCopy();
            stored.Metadata.ResourceVersion = version.ToString(CultureInfo.InvariantCulture);
            await using var write = _connection.CreateCommand();
            write.Transaction = transaction;
            write.CommandText = expectedVersion is null
                ? "INSERT INTO prowjobs (name, version, state, type, json) VALUES ($name, $version, $state, $type, $json) ON CONFLICT (name) DO NOTHING"
                : "UPDATE prowjobs SET version = $version, state = $state, type = $type, json = $json WHERE name = $name AND version = $expected";
            write.Parameters.AddWithValue("$name", stored.Name);
            write.Parameters.AddWithValue("$version", version);
            write.Parameters.AddWithValue("$state", stored.Status.State.ToWire());
            write.Parameters.AddWithValue("$type", stored.Spec.Type.ToWire());
            write.Parameters.AddWithValue("$json", ProwJson.Serialize(stored));
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

            await transaction.CommitAsync(ct);
            return stored;
        }
        finally
        {
            _gate.Release();
        }
    }
}
