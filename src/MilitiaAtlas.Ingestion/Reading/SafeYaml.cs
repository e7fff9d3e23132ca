using MilitiaAtlas.Ingestion.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace MilitiaAtlas.Ingestion.Reading;

/// <summary>
/// Loads YAML into YamlDotNet's node model only after a streaming pass over its events has checked it
/// against <see cref="InputLimits"/>: nesting depth (the node model is built recursively, so 50,000 levels
/// overflow the stack, which no catch survives) and the nodes reached through aliases, counted as if each
/// alias were expanded (an alias bomb of a few hundred bytes otherwise costs minutes, or exponential time
/// when its aliases are mapping keys). The streaming parser keeps its own stack and never recurses.
/// The one way front matter, <c>sources.yaml</c> and <c>curation.yaml</c> are read.
/// </summary>
public static class SafeYaml
{
    /// <summary>Parses <paramref name="yaml"/>. Throws <see cref="InputRefusedException"/> past a limit, and YamlDotNet's exceptions for malformed YAML.</summary>
    public static YamlStream Load(string yaml, InputLimits? limits = null)
    {
        Check(yaml, limits ?? InputLimits.Default);
        YamlStream stream = [];
        stream.Load(new StringReader(yaml));
        return stream;
    }

    private static void Check(string yaml, InputLimits limits)
    {
        var parser = new Parser(new StringReader(yaml));

        // Per open collection: its anchor and the node count when it opened, so that its size is known when it closes.
        var open = new Stack<(string? Anchor, long Start)>();
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        long nodes = 0, throughAliases = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case MappingStart or SequenceStart:
                    var start = (NodeEvent)parser.Current;
                    open.Push((start.Anchor.IsEmpty ? null : start.Anchor.Value, nodes));
                    nodes++;
                    if (open.Count > limits.YamlDepth)
                    {
                        throw new InputRefusedException(
                            $"YAML nested more than {limits.YamlDepth} levels deep (line {start.Start.Line}), over the limit (Atlas:MaxYamlDepth)");
                    }

                    break;
                case MappingEnd or SequenceEnd:
                    var (anchor, from) = open.Pop();
                    if (anchor is not null)
                    {
                        sizes[anchor] = nodes - from;
                    }

                    break;
                case Scalar scalar:
                    nodes++;
                    if (!scalar.Anchor.IsEmpty)
                    {
                        sizes[scalar.Anchor.Value] = 1;
                    }

                    break;
                case AnchorAlias alias:
                    var size = sizes.GetValueOrDefault(alias.Value.Value, 1);
                    throughAliases += size;

                    // An alias inside an anchored collection makes that collection as large as what it expands to.
                    nodes += size;
                    if (throughAliases > limits.YamlAliasNodes)
                    {
                        throw new InputRefusedException(
                            $"YAML aliases expand to more than {limits.YamlAliasNodes:N0} nodes (line {alias.Start.Line}), over the limit (Atlas:MaxYamlAliasNodes)");
                    }

                    break;
                default:
                    break;
            }
        }
    }
}
