using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Comments;
using LessonStudy.Server.Features.Versions;

namespace LessonStudy.Server.Features.Observations;

/// <summary>
/// Checks where a note points in the 授课版: a section heading must be one of its headings; relative positions
/// must resolve, against the version's state, to exactly the quote; a bare quote must occur in its Markdown.
/// A text anchor without a section gets the section it lies in.
/// </summary>
public static class NoteAnchors
{
    public const int MaxSectionLength = 200;

    public sealed record Checked(string? Section, string? Quote, string? Start, string? End);

    /// <summary>The checked anchor, or null with <paramref name="error"/> (and the field) saying why.</summary>
    public static Checked? Check(ObservationAnchorRequest? anchor, VersionRecord version, out string field, out string error)
    {
        field = string.Empty;
        error = string.Empty;
        if (anchor is null)
        {
            return new Checked(null, null, null, null);
        }

        string? section = null;
        if (!string.IsNullOrWhiteSpace(anchor.Section))
        {
            section = anchor.Section.Length <= MaxSectionLength ? MarkdownSections.Find(version.Markdown, anchor.Section) : null;
            if (section is null)
            {
                (field, error) = ("anchor.section", "anchor.section must be a section heading of the 授课版.");
                return null;
            }
        }

        var quote = string.IsNullOrEmpty(anchor.Quote) ? null : anchor.Quote;
        if (quote is { Length: > TextAnchors.MaxQuoteLength })
        {
            (field, error) = ("anchor.quote", $"anchor.quote must be at most {TextAnchors.MaxQuoteLength} characters.");
            return null;
        }

        if (anchor.Start is not null || anchor.End is not null)
        {
            var start = TextAnchors.Decode(anchor.Start);
            var end = TextAnchors.Decode(anchor.End);
            if (start is null || end is null || quote is null)
            {
                (field, error) = ("anchor", "A text anchor needs start and end (base64 yjs relative positions) and the quote.");
                return null;
            }

            var place = TextAnchors.Resolve(TextAnchors.Load(version.State), start, end, quote);
            if (place.Status != AnchorStatuses.Present)
            {
                (field, error) = ("anchor", "The anchor does not cover the quoted text in the 授课版.");
                return null;
            }

            return new Checked(section ?? MarkdownSections.SectionAt(version.Markdown, place.Index!.Value), quote, anchor.Start, anchor.End);
        }

        if (quote is not null)
        {
            var at = version.Markdown.IndexOf(quote, StringComparison.Ordinal);
            if (at < 0)
            {
                (field, error) = ("anchor.quote", "anchor.quote does not occur in the 授课版.");
                return null;
            }

            section ??= MarkdownSections.SectionAt(version.Markdown, at);
        }

        return new Checked(section, quote, null, null);
    }
}
