namespace LessonStudy.Crdt.Oracle.Tests;

/// <summary>
/// Where the oracle's thousands of small files go: <c>ORACLE_TMP</c> if set, else <c>/dev/shm</c>
/// (memory; writing and deleting 100,000 files on a busy disk takes longer than the checks), else
/// the system temp folder. <c>ORACLE_KEEP=1</c> keeps the folders for inspection.
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

    /// <summary>Whether <c>ORACLE_KEEP</c> asks to keep the folders.</summary>
    public static bool Keep => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ORACLE_KEEP"));

    /// <summary>Deletes the folder unless <c>ORACLE_KEEP</c> is set.</summary>
    public static void Delete(string dir)
    {
        if (!Keep && Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
