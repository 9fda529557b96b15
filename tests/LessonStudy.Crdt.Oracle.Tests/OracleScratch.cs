namespace LessonStudy.Crdt.Oracle.Tests;

/// <summary>
/// Where the oracle's thousands of small files go: <c>ORACLE_TMP</c> if set, else <c>/dev/shm</c>
/// (memory; writing and deleting 100,000 files on a busy disk takes longer than the checks), else
/// the system temp folder.
/// </summary>
internal static class OracleScratch
{
    public static string NewDirectory(string prefix)
    {
        var root = Environment.GetEnvironmentVariable("ORACLE_TMP");
        if (string.IsNullOrEmpty(root))
        {
            root = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        }

        return Path.Combine(root, $"lessonstudy-{prefix}-{Environment.ProcessId}-{Guid.NewGuid():N}");
    }
}
