using System.Globalization;

namespace LessonStudy.Server.Features.Observations;

/// <summary>
/// A school semester as <c>{year}-autumn</c> (1 September {year} to the end of 31 January {year + 1}) or
/// <c>{year}-spring</c> (1 February to the end of 31 August {year}), in China Standard Time (UTC+8, no daylight
/// saving) — the calendar Chinese schools keep; the year is the calendar year the semester starts in.
/// </summary>
public sealed record Semester(string Name, DateTimeOffset From, DateTimeOffset To)
{
    public static readonly TimeSpan SchoolOffset = TimeSpan.FromHours(8);

    /// <summary>Whether <paramref name="at"/> falls in it (<see cref="From"/> inclusive, <see cref="To"/> exclusive).</summary>
    public bool Contains(DateTimeOffset at) => at >= From && at < To;

    public static Semester? Parse(string? name)
    {
        var parts = name?.Split('-');
        if (parts is not { Length: 2 }
            || parts[0].Length != 4
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < 2000 or > 2200)
        {
            return null;
        }

        return parts[1] switch
        {
            "autumn" => new Semester(name!, new DateTimeOffset(year, 9, 1, 0, 0, 0, SchoolOffset), new DateTimeOffset(year + 1, 2, 1, 0, 0, 0, SchoolOffset)),
            "spring" => new Semester(name!, new DateTimeOffset(year, 2, 1, 0, 0, 0, SchoolOffset), new DateTimeOffset(year, 9, 1, 0, 0, 0, SchoolOffset)),
            _ => null,
        };
    }

    /// <summary>The semester <paramref name="at"/> falls in.</summary>
    public static Semester Of(DateTimeOffset at)
    {
        var local = at.ToOffset(SchoolOffset);
        var name = local.Month switch
        {
            >= 9 => $"{local.Year}-autumn",
            1 => $"{local.Year - 1}-autumn",
            _ => $"{local.Year}-spring",
        };
        return Parse(name)!;
    }
}
