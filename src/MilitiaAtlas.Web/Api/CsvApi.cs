using CsvHelper;
using MilitiaAtlas.Atlas.Data;
using MilitiaAtlas.Atlas.Export;
using MilitiaAtlas.Web.Infrastructure;
using MilitiaAtlas.Web.Pages.Citations;
using MilitiaAtlas.Web.Pages.Entities;
using MilitiaAtlas.Web.Pages.Search;
using MilitiaAtlas.Web.Pages.Sources;
using MilitiaAtlas.Web.Pages.Timeline;

namespace MilitiaAtlas.Web.Api;

/// <summary>A row of a list of people, groups or places, with the list's counts.</summary>
[CsvRecord]
public sealed partial record EntityListCsvRow(
    [property: CsvColumn("entity_id")] string EntityId,
    [property: CsvColumn("type")] string Type,
    [property: CsvColumn("name")] string Name,
    [property: CsvColumn("mentions")] long Mentions,
    [property: CsvColumn("sources")] long Sources,
    [property: CsvColumn("relations")] long Relations,
    [property: CsvColumn("events")] long Events,
    [property: CsvColumn("curated")] bool Curated,
    [property: CsvColumn("url")] string Url);

/// <summary>
/// One line of a profile: a name used (<c>alias</c>), a citation of a relation or an event, a claim the actor made
/// (<c>said</c>) or one that names it (<c>about</c>), or a source that mentions it (<c>source</c>).
/// </summary>
[CsvRecord]
public sealed partial record ProfileCsvRow(
    [property: CsvColumn("section")] string Section,
    [property: CsvColumn("label")] string Label,
    [property: CsvColumn("entity_id")] string? EntityId,
    [property: CsvColumn("name")] string? Name,
    [property: CsvColumn("count")] long? Count,
    [property: CsvColumn("date")] string? Date,
    [property: CsvColumn("text")] string? Text,
    [property: CsvColumn("source_id")] string? SourceId,
    [property: CsvColumn("source")] string? Source,
    [property: CsvColumn("quote")] string? Quote,
    [property: CsvColumn("start")] long? Start,
    [property: CsvColumn("end")] long? End,
    [property: CsvColumn("url")] string? Url);

/// <summary>An event of the timeline, with the sources that report it and the links to each cited sentence.</summary>
[CsvRecord]
public sealed partial record TimelineCsvRow(
    [property: CsvColumn("event_id")] string EventId,
    [property: CsvColumn("date")] string Date,
    [property: CsvColumn("when")] string When,
    [property: CsvColumn("summary")] string Summary,
    [property: CsvColumn("disputed")] bool Disputed,
    [property: CsvColumn("reported_dates")] string ReportedDates,
    [property: CsvColumn("participants")] string Participants,
    [property: CsvColumn("places")] string Places,
    [property: CsvColumn("sources")] string Sources,
    [property: CsvColumn("citations")] string Citations);

/// <summary>A search result: a person, group or place, a claim or a source, with the text that matched.</summary>
[CsvRecord]
public sealed partial record SearchCsvRow(
    [property: CsvColumn("kind")] string Kind,
    [property: CsvColumn("id")] string Id,
    [property: CsvColumn("name")] string Name,
    [property: CsvColumn("text")] string Text,
    [property: CsvColumn("url")] string Url);

/// <summary>A source of the source list, with its counts.</summary>
[CsvRecord]
public sealed partial record SourceListCsvRow(
    [property: CsvColumn("source_id")] string SourceId,
    [property: CsvColumn("title")] string Title,
    [property: CsvColumn("outlet")] string? Outlet,
    [property: CsvColumn("author")] string? Author,
    [property: CsvColumn("published")] string? Published,
    [property: CsvColumn("paragraphs")] long Paragraphs,
    [property: CsvColumn("sentences")] long Sentences,
    [property: CsvColumn("quoted_paragraphs")] long QuotedParagraphs,
    [property: CsvColumn("url")] string Url);

/// <summary>
/// CSV downloads (docs/api.md, "CSV"): the atlas's tables as the export verb writes them, and the CSV twin of each list,
/// profile, timeline and search page (<see cref="Links.Csv"/>), from the page's own query. Written with
/// <see cref="SpreadsheetCsv"/>'s rules, so no cell opens as a formula; links are absolute, so they work from a spreadsheet.
/// </summary>
public static class CsvApi
{
    public static IEndpointRouteBuilder MapCsvApi(this IEndpointRouteBuilder app)
    {
        app.MapRead("/api/export/{table}.csv", async (string table, AtlasDatabase database, CancellationToken ct) =>
        {
            if (!CsvExport.Tables.Contains(table))
            {
                return ErrorResponses.Problem(StatusCodes.Status404NotFound, "no such table: the tables are " + string.Join(", ", CsvExport.Tables));
            }

            var atlas = await AtlasTables.LoadAsync(database, ct);
            return Results.Stream(s => CsvExport.WriteTableAsync(atlas, table, s, ct), SpreadsheetCsv.ContentType, table + ".csv");
        }).AsCsv("One table of the whole atlas as CSV: entities, relations, events, claims or sources");

        app.MapRead(Links.CsvPrefix + "/{kind:regex(^(people|groups|places)$)}", async (string kind, string? q, string? sort, HttpContext http, EntityListQuery query, CancellationToken ct) =>
        {
            var d = await query.AllAsync(Links.TypeOfKind(kind), q, sort, ct);
            return Csv(kind + ".csv", d.Rows.Select(r => new EntityListCsvRow(r.Id, d.Type, r.Name, r.Mentions, r.Sources, r.Relations, r.Events, r.Curated != 0,
                Absolute(http, Links.Entity(d.Type, r.Id)))));
        }).AsCsv("A list of people, groups or places as CSV: every row that matches the filter");

        app.MapRead(Links.CsvPrefix + "/{kind:regex(^(people|groups|places)$)}/{id}", async (string kind, string id, HttpContext http, ProfileQuery query, CancellationToken ct) =>
            await query.RunAsync(id, ct) is { } d
                ? Csv(id + ".csv", Profile(http, d))
                : ErrorResponses.Problem(StatusCodes.Status404NotFound, "no entity with this id", id))
            .AsCsv("A profile as CSV: names used, relations and events with their citations, claims and sources");

        app.MapRead(Links.CsvPrefix + "/timeline", async (string? actor, string? group, string? place, string? from, string? to, HttpContext http, TimelineQuery query, CancellationToken ct) =>
        {
            var d = await query.RunAsync(new TimelineQuery.Filters(actor, group, place, from, to), ct);
            return Csv("timeline.csv", d.Events.Select(e => new TimelineCsvRow(e.Id, e.Date, e.When, e.Summary, e.Disputed,
                SpreadsheetCsv.List(e.ReportedDates), SpreadsheetCsv.List(e.Participants.Select(p => p.Name)), SpreadsheetCsv.List(e.Places.Select(p => p.Name)),
                SpreadsheetCsv.List(e.Evidence.Select(c => c.SourceTitle).Distinct()), SpreadsheetCsv.List(e.Evidence.Select(c => Absolute(http, c.Url))))));
        }).AsCsv("The timeline as CSV, with the same filters");

        app.MapRead(Links.CsvPrefix + "/search", async (string? q, string? kind, string? from, string? to, int? page, HttpContext http, SearchQuery query, CancellationToken ct) =>
        {
            var filters = SearchQuery.Filters.Parse(kind, from, to, page, out var error);
            if (error is not null)
            {
                return ErrorResponses.Problem(StatusCodes.Status400BadRequest, error);
            }

            var r = await query.RunAsync(q, filters, ct);
            return Csv("search.csv",
                r.Entities.Select(e => new SearchCsvRow(e.Type, e.Id, e.Name, Plain(e.Highlighted), Absolute(http, e.Url)))
                    .Concat(r.Claims.Concat(r.Sources).Select(t => new SearchCsvRow(t.Kind, t.Id, t.Title, Plain(t.Snippet), Absolute(http, t.Url)))));
        }).AsCsv("The search results as CSV, with the same filters and page");

        app.MapRead(Links.CsvPrefix + "/sources", async (HttpContext http, SourceListQuery query, CancellationToken ct) =>
            Csv("sources.csv", (await query.RunAsync(ct)).Select(s => new SourceListCsvRow(s.Id, s.Title, s.Outlet, s.Author, s.Published,
                s.BodyPassages, s.Sentences, s.ReusedPassages, Absolute(http, Links.Source(s.Id))))))
            .AsCsv("The source list as CSV");
        return app;
    }

    /// <summary>What the OpenAPI document says of a CSV endpoint: its summary, and a 200 of text/csv.</summary>
    private static RouteHandlerBuilder AsCsv(this RouteHandlerBuilder endpoint, string summary) =>
        endpoint.WithSummary(summary).Produces(StatusCodes.Status200OK, contentType: "text/csv");

    private static IEnumerable<ProfileCsvRow> Profile(HttpContext http, ProfileQuery.Result d)
    {
        ProfileCsvRow Cited(string section, string label, Citation c) =>
            new(section, label, null, null, null, null, null, c.SourceId, c.SourceTitle, c.Quote, c.Start, c.End, Absolute(http, c.Url));

        foreach (var a in d.Aliases)
        {
            yield return new ProfileCsvRow("alias", "name used", null, null, a.Count, null, a.Alias, null, null, null, null, null, null);
        }

        foreach (var a in d.CuratedAliases)
        {
            yield return new ProfileCsvRow("alias", "curated", null, null, null, null, a, null, null, null, null, null, null);
        }

        foreach (var r in d.Relations.SelectMany(g => g.Relations))
        {
            foreach (var c in r.Evidence)
            {
                yield return Cited("relation", r.Label, c) with { EntityId = r.OtherId, Name = r.OtherName, Count = r.IndependentSources };
            }
        }

        foreach (var e in d.Events)
        {
            foreach (var c in e.Evidence)
            {
                yield return Cited("event", e.When, c) with { Date = e.Date, Text = e.Summary };
            }
        }

        foreach (var c in d.OwnClaims)
        {
            yield return Cited("said", "", c);
        }

        foreach (var c in d.AboutClaims)
        {
            yield return Cited("about", "", c);
        }

        foreach (var s in d.Sources)
        {
            yield return new ProfileCsvRow("source", s.Outlet ?? "", null, null, s.Mentions, s.Published, null, s.Id, s.Title, null, null, null, Absolute(http, Links.Source(s.Id)));
        }
    }

    private static IResult Csv<T>(string fileName, IEnumerable<T> rows)
    {
        var list = rows.ToList();
        return Results.Stream(s => SpreadsheetCsv.WriteAsync(s, list, CancellationToken.None), SpreadsheetCsv.ContentType, fileName);
    }

    private static string Plain(IEnumerable<SearchQuery.Segment> segments) => string.Concat(segments.Select(s => s.Text));

    /// <summary>A site link made absolute (the request's scheme and host; behind a proxy, the forwarded ones), so it opens from a spreadsheet.</summary>
    private static string Absolute(HttpContext http, string path) => $"{http.Request.Scheme}://{http.Request.Host}{path}";
}
