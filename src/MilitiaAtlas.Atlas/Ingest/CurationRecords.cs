using System.Globalization;
using MilitiaAtlas.Atlas.Data;

namespace MilitiaAtlas.Atlas.Ingest;

/// <summary>A curation record: one operation, who made it, when and why, and whether it was undone (docs/curation.md).</summary>
public sealed record CurationRecord(long Id, string Verb, string Operation, string Reason, string CreatedBy, string CreatedAt, string? UndoneBy, string? UndoneAt)
{
    public bool Undone => UndoneAt is not null;
}

/// <summary>What making or undoing a record came to: its id, or why nothing was changed.</summary>
public sealed record CurationOutcome(long? RecordId, IReadOnlyList<string> Problems)
{
    public bool Ok => Problems.Count == 0;
}

/// <summary>What an import did: records added, entries already there, and the problems of the rest.</summary>
public sealed record CurationImport(int Added, int AlreadyThere, IReadOnlyList<string> Problems);

/// <summary>
/// Curation records in the database (decision 016): each is one operation of the curation file's vocabulary, applied at
/// once through a write session when it is made, and again after every ingest, after the curation files, in the order the
/// records were made. Each application keeps what it changed (<see cref="CurationCapture"/>); undo marks the record
/// undone and reverses those changes, newest first. The YAML file is their import and export.
/// </summary>
public sealed class CurationRecords(AtlasDatabase database)
{
    private const string InsertSql = """
        INSERT INTO CurationRecords (Verb, Operation, Reason, CreatedBy, CreatedAt, UndoneBy, UndoneAt, Effects)
        VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7)
        RETURNING Id
        """;

    private const string RecordsSql = """
        SELECT Id, Verb, Operation, Reason, CreatedBy, CreatedAt, UndoneBy, UndoneAt
        FROM CurationRecords
        ORDER BY Id
        """;

    /// <summary>
    /// Applies <paramref name="operation"/> at once and stores it as a record made by <paramref name="by"/> for
    /// <paramref name="why"/>; when the operation cannot be applied (an unknown or ambiguous entity), nothing is stored and
    /// the problems say why. A merge of several entities is stored as one record per entity merged.
    /// </summary>
    public CurationOutcome Add(CurationOperation operation, string by, string why, DateTimeOffset? at = null)
    {
        var when = (at ?? DateTimeOffset.UtcNow).ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        using var conn = database.Open();
        using var tx = conn.BeginTransaction();
        using var sql = new WriteSession(conn, tx);
        var plan = new CurationPlanner(sql);
        long? last = null;
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var op in Single(operation))
        {
            var capture = new CurationCapture(sql);
            var problems = Curation.ApplyInSavepoint(sql, plan, op, capture);
            if (problems.Count > 0)
            {
                return new CurationOutcome(null, problems);
            }

            var step = capture.Finish();
            last = sql.Scalar<long>(InsertSql, op.Verb, Text(op), why, by, when, null, null, CurationStep.Serialize(step is null ? [] : [step]));
            Note(sql, last.Value, capture.EntityIds);
            touched.UnionWith(capture.EntityIds);
        }

        Finish(sql, touched);
        tx.Commit();
        return new CurationOutcome(last, []);
    }

    /// <summary>
    /// Marks a record undone and reverses what its applications changed, newest first. Refused while a later record that
    /// is not undone touched one of the same entities: undo that one first.
    /// </summary>
    public CurationOutcome Undo(long id, string by)
    {
        using var conn = database.Open();
        using var tx = conn.BeginTransaction();
        using var sql = new WriteSession(conn, tx);
        var record = sql.Query("SELECT UndoneAt, Effects FROM CurationRecords WHERE Id = @p0", r => (Undone: !r.IsDBNull(0), Effects: r.GetString(1)), id);
        if (record.Count == 0)
        {
            return new CurationOutcome(null, [$"there is no curation record {id}"]);
        }

        if (record[0].Undone)
        {
            return new CurationOutcome(id, [$"curation record {id} is already undone"]);
        }

        var later = sql.Query("""
            SELECT DISTINCT r.Id
            FROM CurationRecordEntities mine
            JOIN CurationRecordEntities other ON other.EntityId = mine.EntityId AND other.RecordId > mine.RecordId
            JOIN CurationRecords r ON r.Id = other.RecordId AND r.UndoneAt IS NULL
            WHERE mine.RecordId = @p0
            ORDER BY r.Id
            """, r => r.GetInt64(0), id);
        if (later.Count > 0)
        {
            return new CurationOutcome(id, [$"later changes to the same entities ({string.Join(", ", later.Select(l => "record " + l))}) must be undone first"]);
        }

        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in Enumerable.Reverse(CurationStep.Parse(record[0].Effects)))
        {
            touched.UnionWith(CurationCapture.Undo(sql, step));
        }

        sql.Execute("UPDATE CurationRecords SET UndoneBy = @p0, UndoneAt = @p1 WHERE Id = @p2",
            by, DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), id);
        Finish(sql, touched.Where(e => sql.Scalar<long>("SELECT COUNT(*) FROM Entities WHERE Id = @p0", e) > 0).ToList());
        tx.Commit();
        return new CurationOutcome(id, []);
    }

    /// <summary>How many records are not undone: those an ingest applies again.</summary>
    internal static long Standing(AtlasDatabase database)
    {
        using var conn = database.Open();
        using var sql = new WriteSession(conn, null);
        return sql.Scalar<long>("SELECT COUNT(*) FROM CurationRecords WHERE UndoneAt IS NULL");
    }

    /// <summary>Every record, oldest first.</summary>
    public IReadOnlyList<CurationRecord> All()
    {
        using var conn = database.Open();
        using var sql = new WriteSession(conn, null);
        return sql.Query(RecordsSql, Row);
    }

    /// <summary>Every record as a curation file (undone ones with <c>undone: true</c>), which <see cref="Import"/> reads back.</summary>
    public string Export() =>
        CurationFile.Write(All().Select(r => Parse(r.Operation) with { Note = new CurationNote(r.Reason, r.CreatedBy, r.CreatedAt, r.Undone) }));

    /// <summary>
    /// Adds a curation file's operations as records, in order: each applied at once (an entry marked <c>undone</c> is kept
    /// as an undone record and not applied). An entry with the same operation, author and time as a stored record is
    /// already there and is skipped, so that importing an export twice changes nothing.
    /// </summary>
    public CurationImport Import(CurationFile file, string by)
    {
        var (added, there) = (0, 0);
        var problems = file.Problems.ToList();
        var stored = All().Select(r => (r.Operation, r.CreatedBy, r.CreatedAt)).ToHashSet();
        foreach (var op in file.Operations)
        {
            var author = op.Note.By ?? by;
            var at = op.Note.At is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : DateTimeOffset.UtcNow;
            var when = at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            if (Single(op).All(o => stored.Contains((Text(o), author, when))))
            {
                there++;
                continue;
            }

            if (op.Note.Undone)
            {
                StoreUndone(op, author, when);
                added++;
                continue;
            }

            var outcome = Add(op with { Note = CurationNote.None }, author, op.Note.Why ?? "", at);
            if (outcome.Ok)
            {
                added++;
            }
            else
            {
                problems.AddRange(outcome.Problems.Select(p => $"{op.Where}: {p}"));
            }
        }

        return new CurationImport(added, there, problems);
    }

    /// <summary>
    /// Applies every record that is not undone, in the order made, in the session's open transaction (after the curation
    /// files, <see cref="Curation.Run"/>); what each application changed is added to its record. Returns the problems.
    /// </summary>
    internal static IReadOnlyList<CurationWarning> ApplyAll(WriteSession sql)
    {
        var warnings = new List<CurationWarning>();
        var plan = new CurationPlanner(sql);
        var records = sql.Query("SELECT Id, Operation, Effects FROM CurationRecords WHERE UndoneAt IS NULL ORDER BY Id", r => (Id: r.GetInt64(0), Operation: r.GetString(1), Effects: r.GetString(2)));
        foreach (var (id, text, effects) in records)
        {
            var op = Parse(text);
            var capture = new CurationCapture(sql);
            var problems = Curation.ApplyInSavepoint(sql, plan, op, capture);
            warnings.AddRange(problems.Select(p => new CurationWarning($"curation record {id}", $"{op.Verb}: {p}")));
            if (capture.Finish() is { } step)
            {
                sql.Execute("UPDATE CurationRecords SET Effects = @p0 WHERE Id = @p1", CurationStep.Serialize([.. CurationStep.Parse(effects), step]), id);
                Note(sql, id, capture.EntityIds);
            }
        }

        return warnings;
    }

    /// <summary>One operation as a record stores it: a one-entry curation file.</summary>
    private static string Text(CurationOperation op) => CurationFile.Write([op with { Note = CurationNote.None }]);

    private static CurationOperation Parse(string text) =>
        CurationFile.Parse(text).Operations.Single();

    /// <summary>A merge of several entities is one record per entity merged, so that each can be undone alone.</summary>
    private static IEnumerable<CurationOperation> Single(CurationOperation op) =>
        op is MergeOperation { Others.Count: > 1 } merge ? merge.Others.Select(o => merge with { Others = [o] }) : [op];

    private void StoreUndone(CurationOperation op, string by, string when)
    {
        using var conn = database.Open();
        using var tx = conn.BeginTransaction();
        using var sql = new WriteSession(conn, tx);
        foreach (var one in Single(op))
        {
            sql.Scalar<long>(InsertSql, one.Verb, Text(one), op.Note.Why ?? "", by, when, by, when, "[]");
        }

        tx.Commit();
    }

    private static void Note(WriteSession sql, long id, IEnumerable<string> entities)
    {
        foreach (var entity in entities)
        {
            sql.Execute("INSERT OR IGNORE INTO CurationRecordEntities (EntityId, RecordId) VALUES (@p0, @p1)", entity, id);
        }
    }

    /// <summary>The counts, names and search names of the entities a change touched, as the ingest leaves them.</summary>
    private static void Finish(WriteSession sql, IReadOnlyCollection<string> touched)
    {
        EntityResolver.RecountSurfaces(sql, touched);
        EntityResolver.Refresh(sql, touched);
        sql.Execute("DELETE FROM EntitySurfaces WHERE NOT EXISTS (SELECT 1 FROM Entities e WHERE e.Id = EntitySurfaces.EntityId)");
        Search.SearchIndex.RefreshNames(sql, touched);
    }

    private static CurationRecord Row(SqlRow r) => new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
        r.IsDBNull(6) ? null : r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7));
}
