using System.Runtime.InteropServices;

namespace LessonStudy.Server.Features.Persistence.Blobs;

/// <summary>
/// Flushes a directory's entries to disk (fsync on the directory), so that a file created or renamed
/// into it survives a power loss, not only its bytes. .NET cannot open a directory as a stream, hence
/// the three libc calls. Windows makes renames durable on its own and has no equivalent.
/// </summary>
internal static partial class DirectorySync
{
    public static void Flush(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fd = NativeMethods.open(directory, 0 /* O_RDONLY */);
        if (fd < 0)
        {
            throw new IOException($"Cannot open directory '{directory}' to flush it (errno {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (NativeMethods.fsync(fd) != 0)
            {
                throw new IOException($"Cannot flush directory '{directory}' (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = NativeMethods.close(fd);
        }
    }

    private static class NativeMethods
    {
#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code enabled for the whole server for three calls.
#pragma warning disable CA2101 // The path is marshalled explicitly, as UTF-8 (what Linux and macOS expect).
        [DllImport("libc", SetLastError = true)]
        public static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

        [DllImport("libc", SetLastError = true)]
        public static extern int fsync(int fd);

        [DllImport("libc", SetLastError = true)]
        public static extern int close(int fd);
#pragma warning restore CA2101
#pragma warning restore SYSLIB1054
    }
}
