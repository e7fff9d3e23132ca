using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MilitiaAtlas.Documents.Tests.Word;

/// <summary>Word documents written at test time with the Open XML SDK.</summary>
internal static class WordFixtures
{
    /// <summary>
    /// A title, a heading, body paragraphs (one with a footnote reference, one with a tracked deletion), a table, and
    /// core properties.
    /// </summary>
    public static byte[] WithFootnotes()
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                ParagraphStyle("Title", "Title", null),
                ParagraphStyle("Heading1", "heading 1", null),
                ParagraphStyle("Heading2", "heading 2", "Heading1"),
                ParagraphStyle("Quote", "Quote", null));

            var footnotes = main.AddNewPart<FootnotesPart>();
            footnotes.Footnotes = new Footnotes(
                new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 },
                new Footnote(new Paragraph(
                    new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReferenceMark()),
                    new Run(new Text(" Interviews with two elders of Sarnesh, April 2031.") { Space = SpaceProcessingModeValues.Preserve })))
                { Id = 1 });

            main.Document = new Document(new Body(
                Styled("Title", "Convoys return to the Orsova valley"),
                Styled("Heading1", "Background"),
                new Paragraph(
                    new Run(new Text("The Velmora Highland Guard left the market town of Sarnesh in the second week of April.")),
                    new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReference { Id = 1 })),
                new Paragraph(
                    new Run(new Text("Relief agencies now send convoys twice a week, ") { Space = SpaceProcessingModeValues.Preserve }),
                    new DeletedRun(new Run(new DeletedText("three times a month, "))) { Id = "1", Author = "editor" },
                    new Run(new Text("and traders say the price of flour has begun to fall."))),
                Styled("Heading2", "Outlook"),
                new Table(new TableRow(
                    new TableCell(new Paragraph(new Run(new Text("Checkpoints in March: eleven."))))),
                    new TableRow(new TableCell(new Paragraph(new Run(new Text("Checkpoints in April: four.")))))),
                new Paragraph(new Run(new Text("Idris Kallenberg, the commander of the Highland Guard, said his men would stay in the hills.")))));

            doc.PackageProperties.Title = "Orsova valley update";
            doc.PackageProperties.Creator = "Maren Tessaly";
            doc.PackageProperties.Created = new DateTime(2031, 5, 2, 9, 30, 0, DateTimeKind.Utc);
        }

        return ms.ToArray();
    }

    /// <summary>A zip holding a Word document whose main part inflates to <paramref name="bytes"/> bytes of white space.</summary>
    public static byte[] Inflating(long bytes)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Entry(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            using var part = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            part.Write("""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>"""u8);
            var spaces = new byte[1 << 20];
            Array.Fill(spaces, (byte)' ');
            for (var written = 0L; written < bytes; written += spaces.Length)
            {
                part.Write(spaces);
            }

            part.Write("</w:t></w:r></w:p></w:body></w:document>"u8);
        }

        return ms.ToArray();
    }

    /// <summary>
    /// The zip of <paramref name="docx"/> with every declared uncompressed size set to 1,000 bytes: a bomb that lies in
    /// its headers, so only a bound on what is actually inflated can stop it.
    /// </summary>
    public static byte[] LyingAboutSizes(byte[] docx)
    {
        var bytes = (byte[])docx.Clone();
        for (var i = 0; i + 46 <= bytes.Length; i++)
        {
            // Local file header (PK\3\4): uncompressed size at +22. Central directory header (PK\1\2): at +24.
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 3 && bytes[i + 3] == 4)
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 22, 4), 1000u);
            }
            else if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2)
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 24, 4), 1000u);
            }
        }

        return bytes;
    }

    private static void Entry(ZipArchive zip, string name, string content)
    {
        using var w = new StreamWriter(zip.CreateEntry(name).Open());
        w.Write(content);
    }

    private static Style ParagraphStyle(string id, string name, string? basedOn)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        return style;
    }

    private static Paragraph Styled(string styleId, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), new Run(new Text(text)));
}
