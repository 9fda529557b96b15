using LessonStudy.Server.Features.Access;

namespace LessonStudy.Server.Features.Documents.Policy;

/// <summary>
/// One source of rights that may know better than the document's own membership, such as the lesson
/// plan that owns a document (its stage table decides). <see cref="DocumentAccessPolicy"/> asks every
/// registered source, in registration order, before falling back to <see cref="DocumentMembership"/>;
/// the first source that does not abstain decides.
/// </summary>
public interface IDocumentRightsSource
{
    ValueTask<RightsDecision> DecideAsync(UserIdentity user, string documentId, CancellationToken cancellationToken);
}

/// <summary>A source's answer: not mine to say (<see cref="Abstain"/>), no access, or these rights.</summary>
public readonly record struct RightsDecision(bool Decided, DocumentRights? Rights)
{
    public static RightsDecision Abstain => default;

    public static RightsDecision Deny => new(true, null);

    public static RightsDecision Grant(DocumentRights rights) => new(true, rights);
}
