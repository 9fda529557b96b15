using LessonStudy.Crdt.Structs;
using LessonStudy.Crdt.Types;

namespace LessonStudy.Crdt;

public sealed partial class Transaction
{
    /// <summary>Frames of nested type deletions, so deleting deep nesting needs no recursion.</summary>
    private List<DeletionFrame>? _deletionStack;

    /// <summary>
    /// Deletes all children of <paramref name="type"/> (yjs <c>ContentType.delete</c>). Nested types
    /// are pushed as frames and processed depth-first, in exactly the order the recursive yjs code
    /// visits them, so the input cannot exhaust the call stack.
    /// </summary>
    internal void DeleteTypeContent(AbstractType type)
    {
        var stack = _deletionStack ??= new List<DeletionFrame>();
        stack.Add(new DeletionFrame(type));
        if (stack.Count > 1)
        {
            // An outer call is running the loop; it picks this frame up next.
            return;
        }

        try
        {
            while (stack.Count > 0)
            {
                var frame = stack[^1];
                var item = frame.Next();
                if (item is null)
                {
                    Changed.Remove(frame.Type);
                    stack.RemoveAt(stack.Count - 1);
                    continue;
                }

                if (!item.Deleted)
                {
                    item.Delete(this);
                }
                else if (item.Id.Clock < BeforeStateMap.GetValueOrDefault(item.Id.Client))
                {
                    // Deleted earlier and collected later: not in this transaction's delete set, so
                    // queue it for merging explicitly.
                    MergeStructs.Add(item);
                }
            }
        }
        finally
        {
            stack.Clear();
        }
    }

    /// <summary>Walks a type's list children, then its map entries (current values only).</summary>
    private sealed class DeletionFrame(AbstractType type)
    {
        private Item? _listCursor = type.Start;
        private bool _listDone;
        private Item[]? _mapItems;
        private int _mapIndex;

        internal AbstractType Type { get; } = type;

        internal Item? Next()
        {
            if (!_listDone)
            {
                if (_listCursor is { } item)
                {
                    _listCursor = item.Right;
                    return item;
                }

                _listDone = true;
                _mapItems = [.. Type.Map.Values];
            }

            return _mapIndex < _mapItems!.Length ? _mapItems[_mapIndex++] : null;
        }
    }
}
