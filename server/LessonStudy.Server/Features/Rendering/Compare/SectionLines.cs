using LessonStudy.Contracts.LessonStudy;

namespace LessonStudy.Server.Features.Rendering.Compare;

/// <summary>
/// Compares one section of two versions line by line and attributes every change (see
/// <see cref="VersionComparer"/>). A changed line's authors are those of its inserted characters only — the
/// person who fixed a typo, not the one who wrote the sentence; a line where text was only deleted has no
/// author on the new side, only the authors of what was removed.
/// </summary>
internal sealed class SectionLines(AuthorshipMap oldAuthors, AuthorshipMap newAuthors)
{
    public CompareSectionDto Compare(MarkdownSection? oldSection, MarkdownSection? newSection)
    {
        var section = newSection ?? oldSection!;
        var rows = LineDiff.Pair(oldSection?.Lines ?? [], newSection?.Lines ?? []).Select(Row).ToList();

        int added = 0, removed = 0, changed = 0, unchanged = 0;
        foreach (var row in rows.Where(r => !(string.IsNullOrWhiteSpace(r.OldText) && string.IsNullOrWhiteSpace(r.NewText))))
        {
            switch (row.Kind)
            {
                case CompareKinds.Added: added++; break;
                case CompareKinds.Removed: removed++; break;
                case CompareKinds.Changed: changed++; break;
                default: unchanged++; break;
            }
        }

        var status = oldSection is null ? CompareKinds.Added
            : newSection is null ? CompareKinds.Removed
            : rows.Any(r => r.Kind != CompareKinds.Unchanged) ? CompareKinds.Changed
            : CompareKinds.Unchanged;
        var authors = rows.SelectMany(r => r.AuthorIds).GroupBy(id => id, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();
        return new CompareSectionDto(section.Heading, section.Level, status, new CompareSummaryDto(added, removed, changed, unchanged), authors, rows);
    }

    private CompareLineDto Row(LinePair pair)
    {
        switch (pair)
        {
            case ({ } old, { } @new) when old.Text == @new.Text:
                return new CompareLineDto(CompareKinds.Unchanged, old.Number, @new.Number, old.Text, @new.Text, [], [], null, null);

            case ({ } old, { } @new):
                var (oldPieces, newPieces) = CharDiff.Diff(old.Text, @new.Text);
                return new CompareLineDto(
                    CompareKinds.Changed, old.Number, @new.Number, old.Text, @new.Text,
                    newAuthors.AuthorsOf(ChangedOffsets(@new, newPieces)),
                    oldAuthors.AuthorsOf(ChangedOffsets(old, oldPieces)),
                    Spans(old, oldPieces, oldAuthors, CompareKinds.Removed),
                    Spans(@new, newPieces, newAuthors, CompareKinds.Added));

            case ({ } old, null):
                return new CompareLineDto(
                    CompareKinds.Removed, old.Number, null, old.Text, null, [], oldAuthors.AuthorsOf(old.Start, old.Text.Length),
                    Spans(old, Whole(old), oldAuthors, CompareKinds.Removed), null);

            default:
                var line = pair.New!.Value;
                return new CompareLineDto(
                    CompareKinds.Added, null, line.Number, null, line.Text, newAuthors.AuthorsOf(line.Start, line.Text.Length), [],
                    null, Spans(line, Whole(line), newAuthors, CompareKinds.Added));
        }
    }

    private static LinePiece[] Whole(SourceLine line) => [new LinePiece(0, line.Text.Length, Changed: true)];

    private static IEnumerable<int> ChangedOffsets(SourceLine line, IEnumerable<LinePiece> pieces) =>
        pieces.Where(p => p.Changed).SelectMany(p => Enumerable.Range(line.Start + p.Start, p.Length));

    /// <summary>
    /// The line cut where the change or the author changes: unchanged text as "same" spans without author,
    /// changed text as <paramref name="changedKind"/> spans, one per author run.
    /// </summary>
    private static List<CompareSpanDto> Spans(SourceLine line, IEnumerable<LinePiece> pieces, AuthorshipMap authors, string changedKind)
    {
        var spans = new List<CompareSpanDto>();
        foreach (var piece in pieces)
        {
            if (!piece.Changed)
            {
                spans.Add(new CompareSpanDto(CompareKinds.Same, line.Text.Substring(piece.Start, piece.Length), null));
                continue;
            }

            var runStart = piece.Start;
            var runAuthor = authors.AuthorAt(line.Start + piece.Start);
            for (var i = piece.Start + 1; i <= piece.Start + piece.Length; i++)
            {
                var author = i < piece.Start + piece.Length ? authors.AuthorAt(line.Start + i) : null;
                var atEnd = i == piece.Start + piece.Length;

                // Never cut between the two halves of a surrogate pair.
                if (!atEnd && (author == runAuthor || char.IsLowSurrogate(line.Text[i])))
                {
                    continue;
                }

                spans.Add(new CompareSpanDto(changedKind, line.Text[runStart..i], runAuthor));
                runStart = i;
                runAuthor = author;
            }
        }

        return spans;
    }
}
