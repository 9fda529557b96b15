import { describe, expect, it } from 'vitest';
import { awarenessUserFor, userIdForName } from './user-identity';

describe('userIdForName', () => {
  it('uses the preset IDs for the preset teachers', () => {
    expect(userIdForName('张老师')).toBe('zhang');
  });

  it('keeps plain ASCII names and derives a stable ID for others', () => {
    expect(userIdForName(' Zhao ')).toBe('zhao');
    expect(userIdForName('赵老师')).toMatch(/^u[0-9a-f]{8}$/);
    expect(userIdForName('赵老师')).toBe(userIdForName('赵老师'));
    expect(userIdForName('赵老师')).not.toBe(userIdForName('钱老师'));
  });
});

describe('awarenessUserFor', () => {
  it('gives a user the same colour everywhere and a light variant for selections', () => {
    const a = awarenessUserFor('zhang', '张老师');
    expect(a).toEqual(awarenessUserFor('zhang', '张老师'));
    expect(a.name).toBe('张老师');
    expect(a.colorLight).toBe(`${a.color}33`);
  });
});
