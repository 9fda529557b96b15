import { describe, expect, it } from 'vitest';
import { authorColours } from './author-colours';

describe('authorColours', () => {
  it('gives distinct colours in legend order and wraps after the palette', () => {
    const ids = Array.from({ length: 9 }, (_, i) => `u${i}`);
    const colours = authorColours(ids);
    expect(new Set([...colours.values()]).size).toBe(8);
    expect(colours.get('u8')).toBe(colours.get('u0'));
  });
});
