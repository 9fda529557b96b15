import * as Y from 'yjs';

interface PendingUpdate {
  readonly update: Uint8Array;
  rejectedBecause: string | null;
}

/**
 * Local document updates the server has not acknowledged yet. The hub completes a SendMessage only
 * once its update is durable, so an entry leaves this list only when such a completion covers it:
 * either its own update frame, or a later frame (a resend, a sync step 2) computed after it was added.
 */
export class PendingUpdates {
  private readonly entries = new Map<number, PendingUpdate>();
  private lastSeq = 0;

  /** Records an update and returns its sequence number (increasing, starting at 1). */
  add(update: Uint8Array): number {
    this.lastSeq += 1;
    this.entries.set(this.lastSeq, { update, rejectedBecause: null });
    return this.lastSeq;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The sequence number of the newest update added so far: a frame computed now covers up to it. */
  get latestSeq(): number {
    return this.lastSeq;
  }

  /** Why the server refused the newest refused update still pending, if any. */
  get rejection(): string | null {
    let reason: string | null = null;
    for (const entry of this.entries.values()) {
      reason = entry.rejectedBecause ?? reason;
    }
    return reason;
  }

  acknowledge(seq: number): void {
    this.entries.delete(seq);
  }

  acknowledgeUpTo(seq: number): void {
    for (const key of this.entries.keys()) {
      if (key <= seq) {
        this.entries.delete(key);
      }
    }
  }

  reject(seq: number, reason: string): void {
    const entry = this.entries.get(seq);
    if (entry) {
      entry.rejectedBecause = reason;
    }
  }

  rejectUpTo(seq: number, reason: string): void {
    for (const [key, entry] of this.entries) {
      if (key <= seq) {
        entry.rejectedBecause = reason;
      }
    }
  }

  /** Every pending update merged into one, with the sequence number it covers up to; null when none. */
  merged(): { update: Uint8Array; upTo: number } | null {
    if (this.entries.size === 0) {
      return null;
    }
    const updates = [...this.entries.values()].map((entry) => entry.update);
    return { update: updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates), upTo: this.lastSeq };
  }
}
