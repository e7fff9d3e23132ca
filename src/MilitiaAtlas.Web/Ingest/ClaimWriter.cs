using System.Data.Common;
using Dapper;
using MilitiaAtlas.Ingestion;

namespace MilitiaAtlas.Web.Ingest;

/// <summary>Stores a source's claims, the entities each names, and the relations they state.</summary>
public static class ClaimWriter
{
    public static void Write(DbConnection conn, DbTransaction tx, string sourceId, ProcessedArticle processed, IReadOnlyList<string> entityIds)
    {
        foreach (var c in processed.Claims)
        {
            conn.Execute("""
                INSERT INTO Claims (SourceId, Ordinal, PassageOrdinal, Start, "End", SpeakerId, Quoted)
                VALUES (@sourceId, @ordinal, @passage, @start, @end, @speaker, @quoted)
                """, new
            {
                sourceId,
                ordinal = c.Index + 1,
                passage = c.PassageOrdinal,
                start = c.Span.Start,
                end = c.Span.End,
                speaker = c.Speaker is int s ? entityIds[s] : null,
                quoted = c.Quoted ? 1 : 0,
            }, tx);
            foreach (var e in c.Entities.Select(e => entityIds[e]).Distinct(StringComparer.Ordinal))
            {
                conn.Execute("INSERT OR IGNORE INTO ClaimEntities (SourceId, ClaimOrdinal, EntityId) VALUES (@sourceId, @ordinal, @e)",
                    new { sourceId, ordinal = c.Index + 1, e }, tx);
            }
        }

        foreach (var r in processed.Relations)
        {
            var (subject, target) = (entityIds[r.Subject], entityIds[r.Target]);
            if (subject == target)
            {
                continue;
            }

            conn.Execute("""
                INSERT OR IGNORE INTO RelationEvidence (SubjectId, Predicate, ObjectId, SourceId, ClaimOrdinal)
                VALUES (@subject, @predicate, @target, @sourceId, @ordinal)
                """, new { subject, predicate = r.Predicate, target, sourceId, ordinal = r.ClaimIndex + 1 }, tx);
        }
    }
}
