import { describe, expect, it } from 'vitest';
import {
  comparePlansHref,
  groupAnalyticsHref,
  groupHref,
  libraryHref,
  libraryPlanHref,
  planAnalyticsHref,
  planHref,
  portfolioHref,
  printHref,
  routeFromHash,
} from './plan-route';

describe('routeFromHash', () => {
  it('reads each page back from its href', () => {
    expect(routeFromHash(groupHref('g1'))).toEqual({ page: 'group', groupId: 'g1' });
    expect(routeFromHash(planHref('p_2'))).toEqual({ page: 'plan', planId: 'p_2' });
    expect(routeFromHash(printHref('p', 'v'))).toEqual({ page: 'print', planId: 'p', versionId: 'v' });
    expect(routeFromHash(libraryHref())).toEqual({ page: 'library', query: '' });
    expect(routeFromHash(libraryHref('subject=%E8%AF%AD%E6%96%87'))).toEqual({ page: 'library', query: 'subject=%E8%AF%AD%E6%96%87' });
    expect(routeFromHash(libraryPlanHref('p1'))).toEqual({ page: 'library-plan', planId: 'p1' });
    expect(routeFromHash(planAnalyticsHref('p1'))).toEqual({ page: 'plan-analytics', planId: 'p1' });
    expect(routeFromHash(groupAnalyticsHref('g1'))).toEqual({ page: 'group-analytics', groupId: 'g1' });
    expect(routeFromHash(comparePlansHref('a', 'b'))).toEqual({ page: 'compare-plans', leftPlanId: 'a', rightPlanId: 'b' });
    expect(routeFromHash(portfolioHref('u1'))).toEqual({ page: 'portfolio', userId: 'u1', semester: null });
    expect(routeFromHash(portfolioHref('u1', '2026-autumn'))).toEqual({ page: 'portfolio', userId: 'u1', semester: '2026-autumn' });
  });

  it('refuses a portfolio semester that is not {year}-autumn or {year}-spring', () => {
    expect(routeFromHash('#/users/u1/portfolio?semester=2026-winter')).toEqual({ page: 'home' });
  });

  it('falls back to home for anything else, including IDs with other characters', () => {
    expect(routeFromHash('')).toEqual({ page: 'home' });
    expect(routeFromHash('#/plans/a%2Fb')).toEqual({ page: 'home' });
    expect(routeFromHash('#/groups/')).toEqual({ page: 'home' });
  });
});
