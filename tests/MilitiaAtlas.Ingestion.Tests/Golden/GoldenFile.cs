using System.Text;
using MilitiaAtlas.Ingestion.Model;
using MilitiaAtlas.Ingestion.Reading;

namespace MilitiaAtlas.Ingestion.Tests.Golden;

/// <summary>
/// Golden dumps: one line per item with its span. Set UPDATE_GOLDEN=1 to rewrite the expected files
/// when a change is intended, then review the diff.
/// </summary>
internal static class GoldenFile
{
    public static ProcessedArticle Process(string path)
    {
        var dir = Path.GetDirectoryName(path)!;
        var sidecarPath = Path.Combine(dir, SourcesSidecar.FileName);
        var sidecar = File.Exists(sidecarPath) ? SourcesSidecar.Parse(File.ReadAllText(sidecarPath)) : SourcesSidecar.Empty;
        var decoded = TextDecoder.Decode(File.ReadAllBytes(path));
        Assert.True(decoded.Ok, decoded.Error);
        var (article, _) = ArticleReader.Read(Path.GetFileName(path), decoded.Text!, sidecar.For(Path.GetFileName(path)));
        return Pipeline.Default.Process(article);
    }

    public static string Dump(ProcessedArticle processed)
    {
        var text = processed.Article.Text;
        var m = processed.Article.Metadata;
        var sb = new StringBuilder();
        sb.Append("title ").AppendLine(Quote(m.Title));
        sb.Append("published ").AppendLine(m.Published ?? "null");
        foreach (var p in processed.Passages)
        {
            sb.Append($"passage {p.Id} {p.Span} {PassageIds.KindName(p.Kind)} ").AppendLine(Quote(Head(p.Span.Slice(text))));
            foreach (var s in processed.Sentences.Where(s => s.PassageOrdinal == p.Ordinal))
            {
                sb.Append($"  sentence {s.Span} ").AppendLine(Quote(Head(s.Span.Slice(text))));
            }
        }

        return sb.ToString();
    }

    /// <summary>One line per mention: span, surface, and the article-level actor it resolves to.</summary>
    public static string DumpEntities(ProcessedArticle processed)
    {
        var sb = new StringBuilder();
        foreach (var e in processed.Entities)
        {
            sb.Append($"entity {e.Type.ToString().ToLowerInvariant()}:{Quote(e.Name)}").AppendLine(e.Place is null ? "" : " " + e.Place.Id);
            foreach (var m in e.Mentions)
            {
                sb.AppendLine($"  mention {m.Span} {Quote(m.Surface)}" + (m.Cited != m.Span ? $" cites {Quote(m.Cited.Slice(processed.Article.Text))}" : ""));
            }
        }

        return sb.ToString();
    }

    /// <summary>One line per relation: subject, predicate, object, whether only a quotation states it, and the claim's text.</summary>
    public static string DumpRelations(ProcessedArticle processed)
    {
        var sb = new StringBuilder();
        foreach (var r in processed.Relations)
        {
            var claim = processed.Claims[r.ClaimIndex];
            sb.Append($"relation {Quote(processed.Entities[r.Subject].Name)} {r.Predicate} {Quote(processed.Entities[r.Target].Name)}")
                .Append(r.Quoted ? " quoted" : "")
                .AppendLine($" in {claim.Span} {Quote(Head(claim.Span.Slice(processed.Article.Text)))}");
        }

        return sb.ToString();
    }

    /// <summary>
    /// Claims, relations and events in one dump: each claim with its span, speaker and whether it is quoted; each relation
    /// under its claim; each event with its date, precision, cue, participants and places.
    /// </summary>
    public static string DumpFacts(ProcessedArticle processed)
    {
        var text = processed.Article.Text;
        string Name(int i) => Quote(processed.Entities[i].Name);
        var sb = new StringBuilder();
        foreach (var c in processed.Claims)
        {
            sb.Append($"claim {c.Index} {c.Span}").Append(c.Quoted ? " quoted" : "")
                .Append(c.Speaker is { } sp ? " by " + Name(sp) : "")
                .AppendLine(" " + Quote(Head(c.Span.Slice(text))));
            foreach (var r in processed.Relations.Where(r => r.ClaimIndex == c.Index))
            {
                sb.AppendLine($"  relation {Name(r.Subject)} {r.Predicate} {Name(r.Target)}" + (r.Quoted ? " quoted" : ""));
            }
        }

        foreach (var e in processed.Events)
        {
            var d = e.Date;
            sb.Append($"event claim {e.ClaimIndex} {d.Span} {Quote(d.Text)} {d.Date ?? "null"}").Append(d.EndDate is null ? "" : ".." + d.EndDate)
                .Append($" {d.Precision.ToString().ToLowerInvariant()} cue {Quote(e.Cue)}")
                .Append(" with [").Append(string.Join(", ", e.Participants.Select(Name))).Append(']')
                .Append(" in [").Append(string.Join(", ", e.Places.Select(Name))).AppendLine("]");
        }

        return sb.ToString();
    }

    public static void AssertMatches(string name, string actual)
    {
        var expectedPath = Path.Combine(RepoPaths.Golden, name + ".expected.txt");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1" || !File.Exists(expectedPath))
        {
            File.WriteAllText(expectedPath, actual);
            Assert.True(Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1", $"wrote missing golden file {expectedPath}; review and commit it");
            return;
        }

        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }

    private static string Head(string s)
    {
        s = s.Replace("\n", "\\n");
        return s.Length <= 60 ? s : s[..30] + " … " + s[^25..];
    }

    private static string Quote(string? s) => s is null ? "null" : "\"" + s + "\"";
}
