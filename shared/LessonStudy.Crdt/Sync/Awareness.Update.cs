using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Sync;

/// <summary>The awareness wire format: <c>varUint(n) (varUint(client) varUint(clock) varString(JSON))*</c>.</summary>
public sealed partial class Awareness
{
    /// <summary>
    /// Encodes the states of <paramref name="clients"/> (y-protocols <c>encodeAwarenessUpdate</c>);
    /// a client without a state is sent as <c>null</c> (offline). The JSON is byte-identical to
    /// JavaScript's <c>JSON.stringify</c>.
    /// </summary>
    /// <exception cref="ArgumentException">A client was never seen (it has no clock).</exception>
    public byte[] EncodeAwarenessUpdate(IReadOnlyList<ulong> clients) => EncodeAwarenessUpdate(clients, _states);

    /// <summary>Encodes <paramref name="clients"/> with states taken from <paramref name="states"/> and clocks from this awareness.</summary>
    public byte[] EncodeAwarenessUpdate(IReadOnlyList<ulong> clients, IReadOnlyDictionary<ulong, object> states)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(states);
        var writer = new Lib0Writer();
        writer.WriteVarUint((ulong)clients.Count);
        foreach (var client in clients)
        {
            if (!_meta.TryGetValue(client, out var meta))
            {
                throw new ArgumentException($"Client {client} has no awareness clock.", nameof(clients));
            }

            writer.WriteVarUint(client);
            writer.WriteVarUint(meta.Clock);
            writer.WriteVarString(JsJson.Stringify(FalsyToNull(states.GetValueOrDefault(client)))!);
        }

        return writer.ToArray();
    }

    /// <summary>
    /// Applies a received awareness update (y-protocols <c>applyAwarenessUpdate</c>). The whole
    /// update is decoded before anything changes, so a malformed one changes nothing.
    /// </summary>
    /// <exception cref="CrdtFormatException">The update is truncated or a state is not valid JSON.</exception>
    public void ApplyAwarenessUpdate(ReadOnlyMemory<byte> update, object? origin)
    {
        var entries = DecodeAwarenessUpdate(update);
        var timestamp = Now();
        var added = new List<ulong>();
        var updated = new List<ulong>();
        var filteredUpdated = new List<ulong>();
        var removed = new List<ulong>();
        foreach (var (client, receivedClock, state) in entries)
        {
            var clock = receivedClock;
            var known = _meta.TryGetValue(client, out var clientMeta);
            _states.TryGetValue(client, out var prevState);
            var currClock = known ? clientMeta.Clock : 0;
            if (currClock < clock || (currClock == clock && state is null && _states.ContainsKey(client)))
            {
                if (state is null)
                {
                    // Never let a peer remove our own state: answer with a newer clock instead.
                    if (client == ClientId && GetLocalState() is not null)
                    {
                        clock++;
                    }
                    else
                    {
                        _states.Remove(client);
                    }
                }
                else
                {
                    _states[client] = state;
                }

                _meta[client] = new AwarenessMeta(clock, timestamp);
                if (!known && state is not null)
                {
                    added.Add(client);
                }
                else if (known && state is null)
                {
                    removed.Add(client);
                }
                else if (state is not null)
                {
                    if (!JsValue.DeepEquals(state, prevState))
                    {
                        filteredUpdated.Add(client);
                    }

                    updated.Add(client);
                }
            }
        }

        if (added.Count > 0 || filteredUpdated.Count > 0 || removed.Count > 0)
        {
            Change?.Invoke(new AwarenessChanges(added, filteredUpdated, removed), origin);
        }

        if (added.Count > 0 || updated.Count > 0 || removed.Count > 0)
        {
            Update?.Invoke(new AwarenessChanges(added, updated, removed), origin);
        }
    }

    /// <summary>Same as <see cref="ApplyAwarenessUpdate"/>; the shorter name existing callers use.</summary>
    /// <exception cref="CrdtFormatException">The update is truncated or a state is not valid JSON.</exception>
    public void ApplyUpdate(ReadOnlyMemory<byte> update, object? origin) => ApplyAwarenessUpdate(update, origin);

    /// <summary>
    /// Re-encodes an update with every state passed through <paramref name="modify"/>
    /// (y-protocols <c>modifyAwarenessUpdate</c>), e.g. for a server that stops clients from
    /// claiming another user's identity.
    /// </summary>
    /// <exception cref="CrdtFormatException">The update is truncated or a state is not valid JSON.</exception>
    public static byte[] ModifyAwarenessUpdate(ReadOnlyMemory<byte> update, Func<object?, object?> modify)
    {
        ArgumentNullException.ThrowIfNull(modify);
        var entries = DecodeAwarenessUpdate(update);
        var writer = new Lib0Writer(update.Length + 16);
        writer.WriteVarUint((ulong)entries.Count);
        foreach (var (client, clock, state) in entries)
        {
            writer.WriteVarUint(client);
            writer.WriteVarUint(clock);
            writer.WriteVarString(JsJson.Stringify(JsValue.Normalize(modify(state))) ?? "null");
        }

        return writer.ToArray();
    }

    /// <summary>Decodes an update into (client, clock, state) triples; <c>null</c> state = offline.</summary>
    /// <exception cref="CrdtFormatException">The update is truncated or a state is not valid JSON.</exception>
    public static IReadOnlyList<(ulong Client, ulong Clock, object? State)> DecodeAwarenessUpdate(ReadOnlyMemory<byte> update)
    {
        var reader = new Lib0Reader(update);
        var count = reader.ReadVarUintAsLength("Awareness entry count", Math.Min(reader.Limits.MaxClients, reader.Remaining / 3));
        var entries = new List<(ulong, ulong, object?)>(count);
        for (var i = 0; i < count; i++)
        {
            var client = reader.ReadVarUint();
            var clock = reader.ReadVarUint();
            var state = JsJson.Parse(reader.ReadVarString());
            entries.Add((client, clock, state));
        }

        return entries;
    }

    /// <summary>JavaScript's <c>state || null</c>: falsy states travel as <c>null</c>.</summary>
    private static object? FalsyToNull(object? state) => state switch
    {
        false => null,
        "" => null,
        double d when d == 0 || double.IsNaN(d) => null,
        JsUndefined => null,
        _ => state,
    };
}
