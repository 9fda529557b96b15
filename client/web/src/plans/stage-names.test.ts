import { describe, expect, it } from 'vitest';
import { roleName, stageName, stageWithRound, transitionLabel } from './stage-names';

describe('stage names', () => {
  it('names every stage in Chinese', () => {
    expect(['draft', 'discussion', 'revision', 'tracking', 'exchange', 'final'].map(stageName)).toEqual([
      '个人初备', '集体研讨', '修正', '跟踪', '交流', '定稿',
    ]);
  });

  it('labels the move from 交流 back to 修正 as the next round', () => {
    expect(transitionLabel('exchange', 'revision', 1)).toBe('进入第2轮（修正）');
    expect(transitionLabel('discussion', 'revision', 1)).toBe('进入修正');
    expect(transitionLabel('exchange', 'final', 2)).toBe('定稿');
  });

  it('shows the round except for a final plan', () => {
    expect(stageWithRound('tracking', 2)).toBe('第2轮 · 跟踪');
    expect(stageWithRound('final', 3)).toBe('定稿');
  });

  it('names roles and leaves unknown ones as they are', () => {
    expect(roleName('leader')).toBe('备课组长');
    expect(roleName('observer')).toBe('观课教师');
    expect(roleName('robot')).toBe('robot');
  });
});
