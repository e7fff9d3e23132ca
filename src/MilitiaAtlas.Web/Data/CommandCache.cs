using System.Data.Common;

namespace MilitiaAtlas.Web.Data;

/// <summary>
/// Prepared commands reused for the rows of one source: an insert repeated a few hundred times per
/// article is parsed by SQLite once instead of every time. Parameters are positional (@p0, @p1, …).
/// Lives as long as the source's transaction.
/// </summary>
public sealed class CommandCache(DbConnection connection, DbTransaction transaction) : IDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    public int Execute(string sql, params object?[] values) => Command(sql, values).ExecuteNonQuery();

    private DbCommand Command(string sql, object?[] values)
    {
        if (!_commands.TryGetValue(sql, out var cmd))
        {
            cmd = connection.CreateCommand();
            cmd.Transaction = transaction;
            cmd.CommandText = sql;
            for (var i = 0; i < values.Length; i++)
            {
                var p = cmd.CreateParameter();
                p.ParameterName = "@p" + i;
                cmd.Parameters.Add(p);
            }

            cmd.Prepare();
            _commands[sql] = cmd;
        }

        for (var i = 0; i < values.Length; i++)
        {
            cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return cmd;
    }

    public void Dispose()
    {
        foreach (var cmd in _commands.Values)
        {
            cmd.Dispose();
        }

        _commands.Clear();
    }
}
