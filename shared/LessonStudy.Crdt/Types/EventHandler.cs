using System.Runtime.ExceptionServices;

namespace LessonStudy.Crdt.Types;

/// <summary>
/// Listeners of one event (yjs <c>EventHandler</c>). Copy-on-write, so listeners added or removed
/// while the event fires take effect from the next call. Every listener runs even if one throws;
/// the first exception is rethrown afterwards.
/// </summary>
internal sealed class EventHandler<TArg0, TArg1>
{
    private (Delegate Key, Action<TArg0, TArg1> Invoke)[] _listeners = [];

    internal int Count => _listeners.Length;

    internal void Add(Delegate key, Action<TArg0, TArg1> invoke) => _listeners = [.. _listeners, (key, invoke)];

    /// <summary>Removes every registration of <paramref name="key"/>; false when there was none.</summary>
    internal bool Remove(Delegate key)
    {
        var old = _listeners;
        var kept = new List<(Delegate, Action<TArg0, TArg1>)>(old.Length);
        foreach (var l in old)
        {
            if (!Equals(l.Key, key))
            {
                kept.Add(l);
            }
        }

        _listeners = [.. kept];
        return kept.Count != old.Length;
    }

    internal void Clear() => _listeners = [];

    internal void Call(TArg0 arg0, TArg1 arg1)
    {
        var listeners = _listeners;
        ExceptionDispatchInfo? first = null;
        foreach (var l in listeners)
        {
            try
            {
                l.Invoke(arg0, arg1);
            }
            catch (Exception e)
            {
                first ??= ExceptionDispatchInfo.Capture(e);
            }
        }

        first?.Throw();
    }
}

/// <summary>Removes a listener when disposed (returned by the <c>Observe</c> methods).</summary>
internal sealed class ObserverRegistration : IDisposable
{
    private Action? _unsubscribe;

    internal ObserverRegistration(Action unsubscribe) => _unsubscribe = unsubscribe;

    public void Dispose()
    {
        _unsubscribe?.Invoke();
        _unsubscribe = null;
    }
}
