import { describe, expect, it } from 'vitest';
import { formatOffset, sectionAt } from './lesson-clock';

describe('formatOffset', () => {
  it('shows minutes and seconds, and hours past an hour', () => {
    expect(formatOffset(0)).toBe('00:00');
    expect(formatOffset(754)).toBe('12:34');
    expect(formatOffset(3725)).toBe('1:02:05');
    expect(formatOffset(-3)).toBe('00:00');
  });
});

describe('sectionAt', () => {
  const text = '前言\n# 教学目标\n理解父爱。\n## 教学过程 ##\n导入\n#不是标题';
  it('finds the nearest heading at or before the position', () => {
    expect(sectionAt(text, 0)).toBeNull();
    expect(sectionAt(text, text.indexOf('理解'))).toBe('教学目标');
    expect(sectionAt(text, text.indexOf('导入'))).toBe('教学过程');
    expect(sectionAt(text, text.indexOf('# 教学目标'))).toBe('教学目标');
  });

  it('ignores a hash without a space', () => {
    expect(sectionAt(text, text.length - 1)).toBe('教学过程');
  });
});
