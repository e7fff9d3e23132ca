namespace MilitiaAtlas.Ingestion.Extraction;

/// <summary>What a resolution key is made from; each kind has its prefix in the stored key (<see cref="ResolutionKey"/>).</summary>
public enum KeyKind : byte
{
    /// <summary>"id:": the gazetteer's id of a known place.</summary>
    PlaceId,

    /// <summary>"t:": the transliteration key of a name of two words or more (a place's one word too).</summary>
    Translit,

    /// <summary>"s:": the consonant skeleton of a full name, or of a group's or place's one word.</summary>
    Skeleton,

    /// <summary>"b:": a bare one-word name, often a surname that many share: a weak key.</summary>
    Bare,

    /// <summary>"a:": an acronym used alone, joined to the one name an article defined it for: a weak key.</summary>
    Acronym,

    /// <summary>"o:": an entity made from a one-word name alone (set by the atlas, never by an article).</summary>
    OneWord,

    /// <summary>"w:": an entity whose type only a listed neighbour gave (set by the atlas).</summary>
    ContextTyped,

    /// <summary>"merged:": the id of an entity merged into this one (set by the atlas: curation and its joins), so a
    /// curation file naming the old id still finds it. No article's actor carries one, so resolution never matches it.</summary>
    Merged,
}

/// <summary>
/// A key that cross-article resolution looks an actor up by: one home for how keys are written, stored
/// (<c>EntityKeys.Key</c> holds <see cref="Stored"/>, the prefix and the value) and read back. The web project's
/// EntityResolver and its SQL take the prefixes from here.
/// </summary>
public readonly record struct ResolutionKey(KeyKind Kind, string Value)
{
    public const string PlaceIdPrefix = "id:";
    public const string TranslitPrefix = "t:";
    public const string SkeletonPrefix = "s:";
    public const string BarePrefix = "b:";
    public const string AcronymPrefix = "a:";
    public const string OneWordPrefix = "o:";
    public const string ContextTypedPrefix = "w:";
    public const string MergedPrefix = "merged:";

    /// <summary>
    /// The first text after every stored key of a kind, for a range scan over the index ("Key >= 't:' AND Key &lt; 't;'"):
    /// the prefix with its colon turned into the next character.
    /// </summary>
    public const string TranslitEnd = "t;";
    public const string SkeletonEnd = "s;";
    public const string OneWordEnd = "o;";

    /// <summary>The length of the one-letter prefixes: what SQL's substr skips to read the value (substr(Key, 3)).</summary>
    public const int ShortPrefixLength = 2;

    public static ResolutionKey PlaceId(string id) => new(KeyKind.PlaceId, id);

    public static ResolutionKey Translit(string key) => new(KeyKind.Translit, key);

    public static ResolutionKey Skeleton(string key) => new(KeyKind.Skeleton, key);

    public static ResolutionKey Bare(string key) => new(KeyKind.Bare, key);

    public static ResolutionKey Acronym(string key) => new(KeyKind.Acronym, key);

    /// <summary>The key that keeps the id of an entity merged into another.</summary>
    public static ResolutionKey Merged(string entityId) => new(KeyKind.Merged, entityId);

    /// <summary>The marker key of an entity whose type only a listed neighbour gave: it has no value.</summary>
    public static ResolutionKey ContextTyped { get; } = new(KeyKind.ContextTyped, "");

    /// <summary>Only these keys alone never make an actor join an entity that has a full name: a surname, an acronym.</summary>
    public bool IsWeak => Kind is KeyKind.Bare or KeyKind.Acronym;

    /// <summary>The key of the entity made from this bare word alone ("b:x" → "o:x").</summary>
    public ResolutionKey AsOneWord() => Kind == KeyKind.Bare ? new(KeyKind.OneWord, Value) : throw new InvalidOperationException($"only a bare key has a one-word form, not {Stored}");

    /// <summary>The text <c>EntityKeys.Key</c> holds.</summary>
    public string Stored => Prefix(Kind) + Value;

    public override string ToString() => Stored;

    public static string Prefix(KeyKind kind) => kind switch
    {
        KeyKind.PlaceId => PlaceIdPrefix,
        KeyKind.Translit => TranslitPrefix,
        KeyKind.Skeleton => SkeletonPrefix,
        KeyKind.Bare => BarePrefix,
        KeyKind.Acronym => AcronymPrefix,
        KeyKind.OneWord => OneWordPrefix,
        KeyKind.ContextTyped => ContextTypedPrefix,
        KeyKind.Merged => MergedPrefix,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>A stored key read back; throws on text no kind's prefix opens.</summary>
    public static ResolutionKey Parse(string stored)
    {
        foreach (var kind in Enum.GetValues<KeyKind>())
        {
            var prefix = Prefix(kind);
            if (stored.StartsWith(prefix, StringComparison.Ordinal))
            {
                return new(kind, stored[prefix.Length..]);
            }
        }

        throw new FormatException($"'{stored}' is no resolution key");
    }
}
