using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt;

/// <summary>
/// Integrates decoded structs in causal order (yjs <c>integrateStructs</c>). Clients are taken from
/// the highest ID down; when a struct depends on another client's struct, that client's next struct
/// is taken first (an explicit stack, at most one entry per client). Structs whose dependencies are
/// not in this update nor the store are returned as a pending V2 update with the missing state.
/// </summary>
internal static class StructIntegrator
{
    internal static PendingStructs? IntegrateStructs(Transaction transaction, StructStore store, Dictionary<ulong, StructRefs> clientsStructRefs)
    {
        var stack = new List<AbstractStruct>();
        // Ascending, consumed from the end: higher client IDs first.
        var clientsStructRefsIds = new List<ulong>(clientsStructRefs.Keys);
        clientsStructRefsIds.Sort();
        if (clientsStructRefsIds.Count == 0)
        {
            return null;
        }

        StructRefs? GetNextStructTarget()
        {
            if (clientsStructRefsIds.Count == 0)
            {
                return null;
            }

            var nextStructsTarget = clientsStructRefs[clientsStructRefsIds[^1]];
            while (nextStructsTarget.Refs.Count == nextStructsTarget.I)
            {
                clientsStructRefsIds.RemoveAt(clientsStructRefsIds.Count - 1);
                if (clientsStructRefsIds.Count > 0)
                {
                    nextStructsTarget = clientsStructRefs[clientsStructRefsIds[^1]];
                }
                else
                {
                    return null;
                }
            }

            return nextStructsTarget;
        }

        var curStructsTarget = GetNextStructTarget();
        if (curStructsTarget is null)
        {
            return null;
        }

        var restStructs = new StructStore();
        var missingSV = new Dictionary<ulong, long>();
        void UpdateMissingSv(ulong client, long clock)
        {
            if (!missingSV.TryGetValue(client, out var mclock) || mclock > clock)
            {
                missingSV[client] = clock;
            }
        }

        var stackHead = curStructsTarget.Refs[curStructsTarget.I++];
        // The local state per client, cached because it is read for every struct.
        var state = new Dictionary<ulong, long>();

        void AddStackToRestSS()
        {
            foreach (var item in stack)
            {
                var client = item.Id.Client;
                if (clientsStructRefs.TryGetValue(client, out var inapplicableItems))
                {
                    // The struct on the stack was taken from this client's refs: put it back.
                    inapplicableItems.I--;
                    restStructs.Clients[client] = inapplicableItems.Refs.GetRange(inapplicableItems.I, inapplicableItems.Refs.Count - inapplicableItems.I);
                    clientsStructRefs.Remove(client);
                    inapplicableItems.I = 0;
                    inapplicableItems.Refs = new List<AbstractStruct>();
                }
                else
                {
                    // The item was the client's last ref and the entry is gone already.
                    restStructs.Clients[client] = new List<AbstractStruct> { item };
                }

                // Never apply this client's remaining structs in this round.
                clientsStructRefsIds.Remove(client);
            }

            stack.Clear();
        }

        while (true)
        {
            if (stackHead is not Skip)
            {
                var client = stackHead.Id.Client;
                if (!state.TryGetValue(client, out var localClock))
                {
                    localClock = store.GetState(client);
                    state[client] = localClock;
                }

                var offset = localClock - stackHead.Id.Clock;
                if (offset < 0)
                {
                    // A struct of the same client is missing.
                    stack.Add(stackHead);
                    UpdateMissingSv(client, stackHead.Id.Clock - 1);
                    AddStackToRestSS();
                }
                else
                {
                    var missing = stackHead.GetMissing(transaction, store);
                    if (missing is { } missingClient)
                    {
                        stack.Add(stackHead);
                        if (!clientsStructRefs.TryGetValue(missingClient, out var structRefs) || structRefs.Refs.Count == structRefs.I)
                        {
                            // Depends on an update we have not received.
                            UpdateMissingSv(missingClient, store.GetState(missingClient));
                            AddStackToRestSS();
                        }
                        else
                        {
                            stackHead = structRefs.Refs[structRefs.I++];
                            continue;
                        }
                    }
                    else if (offset == 0 || offset < stackHead.Length)
                    {
                        stackHead.Integrate(transaction, (int)offset);
                        state[client] = stackHead.Id.Clock + stackHead.Length;
                    }
                }
            }

            if (stack.Count > 0)
            {
                stackHead = stack[^1];
                stack.RemoveAt(stack.Count - 1);
            }
            else if (curStructsTarget is not null && curStructsTarget.I < curStructsTarget.Refs.Count)
            {
                stackHead = curStructsTarget.Refs[curStructsTarget.I++];
            }
            else
            {
                curStructsTarget = GetNextStructTarget();
                if (curStructsTarget is null)
                {
                    break;
                }

                stackHead = curStructsTarget.Refs[curStructsTarget.I++];
            }
        }

        if (restStructs.Clients.Count > 0)
        {
            var encoder = UpdateFormats.CreateEncoderV2();
            StructEncoding.WriteClientsStructs(encoder, restStructs, new Dictionary<ulong, long>());
            encoder.RestEncoder.WriteVarUint(0); // empty delete set
            return new PendingStructs(missingSV, encoder.ToArray());
        }

        return null;
    }
}
