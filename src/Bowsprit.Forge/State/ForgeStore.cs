using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Bowsprit.Forge.State;

/// <summary>
/// SQLite persistence of <see cref="ForgeState"/>: one JSON document per repository, user, org and the forge's
/// own metadata, plus the webhook delivery log. WAL mode keeps writes cheap and readers unblocked. The one
/// connection is not thread-safe, and the webhook dispatcher logs deliveries while requests save state, so every
/// operation holds the store's lock.
/// </summary>
public sealed class ForgeStore : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);
    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _lock = new(1, 1);

    private ForgeStore(SqliteConnection connection) => _connection = connection;

    public static async Task<ForgeStore> OpenAsync(string path, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            CREATE TABLE IF NOT EXISTS documents (kind TEXT NOT NULL, key TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (kind, key));
            CREATE TABLE IF NOT EXISTS deliveries (id INTEGER PRIMARY KEY, hook_id INTEGER NOT NULL, json TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS deliveries_by_hook ON deliveries (hook_id, id);
            """;
        await command.ExecuteNonQueryAsync(ct);
        return new ForgeStore(connection);
    }

    public async Task<ForgeState> LoadAsync(CancellationToken ct)
    {
        using var held = await LockAsync(ct);
        var state = new ForgeState();
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT kind, json FROM documents";
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var json = reader.GetString(1);
            switch (reader.GetString(0))
            {
                case "user":
                    var user = JsonSerializer.Deserialize<ForgeUser>(json, Json)!;
                    state.Users[user.Login] = user;
                    break;
                case "org":
                    var org = JsonSerializer.Deserialize<ForgeOrg>(json, Json)!;
                    state.Orgs[org.Login] = org;
                    break;
                case "repo":
                    var repo = JsonSerializer.Deserialize<ForgeRepo>(json, Json)!;
                    state.Repos[repo.FullName] = repo;
                    break;
                case "meta":
                    var meta = JsonSerializer.Deserialize<ForgeMeta>(json, Json)!;
                    state.LastId = meta.LastId;
                    state.GlobalHooks = meta.GlobalHooks;
                    foreach (var (token, login) in meta.Tokens)
                    {
                        state.Tokens[token] = login;
                    }

                    foreach (var (token, expiry) in meta.TokenExpiry)
                    {
                        state.TokenExpiry[token] = expiry;
                    }

                    foreach (var app in meta.Apps)
                    {
                        state.Apps[app.Id] = app;
                    }

                    break;
            }
        }

        return state;
    }

    public async Task SaveAsync(ForgeState state, ForgeChanges changes, CancellationToken ct)
    {
        using var held = await LockAsync(ct);
        await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(ct);
        foreach (var repo in changes.Repos)
        {
            await UpsertAsync(transaction, "repo", repo.FullName, repo, ct);
        }

        foreach (var login in changes.Users)
        {
            if (state.Users.TryGetValue(login, out var user))
            {
                await UpsertAsync(transaction, "user", login, user, ct);
            }
        }

        foreach (var login in changes.Orgs)
        {
            if (state.Orgs.TryGetValue(login, out var org))
            {
                await UpsertAsync(transaction, "org", login, org, ct);
            }
        }

        // Ids are handed out by every write, so the counter is saved with each one.
        var meta = new ForgeMeta { LastId = state.LastId, GlobalHooks = state.GlobalHooks, Tokens = new(state.Tokens), TokenExpiry = new(state.TokenExpiry), Apps = [.. state.Apps.Values] };
        await UpsertAsync(transaction, "meta", "forge", meta, ct);
        await transaction.CommitAsync(ct);
    }

    public async Task DeleteRepoAsync(string fullName, CancellationToken ct)
    {
        using var held = await LockAsync(ct);
        await using var command = _connection.CreateCommand();
        command.CommandText = "DELETE FROM documents WHERE kind = 'repo' AND key = $key";
        command.Parameters.AddWithValue("$key", fullName);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task AppendDeliveryAsync(ForgeDelivery delivery, CancellationToken ct)
    {
        using var held = await LockAsync(ct);
        await using var command = _connection.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO deliveries (id, hook_id, json) VALUES ($id, $hook, $json)";
        command.Parameters.AddWithValue("$id", delivery.Id);
        command.Parameters.AddWithValue("$hook", delivery.HookId);
        command.Parameters.AddWithValue("$json", JsonSerializer.Serialize(delivery, Json));
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Newest first, like GitHub's deliveries API.</summary>
    public async Task<List<ForgeDelivery>> ListDeliveriesAsync(long hookId, int limit, CancellationToken ct)
    {
        using var held = await LockAsync(ct);
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT json FROM deliveries WHERE hook_id = $hook ORDER BY id DESC LIMIT $limit";
        command.Parameters.AddWithValue("$hook", hookId);
        command.Parameters.AddWithValue("$limit", limit);
        var result = new List<ForgeDelivery>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result.Add(JsonSerializer.Deserialize<ForgeDelivery>(reader.GetString(0), Json)!);
        }

        return result;
    }

    public async Task<ForgeDelivery?> GetDeliveryAsync(long id, CancellationToken ct)
    {
        using var held = await LockAsync(ct);
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT json FROM deliveries WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        var json = (string?)await command.ExecuteScalarAsync(ct);
        return json is null ? null : JsonSerializer.Deserialize<ForgeDelivery>(json, Json);
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        _lock.Dispose();
    }

    private async Task<IDisposable> LockAsync(CancellationToken ct)
    {
        await _lock.WaitAsync(ct);
        return new Releaser(_lock);
    }

    private static async Task UpsertAsync(SqliteTransaction transaction, string kind, string key, object value, CancellationToken ct)
    {
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO documents (kind, key, json) VALUES ($kind, $key, $json) ON CONFLICT (kind, key) DO UPDATE SET json = excluded.json";
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$json", JsonSerializer.Serialize(value, value.GetType(), Json));
        await command.ExecuteNonQueryAsync(ct);
    }

    private sealed class Releaser(SemaphoreSlim semaphore) : IDisposable
    {
        public void Dispose() => semaphore.Release();
    }
}
