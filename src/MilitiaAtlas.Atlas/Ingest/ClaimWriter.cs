using MilitiaAtlas.Ingestion;
using MilitiaAtlas.Ingestion.Claims;
using MilitiaAtlas.Atlas.Data;

namespace MilitiaAtlas.Atlas.Ingest;

/// <summary>
/// Stores a source's claims and the relations they state. The entities a claim names are not stored again:
/// they are the entities of the mentions inside it (Mentions.ClaimOrdinal).
/// </summary>
public static class ClaimWriter
{
    public static void Write(WriteSession sql, long sourceNum, ProcessedArticle processed, IReadOnlyList<string> entityIds)
    {
        foreach (var c in processed.Claims)
        {
            sql.Execute("""
                INSERT INTO Claims (SourceNum, Ordinal, PassageOrdinal, Start, "End", SpeakerId, Quoted)
                VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6)
                """, sourceNum, c.Ordinal, c.PassageOrdinal, c.Span.Start, c.Span.End, c.Speaker is int s ? entityIds[s] : null, c.Quoted ? 1 : 0);
        }

        foreach (var r in processed.Relations)
        {
            var (subject, target) = (entityIds[r.Subject], entityIds[r.Target]);
            if (subject == target)
            {
                continue;
            }

            // Stored as the source states it (who attacked whom), a symmetric one too: the readers (export, profile,
            // network) treat both orders of a symmetric predicate as one relation (Data/predicates.tsv).
            // Quoted: stated only inside the claim's quotation, so the claim's speaker's (export: relations[].statedBy).
            sql.Execute("""
                INSERT OR IGNORE INTO RelationEvidence (SubjectId, Predicate, ObjectId, SourceNum, ClaimOrdinal, Quoted)
                VALUES (@p0, @p1, @p2, @p3, @p4, @p5)
                """, subject, r.Predicate, target, sourceNum, Claim.OrdinalOf(r.ClaimIndex), r.Quoted ? 1 : 0);
        }
    }
}
