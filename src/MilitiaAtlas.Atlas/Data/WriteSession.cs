using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using MilitiaAtlas.Atlas.Ingest;
using SQLitePCL;

namespace MilitiaAtlas.Atlas.Data;

/// <summary>
/// The writer's session, for every write: ingest (SourceWriter, and the steps SourceStore runs in order), the joins after
/// it and curation (decision 010). It holds the connection and transaction, the prepared statements, and what the write
/// steps keep, each with its lifetime stated once below (for the open transaction, or across transactions for a whole run).
/// </summary>
/// <remarks>
/// Statements are prepared once and reused: an insert or lookup repeated thousands of times during an ingest is parsed by
/// SQLite once instead of every time. Parameters are positional: @pN is the value at index N, and a statement may use some
/// of the values and not others. The statements run on the connection's SQLite handle directly (SQLitePCLRaw), not
/// through ADO.NET commands: the writer runs about a thousand per article, and ADO.NET's per-call work (parameter type
/// mapping, statement enumeration, reader objects) was a large share of its time (docs/performance.md). Errors are raised
/// as the <see cref="SqliteException"/> ADO.NET would raise, and a busy database is waited for up to the connection's
/// default timeout, as ADO.NET does. Statements join whatever transaction the connection has open.
/// </remarks>
public sealed class WriteSession(DbConnection connection, DbTransaction? transaction) : IDisposable
{
    private readonly SqliteConnection _connection = connection as SqliteConnection
        ?? throw new ArgumentException("A write session needs an open SqliteConnection.", nameof(connection));

    private readonly Dictionary<string, Statement> _statements = new(StringComparer.Ordinal);
    private DbTransaction? _transaction = transaction;
    private Dictionary<(string Type, string Key), List<string>>? _entityKeys;
    private Dictionary<(string EntityId, string Surface), long>? _pendingSurfaces;
    private HashSet<long>? _stockShingles;
    private ShingleMirror? _shingles;
    private EventWriter.CandidateMirror? _eventCandidates;
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
                ForgetDurable();
            }

            _committed = false;
            _transaction = value;
            (_entityKeys, _pendingSurfaces, _stockShingles) = (null, null, null);

            if (value is not null && (_shingles is not null || _eventCandidates is not null) && DataVersion() != _dataVersion)
            {
                ForgetDurable();
            }
        }
    }

    /// <summary>Tells the session that the open transaction was committed, so what it kept across transactions still holds.</summary>
    public void Committed() => _committed = _transaction is not null;

    // ---- What the write steps keep, by lifetime. -------------------------------------------------------------------
    // For the open transaction: read once (or started empty), kept in step with the writes, forgotten when a transaction
    // begins or ends. While a transaction is open this connection holds the write lock, so no other writer changes what
    // was read. Without a transaction nothing is kept: each use reads again.

    /// <summary>Entities found under each resolution key, with the keys added since (EntityResolver).</summary>
    internal Dictionary<(string Type, string Key), List<string>> EntityKeys => ForTransaction(ref _entityKeys, static _ => []);

    /// <summary>Surface counts the transaction's sources added and EntityResolver has not written yet.</summary>
    internal Dictionary<(string EntityId, string Surface), long> PendingSurfaces => ForTransaction(ref _pendingSurfaces, static _ => []);

    /// <summary>Every stock shingle (ReuseLinker): most sources hit some.</summary>
    internal HashSet<long> StockShingles => ForTransaction(ref _stockShingles, static s => s.Query("SELECT Hash FROM StockShingles", r => r.GetInt64(0)).ToHashSet());

    /// <summary>Drops <see cref="EntityKeys"/> after a change it does not follow (an entity deleted).</summary>
    internal void ForgetEntityKeys() => _entityKeys = null;

    // Across transactions, for a whole run: kept while the database changes only through this session, dropped when a
    // transaction ends without Committed() or another connection has committed since (checked as the next one begins).
    // Set only from inside a transaction, whose write lock guarantees the value was read consistently; null forgets it.

    /// <summary>PassageShingles in memory during a large ingest (decision 008).</summary>
    internal ShingleMirror? Shingles
    {
        get => _shingles;
        set => _shingles = KeepAcrossTransactions(value);
    }

    /// <summary>The event candidates in memory during a large ingest (EventWriter).</summary>
    internal EventWriter.CandidateMirror? EventCandidates
    {
        get => _eventCandidates;
        set => _eventCandidates = KeepAcrossTransactions(value);
    }

    private T ForTransaction<T>(ref T? field, Func<WriteSession, T> load)
        where T : class => _transaction is null ? load(this) : field ??= load(this);

    private T? KeepAcrossTransactions<T>(T? value)
        where T : class
    {
        if (value is null)
        {
            return null;
        }

        if (_transaction is null)
        {
            throw new InvalidOperationException("A value is kept across transactions only from inside one.");
        }

        if (_shingles is null && _eventCandidates is null)
        {
            _dataVersion = DataVersion();
        }

        return value;
    }

    private void ForgetDurable() => (_shingles, _eventCandidates) = (null, null);

    private long DataVersion() => Scalar<long>("PRAGMA data_version");

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
            var position = stmt.Parameters[i];
            if (position >= values.Length)
            {
                throw new InvalidOperationException($"No value for @p{position} in: {sql}");
            }

            Bind(stmt, i + 1, values[position]);
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
            _ => throw new NotSupportedException($"WriteSession cannot bind a {value.GetType().Name}."),
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
            throw new NotSupportedException("WriteSession runs one statement at a time: " + sql);
        }

        // SQLite numbers a statement's parameters in the order they first appear; each is bound to the value its name gives.
        var parameters = new int[raw.sqlite3_bind_parameter_count(handle)];
        for (var i = 0; i < parameters.Length; i++)
        {
            var name = raw.sqlite3_bind_parameter_name(handle, i + 1).utf8_to_string();
            if (name is null || !name.StartsWith("@p", StringComparison.Ordinal)
                || !int.TryParse(name.AsSpan(2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out parameters[i]))
            {
                handle.Dispose();
                throw new NotSupportedException($"WriteSession parameters are @p0, @p1, …, not '{name}': " + sql);
            }
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

    /// <summary>A prepared statement and, for each of its parameters in SQLite's order, the position of its value (N for @pN).</summary>
    private sealed class Statement(sqlite3_stmt handle, int[] parameters)
    {
        public sqlite3_stmt Handle { get; } = handle;

        public int[] Parameters { get; } = parameters;

        public SqlRow Row { get; } = new(handle);
    }
}

/// <summary>The row a <see cref="WriteSession"/> query is on; valid only inside the map function it is passed to.</summary>
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
