using System.Globalization;

namespace LessonStudy.Server.Features.Records;

/// <summary>
/// Names of the event stream's blobs: <c>events/{yyyy}/{mm}/{dd}/{node}-{hh}.jsonl</c>, then
/// <c>{node}-{hh}-{n}.jsonl</c> (n = 1, 2, …) after rollover; all in UTC, named for the event's own time,
/// so a day's events are exactly the blobs under that day's folder.
/// </summary>
internal static class RecordBlobNames
{
    public const string Root = "events/";
    public const string Extension = ".jsonl";

    public static string DayPrefix(DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"{Root}{day.Year:D4}/{day.Month:D2}/{day.Day:D2}/");

    /// <summary>The prefix every roll of one node's hour starts with: "events/…/dd/{node}-{hh}".</summary>
    public static string HourPrefix(DateTimeOffset at, string nodeId)
    {
        var utc = at.UtcDateTime;
        return string.Create(CultureInfo.InvariantCulture, $"{DayPrefix(DateOnly.FromDateTime(utc))}{nodeId}-{utc.Hour:D2}");
    }

    public static string Blob(string hourPrefix, int roll) =>
        roll == 0
            ? hourPrefix + Extension
            : string.Create(CultureInfo.InvariantCulture, $"{hourPrefix}-{roll}{Extension}");

    /// <summary>
    /// The roll number of <paramref name="name"/> if it is a roll of <paramref name="hourPrefix"/>: 0 for
    /// "{prefix}.jsonl", n for "{prefix}-{n}.jsonl" (no leading zero). Node names may themselves contain
    /// "-dd", so another node's blob can look like a roll here; sharing a blob is still correct (each
    /// append is one whole line under the append-position condition), only slower.
    /// </summary>
    public static int? RollOf(string name, string hourPrefix)
    {
        if (!name.StartsWith(hourPrefix, StringComparison.Ordinal) || !name.EndsWith(Extension, StringComparison.Ordinal))
        {
            return null;
        }

        var middle = name.AsSpan(hourPrefix.Length, name.Length - hourPrefix.Length - Extension.Length);
        if (middle.IsEmpty)
        {
            return 0;
        }

        return middle.Length >= 2 && middle[0] == '-' && middle[1] != '0'
            && int.TryParse(middle[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var roll)
            ? roll
            : null;
    }
}
