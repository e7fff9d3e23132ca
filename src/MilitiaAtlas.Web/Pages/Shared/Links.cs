namespace MilitiaAtlas.Web.Pages.Citations;

/// <summary>
/// Every URL the site links to, in one place: entity profiles, sources, their paragraphs and cited spans, and the
/// timeline filtered to an entity. Ids are escaped here, so no page builds a URL by hand.
/// </summary>
public static class Links
{
    /// <summary>The path segment of an entity type: person → people, group → groups, place → places.</summary>
    public static string EntityKind(string type) => type switch
    {
        "person" => "people",
        "group" => "groups",
        _ => "places",
    };

    /// <summary>The entity type a path segment names (the inverse of <see cref="EntityKind"/>).</summary>
    public static string TypeOfKind(string kind) => kind switch
    {
        "people" => "person",
        "groups" => "group",
        _ => "place",
    };

    public static string Entity(string type, string id) => $"/{EntityKind(type)}/{Uri.EscapeDataString(id)}";

    /// <summary>The search page for a query, with its filters: one kind of result, years, a page of that kind.</summary>
    public static string Search(string q, string? kind = null, int? from = null, int? to = null, int page = 1) =>
        "/search?q=" + Uri.EscapeDataString(q)
        + (kind is null ? "" : "&kind=" + Uri.EscapeDataString(kind))
        + (from is null ? "" : "&from=" + from.Value.ToString("D4", System.Globalization.CultureInfo.InvariantCulture))
        + (to is null ? "" : "&to=" + to.Value.ToString("D4", System.Globalization.CultureInfo.InvariantCulture))
        + (page > 1 ? "&page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");

    public static string Source(string id) => "/sources/" + Uri.EscapeDataString(id);

    /// <summary>The page where editors add sources.</summary>
    public const string AddSource = "/add-source";

    /// <summary>The progress of one job of adding sources, and its JSON status (<c>/status</c> after it).</summary>
    public static string AddJob(string jobId) => $"{AddSource}/{Uri.EscapeDataString(jobId)}";

    /// <summary>A paragraph of a source: its reader, scrolled to the paragraph's anchor.</summary>
    public static string Passage(string sourceId, long ordinal) => $"{Source(sourceId)}#p-{ordinal}";

    /// <summary>The reader with exactly <paramref name="start"/>–<paramref name="end"/> highlighted, scrolled to its paragraph.</summary>
    public static string Cited(string sourceId, long start, long end, long passageOrdinal) => $"{Source(sourceId)}?hl={start}-{end}#p-{passageOrdinal}";

    /// <summary>Where the CSV twins of the pages are served: <see cref="Csv"/> puts a page's path after it.</summary>
    public const string CsvPrefix = "/api/csv";

    /// <summary>
    /// The CSV download of a page: the same path and query under <see cref="CsvPrefix"/> (<c>/people?q=x</c> →
    /// <c>/api/csv/people?q=x</c>), without the page number, since the download holds every row that matches.
    /// </summary>
    public static string Csv(PathString path, IQueryCollection query) =>
        CsvPrefix + path + QueryString.Create(query.Where(q => q.Key != "page"));

    /// <summary>The network view: the whole atlas, or one actor and its neighbours.</summary>
    public static string Network(string? focus = null) =>
        focus is null ? "/network" : "/network?focus=" + Uri.EscapeDataString(focus);

    /// <summary>The network of one actor as JSON (what the profile's ego network draws).</summary>
    public static string GraphApi(string focus, int depth) => $"/api/graph?focus={Uri.EscapeDataString(focus)}&depth={depth}";

    /// <summary>The evidence of one relation as JSON, within the years given (what a click on an edge lists).</summary>
    public static string GraphEvidence(string subject, string predicate, string obj, int? from, int? to) =>
        $"/api/graph/evidence?subject={Uri.EscapeDataString(subject)}&predicate={Uri.EscapeDataString(predicate)}&object={Uri.EscapeDataString(obj)}"
        + (from is null ? "" : $"&from={from:D4}") + (to is null ? "" : $"&to={to:D4}");

    /// <summary>The map: every place with coordinates, or those one actor is linked to.</summary>
    public static string Map(string? actor = null) =>
        actor is null ? "/map" : "/map?actor=" + Uri.EscapeDataString(actor);

    /// <summary>The country shapes every map draws (vendored by tools/vendor-web.sh).</summary>
    public const string CountryShapes = "/lib/world-atlas/countries-110m.json";

    /// <summary>The timeline of one entity: a place filters by place, a group by group, a person as an actor.</summary>
    public static string Timeline(string type, string id) =>
        $"/timeline?{(type == "place" ? "place" : type == "group" ? "group" : "actor")}={Uri.EscapeDataString(id)}";
}
