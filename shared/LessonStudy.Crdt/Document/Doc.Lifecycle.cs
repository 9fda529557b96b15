using LessonStudy.Crdt.Encoding;
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
            // If the item was collected meanwhile, yjs still builds the replacement (from no options).
            var content = item.Content as ContentDoc;
            var replacement = ContentDoc.CreateDocFromOpts(Guid, content?.Opts ?? new JsObject());
            // yjs spreads the options under shouldLoad: false, so the replacement never loads by itself.
            replacement.ShouldLoad = false;
            if (content is not null)
            {
                content.Doc = replacement;
            }

            replacement.Item = item;
            item.Parent!.Doc!.Transact(
                tr =>
                {
                    if (!item.Deleted)
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
