import { describe, expect, it } from 'vitest';
import { linkTarget } from './linked-plans';

const a = 'a'.repeat(32);
const b = 'b'.repeat(32);

describe('linkTarget', () => {
  it('reads the plan ID from a link or a bare ID', () => {
    expect(linkTarget(` https://school.example/#/plans/${b} `, a, [])).toEqual({ planId: b });
    expect(linkTarget(b, a, [])).toEqual({ planId: b });
  });

  it('refuses non-links, the plan itself and plans already linked, in Chinese', () => {
    expect(linkTarget('春', a, [])).toEqual({ error: expect.stringContaining('这不是教案链接') });
    expect(linkTarget(a, a, [])).toEqual({ error: expect.stringContaining('不能把教案与自己关联') });
    expect(linkTarget(b, a, [b])).toEqual({ error: '这篇教案已经关联过了。' });
  });
});
