using System.Net.Sockets;
using System.Text;
using Dapper;
using Xunit.Abstractions;

namespace MilitiaAtlas.Web.Tests.Reliability;

/// <summary>
/// A bounded fuzz of the ingest (issue 22): a fixed seed writes a few hundred files of every hostile kind (nested
/// Markdown, deep and aliased YAML, random bytes, huge lines, odd file types, bad sidecars) among good articles and
/// mutated ones, and the real <c>ingest</c> verb runs over them in a child process. Whatever the file, it has exactly
/// one fate: stored, or named on one <c>error:</c> line. The seed is fixed, so a failure reproduces; change
/// <see cref="Seed"/> locally to explore further.
/// </summary>
[Collection(HeavyTestsRunAlone.Name)]
public sealed class IngestFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 22;
    private const int Cases = 300;

    /// <summary>What a generated file must come to; <see cref="Either"/> for mutations whose outcome is not known in advance.</summary>
    private enum Fate
    {
        Stored,
        Refused,
        Either,
    }

    private static readonly string[] Names = ["Northern", "Brigades", "Haddad", "Valley", "Front", "Council", "Omar", "Lina", "River", "Army"];
    private static readonly string[] Words = ["said", "the", "fighters", "on", "Monday", "attacked", "a", "convoy", "near", "town", "and", "officials", "denied", "it"];

    [Fact]
    public void Hundreds_of_generated_hostile_files_each_get_one_fate_and_the_ingest_ends_within_its_bounds()
    {
        using var temp = new TempFolder();
        var folder = temp.Path("fuzz");
        var random = new Random(Seed);
        var cases = new List<(string Key, Fate Fate)>();
        var sockets = new List<Socket>();
        using var closeSockets = new Disposables(sockets);
        for (var i = 0; i < Cases; i++)
        {
            var dir = $"d{i % 12}";
            cases.Add(Generate(random, folder, dir, i, sockets));
        }

        // Bad sidecars in some folders: refused on their own line, and their folder's articles still go in.
        HostileFiles.Write(Path.Combine(folder, "d3", "sources.yaml"), HostileFiles.DeepYaml("x.txt"));
        cases.Add(("d3/sources.yaml", Fate.Refused));
        HostileFiles.Write(Path.Combine(folder, "d7", "sources.yaml"), HostileFiles.AliasBomb());
        cases.Add(("d7/sources.yaml", Fate.Refused));
        HostileFiles.Link(Path.Combine(folder, "d9", "sources.yaml"), "/dev/zero");
        cases.Add(("d9/sources.yaml", Fate.Refused));

        var db = temp.Path("atlas.db");
        using var run = AtlasProcess.Start("ingest", folder, "--db", db, "--max-bytes", "200000");
        var peak = run.WaitForExitMeasuringPeak(TimeSpan.FromSeconds(180));

        output.WriteLine($"{cases.Count} files; peak resident memory {peak / 1e6:0} MB; {run.Stdout.Trim()}");
        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("Unhandled exception", run.Stderr, StringComparison.Ordinal);
        Assert.True(peak is > 0 and < 1L << 30, $"peak resident memory {peak / 1e6:0} MB");
        var refused = run.Stderr.Split('\n')
            .Where(l => l.StartsWith("error: " + folder + "/", StringComparison.Ordinal))
            .Select(l => l[("error: " + folder + "/").Length..])
            .Select(l => l[..l.IndexOf(": ", StringComparison.Ordinal)])
            .ToList();
        Assert.Equal(run.Stderr.Split('\n').Count(l => l.StartsWith("error: ", StringComparison.Ordinal)), refused.Count);
        List<string> stored;
        using (var c = StoreChecks.Open(db))
        {
            stored = c.Query<string>("SELECT FileKey FROM Sources").ToList();
        }

        foreach (var (key, fate) in cases)
        {
            var lines = refused.Count(r => r == key);
            var isStored = stored.Contains(key);
            Assert.True(lines + (isStored ? 1 : 0) == 1, $"{key} ({fate}, {Describe(Path.Combine(folder, key))}): stored {isStored}, {lines} error lines");
            Assert.True(fate == Fate.Either || (fate == Fate.Stored) == isStored, $"{key} should be {fate}; stored {isStored}");
        }

        // Nothing stored or refused that was not generated.
        Assert.Empty(stored.Except(cases.Select(c => c.Key)));
        Assert.Empty(refused.Except(cases.Select(c => c.Key)));
        Assert.InRange(cases.Count(c => c.Fate == Fate.Stored), 60, Cases);
        Assert.InRange(cases.Count(c => c.Fate == Fate.Refused), 60, Cases);
        StoreChecks.AssertConsistent(db);
    }

    private sealed class Disposables(List<Socket> sockets) : IDisposable
    {
        public void Dispose() => sockets.ForEach(s => s.Dispose());
    }

    private static string Describe(string path) =>
        $"{MilitiaAtlas.Atlas.Files.FileKind.Of(path, followLinks: false).Type} -> {new FileInfo(path).LinkTarget}";

    private static (string Key, Fate Fate) Generate(Random random, string folder, string dir, int i, List<Socket> sockets)
    {
        string Key(string ext) => $"{dir}/case-{i:000}{ext}";
        string PathOf(string key) => Path.Combine(folder, key);
        (string, Fate) Text(string ext, string text, Fate fate)
        {
            HostileFiles.Write(PathOf(Key(ext)), text);
            return (Key(ext), fate);
        }

        (string, Fate) Bytes(string ext, byte[] bytes, Fate fate)
        {
            Directory.CreateDirectory(Path.Combine(folder, dir));
            File.WriteAllBytes(PathOf(Key(ext)), bytes);
            return (Key(ext), fate);
        }

        switch (random.Next(16))
        {
            case 0 or 1:
                return Text(".txt", Article(random, i), Fate.Stored);
            case 2:
                return Text(".md", NestedMarkdown(random, random.Next(1, 11)) + "\n\n" + Article(random, i), Fate.Stored);
            case 3:
                return Text(".md", NestedMarkdown(random, random.Next(33, 400)), Fate.Refused);
            case 4:
                var depth = random.Next(33, 60_000);
                var deep = random.Next(2) == 0
                    ? "title: " + new string('[', depth) + new string(']', depth) + "\n"
                    : string.Concat(Enumerable.Range(0, Math.Min(depth, 400)).Select(d => new string(' ', d) + "k:\n")) + "\n";
                return Text(".md", "---\n" + deep + "---\n\n" + Article(random, i), Fate.Refused);
            case 5:
                return random.Next(2) == 0
                    ? Text(".md", "---\n" + HostileFiles.AliasBomb() + "---\n\n" + Article(random, i), Fate.Refused)
                    : Text(".md", "---\nsite: &s Outlet\noutlet: *s\ntitle: Aliases used with care\n---\n\n" + Article(random, i), Fate.Stored);
            case 6:
                var binary = new byte[random.Next(1, 5000)];
                random.NextBytes(binary);
                binary[random.Next(binary.Length)] = 0;
                return Bytes(".txt", binary, Fate.Refused);
            case 7:
                var noise = new byte[random.Next(1, 5000)];
                random.NextBytes(noise);
                for (var b = 0; b < noise.Length; b++)
                {
                    noise[b] = noise[b] == 0 ? (byte)' ' : noise[b];
                }

                return Bytes(".md", noise, Fate.Either);
            case 8:
                return Text(".txt", "A huge line\n\n" + new string('w', random.Next(200_001, 400_000)), Fate.Refused);
            case 9:
                return Text(".txt", "A long line\n\n" + string.Join(' ', Enumerable.Range(0, 20_000).Select(_ => Words[random.Next(Words.Length)])), Fate.Stored);
            case 10:
                return OddFile(random, folder, Key(".txt"), sockets);
            case 11:
                return Text(".md", "---\ntitle: Front matter only\n---\n" + new string('\n', random.Next(3)), Fate.Refused);
            case 12:
                return Text(".txt", "", Fate.Refused);
            default:
                return Text(random.Next(2) == 0 ? ".md" : ".txt", Mutate(random, Article(random, i)), Fate.Either);
        }
    }

    private static (string, Fate) OddFile(Random random, string folder, string key, List<Socket> sockets)
    {
        var path = Path.Combine(folder, key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        switch (random.Next(5))
        {
            case 0:
                HostileFiles.Fifo(path);
                break;
            case 1:
                File.CreateSymbolicLink(path, "/dev/zero");
                break;
            case 2:
                File.CreateSymbolicLink(path, "/dev/null");
                break;
            case 3:
                File.CreateSymbolicLink(path, Path.Combine(folder, "no-such-target.txt"));
                break;
            default:
                // Bound and kept open until the test ends: a socket file is removed when its socket is disposed.
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                socket.Bind(new UnixDomainSocketEndPoint(path));
                sockets.Add(socket);
                break;
        }

        return (key, Fate.Refused);
    }

    private static string Article(Random random, int i)
    {
        var sb = new StringBuilder($"Report {i} from the {Names[random.Next(Names.Length)]} {Names[random.Next(Names.Length)]}\n\n");
        for (var p = random.Next(1, 6); p > 0; p--)
        {
            for (var s = random.Next(1, 4); s > 0; s--)
            {
                sb.Append(Names[random.Next(Names.Length)]).Append(' ');
                for (var w = random.Next(3, 12); w > 0; w--)
                {
                    sb.Append(random.Next(4) == 0 ? Names[random.Next(Names.Length)] : Words[random.Next(Words.Length)]).Append(' ');
                }

                sb.Append("case ").Append(i).Append(". ");
            }

            sb.Append("\n\n");
        }

        return sb.ToString();
    }

    /// <summary>Block quotes and lists nested <paramref name="depth"/> levels, as markers on one line or by indentation.</summary>
    private static string NestedMarkdown(Random random, int depth) => random.Next(3) switch
    {
        0 => new string('>', depth) + " deep\n",
        1 => string.Concat(Enumerable.Range(0, depth).Select(d => new string(' ', 2 * d) + "- level\n")),
        _ => string.Concat(Enumerable.Range(0, depth).Select(d => d % 2 == 0 ? "> " : "1. ")) + "mixed\n",
    };

    /// <summary>Random Markdown punctuation, control characters, surrogates and line breaks thrown into a good article.</summary>
    private static string Mutate(Random random, string text)
    {
        string[] bits = ["[", "]", "(", ")", "*", "_", "`", "```", ">", "- ", "1. ", "#", "---\n", "\n\n", "<div>", "|", "\\", "&amp;", "\u202E", "\uD800", "\u0001", "\t"];
        var sb = new StringBuilder(text);
        for (var m = random.Next(1, 200); m > 0; m--)
        {
            sb.Insert(random.Next(sb.Length + 1), random.Next(5) == 0 ? string.Concat(Enumerable.Repeat(bits[random.Next(bits.Length)], random.Next(1, 300))) : bits[random.Next(bits.Length)]);
        }

        return sb.ToString();
    }
}
