using System.Runtime.Serialization;

namespace LessonStudy.Contracts.LessonStudy;

/// <summary>
/// A domain event pushed to every connection that has the plan's document open
/// (<c>ICollabClient.PlanEvent</c>): something changed, fetch it again through the API.
/// <see cref="Kind"/> is one of <see cref="PlanEventKinds"/>; <see cref="SubjectId"/> names the changed
/// comment, version, observation or reflection when there is one.
/// </summary>
[DataContract]
public sealed record PlanEventDto(
    [property: DataMember(Name = "planId")] string PlanId,
    [property: DataMember(Name = "documentId")] string DocumentId,
    [property: DataMember(Name = "kind")] string Kind,
    [property: DataMember(Name = "subjectId")] string? SubjectId,
    [property: DataMember(Name = "stage")] string Stage,
    [property: DataMember(Name = "round")] int Round);

public static class PlanEventKinds
{
    public const string Stage = "stage";
    public const string Plan = "plan";
    public const string Version = "version";
    public const string Comment = "comment";
    public const string Observation = "observation";
    public const string Reflection = "reflection";
}
