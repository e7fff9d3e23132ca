using MilitiaAtlas.Ingestion.Extraction;

namespace MilitiaAtlas.Ingestion.Claims;

/// <summary>The word lists of attribution, loaded once from the embedded data files.</summary>
public static class SpeechLexicon
{
    /// <summary>Verbs that make a speech frame (embedded Data/speech-verbs.txt, with the name finder's speech verbs).</summary>
    public static readonly HashSet<string> Verbs = new(NameLexicon.SpeechVerbs.Concat(LoadWords("speech-verbs.txt")), StringComparer.OrdinalIgnoreCase);

    /// <summary>Transcript labels for whoever asks the questions (embedded Data/questioner-labels.txt): "Q", "QUESTION".</summary>
    public static readonly HashSet<string> QuestionerLabels = new(LoadWords("questioner-labels.txt"), StringComparer.OrdinalIgnoreCase);

    /// <summary>Transcript labels for whoever answers the questions (embedded Data/answerer-labels.txt): "A", "ANSWER".</summary>
    public static readonly HashSet<string> AnswererLabels = new(LoadWords("answerer-labels.txt"), StringComparer.OrdinalIgnoreCase);

    /// <summary>Transcript labels for no person of the story (embedded Data/narrator-labels.txt): "NARRATOR", "VOICE-OVER".</summary>
    public static readonly HashSet<string> NarratorLabels = new(LoadWords("narrator-labels.txt"), StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns between "according to" and the source (embedded Data/source-nouns.txt): "a statement from", "a report by".</summary>
    public static readonly HashSet<string> SourceNouns = new(LoadWords("source-nouns.txt"), StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns of what someone said (embedded Data/utterance-nouns.txt): "X's instruction to the cadres: "…"".</summary>
    public static readonly string[] UtteranceNouns = LoadWords("utterance-nouns.txt");

    private static string[] LoadWords(string file) => LexiconFile.Load(file).Words(LexiconFile.Whole);
}
