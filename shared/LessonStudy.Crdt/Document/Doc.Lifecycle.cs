using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt;

public sealed partial class Doc
{
    /// <summary>
    /// Asks the parent document's providers to load this sub-document (yjs <c>doc.load</c>). Safe to call repeatedly.
    /// </summary>
    public void Load()
    {
        var item = Item;
        if (item is not null && !ShouldLoad)
        {
            item.Parent!.Doc!.Transact(tr => tr.SubdocsLoadedSet.Add(this), null, true);
        }

        ShouldLoad = true;
    }

    /// <summary>
    /// Destroys the document (yjs <c>doc.destroy</c>): destroys sub-documents and, for a sub-document,
    /// puts a fresh unloaded copy into the parent in its place.
    /// </summary>
    public void Destroy()
    {
        IsDestroyed = true;
        foreach (var subdoc in SubdocsSet.ToArray())
        {
            subdoc.Destroy();
        }

        var item = Item;
        if (item is not null)
        {
            Item = null;
            // A deleted sub-document whose item was garbage-collected holds ContentDeleted by now;
            // yjs then builds the replacement anyway but never adds it (the item is deleted).
            Doc? replacement = null;
            if (item.Content is ContentDoc content)
            {
                var opts = content.Opts.ShallowClone();
                opts.Set("shouldLoad", false);
                replacement = ContentDoc.CreateDocFromOpts(Guid, opts);
                // yjs spreads the options over shouldLoad: false, so the replacement never loads by itself.
                replacement.ShouldLoad = false;
                content.Doc = replacement;
                replacement.Item = item;
            }

            item.Parent!.Doc!.Transact(
                tr =>
                {
                    if (!item.Deleted && replacement is not null)
                    {
                        tr.SubdocsAddedSet.Add(replacement);
                    }

                    tr.SubdocsRemovedSet.Add(this);
                },
                null,
                true);
        }

        Destroyed?.Invoke(this);
        Update = null;
        UpdateV2 = null;
        BeforeAllTransactions = null;
        BeforeTransaction = null;
        BeforeObserverCalls = null;
        AfterTransaction = null;
        AfterTransactionCleanup = null;
        AfterAllTransactions = null;
        SubdocsChanged = null;
        Destroyed = null;
        Loaded = null;
    }
}
