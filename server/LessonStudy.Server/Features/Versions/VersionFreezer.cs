using LessonStudy.Server.Features.Collaboration;
using LessonStudy.Server.Features.Plans;
using LessonStudy.Server.Hosting;

namespace LessonStudy.Server.Features.Versions;

/// <summary>
/// Takes a version of a plan's document as it is now: its Markdown and state, who wrote each part of the
/// text (CRDT client IDs mapped to users by the room's attribution), and how much each member changed
/// since the previous version (the difference of the room's cumulative edit counters).
/// </summary>
public sealed class VersionFreezer(IDocumentContent content, IClientAttribution attribution, IVersionStore versions, TimeProvider time)
{
    public async Task<VersionRecord> FreezeAsync(PlanRecord plan, string name, string kind, string userId, CancellationToken cancellationToken)
    {
        var snapshot = await content.ReadAsync(plan.DocumentId, cancellationToken).ConfigureAwait(false);

        // Read after the snapshot: owners only grow, so every client ID in the snapshot's runs is known.
        var owners = await attribution.GetAsync(plan.DocumentId, cancellationToken).ConfigureAwait(false);
        var all = await versions.ListAsync(plan.Id, cancellationToken).ConfigureAwait(false);
        var previous = all.Count > 0 ? all[^1] : null;
        var totals = snapshot.Edits.Select(e => new MemberChange(e.UserId, Clamp(e.Inserted), Clamp(e.Deleted))).ToList();
        var version = new VersionRecord(
            VersionRecord.CurrentSchemaVersion,
            ResourceId.New(),
            plan.Id,
            name,
            plan.Round,
            plan.Stage.ToWire(),
            kind,
            userId,
            time.GetUtcNow(),
            snapshot.Markdown,
            snapshot.State,
            Authorship(snapshot.Runs, owners),
            ChangesBetween(previous?.EditTotals ?? [], totals),
            previous?.Id)
        {
            EditTotals = totals,
        };
        await versions.SaveAsync(version, cancellationToken).ConfigureAwait(false);
        return version;
    }

    /// <summary>Per member, the growth of the counters; members who changed nothing (and the server's own template edits) are left out.</summary>
    public static IReadOnlyList<MemberChange> ChangesBetween(IReadOnlyList<MemberChange> before, IReadOnlyList<MemberChange> after)
    {
        var earlier = before.ToDictionary(m => m.UserId, StringComparer.Ordinal);
        var changes = new List<MemberChange>();
        foreach (var now in after)
        {
            if (now.UserId == DocumentAttribution.ServerUser)
            {
                continue;
            }

            var then = earlier.GetValueOrDefault(now.UserId);
            var added = now.Added - (then?.Added ?? 0);
            var removed = now.Removed - (then?.Removed ?? 0);
            if (added != 0 || removed != 0)
            {
                changes.Add(new MemberChange(now.UserId, added, removed));
            }
        }

        return changes;
    }

    /// <summary>Runs by client ID to runs by user, adjacent runs of one user merged.</summary>
    public static IReadOnlyList<AuthoredRun> Authorship(IReadOnlyList<TextRun> runs, IReadOnlyDictionary<ulong, string> owners)
    {
        var authored = new List<AuthoredRun>(runs.Count);
        foreach (var run in runs)
        {
            var user = owners.TryGetValue(run.ClientId, out var owner) ? owner : null;
            if (authored.Count > 0 && authored[^1] is var last && last.UserId == user && last.Start + last.Length == run.Start)
            {
                authored[^1] = last with { Length = last.Length + run.Length };
            }
            else
            {
                authored.Add(new AuthoredRun(run.Start, run.Length, user));
            }
        }

        return authored;
    }

    private static int Clamp(long value) => (int)Math.Clamp(value, 0, int.MaxValue);
}
