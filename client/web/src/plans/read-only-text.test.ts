import { describe, expect, it } from 'vitest';
import { readOnlyText } from './read-only-text';

describe('readOnlyText', () => {
  it('is null for whoever may edit', () => {
    expect(readOnlyText('discussion', { canEdit: true, roles: ['member'] })).toBeNull();
  });

  it('always says 当前阶段你只能查看 and why for the stage', () => {
    const tracking = readOnlyText('tracking', { canEdit: false, roles: ['observer'] });
    expect(tracking).toMatch(/^当前阶段你只能查看（跟踪）/);
    expect(tracking).toContain('授课版已冻结');
    expect(readOnlyText('final', { canEdit: false, roles: ['teacher'] })).toContain('已定稿');
  });
});
