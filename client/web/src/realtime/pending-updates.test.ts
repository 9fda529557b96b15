import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { PendingUpdates } from './pending-updates';

function updatesOf(edits: string[]): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (const edit of edits) {
    doc.getText('content').insert(doc.getText('content').length, edit);
  }
  return updates;
}

describe('PendingUpdates', () => {
  it('numbers updates and forgets each one when acknowledged', () => {
    const pending = new PendingUpdates();
    const [a, b] = updatesOf(['a', 'b']);
    expect(pending.add(a!)).toBe(1);
    expect(pending.add(b!)).toBe(2);
    pending.acknowledge(1);
    expect(pending.size).toBe(1);
    pending.acknowledge(2);
    expect(pending.size).toBe(0);
    expect(pending.merged()).toBeNull();
  });

  it('acknowledges everything a later frame covered, and keeps what came after it', () => {
    const pending = new PendingUpdates();
    for (const update of updatesOf(['a', 'b', 'c'])) {
      pending.add(update);
    }
    pending.acknowledgeUpTo(2);
    expect(pending.size).toBe(1);
    expect(pending.latestSeq).toBe(3);
  });

  it('merges what is pending into one update that carries all of it', () => {
    const pending = new PendingUpdates();
    const updates = updatesOf(['你好', '，', '世界']);
    for (const update of updates) {
      pending.add(update);
    }
    pending.acknowledge(1);
    const merged = pending.merged();
    expect(merged?.upTo).toBe(3);
    const replica = new Y.Doc();
    Y.applyUpdate(replica, updates[0]!);
    Y.applyUpdate(replica, merged!.update);
    expect(replica.getText('content').toString()).toBe('你好，世界');
  });

  it('remembers why the server refused an update until something covers it', () => {
    const pending = new PendingUpdates();
    const [a, b] = updatesOf(['a', 'b']);
    pending.add(a!);
    pending.add(b!);
    pending.reject(2, '只读');
    expect(pending.rejection).toBe('只读');
    pending.acknowledgeUpTo(2);
    expect(pending.rejection).toBeNull();
  });
});
