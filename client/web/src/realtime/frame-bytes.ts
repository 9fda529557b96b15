import { fromBase64 } from 'lib0/buffer';

/**
 * A frame argument as it comes off the wire: MessagePack gives bytes, the JSON protocol a base64
 * string. Anything else is not a frame.
 */
export function frameBytes(value: unknown): Uint8Array | null {
  if (value instanceof Uint8Array) {
    return value;
  }
  if (value instanceof ArrayBuffer) {
    return new Uint8Array(value);
  }
  if (typeof value === 'string') {
    try {
      return fromBase64(value);
    } catch {
      return null;
    }
  }
  return null;
}
