using Microsoft.Data.Sqlite;

namespace Bowsprit.Sqlite;

/// <summary>
/// One group-committed transaction of <see cref="SqliteWebhookInbox"/>'s writer. Commands are prepared once per
/// batch and rebound per write, which is most of the saving when hundreds of inserts share a commit.
/// </summary>
internal sealed class WriteBatch(SqliteConnection connection, SqliteTransaction transaction) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>The command for <paramref name="sql"/> in this transaction, with no parameters bound.</summary>
    public SqliteCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = transaction;
            _commands[sql] = command;
        }

        command.Parameters.Clear();
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
    }
}
