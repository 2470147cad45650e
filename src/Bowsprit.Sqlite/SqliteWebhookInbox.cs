using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace Bowsprit.Sqlite;

/// <summary>
/// hook's durable inbox. A delivery is committed here before GitHub gets its 200, so a crash or restart never
/// loses one; duplicate delivery ids (GitHub redeliveries) are recognized; processed deliveries are kept for
/// replay until pruned.
/// </summary>
/// <remarks>
/// Writes go through one writer loop that commits everything queued at that moment in a single transaction
/// (group commit): under a burst of webhooks, hundreds of acknowledgements share one commit instead of
/// queueing behind each other. Reads use their own connection; WAL lets them run beside the writer.
/// </remarks>
public sealed class SqliteWebhookInbox : IAsyncDisposable
{
    private const int MaxBatch = 512;

    private readonly SqliteConnection _writer;
    private readonly SqliteConnection _reader;
    private readonly SemaphoreSlim _readGate = new(1, 1);
    private readonly Channel<WriteOperation> _writes = Channel.CreateUnbounded<WriteOperation>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writeLoop;

    private SqliteWebhookInbox(SqliteConnection writer, SqliteConnection reader)
    {
        _writer = writer;
        _reader = reader;
        _writeLoop = Task.Run(WriteLoopAsync);
    }

    public static async Task<SqliteWebhookInbox> OpenAsync(string path, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
        var writer = new SqliteConnection(connectionString);
        await writer.OpenAsync(ct);
        await using (var command = writer.CreateCommand())
        {
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
        }

        var reader = new SqliteConnection(connectionString);
        await reader.OpenAsync(ct);
        await using (var command = reader.CreateCommand())
        {
            command.CommandText = "PRAGMA busy_timeout = 5000;";
            await command.ExecuteNonQueryAsync(ct);
        }

        return new SqliteWebhookInbox(writer, reader);
    }

    /// <summary>Stores a new delivery and returns it as stored; null when its id was seen before (it is then not stored again).</summary>
    public async Task<InboxDelivery?> AddAsync(string guid, string eventName, string orderingKey, byte[] body, string signature, DateTimeOffset receivedAt, CancellationToken ct)
    {
        var sequence = await WriteAsync(batch =>
        {
            var command = batch.Command("""
                INSERT INTO webhook_inbox (guid, event, ordering_key, body, signature, received_at, state)
                VALUES ($guid, $event, $key, $body, $signature, $received, 0)
                ON CONFLICT (guid) DO NOTHING
                RETURNING seq
                """);
            command.Parameters.AddWithValue("$guid", guid);
            command.Parameters.AddWithValue("$event", eventName);
            command.Parameters.AddWithValue("$key", orderingKey);
            command.Parameters.AddWithValue("$body", body);
            command.Parameters.AddWithValue("$signature", signature);
            command.Parameters.AddWithValue("$received", receivedAt.ToUnixTimeMilliseconds());
            return command.ExecuteScalar() is long seq ? seq : -1;
        }, ct);
        return sequence < 0 ? null : new InboxDelivery(sequence, guid, eventName, orderingKey, body, signature, receivedAt, InboxState.Pending, 0, null);
    }

    /// <summary>Pending deliveries in arrival order (after a restart: everything not yet marked done).</summary>
    public Task<List<InboxDelivery>> PendingAsync(int limit, CancellationToken ct) =>
        QueryAsync("WHERE state = 0 ORDER BY seq LIMIT $limit", cmd => cmd.Parameters.AddWithValue("$limit", limit), ct);

    public async Task<InboxDelivery?> GetAsync(string guid, CancellationToken ct) =>
        (await QueryAsync("WHERE guid = $guid", cmd => cmd.Parameters.AddWithValue("$guid", guid), ct)).FirstOrDefault();

    public Task<List<InboxDelivery>> ReceivedSinceAsync(DateTimeOffset since, CancellationToken ct) =>
        QueryAsync("WHERE received_at >= $since ORDER BY seq", cmd => cmd.Parameters.AddWithValue("$since", since.ToUnixTimeMilliseconds()), ct);

    public Task<int> CompleteAsync(string guid, string? error, CancellationToken ct) =>
        ExecuteAsync("UPDATE webhook_inbox SET state = $state, attempts = attempts + 1, error = $error WHERE guid = $guid", cmd =>
        {
            cmd.Parameters.AddWithValue("$state", error is null ? (int)InboxState.Done : (int)InboxState.Failed);
            cmd.Parameters.AddWithValue("$error", (object?)error ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$guid", guid);
        }, ct);

    /// <summary>Marks deliveries received since <paramref name="since"/> pending again, so they are processed again.</summary>
    public Task<int> ReplaySinceAsync(DateTimeOffset since, CancellationToken ct) =>
        ExecuteAsync("UPDATE webhook_inbox SET state = 0, error = NULL WHERE received_at >= $since", cmd =>
            cmd.Parameters.AddWithValue("$since", since.ToUnixTimeMilliseconds()), ct);

    /// <summary>Deletes processed deliveries received before <paramref name="before"/>.</summary>
    public Task<int> PruneAsync(DateTimeOffset before, CancellationToken ct) =>
        ExecuteAsync("DELETE FROM webhook_inbox WHERE state <> 0 AND received_at < $before", cmd =>
            cmd.Parameters.AddWithValue("$before", before.ToUnixTimeMilliseconds()), ct);

    public async ValueTask DisposeAsync()
    {
        _writes.Writer.TryComplete();
        await _writeLoop;
        await _writer.DisposeAsync();
        await _reader.DisposeAsync();
        _readGate.Dispose();
    }

    private async Task<int> ExecuteAsync(string sql, Action<SqliteCommand> bind, CancellationToken ct) =>
        (int)await WriteAsync(batch =>
        {
            var command = batch.Command(sql);
            bind(command);
            return command.ExecuteNonQuery();
        }, ct);

    private Task<long> WriteAsync(Func<WriteBatch, long> apply, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var operation = new WriteOperation(apply);
        ObjectDisposedException.ThrowIf(!_writes.Writer.TryWrite(operation), this);

        // The write is committed or not regardless of the caller giving up; only the wait is cancellable.
        return operation.Completion.Task.WaitAsync(ct);
    }

    private async Task WriteLoopAsync()
    {
        var pending = new List<WriteOperation>(MaxBatch);
        while (await _writes.Reader.WaitToReadAsync())
        {
            while (pending.Count < MaxBatch && _writes.Reader.TryRead(out var operation))
            {
                pending.Add(operation);
            }

            Commit(pending);
            pending.Clear();
        }
    }

    private void Commit(List<WriteOperation> operations)
    {
        var results = new long[operations.Count];
        var failures = new Exception?[operations.Count];
        try
        {
            using var transaction = _writer.BeginTransaction();
            using var batch = new WriteBatch(_writer, transaction);
            for (var i = 0; i < operations.Count; i++)
            {
                // A failing statement (a constraint, a bad value) is undone by SQLite on its own and fails only its caller.
                try
                {
                    results[i] = operations[i].Apply(batch);
                }
                catch (SqliteException e)
                {
                    failures[i] = e;
                }
            }

            transaction.Commit();
        }
        catch (SqliteException e)
        {
            foreach (var operation in operations)
            {
                operation.Completion.TrySetException(e);
            }

            return;
        }

        for (var i = 0; i < operations.Count; i++)
        {
            if (failures[i] is { } failure)
            {
                operations[i].Completion.TrySetException(failure);
            }
            else
            {
                operations[i].Completion.TrySetResult(results[i]);
            }
        }
    }

    private async Task<List<InboxDelivery>> QueryAsync(string where, Action<SqliteCommand> bind, CancellationToken ct)
    {
        await _readGate.WaitAsync(ct);
        try
        {
            await using var command = _reader.CreateCommand();
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
            _readGate.Release();
        }
    }

    private sealed class WriteOperation(Func<WriteBatch, long> apply)
    {
        public Func<WriteBatch, long> Apply { get; } = apply;

        public TaskCompletionSource<long> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
