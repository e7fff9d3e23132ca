using System.Data.Common;

namespace MilitiaAtlas.Web.Data;

/// <summary>
/// Prepared commands reused across statements: an insert or lookup repeated thousands of times during an
/// ingest is parsed by SQLite once instead of every time. Parameters are positional (@p0, @p1, …). The
/// cache can outlive one transaction: setting <see cref="Transaction"/> moves every cached command to the
/// new one, and forgets what <see cref="PerTransaction"/> kept. What <see cref="KeepAcrossTransactions"/> kept
/// stays while the database changes only through this cache: it is dropped when a transaction ends without
/// <see cref="Committed"/>, and when another connection has committed since (PRAGMA data_version).
/// </summary>
public sealed class CommandCache(DbConnection connection, DbTransaction? transaction) : IDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object> _kept = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object> _durable = new(StringComparer.Ordinal);
    private DbTransaction? _transaction = transaction;
    private bool _committed;

    // PRAGMA data_version when the first value was kept across transactions: it changes when another connection commits.
    private long _dataVersion;

    public DbConnection Connection => connection;

    public DbTransaction? Transaction
    {
        get => _transaction;
        set
        {
            if (_transaction is not null && !_committed)
            {
                // Rolled back (or abandoned): what was kept may hold the transaction's changes.
                _durable.Clear();
            }

            _committed = false;
            _transaction = value;
            _kept.Clear();
            foreach (var cmd in _commands.Values)
            {
                cmd.Transaction = value;
            }

            if (value is not null && _durable.Count > 0 && DataVersion() != _dataVersion)
            {
                _durable.Clear();
            }
        }
    }

    /// <summary>Tells the cache that the open transaction was committed, so what it kept across transactions still holds.</summary>
    public void Committed() => _committed = _transaction is not null;

    /// <summary>
    /// Keeps <paramref name="value"/> under <paramref name="name"/> beyond the open transaction, for as long as the
    /// database changes only through this cache: until a transaction ends without <see cref="Committed"/>, or another
    /// connection commits (checked when the next transaction begins). The caller keeps the value in step with what it
    /// writes. Must be called inside a transaction, whose write lock guarantees the value was read consistently.
    /// </summary>
    public void KeepAcrossTransactions(string name, object value)
    {
        if (_transaction is null)
        {
            throw new InvalidOperationException("A value is kept across transactions only from inside one.");
        }

        if (_durable.Count == 0)
        {
            _dataVersion = DataVersion();
        }

        _durable[name] = value;
    }

    /// <summary>What <see cref="KeepAcrossTransactions"/> kept under <paramref name="name"/>, or null when it was dropped or never kept.</summary>
    public T? KeptAcrossTransactions<T>(string name)
        where T : class => _durable.TryGetValue(name, out var value) ? (T)value : null;

    /// <summary>Drops what <see cref="KeepAcrossTransactions"/> kept under <paramref name="name"/>.</summary>
    public void ForgetAcrossTransactions(string name) => _durable.Remove(name);

    private long DataVersion() => Scalar<long>("PRAGMA data_version");

    /// <summary>
    /// A value read from the database once per transaction and kept, with the caller's changes to it, until the
    /// transaction ends (committed or rolled back). While a transaction is open this connection holds the write lock,
    /// so no other writer can change what was read. Without a transaction nothing is kept.
    /// </summary>
    public T PerTransaction<T>(string name, Func<CommandCache, T> load)
        where T : class
    {
        if (_transaction is null)
        {
            return load(this);
        }

        if (!_kept.TryGetValue(name, out var value))
        {
            _kept[name] = value = load(this);
        }

        return (T)value;
    }

    /// <summary>Drops what <see cref="PerTransaction"/> kept under <paramref name="name"/>, after a change it does not follow.</summary>
    public void Forget(string name) => _kept.Remove(name);

    public int Execute(string sql, params object?[] values) => Command(sql, values).ExecuteNonQuery();

    /// <summary>The first column of the first row, or default when there is no row or it is NULL.</summary>
    public T? Scalar<T>(string sql, params object?[] values)
    {
        var v = Command(sql, values).ExecuteScalar();
        if (v is null or DBNull)
        {
            return default;
        }

        var type = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return (T)Convert.ChangeType(v, type, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Every row, each turned into a value by <paramref name="map"/> while the reader is on it.</summary>
    public List<T> Query<T>(string sql, Func<DbDataReader, T> map, params object?[] values)
    {
        var rows = new List<T>();
        using var reader = Command(sql, values).ExecuteReader();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    /// <summary>The first column of every row, as strings.</summary>
    public List<string> Strings(string sql, params object?[] values) => Query(sql, r => r.GetString(0), values);

    private DbCommand Command(string sql, object?[] values)
    {
        if (!_commands.TryGetValue(sql, out var cmd))
        {
            cmd = connection.CreateCommand();
            cmd.Transaction = _transaction;
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
