using LessonStudy.Contracts.Collaboration;
using LessonStudy.Server.Features.Documents.Catalog;

namespace LessonStudy.Server.Features.Documents.Policy;

/// <summary>
/// The rule for plain documents (stage <see cref="DocumentStages.Document"/>, round 0): the owner and
/// members read; the owner and members with canEdit edit and comment; other members comment.
/// </summary>
public static class DocumentMembership
{
    public static DocumentRights? RightsOf(DocumentRecord record, string userId)
    {
        if (record.OwnerId == userId)
        {
            return new DocumentRights(DocumentStages.Document, 0, CanEdit: true, CanComment: true);
        }

        return record.FindMember(userId) is { } member
            ? new DocumentRights(DocumentStages.Document, 0, CanEdit: member.CanEdit, CanComment: true)
            : null;
    }
}
