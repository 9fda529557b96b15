namespace LessonStudy.Server.Features.Persistence.Blobs;

/// <summary>
/// The only blob names the stores accept: '/'-separated segments of lowercase ASCII letters, digits,
/// '-', '_' and '.', no empty segment, no "." or "..", at most 512 characters. Both stores check every
/// name, so a name can never escape its container or the local folder.
/// </summary>
public static class BlobNames
{
    public const int MaxLength = 512;

    public static bool IsValid(string? name, bool allowPrefix = false)
    {
        if (string.IsNullOrEmpty(name) || name.Length > MaxLength)
        {
            return allowPrefix && name is not null && name.Length == 0;
        }

        var segments = name.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var isOpenPrefixEnd = allowPrefix && i == segments.Length - 1;
            if (segment.Length == 0 ? !isOpenPrefixEnd : segment is "." or "..")
            {
                return false;
            }

            foreach (var c in segment)
            {
                if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_' or '.'))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="name"/> is a valid blob name.</summary>
    public static string Check(string name, bool allowPrefix = false) =>
        IsValid(name, allowPrefix) ? name : throw new ArgumentException($"'{name}' is not a valid blob name.", nameof(name));
}
