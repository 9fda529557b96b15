namespace LessonStudy.Crdt;

/// <summary>Sub-documents added, removed and loaded by one transaction.</summary>
public sealed record SubdocsEvent(IReadOnlyCollection<Doc> Loaded, IReadOnlyCollection<Doc> Added, IReadOnlyCollection<Doc> Removed);

public sealed partial class Doc
{
    /// <summary>A V1 update for every transaction that changed something: (update, origin, transaction).</summary>
    public event Action<byte[], object?, Transaction>? Update;

    /// <summary>A V2 update for every transaction that changed something: (update, origin, transaction).</summary>
    public event Action<byte[], object?, Transaction>? UpdateV2;

    /// <summary>Before the first of a series of nested or chained transactions starts.</summary>
    public event Action<Doc>? BeforeAllTransactions;

    /// <summary>When a transaction starts (not for nested calls that join it).</summary>
    public event Action<Transaction>? BeforeTransaction;

    /// <summary>When a transaction ended, before its observers are called.</summary>
    public event Action<Transaction>? BeforeObserverCalls;

    /// <summary>After the observers of a transaction ran (before garbage collection).</summary>
    public event Action<Transaction>? AfterTransaction;

    /// <summary>After a transaction's garbage collection and merging.</summary>
    public event Action<Transaction>? AfterTransactionCleanup;

    /// <summary>After a transaction and every transaction its observers started are cleaned up.</summary>
    public event Action<Doc, IReadOnlyList<Transaction>>? AfterAllTransactions;

    /// <summary>Sub-documents were added, removed or asked to load (yjs <c>subdocs</c>).</summary>
    public event Action<SubdocsEvent, Transaction>? SubdocsChanged;

    /// <summary>The document was destroyed.</summary>
    public event Action<Doc>? Destroyed;

    /// <summary>A provider reported the document loaded (<see cref="EmitLoaded"/>).</summary>
    public event Action<Doc>? Loaded;

    internal bool HasUpdateListeners => Update is not null;

    internal bool HasUpdateV2Listeners => UpdateV2 is not null;

    internal void EmitUpdate(byte[] update, Transaction transaction) => Update?.Invoke(update, transaction.Origin, transaction);

    internal void EmitUpdateV2(byte[] update, Transaction transaction) => UpdateV2?.Invoke(update, transaction.Origin, transaction);

    internal void EmitBeforeObserverCalls(Transaction transaction) => BeforeObserverCalls?.Invoke(transaction);

    internal void EmitAfterTransaction(Transaction transaction) => AfterTransaction?.Invoke(transaction);

    internal void EmitAfterTransactionCleanup(Transaction transaction) => AfterTransactionCleanup?.Invoke(transaction);

    internal void EmitSubdocs(SubdocsEvent e, Transaction transaction) => SubdocsChanged?.Invoke(e, transaction);

    /// <summary>Marks the document loaded by its provider and raises <see cref="Loaded"/>.</summary>
    public void EmitLoaded()
    {
        IsLoaded = true;
        Loaded?.Invoke(this);
    }
}
