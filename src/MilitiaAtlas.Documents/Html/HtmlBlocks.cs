using System.Text;
using AngleSharp.Dom;
using MilitiaAtlas.Ingestion.Model;

namespace MilitiaAtlas.Documents.Html;

/// <summary>
/// The readable blocks of an element, the way a browser lays them out: each block-level element (paragraph, heading,
/// list item, quotation, table cell) is a block, <c>br</c> is a line break, other white space is one space, and what a
/// reader does not see as text (scripts, styles, forms, media) is left out. Headings are heading blocks.
/// </summary>
internal static class HtmlBlocks
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul", "h1", "h2", "h3", "h4", "h5", "h6",
    };

    private static readonly HashSet<string> Unseen = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "canvas", "svg", "math", "button", "select",
        "option", "input", "textarea", "form", "audio", "video", "picture", "img", "source", "track", "map", "head", "title", "meta", "link",
    };

    /// <summary>Adds the blocks of <paramref name="root"/> to <paramref name="text"/> as <paramref name="kind"/>; in an article, headings as headings.</summary>
    public static void Collect(INode root, BlockText text, BlockKind kind)
    {
        var walk = new Walk(text, kind);
        walk.Node(root, preformatted: false);
        walk.Flush();
    }

    public static bool IsHeading(IElement e) => e.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    private sealed class Walk(BlockText text, BlockKind kind)
    {
        private readonly StringBuilder _line = new();

        private readonly BlockKind _kind = kind;

        private BlockKind _current = kind;

        public void Node(INode node, bool preformatted)
        {
            switch (node)
            {
                case IText t:
                    Append(t.Data, preformatted);
                    return;
                case IElement e when Unseen.Contains(e.LocalName):
                    return;
                case IElement { LocalName: "br" }:
                    _line.Append('\n');
                    return;
                case IElement e when Blocks.Contains(e.LocalName):
                    Flush();
                    _current = IsHeading(e) && _kind != BlockKind.Comment ? BlockKind.Heading : _kind;
                    Children(e, preformatted || e.LocalName == "pre");
                    Flush();
                    _current = _kind;
                    return;
                case IElement e:
                    Children(e, preformatted);
                    return;
                default:
                    if (node.NodeType is NodeType.Document or NodeType.DocumentFragment)
                    {
                        Children(node, preformatted);
                    }

                    return;
            }
        }

        public void Flush()
        {
            if (_line.Length > 0)
            {
                text.Add(_line.ToString(), _current);
                _line.Clear();
            }
        }

        private void Children(INode parent, bool preformatted)
        {
            foreach (var child in parent.ChildNodes)
            {
                Node(child, preformatted);
            }
        }

        private void Append(string data, bool preformatted)
        {
            if (preformatted)
            {
                _line.Append(data);
                return;
            }

            foreach (var c in data)
            {
                // Source line breaks are white space in HTML; only br and blocks break lines.
                _line.Append(c is '\n' or '\r' or '\t' or '\f' ? ' ' : c);
            }
        }
    }
}
