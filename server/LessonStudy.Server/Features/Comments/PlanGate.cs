using LessonStudy.Server.Features.Access;
using LessonStudy.Server.Features.Plans;

namespace LessonStudy.Server.Features.Comments;

/// <summary>
/// Loads a plan as the caller sees it (<see cref="PlanContext"/>) for the feedback endpoints (comments,
/// observations, reflections) and answers "may this user do this, on this plan, now" from
/// <see cref="StageRules"/>: the roles come from storage (group, plan, configured admins), never from the
/// client (<see cref="PlanAccess"/>).
/// </summary>
public sealed class PlanGate(PlanAccess access)
{
    /// <summary>The plan as <paramref name="user"/> sees it, or null when the ID is malformed, unknown or not readable by them.</summary>
    public async Task<PlanContext?> ReadAsync(UserIdentity user, string planId, CancellationToken cancellationToken) =>
        await access.LoadAsync(user, planId, cancellationToken).ConfigureAwait(false) is { CanRead: true } context ? context : null;

    public bool IsAdmin(UserIdentity user) => access.IsAdmin(user);

    /// <summary>
    /// Whether the caller may act under <paramref name="rule"/> now; if not, whether it is the stage that
    /// stops them (they could in another stage: 409) or their roles (never: 403).
    /// </summary>
    public static GateAnswer Check(PlanContext context, Func<PlanRole, PlanStage, bool> rule)
    {
        if (rule(context.Roles, context.Stage))
        {
            return GateAnswer.Allowed;
        }

        return Enum.GetValues<PlanStage>().Any(stage => rule(context.Roles, stage)) ? GateAnswer.WrongStage : GateAnswer.Forbidden;
    }
}

public enum GateAnswer
{
    Allowed,
    Forbidden,
    WrongStage,
}
