using Microsoft.Data.Sqlite;

namespace Bowsprit.Sqlite;

/// <summary>
/// hook's durable inbox. A delivery is committed here before GitHub gets its 200, so a crash or restart never
/// loses one; duplicate delivery ids (GitHub redeliveries) are recognized; processed deliveries are kept for
/// replay until pruned.
/// </summary>
public sealed class SqliteWebhookInbox : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _gate = new(1, 1);

    private SqliteWebhookInbox(SqliteConnection connection) => _connection = connection;

    public static async Task<SqliteWebhookInbox> OpenAsync(string path, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            PRAGMA busy_timeout = 5000;
            CREATE TABLE IF NOT EXISTS webhook_inbox (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                guid TEXT NOT NULL UNIQUE,
                event TEXT NOT NULL,
                ordering_key TEXT NOT NULL,
                body BLOB NOT NULL,
                signature TEXT NOT NULL,
                received_at INTEGER NOT NULL,
                state INTEGER NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                error TEXT);
            CREATE INDEX IF NOT EXISTS webhook_inbox_pending ON webhook_inbox (state, seq);
            CREATE INDEX IF NOT EXISTS webhook_inbox_received ON webhook_inbox (received_at);
            """;
        await command.ExecuteNonQueryAsync(ct);
        return new SqliteWebhookInbox(connection);
    }

    /// <summary>Stores a new delivery; false when its id was seen before (it is then not stored again).</summary>
    public async Task<bool> AddAsync(string guid, string eventName, string orderingKey, byte[] body, string signature, DateTimeOffset receivedAt, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await using var command = _connection.CreateCommand();
            command.CommandText = """
                INSERT INTO webhook_inbox (guid, event, ordering_key, body, signature, received_at, state)
                VALUES ($guid, $event, $key, $body, $signature, $received, 0)
                ON CONFLICT (guid) DO NOTHING
                """;
            command.Parameters.AddWithValue("$guid", guid);
            command.Parameters.AddWithValue("$event", eventName);
            command.Parameters.AddWithValue("$key", orderingKey);
            command.Parameters.AddWithValue("$body", body);
            command.Parameters.AddWithValue("$signature", signature);
            command.Parameters.AddWithValue("$received", receivedAt.ToUnixTimeMilliseconds());
            return await command.ExecuteNonQueryAsync(ct) == 1;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Pending deliveries in arrival order (after a restart: everything not yet marked done).</summary>
    public Task<List<InboxDelivery>> PendingAsync(int limit, CancellationToken ct) =>
        QueryAsync("WHERE state = 0 ORDER BY seq LIMIT $limit", cmd => cmd.Parameters.AddWithValue("$limit", limit), ct);

    public async Task<InboxDelivery?> GetAsync(string guid, CancellationToken ct) =>
        (await QueryAsync("WHERE guid = $guid", cmd => cmd.Parameters.AddWithValue("$guid", guid), ct)).FirstOrDefault();

    public Task<List<InboxDelivery>> ReceivedSinceAsync(DateTimeOffset since, CancellationToken ct) =>
        QueryAsync("WHERE received_at >= $since ORDER BY seq", cmd => cmd.Parameters.AddWithValue("$since", since.ToUnixTimeMilliseconds()), ct);

    public async Task CompleteAsync(string guid, string? error, CancellationToken ct)
    {
        await ExecuteAsync("UPDATE webhook_inbox SET state = $state, attempts = attempts + 1, error = $error WHERE guid = $guid", cmd =>
        {
            cmd.Parameters.AddWithValue("$state", error is null ? (int)InboxState.Done : (int)InboxState.Failed);
            cmd.Parameters.AddWithValue("$error", (object?)error ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$guid", guid);
        }, ct);
    }

    /// <summary>Marks deliveries received since <paramref name="since"/> pending again, so they are processed again.</summary>
    public async Task<int> ReplaySinceAsync(DateTimeOffset since, CancellationToken ct) =>
        await ExecuteAsync("UPDATE webhook_inbox SET state = 0, error = NULL WHERE received_at >= $since", cmd =>
            cmd.Parameters.AddWithValue("$since", since.ToUnixTimeMilliseconds()), ct);

    /// <summary>Deletes processed deliveries received before <paramref name="before"/>.</summary>
    public async Task<int> PruneAsync(DateTimeOffset before, CancellationToken ct) =>
        await ExecuteAsync("DELETE FROM webhook_inbox WHERE state <> 0 AND received_at < $before", cmd =>
            cmd.Parameters.AddWithValue("$before", before.ToUnixTimeMilliseconds()), ct);

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        _gate.Dispose();
    }

    private async Task<int> ExecuteAsync(string sql, Action<SqliteCommand> bind, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await using var command = _connection.CreateCommand();
            command.CommandText = sql;
            bind(command);
            return await command.ExecuteNonQueryAsync(ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<List<InboxDelivery>> QueryAsync(string where, Action<SqliteCommand> bind, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await using var command = _connection.CreateCommand();
            command.CommandText = $"SELECT seq, guid, event, ordering_key, body, signature, received_at, state, attempts, error FROM webhook_inbox {where}";
            bind(command);
            var result = new List<InboxDelivery>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                result.Add(new InboxDelivery(
                    reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), (byte[])reader.GetValue(4), reader.GetString(5),
                    DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)), (InboxState)reader.GetInt32(7), reader.GetInt32(8),
                    await reader.IsDBNullAsync(9, ct) ? null : reader.GetString(9)));
            }

            return result;
        }
        finally
        {
            _gate.Release();
        }
    }
}
