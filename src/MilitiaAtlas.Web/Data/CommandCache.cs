using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace MilitiaAtlas.Web.Data;

/// <summary>
/// Prepared statements reused across calls: an insert or lookup repeated thousands of times during an ingest is
/// parsed by SQLite once instead of every time. Parameters are positional (@p0, @p1, …). The statements run on the
/// connection's SQLite handle directly (SQLitePCLRaw), not through ADO.NET commands: the writer runs about a thousand
/// per article, and ADO.NET's per-call work (parameter type mapping, statement enumeration, reader objects) was a
/// large share of its time (docs/performance.md). Errors are raised as the <see cref="SqliteException"/> ADO.NET
/// would raise, and a busy database is waited for up to the connection's default timeout, as ADO.NET does.
/// </summary>
/// <remarks>
/// The cache can outlive one transaction: setting <see cref="Transaction"/> forgets what <see cref="PerTransaction"/>
/// kept. What <see cref="KeepAcrossTransactions"/> kept stays while the database changes only through this cache: it
/// is dropped when a transaction ends without <see cref="Committed"/>, and when another connection has committed
/// since (PRAGMA data_version). Statements join whatever transaction the connection has open.
/// </remarks>
public sealed class CommandCache(DbConnection connection, DbTransaction? transaction) : IDisposable
{
    private readonly SqliteConnection _connection = connection as SqliteConnection
        ?? throw new ArgumentException("CommandCache needs an open SqliteConnection.", nameof(connection));

    private readonly Dictionary<string, Statement> _statements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object> _kept = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object> _durable = new(StringComparer.Ordinal);
    private DbTransaction? _transaction = transaction;
    private bool _committed;

    // PRAGMA data_version when the first value was kept across transactions: it changes when another connection commits.
    private long _dataVersion;

    public DbConnection Connection => _connection;

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

    /// <summary>Runs a statement; returns the number of rows it changed.</summary>
    public int Execute(string sql, params object?[] values)
    {
        var stmt = Run(sql, values, out _);
        raw.sqlite3_reset(stmt.Handle);
        return raw.sqlite3_changes(_connection.Handle);
    }

    /// <summary>The first column of the first row, or default when there is no row or it is NULL.</summary>
    public T? Scalar<T>(string sql, params object?[] values)
    {
        var stmt = Run(sql, values, out var row);
        try
        {
            var v = row ? stmt.Row.GetValue(0) : null;
            if (v is null)
            {
                return default;
            }

            var type = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
            return (T)Convert.ChangeType(v, type, System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            raw.sqlite3_reset(stmt.Handle);
        }
    }

    /// <summary>Every row, each turned into a value by <paramref name="map"/> while the statement is on it.</summary>
    public List<T> Query<T>(string sql, Func<SqlRow, T> map, params object?[] values)
    {
        var rows = new List<T>();
        var stmt = Run(sql, values, out var row);
        try
        {
            while (row)
            {
                rows.Add(map(stmt.Row));
                row = Step(stmt) == raw.SQLITE_ROW;
            }
        }
        finally
        {
            raw.sqlite3_reset(stmt.Handle);
        }

        return rows;
    }

    /// <summary>The first column of every row, as strings.</summary>
    public List<string> Strings(string sql, params object?[] values) => Query(sql, r => r.GetString(0), values);

    /// <summary>Binds the values and takes the first step, waiting while the database is busy; <paramref name="row"/> tells whether a row came.</summary>
    private Statement Run(string sql, object?[] values, out bool row)
    {
        var stmt = Prepare(sql);
        raw.sqlite3_reset(stmt.Handle);
        for (var i = 0; i < stmt.Parameters.Length; i++)
        {
            var index = stmt.Parameters[i];
            if (index == 0)
            {
                continue;
            }

            if (i >= values.Length)
            {
                throw new InvalidOperationException($"No value for @p{i} in: {sql}");
            }

            Bind(stmt, index, values[i]);
        }

        Stopwatch? waited = null;
        while (true)
        {
            var rc = Step(stmt);
            if (rc is raw.SQLITE_BUSY or raw.SQLITE_LOCKED)
            {
                waited ??= Stopwatch.StartNew();
                if (waited.Elapsed.TotalSeconds < _connection.DefaultTimeout)
                {
                    raw.sqlite3_reset(stmt.Handle);
                    Thread.Sleep(50);
                    continue;
                }
            }

            if (rc is raw.SQLITE_ROW or raw.SQLITE_DONE)
            {
                row = rc == raw.SQLITE_ROW;
                return stmt;
            }

            raw.sqlite3_reset(stmt.Handle);
            SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
            throw new InvalidOperationException($"SQLite error {rc}");
        }
    }

    private int Step(Statement stmt)
    {
        var rc = raw.sqlite3_step(stmt.Handle);
        if (rc is raw.SQLITE_ROW or raw.SQLITE_DONE or raw.SQLITE_BUSY or raw.SQLITE_LOCKED)
        {
            return rc;
        }

        // An error: the extended code and message are read before the reset clears them.
        raw.sqlite3_reset(stmt.Handle);
        SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
        throw new InvalidOperationException($"SQLite error {rc}");
    }

    private static void Bind(Statement stmt, int index, object? value)
    {
        var h = stmt.Handle;
        var rc = value switch
        {
            null or DBNull => raw.sqlite3_bind_null(h, index),
            long l => raw.sqlite3_bind_int64(h, index, l),
            int n => raw.sqlite3_bind_int64(h, index, n),
            bool b => raw.sqlite3_bind_int64(h, index, b ? 1 : 0),
            double d => raw.sqlite3_bind_double(h, index, d),
            string t => raw.sqlite3_bind_text(h, index, t),
            byte[] blob => raw.sqlite3_bind_blob(h, index, blob),
            _ => throw new NotSupportedException($"CommandCache cannot bind a {value.GetType().Name}."),
        };
        if (rc != raw.SQLITE_OK)
        {
            throw new InvalidOperationException($"SQLite could not bind parameter {index}: {raw.sqlite3_errstr(rc).utf8_to_string()}");
        }
    }

    private Statement Prepare(string sql)
    {
        if (_statements.TryGetValue(sql, out var stmt))
        {
            return stmt;
        }

        var db = _connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var rc = raw.sqlite3_prepare_v2(db, sql, out var handle, out var tail);
        if (rc != raw.SQLITE_OK)
        {
            handle?.Dispose();
            SqliteException.ThrowExceptionForRC(rc, db);
        }

        if (handle is null || handle.IsInvalid)
        {
            throw new InvalidOperationException("No statement in: " + sql);
        }

        if (!string.IsNullOrWhiteSpace(tail))
        {
            handle.Dispose();
            throw new NotSupportedException("CommandCache runs one statement at a time: " + sql);
        }

        var count = raw.sqlite3_bind_parameter_count(handle);
        var parameters = new int[count];
        for (var i = 0; i < count; i++)
        {
            parameters[i] = raw.sqlite3_bind_parameter_index(handle, "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        _statements[sql] = stmt = new Statement(handle, parameters);
        return stmt;
    }

    public void Dispose()
    {
        foreach (var stmt in _statements.Values)
        {
            stmt.Handle.Dispose();
        }

        _statements.Clear();
    }

    /// <summary>A prepared statement and the SQLite index of each of @p0, @p1, … (0 when the statement has no such parameter).</summary>
    private sealed class Statement(sqlite3_stmt handle, int[] parameters)
    {
        public sqlite3_stmt Handle { get; } = handle;

        public int[] Parameters { get; } = parameters;

        public SqlRow Row { get; } = new(handle);
    }
}

/// <summary>The row a <see cref="CommandCache"/> query is on; valid only inside the map function it is passed to.</summary>
public sealed class SqlRow
{
    private readonly sqlite3_stmt _stmt;

    internal SqlRow(sqlite3_stmt stmt) => _stmt = stmt;

    public bool IsDBNull(int i) => raw.sqlite3_column_type(_stmt, i) == raw.SQLITE_NULL;

    public long GetInt64(int i) => raw.sqlite3_column_int64(_stmt, i);

    public int GetInt32(int i) => checked((int)raw.sqlite3_column_int64(_stmt, i));

    public string GetString(int i) => IsDBNull(i)
        ? throw new InvalidCastException($"Column {i} is NULL.")
        : raw.sqlite3_column_text(_stmt, i).utf8_to_string();

    /// <summary>The column as SQLite stores it: long, double, string, byte[], or null.</summary>
    public object? GetValue(int i) => raw.sqlite3_column_type(_stmt, i) switch
    {
        raw.SQLITE_INTEGER => raw.sqlite3_column_int64(_stmt, i),
        raw.SQLITE_FLOAT => raw.sqlite3_column_double(_stmt, i),
        raw.SQLITE_TEXT => raw.sqlite3_column_text(_stmt, i).utf8_to_string(),
        raw.SQLITE_BLOB => raw.sqlite3_column_blob(_stmt, i).ToArray(),
        _ => null,
    };
}
