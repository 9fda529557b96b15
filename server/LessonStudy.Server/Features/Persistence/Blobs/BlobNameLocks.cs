namespace LessonStudy.Server.Features.Persistence.Blobs;

/// <summary>
/// Process-wide locks for the local-folder store, striped by file path: a condition check and the write
/// it guards run under one lock, so two writers in this process never both win. Static because a test or
/// a restarted in-process server may open a second store on the same folder. Striping keeps the table
/// bounded however many blobs exist; an operation only ever holds one stripe, so no deadlock.
/// </summary>
internal static class BlobNameLocks
{
    private static readonly SemaphoreSlim[] Stripes = CreateStripes(256);

    public static async Task<IDisposable> AcquireAsync(string fullPath, CancellationToken cancellationToken)
    {
        var stripe = Stripes[(StringComparer.Ordinal.GetHashCode(fullPath) & int.MaxValue) % Stripes.Length];
        await stripe.WaitAsync(cancellationToken);
        return new Releaser(stripe);
    }

    private static SemaphoreSlim[] CreateStripes(int count)
    {
        var stripes = new SemaphoreSlim[count];
        for (var i = 0; i < count; i++)
        {
            stripes[i] = new SemaphoreSlim(1, 1);
        }

        return stripes;
    }

    private sealed class Releaser(SemaphoreSlim stripe) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                stripe.Release();
            }
        }
    }
}
