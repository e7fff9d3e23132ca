using System.Text;
using Mono.Unix.Native;
using Xunit.Abstractions;

namespace MilitiaAtlas.Web.Tests.Reliability;

/// <summary>One bad file of issue 22's hostile folder and a fragment of its one-line reason.</summary>
internal sealed record BadFile(string Name, string Reason);

/// <summary>
/// The files of issue 22 that stopped, hung or leaked the ingest, written at test time: nested Markdown, deep and
/// aliased YAML in front matter, <c>sources.yaml</c> and <c>curation.yaml</c>, links to <c>/dev/zero</c>, a named pipe,
/// links that lead outside the folder or to its parent, a 150 MB (sparse) sidecar, and front matter with no text.
/// Each sits beside good files that must still go in.
/// </summary>
internal static class HostileFiles
{
    public const string Control = "The Northern Brigades said on Monday that the road to the river was open again. Residents confirmed it.";

    /// <summary>128 nested block quotes: 130 bytes that aborted the whole ingest (exit code 134).</summary>
    public static string NestedQuotes { get; } = new string('>', 128) + " x\n";

    /// <summary>100 nested list levels.</summary>
    public static string NestedLists { get; } = string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', 2 * i) + "- item\n"));

    /// <summary>YAML nested 50,000 deep (100 KB): overflowed the stack, which kills the process.</summary>
    public static string DeepYaml(string key = "title") => key + ": " + new string('[', 50_000) + new string(']', 50_000) + "\n";

    /// <summary>An alias bomb whose aliases are mapping keys (about 430 bytes): minutes of CPU, exponential beyond.</summary>
    public static string AliasBomb()
    {
        var sb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i <= 8; i++)
        {
            sb.Append($"a{i}: &a{i} [").AppendJoin(", ", Enumerable.Repeat($"*a{i - 1}", 9)).Append("]\n");
        }

        return sb.Append("? *a8\n: key\n").ToString();
    }

    public static string Article(string title) => HostileCorpus.Article(title, Control);

    /// <summary>UTF-8 that writes a lone surrogate as U+FFFD instead of throwing.</summary>
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Lenient);
    }

    public static void Fifo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Assert.Equal(0, Syscall.mkfifo(path, FilePermissions.DEFFILEMODE));
    }

    public static void Link(string path, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
    }

    /// <summary>
    /// Writes every case into <paramref name="folder"/> (and a secret file into <paramref name="outside"/>, beside it),
    /// with the five seed articles in <c>seeds/</c>. Returns the bad files and the names of the good ones.
    /// </summary>
    public static (List<BadFile> Bad, List<string> Good) WriteAll(string folder, string outside)
    {
        var bad = new List<BadFile>();
        var good = new List<string>();
        var seeds = Path.Combine(folder, "seeds");
        Directory.CreateDirectory(seeds);
        foreach (var seed in Directory.GetFiles(RepoPaths.Seeds))
        {
            File.Copy(seed, Path.Combine(seeds, Path.GetFileName(seed)));
            if (seed.EndsWith(".txt", StringComparison.Ordinal))
            {
                good.Add(Path.Combine("seeds", Path.GetFileName(seed)));
            }
        }

        void Bad(string name, string reason) => bad.Add(new BadFile(name, reason));
        void Good(string name)
        {
            Write(Path.Combine(folder, name), Article("Good file " + name));
            good.Add(name);
        }

        Write(Path.Combine(folder, "nested-quotes.md"), NestedQuotes);
        Bad("nested-quotes.md", "Markdown nested 128 levels deep");
        Write(Path.Combine(folder, "nested-lists.md"), NestedLists);
        Bad("nested-lists.md", "Markdown nested 100 levels deep");
        Write(Path.Combine(folder, "deep-front-matter.md"), "---\n" + DeepYaml() + "---\n\n" + Control + "\n");
        Bad("deep-front-matter.md", "front matter: YAML nested more than 32 levels deep");
        Write(Path.Combine(folder, "bomb-front-matter.md"), "---\n" + AliasBomb() + "---\n\n" + Control + "\n");
        Bad("bomb-front-matter.md", "front matter: YAML aliases expand to more than 100,000 nodes");
        Write(Path.Combine(folder, "only-front-matter.md"), "---\ntitle: A title and nothing else\n---\n");
        Bad("only-front-matter.md", "no text (the file holds only front matter)");

        Link(Path.Combine(folder, "zero.txt"), "/dev/zero");
        Bad("zero.txt", "not a regular file (a character device)");
        Fifo(Path.Combine(folder, "pipe.txt"));
        Bad("pipe.txt", "not a regular file (a named pipe)");

        Write(Path.Combine(outside, "secret.txt"), Article("Secret outside the folder"));
        Link(Path.Combine(folder, "notes.txt"), Path.Combine(outside, "secret.txt"));
        Bad("notes.txt", "outside the folders given; not followed");
        Link(Path.Combine(folder, "up"), Path.GetDirectoryName(folder)!);
        Bad("up", "outside the folders given; not followed");

        Write(Path.Combine(folder, "deep-sidecar", "sources.yaml"), DeepYaml("a.txt"));
        Bad(Path.Combine("deep-sidecar", "sources.yaml"), "YAML nested more than 32 levels deep");
        Good(Path.Combine("deep-sidecar", "a.txt"));
        Write(Path.Combine(folder, "bomb-sidecar", "sources.yaml"), AliasBomb());
        Bad(Path.Combine("bomb-sidecar", "sources.yaml"), "YAML aliases expand to more than 100,000 nodes");
        Good(Path.Combine("bomb-sidecar", "b.txt"));
        Link(Path.Combine(folder, "zero-sidecar", "sources.yaml"), "/dev/zero");
        Bad(Path.Combine("zero-sidecar", "sources.yaml"), "not a regular file (a character device)");
        Good(Path.Combine("zero-sidecar", "c.txt"));
        Directory.CreateDirectory(Path.Combine(folder, "huge-sidecar"));
        using (var huge = File.Create(Path.Combine(folder, "huge-sidecar", "sources.yaml")))
        {
            huge.SetLength(150L * 1024 * 1024); // sparse: nothing is written
        }

        Bad(Path.Combine("huge-sidecar", "sources.yaml"), "over the 16,777,216-byte limit (Atlas:MaxSidecarBytes)");
        Good(Path.Combine("huge-sidecar", "d.txt"));

        Write(Path.Combine(folder, "curation.yaml"), "- reject: " + new string('[', 50_000) + new string(']', 50_000) + "\n");
        Bad("curation.yaml", "YAML nested more than 32 levels deep");
        return (bad, good);
    }
}

/// <summary>
/// Issue 22: no file can crash, hang or leak the ingest. Each case runs the real <c>ingest</c> verb in a child
/// process, since on the code before the fix these files killed the process (a stack overflow cannot be caught),
/// hung it or ran it out of memory; each test names what happened then.
/// </summary>
[Collection(HeavyTestsRunAlone.Name)]
public sealed class HostileFilesTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>The one-line reasons printed for a run, each as (file, reason).</summary>
    private static List<(string File, string Reason)> Errors(AtlasProcess run) =>
        run.Stderr.Split('\n').Where(l => l.StartsWith("error: ", StringComparison.Ordinal))
            .Select(l => l["error: ".Length..])
            .Select(l => (File: l[..l.IndexOf(": ", StringComparison.Ordinal)], Reason: l[(l.IndexOf(": ", StringComparison.Ordinal) + 2)..]))
            .ToList();

    private static void AssertRefused(AtlasProcess run, string path, string reason) =>
        Assert.Single(Errors(run), e => e.File == path && e.Reason.Contains(reason, StringComparison.Ordinal));

    /// <summary>Runs <c>ingest</c> on <paramref name="folder"/> into a new database beside it.</summary>
    private static (AtlasProcess Run, string Db) Ingest(TempFolder temp, string folder, params string[] options)
    {
        var db = temp.Path("atlas.db");
        return (AtlasProcess.Run(Timeout, ["ingest", folder, "--db", db, .. options]), db);
    }

    /// <summary>Runs <c>ingest --follow-links</c> into another new database, which must succeed; returns how many sources it stored.</summary>
    private static long SourcesFollowingLinks(TempFolder temp, string folder)
    {
        var db = temp.Path("followed.db");
        using var run = AtlasProcess.Run(Timeout, "ingest", folder, "--db", db, "--follow-links");
        Assert.Equal(0, run.ExitCode);
        return StoreChecks.Sources(db);
    }

    [Fact]
    public void Markdown_nested_128_quotes_or_100_lists_deep_is_refused_and_the_other_files_go_in()
    {
        // Before: exit code 134, an unhandled Markdig exception, no error line, nothing stored.
        using var temp = new TempFolder();
        var folder = temp.Path("in");
        HostileFiles.Write(Path.Combine(folder, "quotes.md"), HostileFiles.NestedQuotes);
        HostileFiles.Write(Path.Combine(folder, "lists.md"), HostileFiles.NestedLists);
        HostileFiles.Write(Path.Combine(folder, "control.txt"), HostileFiles.Article("Control"));

        var (run, db) = Ingest(temp, folder);

        Assert.Equal(1, run.ExitCode);
        AssertRefused(run, Path.Combine(folder, "quotes.md"), "Markdown nested 128 levels deep (block quotes and lists, line 1), over the limit of 32 (Atlas:MaxMarkdownDepth)");
        AssertRefused(run, Path.Combine(folder, "lists.md"), "Markdown nested 100 levels deep");
        Assert.Equal(1, StoreChecks.Sources(db));
        Assert.DoesNotContain("Exception", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_nested_50000_deep_in_front_matter_sources_yaml_or_curation_yaml_is_refused_without_killing_the_process()
    {
        // Before: a stack overflow, and the process died.
        using var temp = new TempFolder();
        var folder = temp.Path("in");
        HostileFiles.Write(Path.Combine(folder, "front.md"), "---\n" + HostileFiles.DeepYaml() + "---\n\n" + HostileFiles.Control + "\n");
        HostileFiles.Write(Path.Combine(folder, "sources.yaml"), HostileFiles.DeepYaml("control.txt"));
        HostileFiles.Write(Path.Combine(folder, "curation.yaml"), "- reject: " + new string('[', 50_000) + new string(']', 50_000) + "\n");
        HostileFiles.Write(Path.Combine(folder, "control.txt"), HostileFiles.Article("Control"));

        var (run, db) = Ingest(temp, folder);

        Assert.Equal(1, run.ExitCode);
        AssertRefused(run, Path.Combine(folder, "front.md"), "front matter: YAML nested more than 32 levels deep (line 1), over the limit (Atlas:MaxYamlDepth)");
        AssertRefused(run, Path.Combine(folder, "sources.yaml"), "YAML nested more than 32 levels deep (line 1), over the limit (Atlas:MaxYamlDepth); its entries are not used");
        AssertRefused(run, Path.Combine(folder, "curation.yaml"), "YAML nested more than 32 levels deep (line 1), over the limit (Atlas:MaxYamlDepth); no operations applied");
        Assert.Equal(1, StoreChecks.Sources(db));
    }

    [Fact]
    public void A_yaml_alias_bomb_used_as_mapping_keys_is_refused_at_once()
    {
        // Before: the issue's bombs took 26 s at 395 bytes and 239 s at 430 bytes; this one took 11 s on fc9ca45, and
        // then stored the article and applied the sidecar without a word.
        using var temp = new TempFolder();
        var folder = temp.Path("in");
        HostileFiles.Write(Path.Combine(folder, "sources.yaml"), HostileFiles.AliasBomb());
        HostileFiles.Write(Path.Combine(folder, "front.md"), "---\n" + HostileFiles.AliasBomb() + "---\n\n" + HostileFiles.Control + "\n");
        HostileFiles.Write(Path.Combine(folder, "curation.yaml"), "- " + HostileFiles.AliasBomb().Replace("\n", "\n  ", StringComparison.Ordinal));
        HostileFiles.Write(Path.Combine(folder, "control.txt"), HostileFiles.Article("Control"));
        Assert.InRange(Encoding.UTF8.GetByteCount(HostileFiles.AliasBomb()), 300, 500);

        var (run, db) = Ingest(temp, folder);

        Assert.Equal(1, run.ExitCode);
        const string Reason = "YAML aliases expand to more than 100,000 nodes";
        AssertRefused(run, Path.Combine(folder, "sources.yaml"), Reason);
        AssertRefused(run, Path.Combine(folder, "front.md"), "front matter: " + Reason);
        AssertRefused(run, Path.Combine(folder, "curation.yaml"), Reason);
        Assert.Equal(1, StoreChecks.Sources(db));
    }

    [Fact]
    public void Links_to_dev_zero_and_a_named_pipe_are_refused_by_type_before_they_are_opened()
    {
        // Before: /dev/zero (length 0, so the size limit passed) was read until memory ran out, and the pipe hung the ingest forever.
        using var temp = new TempFolder();
        var folder = temp.Path("in");
        HostileFiles.Link(Path.Combine(folder, "zero.txt"), "/dev/zero");
        HostileFiles.Fifo(Path.Combine(folder, "pipe.md"));
        HostileFiles.Link(Path.Combine(folder, "side", "sources.yaml"), "/dev/zero");
        HostileFiles.Write(Path.Combine(folder, "side", "control.txt"), HostileFiles.Article("Control"));
        HostileFiles.Fifo(Path.Combine(folder, "ignored.fifo"));

        var (run, db) = Ingest(temp, folder);

        Assert.Equal(1, run.ExitCode);
        AssertRefused(run, Path.Combine(folder, "zero.txt"), "not a regular file (a character device); refused");
        AssertRefused(run, Path.Combine(folder, "pipe.md"), "not a regular file (a named pipe); refused");
        AssertRefused(run, Path.Combine(folder, "side", "sources.yaml"), "not a regular file (a character device)");
        Assert.Equal(3, Errors(run).Count); // a pipe not named like an article is skipped, like any other non-article
        Assert.Equal(1, StoreChecks.Sources(db));

        // Named on the command line, a device is refused the same way.
        using var named = AtlasProcess.Run(Timeout, "ingest", "/dev/zero", "--db", temp.Path("named.db"));
        Assert.Equal(1, named.ExitCode);
        AssertRefused(named, "/dev/zero", "not a regular file (a character device); refused");
    }

    [Fact]
    public void A_symbolic_link_to_a_file_outside_the_folder_is_not_followed_unless_follow_links_is_given()
    {
        // Before: notes.txt -> /etc/passwd was ingested and served.
        using var temp = new TempFolder();
        var folder = temp.Path("in");
        var outside = temp.Path("outside");
        HostileFiles.Write(Path.Combine(outside, "secret.txt"), HostileFiles.Article("Secret"));
        HostileFiles.Link(Path.Combine(folder, "notes.txt"), Path.Combine(outside, "secret.txt"));
        HostileFiles.Write(Path.Combine(folder, "sub", "control.txt"), HostileFiles.Article("Control"));
        HostileFiles.Link(Path.Combine(folder, "inside.txt"), Path.Combine(folder, "sub", "control.txt"));

        var (run, db) = Ingest(temp, folder);

        Assert.Equal(1, run.ExitCode);
        AssertRefused(run, Path.Combine(folder, "notes.txt"),
            $"symbolic link to {Path.Combine(outside, "secret.txt")}, outside the folders given; not followed (--follow-links follows such links)");
        Assert.Single(Errors(run));

        // The link inside the folder leads to a file taken once, under the first name the walk meets.
        Assert.Equal(1, StoreChecks.Sources(db));

        Assert.Equal(2, SourcesFollowingLinks(temp, folder));
    }

    [Fact]
    public void A_link_to_the_folders_parent_stores_each_file_once()
    {
        // Before: the link defeated loop detection and every file was stored 41 times.
        using var temp = new TempFolder();
        var folder = temp.Path("corpus", "in");
        HostileFiles.Write(Path.Combine(folder, "a.txt"), HostileFiles.Article("First"));
        HostileFiles.Write(Path.Combine(folder, "deeper", "b.txt"), HostileFiles.Article("Second"));
        HostileFiles.Link(Path.Combine(folder, "deeper", "up"), temp.Path("corpus"));
        HostileFiles.Link(Path.Combine(folder, "loop"), folder);

        var (run, db) = Ingest(temp, folder);

        Assert.Equal(1, run.ExitCode);
        AssertRefused(run, Path.Combine(folder, "deeper", "up"), "outside the folders given; not followed");
        Assert.Equal(2, StoreChecks.Sources(db));

        // Followed, the parent is walked too, and still each real file once, whatever the paths to it.
        Assert.Equal(2, SourcesFollowingLinks(temp, folder));
    }

    [Fact]
    public void A_sidecar_over_its_size_limit_is_refused_and_its_articles_go_in_without_it()
    {
        // Before: sidecars had no size limit (150 MB of sources.yaml peaked at 3.2 GB).
        using var temp = new TempFolder();
        var folder = temp.Path("in");
        var entries = string.Concat(Enumerable.Range(0, 100).Select(i => $"other-{i}.txt:\n  title: An entry of a large sidecar\n"));
        HostileFiles.Write(Path.Combine(folder, "sources.yaml"), "control.txt:\n  title: From the sidecar\n" + entries);
        HostileFiles.Write(Path.Combine(folder, "control.txt"), HostileFiles.Article("From the text"));

        var (run, db) = Ingest(temp, folder, "--Atlas:MaxSidecarBytes=2000");

        Assert.Equal(1, run.ExitCode);
        AssertRefused(run, Path.Combine(folder, "sources.yaml"), "over the 2,000-byte limit (Atlas:MaxSidecarBytes); its entries are not used");
        Assert.Equal(1, StoreChecks.Sources(db));
        Assert.Equal("From the text", StoreChecks.Scalar<string>(db, "SELECT Title FROM Sources"));
    }

    [Fact]
    public void A_markdown_file_of_front_matter_only_is_refused_with_a_reason()
    {
        // Before: stored as an empty source, without a warning.
        using var temp = new TempFolder();
        var folder = temp.Path("in");
        HostileFiles.Write(Path.Combine(folder, "only.md"), "---\ntitle: Nothing below\n---\n\n  \n");
        HostileFiles.Write(Path.Combine(folder, "control.md"), "---\ntitle: Something below\n---\n\n" + HostileFiles.Control + "\n");

        var (run, db) = Ingest(temp, folder);

        Assert.Equal(1, run.ExitCode);
        AssertRefused(run, Path.Combine(folder, "only.md"), "no text (the file holds only front matter)");
        Assert.Equal(1, StoreChecks.Sources(db));
    }

    [Fact]
    public void Past_the_passage_limit_or_the_time_limit_a_file_is_refused_and_the_others_go_in()
    {
        using var temp = new TempFolder();
        var folder = temp.Path("in");
        HostileFiles.Write(Path.Combine(folder, "many.txt"), string.Concat(Enumerable.Range(0, 30).Select(i => $"Paragraph {i}.\n\n")));
        HostileFiles.Write(Path.Combine(folder, "control.txt"), HostileFiles.Article("Control"));

        var (run, db) = Ingest(temp, folder, "--Atlas:MaxPassages=20");

        Assert.Equal(1, run.ExitCode);
        AssertRefused(run, Path.Combine(folder, "many.txt"), "30 passages, over the limit of 20 (Atlas:MaxPassages)");
        Assert.Equal(1, StoreChecks.Sources(db));

        // A millisecond is not enough for half a megabyte of text: the file is refused, and the run goes on.
        var big = new StringBuilder("A long report\n\n");
        while (big.Length < 500_000)
        {
            big.Append(HostileFiles.Control).Append("\n\n");
        }

        HostileFiles.Write(Path.Combine(folder, "slow.txt"), big.ToString());
        using var timed = AtlasProcess.Run(Timeout, "ingest", Path.Combine(folder, "slow.txt"), "--db", temp.Path("timed.db"), "--Atlas:MaxSecondsPerFile=0.001");
        Assert.Equal(1, timed.ExitCode);
        AssertRefused(timed, Path.Combine(folder, "slow.txt"), "took more than 0.001 s to read and extract (Atlas:MaxSecondsPerFile); refused");
    }

    [Fact]
    public void The_seeds_and_every_hostile_case_together_store_the_good_files_and_print_one_line_per_bad_file_within_60_s_and_1_GB()
    {
        using var temp = new TempFolder();
        var folder = temp.Path("corpus", "in");
        var (bad, good) = HostileFiles.WriteAll(folder, temp.Path("corpus", "outside"));
        var db = temp.Path("atlas.db");

        var sw = System.Diagnostics.Stopwatch.StartNew();
        using var run = AtlasProcess.Start("ingest", folder, "--db", db);
        var peak = run.WaitForExitMeasuringPeak(Timeout);
        var elapsed = sw.Elapsed;

        Assert.Equal(1, run.ExitCode);
        var errors = Errors(run);
        foreach (var b in bad)
        {
            AssertRefused(run, Path.Combine(folder, b.Name), b.Reason);
        }

        Assert.Equal(bad.Count, errors.Count);
        Assert.Equal(good.Count, StoreChecks.Sources(db));
        Assert.Equal(5, good.Count(g => g.StartsWith("seeds", StringComparison.Ordinal)));
        Assert.Contains($"{good.Count} added, 0 updated, 0 unchanged, {bad.Count} failed", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Stderr, StringComparison.Ordinal);
        output.WriteLine($"{good.Count} stored, {bad.Count} refused in {elapsed.TotalSeconds:0.0} s, peak resident memory {peak / 1e6:0} MB");
        Assert.True(elapsed < TimeSpan.FromSeconds(60), $"took {elapsed.TotalSeconds:0.0} s");
        Assert.True(peak is > 0 and < 1L << 30, $"peak resident memory {peak / 1e6:0} MB");
        StoreChecks.AssertConsistent(db);
    }
}
