namespace LessonStudy.Server.Features.Analytics;

/// <summary>What one person contributed to one plan (or, summed, to a group or a semester).</summary>
public sealed record MemberParticipation(
    string UserId,
    string DisplayName,
    IReadOnlyList<string> Roles,
    int VersionsContributed,
    int CharactersAdded,
    int CharactersRemoved,
    int CharactersAuthored,
    int Comments,
    int CommentsHighlight,
    int CommentsWeakness,
    int CommentsSuggestion,
    int Replies,
    int Observations,
    int ObservationNotes,
    int ObservationSummaries,
    int Reflections,
    int Transitions)
{
    /// <summary>The sum of two people's rows, or of one person's rows over several plans (roles united).</summary>
    public MemberParticipation Plus(MemberParticipation other) => this with
    {
        Roles = [.. Roles.Union(other.Roles).Order(StringComparer.Ordinal)],
        VersionsContributed = VersionsContributed + other.VersionsContributed,
        CharactersAdded = CharactersAdded + other.CharactersAdded,
        CharactersRemoved = CharactersRemoved + other.CharactersRemoved,
        CharactersAuthored = CharactersAuthored + other.CharactersAuthored,
        Comments = Comments + other.Comments,
        CommentsHighlight = CommentsHighlight + other.CommentsHighlight,
        CommentsWeakness = CommentsWeakness + other.CommentsWeakness,
        CommentsSuggestion = CommentsSuggestion + other.CommentsSuggestion,
        Replies = Replies + other.Replies,
        Observations = Observations + other.Observations,
        ObservationNotes = ObservationNotes + other.ObservationNotes,
        ObservationSummaries = ObservationSummaries + other.ObservationSummaries,
        Reflections = Reflections + other.Reflections,
        Transitions = Transitions + other.Transitions,
    };
}
