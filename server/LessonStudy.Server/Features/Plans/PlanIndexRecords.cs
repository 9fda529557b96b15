namespace LessonStudy.Server.Features.Plans;

/// <summary>
/// <c>groups/{groupId}/plans.json</c> and <c>library/final-plans.json</c> (schema version 1): lists of plan IDs,
/// written before the plan record they point to. They are superset hints: every listed ID is checked
/// against its plan record, so a crash between the writes leaves an entry that listing skips, never a
/// plan that cannot be found.
/// </summary>
public sealed record PlanIdIndex(int SchemaVersion, IReadOnlyList<string> PlanIds)
{
    public const int CurrentSchemaVersion = 1;
}

/// <summary><c>documents/{documentId}/plan.json</c> (schema version 1): the plan that owns the document. Never changes.</summary>
public sealed record DocumentPlanLink(int SchemaVersion, string DocumentId, string PlanId)
{
    public const int CurrentSchemaVersion = 1;
}
