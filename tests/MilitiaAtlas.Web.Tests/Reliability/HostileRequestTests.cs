using System.Globalization;
using System.Net;
using System.Text;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit.Abstractions;

namespace MilitiaAtlas.Web.Tests.Reliability;

/// <summary>The seeds ingested once, with a rate limit high enough never to hide an error behind a 429.</summary>
public sealed class SeededAtlas : IDisposable
{
    public SeededAtlas()
    {
        App = new AtlasApp(("Atlas:RateLimit:PermitsPerWindow", "1000000"));
        App.Ingest(RepoPaths.Seeds);
        Client = App.CreateClient();
        using var c = App.Database.Open();
        SourceId = c.ExecuteScalar<string>("SELECT Id FROM Sources ORDER BY Id LIMIT 1")!;
    }

    internal AtlasApp App { get; }

    internal HttpClient Client { get; }

    /// <summary>A source that exists, for the reader's <c>hl</c> cases.</summary>
    internal string SourceId { get; }

    public void Dispose()
    {
        Client.Dispose();
        App.Dispose();
    }
}

/// <summary>
/// Hostile requests to search, the API and the reader: SQL and FTS5 syntax, empty and 10 KB queries, unknown
/// ids, absurd paging, malformed highlight ranges. Each gets a 4xx or a sane answer; never a 500, never an
/// exception page. Then thousands of random strings, from a fixed seed, through the same doors.
/// </summary>
public sealed class HostileRequestTests(SeededAtlas atlas, ITestOutputHelper output) : IClassFixture<SeededAtlas>
{
    private const int RandomStrings = 2000;

    public static TheoryData<string> HostileQueries { get; } =
    [
        "' OR 1=1 --", "'; DROP TABLE Sources; --", "\" OR \"\"=\"", "Robert'); DROP TABLE Entities;--", "1 UNION SELECT Text FROM Sources",
        "%", "_", "\\", "%' --", "/* comment", "*/",
        "\"", "\"\"", "\"unbalanced", "*", "a*", "*a", "**", ":", "col:val", "Title:x", "Text : x", "{Translit} : x", "{a b}: c", "a:b:c",
        "^", "^start", "(", ")", "(()", "())", "NEAR", "NEAR(", "NEAR(a b)", "NEAR(a b, 5)", "NEAR/3", "a NEAR b",
        "AND", "OR", "NOT", "a AND", "OR b", "NOT NOT", "a NOT b", "AND OR NOT", "-a", "+b", "\"a\" * \"b\"", "a OR", "(a OR b) AND NOT (c",
        "", " ", "\t", "\u0000", "\u0001\u0002\u0003", "\u200F\u202E\u2066", "\uFEFF", "\uD83D\uDE00", "مقتدى الصدر", "Badr ^ Corps*",
    ];

    public static TheoryData<string> MalformedHighlights { get; } =
    [
        "", "5-3", "3-3", "-1-5", "0--5", "0-99999999999", "99999999999-1", "abc", "1-2-3", "1e3-2e3", " 1-2", "0x10-0x20",
        "\u0661-\u0665", "0-2147483647", "2147483646-2147483647", "-", "--", "1-", "-1", "+1-+2", "1 - 2", "0-0", "%00", "1-2#x",
    ];

    public static TheoryData<string, int> Addresses { get; } = new()
    {
        { "/sources/no-such-source", 404 },
        { "/sources/%27%20OR%20%271%27%3D%271", 404 },
        { "/sources/..%2F..%2Fetc%2Fpasswd", 404 },
        { "/sources/" + new string('x', 10_000), 404 },
        { "/api/sources/no-such-source", 404 },
        { "/api/sources/%22%3B%20DROP%20TABLE%20Sources", 404 },
        { "/people/no-such-person", 404 },
        { "/groups/%3Cscript%3E", 404 },
        { "/places/" + new string('9', 5000), 404 },
        { "/api/entities/no-such-entity", 404 },
        { "/no/such/page", 404 },
        { "/api/entities?page=-5", 200 },
        { "/api/entities?page=0", 200 },
        { "/api/entities?page=2147483647", 200 },
        { "/api/entities?page=-2147483648", 200 },
        { "/api/entities?page=99999999999", 400 },
        { "/api/entities?page=abc", 400 },
        { "/api/entities?page=1.5", 400 },
        { "/api/entities?type=%3Cscript%3E", 400 },
        { "/api/entities?type=person&sort=%3BDROP%20TABLE%20Entities&q=%25", 200 },
        { "/people?page=-1", 200 },
        { "/people?page=0", 200 },
        { "/people?page=2147483647", 200 },
        { "/people?page=99999999999", 200 },
        { "/groups?page=abc&sort=%27", 200 },
        { "/places?q=" + new string('%', 3000), 200 },
        { "/timeline?from=zzz&to=%27%20OR%201%3D1", 200 },
        { "/timeline?from=-99999&to=99999999999&actor=%3Cscript%3E&group=..&place=%00", 200 },
        { "/api/timeline?from=2020-13-45&to=0000", 200 },
        { "/api/timeline?actor=no-such-actor", 200 },
        { "/api/graph?depth=99999999999", 400 },
        { "/api/graph?depth=-7&limit=-5&minSources=-3", 200 },
        { "/api/graph?limit=2147483647&minSources=2147483647", 200 },
        { "/api/graph?predicates=%3Cscript%3E", 400 },
        { "/api/graph?types=person,%27", 400 },
        { "/api/graph?from=0000&to=9999", 200 },
        { "/api/graph?from=9999&to=0000", 200 },
        { "/api/graph?focus=" + new string('x', 5000), 404 },
        { "/api/graph/evidence?subject=%27%20OR%201%3D1&predicate=leads&object=%00", 404 },
        { "/api/graph/evidence?subject=a&predicate=" + new string('p', 3000) + "&object=b", 404 },
        { "/network?depth=abc&limit=99999999999&predicates=%3Cscript%3E&types=%27&from=zzz&minSources=x", 200 },
        { "/network?focus=" + new string('%', 3000), 200 },
        { "/map?from=zzz&to=%27&actor=%00", 200 },
        { "/api/map?from=99999", 400 },
        { "/api/map?from=0000&to=9999", 200 },
    };

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task A_hostile_query_gets_an_ordinary_answer_from_search_suggest_the_network_and_the_map(string q)
    {
        var encoded = Uri.EscapeDataString(q);
        await AssertSane("/search?q=" + encoded, 200);
        await AssertSane("/api/search?q=" + encoded, 200);
        await AssertSane("/api/suggest?q=" + encoded, 200);
        await AssertSane("/api/entities?q=" + encoded, 200);
        await AssertSane("/people?q=" + encoded, 200);
        await AssertSane("/network?focus=" + encoded, 200);
        await AssertSane("/map?actor=" + encoded, 200);
        await AssertSane("/api/graph?focus=" + encoded, null);
        await AssertSane("/api/map?actor=" + encoded, null);
    }

    [Fact]
    public async Task Empty_and_10_KB_queries_get_an_ordinary_answer()
    {
        foreach (var q in new[] { "", "q=", "q=%20%20", "q=" + new string('a', 10_240), "q=" + string.Concat(Enumerable.Repeat("NEAR(%22", 1000)), "q=" + string.Concat(Enumerable.Repeat("%D9%85", 5000)) })
        {
            await AssertSane("/search?" + q, 200);
            await AssertSane("/api/search?" + q, 200);
            await AssertSane("/api/suggest?" + q, 200);
        }

        var body = await AssertSane("/api/search?q=" + new string('a', 10_240), 200);
        Assert.Contains("\"truncated\":true", body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(MalformedHighlights))]
    public async Task A_malformed_highlight_range_shows_the_source_without_a_highlight(string hl)
    {
        var body = await AssertSane($"/sources/{atlas.SourceId}?hl={Uri.EscapeDataString(hl)}", 200);

        Assert.DoesNotContain("<mark id=\"hl\">", body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task Unknown_ids_and_absurd_paging_get_a_4xx_or_a_sane_page(string url, int status)
    {
        await AssertSane(url, status);
    }

    [Fact]
    public async Task In_production_the_same_hostile_requests_get_the_same_answers()
    {
        using var app = new AtlasApp(("environment", "Production"), ("Atlas:RateLimit:PermitsPerWindow", "1000000"));
        Assert.Equal("Production", app.Services.GetRequiredService<IHostEnvironment>().EnvironmentName);
        app.Write("corpus/a.txt", Articles.Simple);
        app.Ingest(Path.Combine(app.Folder, "corpus"));
        using var client = app.CreateClient();

        foreach (var row in Addresses)
        {
            var (url, status) = ((string)row[0], (int)row[1]);
            using var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode == status, $"{url}: expected {status}, got {(int)response.StatusCode}");
            Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        }

        foreach (var q in HostileQueries)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(q))).StatusCode);
        }
    }

    [Fact]
    public async Task The_real_server_refuses_malformed_requests_with_a_4xx_and_does_not_log_queries()
    {
        using var temp = new TempFolder();
        var port = FreePort();
        using var server = AtlasProcess.Start("--db", temp.Path("atlas.db"), "--urls", $"http://127.0.0.1:{port}", "--Atlas:SeedsPath=" + RepoPaths.Seeds);
        server.WaitForStdout(o => o.Contains("Application started", StringComparison.Ordinal), TimeSpan.FromSeconds(90));

        // Raw bytes, as a hostile client sends them: nothing here goes through an HTTP client that would fix them first.
        var cases = new (string Name, byte[] Request)[]
        {
            ("NUL in the path", Raw("GET /sources/a%00b HTTP/1.1\r\nHost: x\r\n\r\n")),
            ("raw NUL in the path", [.. Raw("GET /sources/a"), 0, .. Raw("b HTTP/1.1\r\nHost: x\r\n\r\n")]),
            ("invalid UTF-8 in the path", Raw("GET /sources/%FF%FE%ED%A0%80 HTTP/1.1\r\nHost: x\r\n\r\n")),
            ("raw invalid UTF-8 in the query", [.. Raw("GET /search?q="), 0xFF, 0xC0, 0x80, .. Raw(" HTTP/1.1\r\nHost: x\r\n\r\n")]),
            ("a 40 KB request line", Raw("GET /search?q=" + new string('a', 40_000) + " HTTP/1.1\r\nHost: x\r\n\r\n")),
            ("a control character in a header", Raw("GET / HTTP/1.1\r\nHost: x\r\nX-Evil: a\u0001b\r\n\r\n")),
            ("no Host header", Raw("GET / HTTP/1.1\r\n\r\n")),
            ("a header without a colon", Raw("GET / HTTP/1.1\r\nHost: x\r\nbroken\r\n\r\n")),
            ("a bogus method", Raw("FOO<> / HTTP/1.1\r\nHost: x\r\n\r\n")),
            ("a path with dot segments", Raw("GET /sources/../../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n")),
            ("a 10 KB query", Raw("GET /api/search?q=" + string.Concat(Enumerable.Repeat("%22NEAR(", 1200)) + " HTTP/1.1\r\nHost: x\r\n\r\n")),
        };
        foreach (var (name, request) in cases)
        {
            var (status, body) = await SendRawAsync(port, request);
            output.WriteLine($"{name}: {status}");
            Assert.True(status is >= 200 and < 500, $"{name}: {status}");
            Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        }

        Assert.Equal(414, (await SendRawAsync(port, cases[4].Request)).Status);
        Assert.Equal(400, (await SendRawAsync(port, cases[0].Request)).Status);

        // Methods the site does not answer reach the app and get 405, not a page rendered without its data (a 500 and a stack trace in the log).
        foreach (var method in new[] { "TRACE", "OPTIONS", "DELETE" })
        {
            var (status, body) = await SendRawAsync(port, Raw($"{method} /people HTTP/1.1\r\nHost: x\r\n\r\n"));
            Assert.True(status == 405, $"{method}: {status}");
            Assert.Contains("\r\nAllow: GET, HEAD\r\n", body, StringComparison.Ordinal);
        }

        // The request log names the path and the status, never the query: what people search for stays out of the logs.
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/search?q=" + Uri.EscapeDataString(FaultCorpus.Canary))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/search?q=lantern-heron")).StatusCode);
        server.WaitForStdout(o => o.Contains("HTTP GET /api/search responded 200", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.DoesNotContain("lantern-heron", server.Stdout + server.Stderr, StringComparison.Ordinal);
        Assert.Contains("HTTP GET /search responded 200", server.Stdout, StringComparison.Ordinal);

        // A line break in a path cannot forge a log line.
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/sources/x%0D%0A%5B00:00:00%20ERR%5D%20forged")).StatusCode);
        server.WaitForStdout(o => o.Contains("forged responded 404", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.DoesNotContain(server.Stdout.Split('\n'), l => l.StartsWith("[00:00:00 ERR]", StringComparison.Ordinal));
        Assert.DoesNotContain("Exception", server.Stdout + server.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_queries_change_nothing_in_the_database()
    {
        long Count(string table)
        {
            using var c = atlas.App.Database.Open();
            return c.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table}");
        }

        var before = (Count("Sources"), Count("Entities"), Count("Claims"));
        foreach (var q in HostileQueries)
        {
            await AssertSane("/api/search?q=" + Uri.EscapeDataString(q), 200);
        }

        Assert.Equal(before, (Count("Sources"), Count("Entities"), Count("Claims")));
        StoreChecks.AssertConsistent(atlas.App.Database.FilePath);
    }

    [Fact]
    public async Task Thousands_of_random_strings_never_make_search_the_api_or_the_reader_fail()
    {
        var random = new Random(20261121);
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var requests = 0;
        for (var i = 0; i < RandomStrings; i++)
        {
            var q = RandomQuery(random);
            var urls = new[]
            {
                "/search?q=" + q,
                "/api/search?q=" + q,
                "/api/suggest?q=" + q,
                $"/sources/{atlas.SourceId}?hl=" + (random.Next(3) == 0 ? RandomRange(random) : q),
                "/sources/" + q.Replace("%00", "%01", StringComparison.Ordinal), // TestServer itself refuses NUL in a path; Kestrel's answer is tested below
                $"/api/entities?q={q}&page={RandomPage(random)}",
                $"/api/graph?focus={q}&depth={RandomPage(random)}",
            };
            foreach (var url in urls)
            {
                if (url.EndsWith('/'))
                {
                    continue; // an empty id is another address (the list), not a hostile id
                }

                await AssertSane(url, null);
                requests++;
            }
        }

        output.WriteLine($"{requests} requests in {sw.Elapsed.TotalSeconds:0.0} s");
    }

    private static byte[] Raw(string s) => Encoding.Latin1.GetBytes(s);

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Sends the bytes on a fresh connection and reads the status line and what follows (the server closes or answers).</summary>
    private static async Task<(int Status, string Body)> SendRawAsync(int port, byte[] request)
    {
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(request);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var received = new MemoryStream();
        var buffer = new byte[16384];
        while (true)
        {
            var n = await stream.ReadAsync(buffer, cts.Token);
            if (n == 0)
            {
                break;
            }

            received.Write(buffer, 0, n);
            var text = Encoding.UTF8.GetString(received.ToArray());
            var headersEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (headersEnd > 0 && Complete(text, headersEnd))
            {
                break;
            }
        }

        var response = Encoding.UTF8.GetString(received.ToArray());
        Assert.StartsWith("HTTP/1.1 ", response, StringComparison.Ordinal);
        return (int.Parse(response.AsSpan(9, 3), CultureInfo.InvariantCulture), response);
    }

    // A response is complete at its Content-Length, or at the end of its chunks.
    private static bool Complete(string text, int headersEnd)
    {
        var headers = text[..headersEnd];
        var match = System.Text.RegularExpressions.Regex.Match(headers, @"(?im)^content-length:\s*(\d+)");
        if (match.Success)
        {
            return Encoding.UTF8.GetByteCount(text[(headersEnd + 4)..]) >= int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        return text.EndsWith("0\r\n\r\n", StringComparison.Ordinal);
    }

    /// <summary>Status below 500 (and the expected one when given), and no exception text in the body.</summary>
    private async Task<string> AssertSane(string url, int? status)
    {
        using var response = await atlas.Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        var code = (int)response.StatusCode;
        var shown = url.Length > 200 ? url[..200] + "…" : url;
        Assert.True(code < 500, $"{shown}: {code}\n{(body.Length > 2000 ? body[..2000] : body)}");
        if (status is not null)
        {
            Assert.True(status == code, $"{shown}: expected {status}, got {code}");
        }

        Assert.False(body.Contains("Exception", StringComparison.Ordinal) || body.Contains("   at ", StringComparison.Ordinal),
            $"{shown}: the body shows an exception");
        Assert.NotEqual(HttpStatusCode.TooManyRequests, response.StatusCode);
        return body;
    }

    private static readonly string[] Pieces =
    [
        "\"", "*", ":", "^", "(", ")", "NEAR", "NEAR(", "NEAR/2", "AND", "OR", "NOT", "{", "}", "+", "-", "'", ",", ".",
        "' OR 1=1 --", "; DROP TABLE Sources; --", "%", "_", "\\", "/*", "*/", "UNION SELECT", "--",
        "\u0000", "\u0001", "\u0002", "\u0003", "\u001F", "\u007F", "\u0085", "\u200F", "\u200E", "\u202E", "\u202B", "\u2066", "\u2069", "\u061C",
        "\uFEFF", "\u00A0", "\u3000", "\uD83D\uDE00", "\uD800", "\uDC00", "\uDBFF\uDFFF", "\u0301", "\u200D", "\uFFFD", "\uFFFF",
        "مقتدى", "الصدر", "كتائب", "حزب الله", "Badr", "Corps", "Iran", "al-", "Abu", "<script>", "&", "#", "?", "/", "..", "=",
        "1", "-1", "0", "99999999999", " ", "  ", "\t", "\n", "\r\n",
    ];

    /// <summary>
    /// A percent-encoded random string: pieces of query syntax, SQL, control characters, marks, surrogates
    /// (paired and lone: a lone one goes out as its 3 WTF-8 bytes, which are not UTF-8), random code points,
    /// raw invalid bytes, and now and then a long run.
    /// </summary>
    private static string RandomQuery(Random random)
    {
        var sb = new StringBuilder();
        var n = random.Next(0, 12);
        for (var i = 0; i < n; i++)
        {
            switch (random.Next(10))
            {
                case < 5:
                    Encode(sb, Pieces[random.Next(Pieces.Length)]);
                    break;
                case 5:
                case 6:
                    var cp = random.Next(4) == 0 ? random.Next(0x20, 0x80) : random.Next(0, 0x110000);
                    Encode(sb, cp is >= 0xD800 and <= 0xDFFF ? ((char)cp).ToString() : char.ConvertFromUtf32(cp));
                    break;
                case 7:
                    sb.Append(new[] { "%FF", "%C0%80", "%ED%A0%80", "%F8%88%80%80%80", "%E2%82", "%" }[random.Next(6)]);
                    break;
                case 8:
                    Encode(sb, new string((char)random.Next(0x20, 0x7F), random.Next(1, 400)));
                    break;
                default:
                    if (random.Next(20) == 0)
                    {
                        var run = string.Concat(Enumerable.Repeat(Pieces[random.Next(Pieces.Length)], random.Next(100, 1500)));
                        Encode(sb, run[..Math.Min(run.Length, 3000)]);
                    }
                    else
                    {
                        Encode(sb, "word" + random.Next(1000).ToString(CultureInfo.InvariantCulture));
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    private static string RandomRange(Random random)
    {
        string Number() => random.Next(6) switch
        {
            0 => random.NextInt64(long.MinValue, long.MaxValue).ToString(CultureInfo.InvariantCulture),
            1 => int.MaxValue.ToString(CultureInfo.InvariantCulture),
            2 => "-" + random.Next(100).ToString(CultureInfo.InvariantCulture),
            _ => random.Next(0, 20_000).ToString(CultureInfo.InvariantCulture),
        };

        return Number() + "-" + Number();
    }

    private static string RandomPage(Random random) => random.Next(8) switch
    {
        0 => int.MinValue.ToString(CultureInfo.InvariantCulture),
        1 => int.MaxValue.ToString(CultureInfo.InvariantCulture),
        2 => "99999999999999999999",
        3 => "-1",
        4 => "abc",
        5 => "",
        _ => random.Next(-3, 5).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Percent-encodes every character but unreserved ASCII; a lone surrogate becomes its (invalid) 3-byte form.</summary>
    private static void Encode(StringBuilder sb, string s)
    {
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }

            if (cp < 0x80 && (char.IsAsciiLetterOrDigit((char)cp) || cp is '-' or '_' or '.' or '~'))
            {
                sb.Append((char)cp);
                continue;
            }

            var length = cp switch
            {
                < 0x80 => Set(bytes, (byte)cp),
                < 0x800 => Set(bytes, (byte)(0xC0 | (cp >> 6)), (byte)(0x80 | (cp & 0x3F))),
                < 0x10000 => Set(bytes, (byte)(0xE0 | (cp >> 12)), (byte)(0x80 | ((cp >> 6) & 0x3F)), (byte)(0x80 | (cp & 0x3F))),
                _ => Set(bytes, (byte)(0xF0 | (cp >> 18)), (byte)(0x80 | ((cp >> 12) & 0x3F)), (byte)(0x80 | ((cp >> 6) & 0x3F)), (byte)(0x80 | (cp & 0x3F))),
            };
            foreach (var b in bytes[..length])
            {
                sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }
    }

    private static int Set(Span<byte> span, params ReadOnlySpan<byte> values)
    {
        values.CopyTo(span);
        return values.Length;
    }
}
