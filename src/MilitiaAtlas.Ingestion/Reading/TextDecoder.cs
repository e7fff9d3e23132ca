using System.Text;
using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Ingestion.Reading;

/// <summary>The outcome of decoding a file's bytes: text and warnings, or the reason it was refused.</summary>
public sealed record DecodeResult(string? Text, string? Error, IReadOnlyList<IngestWarning> Warnings)
{
    public bool Ok => Error is null;

    public static DecodeResult Fail(string error) => new(null, error, []);
}

/// <summary>
/// Turns file bytes into stored text. UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded;
/// bytes that are not valid UTF-8 are decoded as Windows-1252 with a warning; binary data, empty and
/// whitespace-only files are refused. CRLF and lone CR become LF; nothing else is changed.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Windows-1252 differs from Latin-1 only in 0x80-0x9F. Unassigned bytes map to U+FFFD.
    private static readonly char[] Cp1252High =
    [
        '\u20AC', '\uFFFD', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\uFFFD', '\u017D', '\uFFFD',
        '\uFFFD', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\uFFFD', '\u017E', '\u0178',
    ];

    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            return DecodeResult.Fail("empty file");
        }

        var warnings = new List<IngestWarning>();
        string text;
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        else
        {
            var body = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? bytes[3..] : bytes;
            if (LooksBinary(body))
            {
                return DecodeResult.Fail("binary file (control bytes found; expected text)");
            }

            try
            {
                text = StrictUtf8.GetString(body);
            }
            catch (DecoderFallbackException ex)
            {
                text = DecodeWindows1252(body);
                warnings.Add(new IngestWarning("encoding",
                    $"not valid UTF-8 (first bad byte at offset {ex.Index}); decoded as Windows-1252"));
            }
        }

        if (text.Contains('\0'))
        {
            return DecodeResult.Fail("binary file (NUL characters found; expected text)");
        }

        text = NormalizeNewlines(text);
        if (string.IsNullOrWhiteSpace(text.Replace('\u00A0', ' ').Replace('\uFEFF', ' ')))
        {
            return DecodeResult.Fail("no text (the file holds only whitespace)");
        }

        return new DecodeResult(text, null, warnings);
    }

    public static string NormalizeNewlines(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    internal static string DecodeWindows1252(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            chars[i] = b is >= 0x80 and <= 0x9F ? Cp1252High[b - 0x80] : (char)b;
        }

        return new string(chars);
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
            {
                control++;
            }
        }

        return control > sample.Length / 20 + 1;
    }
}
