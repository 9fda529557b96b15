using LessonStudy.Server.Features.Plans;

namespace LessonStudy.Server.Features.Analytics;

/// <summary>
/// Participation per person on one plan, from its stored records: versions (per-member changes and the
/// CRDT attribution of the latest version), comments and replies not deleted, 听课记录, 课后反思 and
/// transitions. Everyone of the group, the 执教教师 and the invited observers get a row, active or not;
/// anyone else who left a trace (a former member) gets one too.
/// </summary>
public static class ParticipationCalculator
{
    public static IReadOnlyList<MemberParticipation> For(PlanFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var people = new List<string>();
        void Person(string? userId, string? name)
        {
            if (string.IsNullOrEmpty(userId))
            {
                return;
            }

            if (!names.ContainsKey(userId))
            {
                people.Add(userId);
                names[userId] = string.IsNullOrEmpty(name) ? userId : name;
            }
        }

        var plan = facts.Plan;
        Person(plan.TeacherId, plan.TeacherName);
        foreach (var member in facts.Group.Members)
        {
            Person(member.UserId, member.DisplayName);
        }

        foreach (var observer in plan.Observers)
        {
            Person(observer.UserId, observer.DisplayName);
        }

        foreach (var change in facts.Versions.SelectMany(v => v.ChangesSincePrevious))
        {
            Person(change.UserId, null);
        }

        foreach (var comment in facts.Comments)
        {
            Person(comment.AuthorId, comment.AuthorName);
            foreach (var reply in comment.Replies)
            {
                Person(reply.AuthorId, reply.AuthorName);
            }
        }

        foreach (var observation in facts.Observations)
        {
            Person(observation.ObserverId, observation.ObserverName);
        }

        var latest = facts.Versions.Count > 0 ? facts.Versions[^1] : null;
        return [.. people.Select(userId => Of(facts, userId, names[userId], latest))];
    }

    private static MemberParticipation Of(PlanFacts facts, string userId, string name, Versions.VersionRecord? latest)
    {
        var changes = facts.Versions.SelectMany(v => v.ChangesSincePrevious.Where(c => c.UserId == userId).Select(c => (Version: v.Id, Change: c))).ToList();
        var comments = facts.Comments.Where(c => c.AuthorId == userId && c.DeletedAt is null).ToList();
        var observations = facts.Observations.Where(o => o.ObserverId == userId).ToList();
        return new MemberParticipation(
            userId,
            name,
            PlanContext.RolesOf(userId, facts.Plan, facts.Group, isAdmin: false).ToWire(),
            changes.Where(c => c.Change.Added + c.Change.Removed > 0).Select(c => c.Version).Distinct().Count(),
            changes.Sum(c => c.Change.Added),
            changes.Sum(c => c.Change.Removed),
            latest?.Authorship.Where(r => r.UserId == userId).Sum(r => r.Length) ?? 0,
            comments.Count,
            comments.Count(c => c.Category == FeedbackValues.Highlight),
            comments.Count(c => c.Category == FeedbackValues.Weakness),
            comments.Count(c => c.Category == FeedbackValues.Suggestion),
            facts.Comments.SelectMany(c => c.Replies).Count(r => r.AuthorId == userId && r.DeletedAt is null),
            observations.Count(o => o.Active),
            observations.Sum(o => o.Notes.Count(n => n.DeletedAt is null)),
            observations.Count(o => o.Summary is not null),
            facts.Reflections.Count(r => r.TeacherId == userId),
            facts.Plan.Transitions.Count(t => t.ByUserId == userId));
    }
}
