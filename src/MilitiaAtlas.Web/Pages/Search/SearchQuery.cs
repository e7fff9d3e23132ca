using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Dapper;
using MilitiaAtlas.Ingestion.Extraction;
using MilitiaAtlas.Atlas.Data;
using MilitiaAtlas.Atlas.Export;
using MilitiaAtlas.Web.Pages.Citations;
using MilitiaAtlas.Atlas.Search;

namespace MilitiaAtlas.Web.Pages.Search;

/// <summary>
/// One search box over the atlas (docs/search.md): entities by any of their names, tolerant of
/// transliteration and typos; source titles and claim text by full-text search. User text reaches
/// SQL only as parameters, and FTS5 only as quoted strings built here.
/// </summary>
public sealed class SearchQuery(AtlasDatabase database)
{
    /// <summary>Longer queries are cut: no name or phrase worth finding is longer.</summary>
    public const int MaxQueryLength = 200;

    /// <summary>How much of the query's transliteration key feeds the trigram search.</summary>
    private const int MaxFuzzyLength = 64;

    private const int MaxTextTerms = 12;
    private const int CandidateLimit = 200;
    private const int EntityLimit = 12;
    private const int SuggestLimit = 8;
    private const int ClaimLimit = 10;
    private const int SourceLimit = 5;
    private const int SnippetLength = 240;

    // The snippet markers: control characters, which SearchIndex.Clean keeps out of indexed text.
    private const char MarkStart = '\u0002';
    private const char MarkEnd = '\u0003';

    // Encodes markup characters but leaves letters of every script readable.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    // The name columns every name-candidate query returns; each adds its own Bm25 and filter.
    private const string NameColumns = """
        n.EntityId AS EntityId,
               e.Type AS Type,
               e.Name AS DisplayName,
               n.Name AS Name,
               n.Fold AS Fold,
               n.Translit AS Translit,
               n.Skeleton AS Skeleton
        """;

    private const string KeySql = $"""
        SELECT {NameColumns},
               0.0 AS Bm25
        FROM SearchNames n
        JOIN VisibleEntities e ON e.Id = n.EntityId
        WHERE (n.Fold = @fold OR n.Translit = @translit OR n.Skeleton = @skeleton)
        LIMIT @limit
        """;

    private const string PrefixSql = $"""
        SELECT {NameColumns},
               0.0 AS Bm25
        FROM SearchNames n
        JOIN VisibleEntities e ON e.Id = n.EntityId
        WHERE n.Fold >= @fold
          AND n.Fold < @foldEnd
        ORDER BY n.Fold
        LIMIT @limit
        """;

    private const string FuzzySql = $"""
        SELECT {NameColumns},
               bm25(SearchNamesFts, 1.0, 0.5) AS Bm25
        FROM SearchNamesFts
        JOIN SearchNames n ON n.Id = SearchNamesFts.rowid
        JOIN VisibleEntities e ON e.Id = n.EntityId
        WHERE SearchNamesFts MATCH @match
        ORDER BY bm25(SearchNamesFts, 1.0, 0.5)
        LIMIT @limit
        """;

    private const string MentionsSql = """
        SELECT EntityId AS EntityId,
               COUNT(*) AS Mentions
        FROM Mentions
        WHERE EntityId IN @ids
        GROUP BY EntityId
        """;

    // The years a result's source was published in (the filter's from and to, inclusive); an undated source is outside any range.
    private const string YearsSql = """
        (@from IS NULL OR (s.Published IS NOT NULL AND substr(s.Published, 1, 4) >= @from))
          AND (@to IS NULL OR (s.Published IS NOT NULL AND substr(s.Published, 1, 4) <= @to))
        """;

    // Claims are the sentences whose words match (tier 0, by bm25) and, for a name the search is sure of, the sentences
    // that name that entity (tier 1, latest source first): one list, counted and paged as one.
    private static readonly string ClaimHitsSql = $"""
        WITH hits AS (
            SELECT SearchTextsFts.rowid AS Id,
                   0 AS Tier,
                   bm25(SearchTextsFts) AS Rank
            FROM SearchTextsFts
            WHERE @match IS NOT NULL
              AND SearchTextsFts MATCH coalesce(@match, '""')
              AND {SearchIndex.OrdinalSql("SearchTextsFts.rowid")} > 0
            UNION ALL
            SELECT {SearchIndex.TextIdSql("m.SourceNum", "m.ClaimOrdinal")} AS Id,
                   1 AS Tier,
                   0.0 AS Rank
            FROM (SELECT DISTINCT SourceNum, ClaimOrdinal FROM Mentions WHERE EntityId = @entity AND ClaimOrdinal IS NOT NULL) m
        ),
        best AS (
            SELECT Id, MIN(Tier) AS Tier, MIN(Rank) AS Rank
            FROM hits
            GROUP BY Id
        )
        """;

    private static readonly string ClaimsSql = $"""
        {ClaimHitsSql}
        SELECT s.Id AS SourceId,
               c.Ordinal AS Ordinal,
               s.Title AS Title,
               c.PassageOrdinal AS PassageOrdinal,
               c.Start AS Start,
               c."End" AS End,
               best.Id AS TextId,
               best.Tier AS Tier
        FROM best
        JOIN Sources s ON s.Num = {SearchIndex.SourceNumSql("best.Id")}
        JOIN Claims c ON c.SourceNum = s.Num AND c.Ordinal = {SearchIndex.OrdinalSql("best.Id")}
        WHERE {YearsSql}
        ORDER BY best.Tier, best.Rank, s.Published IS NULL, s.Published DESC, s.Id, c.Ordinal
        LIMIT @limit OFFSET @offset
        """;

    private static readonly string ClaimCountSql = $"""
        {ClaimHitsSql}
        SELECT COUNT(*)
        FROM best
        JOIN Sources s ON s.Num = {SearchIndex.SourceNumSql("best.Id")}
        WHERE {YearsSql}
        """;

    // The snippets of the text matches on one page of claims.
    private const string SnippetsSql = """
        SELECT SearchTextsFts.rowid AS Id,
               snippet(SearchTextsFts, 0, char(2), char(3), '…', 24) AS Snippet
        FROM SearchTextsFts
        WHERE SearchTextsFts MATCH @match
          AND SearchTextsFts.rowid IN @ids
        """;

    private const string ClaimTextsSql = """
        SELECT Id AS Id,
               Text AS Snippet
        FROM SearchTexts
        WHERE Id IN @ids
        """;

    private static readonly string TitlesSql = $"""
        SELECT s.Id AS SourceId,
               0 AS Ordinal,
               s.Title AS Title,
               highlight(SearchTextsFts, 0, char(2), char(3)) AS Snippet
        FROM SearchTextsFts
        JOIN Sources s ON s.Num = {SearchIndex.SourceNumSql("SearchTextsFts.rowid")}
        WHERE SearchTextsFts MATCH @match
          AND {SearchIndex.OrdinalSql("SearchTextsFts.rowid")} = 0
          AND {YearsSql}
        ORDER BY bm25(SearchTextsFts), s.Id
        LIMIT @limit OFFSET @offset
        """;

    private static readonly string TitleCountSql = $"""
        SELECT COUNT(*)
        FROM SearchTextsFts
        JOIN Sources s ON s.Num = {SearchIndex.SourceNumSql("SearchTextsFts.rowid")}
        WHERE SearchTextsFts MATCH @match
          AND {SearchIndex.OrdinalSql("SearchTextsFts.rowid")} = 0
          AND {YearsSql}
        """;

    // The entities found that a source of the years mentions.
    private const string EntitiesInYearsSql = $"""
        SELECT DISTINCT m.EntityId
        FROM Mentions m
        JOIN Sources s ON s.Num = m.SourceNum
        WHERE m.EntityId IN @ids
          AND {YearsSql}
        """;

    private const string MentionSpansSql = """
        SELECT Start AS Start,
               "End" AS End
        FROM Mentions
        WHERE SourceNum = (SELECT Num FROM Sources WHERE Id = @sourceId)
          AND EntityId = @id
          AND Start >= @start
          AND Start < @end
        ORDER BY Start
        """;

    private sealed record NameRow
    {
        public string EntityId { get; init; } = "";
        public string Type { get; init; } = "";
        public string DisplayName { get; init; } = "";
        public string Name { get; init; } = "";
        public string Fold { get; init; } = "";
        public string Translit { get; init; } = "";
        public string Skeleton { get; init; } = "";
        public double Bm25 { get; init; }
    }

    private sealed record MentionCount
    {
        public string EntityId { get; init; } = "";
        public long Mentions { get; init; }
    }

    private sealed record TextRow
    {
        public long TextId { get; init; }
        public long Tier { get; init; }
        public string SourceId { get; init; } = "";
        public long Ordinal { get; init; }
        public string Title { get; init; } = "";
        public long? PassageOrdinal { get; init; }
        public long? Start { get; init; }
        public long? End { get; init; }
        public string Snippet { get; init; } = "";
    }

    private sealed record SnippetRow
    {
        public long Id { get; init; }
        public string Snippet { get; init; } = "";
    }

    private sealed record Span
    {
        public long Start { get; init; }
        public long End { get; init; }
    }

    /// <summary>A piece of displayed text; <see cref="Marked"/> pieces matched the query.</summary>
    public sealed record Segment(string Text, bool Marked);

    /// <summary>
    /// An entity found by one of its names: <see cref="MatchedName"/> is the name that matched best,
    /// <see cref="Score"/> its score within the tier (1 for the key tiers, NameMatch.Score for fuzzy ones).
    /// </summary>
    public sealed record EntityHit(
        string Id,
        string Type,
        string Name,
        string Url,
        string MatchedName,
        IReadOnlyList<Segment> Highlighted,
        MatchTier Tier,
        double Score,
        long Mentions,
        bool Misspelled = false)
    {
        /// <summary>Whether the name that matched is another spelling than the one displayed.</summary>
        public bool MatchedAlias => !string.Equals(MatchedName, Name, StringComparison.Ordinal);
    }

    /// <summary>A claim (<see cref="Kind"/> "claim") or a source title ("source") whose text matched.</summary>
    public sealed record TextHit(string Kind, string Id, string SourceId, string Title, string Url, IReadOnlyList<Segment> Snippet);

    /// <summary>The kinds of result, in the order a page lists them; the <c>kind</c> filter takes one.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["person", "group", "place", "claim", "source"];

    /// <summary>How many results of one kind a page of that kind shows.</summary>
    public const int PageSize = 20;

    /// <summary>
    /// What to show: every kind (the best of each, with its total) or one kind, paged; results from sources published
    /// in the years from..to (an entity: one that such a source mentions).
    /// </summary>
    public sealed record Filters(string? Kind, int? From, int? To, int Page)
    {
        public static readonly Filters None = new(null, null, null, 1);

        /// <summary>The filters as a request gives them; <paramref name="error"/> names the first that is not understood.</summary>
        public static Filters Parse(string? kind, string? from, string? to, int? page, out string? error)
        {
            kind = string.IsNullOrWhiteSpace(kind) ? null : kind.Trim();
            error = kind is not null && !Kinds.Contains(kind) ? "kind must be one of " + string.Join(", ", Kinds) : null;
            var (fromYear, fromError) = YearFilter.Parse(from, "from");
            var (toYear, toError) = YearFilter.Parse(to, "to");
            error ??= fromError ?? toError;
            return new Filters(error is null ? kind : null, fromYear, toYear, Math.Max(1, page ?? 1));
        }

        /// <summary>Whether any filter narrows the results.</summary>
        public bool Any => Kind is not null || From is not null || To is not null;
    }

    public sealed record Result(string Query, bool Truncated, IReadOnlyList<EntityHit> Entities, IReadOnlyList<TextHit> Claims, IReadOnlyList<TextHit> Sources)
    {
        public static readonly Result Empty = new("", false, [], [], []);

        public Filters Filters { get; init; } = Filters.None;

        /// <summary>All the results of each kind (person, group, place, claim, source), of which a page shows some.</summary>
        public IReadOnlyDictionary<string, long> Totals { get; init; } = new Dictionary<string, long>();

        /// <summary>The pages of the kind filtered on (1 without a kind).</summary>
        public int Pages { get; init; } = 1;

        /// <summary>The entity whose name is the query itself (ignoring case, diacritics and particles), shown first.</summary>
        public EntityHit? Best => Entities.Count > 0 && Entities[0].Tier == MatchTier.Exact ? Entities[0] : null;

        public int Count => Entities.Count + Claims.Count + Sources.Count;

        public IReadOnlyList<EntityHit> OfType(string type) => Entities.Where(e => e.Type == type).ToList();

        /// <summary>
        /// "Did you mean": when no name is the query itself (in any spelling), the best-ranked entity whose name the query
        /// misspells (NameMatch.IsMisspelling): one or two letters off, or other vowels.
        /// </summary>
        public EntityHit? DidYouMean => Entities.Any(e => e.Tier >= MatchTier.Translit) ? null : Entities.FirstOrDefault(e => e.Misspelled);
    }

    public Task<Result> RunAsync(string? q, CancellationToken ct) => RunAsync(q, Filters.None, ct);

    public async Task<Result> RunAsync(string? q, Filters filters, CancellationToken ct)
    {
        var (query, truncated) = Clean(q);
        if (query.Length == 0)
        {
            return Result.Empty with { Truncated = truncated, Filters = filters };
        }

        var kind = filters.Kind is { } k && Kinds.Contains(k) ? k : null;
        var years = new { from = filters.From?.ToString("D4", CultureInfo.InvariantCulture), to = filters.To?.ToString("D4", CultureInfo.InvariantCulture) };
        await using var conn = await database.OpenAsync(ct);

        // Entities: every candidate the names give, ranked; those of the years.
        var found = await FindEntitiesAsync(conn, query, CandidateLimit, ct);
        if (filters.From is not null || filters.To is not null)
        {
            var inYears = (await conn.QueryAsync<string>(new CommandDefinition(EntitiesInYearsSql,
                new { ids = found.Select(e => e.Id).ToArray(), years.from, years.to }, cancellationToken: ct))).ToHashSet(StringComparer.Ordinal);
            found = found.Where(e => inYears.Contains(e.Id)).ToList();
        }

        // Claims that name the entity found, so that another spelling of a name still finds what is said about it.
        var entity = found.Count > 0 && (found[0].Tier != MatchTier.Fuzzy || found[0].Score >= 0.8) ? found[0] : null;
        var match = TextMatch(query);
        var args = new { match, entity = entity?.Id, years.from, years.to, scale = SearchIndex.TextIdScale };

        var totals = Kinds.Take(3).ToDictionary(t => t, t => (long)found.Count(e => e.Type == t), StringComparer.Ordinal);
        totals["claim"] = await conn.ExecuteScalarAsync<long>(new CommandDefinition(ClaimCountSql, args, cancellationToken: ct));
        totals["source"] = match is null ? 0 : await conn.ExecuteScalarAsync<long>(new CommandDefinition(TitleCountSql, args, cancellationToken: ct));

        var pages = kind is null ? 1 : (int)Math.Max(1, (totals[kind] + PageSize - 1) / PageSize);
        var page = Math.Clamp(filters.Page, 1, pages);
        var offset = (page - 1) * PageSize;
        int Limit(string of, int overview) => kind is null ? overview : kind == of ? PageSize : 0;

        var entities = kind is null ? found.Take(EntityLimit).ToList()
            : Kinds.Take(3).Contains(kind) ? found.Where(e => e.Type == kind).Skip(offset).Take(PageSize).ToList()
            : [];
        var claims = Limit("claim", ClaimLimit) is var claimLimit and > 0
            ? await ClaimsAsync(conn, args, entity?.Id, claimLimit, kind == "claim" ? offset : 0, ct)
            : [];
        var sources = match is not null && Limit("source", SourceLimit) is var sourceLimit and > 0
            ? (await conn.QueryAsync<TextRow>(new CommandDefinition(TitlesSql, new { args.match, args.from, args.to, args.scale, limit = sourceLimit, offset = kind == "source" ? offset : 0 }, cancellationToken: ct)))
                .Select(ToSourceHit).ToList()
            : [];

        return new Result(query, truncated, entities, claims, sources)
        {
            Filters = filters with { Kind = kind, Page = page },
            Totals = totals,
            Pages = pages,
        };
    }

    /// <summary>One page of claims: text matches with their snippets, sentences naming the entity with its mentions marked.</summary>
    private static async Task<List<TextHit>> ClaimsAsync(DbConnection conn, object args, string? entity, int limit, int offset, CancellationToken ct)
    {
        var p = new DynamicParameters(args);
        p.Add("limit", limit);
        p.Add("offset", offset);
        var rows = (await conn.QueryAsync<TextRow>(new CommandDefinition(ClaimsSql, p, cancellationToken: ct))).ToList();
        var matched = rows.Where(r => r.Tier == 0).Select(r => r.TextId).ToArray();
        var named = rows.Where(r => r.Tier == 1).Select(r => r.TextId).ToArray();
        var snippets = matched.Length == 0 ? new Dictionary<long, string>()
            : (await conn.QueryAsync<SnippetRow>(new CommandDefinition(SnippetsSql, new { match = p.Get<string?>("match"), ids = matched }, cancellationToken: ct))).ToDictionary(r => r.Id, r => r.Snippet);
        var texts = named.Length == 0 ? new Dictionary<long, string>()
            : (await conn.QueryAsync<SnippetRow>(new CommandDefinition(ClaimTextsSql, new { ids = named }, cancellationToken: ct))).ToDictionary(r => r.Id, r => r.Snippet);

        var hits = new List<TextHit>();
        foreach (var row in rows)
        {
            if (row.Tier == 0)
            {
                hits.Add(ToClaimHit(row with { Snippet = snippets.GetValueOrDefault(row.TextId, "") }));
                continue;
            }

            var spans = await conn.QueryAsync<Span>(new CommandDefinition(MentionSpansSql,
                new { sourceId = row.SourceId, id = entity, start = row.Start, end = row.End }, cancellationToken: ct));
            var at = (int)(row.Start ?? 0);
            var marks = spans.Select(s => ((int)s.Start - at, (int)s.End - at)).ToList();
            hits.Add(ToClaimHit(row) with { Snippet = Window(texts.GetValueOrDefault(row.TextId, ""), marks) });
        }

        return hits;
    }

    /// <summary>Entities for the search box's suggestions, best first.</summary>
    public async Task<IReadOnlyList<EntityHit>> SuggestAsync(string? q, CancellationToken ct)
    {
        var (query, _) = Clean(q);
        if (query.Length < 2)
        {
            return [];
        }

        await using var conn = await database.OpenAsync(ct);
        return await FindEntitiesAsync(conn, query, SuggestLimit, ct);
    }

    /// <summary>The query as searched: control characters as spaces, trimmed, at most <see cref="MaxQueryLength"/> characters, never half a surrogate pair.</summary>
    internal static (string Query, bool Truncated) Clean(string? q)
    {
        var text = SearchIndex.Clean(q ?? "").Trim();
        if (text.Length <= MaxQueryLength)
        {
            return (text, false);
        }

        var cut = char.IsHighSurrogate(text[MaxQueryLength - 1]) ? MaxQueryLength - 1 : MaxQueryLength;
        return (text[..cut].TrimEnd(), true);
    }

    private static async Task<List<EntityHit>> FindEntitiesAsync(DbConnection conn, string query, int limit, CancellationToken ct)
    {
        var forms = NameForms.Of(query);
        if (forms.IsEmpty)
        {
            return [];
        }

        var rows = new List<NameRow>();
        rows.AddRange(await conn.QueryAsync<NameRow>(new CommandDefinition(KeySql,
            new { fold = forms.Fold, translit = forms.Translit, skeleton = forms.Skeleton, limit = CandidateLimit }, cancellationToken: ct)));
        if (forms.Fold.Length >= 2)
        {
            rows.AddRange(await conn.QueryAsync<NameRow>(new CommandDefinition(PrefixSql,
                new { fold = forms.Fold, foldEnd = forms.Fold + char.MaxValue, limit = CandidateLimit }, cancellationToken: ct)));
        }

        if (TrigramMatch(forms) is { } match)
        {
            rows.AddRange(await conn.QueryAsync<NameRow>(new CommandDefinition(FuzzySql, new { match, limit = CandidateLimit }, cancellationToken: ct)));
        }

        var best = new Dictionary<string, (NameRow Row, MatchTier Tier, double Score)>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var name = NameForms.FromKeys(row.Fold, row.Translit, row.Skeleton);
            var tier = NameMatch.Tier(forms, name);
            var score = tier == MatchTier.Fuzzy ? NameMatch.Score(forms, name) : 1.0;
            if (tier == MatchTier.Fuzzy && score < NameMatch.Threshold)
            {
                continue;
            }

            if (!best.TryGetValue(row.EntityId, out var current)
                || (tier, score, -row.Bm25).CompareTo((current.Tier, current.Score, -current.Row.Bm25)) > 0)
            {
                best[row.EntityId] = (row, tier, score);
            }
        }

        if (best.Count == 0)
        {
            return [];
        }

        var mentions = (await conn.QueryAsync<MentionCount>(new CommandDefinition(MentionsSql, new { ids = best.Keys.ToArray() }, cancellationToken: ct)))
            .ToDictionary(m => m.EntityId, m => m.Mentions, StringComparer.Ordinal);
        return best.Values
            .Select(b =>
            {
                var count = mentions.GetValueOrDefault(b.Row.EntityId);
                // Within a tier, the more an actor is written about the likelier it is the one meant; never enough to cross a tier.
                var boost = Math.Min(0.3, 0.1 * Math.Log10(1 + count));
                return (Hit: b, Rank: b.Score + boost, Mentions: count);
            })
            .OrderByDescending(x => x.Hit.Tier)
            .ThenByDescending(x => x.Rank)
            .ThenBy(x => x.Hit.Row.Bm25)
            .ThenBy(x => x.Hit.Row.DisplayName, StringComparer.Ordinal)
            .ThenBy(x => x.Hit.Row.EntityId, StringComparer.Ordinal)
            .Take(limit)
            .Select(x => ToEntityHit(x.Hit.Row, x.Hit.Tier, x.Hit.Score, x.Mentions, forms)
                with { Misspelled = NameMatch.IsMisspelling(forms, NameForms.FromKeys(x.Hit.Row.Fold, x.Hit.Row.Translit, x.Hit.Row.Skeleton)) })
            .ToList();
    }

    private static EntityHit ToEntityHit(NameRow row, MatchTier tier, double score, long mentions, NameForms query)
    {
        // Highlight the displayed name when it is the one that matched; else the spelling that did.
        var matched = NameKey.Fold(row.DisplayName) == row.Fold ? row.DisplayName : row.Name;
        var marks = NameMatch.Highlights(matched, query, tier);
        return new EntityHit(row.EntityId, row.Type, row.DisplayName, Links.Entity(row.Type, row.EntityId), matched, Cut(matched, marks), tier, score, mentions);
    }


    private static TextHit ToSourceHit(TextRow r) =>
        new("source", r.SourceId, r.SourceId, r.Title, Links.Source(r.SourceId), Markers(r.Snippet));

    private static TextHit ToClaimHit(TextRow r) =>
        new("claim", ClaimId(r), r.SourceId, r.Title,
            Links.Cited(r.SourceId, r.Start.GetValueOrDefault(), r.End.GetValueOrDefault(), r.PassageOrdinal.GetValueOrDefault()), Markers(r.Snippet));

    private static string ClaimId(TextRow r) => ClaimIds.Format(r.SourceId, r.Ordinal);

    /// <summary>
    /// The FTS5 trigram query for the fuzzy part: every trigram of the query's transliteration key
    /// (and of its consonant skeleton), each a quoted string, any of them. Words shorter than three
    /// letters have no trigram and add nothing.
    /// </summary>
    internal static string? TrigramMatch(NameForms forms)
    {
        var translit = Trigrams(forms.Words, MaxFuzzyLength);
        if (translit.Count == 0)
        {
            return null;
        }

        var skeleton = Trigrams(forms.Skeletons, MaxFuzzyLength / 2);
        // The last word may be half typed with a slip: its first three letters with another vowel in one place
        // ("ame" finds "ami…"), which NameMatch.Word scores as a prefix with one letter off.
        if (forms.Words[^1] is { Length: >= 3 } last)
        {
            translit.AddRange(VowelVariants(last[..3]).Where(v => !translit.Contains(v)));
        }

        var sb = new StringBuilder("{Translit} : (").AppendJoin(" OR ", translit.Select(Quote)).Append(')');
        if (skeleton.Count > 0)
        {
            sb.Append(" OR {Skeleton} : (").AppendJoin(" OR ", skeleton.Select(Quote)).Append(')');
        }

        return sb.ToString();
    }

    private const string Vowels = "aeiouy";

    /// <summary>The word with one of its vowels after the first letter replaced by another, each way (NameMatch.Word never takes the first letter for a slip).</summary>
    internal static IEnumerable<string> VowelVariants(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (!Vowels.Contains(word[i], StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var v in Vowels.Where(v => v != word[i]))
            {
                yield return string.Concat(word.AsSpan(0, i), v.ToString(), word.AsSpan(i + 1));
            }
        }
    }

    private static List<string> Trigrams(IEnumerable<string> words, int maxChars)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var budget = maxChars;
        foreach (var w in words)
        {
            var word = w.Length > budget ? w[..Math.Max(0, budget)] : w;
            budget -= w.Length + 1;
            for (var i = 0; i + 3 <= word.Length; i++)
            {
                var t = word.Substring(i, 3);
                if (seen.Add(t))
                {
                    result.Add(t);
                }
            }

            if (budget <= 0)
            {
                break;
            }
        }

        return result;
    }

    /// <summary>
    /// The FTS5 query for titles and claims: the query's words (letters, digits and marks only), each
    /// a quoted string, all of them; the last also as a prefix, since it may be half typed. Null when
    /// the query has no word of two characters or more.
    /// </summary>
    internal static string? TextMatch(string query)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in query.Append(' '))
        {
            if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                sb.Append(c);
                continue;
            }

            if (sb.Length >= 2 && words.Count < MaxTextTerms)
            {
                words.Add(sb.ToString());
            }

            sb.Clear();
        }

        if (words.Count == 0)
        {
            return null;
        }

        var terms = words.Select(Quote).ToList();
        if (words[^1].Length >= 3)
        {
            terms[^1] += "*";
        }

        return string.Join(' ', terms);
    }

    /// <summary>An FTS5 string: in double quotes, a double quote inside doubled. Operators and syntax characters inside are plain text.</summary>
    internal static string Quote(string s) => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Splits text carrying the snippet markers into plain and marked segments.</summary>
    internal static IReadOnlyList<Segment> Markers(string text)
    {
        var result = new List<Segment>();
        var sb = new StringBuilder();
        var marked = false;
        foreach (var c in text)
        {
            if (c is MarkStart or MarkEnd)
            {
                if (sb.Length > 0)
                {
                    result.Add(new Segment(sb.ToString(), marked));
                    sb.Clear();
                }

                marked = c == MarkStart;
                continue;
            }

            sb.Append(c);
        }

        if (sb.Length > 0)
        {
            result.Add(new Segment(sb.ToString(), marked));
        }

        return result;
    }

    /// <summary>Cuts text into segments at the given spans (in order, not overlapping).</summary>
    internal static IReadOnlyList<Segment> Cut(string text, IReadOnlyList<(int Start, int End)> marks)
    {
        var result = new List<Segment>();
        var at = 0;
        foreach (var (start, end) in marks.Where(m => m.Start >= 0 && m.End <= text.Length && m.Start < m.End).OrderBy(m => m.Start))
        {
            if (start < at)
            {
                continue;
            }

            if (start > at)
            {
                result.Add(new Segment(text[at..start], false));
            }

            result.Add(new Segment(text[start..end], true));
            at = end;
        }

        if (at < text.Length)
        {
            result.Add(new Segment(text[at..], false));
        }

        return result;
    }

    /// <summary>A claim cut to about <see cref="SnippetLength"/> characters around its first mark, with ellipses where cut.</summary>
    private static IReadOnlyList<Segment> Window(string text, List<(int Start, int End)> marks)
    {
        if (text.Length <= SnippetLength)
        {
            return Cut(text, marks);
        }

        var first = marks.Count > 0 ? Math.Clamp(marks.Min(m => m.Start), 0, text.Length) : 0;
        var from = Math.Max(0, first - SnippetLength / 3);
        var to = Math.Min(text.Length, from + SnippetLength);
        from = WordStart(text, from);
        to = WordEnd(text, to);
        var inner = Cut(text[from..to], marks.Select(m => (m.Start - from, m.End - from)).ToList()).ToList();
        if (from > 0)
        {
            inner.Insert(0, new Segment("…", false));
        }

        if (to < text.Length)
        {
            inner.Add(new Segment("…", false));
        }

        return inner;
    }

    // Snippet edges move to a space, by at most a few words, and never between the halves of a surrogate pair.
    private static int WordStart(string text, int i)
    {
        var limit = Math.Max(0, i - 40);
        while (i > limit && !char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        return i > 0 && i < text.Length && char.IsLowSurrogate(text[i]) ? i - 1 : i;
    }

    private static int WordEnd(string text, int i)
    {
        var limit = Math.Min(text.Length, i + 40);
        while (i < limit && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i > 0 && i < text.Length && char.IsLowSurrogate(text[i]) ? i + 1 : i;
    }

    /// <summary>Segments as HTML: every piece encoded, marked pieces in &lt;mark&gt;.</summary>
    public static string ToHtml(IEnumerable<Segment> segments)
    {
        var sb = new StringBuilder();
        foreach (var s in segments)
        {
            var text = Html.Encode(s.Text);
            sb.Append(s.Marked ? "<mark>" + text + "</mark>" : text);
        }

        return sb.ToString();
    }
}
