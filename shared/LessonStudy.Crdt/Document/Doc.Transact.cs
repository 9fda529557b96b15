namespace LessonStudy.Crdt;

public sealed partial class Doc
{
    private int _explicitDepth;
    private bool _explicitRoot;

    /// <summary>
    /// Runs <paramref name="f"/> in a transaction (yjs <c>doc.transact</c>). Nested calls join the
    /// outer transaction; observers and update events fire when the outermost one ends.
    /// </summary>
    public void Transact(Action<Transaction> f, object? origin = null, bool local = true)
    {
        ArgumentNullException.ThrowIfNull(f);
        var initialCall = StartTransaction(origin, local);
        try
        {
            f(_transaction!);
        }
        finally
        {
            if (initialCall)
            {
                FinishTransaction();
            }
        }
    }

    /// <summary>Like <see cref="Transact(Action{Transaction}, object?, bool)"/>, returning <paramref name="f"/>'s result.</summary>
    public T Transact<T>(Func<Transaction, T> f, object? origin = null, bool local = true)
    {
        ArgumentNullException.ThrowIfNull(f);
        var initialCall = StartTransaction(origin, local);
        try
        {
            return f(_transaction!);
        }
        finally
        {
            if (initialCall)
            {
                FinishTransaction();
            }
        }
    }

    /// <summary>
    /// Opens a transaction that commits when disposed (<c>using var tr = doc.BeginTransaction()</c>).
    /// Inside a running transaction it returns that one, and disposing it does nothing.
    /// </summary>
    public Transaction BeginTransaction(object? origin = null)
    {
        if (_transaction is null)
        {
            StartTransaction(origin, true);
            _explicitRoot = true;
            _explicitDepth = 1;
        }
        else
        {
            _explicitDepth++;
        }

        return _transaction!;
    }

    internal void EndExplicitTransaction(Transaction transaction)
    {
        if (!ReferenceEquals(transaction, _transaction) || _explicitDepth == 0)
        {
            return;
        }

        _explicitDepth--;
        if (_explicitDepth == 0 && _explicitRoot)
        {
            _explicitRoot = false;
            FinishTransaction();
        }
    }

    /// <summary>Creates the transaction if none runs; true when this call created it.</summary>
    private bool StartTransaction(object? origin, bool local)
    {
        if (_transaction is not null)
        {
            return false;
        }

        var transaction = new Transaction(this, origin, local);
        _transaction = transaction;
        _transactionCleanups.Add(transaction);
        if (_transactionCleanups.Count == 1)
        {
            BeforeAllTransactions?.Invoke(this);
        }

        BeforeTransaction?.Invoke(transaction);
        return true;
    }

    private void FinishTransaction()
    {
        var finishCleanup = ReferenceEquals(_transaction, _transactionCleanups[0]);
        _transaction = null;
        if (finishCleanup)
        {
            // Observers may open new transactions; those are cleaned up in turn, not nested.
            Transaction.CleanupTransactions(_transactionCleanups);
        }
    }

    /// <summary>Called by cleanup once every pending transaction is done.</summary>
    internal void ResetTransactionCleanups(List<Transaction> finished)
    {
        _transactionCleanups = new List<Transaction>();
        AfterAllTransactions?.Invoke(this, finished);
    }
}
