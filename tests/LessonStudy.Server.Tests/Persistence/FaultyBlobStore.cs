using System.Runtime.CompilerServices;
using LessonStudy.Server.Features.Persistence.Blobs;

namespace LessonStudy.Server.Tests.Persistence;

/// <summary>
/// Fault injection around a real store: the operations really run on the inner store, and then (or
/// instead) fail as a flaky network or a crash would make them. Each counter is the number of next calls
/// to fail that way.
/// </summary>
internal sealed class FaultyBlobStore(IBlobStore inner) : IBlobStore
{
    /// <summary>Appends that land on the inner store and then throw, as a lost response would.</summary>
    public int AppendsFailingAfterLanding { get; set; }

    /// <summary>Appends that throw without reaching the inner store.</summary>
    public int AppendsFailingBeforeLanding { get; set; }

    /// <summary>Every delete throws (a crash after the snapshot was written).</summary>
    public bool DeletesFail { get; set; }

    /// <summary>Every call throws: storage unreachable.</summary>
    public bool Unreachable { get; set; }

    public int AppendCalls { get; private set; }

    public async Task<BlobContent?> ReadAsync(string name, CancellationToken cancellationToken)
    {
        ThrowIfUnreachable();
        return await inner.ReadAsync(name, cancellationToken);
    }

    public async Task<string> WriteAsync(string name, ReadOnlyMemory<byte> content, BlobWriteCondition condition, CancellationToken cancellationToken)
    {
        ThrowIfUnreachable();
        return await inner.WriteAsync(name, content, condition, cancellationToken);
    }

    public async Task<BlobAppendResult> AppendAsync(string name, ReadOnlyMemory<byte> block, long expectedLength, CancellationToken cancellationToken)
    {
        ThrowIfUnreachable();
        AppendCalls++;
        if (AppendsFailingBeforeLanding > 0)
        {
            AppendsFailingBeforeLanding--;
            throw new IOException("Injected: the append did not reach storage.");
        }

        var result = await inner.AppendAsync(name, block, expectedLength, cancellationToken);
        if (AppendsFailingAfterLanding > 0)
        {
            AppendsFailingAfterLanding--;
            throw new IOException("Injected: the append landed but its response was lost.");
        }

        return result;
    }

    public async IAsyncEnumerable<BlobEntry> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ThrowIfUnreachable();
        await foreach (var entry in inner.ListAsync(prefix, cancellationToken))
        {
            yield return entry;
        }
    }

    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken)
    {
        ThrowIfUnreachable();
        if (DeletesFail)
        {
            throw new IOException("Injected: the process died before deleting.");
        }

        return await inner.DeleteAsync(name, cancellationToken);
    }

    public async Task CheckReadyAsync(CancellationToken cancellationToken)
    {
        ThrowIfUnreachable();
        await inner.CheckReadyAsync(cancellationToken);
    }

    private void ThrowIfUnreachable()
    {
        if (Unreachable)
        {
            throw new HttpRequestException("Injected: storage unreachable.");
        }
    }
}
