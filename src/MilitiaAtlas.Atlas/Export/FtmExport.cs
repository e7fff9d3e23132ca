using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using MilitiaAtlas.Ingestion.Claims;
using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Atlas.Export;

/// <summary>One FollowTheMoney entity: an id, a schema and multi-valued string properties.</summary>
public sealed class FtmEntity(string id, string schema)
{
    public string Id { get; } = id;

    public string Schema { get; } = schema;

    public SortedDictionary<string, List<string>> Properties { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The longest value FtM takes for the properties this export writes: their type's limit (types.json: name 384,
    /// address 250, string 1024, text 65,000). A longer value (a title guessed from a long first line) is cut to it.
    /// </summary>
    public static IReadOnlyDictionary<string, int> MaxLength { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["name"] = 384,
        ["alias"] = 384,
        ["full"] = 250,
        ["location"] = 250,
        ["title"] = 1024,
        ["author"] = 1024,
        ["publisher"] = 1024,
        ["fileName"] = 1024,
        ["role"] = 1024,
        ["recordId"] = 1024,
        ["summary"] = 65_000,
        ["description"] = 65_000,
    };

    /// <summary>Adds a value (skipping empty ones and repeats, cutting one longer than FtM takes) and returns the entity.</summary>
    public FtmEntity Add(string property, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return this;
        }

        if (MaxLength.TryGetValue(property, out var max) && value.Length > max)
        {
            var cut = char.IsHighSurrogate(value[max - 2]) ? max - 2 : max - 1;
            value = value[..cut] + "…";
        }

        if (!Properties.TryGetValue(property, out var values))
        {
            Properties[property] = values = [];
        }

        if (!values.Contains(value, StringComparer.Ordinal))
        {
            values.Add(value);
        }

        return this;
    }

    public FtmEntity AddAll(string property, IEnumerable<string?> values)
    {
        foreach (var v in values)
        {
            Add(property, v);
        }

        return this;
    }
}

/// <summary>Which FtM schema carries a relation, and which of its properties hold the subject and the object.</summary>
public sealed record FtmEdge(string Schema, string SubjectProperty, string ObjectProperty);

/// <summary>
/// The atlas as FollowTheMoney entities, one JSON object a line (<c>{"id", "schema", "properties"}</c>), for Aleph,
/// OpenAleph and the ftm tools (docs/export-format.md, "FollowTheMoney"). People are Person, groups Organization, places
/// Address; each source is an Article. A relation becomes one edge entity for each claim that states it (Membership,
/// Directorship or UnknownLink), and every such statement carries its own provenance: the claim id (recordId), the
/// sentence (description), the source and passage it stands in (summary), the outlet (publisher) and the source's URL.
/// Events are Event entities; each report of an event, and each source's first sentence naming an entity, is a
/// Documentation linking the Article to it with the same provenance.
/// </summary>
public static partial class FtmExport
{
    /// <summary>The namespace of every id this export makes.</summary>
    public const string IdPrefix = "ma";

    public static FtmEdge Link { get; } = new("UnknownLink", "subject", "object");

    // The relations FtM has a schema for, when both ends fit it (a person or group, and a group as the Organization);
    // every other relation, or one with a place at an end, is an UnknownLink whose role is the predicate's label.
    private static readonly Dictionary<string, FtmEdge> Edges = new(StringComparer.Ordinal)
    {
        [Predicates.MemberOf] = new("Membership", "member", "organization"),
        [Predicates.PartOf] = new("Membership", "member", "organization"),
        [Predicates.SpokespersonFor] = new("Membership", "member", "organization"),
        [Predicates.Leads] = new("Directorship", "director", "organization"),
        [Predicates.Commands] = new("Directorship", "director", "organization"),
        [Predicates.HoldsOffice] = new("Directorship", "director", "organization"),
    };

    /// <summary>The FtM schema of an entity type: person → Person, group → Organization, place → Address.</summary>
    public static string SchemaOf(string entityType) => entityType switch
    {
        "person" => "Person",
        "group" => "Organization",
        _ => "Address",
    };

    public static FtmEdge EdgeFor(string predicate, string subjectType, string objectType) =>
        Edges.TryGetValue(predicate, out var edge) && subjectType is "person" or "group" && objectType == "group" ? edge : Link;

    /// <summary>The mapping of the relation vocabulary as markdown, the form docs/export-format.md carries it in.</summary>
    public static string MappingMarkdown()
    {
        var lines = new List<string>
        {
            "| predicate | person or group → group | any other ends |",
            "|---|---|---|",
        };
        foreach (var p in PredicateTable.All)
        {
            var edge = EdgeFor(p.Name, "person", "group");
            var named = edge == Link ? "UnknownLink (`subject`, `object`)" : $"{edge.Schema} (`{edge.SubjectProperty}`, `{edge.ObjectProperty}`)";
            lines.Add($"| `{p.Name}` | {named} | UnknownLink (`subject`, `object`) |");
        }

        return string.Join("\n", lines) + "\n";
    }

    public static string EntityId(string entityId) => Id("ent", entityId);

    public static string SourceId(string sourceId) => Id("src", sourceId);

    /// <summary>An event's id is already "ev-…", a relation's "rel-…".</summary>
    public static string EventId(string eventId) => Id(null, eventId);

    /// <summary>The edge entity of one claim's statement of a relation: the relation's id and the claim's hash.</summary>
    public static string StatementId(string relationId, string claimId) => Id(null, relationId) + "-" + Ingest.Slugs.ShortHash(claimId);

    /// <summary>The Documentation of one claim about an entity or event: the FtM id of what it documents and the claim's hash.</summary>
    public static string DocumentationId(string documentedId, string claimId) => documentedId + "-doc-" + Ingest.Slugs.ShortHash(claimId);

    public static async Task WriteAsync(AtlasTables atlas, Stream output, CancellationToken ct)
    {
        await using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = ExportWriter.Encoder });
        foreach (var entity in Entities(atlas))
        {
            w.Reset();
            Write(w, entity);
            await w.FlushAsync(ct);
            output.WriteByte((byte)'\n');
        }

        await output.FlushAsync(ct);
    }

    /// <summary>Every entity of the export, in the order written: articles, actors and places, relations, events.</summary>
    public static IEnumerable<FtmEntity> Entities(AtlasTables atlas)
    {
        foreach (var s in atlas.Sources)
        {
            yield return new FtmEntity(SourceId(s.Id), "Article")
                .Add("fileName", s.File)
                .Add("title", s.Title)
                .Add("author", s.Author)
                .Add("publishedAt", FtmDate(s.Published))
                .Add("publisher", s.Outlet)
                .Add("sourceUrl", WebUrl(s.Url));
        }

        // The first sentence of each source that names an entity: where the atlas found it.
        var naming = atlas.Claims.SelectMany(c => c.EntityIds.Select(e => (Entity: e, Claim: c)))
            .GroupBy(x => x.Entity, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.GroupBy(x => x.Claim.SourceId, StringComparer.Ordinal).Select(s => s.First().Claim).ToList(), StringComparer.Ordinal);
        foreach (var e in atlas.Entities)
        {
            var found = naming.GetValueOrDefault(e.Id) ?? [];
            var entity = new FtmEntity(EntityId(e.Id), SchemaOf(e.Type))
                .Add("name", e.Name)
                .AddAll("alias", e.Aliases)
                .AddAll("proof", found.Select(c => SourceId(c.SourceId)));
            if (e.Type == "place")
            {
                entity.Add("full", e.Name)
                    .Add("country", e.Country?.ToLowerInvariant())
                    .Add("latitude", e.Lat?.ToString("R", CultureInfo.InvariantCulture))
                    .Add("longitude", e.Lon?.ToString("R", CultureInfo.InvariantCulture));
            }

            yield return entity;
            foreach (var c in found)
            {
                yield return Documentation(atlas, c, EntityId(e.Id), "mention");
            }
        }

        foreach (var r in atlas.Relations)
        {
            if (!atlas.EntitiesById.TryGetValue(r.SubjectId, out var subject) || !atlas.EntitiesById.TryGetValue(r.ObjectId, out var target))
            {
                continue;
            }

            var edge = EdgeFor(r.Predicate, subject.Type, target.Type);
            var label = PredicateTable.Get(r.Predicate)?.Label ?? r.Predicate;
            foreach (var claimId in r.ClaimIds)
            {
                var c = atlas.ClaimsById[claimId];
                yield return WithProvenance(new FtmEntity(StatementId(r.Id, c.Id), edge.Schema), atlas, c)
                    .Add(edge.SubjectProperty, EntityId(r.SubjectId))
                    .Add(edge.ObjectProperty, EntityId(r.ObjectId))
                    .Add("role", label);
            }
        }

        foreach (var e in atlas.Events)
        {
            var places = e.PlaceIds.Select(atlas.EntitiesById.GetValueOrDefault).OfType<EntityRecord>().ToList();
            var ev = new FtmEntity(EventId(e.Id), "Event")
                .Add("name", Shorten(e.Summary, 200))
                .Add("summary", e.Summary)
                .AddAll("involved", e.ParticipantIds.Where(id => atlas.EntitiesById.GetValueOrDefault(id)?.Type is "person" or "group").Select(EntityId))
                .AddAll("addressEntity", places.Select(p => EntityId(p.Id)))
                .AddAll("location", places.Select(p => p.Name))
                .AddAll("country", places.Select(p => p.Country?.ToLowerInvariant()))
                .AddAll("proof", e.ClaimIds.Select(id => SourceId(atlas.ClaimsById[id].SourceId)));
            if (e.EndDate is not null)
            {
                ev.Add("startDate", FtmDate(e.Date)).Add("endDate", FtmDate(e.EndDate));
            }
            else
            {
                ev.Add("date", FtmDate(e.Date));
            }

            // Sources that disagree on the date: every date given, so the disagreement travels with the event.
            if (e.Disputed)
            {
                ev.AddAll("date", e.ReportedDates.Select(d => FtmDate(d.Date)));
            }

            yield return ev;
            foreach (var report in e.ReportedDates)
            {
                yield return Documentation(atlas, atlas.ClaimsById[report.ClaimId], EventId(e.Id), "report: " + report.DateText)
                    .Add("date", FtmDate(report.Date));
            }
        }
    }

    private static FtmEntity Documentation(AtlasTables atlas, ClaimRecord c, string entity, string role) =>
        WithProvenance(new FtmEntity(DocumentationId(entity, c.Id), "Documentation"), atlas, c)
            .Add("document", SourceId(c.SourceId))
            .Add("entity", entity)
            .Add("role", role);

    /// <summary>A statement's provenance: the claim, its sentence, its source and passage, the outlet and the source's URL.</summary>
    private static FtmEntity WithProvenance(FtmEntity entity, AtlasTables atlas, ClaimRecord c)
    {
        var s = atlas.SourcesById[c.SourceId];
        var where = string.Create(CultureInfo.InvariantCulture,
            $"{s.Title} ({s.Outlet ?? "unknown outlet"}, {s.Published ?? "undated"}), passage {PassageIds.Format(c.PassageOrdinal)}, characters {c.Start}-{c.End}");
        if (c.ReusedFrom is { } copied)
        {
            where += ", a copy of " + copied.ClaimId;
        }

        return entity.Add("recordId", c.Id)
            .Add("description", c.Quote)
            .Add("summary", where)
            .Add("publisher", s.Outlet)
            .Add("sourceUrl", WebUrl(s.Url));
    }

    private static void Write(Utf8JsonWriter w, FtmEntity entity)
    {
        w.WriteStartObject();
        w.WriteString("id", entity.Id);
        w.WriteString("schema", entity.Schema);
        w.WriteStartObject("properties");
        foreach (var (name, values) in entity.Properties)
        {
            ClaimsExport.WriteStrings(w, name, values);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>"ma-KIND-ID" when the id is already a slug (FtM allows letters, digits, dots and hyphens), else a hash of it.</summary>
    private static string Id(string? kind, string id) =>
        $"{IdPrefix}-{(kind is null ? "" : kind + "-")}{(SlugId().IsMatch(id) ? id : Ingest.Slugs.ShortHash(id))}";

    // FtM dates are ISO 8601 prefixes: YYYY, YYYY-MM or YYYY-MM-DD, as the atlas stores them.
    private static string? FtmDate(string? date) => date is not null && IsoDate().IsMatch(date) ? date : null;

    private static string? WebUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) ? url : null;

    private static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > max / 2 ? cut : max - 1)].TrimEnd() + "…";
    }

    [GeneratedRegex("^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$")]
    private static partial Regex SlugId();

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex IsoDate();
}
