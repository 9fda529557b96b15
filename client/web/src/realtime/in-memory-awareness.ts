import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

interface Entry {
  clock: number;
  state: string;
}

/**
 * The server side of awareness, as the hub keeps it: the latest (clock, JSON state) per client ID,
 * which connection announced it, and removal of a connection's clients when it leaves.
 * Works on encoded awareness updates (y-protocols format) without an Awareness instance or timers.
 */
export class InMemoryAwareness {
  private readonly entries = new Map<number, Entry>();
  private readonly owners = new Map<number, string>();

  /** Applies an update sent by `connectionId`; returns the client IDs it changed. */
  apply(update: Uint8Array, connectionId: string): number[] {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const changed: number[] = [];
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const state = decoding.readVarString(decoder);
      const known = this.entries.get(clientId);
      const removesLive = known !== undefined && known.clock === clock && state === 'null' && known.state !== 'null';
      if (!known || known.clock < clock || removesLive) {
        this.entries.set(clientId, { clock, state });
        this.owners.set(clientId, connectionId);
        changed.push(clientId);
      }
    }
    return changed;
  }

  /** Marks every client of a connection removed; returns an update announcing it, or null. */
  removeConnection(connectionId: string): Uint8Array | null {
    const clients = [...this.owners].filter(([, owner]) => owner === connectionId).map(([id]) => id);
    const removed: number[] = [];
    for (const id of clients) {
      const entry = this.entries.get(id)!;
      this.owners.delete(id);
      if (entry.state !== 'null') {
        // Same clock, state null: how y-protocols' removeAwarenessStates announces a remote client gone.
        this.entries.set(id, { clock: entry.clock, state: 'null' });
        removed.push(id);
      }
    }
    return removed.length === 0 ? null : this.encode(removed);
  }

  /** Every client with a live state, or null when nobody is present. */
  encodeLive(): Uint8Array | null {
    const live = [...this.entries].filter(([, entry]) => entry.state !== 'null').map(([id]) => id);
    return live.length === 0 ? null : this.encode(live);
  }

  states(): Map<number, unknown> {
    const states = new Map<number, unknown>();
    for (const [id, entry] of this.entries) {
      if (entry.state !== 'null') {
        states.set(id, JSON.parse(entry.state));
      }
    }
    return states;
  }

  private encode(clients: number[]): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, clients.length);
    for (const id of clients) {
      const entry = this.entries.get(id)!;
      encoding.writeVarUint(encoder, id);
      encoding.writeVarUint(encoder, entry.clock);
      encoding.writeVarString(encoder, entry.state);
    }
    return encoding.toUint8Array(encoder);
  }
}
