namespace MilitiaAtlas.Ingestion.Tests;

/// <summary>
/// A block of a docs page that the code also prints (a table of the predicates, of the FtM mapping): the text between
/// <c>&lt;!-- NAME:begin --&gt;</c> and <c>&lt;!-- NAME:end --&gt;</c>, which a test holds equal to the code's.
/// </summary>
internal static class DocBlock
{
    public static string Read(string page, string name)
    {
        var doc = File.ReadAllText(page).Replace("\r\n", "\n", StringComparison.Ordinal);
        var begin = $"<!-- {name}:begin -->\n";
        var start = doc.IndexOf(begin, StringComparison.Ordinal) + begin.Length;
        var end = doc.IndexOf($"<!-- {name}:end -->", StringComparison.Ordinal);
        Assert.True(start >= begin.Length && end > start, $"{Path.GetFileName(page)} has no {name}:begin/end block");
        return doc[start..end];
    }
}
