using LessonStudy.Contracts.LessonStudy;

namespace LessonStudy.Server.Features.Plans;

/// <summary>Records to the DTOs of the API.</summary>
public static class PlanMapping
{
    public static GroupDto ToDto(this GroupRecord group) => new(
        group.Id,
        group.Name,
        group.School,
        group.Subject,
        group.Grade,
        [.. group.Members.Select(m => new GroupMemberDto(m.UserId, m.DisplayName, m.Role == PlanRole.Leader ? PlanRoles.Leader : PlanRoles.Member))],
        group.CreatedAt);

    public static PlanDto ToDto(this PlanContext context)
    {
        var plan = context.Plan;
        return new PlanDto(
            plan.Id,
            plan.GroupId,
            plan.Title,
            plan.Subject,
            plan.Grade,
            plan.Lesson,
            new PlanPersonDto(plan.TeacherId, plan.TeacherName),
            plan.DocumentId,
            plan.Stage.ToWire(),
            plan.Round,
            [.. plan.Observers.Select(o => new PlanPersonDto(o.UserId, o.DisplayName))],
            plan.LinkedPlanIds,
            [.. plan.Transitions.Select(ToDto)],
            plan.CreatedAt,
            RightsOf(context));
    }

    public static TransitionDto ToDto(this TransitionRecord t) =>
        new(t.From.ToWire(), t.To.ToWire(), t.Round, t.ByUserId, t.At, t.VersionId, t.ConfirmedUndisposed, t.UndisposedSuggestions);

    /// <summary>The caller's rights now; <c>Transitions</c> lists the stages the caller may move the plan to.</summary>
    public static PlanRightsDto RightsOf(PlanContext context) => new(
        context.Roles.ToWire(),
        context.CanRead,
        context.CanEdit,
        context.CanComment,
        context.CanDispose,
        context.CanObserve,
        context.CanSummarize,
        context.CanReflect,
        [.. StageRules.Next(context.Stage).Where(to => StageRules.CanMove(context.Roles, context.Stage, to)).Select(s => s.ToWire())]);
}
