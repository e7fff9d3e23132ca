using Dapper;

namespace MilitiaAtlas.Web.Tests.Browser;

/// <summary>
/// Small defects of issue 19, checked in a browser over the seeds: the sources table fits a phone's width, and the
/// reader keeps a highlighted span on the line of the text that follows it.
/// </summary>
[Collection(BrowserTestsRunSerially.Name)]
public sealed class SmallDefectsBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Theory]
    [InlineData("/sources")]
    [InlineData("/people")]
    public async Task A_list_fits_a_phone_screen_without_scrolling_sideways(string path)
    {
        await using var context = await app.Browser.NewContextAsync(new Microsoft.Playwright.BrowserNewContextOptions
        {
            BaseURL = app.BaseUrl,
            ViewportSize = new Microsoft.Playwright.ViewportSize { Width = 375, Height = 740 },
            Locale = "en-US",
        });
        var page = await BrowserApp.OpenAsync(context, path);

        var (scroll, width) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => window.innerWidth"));
        var wide = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                    .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
            """);
        Assert.Equal(375, width);
        Assert.True(scroll <= width, $"{path} is {scroll} px wide on a {width} px screen: {string.Join(", ", wide)}");
        Assert.True(await page.Locator("table.list tbody tr").CountAsync() > 0);
    }

    [Fact]
    public async Task The_reader_keeps_the_text_after_a_highlight_on_its_line()
    {
        using var c = app.Database.Open();
        // A mention in the middle of a sentence: the highlight ends inside the line.
        var (id, start, end, ordinal) = c.QueryFirst<(string, long, long, long)>("""
            SELECT s.Id, m.Start, m."End", cl.PassageOrdinal
            FROM Mentions m JOIN Sources s ON s.Num = m.SourceNum JOIN Claims cl ON cl.SourceNum = m.SourceNum AND cl.Ordinal = m.ClaimOrdinal
            WHERE m.Start > cl.Start + 20 AND m."End" < cl."End" - 20
            ORDER BY s.Id, m.Start LIMIT 1
            """);
        await using var context = await app.NewContextAsync();
        var page = await BrowserApp.OpenAsync(context, $"/sources/{id}?hl={start}-{end}#p-{ordinal}");

        // Where the mark's last line box is, and where the first character after it is drawn.
        var tops = await page.Locator("mark#hl").EvaluateAsync<double[]>("""
            m => {
              const rects = m.getClientRects(), last = rects[rects.length - 1];
              const r = document.createRange(), next = m.nextSibling;
              r.setStart(next, 0); r.setEnd(next, 1);
              return [last.top, last.bottom, r.getBoundingClientRect().top, r.getBoundingClientRect().bottom];
            }
            """);

        Assert.True(Math.Abs(tops[0] - tops[2]) < 2 && Math.Abs(tops[1] - tops[3]) < 2,
            $"the text after the highlight starts on another line (mark {tops[0]}-{tops[1]}, next {tops[2]}-{tops[3]})");
    }
}
