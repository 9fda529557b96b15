import type { Portfolio } from './analytics-types';

/**
 * The semester a moment falls in, as the server names it: `{year}-autumn` 1 Sep – 31 Jan,
 * `{year}-spring` 1 Feb – 31 Aug, in school time (UTC+8). January belongs to the previous year's autumn.
 */
export function semesterOf(at: Date): string {
  const school = new Date(at.getTime() + 8 * 3600_000);
  const year = school.getUTCFullYear();
  const month = school.getUTCMonth() + 1;
  if (month >= 9) {
    return `${year}-autumn`;
  }
  return month === 1 ? `${year - 1}-autumn` : `${year}-spring`;
}

/** The given semester and the `count - 1` before it, newest first (for the semester picker). */
export function recentSemesters(current: string, count: number): string[] {
  const match = /^(\d{4})-(autumn|spring)$/.exec(current);
  if (!match) {
    return [];
  }
  let year = Number(match[1]);
  let autumn = match[2] === 'autumn';
  const list: string[] = [];
  for (let i = 0; i < count; i++) {
    list.push(`${year}-${autumn ? 'autumn' : 'spring'}`);
    if (autumn) {
      autumn = false;
    } else {
      autumn = true;
      year -= 1;
    }
  }
  return list;
}

/** `2026-autumn` → 2026–2027 学年第一学期 (autumn), `2027-spring` → 2026–2027 学年第二学期. */
export function semesterName(semester: string): string {
  const match = /^(\d{4})-(autumn|spring)$/.exec(semester);
  if (!match) {
    return semester;
  }
  const year = Number(match[1]);
  return match[2] === 'autumn' ? `${year}–${year + 1} 学年第一学期` : `${year - 1}–${year} 学年第二学期`;
}

/** The 听课 quota line: how many lessons observed against the quota and what is still missing. */
export function quotaText(portfolio: Pick<Portfolio, 'lessonsObserved' | 'observationQuota' | 'quotaMet'>): string {
  const { lessonsObserved, observationQuota, quotaMet } = portfolio;
  if (quotaMet) {
    return `本学期已听课 ${lessonsObserved} 节，已完成听课要求（${observationQuota} 节）。`;
  }
  return `本学期已听课 ${lessonsObserved} 节，要求 ${observationQuota} 节，还差 ${Math.max(0, observationQuota - lessonsObserved)} 节。`;
}
