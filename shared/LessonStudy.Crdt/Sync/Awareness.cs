using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Sync;

/// <summary>
/// Non-persistent per-client state (cursor, user name …) shared next to a document: a port of
/// y-protocols <c>awareness.js</c>. Every client owns one state, a JSON value, stamped with a
/// clock. A received state replaces the known one when its clock is newer, or when it is
/// <c>null</c> with the same clock (a peer marking the client offline). A remote <c>null</c> for
/// our own client does not remove our state: our clock is bumped instead, so the next broadcast
/// says we are still here. There is no timer: the host calls <see cref="CheckOutdated()"/> every
/// few seconds (y-protocols checks every 3 s), which renews our state when older than 15 s and
/// drops remote states not renewed for <see cref="OutdatedTimeoutMs"/>.
/// </summary>
public sealed partial class Awareness : IDisposable
{
    /// <summary>How long a remote state lives without renewal (y-protocols <c>outdatedTimeout</c>).</summary>
    public const long OutdatedTimeoutMs = 30_000;

    /// <summary>The origin of events caused by <see cref="SetLocalState(object?)"/>.</summary>
    public const string LocalOrigin = "local";

    /// <summary>The origin of events caused by <see cref="CheckOutdated()"/> removing stale states.</summary>
    public const string TimeoutOrigin = "timeout";

    private readonly Dictionary<ulong, object> _states = new();
    private readonly Dictionary<ulong, AwarenessMeta> _meta = new();
    private readonly TimeProvider _time;

    /// <summary>Creates the awareness of <paramref name="clientId"/> with an empty local state <c>{}</c>.</summary>
    /// <param name="clientId">Our client id; use the document's client id.</param>
    /// <param name="timeProvider">The clock for <see cref="AwarenessMeta.LastUpdated"/>; the system clock by default.</param>
    public Awareness(ulong clientId, TimeProvider? timeProvider = null)
    {
        ClientId = clientId;
        _time = timeProvider ?? TimeProvider.System;
        SetLocalState(new JsObject());
    }

    /// <summary>Creates the awareness of <paramref name="doc"/>'s client (y-protocols <c>new Awareness(doc)</c>).</summary>
    public Awareness(Doc doc, TimeProvider? timeProvider = null)
        : this((doc ?? throw new ArgumentNullException(nameof(doc))).ClientID, timeProvider)
    {
    }

    /// <summary>Raised when a state is added, removed, or changed in content, with the event's origin.</summary>
    public event Action<AwarenessChanges, object?>? Change;

    /// <summary>Raised whenever states are added, removed or renewed (even unchanged), with the origin; broadcast on this.</summary>
    public event Action<AwarenessChanges, object?>? Update;

    /// <summary>Our client id.</summary>
    public ulong ClientId { get; }

    /// <summary>The known states by client id (ours included while it is not null).</summary>
    public IReadOnlyDictionary<ulong, object> States => _states;

    /// <summary>Clock and last update time of every client ever seen.</summary>
    public IReadOnlyDictionary<ulong, AwarenessMeta> Meta => _meta;

    /// <summary>The states by client id (y-protocols <c>getStates</c>).</summary>
    public IReadOnlyDictionary<ulong, object> GetStates() => _states;

    /// <summary>Our state, or <c>null</c> when we are marked offline.</summary>
    public object? GetLocalState() => _states.GetValueOrDefault(ClientId);

    /// <summary>
    /// Sets our state (a JSON value: <see cref="JsObject"/>, arrays, strings, numbers …; CLR values
    /// are normalized with <see cref="JsValue.Normalize"/>) and bumps our clock; <c>null</c> marks us
    /// offline. Raises <see cref="Update"/> always and <see cref="Change"/> when something changed.
    /// </summary>
    public void SetLocalState(object? state) => SetLocalState(state, Now());

    /// <summary>Sets one field of our state, if we have one (y-protocols <c>setLocalStateField</c>).</summary>
    public void SetLocalStateField(string field, object? value)
    {
        ArgumentNullException.ThrowIfNull(field);
        var state = GetLocalState();
        if (state is null)
        {
            return;
        }

        var next = state is JsObject obj ? obj.ShallowClone() : new JsObject();
        next.Set(field, JsValue.Normalize(value));
        SetLocalState(next);
    }

    /// <summary>
    /// Marks clients offline and forgets their states (y-protocols <c>removeAwarenessStates</c>);
    /// removing our own state bumps our clock so the removal propagates.
    /// </summary>
    public void RemoveAwarenessStates(IReadOnlyList<ulong> clients, object? origin) => RemoveAwarenessStates(clients, origin, Now());

    /// <summary>Runs the periodic check with the time provider's current time.</summary>
    public void CheckOutdated() => CheckOutdated(_time.GetUtcNow());

    /// <summary>
    /// The periodic check of y-protocols (every 3 s there): renews our state when it is at least
    /// 15 s old, and removes remote states not renewed for <see cref="OutdatedTimeoutMs"/> with
    /// origin <see cref="TimeoutOrigin"/>.
    /// </summary>
    public void CheckOutdated(DateTimeOffset now)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        var local = GetLocalState();
        if (local is not null && OutdatedTimeoutMs / 2 <= nowMs - _meta[ClientId].LastUpdated)
        {
            SetLocalState(local, nowMs);
        }

        List<ulong>? remove = null;
        foreach (var (client, meta) in _meta)
        {
            if (client != ClientId && OutdatedTimeoutMs <= nowMs - meta.LastUpdated && _states.ContainsKey(client))
            {
                (remove ??= []).Add(client);
            }
        }

        if (remove is not null)
        {
            RemoveAwarenessStates(remove, TimeoutOrigin, nowMs);
        }
    }

    /// <summary>Marks us offline (y-protocols <c>destroy</c>): our state becomes <c>null</c>.</summary>
    public void Dispose() => SetLocalState(null);

    private long Now() => _time.GetUtcNow().ToUnixTimeMilliseconds();

    private void SetLocalState(object? state, long nowMs)
    {
        state = JsValue.Normalize(state);
        var clock = _meta.TryGetValue(ClientId, out var meta) ? meta.Clock + 1 : 0;
        var hadPrev = _states.TryGetValue(ClientId, out var prevState);
        if (state is null)
        {
            _states.Remove(ClientId);
        }
        else
        {
            _states[ClientId] = state;
        }

        _meta[ClientId] = new AwarenessMeta(clock, nowMs);
        ulong[] added = [], updated = [], filteredUpdated = [], removed = [];
        if (state is null)
        {
            removed = [ClientId];
        }
        else if (!hadPrev)
        {
            added = [ClientId];
        }
        else
        {
            updated = [ClientId];
            if (!JsValue.DeepEquals(prevState, state))
            {
                filteredUpdated = updated;
            }
        }

        if (added.Length > 0 || filteredUpdated.Length > 0 || removed.Length > 0)
        {
            Change?.Invoke(new AwarenessChanges(added, filteredUpdated, removed), LocalOrigin);
        }

        Update?.Invoke(new AwarenessChanges(added, updated, removed), LocalOrigin);
    }

    private void RemoveAwarenessStates(IReadOnlyList<ulong> clients, object? origin, long nowMs)
    {
        ArgumentNullException.ThrowIfNull(clients);
        var removed = new List<ulong>();
        foreach (var client in clients)
        {
            if (_states.Remove(client))
            {
                if (client == ClientId)
                {
                    _meta[client] = new AwarenessMeta(_meta[client].Clock + 1, nowMs);
                }

                removed.Add(client);
            }
        }

        if (removed.Count > 0)
        {
            var changes = new AwarenessChanges([], [], removed);
            Change?.Invoke(changes, origin);
            Update?.Invoke(changes, origin);
        }
    }
}
