using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LessonStudy.Server.Tests.Rendering.Word;

/// <summary>Opens a written .docx with the OpenXml SDK for the tests (read-only, from bytes).</summary>
internal static class DocxInspection
{
    public static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false);

    public static Body Body(WordprocessingDocument document) => document.MainDocumentPart!.Document!.Body!;

    public static string Text(OpenXmlElement element) => string.Concat(element.Descendants<Text>().Select(t => t.Text));

    public static string? StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    public static Style Style(WordprocessingDocument document, string id) =>
        document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId?.Value == id);

    public static IReadOnlyList<string> ValidationErrors(WordprocessingDocument document) =>
        [.. new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Description} at {e.Path?.XPath} ({e.Part?.Uri})")];
}
