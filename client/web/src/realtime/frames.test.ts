import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { awarenessFrame, readFrame, syncStep1Frame, syncStep2Frame, updateFrame } from './frames';

describe('frames', () => {
  it('frames a sync step 1 exactly as y-websocket does', () => {
    const doc = new Y.Doc();
    doc.getText('content').insert(0, 'x');
    const stateVector = Y.encodeStateVector(doc);
    const frame = syncStep1Frame(stateVector);
    expect(Array.from(frame.subarray(0, 3))).toEqual([0, 0, stateVector.length]);
    expect(readFrame(frame)).toEqual({ kind: 'sync-step1', stateVector });
  });

  it('reads back step 2, update and awareness frames', () => {
    const payload = new Uint8Array([1, 2, 3]);
    expect(readFrame(syncStep2Frame(payload))).toEqual({ kind: 'sync-step2', update: payload });
    expect(readFrame(updateFrame(payload))).toEqual({ kind: 'update', update: payload });
    expect(readFrame(awarenessFrame(payload))).toEqual({ kind: 'awareness', update: payload });
    expect(Array.from(updateFrame(payload))).toEqual([0, 2, 3, 1, 2, 3]);
    expect(Array.from(awarenessFrame(payload))).toEqual([1, 3, 1, 2, 3]);
  });

  it('rejects unknown types and truncated payloads', () => {
    expect(() => readFrame(new Uint8Array([7]))).toThrow(/unknown frame type/);
    expect(() => readFrame(new Uint8Array([0, 9, 0]))).toThrow(/unknown sync message type/);
    expect(() => readFrame(new Uint8Array([0, 2, 5, 1]))).toThrow();
  });
});
