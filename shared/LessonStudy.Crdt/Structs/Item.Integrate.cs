using LessonStudy.Crdt.Types;

namespace LessonStudy.Crdt.Structs;

public sealed partial class Item
{
    internal override ulong? GetMissing(Transaction transaction, StructStore store)
    {
        if (HasOrigin && _originClient != Id.Client && _originClock >= store.GetState(_originClient))
        {
            return _originClient;
        }

        if (HasRightOrigin && _rightOriginClient != Id.Client && _rightOriginClock >= store.GetState(_rightOriginClient))
        {
            return _rightOriginClient;
        }

        if (_parent is ID pid && Id.Client != pid.Client && pid.Clock >= store.GetState(pid.Client))
        {
            return pid.Client;
        }

        // Every dependency is present: resolve the neighbours and the parent. A neighbour that was
        // garbage-collected means the parent is gone too, so this item becomes a GC struct.
        var neighbourCollected = false;
        if (HasOrigin)
        {
            var leftStruct = store.GetStructCleanEnd(transaction, new ID(_originClient, _originClock));
            Left = leftStruct as Item;
            if (Left is null)
            {
                neighbourCollected = true;
            }
            else
            {
                Origin = Left.LastId;
            }
        }

        if (HasRightOrigin)
        {
            var rightStruct = store.GetStructCleanStart(transaction, new ID(_rightOriginClient, _rightOriginClock));
            Right = rightStruct as Item;
            if (Right is null)
            {
                neighbourCollected = true;
            }
            else
            {
                RightOrigin = Right.Id;
            }
        }

        if (neighbourCollected)
        {
            _parent = null;
        }
        else if (_parent is null)
        {
            // The parent is copied from a neighbour only when this item is not to be collected.
            if (Left is not null)
            {
                _parent = Left._parent;
                ParentSub = Left.ParentSub;
            }
            else if (Right is not null)
            {
                _parent = Right._parent;
                ParentSub = Right.ParentSub;
            }
        }
        else if (_parent is ID parentId)
        {
            // A parent that is not a live type item (collected, or not a type at all) makes this a GC struct.
            _parent = store.Find(parentId) is Item { Content: ContentType ct } ? ct.Type : null;
        }

        return null;
    }

    /// <summary>
    /// Links this item into its parent (yjs <c>Item.integrate</c>): YATA conflict resolution among
    /// concurrent inserts at the same position, then store, content and transaction bookkeeping.
    /// </summary>
    internal override void Integrate(Transaction transaction, int offset)
    {
        var store = transaction.Doc.Store;
        if (offset > 0)
        {
            Id = new ID(Id.Client, Id.Clock + offset);
            Content = Content.Splice(offset);
            Length -= offset;
            if (store.GetStructCleanEnd(transaction, new ID(Id.Client, Id.Clock - 1)) is Item left)
            {
                Left = left;
                Origin = left.LastId;
            }
            else
            {
                // The part we already have was collected (yjs would fail here): so is the rest.
                _parent = null;
            }
        }

        if (_parent is not AbstractType parent)
        {
            // No parent (it was collected): keep only the clocks.
            new GC(Id, Length).Integrate(transaction, 0);
            return;
        }

        if ((Left is null && (Right is null || Right.Left is not null)) || (Left is not null && Left.Right != Right))
        {
            Left = ResolveConflicts(transaction, parent);
        }

        // Reconnect left/right and update the parent's start or map entry.
        if (Left is not null)
        {
            Right = Left.Right;
            Left.Right = this;
        }
        else
        {
            Item? r;
            if (ParentSub is not null)
            {
                r = parent.Map.GetValueOrDefault(ParentSub);
                while (r is not null && r.Left is not null)
                {
                    r = r.Left;
                }
            }
            else
            {
                r = parent.Start;
                parent.Start = this;
            }

            Right = r;
        }

        if (Right is not null)
        {
            Right.Left = this;
        }
        else if (ParentSub is not null)
        {
            // The newest entry of a key is the map's current value; the previous one is deleted.
            parent.Map[ParentSub] = this;
            Left?.Delete(transaction);
        }

        if (ParentSub is null && Countable && !Deleted)
        {
            parent.Length += Length;
        }

        store.AddStruct(this);
        Content.Integrate(transaction, this);
        transaction.AddChangedType(parent, ParentSub);
        if ((parent.Item is not null && parent.Item.Deleted) || (ParentSub is not null && Right is not null))
        {
            // Delete if the parent is deleted, or if this is not the current value of its key.
            Delete(transaction);
        }
    }

    /// <summary>
    /// Finds the left neighbour among concurrently inserted items between origin and right origin
    /// (YATA): items whose origin lies left of ours are skipped, ties on the same origin are ordered
    /// by client ID.
    /// </summary>
    private Item? ResolveConflicts(Transaction transaction, AbstractType parent)
    {
        var store = transaction.Doc.Store;
        var left = Left;
        Item? o;
        if (left is not null)
        {
            o = left.Right;
        }
        else if (ParentSub is not null)
        {
            o = parent.Map.GetValueOrDefault(ParentSub);
            while (o is not null && o.Left is not null)
            {
                o = o.Left;
            }
        }
        else
        {
            o = parent.Start;
        }

        // The sets are reused across integrations (one per store) to avoid allocating per conflict.
        var conflictingItems = store.ConflictingItems;
        var itemsBeforeOrigin = store.ItemsBeforeOrigin;
        conflictingItems.Clear();
        itemsBeforeOrigin.Clear();
        try
        {
            while (o is not null && o != Right)
            {
                itemsBeforeOrigin.Add(o);
                conflictingItems.Add(o);
                if (SameOrigin(o))
                {
                    if (o.Id.Client < Id.Client)
                    {
                        left = o;
                        conflictingItems.Clear();
                    }
                    else if (SameRightOrigin(o))
                    {
                        // Same integration points: the client ID puts this item first.
                        break;
                    }
                }
                else if (o.HasOrigin && itemsBeforeOrigin.Contains(store.Find(o.Origin!.Value)))
                {
                    if (!conflictingItems.Contains(store.Find(o.Origin!.Value)))
                    {
                        left = o;
                        conflictingItems.Clear();
                    }
                }
                else
                {
                    break;
                }

                o = o.Right;
            }
        }
        finally
        {
            conflictingItems.Clear();
            itemsBeforeOrigin.Clear();
        }

        return left;
    }
}
