using System.Diagnostics;
using System.Text;

namespace MilitiaAtlas.Web.Tests.Reliability;

/// <summary>
/// The atlas command line as a real child process: MilitiaAtlas.Web.dll (copied beside the tests by the
/// project reference) run by the dotnet host that runs the tests. Output is collected as it arrives, so a
/// test can wait for a log line and then kill the process.
/// </summary>
internal sealed class AtlasProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _err = new();
    private readonly Lock _gate = new();

    private AtlasProcess(ProcessStartInfo start)
    {
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => Append(_out, e.Data);
        _process.ErrorDataReceived += (_, e) => Append(_err, e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The app under test; <c>ATLAS_TEST_DLL</c> names another build, to show that a test fails on older code.</summary>
    public static string Dll { get; } = Environment.GetEnvironmentVariable("ATLAS_TEST_DLL") is { Length: > 0 } dll
        ? dll
        : Path.Combine(AppContext.BaseDirectory, "MilitiaAtlas.Web.dll");

    /// <summary>The dotnet host: the one `dotnet test` names in DOTNET_HOST_PATH, else `dotnet` on the PATH.</summary>
    public static string Host { get; } =
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h && File.Exists(h) ? h : "dotnet";

    public string Stdout
    {
        get
        {
            lock (_gate)
            {
                return _out.ToString();
            }
        }
    }

    public string Stderr
    {
        get
        {
            lock (_gate)
            {
                return _err.ToString();
            }
        }
    }

    public int ExitCode => _process.ExitCode;

    /// <summary>Starts <c>MilitiaAtlas.Web.dll args…</c>.</summary>
    public static AtlasProcess Start(params string[] args) => new(StartInfo(Host, [Dll, .. args]));

    /// <summary>
    /// Starts the atlas with every file it writes limited to <paramref name="maxFileKb"/> KB (RLIMIT_FSIZE,
    /// through bash's ulimit): a write past the limit fails as it would on a full disk, instead of the
    /// process being killed by SIGXFSZ (ignored here). W^X is off because the runtime's double-mapped
    /// code pages are files too, and would hit the limit.
    /// </summary>
    public static AtlasProcess StartWithFileSizeLimit(long maxFileKb, params string[] args)
    {
        var start = StartInfo("/bin/bash", ["-c", $"trap '' XFSZ; ulimit -f {maxFileKb}; exec \"$0\" \"$@\"", Host, Dll, .. args]);
        start.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        return new AtlasProcess(start);
    }

    /// <summary>Runs to the end (or fails the test after <paramref name="timeout"/>).</summary>
    public static AtlasProcess Run(TimeSpan timeout, params string[] args)
    {
        var p = Start(args);
        p.WaitForExit(timeout);
        return p;
    }

    /// <summary>Runs to the end with <paramref name="input"/> on standard input (through bash's printf and a pipe).</summary>
    public static AtlasProcess RunWithInput(TimeSpan timeout, string input, params string[] args)
    {
        var p = new AtlasProcess(StartInfo("/bin/bash", ["-c", "printf '%s\\n' \"$INPUT\" | exec \"$0\" \"$@\"", Host, Dll, .. args], ("INPUT", input)));
        p.WaitForExit(timeout);
        return p;
    }

    /// <summary>Ingests the five seed articles into <paramref name="db"/> with the real verb, and checks that it succeeded.</summary>
    public static string IngestSeeds(string db)
    {
        using var run = Run(TimeSpan.FromSeconds(90), "ingest", RepoPaths.Seeds, "--db", db);
        Assert.True(run.ExitCode == 0, run.Stderr);
        return db;
    }

    public void WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            Kill();
            Assert.Fail($"the atlas process did not end within {timeout.TotalSeconds:0} s; stderr:\n{Tail(Stderr)}");
        }

        _process.WaitForExit(); // drains the output events
    }

    /// <summary>
    /// Like <see cref="WaitForExit"/>, and returns the process's peak resident memory in bytes: its <c>VmHWM</c> (the
    /// kernel's high-water mark, which only grows), read every 20 ms while it runs; the last reading is the peak up to then.
    /// </summary>
    public long WaitForExitMeasuringPeak(TimeSpan timeout)
    {
        var peak = 0L;
        var sw = Stopwatch.StartNew();
        while (!_process.HasExited && sw.Elapsed < timeout)
        {
            try
            {
                var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
                if (line is not null)
                {
                    peak = Math.Max(peak, long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024);
                }
            }
            catch (IOException)
            {
                // Ended between the check and the read.
            }

            Thread.Sleep(20);
        }

        WaitForExit(timeout - sw.Elapsed > TimeSpan.Zero ? timeout - sw.Elapsed : TimeSpan.FromSeconds(1));
        return peak;
    }

    /// <summary>Waits until the collected stderr satisfies <paramref name="condition"/>; fails the test when the process ends first or time runs out.</summary>
    public void WaitForStderr(Func<string, bool> condition, TimeSpan timeout) => WaitFor(() => Stderr, condition, timeout);

    private void WaitFor(Func<string> output, Func<string, bool> condition, TimeSpan timeout)
    {
        var sw = Stopwatch.StartNew();
        while (!condition(output()))
        {
            if (_process.HasExited)
            {
                _process.WaitForExit();
                if (condition(output()))
                {
                    return;
                }

                Assert.Fail($"the atlas process ended (exit code {_process.ExitCode}) before the awaited output; stderr:\n{Tail(Stderr)}");
            }

            if (sw.Elapsed > timeout)
            {
                Kill();
                Assert.Fail($"the awaited output did not come within {timeout.TotalSeconds:0} s; stderr:\n{Tail(Stderr)}");
            }

            Thread.Sleep(5);
        }
    }

    /// <summary>Waits until the collected stdout satisfies <paramref name="condition"/>.</summary>
    public void WaitForStdout(Func<string, bool> condition, TimeSpan timeout) => WaitFor(() => Stdout, condition, timeout);

    /// <summary>SIGKILL: the process gets no chance to roll back, flush or close anything.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
    }

    /// <summary>Sends <paramref name="signal"/> (SIGTERM, SIGINT…): unlike <see cref="Kill"/>, the process may act on it.</summary>
    public void Signal(Mono.Unix.Native.Signum signal) =>
        Assert.True(Mono.Unix.Native.Syscall.kill(_process.Id, signal) == 0, $"kill -{signal} {_process.Id} failed");

    public static int Count(string text, string fragment)
    {
        var n = 0;
        for (var i = text.IndexOf(fragment, StringComparison.Ordinal); i >= 0; i = text.IndexOf(fragment, i + fragment.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private static ProcessStartInfo StartInfo(string file, IEnumerable<string> args, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }

    private void Append(StringBuilder sb, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            sb.Append(line).Append('\n');
        }
    }

    private static string Tail(string text) => text.Length <= 4000 ? text : text[^4000..];
}
