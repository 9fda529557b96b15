import { describe, expect, it } from 'vitest';
import { quotaText, recentSemesters, semesterName, semesterOf } from './semester';

describe('semesterOf', () => {
  it('uses school time (UTC+8) at the semester borders', () => {
    expect(semesterOf(new Date('2026-08-31T15:59:59Z'))).toBe('2026-spring');
    expect(semesterOf(new Date('2026-08-31T16:00:00Z'))).toBe('2026-autumn');
    expect(semesterOf(new Date('2027-01-15T00:00:00Z'))).toBe('2026-autumn');
    expect(semesterOf(new Date('2027-01-31T16:00:00Z'))).toBe('2027-spring');
  });
});

describe('recentSemesters', () => {
  it('alternates autumn and spring going back', () => {
    expect(recentSemesters('2026-autumn', 4)).toEqual(['2026-autumn', '2026-spring', '2025-autumn', '2025-spring']);
    expect(recentSemesters('2027-spring', 2)).toEqual(['2027-spring', '2026-autumn']);
    expect(recentSemesters('bad', 3)).toEqual([]);
  });
});

describe('semesterName and quotaText', () => {
  it('names school years and says what is missing', () => {
    expect(semesterName('2026-autumn')).toBe('2026–2027 学年第一学期');
    expect(semesterName('2027-spring')).toBe('2026–2027 学年第二学期');
    expect(quotaText({ lessonsObserved: 3, observationQuota: 10, quotaMet: false })).toContain('还差 7 节');
    expect(quotaText({ lessonsObserved: 12, observationQuota: 10, quotaMet: true })).toContain('已完成听课要求');
  });
});
