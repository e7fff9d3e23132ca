using MilitiaAtlas.Ingestion;
using MilitiaAtlas.Ingestion.Model;
using MilitiaAtlas.Atlas.Data;

namespace MilitiaAtlas.Atlas.Ingest;

/// <summary>
/// The order of the write steps, in two methods: <see cref="Write"/> for one source, <see cref="FinishBatch"/> once per
/// batch, before it commits (<see cref="SourceWriter"/> calls both, curation comes after the whole run). For one source:
/// the old source out (a changed file keeps its id), the source row and passages, shingles and reuse links (both ways,
/// and the sources that pointed at the old one linked again), entities and mentions, claims and relation evidence, events,
/// search texts. Per batch: the shingle rows kept in memory, then the surface counts and display names of the entities the
/// batch touched, then their search names. Everything runs in the caller's transaction through its
/// <see cref="WriteSession"/>.
/// </summary>
internal static class SourceStore
{
    /// <summary>
    /// New source ids are slugs of at most this many characters (whole words): the id is what users see in URLs,
    /// citations, the API and the export, and rows that belong to the source refer to it by <c>Sources.Num</c>, not by
    /// the id (decision 006). Ids already given never change.
    /// </summary>
    public const int MaxIdLength = 32;

    /// <summary>
    /// Stores one source. The entities it touched (named now, or before a replacement) are added to
    /// <paramref name="touched"/>: their display names and search names are refreshed once per batch by
    /// the caller (<see cref="FinishBatch"/>), not once per source, since most articles name the same few
    /// countries and groups.
    /// </summary>
    public static IngestFileResult Write(WriteSession sql, PreparedSource source, IngestProfile profile, ISet<string> touched)
    {
        var (file, article, processed, hash, warnings) = (source.File, source.Article!, source.Processed!, source.Hash, source.Warnings);
        var existing = sql.Query("SELECT Id, ContentHash, Num FROM Sources WHERE FileKey = @p0", r => (Id: r.GetString(0), Hash: r.GetString(1), Num: r.GetInt64(2)), file.Key)
            .Select(r => ((string Id, string Hash, long Num)?)r).FirstOrDefault();
        if (existing is { } same && same.Hash == hash)
        {
            return new IngestFileResult(file.FullPath, IngestStatus.Unchanged, same.Id, null, warnings, processed.Passages.Count);
        }

        var removed = Removed.Nothing;
        string id;
        long num;
        using (profile.Time(IngestProfile.Stage.Source))
        {
            if (existing is { } old)
            {
                (id, num) = (old.Id, old.Num);
                removed = Remove(sql, num, touched);
            }
            else
            {
                id = NewId(sql, article.Metadata.Title ?? Path.GetFileName(file.FullPath), file.Key);
                num = sql.Scalar<long>("SELECT COALESCE(MAX(Num), 0) + 1 FROM Sources");
            }

            InsertSource(sql, id, num, file, article, hash, warnings, ReuseLinker.Pack(processed.Fingerprints));
            InsertPassages(sql, num, processed);
        }

        using (profile.Time(IngestProfile.Stage.Reuse))
        {
            ReuseLinker.StoreAndLink(sql, num, processed.Fingerprints);
            foreach (var other in removed.Relink)
            {
                ReuseLinker.Link(sql, other);
            }
        }

        string[] entityIds;
        using (profile.Time(IngestProfile.Stage.Entities))
        {
            entityIds = EntityResolver.Resolve(sql, num, processed.Entities, processed.Claims);
            touched.UnionWith(entityIds);
        }

        using (profile.Time(IngestProfile.Stage.Claims))
        {
            ClaimWriter.Write(sql, num, processed, entityIds);
        }

        using (profile.Time(IngestProfile.Stage.Events))
        {
            EventWriter.Write(sql, id, num, processed, entityIds);
            EventWriter.RemoveOrphans(sql, removed.Events);
        }

        using (profile.Time(IngestProfile.Stage.SearchTexts))
        {
            Search.SearchIndex.IndexSource(sql, num, TitleOf(article), article.Text, processed.Claims.Select(c => ((long)c.Ordinal, c.Span.Start, c.Span.End)));
        }

        return new IngestFileResult(file.FullPath, existing is null ? IngestStatus.Added : IngestStatus.Updated, id, null, warnings, processed.Passages.Count);
    }

    /// <summary>
    /// The batch-level part of storing: writes the shingle rows the reuse linker kept in memory, and re-derives the
    /// display names and search names of the entities the batch's sources touched, once each.
    /// </summary>
    public static void FinishBatch(WriteSession sql, IReadOnlyCollection<string> touched, IngestProfile profile)
    {
        using (profile.Time(IngestProfile.Stage.Reuse))
        {
            ReuseLinker.FinishBatch(sql);
        }

        using (profile.Time(IngestProfile.Stage.Refresh))
        {
            // Refresh writes the batch's surface counts first; the search names below read them.
            EntityResolver.Refresh(sql, touched);
        }

        using (profile.Time(IngestProfile.Stage.SearchNames))
        {
            Search.SearchIndex.RefreshNames(sql, touched);
        }
    }

    /// <summary>What deleting a replaced source leaves to do: the sources whose passages pointed at it, and its events.</summary>
    private sealed record Removed(IReadOnlyList<long> Relink, IReadOnlyList<string> Events)
    {
        public static readonly Removed Nothing = new([], []);
    }

    /// <summary>
    /// Deletes a source that is being replaced, with what cascades from it and what does not (surface counts, shingles,
    /// search texts); the entities it named are added to <paramref name="touched"/>.
    /// </summary>
    private static Removed Remove(WriteSession sql, long num, ISet<string> touched)
    {
        EventWriter.Replacing(sql);
        touched.UnionWith(sql.Strings("SELECT DISTINCT EntityId FROM Mentions WHERE SourceNum = @p0", num));
        var events = sql.Strings("SELECT DISTINCT EventId FROM EventEvidence WHERE SourceNum = @p0", num);
        var relink = sql.Query("SELECT DISTINCT SourceNum FROM Passages WHERE ReusedFromSourceNum = @p0 AND SourceNum <> @p0", r => r.GetInt64(0), num);
        sql.Execute("UPDATE Passages SET ReusedFromSourceNum = NULL, ReusedFromOrdinal = NULL WHERE ReusedFromSourceNum = @p0", num);
        EntityResolver.ForgetSurfaces(sql, num);
        ReuseLinker.Forget(sql, num);
        Search.SearchIndex.Forget(sql, num);
        sql.Execute("DELETE FROM Sources WHERE Num = @p0", num);
        return new Removed(relink, events);
    }

    private static string NewId(WriteSession sql, string title, string key)
    {
        var slug = Slugs.From(title, MaxIdLength);
        if (slug.Length == 0)
        {
            slug = "source";
        }

        var taken = sql.Scalar<long>("SELECT COUNT(*) FROM Sources WHERE Id = @p0", slug) > 0;
        return taken ? $"{slug}-{Slugs.ShortHash(key)}" : slug;
    }

    private static void InsertSource(WriteSession sql, string id, long num, InputFile file, Article article, string hash, List<string> warnings, byte[]? shingles)
    {
        var m = article.Metadata;
        sql.Execute("""
            INSERT INTO Sources (Id, FileKey, File, Title, Outlet, Author, Published, Url, Format, Text, ContentHash, IngestedAt, Warnings, Shingles, Num)
            VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14)
            """,
            id,
            file.Key,
            article.File,
            TitleOf(article),
            m.Outlet,
            m.Author,
            m.Published,
            m.Url,
            ArticleFormats.Name(article.Format),
            article.Text,
            hash,
            DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            warnings.Count == 0 ? null : string.Join('\n', warnings),
            shingles,
            num);
    }

    /// <summary>The title stored for a source and indexed for search: the article's, else its file name.</summary>
    private static string TitleOf(Article article) => article.Metadata.Title ?? article.File;

    private static void InsertPassages(WriteSession sql, long num, ProcessedArticle processed)
    {
        // Sentences are not stored on their own: every body sentence is a claim with the same ordinal and span.
        foreach (var p in processed.Passages)
        {
            sql.Execute("INSERT INTO Passages (SourceNum, Ordinal, Start, \"End\", Kind) VALUES (@p0, @p1, @p2, @p3, @p4)",
                num, p.Ordinal, p.Span.Start, p.Span.End, PassageIds.KindName(p.Kind));
        }
    }
}
