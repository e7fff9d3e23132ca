using System.IO.Compression;
using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Documents.Pdf;

/// <summary>
/// The decompression-bomb check of a PDF, before the parser inflates anything: every Flate stream but images is inflated
/// into nothing, counting bytes, and a file whose streams add up to more than <see cref="InputLimits.ExpandedBytes"/> is
/// refused. The parser would otherwise hold a page's whole content stream in memory, however large it inflates.
/// </summary>
internal static class PdfStreams
{
    /// <summary>How far before a stream its dictionary is looked for.</summary>
    private const int DictionaryReach = 2048;

    public static void CheckExpansion(byte[] pdf, long max)
    {
        var total = 0L;
        var sink = new byte[64 * 1024];
        var at = 0;
        var span = pdf.AsSpan();
        while (at < pdf.Length)
        {
            var found = span[at..].IndexOf("stream"u8);
            if (found < 0)
            {
                return;
            }

            var keyword = at + found;
            at = keyword + 6;
            if (keyword >= 3 && span.Slice(keyword - 3, 3).SequenceEqual("end"u8))
            {
                continue;
            }

            var start = at;
            if (start < pdf.Length && pdf[start] == '\r')
            {
                start++;
            }

            if (start >= pdf.Length || pdf[start] != '\n')
            {
                continue;
            }

            start++;
            var endFound = span[start..].IndexOf("endstream"u8);
            if (endFound < 0)
            {
                return;
            }

            var end = start + endFound;
            at = end + 9;
            var from = Math.Max(0, keyword - DictionaryReach);
            var dictionary = System.Text.Encoding.ASCII.GetString(pdf, from, keyword - from);
            var objStart = dictionary.LastIndexOf(" obj", StringComparison.Ordinal);
            if (objStart >= 0)
            {
                dictionary = dictionary[objStart..];
            }

            if (!dictionary.Contains("/FlateDecode", StringComparison.Ordinal) || dictionary.Contains("/Image", StringComparison.Ordinal))
            {
                continue;
            }

            total += Inflated(pdf, start, end - start, max - total, sink);
            if (total > max)
            {
                throw new InputRefusedException(
                    $"the PDF's streams inflate to more than {max:N0} bytes, over the limit (Atlas:MaxExpandedBytes); refused as a possible decompression bomb");
            }
        }
    }

    /// <summary>How many bytes one stream inflates to, counting no further than just past <paramref name="budget"/>.</summary>
    private static long Inflated(byte[] pdf, int start, int length, long budget, byte[] sink)
    {
        var count = 0L;
        try
        {
            using var z = new ZLibStream(new MemoryStream(pdf, start, length, writable: false), CompressionMode.Decompress);
            int n;
            while ((n = z.Read(sink)) > 0)
            {
                count += n;
                if (count > budget)
                {
                    break;
                }
            }
        }
        catch (InvalidDataException)
        {
            // Not Flate data after all, or damaged: the parser decides what to make of it.
        }

        return count;
    }
}
