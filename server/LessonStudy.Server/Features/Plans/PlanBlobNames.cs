using LessonStudy.Server.Hosting;

namespace LessonStudy.Server.Features.Plans;

/// <summary>
/// Blob names of groups and plans (docs/plans.md). Built only from IDs that pass <see cref="ResourceId.IsValid"/>:
/// a caller's text never becomes part of a name.
/// </summary>
public static class PlanBlobNames
{
    public const string GroupsPrefix = "groups/";

    /// <summary>Hint of the plans that reached 定稿 (the 优秀教案库), checked against each plan record.</summary>
    public const string FinalPlans = "library/final-plans.json";

    public static string Group(string groupId) => $"{GroupsPrefix}{Valid(groupId)}.json";

    /// <summary>The plan IDs of one group, so that listing a group reads its own plans only.</summary>
    public static string GroupPlans(string groupId) => $"{GroupsPrefix}{Valid(groupId)}/plans.json";

    public static string Plan(string planId) => $"plans/{Valid(planId)}/plan.json";

    /// <summary>Which plan owns a document, beside the document's own catalog record.</summary>
    public static string DocumentPlan(string documentId) => $"documents/{Valid(documentId)}/plan.json";

    /// <summary>The group ID in a listed name <c>groups/{id}.json</c>, or null for any other blob under <c>groups/</c>.</summary>
    public static string? GroupIdOf(string blobName)
    {
        if (!blobName.StartsWith(GroupsPrefix, StringComparison.Ordinal) || !blobName.EndsWith(".json", StringComparison.Ordinal))
        {
            return null;
        }

        var id = blobName[GroupsPrefix.Length..^".json".Length];
        return ResourceId.IsValid(id) ? id : null;
    }

    private static string Valid(string id) =>
        ResourceId.IsValid(id) ? id : throw new ArgumentException("Not a valid resource ID.", nameof(id));
}
