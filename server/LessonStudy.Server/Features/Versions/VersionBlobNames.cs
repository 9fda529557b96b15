using LessonStudy.Server.Hosting;

namespace LessonStudy.Server.Features.Versions;

/// <summary>Blob names of frozen versions, built only from validated IDs.</summary>
public static class VersionBlobNames
{
    public static string Prefix(string planId) => $"plans/{Valid(planId)}/versions/";

    public static string Version(string planId, string versionId) => $"{Prefix(planId)}{Valid(versionId)}.json";

    /// <summary>The version ID in a listed name, or null for anything else under the prefix.</summary>
    public static string? VersionIdOf(string planId, string blobName)
    {
        var prefix = Prefix(planId);
        if (!blobName.StartsWith(prefix, StringComparison.Ordinal) || !blobName.EndsWith(".json", StringComparison.Ordinal))
        {
            return null;
        }

        var id = blobName[prefix.Length..^".json".Length];
        return ResourceId.IsValid(id) ? id : null;
    }

    private static string Valid(string id) =>
        ResourceId.IsValid(id) ? id : throw new ArgumentException("Not a valid resource ID.", nameof(id));
}
