using System.Collections;
using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt.Types;

/// <summary>
/// Iterates the descendants of an XML fragment or element depth first — an element's children
/// before its next sibling — yielding those the filter accepts (yjs <c>YXmlTreeWalker</c>). Walks
/// the live tree: changes made while iterating are seen.
/// </summary>
public sealed class YXmlTreeWalker : IEnumerable<AbstractType>, IEnumerator<AbstractType>
{
    private readonly Func<AbstractType, bool> _filter;
    private readonly YXmlFragment _root;
    private Item? _currentNode;
    private bool _firstCall = true;
    private AbstractType? _current;

    internal YXmlTreeWalker(YXmlFragment root, Func<AbstractType, bool>? filter)
    {
        _root = root;
        _filter = filter ?? (_ => true);
        _currentNode = root.Start;
    }

    /// <summary>The node found by the last successful <see cref="MoveNext"/>.</summary>
    public AbstractType Current => _current ?? throw new InvalidOperationException("MoveNext has not found a node.");

    object IEnumerator.Current => Current;

    /// <summary>Advances to the next accepted node; false at the end.</summary>
    public bool MoveNext()
    {
        var n = _currentNode;
        if (n is not null && (!_firstCall || n.Deleted || !Accepts(n)))
        {
            do
            {
                if (!n.Deleted && (n.Content as ContentType)?.Type is YXmlFragment { Start: { } childStart } && IsFragmentOrElement(n))
                {
                    // walk down the tree
                    n = childStart;
                }
                else
                {
                    // walk right, or up and right
                    while (n is not null)
                    {
                        var nxt = n.Next;
                        if (nxt is not null)
                        {
                            n = nxt;
                            break;
                        }
                        n = ReferenceEquals(n.Parent, _root) ? null : n.Parent!.Item;
                    }
                }
            }
            while (n is not null && (n.Deleted || !Accepts(n)));
        }
        _firstCall = false;
        if (n is null)
        {
            _current = null;
            return false;
        }
        _currentNode = n;
        _current = ((ContentType)n.Content).Type;
        return true;
    }

    // yjs descends only into elements and fragments (not into hooks or text).
    private static bool IsFragmentOrElement(Item n) =>
        ((ContentType)n.Content).Type.GetType() is var t && (t == typeof(YXmlElement) || t == typeof(YXmlFragment));

    private bool Accepts(Item n) => n.Content is ContentType c && _filter(c.Type);

    void IEnumerator.Reset() => throw new NotSupportedException();

    public void Dispose()
    {
    }

    public IEnumerator<AbstractType> GetEnumerator() => this;

    IEnumerator IEnumerable.GetEnumerator() => this;
}
