using MilitiaAtlas.Ingestion.Extraction;
using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Ingestion.Tests.Extraction;

/// <summary>Runs the whole pipeline on a short plain-text article and gives its entities.</summary>
internal sealed class Extract
{
    private Extract(string text, IReadOnlyList<LocalEntity> entities)
    {
        Text = text;
        Entities = entities;
    }

    /// <summary>The stored text: a title line, a blank line, then the paragraphs.</summary>
    public string Text { get; }

    public IReadOnlyList<LocalEntity> Entities { get; }

    /// <summary>"Person: Samir Haddad" for each entity, in order of first mention.</summary>
    public List<string> Summary => Entities.Select(e => $"{e.Type}: {e.Name}").ToList();

    public static Extract From(params string[] paragraphs)
    {
        var text = "Report from the field\n\n" + string.Join("\n\n", paragraphs) + "\n";
        var article = new Article("test.txt", ArticleFormat.PlainText, text, ArticleMetadata.Empty);
        var processed = Pipeline.Default.Process(article);
        foreach (var mention in processed.Entities.SelectMany(e => e.Mentions))
        {
            // The surface is the text at the span, except a name with a quoted nickname inside, which is filed without it.
            // A name may run over the line break of wrapped text: its surface has a space there.
            var written = System.Text.RegularExpressions.Regex.Replace(mention.Span.Slice(text), @"\s+", " ");
            Assert.True(mention.Surface == written || mention.Surface == System.Text.RegularExpressions.Regex.Replace(written, @" [""“'‘][^""”'’]+[""”'’] ", " "),
                $"surface '{mention.Surface}' at '{written}'");
            Assert.True(mention.TitleStart is null || mention.TitleStart < mention.Span.Start);
            Assert.True(mention.Cited.Start <= mention.Span.Start && mention.Cited.End >= mention.Span.End);
        }

        return new Extract(text, processed.Entities);
    }

    /// <summary>The one entity with this display name.</summary>
    public LocalEntity Named(string name) => Assert.Single(Entities, e => e.Name == name);

    /// <summary>The surfaces of an entity's mentions, in text order.</summary>
    public List<string> Mentions(string name) => Named(name).Mentions.Select(m => m.Surface).ToList();

    /// <summary>
    /// What each mention of an entity cites, in text order: the name with the title or the words written with it, if any.
    /// </summary>
    public List<string> Cited(string name) => Named(name).Mentions.Select(m => m.Cited.Slice(Text)).ToList();
}
