using MilitiaAtlas.Ingestion.Dates;
using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Ingestion.Tests.Dates;

public sealed class DateFinderTests
{
    // A Tuesday. Most expectations in docs/dates.md are written against it.
    private const string Feb3 = "2015-02-03";

    // A Wednesday.
    private const string Jun27 = "2018-06-27";

    private static IReadOnlyList<DateMention> Find(string sentence, string? reference) =>
        DateFinder.Find(sentence, new TextSpan(0, sentence.Length), reference);

    /// <summary>The one mention of the sentence, checked to sit exactly on <paramref name="phrase"/>.</summary>
    private static DateMention Only(string sentence, string phrase, string? reference)
    {
        var mention = Assert.Single(Find(sentence, reference));
        Assert.Equal(phrase, mention.Text);
        Assert.Equal(mention.Text, mention.Span.Slice(sentence));
        Assert.Equal(new TextSpan(sentence.IndexOf(phrase, StringComparison.Ordinal), sentence.IndexOf(phrase, StringComparison.Ordinal) + phrase.Length), mention.Span);
        return mention;
    }

    private static void Check(string sentence, string phrase, string? reference, string? date, string? end, DatePrecision precision, bool relative)
    {
        var m = Only(sentence, phrase, reference);
        Assert.Equal(date, m.Date);
        Assert.Equal(end, m.EndDate);
        Assert.Equal(precision, m.Precision);
        Assert.Equal(relative, m.Relative);
    }

    [Theory]
    [InlineData("The attack happened on April 7, 2014, near the border.", "April 7, 2014", "2014-04-07")]
    [InlineData("He was detained on 7 April 2014 in the capital.", "7 April 2014", "2014-04-07")]
    [InlineData("The ceasefire was signed June 12, 2018.", "June 12, 2018", "2018-06-12")]
    [InlineData("Talks resumed on Sept. 8, 2015, after a pause.", "Sept. 8, 2015", "2015-09-08")]
    [InlineData("The convoy left on April 7th, 2014.", "April 7th, 2014", "2014-04-07")]
    [InlineData("It was the 7th of April 2014.", "7th of April 2014", "2014-04-07")]
    [InlineData("The bridge reopened on Dec 1 2013.", "Dec 1 2013", "2013-12-01")]
    [InlineData("The file is dated 2014-04-07 in the archive.", "2014-04-07", "2014-04-07")]
    [InlineData("The vote was held on Tuesday, Feb. 3, 2015, in the north.", "Tuesday, Feb. 3, 2015", "2015-02-03")]
    public void Full_written_dates_are_days(string sentence, string phrase, string date) =>
        Check(sentence, phrase, Feb3, date, null, DatePrecision.Day, false);

    [Theory]
    [InlineData("The militia withdrew in December 2014.", "December 2014", "2014-12")]
    [InlineData("The market burned in Dec. 2014, witnesses said.", "Dec. 2014", "2014-12")]
    [InlineData("The school opened in June of 2014.", "June of 2014", "2014-06")]
    [InlineData("In June 2014 the road was cut.", "June 2014", "2014-06")]
    [InlineData("Prices fell in late December 2014.", "late December 2014", "2014-12")]
    [InlineData("Fighting resumed in mid-March 2011.", "mid-March 2011", "2011-03")]
    public void Month_and_year_is_a_month(string sentence, string phrase, string date) =>
        Check(sentence, phrase, Feb3, date, null, DatePrecision.Month, false);

    [Theory]
    [InlineData("The dam was built in 1982.", "1982", "1982")]
    [InlineData("1982 was a dry year.", "1982", "1982")]
    [InlineData("Survivors still talk about the 2007 roadside murder.", "2007", "2007")]
    [InlineData("Since 2013, the group has grown.", "2013", "2013")]
    [InlineData("The pre-2003 borders were different.", "2003", "2003")]
    [InlineData("The town's 2014's harvest failed.", "2014", "2014")]
    [InlineData("The plan must be finished no later than 2020.", "2020", "2020")]
    public void A_standalone_year_is_a_year(string sentence, string phrase, string date) =>
        Check(sentence, phrase, Feb3, date, null, DatePrecision.Year, false);

    [Theory]
    [InlineData("The war of 1980-1988 killed many.", "1980-1988", "1980", "1988")]
    [InlineData("During 2003-2004 the town changed hands.", "2003-2004", "2003", "2004")]
    [InlineData("The 1980-1988 war killed many.", "1980-1988", "1980", "1988")]
    [InlineData("The 1980\u20131988 war is remembered here.", "1980\u20131988", "1980", "1988")]
    [InlineData("The 2003-04 season was cancelled.", "2003-04", "2003", "2004")]
    [InlineData("The 1999-00 budget was cut.", "1999-00", "1999", "2000")]
    [InlineData("He lived abroad from 2007 to 2009.", "from 2007 to 2009", "2007", "2009")]
    [InlineData("The camp was open between 2007 and 2009.", "between 2007 and 2009", "2007", "2009")]
    [InlineData("He governed 2007 to 2009 without a budget.", "2007 to 2009", "2007", "2009")]
    [InlineData("He served May 2003 to June 2004 as mayor.", "May 2003 to June 2004", "2003-05", "2004-06")]
    [InlineData("The siege lasted from May to June 2004.", "from May to June 2004", "2004-05", "2004-06")]
    [InlineData("The siege lasted from November to February 2004.", "from November to February 2004", "2003-11", "2004-02")]
    [InlineData("Talks ran April 7-9, 2014, in the capital.", "April 7-9, 2014", "2014-04-07", "2014-04-09")]
    [InlineData("Talks ran 7-9 April 2014 in the capital.", "7-9 April 2014", "2014-04-07", "2014-04-09")]
    [InlineData("Jets struck on 27 and 28 February 2025 near the river.", "27 and 28 February 2025", "2025-02-27", "2025-02-28")]
    [InlineData("The raid lasted from 26 to 29 November 2008, officials said.", "26 to 29 November 2008", "2008-11-26", "2008-11-29")]
    [InlineData("Talks ran from 25 April to 3 May 2001 in the capital.", "from 25 April to 3 May 2001", "2001-04-25", "2001-05-03")]
    [InlineData("Talks ran from 28 December to 3 January 2001 in the capital.", "from 28 December to 3 January 2001", "2000-12-28", "2001-01-03")]
    [InlineData("Rents rose from early 2013 to late 2014.", "from early 2013 to late 2014", "2013", "2014")]
    public void Ranges_carry_both_ends(string sentence, string phrase, string date, string end) =>
        Check(sentence, phrase, Feb3, date, end, DatePrecision.Range, false);

    [Theory]
    [InlineData("The town boomed in the 1980s.", "1980s", "1980", "1989")]
    [InlineData("The town boomed in the 1980's.", "1980's", "1980", "1989")]
    [InlineData("The town boomed in the 1980\u2019s.", "1980\u2019s", "1980", "1989")]
    [InlineData("The town emptied in the early 2000s.", "early 2000s", "2000", "2009")]
    [InlineData("The mill closed in the mid-1970s.", "mid-1970s", "1970", "1979")]
    [InlineData("Trade grew from the 1970s to the 1990s.", "from the 1970s to the 1990s", "1970", "1999")]
    public void Decades_are_ranges_of_ten_years(string sentence, string phrase, string date, string end) =>
        Check(sentence, phrase, Feb3, date, end, DatePrecision.Range, false);

    [Theory]
    [InlineData("The group split by the end of 2011.", "end of 2011", "2011")]
    [InlineData("The group split at the beginning of 2011.", "beginning of 2011", "2011")]
    [InlineData("Fighting flared in late 2014.", "late 2014", "2014")]
    [InlineData("Elections are due in early 2015.", "early 2015", "2015")]
    [InlineData("The front moved in mid-2014.", "mid-2014", "2014")]
    [InlineData("The front moved in mid 2014.", "mid 2014", "2014")]
    [InlineData("Exports fell in the first half of 2014.", "first half of 2014", "2014")]
    [InlineData("Exports fell in the last quarter of 2013.", "last quarter of 2013", "2013")]
    [InlineData("The dam was attacked in the summer of 2014.", "summer of 2014", "2014")]
    [InlineData("The dam was attacked in winter 2012.", "winter 2012", "2012")]
    [InlineData("Late in 2014, the group split.", "Late in 2014", "2014")]
    [InlineData("It was calm until earlier in 2013.", "earlier in 2013", "2013")]
    [InlineData("The Wadi Front, formed around 2011 by deserters, claimed the raid.", "around 2011", "2011")]
    [InlineData("The shrine was built circa 1920 in the hills.", "circa 1920", "1920")]
    public void Parts_of_a_year_are_approximate(string sentence, string phrase, string date) =>
        Check(sentence, phrase, Feb3, date, null, DatePrecision.Approximate, false);

    [Theory]
    [InlineData("The talks opened on Sept. 8 in the capital.", "Sept. 8", Feb3, "2014-09-08")]
    [InlineData("The talks opened on 8 September in the capital.", "8 September", Feb3, "2014-09-08")]
    [InlineData("The talks open on Feb. 20 in the capital.", "Feb. 20", Feb3, "2015-02-20")]
    [InlineData("The talks opened on January 30.", "January 30", Feb3, "2015-01-30")]
    [InlineData("Talks are due on March 5.", "March 5", Feb3, "2015-03-05")] // 30 days ahead: still this year
    [InlineData("Talks were held on March 7.", "March 7", Feb3, "2014-03-07")] // 32 days ahead: last year
    [InlineData("Talks were held on June 12.", "June 12", Jun27, "2018-06-12")]
    [InlineData("Talks were held on Dec. 24.", "Dec. 24", Jun27, "2017-12-24")]
    [InlineData("The vote was held on Tuesday, Feb. 3, in the north.", "Tuesday, Feb. 3", Feb3, "2015-02-03")]
    public void A_day_without_a_year_takes_the_reference_year_unless_more_than_a_month_ahead(string sentence, string phrase, string reference, string date) =>
        Check(sentence, phrase, reference, date, null, DatePrecision.Day, true);

    [Theory]
    [InlineData("He left last June.", "last June", "2014-06")]
    [InlineData("He left last February.", "last February", "2014-02")]
    [InlineData("He returns this June.", "this June", "2015-06")]
    [InlineData("He returns next June.", "next June", "2015-06")]
    [InlineData("He left in June.", "June", "2014-06")]
    [InlineData("He left in February.", "February", "2015-02")]
    [InlineData("Nobody has been paid since May.", "May", "2014-05")]
    [InlineData("It was quiet until late July.", "late July", "2014-07")]
    [InlineData("Prices rose in mid-October.", "mid-October", "2014-10")]
    [InlineData("The office was shut at the end of November.", "end of November", "2014-11")]
    [InlineData("Talks stalled in the first week of March.", "March", "2014-03")]
    [InlineData("He spoke earlier this week.", "earlier this week", "2015-02")]
    [InlineData("He spoke last month.", "last month", "2015-01")]
    [InlineData("He spoke late last month.", "late last month", "2015-01")]
    [InlineData("He spoke this month.", "this month", "2015-02")]
    [InlineData("He spoke earlier this month.", "earlier this month", "2015-02")]
    [InlineData("He will speak next month.", "next month", "2015-03")]
    [InlineData("He left seven months ago.", "seven months ago", "2014-07")]
    [InlineData("He left 7 months ago.", "7 months ago", "2014-07")]
    [InlineData("He left twelve months ago.", "twelve months ago", "2014-02")]
    [InlineData("He left three weeks ago.", "three weeks ago", "2015-01")]
    [InlineData("He left a week ago.", "a week ago", "2015-01")]
    public void Relative_months(string sentence, string phrase, string date) =>
        Check(sentence, phrase, Feb3, date, null, DatePrecision.Month, true);

    [Theory]
    [InlineData("He left last year.", "last year", "2014")]
    [InlineData("He left this year.", "this year", "2015")]
    [InlineData("He leaves next year.", "next year", "2016")]
    [InlineData("He left two years ago.", "two years ago", "2013")]
    [InlineData("He left a year ago.", "a year ago", "2014")]
    [InlineData("He left 10 years ago.", "10 years ago", "2005")]
    [InlineData("He left twenty-five years ago.", "twenty-five years ago", "1990")]
    [InlineData("He left fifteen years ago.", "fifteen years ago", "2000")]
    public void Relative_years(string sentence, string phrase, string date) =>
        Check(sentence, phrase, Feb3, date, null, DatePrecision.Year, true);

    [Theory]
    [InlineData("Twenty-five years ago tonight, gunmen entered the village.", "Twenty-five years ago tonight", "1990-02-03")]
    [InlineData("Three years ago today the port fell.", "Three years ago today", "2012-02-03")]
    public void Years_ago_today_is_that_day(string sentence, string phrase, string date) =>
        Check(sentence, phrase, Feb3, date, null, DatePrecision.Day, true);

    [Theory]
    [InlineData("The group regrouped late last year.", "late last year", "2014")]
    [InlineData("The group regrouped at the end of last year.", "end of last year", "2014")]
    [InlineData("The group regrouped earlier this year.", "earlier this year", "2015")]
    [InlineData("The group will regroup early next year.", "early next year", "2016")]
    [InlineData("The group regrouped in the summer of last year.", "summer of last year", "2014")]
    public void Parts_of_a_relative_year_are_approximate(string sentence, string phrase, string date) =>
        Check(sentence, phrase, Feb3, date, null, DatePrecision.Approximate, true);

    [Theory]
    [InlineData("Gunmen struck on Tuesday, police said.", "Tuesday", Feb3, "2015-02-03")] // the reference is a Tuesday: that day (wire style)
    [InlineData("Gunmen struck on Monday, police said.", "Monday", Feb3, "2015-02-02")]
    [InlineData("Gunmen struck Sunday night.", "Sunday", Feb3, "2015-02-01")]
    [InlineData("Gunmen struck on Tuesday, police said.", "Tuesday", Jun27, "2018-06-26")]
    [InlineData("Gunmen struck last Tuesday.", "last Tuesday", Feb3, "2015-01-27")]
    [InlineData("Talks resume next Friday.", "next Friday", Feb3, "2015-02-06")]
    [InlineData("Gunmen struck yesterday.", "yesterday", Feb3, "2015-02-02")]
    [InlineData("Yesterday gunmen struck.", "Yesterday", Feb3, "2015-02-02")]
    [InlineData("Gunmen struck today.", "today", Feb3, "2015-02-03")]
    [InlineData("Gunmen struck last night.", "last night", Feb3, "2015-02-02")]
    [InlineData("Gunmen struck this morning.", "this morning", Feb3, "2015-02-03")]
    [InlineData("Talks resume tomorrow.", "tomorrow", Feb3, "2015-02-04")]
    [InlineData("He left five days ago.", "five days ago", Feb3, "2015-01-29")]
    [InlineData("The bank reopened yesterday.", "yesterday", "2015-03-01", "2015-02-28")]
    public void Relative_days(string sentence, string phrase, string reference, string date) =>
        Check(sentence, phrase, reference, date, null, DatePrecision.Day, true);

    [Theory]
    [InlineData("The campaign began on 1 APR 55 in the hills.", "1 APR 55", "1957-03-04", "1955-04-01", DatePrecision.Day)]
    [InlineData("A reward has been offered since AUG 56.", "AUG 56", "1957-03-04", "1956-08", DatePrecision.Month)]
    [InlineData("He had received two warning letters in FEB.", "FEB.", "1957-03-04", "1957-02", DatePrecision.Month)]
    [InlineData("The post was attacked on 3 MAR 04.", "3 MAR 04", "2004-06-01", "2004-03-03", DatePrecision.Day)]
    public void A_service_message_s_month_in_capitals_and_two_figure_year(string sentence, string phrase, string reference, string date, DatePrecision precision) =>
        Check(sentence, phrase, reference, date, null, precision, true);

    [Theory]
    [InlineData("He spoke this week.", "this week", Feb3, "2015-02-02", "2015-02-08")]
    [InlineData("He spoke last week.", "last week", Feb3, "2015-01-26", "2015-02-01")]
    [InlineData("He will speak next week.", "next week", Feb3, "2015-02-09", "2015-02-15")]
    [InlineData("Elections were held last week.", "last week", Jun27, "2018-06-18", "2018-06-24")]
    public void A_week_is_its_monday_to_sunday_range(string sentence, string phrase, string reference, string date, string end) =>
        Check(sentence, phrase, reference, date, end, DatePrecision.Range, true);

    [Theory]
    [InlineData("Elections were held in November.", "November", "2017-11", DatePrecision.Month)]
    [InlineData("Elections were held in June.", "June", "2018-06", DatePrecision.Month)]
    [InlineData("Elections were held last June.", "last June", "2017-06", DatePrecision.Month)]
    [InlineData("He died in an army prison in February of this year.", "February of this year", "2018-02", DatePrecision.Month)]
    [InlineData("He died in an army prison in March of last year.", "March of last year", "2017-03", DatePrecision.Month)]
    [InlineData("Elections were held last month.", "last month", "2018-05", DatePrecision.Month)]
    [InlineData("Elections were held seven months ago.", "seven months ago", "2017-11", DatePrecision.Month)]
    [InlineData("Elections were held last year.", "last year", "2017", DatePrecision.Year)]
    public void Relative_forms_against_a_mid_year_reference(string sentence, string phrase, string date, DatePrecision precision) =>
        Check(sentence, phrase, Jun27, date, null, precision, true);

    [Fact]
    public void Late_august_and_early_september_are_two_mentions()
    {
        const string Sentence = "In late August and early September the roads were closed.";

        var mentions = Find(Sentence, Feb3);

        Assert.Equal(2, mentions.Count);
        Assert.Equal(("late August", "2014-08", DatePrecision.Month, true), (mentions[0].Text, mentions[0].Date, mentions[0].Precision, mentions[0].Relative));
        Assert.Equal(("early September", "2014-09", DatePrecision.Month, true), (mentions[1].Text, mentions[1].Date, mentions[1].Precision, mentions[1].Relative));
        Assert.All(mentions, m => Assert.Equal(m.Text, m.Span.Slice(Sentence)));
        Assert.All(mentions, m => Assert.Null(m.EndDate));
    }

    [Fact]
    public void A_month_joined_to_a_cued_month_is_a_date_too()
    {
        var mentions = Find("The roads were closed in May and June.", Feb3);

        Assert.Equal(["May", "June"], mentions.Select(m => m.Text));
        Assert.Equal(["2014-05", "2014-06"], mentions.Select(m => m.Date));
    }

    [Fact]
    public void A_range_ending_in_a_bare_month_resolves_the_month_on_or_before_the_reference()
    {
        Check("The checkpoint was manned from 2013 until July.", "from 2013 until July", Feb3, "2013", "2014-07", DatePrecision.Range, true);
        Check("The checkpoint was manned from 2013 until July.", "from 2013 until July", Jun27, "2013", "2017-07", DatePrecision.Range, true);
    }

    [Fact]
    public void A_range_between_relative_ends_resolves_each_end()
    {
        Check("Prices rose from last June to December.", "from last June to December", Feb3, "2014-06", "2014-12", DatePrecision.Range, true);
        Check("Prices rose from last June to December.", "from last June to December", null, null, null, DatePrecision.Range, true);
    }

    [Fact]
    public void A_range_needs_from_or_between_when_an_end_is_relative()
    {
        var mentions = Find("Prices rose 2013 to July.", Feb3);

        Assert.Equal(["2013", "July"], mentions.Select(m => m.Text));
        Assert.All(mentions, m => Assert.NotEqual(DatePrecision.Range, m.Precision));
    }

    [Fact]
    public void A_backwards_range_is_not_a_range()
    {
        var mentions = Find("The shelter was used 2009 to 2007 by families.", Feb3);

        Assert.Equal(["2009", "2007"], mentions.Select(m => m.Text));
        Assert.All(mentions, m => Assert.Null(m.EndDate));
    }

    [Fact]
    public void A_range_keeps_its_written_start_when_its_relative_end_cannot_be_resolved()
    {
        Check("The checkpoint was manned from 2013 until July.", "from 2013 until July", null, "2013", null, DatePrecision.Range, true);
    }

    [Theory]
    [InlineData("He resigned three months before he became prime minister.", "three months before", DatePrecision.Month)]
    [InlineData("The town fell two years later.", "two years later", DatePrecision.Year)]
    [InlineData("A day after the vote, the office closed.", "A day after", DatePrecision.Day)]
    public void A_count_anchored_to_another_event_is_kept_but_never_resolved(string sentence, string phrase, DatePrecision precision) =>
        Check(sentence, phrase, Feb3, null, null, precision, true);

    [Fact]
    public void This_weekday_is_ambiguous_and_left_unresolved() =>
        Check("The council meets this Tuesday.", "this Tuesday", Feb3, null, null, DatePrecision.Day, true);

    [Theory]
    [InlineData("He left last June.", "last June", DatePrecision.Month)]
    [InlineData("He left in June.", "June", DatePrecision.Month)]
    [InlineData("He left last year.", "last year", DatePrecision.Year)]
    [InlineData("He left late last year.", "late last year", DatePrecision.Approximate)]
    [InlineData("He spoke this week.", "this week", DatePrecision.Range)]
    [InlineData("He left seven months ago.", "seven months ago", DatePrecision.Month)]
    [InlineData("Gunmen struck on Tuesday.", "Tuesday", DatePrecision.Day)]
    [InlineData("Gunmen struck yesterday.", "yesterday", DatePrecision.Day)]
    [InlineData("Gunmen struck today.", "today", DatePrecision.Day)]
    [InlineData("The talks opened on Sept. 8 in the capital.", "Sept. 8", DatePrecision.Day)]
    public void Without_a_reference_relative_forms_are_found_but_not_resolved(string sentence, string phrase, DatePrecision precision) =>
        Check(sentence, phrase, null, null, null, precision, true);

    [Theory]
    [InlineData("The attack happened on April 7, 2014.", "April 7, 2014", "2014-04-07", DatePrecision.Day)]
    [InlineData("The militia withdrew in December 2014.", "December 2014", "2014-12", DatePrecision.Month)]
    [InlineData("The dam was built in 1982.", "1982", "1982", DatePrecision.Year)]
    [InlineData("Fighting flared in late 2014.", "late 2014", "2014", DatePrecision.Approximate)]
    public void Without_a_reference_absolute_forms_are_still_resolved(string sentence, string phrase, string date, DatePrecision precision) =>
        Check(sentence, phrase, null, date, null, precision, false);

    [Theory]
    [InlineData("He left last year.", "last year", "2014")]
    [InlineData("He left this year.", "this year", "2015")]
    [InlineData("He left last month.", "last month", "2015-01")]
    [InlineData("He spoke this week.", "this week", "2015-02")] // not one week, but the page's month
    [InlineData("He spoke earlier this month.", "earlier this month", "2015-02")]
    [InlineData("He left in June.", "June", "2014-06")]
    [InlineData("He left last June.", "last June", "2014-06")]
    [InlineData("He left seven months ago.", "seven months ago", "2014-07")]
    [InlineData("He left two years ago.", "two years ago", "2013")]
    [InlineData("The talks opened on Sept. 8 in the capital.", "Sept. 8", "2014-09-08")]
    [InlineData("He spoke last week.", "last week", null)] // Jan 25 … Feb 21: January or February
    [InlineData("He left five days ago.", "five days ago", null)]
    [InlineData("Gunmen struck yesterday.", "yesterday", null)]
    [InlineData("Gunmen struck today.", "today", null)]
    [InlineData("Gunmen struck on Tuesday.", "Tuesday", null)]
    [InlineData("Talks were held on March 15.", "March 15", null)] // this year for Feb 28, last year for Feb 1
    public void A_month_reference_resolves_only_what_a_month_determines(string sentence, string phrase, string? date)
    {
        var m = Only(sentence, phrase, "2015-02");

        Assert.Equal(date, m.Date);
        Assert.True(m.Relative);
    }

    [Theory]
    [InlineData("He left last year.", "last year", "2014")]
    [InlineData("He left this year.", "this year", "2015")]
    [InlineData("He left two years ago.", "two years ago", "2013")]
    [InlineData("He left late last year.", "late last year", "2014")]
    [InlineData("He left last month.", "last month", null)]
    [InlineData("He left in June.", "June", null)]
    [InlineData("He left last June.", "last June", null)]
    [InlineData("The talks opened on Sept. 8 in the capital.", "Sept. 8", null)]
    public void A_year_reference_resolves_only_what_a_year_determines(string sentence, string phrase, string? date)
    {
        var m = Only(sentence, phrase, "2015");

        Assert.Equal(date, m.Date);
        Assert.True(m.Relative);
    }

    [Theory]
    [InlineData("2015-02-03T10:30:00Z", "2015-02-02")]
    [InlineData("February 3, 2015", "2015-02-02")]
    [InlineData("not a date", null)]
    public void The_reference_is_read_like_a_publication_date(string reference, string? date) =>
        Assert.Equal(date, Only("Gunmen struck yesterday.", "yesterday", reference).Date);

    [Theory]
    [InlineData("Some 1,000 fighters joined the march.")]
    [InlineData("About 2,500 fighters crossed the river.")]
    [InlineData("The ransom was $1982 in cash.")]
    [InlineData("Support rose by 2015% in a month.")]
    [InlineData("Support rose by 1982 % in a month.")]
    [InlineData("The militia has 1982 fighters.")]
    [InlineData("Nearly 2000 families fled.")]
    [InlineData("Turnout was 1999 per cent of the estimate.")]
    [InlineData("Resolution 1973 authorised force.")]
    [InlineData("Flight 2014 landed safely.")]
    [InlineData("He lives at No. 1990 on the hill.")]
    [InlineData("Call 555-1982 for details.")]
    [InlineData("It cost 3.1982 million.")]
    [InlineData("The patrol left at 1930 hours.")]
    [InlineData("More than 2000 people fled.")]
    [InlineData("Code A1982 was assigned.")]
    [InlineData("May God protect the city.")]
    [InlineData("June Carter sang at the fair.")]
    [InlineData("The march reached the square.")]
    [InlineData("The clock stopped in the 1900s.")]
    [InlineData("Crowds gathered on Good Friday.")]
    [InlineData("She was crowned the Queen of May.")]
    [InlineData("USA Today reported the story.")]
    [InlineData("Over the last year, prices doubled.")]
    [InlineData("The patrol counted 12345 shells.")]
    [InlineData("The vote was 7-9 in committee.")]
    [InlineData("The mortar landed 1850 meters away.")]
    [InlineData("The camp held 2010 detainees.")]
    [InlineData("The toll rose to around 2000.")]
    [InlineData("Around 2000 fighters joined the march.")]
    [InlineData("They paid about 2005 dollars.")]
    public void Ambiguous_numbers_and_words_are_not_dates(string sentence) =>
        Assert.Empty(Find(sentence, Feb3));

    [Fact]
    public void A_count_after_a_cued_month_leaves_only_the_month()
    {
        Check("In May 20 people died.", "May", Feb3, "2014-05", null, DatePrecision.Month, true);
    }

    [Fact]
    public void Invalid_calendar_days_are_not_dates()
    {
        // The year is still written; the impossible day is not read.
        Check("The memo was dated February 30, 2014.", "2014", Feb3, "2014", null, DatePrecision.Year, false);
        Assert.Empty(Find("The memo was dated 2014-02-30.", Feb3));
    }

    [Fact]
    public void Overlapping_matches_keep_the_longest()
    {
        Check("In June 2014 the road was cut.", "June 2014", Feb3, "2014-06", null, DatePrecision.Month, false);
        Check("He lived abroad from 2007 to 2009.", "from 2007 to 2009", Feb3, "2007", "2009", DatePrecision.Range, false);
        Check("The group regrouped late last year.", "late last year", Feb3, "2014", null, DatePrecision.Approximate, true);
    }

    [Fact]
    public void Several_dates_in_one_sentence_come_back_in_text_order()
    {
        const string Sentence = "Founded in 1982, the group fought from 2003 to 2005, rearmed last June and struck on Sept. 8, 2014 and yesterday.";

        var mentions = Find(Sentence, Feb3);

        Assert.Equal(["1982", "from 2003 to 2005", "last June", "Sept. 8, 2014", "yesterday"], mentions.Select(m => m.Text));
        Assert.Equal(["1982", "2003", "2014-06", "2014-09-08", "2015-02-02"], mentions.Select(m => m.Date));
        Assert.All(mentions, m => Assert.Equal(m.Text, m.Span.Slice(Sentence)));
        Assert.Equal(mentions.OrderBy(m => m.Span.Start).Select(m => m.Span), mentions.Select(m => m.Span));
    }

    [Fact]
    public void Only_the_given_span_is_read_and_offsets_are_into_the_whole_text()
    {
        const string Text = "In 1999 it began. The town fell in March 2003.";
        var second = new TextSpan(Text.IndexOf("The town", StringComparison.Ordinal), Text.Length);

        var mention = Assert.Single(DateFinder.Find(Text, second, Feb3));

        Assert.Equal("March 2003", mention.Text);
        Assert.Equal(Text.IndexOf("March", StringComparison.Ordinal), mention.Span.Start);
        Assert.Equal("March 2003", mention.Span.Slice(Text));
    }

    [Fact]
    public void A_span_that_cuts_a_phrase_reads_only_what_is_inside()
    {
        const string Text = "The town fell on April 7, 2014.";
        var cut = new TextSpan(0, Text.IndexOf(", 2014", StringComparison.Ordinal));

        var mention = Assert.Single(DateFinder.Find(Text, cut, Feb3));

        Assert.Equal("April 7", mention.Text);
        Assert.Equal("2014-04-07", mention.Date); // 63 days after the reference: the year before
        Assert.True(mention.Relative);
    }

    [Fact]
    public void Empty_text_and_empty_spans_have_no_mentions()
    {
        Assert.Empty(DateFinder.Find("", new TextSpan(0, 0), Feb3));
        Assert.Empty(DateFinder.Find("In 1999 it began.", new TextSpan(3, 3), Feb3));
    }

    [Fact]
    public void A_span_outside_the_text_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DateFinder.Find("In 1999.", new TextSpan(0, 20), Feb3));
        Assert.Throws<ArgumentOutOfRangeException>(() => DateFinder.Find("In 1999.", new TextSpan(-1, 3), Feb3));
    }

    [Fact]
    public void Long_texts_are_read_in_one_pass_with_every_mention_exact()
    {
        const string Sentence = "On April 7, 2014, fighters from the 1980s era met again; by late 2014, after 2,500 fighters left, talks began last June. ";
        var text = string.Concat(Enumerable.Repeat(Sentence, 5_000));

        var mentions = DateFinder.Find(text, new TextSpan(0, text.Length), Feb3);

        Assert.Equal(4 * 5_000, mentions.Count);
        Assert.All(mentions, m => Assert.Equal(m.Text, m.Span.Slice(text)));
        Assert.Equal(5_000, mentions.Count(m => m.Date == "2014-06"));
    }

    [Fact]
    public void Pathological_repetitions_finish_and_find_what_they_should()
    {
        var dashes = string.Join("-", Enumerable.Range(1900, 150).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var froms = string.Concat(Enumerable.Repeat("from from to to between and ", 20_000)) + "from 2007 to 2009";

        var chained = DateFinder.Find(dashes, new TextSpan(0, dashes.Length), Feb3);
        var words = DateFinder.Find(froms, new TextSpan(0, froms.Length), Feb3);

        // "1900-1901-1902-…" is a chain of numbers, like a phone number: no part of it is a date.
        Assert.Empty(chained);
        Assert.Equal("from 2007 to 2009", Assert.Single(words).Text);
    }

    [Fact]
    public void A_spoken_ordinal_day_after_the_is_a_day()
    {
        var m = Only("Gunmen struck Kessa on October the 7th, 2013, at dawn.", "October the 7th, 2013", Feb3);

        Assert.Equal("2013-10-07", m.Date);
        Assert.Equal(DatePrecision.Day, m.Precision);
    }

    [Theory]
    [InlineData("The rebels of the March 9 Movement took the hills.")]
    [InlineData("Envoys of the June 4 Alliance met in Kessa.")]
    public void A_yearless_day_before_a_name_head_is_part_of_a_name(string sentence)
    {
        Assert.Empty(Find(sentence, Feb3));
    }

    [Theory]
    [InlineData("Prisoners were executed between January 3 and 21 near Kessa.", "between January 3 and 21", "2015-01-03", "2015-01-21")]
    [InlineData("The siege lasted from March 3 to 5, 2012, in the hills.", "from March 3 to 5, 2012", "2012-03-03", "2012-03-05")]
    public void A_bare_second_day_closes_a_range_in_the_same_month(string sentence, string phrase, string start, string end)
    {
        var m = Only(sentence, phrase, Feb3);

        Assert.Equal(start, m.Date);
        Assert.Equal(end, m.EndDate);
        Assert.Equal(DatePrecision.Range, m.Precision);
    }

    [Fact]
    public void A_bare_number_after_a_day_that_counts_something_is_no_range_end()
    {
        var m = Assert.Single(Find("Between January 3 and 21 people were killed.", Feb3), x => x.Text.Contains("January", StringComparison.Ordinal));

        Assert.Equal("2015-01-03", m.Date);
        Assert.Null(m.EndDate);
    }

    [Theory]
    [InlineData("Listed on: 22/07/2025.", NumericOrder.Unknown, "2025-07-22")]
    [InlineData("Listed on: 7/22/2025.", NumericOrder.Unknown, "2025-07-22")]
    [InlineData("Listed on: 10/12/2008.", NumericOrder.DayFirst, "2008-12-10")]
    [InlineData("Listed on: 10/12/2008.", NumericOrder.MonthFirst, "2008-10-12")]
    public void A_numeric_date_is_read_when_its_order_is_certain(string sentence, NumericOrder order, string date)
    {
        var m = Assert.Single(DateFinder.Find(sentence, new TextSpan(0, sentence.Length), null, order));
        Assert.Equal(date, m.Date);
        Assert.Equal(DatePrecision.Day, m.Precision);
    }

    [Theory]
    [InlineData("Listed on: 10/12/2008.")]
    [InlineData("The ratio was 3/4/2015 in the table.")]
    [InlineData("The 2015/16 budget passed.")]
    public void A_numeric_date_whose_order_is_unknown_is_never_guessed(string sentence)
    {
        Assert.DoesNotContain(DateFinder.Find(sentence, new TextSpan(0, sentence.Length), null), m => m.Text.Contains('/', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("DOB: 05/06/1950. Listed on: 29/03/2001.", NumericOrder.DayFirst)]
    [InlineData("Born 12/25/1960, listed 3/4/2001.", NumericOrder.MonthFirst)]
    [InlineData("Dates 25/12/1960 and 12/25/1960.", NumericOrder.Unknown)]
    [InlineData("Listed on 10/12/2008.", NumericOrder.Unknown)]
    public void A_documents_order_is_told_by_its_certain_dates(string text, NumericOrder order)
    {
        Assert.Equal(order, NumericDates.OrderIn(text));
    }

    [Theory]
    [InlineData("The Velt Host rose in 1772 and lost.", "1772")]
    [InlineData("By 1834 the rebels held the hills.", "1834")]
    [InlineData("The fort was built around 1650, when the river moved.", "1650")]
    public void A_year_before_1900_after_a_preposition_of_time_is_a_date(string sentence, string year)
    {
        Assert.Contains(Find(sentence, Feb3), m => m.Date == year);
    }

    [Theory]
    [InlineData("Police found 1500 cases of fraud last spring.")]
    [InlineData("The Velt Host burned in 1650 villages.")]
    [InlineData("The army had 1772 men at the ford.")]
    public void A_number_before_1900_that_counts_is_no_date(string sentence)
    {
        Assert.DoesNotContain(Find(sentence, Feb3), m => m.Date is { Length: 4 } y && int.Parse(y, System.Globalization.CultureInfo.InvariantCulture) < 1900);
    }
}
