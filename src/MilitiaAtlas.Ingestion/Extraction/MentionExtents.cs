namespace MilitiaAtlas.Ingestion.Extraction;

/// <summary>
/// The words written with a name that tell which part or which kind of the actor the text means, and that the
/// export's mention span takes with the name (decision 018, docs/export-format.md):
/// <list type="bullet">
/// <item>for a place, a compass adjective or "the town of" before it ("northern Tamaro", "the Velti town of Kessa"), a
/// lower-case area noun after it ("Kessa province"), and the larger place that locates it ("Kessa, Tamaro");</item>
/// <item>for a group, a lower-case noun for its people or units after it ("Kessa fighters", "Kessa tactical units").</item>
/// </list>
/// The mention's own span, its surface, the entity's names and the reader's highlight stay the name. Runs on the actors
/// of one article, after they are resolved and typed; the word lists are place-words.txt [extent-nouns],
/// [compass-adjectives], [trailing-heads] and org-words.txt [force-nouns].
/// </summary>
public static class MentionExtents
{
    public static IReadOnlyList<LocalEntity> Apply(string text, IReadOnlyList<LocalEntity> entities, Gazetteer gazetteer)
    {
        // Where each place mention starts, for "Kessa, Tamaro": the larger place after the comma.
        var places = new Dictionary<int, (LocalEntity Place, EntityMention Mention)>();
        foreach (var e in entities.Where(e => e.Type == EntityType.Place))
        {
            foreach (var m in e.Mentions.Where(m => !m.IsReference))
            {
                places.TryAdd(m.Span.Start, (e, m));
            }
        }

        var result = new List<LocalEntity>(entities.Count);
        foreach (var e in entities)
        {
            if (e.Type is not (EntityType.Place or EntityType.Group))
            {
                result.Add(e);
                continue;
            }

            var changed = false;
            var mentions = new List<EntityMention>(e.Mentions.Count);
            foreach (var m in e.Mentions)
            {
                var (start, end) = m.IsReference ? (m.Span.Start, m.Span.End)
                    : e.Type == EntityType.Place ? (PlaceStart(text, m.Span.Start, gazetteer), PlaceEnd(text, e, m.Span.End, places))
                    : (m.Span.Start, GroupEnd(text, m.Span.End));
                if (start < m.Span.Start || end > m.Span.End)
                {
                    changed = true;
                    mentions.Add(m with { ExtentStart = start < m.Span.Start ? start : null, ExtentEnd = end > m.Span.End ? end : null });
                }
                else
                {
                    mentions.Add(m);
                }
            }

            result.Add(changed ? e with { Mentions = mentions } : e);
        }

        return result;
    }

    /// <summary>
    /// Where the words before a place's name that say which part or kind of place begin: "[northern] [Velti] town of
    /// [the] X", "northern X"; the name's start when there are none.
    /// </summary>
    public static int PlaceStart(string text, int nameStart, Gazetteer gazetteer)
    {
        var start = nameStart;
        var (w, ws) = WordBefore(text, nameStart);
        if (w == "the")
        {
            (w, ws) = WordBefore(text, ws);
        }

        if (w == "of")
        {
            var (noun, ns) = WordBefore(text, ws);
            if (NameLexicon.ExtentNouns.Contains(noun))
            {
                start = ns;
                var (dem, ds) = WordBefore(text, ns);
                if (dem.Length > 0 && char.IsUpper(dem[0]) && gazetteer.FindDemonym(dem) is not null)
                {
                    start = ds;
                }
            }
        }

        var (compass, cs) = WordBefore(text, start);
        return NameLexicon.CompassAdjectives.Contains(compass) ? cs : start;
    }

    /// <summary>
    /// Where the words after a place's name that belong to it end: a lower-case area noun ("X province"), or the larger
    /// place after a comma that locates it ("X, Tamaro"), unless that is a list of places.
    /// </summary>
    private static int PlaceEnd(string text, LocalEntity place, int nameEnd, Dictionary<int, (LocalEntity Place, EntityMention Mention)> places)
    {
        var (w, _, we) = WordAfter(text, nameEnd);
        if (w.Length > 0 && char.IsLower(w[0]) && NameLexicon.TrailingPlaceHeads.Contains(w))
        {
            return we;
        }

        if (nameEnd + 2 < text.Length && text[nameEnd] == ',' && text[nameEnd + 1] == ' '
            && places.TryGetValue(nameEnd + 2, out var larger) && larger.Place != place && Locates(larger.Place, place)
            && !ListGoesOn(text, larger.Mention.Span.End))
        {
            return larger.Mention.Span.End;
        }

        return nameEnd;
    }

    /// <summary>
    /// A country or a region locates a place that is no country: a region only a place that is no region, and neither
    /// one a place the gazetteer puts in another country.
    /// </summary>
    private static bool Locates(LocalEntity larger, LocalEntity place) =>
        larger.Place is { Kind: PlaceKind.Country or PlaceKind.Region } l
        && place.Place?.Kind is not (PlaceKind.Country or PlaceKind.Continent)
        && !(l.Kind == PlaceKind.Region && place.Place?.Kind == PlaceKind.Region)
        && (place.Place?.Country is null || l.Country is null || place.Place.Country == l.Country);

    /// <summary>"X, Tamaro, Velt and Kessa" or "Tamaro's": the place after the comma is the next of a list or owns what
    /// follows, so it does not locate X.</summary>
    private static bool ListGoesOn(string text, int end)
    {
        var rest = text.AsSpan(end, Math.Min(8, text.Length - end));
        return rest.StartsWith(" and ") || rest.StartsWith(" or ") || rest.StartsWith(", and ") || rest.StartsWith(", or ")
            || rest.StartsWith("'s") || rest.StartsWith("\u2019s")
            || (rest.Length > 2 && rest[0] == ',' && rest[1] == ' ' && char.IsUpper(rest[2]));
    }

    /// <summary>Where a lower-case noun for the group's people or units right after its name ends ("X fighters").</summary>
    private static int GroupEnd(string text, int nameEnd)
    {
        if (nameEnd + 1 >= text.Length || text[nameEnd] != ' ')
        {
            return nameEnd;
        }

        foreach (var noun in NameLexicon.ForceNouns)
        {
            var to = nameEnd + 1 + noun.Length;
            if (to <= text.Length && string.CompareOrdinal(text, nameEnd + 1, noun, 0, noun.Length) == 0
                && (to == text.Length || !char.IsLetterOrDigit(text[to])))
            {
                return to;
            }
        }

        return nameEnd;
    }

    /// <summary>The word (letters, hyphens, apostrophes) that ends one space before <paramref name="pos"/>, and where it starts.</summary>
    private static (string Word, int Start) WordBefore(string text, int pos)
    {
        if (pos < 2 || text[pos - 1] != ' ')
        {
            return ("", pos);
        }

        var end = pos - 1;
        var start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '-'))
        {
            start--;
        }

        return start == end ? ("", pos) : (text[start..end], start);
    }

    /// <summary>The word that starts one space after <paramref name="pos"/>, with its start and end.</summary>
    private static (string Word, int Start, int End) WordAfter(string text, int pos)
    {
        if (pos + 1 >= text.Length || text[pos] != ' ')
        {
            return ("", pos, pos);
        }

        var start = pos + 1;
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return (text[start..end], start, end);
    }
}
