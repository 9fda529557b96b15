using System.IO.Hashing;
using System.Runtime.CompilerServices;

namespace LessonStudy.Server.Features.Persistence.Blobs;

/// <summary>
/// The embedded store: one file per blob under a root folder, the blob name as its relative path.
/// Whole writes go to a temporary file that is flushed and renamed over the target, then the directory
/// is flushed, so readers and crashes see the old bytes or the new. The ETag is a hash of the content:
/// it changes whenever the bytes do. Helper files carry uppercase letters, which no blob name may hold,
/// so they can never collide with a blob nor be listed. Conditions hold within this process (a lock per
/// name); two processes must not share one folder.
/// </summary>
public sealed partial class LocalFolderBlobStore : IBlobStore
{
    private const string TempMarker = ".TMP-";

    public LocalFolderBlobStore(string rootPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootPath);
        RootPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(rootPath));
    }

    /// <summary>The absolute root folder.</summary>
    public string RootPath { get; }

    public async Task<BlobContent?> ReadAsync(string name, CancellationToken cancellationToken)
    {
        var path = Resolve(name);
        using var held = await BlobNameLocks.AcquireAsync(path, cancellationToken);
        byte[] data;
        try
        {
            data = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        return new BlobContent(data, ETagOf(data)) { BlockCount = ReadBlockCount(path, data.Length) };
    }

    public async Task<string> WriteAsync(string name, ReadOnlyMemory<byte> content, BlobWriteCondition condition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var path = Resolve(name);
        var directory = Path.GetDirectoryName(path)!;
        EnsureDirectory(directory);

        // Written and flushed outside the lock: only the check and the rename need it.
        var temp = path + TempMarker + Guid.NewGuid().ToString("N");
        var moved = false;
        try
        {
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await stream.WriteAsync(content, cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            using var held = await BlobNameLocks.AcquireAsync(path, cancellationToken);
            await CheckConditionAsync(name, path, condition, cancellationToken);
            File.Move(temp, path, overwrite: true);
            moved = true;
            File.Delete(BlockCountPath(path));
            DirectorySync.Flush(directory);
        }
        finally
        {
            if (!moved)
            {
                File.Delete(temp);
            }
        }

        return ETagOf(content.Span);
    }

    public async IAsyncEnumerable<BlobEntry> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        BlobNames.Check(prefix, allowPrefix: true);
        var lastSlash = prefix.LastIndexOf('/');
        var directory = lastSlash < 0 ? RootPath : Path.Join(RootPath, prefix[..lastSlash]);
        if (!Directory.Exists(directory))
        {
            yield break;
        }

        var entries = new List<BlobEntry>();
        foreach (var file in new DirectoryInfo(directory).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = Path.GetRelativePath(RootPath, file.FullName).Replace(Path.DirectorySeparatorChar, '/');
            if (name.StartsWith(prefix, StringComparison.Ordinal) && BlobNames.IsValid(name))
            {
                entries.Add(new BlobEntry(name, file.Length));
            }
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (var entry in entries)
        {
            yield return entry;
        }

        await Task.CompletedTask;
    }

    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken)
    {
        var path = Resolve(name);
        using var held = await BlobNameLocks.AcquireAsync(path, cancellationToken);
        if (!File.Exists(path))
        {
            return false;
        }

        File.Delete(path);
        File.Delete(BlockCountPath(path));
        DirectorySync.Flush(Path.GetDirectoryName(path)!);
        return true;
    }

    public Task CheckReadyAsync(CancellationToken cancellationToken)
    {
        // Ready means writable: create the root if needed and round-trip a probe file.
        Directory.CreateDirectory(RootPath);
        var probe = Path.Join(RootPath, "READY-PROBE" + TempMarker + Guid.NewGuid().ToString("N"));
        File.WriteAllBytes(probe, [1]);
        File.Delete(probe);
        return Task.CompletedTask;
    }

    private static async Task CheckConditionAsync(string name, string path, BlobWriteCondition condition, CancellationToken cancellationToken)
    {
        if (condition.MustNotExist && File.Exists(path))
        {
            throw new BlobConditionFailedException($"Blob '{name}' already exists.");
        }

        if (condition.IfMatchETag is { } expected)
        {
            byte[] current;
            try
            {
                current = await File.ReadAllBytesAsync(path, cancellationToken);
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                throw new BlobConditionFailedException($"Blob '{name}' does not exist (expected ETag {expected}).");
            }

            if (ETagOf(current) != expected)
            {
                throw new BlobConditionFailedException($"Blob '{name}' changed (expected ETag {expected}).");
            }
        }
    }

    /// <summary>The file of a blob: the name is checked, then the path must lie strictly under the root.</summary>
    private string Resolve(string name)
    {
        BlobNames.Check(name);
        var path = Path.GetFullPath(Path.Join(RootPath, name));
        if (!path.StartsWith(RootPath + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{name}' resolves outside the store's folder.", nameof(name));
        }

        return path;
    }

    /// <summary>Creates missing folders and flushes each new folder's parent, so the new entries are durable too.</summary>
    private void EnsureDirectory(string directory)
    {
        if (Directory.Exists(directory))
        {
            return;
        }

        var parent = Path.GetDirectoryName(directory)!;
        if (directory.Length > RootPath.Length)
        {
            EnsureDirectory(parent);
        }

        Directory.CreateDirectory(directory);
        if (Directory.Exists(parent))
        {
            DirectorySync.Flush(parent);
        }
    }

    private static string ETagOf(ReadOnlySpan<byte> data) => $"\"{XxHash128.HashToUInt128(data):x32}\"";
}
