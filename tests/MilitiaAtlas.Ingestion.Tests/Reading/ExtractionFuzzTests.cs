using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Ingestion.Tests.Reading;

/// <summary>
/// A grammar fuzz of the extraction stages: a fixed seed strings together the pieces that make the frames work hard
/// (quoted nicknames inside names, particles, acronyms in brackets, titles, filed "LAST, First" names, field labels,
/// quotations, dates, "from" and "against", lists and stray punctuation) into a few hundred articles, and every one
/// must come through the whole pipeline with spans inside the text. A stage that measures the text between two
/// mentions, or slices around a match, meets here the shapes one article in a hundred has. The seed is fixed, so a
/// failure reproduces; change <see cref="Seed"/> locally to explore further.
/// </summary>
public sealed class ExtractionFuzzTests
{
    private const int Seed = 17;
    private const int Articles = 300;

    private static readonly string[] Names =
    [
        "Musa \"Falcon\" Darka", "Abu Bakr al-Zayudi", "Lina bint Omar", "Tamaro Defense Brigades", "the Zayudi Front",
        "Jabhat Wadi", "the Northern Council (NC)", "NC", "Kessa", "Paraguay", "the Dawn Brigades", "DARKA, Musa",
        "Senior General Omar Haddad", "Haddad", "Commander Abu \"the Hawk\" Reza", "the Wadi rebels", "Ansar al-Sahil",
        "Darka's", "the Front's", "\"Falcon\"", "Lieutenant Colonel Ali Kessa", "Kessa Province", "the United Nations",
    ];

    private static readonly string[] Words =
    [
        "said", "led by", "backed by", "against", "from", "recaptured", "attacked", "the leader of", "a spokesman for",
        "also known as", "a.k.a.", "joined", "split from", "on Monday", "on 3 March 2021", "in late 2024", "last week",
        "fighters", "commander", "and", "or", "who heads", "was named", "head of", "in", "near", "the town of", "its",
        "Listed on: 10/12/2008", "DOB:", "POB:", "AKA:", "\u2014", "-", "(", ")", "\"", "\u201c", "\u201d", ",", ";", ":", ".",
        "'s", "?", "Q:", "A:", "###", "By", "-backed", "told reporters", "he said", "according to",
        "999 days later", "a year earlier", "that September", "Listed on: 31/12/2008", "10/12/2008", "(amended entry)",
        "Position:", "Founder and emir of", "\n1.", "\n", "51st Brigade", "313 Brigade", "whose", "us", "me", "known by its Arabic name",
    ];

    [Fact]
    public void Hundreds_of_generated_articles_each_come_through_every_stage_with_spans_inside_the_text()
    {
        var random = new Random(Seed);
        for (var n = 0; n < Articles; n++)
        {
            var text = Generate(random);
            var article = new Article($"f{n}.txt", n % 3 == 0 ? ArticleFormat.Markdown : ArticleFormat.PlainText, text,
                new ArticleMetadata(Title: "Fuzz", Published: "2020-05-06"));
            ProcessedArticle p;
            try
            {
                p = Pipeline.Default.Process(article);
            }
            catch (Exception e)
            {
                Assert.Fail($"article {n} threw {e.GetType().Name}: {e.Message}\n{e.StackTrace}\n--- text ---\n{text}");
                return;
            }

            var inside = p.Sentences.Select(s => s.Span)
                .Concat(p.Entities.SelectMany(e => e.Mentions).Select(m => m.Span))
                .Concat(p.Claims.Select(c => c.Span))
                .Concat(p.Events.Select(e => e.Date.Span))
                .All(s => s.Start >= 0 && s.Start <= s.End && s.End <= text.Length);
            Assert.True(inside, $"article {n}: a span outside the text\n{text}");
        }
    }

    private static string Generate(Random random)
    {
        var paragraphs = new List<string>();
        for (var p = random.Next(1, 8); p > 0; p--)
        {
            var pieces = new List<string>();
            for (var k = random.Next(3, 40); k > 0; k--)
            {
                pieces.Add(random.Next(3) == 0 ? Words[random.Next(Words.Length)] : Names[random.Next(Names.Length)]);
                if (random.Next(6) == 0)
                {
                    pieces.Add(Words[random.Next(Words.Length)]);
                }
            }

            paragraphs.Add(string.Join(random.Next(8) == 0 ? "" : " ", pieces));
        }

        return "Fuzz\n\n" + string.Join(random.Next(5) == 0 ? "\n" : "\n\n", paragraphs) + "\n";
    }
}
