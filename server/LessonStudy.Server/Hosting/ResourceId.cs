namespace LessonStudy.Server.Hosting;

/// <summary>
/// IDs the server generates for documents (and, later, plans, comments, versions): 32 lowercase hex
/// digits of a version-7 GUID, so they sort by creation time. Blob names are built only from IDs that
/// pass <see cref="IsValid"/>.
/// </summary>
public static class ResourceId
{
    public const int Length = 32;

    public static string New() => Guid.CreateVersion7().ToString("N");

    public static bool IsValid(string? id)
    {
        if (id is null || id.Length != Length)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!(c is >= '0' and <= '9' or >= 'a' and <= 'f'))
            {
                return false;
            }
        }

        return true;
    }
}
