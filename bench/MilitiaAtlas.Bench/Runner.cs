using System.Diagnostics;
using MilitiaAtlas.Ingestion;
using MilitiaAtlas.Ingestion.Claims;
using MilitiaAtlas.Ingestion.Events;
using MilitiaAtlas.Ingestion.Extraction;
using MilitiaAtlas.Ingestion.Model;
using MilitiaAtlas.Ingestion.Reuse;
using MilitiaAtlas.Ingestion.Segmentation;

namespace MilitiaAtlas.Bench;

/// <summary>Time and size of one group of articles inside a measurement.</summary>
public sealed record GroupFigures(string Group, int Articles, long Chars, long Utf8Bytes, double Seconds, double? CpuSeconds, double MbPerSecond, double? MbPerCpuSecond, double ArticlesPerSecond);

/// <summary>
/// One measurement: whole passes over the articles on the calling thread until the time is up.
/// MB are 10^6 bytes of the articles' stored text encoded as UTF-8.
/// </summary>
public sealed record Measurement(
    string Name,
    int Articles,
    long CharsPerPass,
    long Utf8BytesPerPass,
    double WarmupSeconds,
    int Passes,
    double Seconds,
    double? CpuSeconds,
    double MbPerSecond,
    double? MbPerCpuSecond,
    double CharsPerSecond,
    double ArticlesPerSecond,
    double RoundMbPerSecondMin,
    double RoundMbPerSecondMedian,
    double RoundMbPerSecondMax,
    double AllocatedBytesPerTextByte,
    int Gen0Collections,
    int Gen1Collections,
    int Gen2Collections,
    int EntitiesPerPass,
    int MentionsPerPass,
    IReadOnlyList<GroupFigures> Groups,
    StageSplit? Stages);

/// <summary>
/// Where the time of <see cref="Pipeline.Process"/> goes. Each article is run twice in turn: once through
/// Pipeline.Process (timed whole) and once through a copy of its stages (each timed). Shares are of the
/// Process time; what the copy does not cover (stages added to Process since) is <see cref="NotSplitShare"/>.
/// </summary>
public sealed record StageSplit(int Passes, double ProcessSeconds, double StageSeconds, IReadOnlyDictionary<string, double> SecondsByStage,
    IReadOnlyDictionary<string, long> BytesByStage)
{
    public IReadOnlyDictionary<string, double> Shares =>
        SecondsByStage.ToDictionary(kv => kv.Key, kv => ProcessSeconds > 0 ? kv.Value / ProcessSeconds : 0);

    /// <summary>The part of Process that the stage copy does not time (can be slightly negative from noise).</summary>
    public double NotSplitShare => ProcessSeconds > 0 ? 1 - SecondsByStage.Values.Sum() / ProcessSeconds : 0;
}

public static class Runner
{
    public static readonly string[] StageNames = ["paragraphs", "passage kinds", "sentences", "fingerprints", "mentions", "resolution", "claims", "relations", "events"];

    // Results fold into this so no call can be seen as dead.
    private static long _sink;

    public static long Sink => _sink;

    /// <summary>Warms up, then runs <see cref="Pipeline.Process"/> over every article in turn until at least <paramref name="seconds"/> have passed.</summary>
    public static Measurement Measure(string name, IReadOnlyList<BenchArticle> articles, double seconds, double warmupSeconds) =>
        MeasureInterleaved([(name, articles)], seconds, warmupSeconds)[0];

    /// <summary>
    /// Measures several corpora in alternating slices of half a second until each has had at least
    /// <paramref name="seconds"/>, so that a neighbour's load on a shared machine falls on all of them
    /// alike and their ratio stays fair.
    /// </summary>
    public static IReadOnlyList<Measurement> MeasureInterleaved(IReadOnlyList<(string Name, IReadOnlyList<BenchArticle> Articles)> corpora, double seconds, double warmupSeconds)
    {
        var pipeline = Pipeline.Default;
        var meters = corpora.Select(c => new Meter(c.Name, c.Articles, pipeline)).ToList();
        foreach (var m in meters)
        {
            m.WarmupSeconds = Warm(m.Articles, warmupSeconds, a => _sink += pipeline.Process(a).Entities.Count);
        }

        Settle();
        var limit = (long)(seconds * Stopwatch.Frequency);
        while (meters.Any(m => m.Ticks < limit))
        {
            foreach (var m in meters.Where(m => m.Ticks < limit))
            {
                m.RunSlice(Stopwatch.Frequency / 2);
            }
        }

        return meters.Select(m => m.Result()).ToList();
    }

    /// <summary>Runs whole passes over one corpus and keeps the books: wall and CPU time per article, allocations, collections, rounds.</summary>
    private sealed class Meter
    {
        private readonly Pipeline _pipeline;
        private readonly long[] _articleTicks;
        private readonly double[] _articleCpu;
        private readonly List<(long Ticks, int Passes)> _rounds = [];
        private readonly int _entities;
        private readonly int _mentions;
        private double? _cpu = 0;
        private long _allocated;
        private int _gen0;
        private int _gen1;
        private int _gen2;
        private int _passes;

        public Meter(string name, IReadOnlyList<BenchArticle> articles, Pipeline pipeline)
        {
            Name = name;
            Articles = articles;
            _pipeline = pipeline;
            _articleTicks = new long[articles.Count];
            _articleCpu = new double[articles.Count];
            foreach (var a in articles)
            {
                var p = pipeline.Process(a.Article);
                _entities += p.Entities.Count;
                _mentions += p.Entities.Sum(e => e.Mentions.Count);
            }
        }

        public string Name { get; }

        public IReadOnlyList<BenchArticle> Articles { get; }

        public double WarmupSeconds { get; set; }

        public long Ticks { get; private set; }

        /// <summary>Whole passes until at least <paramref name="minTicks"/> have passed; the slice is one round.</summary>
        public void RunSlice(long minTicks)
        {
            var gc0 = GC.CollectionCount(0);
            var gc1 = GC.CollectionCount(1);
            var gc2 = GC.CollectionCount(2);
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var cpu = ThreadClock.Seconds();
            long slice = 0;
            var passes = 0;
            while (slice < minTicks)
            {
                var passStart = Stopwatch.GetTimestamp();
                for (var i = 0; i < Articles.Count; i++)
                {
                    var articleCpu = ThreadClock.Seconds() ?? 0;
                    var t0 = Stopwatch.GetTimestamp();
                    var processed = _pipeline.Process(Articles[i].Article);
                    _articleTicks[i] += Stopwatch.GetTimestamp() - t0;
                    _articleCpu[i] += (ThreadClock.Seconds() ?? 0) - articleCpu;
                    _sink += processed.Entities.Count + processed.Sentences.Count;
                }

                slice += Stopwatch.GetTimestamp() - passStart;
                passes++;
            }

            var cpuEnd = ThreadClock.Seconds();
            _cpu = _cpu is { } sum && cpu is { } c0 && cpuEnd is { } c1 ? sum + (c1 - c0) : null;
            _allocated += GC.GetAllocatedBytesForCurrentThread() - allocated;
            _gen0 += GC.CollectionCount(0) - gc0;
            _gen1 += GC.CollectionCount(1) - gc1;
            _gen2 += GC.CollectionCount(2) - gc2;
            _rounds.Add((slice, passes));
            _passes += passes;
            Ticks += slice;
        }

        public Measurement Result()
        {
            var bytesPerPass = Articles.Sum(a => (long)a.Utf8Bytes);
            var charsPerPass = Articles.Sum(a => (long)a.Chars);
            var passes = _passes;
            var elapsed = (double)Ticks / Stopwatch.Frequency;
            var cpuSeconds = _cpu;
            var roundRates = _rounds
                .Select(r => bytesPerPass * (double)r.Passes / 1e6 / ((double)r.Ticks / Stopwatch.Frequency))
                .Order()
                .ToList();

            var groups = Articles
                .Select((a, i) => (a, i))
                .GroupBy(x => x.a.Group)
                .Select(g =>
                {
                    var s = g.Sum(x => (double)_articleTicks[x.i]) / Stopwatch.Frequency;
                    var c = cpuSeconds is null ? (double?)null : g.Sum(x => _articleCpu[x.i]);
                    var b = g.Sum(x => (long)x.a.Utf8Bytes);
                    var n = g.Count();
                    return new GroupFigures(g.Key, n, g.Sum(x => (long)x.a.Chars), b, s, c, b * (double)passes / 1e6 / s,
                        c is > 0 ? b * (double)passes / 1e6 / c : null, n * (double)passes / s);
                })
                .ToList();

            return new Measurement(
                Name,
                Articles.Count,
                charsPerPass,
                bytesPerPass,
                WarmupSeconds,
                passes,
                elapsed,
                cpuSeconds,
                bytesPerPass * (double)passes / 1e6 / elapsed,
                cpuSeconds is > 0 ? bytesPerPass * (double)passes / 1e6 / cpuSeconds : null,
                charsPerPass * (double)passes / elapsed,
                Articles.Count * (double)passes / elapsed,
                roundRates[0],
                roundRates[roundRates.Count / 2],
                roundRates[^1],
                _allocated / (double)(bytesPerPass * passes),
                _gen0,
                _gen1,
                _gen2,
                _entities,
                _mentions,
                groups,
                null);
        }
    }

    /// <summary>
    /// The stages of <see cref="Pipeline.Process"/> as of this benchmark's writing, each timed on its own,
    /// alternated article by article with Process itself. This copies Pipeline.Process (the pipeline does
    /// not expose its stages); the headline figure never uses it.
    /// </summary>
    public static StageSplit MeasureStages(IReadOnlyList<BenchArticle> articles, double seconds)
    {
        var pipeline = Pipeline.Default;
        var finder = new MentionFinder(Gazetteer.Default);
        var stageTicks = new long[StageNames.Length];
        var stageBytes = new long[StageNames.Length];
        Warm(articles, Math.Min(1, seconds), a =>
        {
            RunStages(finder, a, new long[StageNames.Length], new long[StageNames.Length]);
            _sink += pipeline.Process(a).Entities.Count;
        });
        Settle();

        var limit = (long)(seconds * Stopwatch.Frequency);
        long processTicks = 0, stagesTicks = 0;
        var passes = 0;
        while (processTicks + stagesTicks < limit)
        {
            foreach (var a in articles)
            {
                var t0 = Stopwatch.GetTimestamp();
                _sink += pipeline.Process(a.Article).Entities.Count;
                var t1 = Stopwatch.GetTimestamp();
                RunStages(finder, a.Article, stageTicks, stageBytes);
                stagesTicks += Stopwatch.GetTimestamp() - t1;
                processTicks += t1 - t0;
            }

            passes++;
        }

        var bySeconds = new Dictionary<string, double>(StringComparer.Ordinal);
        var byBytes = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var s = 0; s < StageNames.Length; s++)
        {
            bySeconds[StageNames[s]] = (double)stageTicks[s] / Stopwatch.Frequency;
            byBytes[StageNames[s]] = stageBytes[s];
        }

        return new StageSplit(passes, (double)processTicks / Stopwatch.Frequency, (double)stagesTicks / Stopwatch.Frequency, bySeconds, byBytes);
    }

    private static void RunStages(MentionFinder finder, Article article, long[] ticks, long[] bytes)
    {
        var text = article.Text;
        var t0 = Stopwatch.GetTimestamp();
        var b0 = GC.GetAllocatedBytesForCurrentThread();
        var paragraphs = ParagraphSplitter.Split(text, article.Format);
        var t1 = Stopwatch.GetTimestamp();
        var b1 = GC.GetAllocatedBytesForCurrentThread();
        var passages = PassageClassifier.Classify(text, paragraphs, article.Metadata);
        var t2 = Stopwatch.GetTimestamp();
        var b2 = GC.GetAllocatedBytesForCurrentThread();
        var body = passages.Where(p => p.Kind == PassageKind.Body).ToList();
        var sentences = body.SelectMany(p => SentenceSplitter.Split(text, p)).ToList();
        var t3 = Stopwatch.GetTimestamp();
        var b3 = GC.GetAllocatedBytesForCurrentThread();
        var fingerprints = new Dictionary<int, long[]>();
        foreach (var p in body)
        {
            var f = Fingerprint.Of(text, p.Span);
            if (f.Length > 0)
            {
                fingerprints[p.Ordinal] = f;
            }
        }

        var t4 = Stopwatch.GetTimestamp();
        var b4 = GC.GetAllocatedBytesForCurrentThread();
        var found = finder.Find(text, sentences);
        var t5 = Stopwatch.GetTimestamp();
        var b5 = GC.GetAllocatedBytesForCurrentThread();
        var labelled = SpeakerLabels.Find(text, passages, DocumentResolver.Resolve(found), () => DocumentResolver.Resolve(finder.Find(text,
            passages.Where(p => p.Kind is PassageKind.Heading or PassageKind.Byline).SelectMany(p => SentenceSplitter.Split(text, p)).ToList())));
        var entities = labelled.Entities;
        var t6 = Stopwatch.GetTimestamp();
        var b6 = GC.GetAllocatedBytesForCurrentThread();
        var claims = ClaimFinder.Find(text, passages, sentences, entities, labelled.Labels, found.SentenceTokens);
        var t7 = Stopwatch.GetTimestamp();
        var b7 = GC.GetAllocatedBytesForCurrentThread();
        var quotes = QuoteSpans.Find(text, body);
        var relations = RelationFinder.Find(text, claims, entities, quotes, Gazetteer.Default);
        var t8 = Stopwatch.GetTimestamp();
        var b8 = GC.GetAllocatedBytesForCurrentThread();
        var events = EventFinder.Find(text, claims, entities, article.Metadata.Published, Gazetteer.Default);
        var t9 = Stopwatch.GetTimestamp();
        var b9 = GC.GetAllocatedBytesForCurrentThread();
        ticks[0] += t1 - t0;
        bytes[0] += b1 - b0;
        ticks[1] += t2 - t1;
        bytes[1] += b2 - b1;
        ticks[2] += t3 - t2;
        bytes[2] += b3 - b2;
        ticks[3] += t4 - t3;
        bytes[3] += b4 - b3;
        ticks[4] += t5 - t4;
        bytes[4] += b5 - b4;
        ticks[5] += t6 - t5;
        bytes[5] += b6 - b5;
        ticks[6] += t7 - t6;
        bytes[6] += b7 - b6;
        ticks[7] += t8 - t7;
        bytes[7] += b8 - b7;
        ticks[8] += t9 - t8;
        bytes[8] += b9 - b8;
        _sink += entities.Count + fingerprints.Count + relations.Count + events.Count;
    }

    /// <summary>
    /// Runs whole passes for at least <paramref name="minSeconds"/>, then until a round of half a second
    /// compiles no method (tiered JIT has finished promoting the hot code, which takes seconds on a busy
    /// machine) and its rate agrees within 5% with the round before; at most <see cref="MaxWarmupSeconds"/>.
    /// Returns the seconds spent.
    /// </summary>
    private static double Warm(IReadOnlyList<BenchArticle> articles, double minSeconds, Action<Article> run)
    {
        var sw = Stopwatch.StartNew();
        double? previous = null;
        while (true)
        {
            var roundStart = sw.Elapsed.TotalSeconds;
            var jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
            var passes = 0;
            do
            {
                foreach (var a in articles)
                {
                    run(a.Article);
                }

                passes++;
            }
            while (sw.Elapsed.TotalSeconds - roundStart < 0.5);

            var rate = passes / (sw.Elapsed.TotalSeconds - roundStart);
            var quiet = System.Runtime.JitInfo.GetCompiledMethodCount() == jitted;
            var settled = quiet && previous is { } p && Math.Abs(rate - p) <= 0.05 * Math.Max(rate, p);
            if ((settled && sw.Elapsed.TotalSeconds >= minSeconds) || sw.Elapsed.TotalSeconds >= MaxWarmupSeconds)
            {
                return sw.Elapsed.TotalSeconds;
            }

            previous = rate;
        }
    }

    public const double MaxWarmupSeconds = 30;

    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
