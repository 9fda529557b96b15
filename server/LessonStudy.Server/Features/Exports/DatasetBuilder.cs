using LessonStudy.Server.Features.Analytics;
using LessonStudy.Server.Features.Collaboration;
using LessonStudy.Server.Features.Plans;
using LessonStudy.Server.Features.Records;

namespace LessonStudy.Server.Features.Exports;

/// <summary>
/// Fills the dataset's tables from the stored records of each plan (<see cref="PlanFacts"/>) and the
/// scope's events. Rows are ordered by plan (creation), then by time, so two exports of the same state
/// are identical.
/// </summary>
public static class DatasetBuilder
{
    public static Dataset Build(
        string scope, string scopeId, string title, DateTimeOffset exportedAt, string exportedBy,
        IReadOnlyList<PlanFacts> plans, IReadOnlyList<RecordEvent> events)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(events);
        var tables = DatasetTables.All.ToDictionary(d => d.Name, d => d.CreateTable(), StringComparer.Ordinal);
        foreach (var facts in plans)
        {
            AddPlan(tables[DatasetTables.Plans.Name], facts);
            AddTransitions(tables[DatasetTables.Transitions.Name], facts.Plan);
            AddVersions(tables[DatasetTables.Versions.Name], tables[DatasetTables.VersionChanges.Name], facts);
            AddComments(tables[DatasetTables.Comments.Name], tables[DatasetTables.Dispositions.Name], facts);
            AddObservations(tables[DatasetTables.Observations.Name], facts);
            AddReflections(tables[DatasetTables.Reflections.Name], facts);
            AddParticipation(tables[DatasetTables.Participation.Name], facts);
        }

        var eventTable = tables[DatasetTables.Events.Name];
        foreach (var e in events)
        {
            eventTable.Add(e.Id, e.Kind, e.At, e.UserId, e.GroupId, e.PlanId, e.Round, e.Stage, e.SchemaVersion, e.Data.GetRawText());
        }

        return new Dataset(scope, scopeId, title, exportedAt, exportedBy, [.. DatasetTables.All.Select(d => tables[d.Name])]);
    }

    private static void AddPlan(DatasetTable table, PlanFacts facts)
    {
        var plan = facts.Plan;
        table.Add(
            plan.Id, plan.GroupId, facts.Group.Name, facts.Group.School, plan.Title, plan.Subject, plan.Grade, plan.Lesson,
            plan.TeacherId, plan.TeacherName, plan.DocumentId, plan.Stage.ToWire(), plan.Round, plan.CreatedAt, plan.CreatedBy,
            plan.CopiedFromPlanId, string.Join(' ', plan.LinkedPlanIds), string.Join(' ', plan.Observers.Select(o => o.UserId)),
            facts.Versions.Count, plan.Transitions.Count);
    }

    private static void AddTransitions(DatasetTable table, PlanRecord plan)
    {
        var since = plan.CreatedAt;
        var round = 1;
        for (var i = 0; i < plan.Transitions.Count; i++)
        {
            var t = plan.Transitions[i];
            table.Add(
                plan.Id, i + 1, t.From.ToWire(), t.To.ToWire(), round, t.Round, t.ByUserId, t.At, t.VersionId,
                t.ConfirmedUndisposed, t.UndisposedSuggestions, (t.At - since).TotalSeconds);
            since = t.At;
            round = t.Round;
        }
    }

    private static void AddVersions(DatasetTable versions, DatasetTable changes, PlanFacts facts)
    {
        foreach (var v in facts.Versions)
        {
            versions.Add(
                facts.Plan.Id, v.Id, v.Name, v.Round, v.Stage, v.Kind, v.CreatedBy, v.CreatedAt, v.PreviousVersionId,
                v.Markdown.Length, LineCount(v.Markdown), v.ChangesSincePrevious.Sum(c => c.Added), v.ChangesSincePrevious.Sum(c => c.Removed),
                v.Authorship.Where(r => r.UserId is not (null or DocumentAttribution.ServerUser) && r.Length > 0).Select(r => r.UserId).Distinct().Count(),
                v.Markdown);
            var users = v.ChangesSincePrevious.Select(c => c.UserId)
                .Concat(v.Authorship.Where(r => r.UserId is not null && r.Length > 0).Select(r => r.UserId!))
                .Distinct(StringComparer.Ordinal);
            foreach (var user in users)
            {
                changes.Add(
                    facts.Plan.Id, v.Id, user,
                    v.ChangesSincePrevious.Where(c => c.UserId == user).Sum(c => c.Added),
                    v.ChangesSincePrevious.Where(c => c.UserId == user).Sum(c => c.Removed),
                    v.Authorship.Where(r => r.UserId == user).Sum(r => r.Length));
            }
        }
    }

    private static void AddComments(DatasetTable comments, DatasetTable dispositions, PlanFacts facts)
    {
        var planId = facts.Plan.Id;
        foreach (var c in facts.Comments)
        {
            var d = c.Disposition;
            comments.Add(
                planId, c.Id, null, "comment", c.Round, c.Stage, c.VersionId, c.AuthorId, c.AuthorName, c.Category, c.Body, c.Quote, c.AnchorIndex,
                c.CreatedAt, c.EditedAt, c.EditCount, c.DeletedAt is not null, c.DeletedAt, c.Resolved, c.ResolvedBy, c.ResolvedAt,
                d?.Disposition, d?.Reason, d?.VersionId, d?.At, c.Dispositions.Count);
            foreach (var r in c.Replies)
            {
                comments.Add(
                    planId, c.Id, r.Id, "reply", r.Round, r.Stage, c.VersionId, r.AuthorId, r.AuthorName, c.Category, r.Body, null, null,
                    r.CreatedAt, r.EditedAt, r.EditCount, r.DeletedAt is not null, r.DeletedAt, null, null, null,
                    null, null, null, null, null);
            }

            for (var i = 0; i < c.Dispositions.Count; i++)
            {
                var x = c.Dispositions[i];
                dispositions.Add(planId, c.Id, i + 1, x.Disposition, x.Reason, x.VersionId, x.ByUserId, x.Round, x.At);
            }
        }
    }

    private static void AddObservations(DatasetTable table, PlanFacts facts)
    {
        foreach (var o in facts.Observations)
        {
            foreach (var n in o.Notes)
            {
                table.Add(
                    facts.Plan.Id, o.Id, o.Round, o.ObserverId, o.ObserverName, o.VersionId, o.LessonStartedAt, "note",
                    n.Id, n.OffsetSeconds, n.At, n.Text, n.Category, n.Section, n.Quote, null, null, null, n.EditCount, n.DeletedAt is not null);
            }

            if (o.Summary is { } s)
            {
                table.Add(
                    facts.Plan.Id, o.Id, o.Round, o.ObserverId, o.ObserverName, o.VersionId, o.LessonStartedAt, "summary",
                    null, null, s.At, null, null, null, null, s.Highlight, s.Weakness, s.Suggestion, null, false);
            }
        }
    }

    private static void AddReflections(DatasetTable table, PlanFacts facts)
    {
        foreach (var r in facts.Reflections)
        {
            table.Add(facts.Plan.Id, r.Round, r.TeacherId, r.Revision, r.Markdown.Length, r.UpdatedBy, r.UpdatedAt, r.Markdown);
        }
    }

    private static void AddParticipation(DatasetTable table, PlanFacts facts)
    {
        foreach (var p in ParticipationCalculator.For(facts))
        {
            table.Add(
                facts.Plan.Id, p.UserId, p.DisplayName, string.Join(' ', p.Roles), p.VersionsContributed, p.CharactersAdded, p.CharactersRemoved,
                p.CharactersAuthored, p.Comments, p.CommentsHighlight, p.CommentsWeakness, p.CommentsSuggestion, p.Replies,
                p.Observations, p.ObservationNotes, p.ObservationSummaries, p.Reflections, p.Transitions);
        }
    }

    private static int LineCount(string text) => text.Length == 0 ? 0 : text.Count(c => c == '\n') + (text[^1] == '\n' ? 0 : 1);
}
