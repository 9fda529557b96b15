namespace LessonStudy.Crdt;

/// <summary>
/// A small set that iterates in insertion order even after removals (JavaScript <c>Set</c>
/// semantics), for the few places where yjs's iteration order is observable.
/// </summary>
internal sealed class OrderedSet<T> : IReadOnlyCollection<T>
    where T : notnull
{
    private readonly OrderedDictionary<T, bool> _items = new();

    public int Count => _items.Count;

    public bool Add(T item) => _items.TryAdd(item, true);

    public bool Remove(T item) => _items.Remove(item);

    public bool Contains(T item) => _items.ContainsKey(item);

    public IEnumerator<T> GetEnumerator() => _items.Keys.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
