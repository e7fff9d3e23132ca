using System.Text.RegularExpressions;
using MilitiaAtlas.Ingestion.Extraction;
using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Ingestion.Claims;

/// <summary>
/// Frames about sides in a fight, run only on sentences with fight or support words: strikes reported against a
/// foe, a place taken from a foe, several named actors committed together to a fight, support named first, and a
/// role set off by commas in a military style ("X, commander, Y").
/// </summary>
public static partial class RelationFinder
{
    /// <summary>The next actor after <paramref name="i"/> (a place that is not a country is passed over), or -1.</summary>
    private static int NextActor(List<M> ms, int i)
    {
        for (var j = i + 1; j < ms.Count; j++)
        {
            if (ms[j].IsActor)
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>
    /// "X carried out six raids with mortars and drones against Y outposts", "X tried to wrest the depot from Y", "X
    /// recaptured the village from Y fighters": X and Y are on opposite sides. No other actor stands between them.
    /// </summary>
    private static void Sides(string text, TextSpan sentence, List<M> ms, List<(int, string, int)> found)
    {
        for (var i = 0; i < ms.Count; i++)
        {
            var a = ms[i];
            var j = NextActor(ms, i);
            if (!a.IsActor || j < 0 || ms[j].Span.Start - a.Span.End is > 240 or < 0)
            {
                continue;
            }

            // Both frames end in "against" or "from" (and "the"): looked for before the stretch is normalized.
            var raw = text.AsSpan(a.Span.End, ms[j].Span.Start - a.Span.End).TrimEnd();
            raw = raw.EndsWith(" the", StringComparison.OrdinalIgnoreCase) ? raw[..^4] : raw;
            if (!raw.EndsWith(" against", StringComparison.OrdinalIgnoreCase) && !raw.EndsWith(" from", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var between = Between(text, a.Span, ms[j].Span);
            var before = Norm(text[Math.Max(sentence.Start, a.Span.Start - 20)..a.Span.Start]);
            if ((StrikesAgainst().IsMatch(between) || TakenFrom().IsMatch(between)) && !ObliqueBeforeSide().IsMatch(before) && !SpeechBetween().IsMatch(between))
            {
                found.Add((a.Entity, Predicates.OpposedTo, ms[j].Entity));

                // "the Tamaro Army and the Kessa Defence Force have conducted joint operations against Y": each of the subjects.
                for (var k = i - 1; k >= 0 && ms[k].IsActor; k--)
                {
                    // "A and B", "A, B and C": the last link is an "and"; a name after a preposition ("In Paraguay, X …") is no subject.
                    var link = text.AsSpan(ms[k].Span.End, ms[k + 1].Span.Start - ms[k].Span.End);
                    if (!(k == i - 1 ? AndBefore().IsMatch(link) : CoordinatedBefore().IsMatch(link))
                        || ObliqueBeforeSide().IsMatch(Norm(text[Math.Max(sentence.Start, ms[k].Span.Start - 20)..ms[k].Span.Start])))
                    {
                        break;
                    }

                    found.Add((ms[k].Entity, Predicates.OpposedTo, ms[j].Entity));
                }
            }
        }
    }

    /// <summary>"A, B and C are determined to defeat …", "A, B and C jointly attacked …": the named actors are allies.</summary>
    private static void FightingTogether(string text, TextSpan sentence, List<M> ms, List<(int, string, int)> found)
    {
        for (var i = 0; i < ms.Count; i++)
        {
            if (!ms[i].IsActor)
            {
                continue;
            }

            // The list that starts here: actors joined by commas and a final "and".
            var list = new List<int> { i };
            var last = i;
            var sawAnd = false;
            for (var k = i + 1; k < ms.Count && ms[k].IsActor && ms[k].Span.Start - ms[last].Span.End <= 40; k++)
            {
                var link = Between(text, ms[last].Span, ms[k].Span);
                var m = SideListLink().Match(link);
                if (!m.Success)
                {
                    break;
                }

                list.Add(k);
                last = k;
                if (m.Groups["and"].Success)
                {
                    sawAnd = true;
                    break;
                }
            }

            if (list.Count < 2 || !sawAnd)
            {
                continue;
            }

            var before = Norm(text[Math.Max(sentence.Start, ms[i].Span.Start - 20)..ms[i].Span.Start]);
            var after = Norm(text[ms[last].Span.End..Math.Min(sentence.End, ms[last].Span.End + 120)]);
            if (BetweenBefore().IsMatch(before) || ObliqueBeforeSide().IsMatch(before) || !CommittedTogether().IsMatch(after))
            {
                continue;
            }

            for (var x = 0; x < list.Count; x++)
            {
                for (var y = x + 1; y < list.Count; y++)
                {
                    found.Add((ms[list[x]].Entity, Predicates.AlliedWith, ms[list[y]].Entity));
                }
            }

            i = last;
        }
    }

    /// <summary>"In support of Y, X sent …": X backs Y.</summary>
    private static void SupportFronted(string text, TextSpan sentence, List<M> ms, List<(int, string, int)> found)
    {
        var open = SupportOpening().Match(text, sentence.Start, Math.Min(sentence.Length, 40));
        if (!open.Success)
        {
            return;
        }

        var y = ms.FindIndex(m => m.Span.Start == open.Index + open.Length);
        if (y < 0 || !ms[y].IsActor)
        {
            return;
        }

        var x = NextActor(ms, y);
        if (x >= 0 && CommaTheTight().IsMatch(Between(text, ms[y].Span, ms[x].Span)))
        {
            found.Add((ms[y].Entity, Predicates.BackedBy, ms[x].Entity));
        }
    }

    /// <summary>"X, commander, Y", "X, deputy director, Y": a military-style title set off by commas before its unit.</summary>
    private static void RoleBetweenCommas(string text, List<M> ms, List<(int, string, int)> found)
    {
        for (var i = 0; i + 1 < ms.Count; i++)
        {
            var (x, y) = (ms[i], ms[i + 1]);
            if (x.Type != EntityType.Person || y.Type != EntityType.Group || y.Span.Start - x.Span.End > 40)
            {
                continue;
            }

            var m = RoleInCommas().Match(Between(text, x.Span, y.Span));
            var plural = false;
            var entry = m.Success ? RelationLexicon.Role(m.Groups["role"].Value, false, out plural) : null;
            if (entry?.Only is { } p && !plural)
            {
                found.Add((x.Entity, m.Groups["second"].Success && p is Predicates.Leads or Predicates.Commands ? Predicates.MemberOf : p, y.Entity));
            }
        }
    }

    [GeneratedRegex(@"^,\s(?:the\s)?(?:(?<second>deputy|vice|assistant|acting)\s)?(?<role>[a-z-]+(?:\s[a-z-]+)?),\s(?:the\s)?$")]
    private static partial Regex RoleInCommas();

    // "carried out six raids with mortars, rockets and drones against", "has mounted some 1,400 attacks against",
    // "will fly sorties against": a report of strikes whose object is the foe.
    [GeneratedRegex(@"^(?:\s[\w'-]+){0,3}?\s(?:conducted|launched|carried\sout|flew|fly|delivered|mounted|made)\s(?:[^;:.]|\.\d|\d\.){0,140}?\b(?:strikes|airstrikes|air\sstrikes|raids|sorties|munitions|strike\smissions|attacks|[Oo]perations?|offensives?|counter-?offensives?|campaigns?|assaults?|ambushes|crackdown)\b(?:[^;:.]|\.\d){0,140}?\bagainst\s(?:the\s)?$")]
    private static partial Regex StrikesAgainst();

    /// <summary>What joins two subjects: "A and the B", "A, B".</summary>
    [GeneratedRegex(@"^(?:\s*\([^()]{1,20}\))?(?:,\s+|\s+and\s+|,\s+and\s+)(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CoordinatedBefore();

    [GeneratedRegex(@"^(?:\s*\([^()]{1,20}\))?,?\s+and\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AndBefore();

    // "tried to wrest the grain depot from", "recaptured the village of Kessa from": a place taken from the foe.
    [GeneratedRegex(@"^(?:\s[\w'-]+){0,4}?\s(?:seize|seized|seizing|retake|retook|retaken|retaking|recapture|recaptured|recapturing|liberate|liberated|liberating|free|freed|freeing|wrest|wrested|capture|captured|take\sback|took\sback|clear|cleared)\s(?:[\w'-]+\s){1,8}?from\s(?:the\s)?$")]
    private static partial Regex TakenFrom();

    [GeneratedRegex(@"\b(?:by|of|from|to|with|for|against|between|among)\s+(?:the\s+)?$")]
    private static partial Regex ObliqueBeforeSide();

    [GeneratedRegex(@"^(?:\s*\([^()]{1,40}\))?(?:,\s(?:the\s(?:[\w'-]+\s)?)?|(?<and>,?\sand\s(?:the\s(?:[\w'-]+\s)?)?))$")]
    private static partial Regex SideListLink();

    [GeneratedRegex(@"\bbetween\s+(?:the\s+)?$")]
    private static partial Regex BetweenBefore();

    // "A and B fighters together attacked …": the members' noun may follow the last name.
    [GeneratedRegex(@"^\s(?:(?:fighters|forces|troops|militants|units|gunmen|men|militiamen)\s)?(?:(?:are|were|is|remain|remained|have|has|been|all|also|now|fully|firmly|jointly|together|united|working|hard)\s){0,4}(?:committed\sto\s(?:defeating|fighting|countering|combating|destroying)|determined\sto\s(?:defeat|fight|counter|destroy)|(?:fought|fighting|battled|battling)\s(?:together\s)?against|fight\stogether|(?:jointly|together)\s(?:fought|attacked|battled|launched|repelled))\b")]
    private static partial Regex CommittedTogether();

    [GeneratedRegex(@"\G\s*in\s+support\s+of\s+(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex SupportOpening();

    // Small patterns of the frames, compiled once (a pattern written at its call went through the regex cache each time).
    // ", " or ", the " with single spaces between two names
    [GeneratedRegex(@"^,\s(?:the\s)?$")]
    private static partial Regex CommaTheTight();
}
