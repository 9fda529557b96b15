import { describe, expect, it } from 'vitest';
import { frameBytes } from './frame-bytes';

describe('frameBytes', () => {
  it('takes MessagePack bytes as they are and JSON base64 decoded', () => {
    const bytes = new Uint8Array([0, 2, 1, 7]);
    expect(frameBytes(bytes)).toBe(bytes);
    expect(frameBytes('AAIBBw==')).toEqual(bytes);
    expect(frameBytes(bytes.buffer)).toEqual(bytes);
  });

  it('refuses what is not a frame', () => {
    expect(frameBytes(42)).toBeNull();
    expect(frameBytes(null)).toBeNull();
  });
});
