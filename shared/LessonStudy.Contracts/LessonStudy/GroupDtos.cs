namespace LessonStudy.Contracts.LessonStudy;

/// <summary>Body of <c>POST /api/groups</c>: a 备课组. The caller becomes its first 备课组长.</summary>
public sealed record CreateGroupRequest(string Name, string School, string Subject, string Grade);

/// <summary>Body of <c>PUT /api/groups/{id}/members/{userId}</c>: role is leader or member.</summary>
public sealed record SetGroupMemberRequest(string DisplayName, string Role);

public sealed record GroupMemberDto(string UserId, string DisplayName, string Role);

public sealed record GroupDto(
    string Id,
    string Name,
    string School,
    string Subject,
    string Grade,
    IReadOnlyList<GroupMemberDto> Members,
    DateTimeOffset CreatedAt);
