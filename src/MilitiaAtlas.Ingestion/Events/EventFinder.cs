using System.Text.RegularExpressions;
using MilitiaAtlas.Ingestion.Claims;
using MilitiaAtlas.Ingestion.Dates;
using MilitiaAtlas.Ingestion.Extraction;

namespace MilitiaAtlas.Ingestion.Events;

/// <summary>
/// A dated happening stated by one claim: the date phrase (resolved against the publication date), the
/// happening's cue word, a short summary, and who took part where (indexes into the article's entities).
/// </summary>
public sealed record EventCandidate(int ClaimIndex, DateMention Date, string Cue, string Summary, IReadOnlyList<int> Participants, IReadOnlyList<int> Places);

/// <summary>
/// Finds dated events: a claim with a resolvable date phrase and a word for a happening (a meeting,
/// attack, founding, election, alliance, release, strike, siege, designation, appointment…). Undated
/// claims, and dates the text cannot fix without guessing, make no event. Participants are the people and
/// groups named in the claim, plus the one a subject pronoun ("He was released…") or "the group" refers
/// to; places are the places named, plus the country of a demonym ("the Iraqi parliament passed…").
/// </summary>
public static partial class EventFinder
{
    public static IReadOnlyList<EventCandidate> Find(string text, IReadOnlyList<Claim> claims, IReadOnlyList<LocalEntity> entities, string? published, Gazetteer gazetteer)
    {
        var result = new List<EventCandidate>();
        int? lastPerson = null;
        int? lastGroup = null;
        foreach (var claim in claims)
        {
            var sentence = text[claim.Span.Start..claim.Span.End];
            var persons = claim.Entities.Where(e => entities[e].Type == EntityType.Person).ToList();
            var groups = claim.Entities.Where(e => entities[e].Type == EntityType.Group).ToList();
            var cue = FirstCue(sentence);
            if (cue is not null)
            {
                var dates = DateFinder.Find(text, claim.Span, published).Where(d => d.Date is not null).ToList();
                if (dates.Count > 0)
                {
                    var participants = persons.Concat(groups).ToList();
                    if (SubjectPronoun().IsMatch(sentence) && lastPerson is int p)
                    {
                        participants.Add(p);
                    }

                    if (groups.Count == 0 && TheGroup().IsMatch(sentence) && lastGroup is int g)
                    {
                        participants.Add(g);
                    }

                    var places = claim.Entities.Where(e => entities[e].Type == EntityType.Place).ToList();
                    places.AddRange(DemonymCountries(sentence, entities, gazetteer));
                    foreach (var d in dates)
                    {
                        result.Add(new EventCandidate(claim.Index, d, cue.ToLowerInvariant(), Summary(sentence),
                            participants.Distinct().ToList(), places.Distinct().ToList()));
                    }
                }
            }

            lastPerson = persons.Count > 0 ? persons[0] : lastPerson;
            lastGroup = groups.FirstOrDefault(g => entities[g].Name.Split(' ').All(w => w.Length > 0 && char.IsUpper(w[NameLexicon.ParticlePrefixLength(w)]))) is var named && groups.Contains(named) ? named : lastGroup;
        }

        return result;
    }

    private static IEnumerable<int> DemonymCountries(string sentence, IReadOnlyList<LocalEntity> entities, Gazetteer gazetteer)
    {
        foreach (Match m in Capitalized().Matches(sentence))
        {
            if (gazetteer.FindDemonym(m.Value) is { } place)
            {
                for (var i = 0; i < entities.Count; i++)
                {
                    if (entities[i].Place?.Id == place.Id)
                    {
                        yield return i;
                    }
                }
            }
        }
    }

    private static string Summary(string sentence)
    {
        var s = Space().Replace(sentence, " ").Trim();
        return s.Length <= 220 ? s : s[..s.LastIndexOf(' ', 217)] + "…";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"\b[A-Z][a-z]+\b")]
    private static partial Regex Capitalized();

    [GeneratedRegex(@"^\W*(?:He|She)\b|,\s(?:he|she)\s(?:was|had|has|is|told|said|met|took|became|announced)\b")]
    private static partial Regex SubjectPronoun();

    [GeneratedRegex(@"\bthe (?:group|militia|movement|organization|organisation|network)\b")]
    private static partial Regex TheGroup();

    /// <summary>The words that make a dated claim an event, as a regex alternation (letters only, one word each).</summary>
    private const string CueWords = "met|meet|meeting|meetings|talks|summit|attack|attacks|attacked|assault|bombing|bombings|bombed|bomb|strike|strikes|struck|airstrike|airstrikes|raid|raided|ambush|ambushed|shelling|shelled|killed|killing|killings|murder|murdered|massacre|executed|execution|shot|assassinated|assassination|kidnapped|abducted|captured|seized|took|retook|recaptured|liberated|fell|fall|collapse|collapsed|besieged|siege|invaded|invasion|occupied|occupation|offensive|battle|clashes|clashed|fought|launched|declared|founded|found|formed|created|established|split|merged|election|elections|elected|vote|voted|referendum|alliance|allied|ally|agreement|agreed|deal|signed|ceasefire|truce|released|release|freed|arrested|detained|detention|sentenced|convicted|designated|designation|sanctioned|appointed|appointment|named|resigned|dismissed|ousted|withdrew|withdrawal|pulled|deployed|sent|dispatched|committed|pledged|offered|offer|announced|announcement|urged|urging|called|leaked|interviewed|told|asked|visited|visit|protest|protests|uprising|coup|expelled|expulsion|passed|passing|approved|bill|law|ruled|threatened|warned|broke|break|destroyed|demolished|burned|fled|displaced|returned";

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CueSet =
        new HashSet<string>(CueWords.Split('|'), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    [GeneratedRegex(@"\b(?<cue>" + CueWords + @")\b", RegexOptions.IgnoreCase)]
    internal static partial Regex Cue();

    /// <summary>
    /// The sentence's first cue word, as <see cref="Cue"/> finds it. In ASCII text a word boundary falls between [A-Za-z0-9_] and
    /// anything else, so the match is the first such run that is a cue word, ignoring case: found with one pass and a set
    /// lookup per word instead of trying every alternative at every position. Other text goes through the regex.
    /// </summary>
    internal static string? FirstCue(string sentence)
    {
        if (!System.Text.Ascii.IsValid(sentence))
        {
            var m = Cue().Match(sentence);
            return m.Success ? m.Groups["cue"].Value : null;
        }

        var i = 0;
        while (i < sentence.Length)
        {
            if (!char.IsAsciiLetterOrDigit(sentence[i]) && sentence[i] != '_')
            {
                i++;
                continue;
            }

            var start = i;
            while (i < sentence.Length && (char.IsAsciiLetterOrDigit(sentence[i]) || sentence[i] == '_'))
            {
                i++;
            }

            if (CueSet.Contains(sentence.AsSpan(start, i - start)))
            {
                return sentence[start..i];
            }
        }

        return null;
    }
}
