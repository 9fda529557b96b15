import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';

/**
 * Hub frames are framed as y-websocket frames them: a varuint message type, then the y-protocols
 * message. These builders and the reader keep that framing in one place.
 */
export const FrameType = { sync: 0, awareness: 1 } as const;

export const SyncType = {
  step1: syncProtocol.messageYjsSyncStep1,
  step2: syncProtocol.messageYjsSyncStep2,
  update: syncProtocol.messageYjsUpdate,
} as const;

export function syncStep1Frame(stateVector: Uint8Array): Uint8Array {
  return syncFrame(SyncType.step1, stateVector);
}

export function syncStep2Frame(update: Uint8Array): Uint8Array {
  return syncFrame(SyncType.step2, update);
}

export function updateFrame(update: Uint8Array): Uint8Array {
  return syncFrame(SyncType.update, update);
}

export function awarenessFrame(awarenessUpdate: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, FrameType.awareness);
  encoding.writeVarUint8Array(encoder, awarenessUpdate);
  return encoding.toUint8Array(encoder);
}

function syncFrame(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, FrameType.sync);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export type Frame =
  | { kind: 'sync-step1'; stateVector: Uint8Array }
  | { kind: 'sync-step2'; update: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array };

/** Reads one frame; throws on an unknown type or a truncated payload. */
export function readFrame(frame: Uint8Array): Frame {
  const decoder = decoding.createDecoder(frame);
  const type = decoding.readVarUint(decoder);
  if (type === FrameType.awareness) {
    return { kind: 'awareness', update: decoding.readVarUint8Array(decoder) };
  }
  if (type !== FrameType.sync) {
    throw new Error(`unknown frame type ${type}`);
  }
  const syncType = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  switch (syncType) {
    case SyncType.step1:
      return { kind: 'sync-step1', stateVector: payload };
    case SyncType.step2:
      return { kind: 'sync-step2', update: payload };
    case SyncType.update:
      return { kind: 'update', update: payload };
    default:
      throw new Error(`unknown sync message type ${syncType}`);
  }
}
