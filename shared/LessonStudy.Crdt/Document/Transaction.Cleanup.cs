using System.Runtime.ExceptionServices;
using LessonStudy.Crdt.Structs;
using LessonStudy.Crdt.Types;

namespace LessonStudy.Crdt;

public sealed partial class Transaction
{
    /// <summary>
    /// Merges <c>structs[pos]</c> into its left neighbours while possible; returns how many merged
    /// (yjs <c>tryToMergeWithLefts</c>).
    /// </summary>
    internal static int TryToMergeWithLefts(List<AbstractStruct> structs, int pos)
    {
        var right = structs[pos];
        var left = structs[pos - 1];
        var i = pos;
        for (; i > 0; right = left, left = structs[--i - 1])
        {
            if (left.Deleted == right.Deleted && left.GetType() == right.GetType() && left.MergeWith(right))
            {
                if (right is Item { ParentSub: { } sub } rightItem
                    && rightItem.Parent is { } parent
                    && parent.Map.TryGetValue(sub, out var current)
                    && ReferenceEquals(current, rightItem))
                {
                    parent.Map[sub] = (Item)left;
                }

                if (i == 1)
                {
                    // structs[i - 2] does not exist: stop before the loop header reads it.
                    i--;
                    break;
                }

                continue;
            }

            break;
        }

        var merged = pos - i;
        if (merged > 0)
        {
            structs.RemoveRange(pos + 1 - merged, merged);
        }

        return merged;
    }

    /// <summary>Collects deleted items in the delete set's ranges (yjs <c>tryGcDeleteSet</c>).</summary>
    internal static void TryGcDeleteSet(DeleteSet ds, StructStore store, Doc doc)
    {
        foreach (var (client, deleteItems) in ds.Clients)
        {
            if (!store.Clients.TryGetValue(client, out var structs))
            {
                continue;
            }

            for (var di = deleteItems.Count - 1; di >= 0; di--)
            {
                var deleteItem = deleteItems[di];
                var endDeleteItemClock = deleteItem.Clock + deleteItem.Len;
                for (var si = StructStore.FindIndexSS(structs, deleteItem.Clock); si < structs.Count; si++)
                {
                    var str = structs[si];
                    if (str.Id.Clock >= endDeleteItemClock)
                    {
                        break;
                    }

                    if (str is Item { Deleted: true, Keep: false } item && doc.GcFilter(item))
                    {
                        item.Gc(store, false);
                    }
                }
            }
        }
    }

    /// <summary>Merges neighbours of deleted ranges, right to left (yjs <c>tryMergeDeleteSet</c>).</summary>
    internal static void TryMergeDeleteSet(DeleteSet ds, StructStore store)
    {
        foreach (var (client, deleteItems) in ds.Clients)
        {
            if (!store.Clients.TryGetValue(client, out var structs))
            {
                continue;
            }

            for (var di = deleteItems.Count - 1; di >= 0; di--)
            {
                var deleteItem = deleteItems[di];
                // Start with the struct right of the last deleted one.
                var mostRightIndexToCheck = Math.Min(
                    structs.Count - 1,
                    1 + StructStore.FindIndexSS(structs, deleteItem.Clock + deleteItem.Len - 1));
                for (var si = mostRightIndexToCheck; si > 0 && structs[si].Id.Clock >= deleteItem.Clock;)
                {
                    si -= 1 + TryToMergeWithLefts(structs, si);
                }
            }
        }
    }

    /// <summary>Garbage-collects and merges a delete set's range (yjs <c>tryGc</c>).</summary>
    internal static void TryGc(DeleteSet ds, StructStore store, Doc doc)
    {
        TryGcDeleteSet(ds, store, doc);
        TryMergeDeleteSet(ds, store);
    }

    /// <summary>
    /// Ends transactions one after another (yjs <c>cleanupTransactions</c>): observers, deep
    /// observers, garbage collection, merging, client-ID check, update and sub-document events.
    /// Observers may open new transactions; they are appended and handled by the same loop.
    /// </summary>
    internal static void CleanupTransactions(List<Transaction> transactionCleanups)
    {
        ExceptionDispatchInfo? firstError = null;
        for (var i = 0; i < transactionCleanups.Count; i++)
        {
            var transaction = transactionCleanups[i];
            try
            {
                transaction.CallObservers();
            }
            catch (Exception e)
            {
                firstError ??= ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                try
                {
                    transaction.FinishCleanup();
                }
                catch (Exception e)
                {
                    firstError ??= ExceptionDispatchInfo.Capture(e);
                }
            }
        }

        transactionCleanups[0].Doc.ResetTransactionCleanups(transactionCleanups);
        firstError?.Throw();
    }

    /// <summary>Observer phase of the cleanup. Every callback runs even if an earlier one throws.</summary>
    private void CallObservers()
    {
        var doc = Doc;
        DeleteSet.SortAndMerge();
        AfterStateMap = doc.Store.GetStateVector();
        doc.EmitBeforeObserverCalls(this);
        ExceptionDispatchInfo? firstError = null;
        if (Changed.Count > 0)
        {
            foreach (var (itemType, subs) in Changed.ToArray())
            {
                try
                {
                    if (itemType.Item is null || !itemType.Item.Deleted)
                    {
                        itemType.CallObserver(this, subs);
                    }
                }
                catch (Exception e)
                {
                    firstError ??= ExceptionDispatchInfo.Capture(e);
                }
            }
        }

        if (HasChangedParentTypes)
        {
            // yjs decides which deep observers fire before calling any of them.
            var deep = new List<(AbstractType Type, List<YEvent> Events)>();
            foreach (var (type, events) in ChangedParentTypes)
            {
                if (type.HasDeepObservers && (type.Item is null || !type.Item.Deleted))
                {
                    deep.Add((type, events));
                }
            }

            foreach (var (type, events) in deep)
            {
                try
                {
                    CallDeepObservers(type, events);
                }
                catch (Exception e)
                {
                    firstError ??= ExceptionDispatchInfo.Capture(e);
                }
            }
        }

        try
        {
            doc.EmitAfterTransaction(this);
        }
        catch (Exception e)
        {
            firstError ??= ExceptionDispatchInfo.Capture(e);
        }

        try
        {
            if (NeedFormattingCleanup)
            {
                YText.CleanupYTextAfterTransaction(this);
            }
        }
        catch (Exception e)
        {
            firstError ??= ExceptionDispatchInfo.Capture(e);
        }

        firstError?.Throw();
    }

    private void CallDeepObservers(AbstractType type, List<YEvent> allEvents)
    {
        var events = new List<YEvent>(allEvents.Count);
        foreach (var e in allEvents)
        {
            if (e.Target.Item is null || !e.Target.Item.Deleted)
            {
                events.Add(e);
            }
        }

        // The same event object goes to every ancestor, so currentTarget and path are reset per call.
        foreach (var e in events)
        {
            e.CurrentTarget = type;
            e.ResetPath();
        }

        // Top-level events first; stable like JavaScript's sort.
        var sorted = new YEvent[events.Count];
        var keys = new int[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            sorted[i] = events[i];
            keys[i] = events[i].Path.Count;
        }

        StableSortByKey(sorted, keys);
        type.DEH.Call(sorted, this);
    }

    private static void StableSortByKey(YEvent[] items, int[] keys)
    {
        // Insertion sort: stable, and event lists are short.
        for (var i = 1; i < items.Length; i++)
        {
            var item = items[i];
            var key = keys[i];
            var j = i - 1;
            while (j >= 0 && keys[j] > key)
            {
                items[j + 1] = items[j];
                keys[j + 1] = keys[j];
                j--;
            }

            items[j + 1] = item;
            keys[j + 1] = key;
        }
    }

    /// <summary>The part of the cleanup that runs even when observers throw.</summary>
    private void FinishCleanup()
    {
        var doc = Doc;
        var store = doc.Store;
        var ds = DeleteSet;
        AfterStateMap ??= store.GetStateVector();
        if (doc.Gc)
        {
            TryGcDeleteSet(ds, store, doc);
        }

        TryMergeDeleteSet(ds, store);

        // Merge the structs added by this transaction, right to left so entries can be removed safely.
        foreach (var (client, clock) in AfterStateMap)
        {
            var beforeClock = BeforeStateMap.GetValueOrDefault(client);
            if (beforeClock != clock)
            {
                var structs = store.Clients[client];
                var firstChangePos = Math.Max(StructStore.FindIndexSS(structs, beforeClock), 1);
                for (var i = structs.Count - 1; i >= firstChangePos;)
                {
                    i -= 1 + TryToMergeWithLefts(structs, i);
                }
            }
        }

        for (var i = MergeStructs.Count - 1; i >= 0; i--)
        {
            var id = MergeStructs[i].Id;
            var structs = store.Clients[id.Client];
            var replacedStructPos = StructStore.FindIndexSS(structs, id.Clock);
            if (replacedStructPos + 1 < structs.Count && TryToMergeWithLefts(structs, replacedStructPos + 1) > 1)
            {
                continue; // both neighbours are merged already
            }

            if (replacedStructPos > 0)
            {
                TryToMergeWithLefts(structs, replacedStructPos);
            }
        }

        if (!Local && AfterStateMap.GetValueOrDefault(doc.ClientID, -1) != BeforeStateMap.GetValueOrDefault(doc.ClientID, -1))
        {
            // Another peer created structs with our client ID: using it further would corrupt documents.
            doc.ClientID = Doc.GenerateNewClientId();
        }

        doc.EmitAfterTransactionCleanup(this);
        EmitUpdates(doc);
        if (HasSubdocChanges)
        {
            EmitSubdocChanges(doc);
        }
    }

    private void EmitSubdocChanges(Doc doc)
    {
        foreach (var subdoc in SubdocsAddedSet)
        {
            subdoc.ClientID = doc.ClientID;
            subdoc.CollectionId ??= doc.CollectionId;
            doc.SubdocsSet.Add(subdoc);
        }

        foreach (var subdoc in SubdocsRemovedSet)
        {
            doc.SubdocsSet.Remove(subdoc);
        }

        doc.EmitSubdocs(new SubdocsEvent(SubdocsLoadedSet, SubdocsAddedSet, SubdocsRemovedSet), this);
        foreach (var subdoc in SubdocsRemovedSet.ToArray())
        {
            subdoc.Destroy();
        }
    }
}
