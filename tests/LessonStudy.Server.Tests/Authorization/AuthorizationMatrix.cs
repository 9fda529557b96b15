using LessonStudy.Contracts.LessonStudy;

namespace LessonStudy.Server.Tests.Authorization;

/// <summary>
/// The expected answer of every role × stage × action, written out by hand from the stage table of
/// DESIGN.md (not computed from <c>StageRules</c>, so that the rules are checked, not repeated).
/// Columns: read = GET the plan; hub = join + send an update (edit: applied, read: joined read-only and the
/// update rejected, none: the join refused); invite = POST an observer; save = POST a version on demand;
/// then every next stage with the status of moving there.
/// The teacher is also a 组员 of the group (a plan's teacher must be); the admin is configured, in no group.
/// </summary>
internal static class AuthorizationMatrix
{
    public static readonly string[] Roles = ["teacher", "member", "leader", "observer", "admin", "stranger"];

    private static readonly string[] Table =
    [
        // stage      role      read hub   invite save  moves
        "draft      teacher   200  edit  200    201   discussion=200",
        "draft      member    200  read  403    403   discussion=403",
        "draft      leader    200  read  200    201   discussion=200",
        "draft      observer  200  read  403    403   discussion=403",
        "draft      admin     200  read  403    403   discussion=403",
        "draft      stranger  404  none  404    404   discussion=404",

        "discussion teacher   200  edit  200    201   revision=200",
        "discussion member    200  edit  403    201   revision=403",
        "discussion leader    200  edit  200    201   revision=200",
        "discussion observer  200  read  403    403   revision=403",
        "discussion admin     200  read  403    403   revision=403",
        "discussion stranger  404  none  404    404   revision=404",

        "revision   teacher   200  edit  200    201   tracking=200",
        "revision   member    200  read  403    403   tracking=403",
        "revision   leader    200  read  200    201   tracking=200",
        "revision   observer  200  read  403    403   tracking=403",
        "revision   admin     200  read  403    403   tracking=403",
        "revision   stranger  404  none  404    404   tracking=404",

        "tracking   teacher   200  read  200    403   exchange=200",
        "tracking   member    200  read  403    403   exchange=403",
        "tracking   leader    200  read  200    201   exchange=200",
        "tracking   observer  200  read  403    403   exchange=403",
        "tracking   admin     200  read  403    403   exchange=403",
        "tracking   stranger  404  none  404    404   exchange=404",

        "exchange   teacher   200  read  200    403   revision=403 final=403",
        "exchange   member    200  read  403    403   revision=403 final=403",
        "exchange   leader    200  read  200    201   revision=200 final=200",
        "exchange   observer  200  read  403    403   revision=403 final=403",
        "exchange   admin     200  read  403    403   revision=403 final=403",
        "exchange   stranger  404  none  404    404   revision=404 final=404",

        "final      teacher   200  read  409    403",
        "final      member    200  read  403    403",
        "final      leader    200  read  409    201",
        "final      observer  200  read  403    403",
        "final      admin     200  read  403    403",
        "final      stranger  404  none  404    404",
    ];

    public static IReadOnlyList<Row> Rows { get; } = [.. Table.Select(Parse)];

    private static Row Parse(string line)
    {
        var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var moves = f[6..].Select(m => m.Split('=')).ToDictionary(m => m[0], m => int.Parse(m[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(f[0], PlanStages.All);
        Assert.Contains(f[1], Roles);
        return new Row(f[0], f[1], int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture), f[3],
            int.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture), int.Parse(f[5], System.Globalization.CultureInfo.InvariantCulture), moves);
    }

    /// <summary>One role in one stage: the expected answer of each action.</summary>
    public sealed record Row(string Stage, string Role, int Read, string Hub, int Invite, int Save, IReadOnlyDictionary<string, int> Moves);
}
