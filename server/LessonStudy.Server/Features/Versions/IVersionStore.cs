namespace LessonStudy.Server.Features.Versions;

/// <summary>Frozen versions of plans in blob storage. Versions are immutable once written.</summary>
public interface IVersionStore
{
    Task SaveAsync(VersionRecord version, CancellationToken cancellationToken);

    Task<VersionRecord?> GetAsync(string planId, string versionId, CancellationToken cancellationToken);

    /// <summary>All versions of the plan, oldest first.</summary>
    Task<IReadOnlyList<VersionRecord>> ListAsync(string planId, CancellationToken cancellationToken);

    /// <summary>
    /// Removes a version nothing refers to: one frozen for a transition that lost its race. False when it
    /// did not exist.
    /// </summary>
    Task<bool> DeleteAsync(string planId, string versionId, CancellationToken cancellationToken);
}
