import { describe, expect, it } from 'vitest';
import { groupHref, planHref, printHref, routeFromHash } from './plan-route';

describe('routeFromHash', () => {
  it('reads each page back from its href', () => {
    expect(routeFromHash(groupHref('g1'))).toEqual({ page: 'group', groupId: 'g1' });
    expect(routeFromHash(planHref('p_2'))).toEqual({ page: 'plan', planId: 'p_2' });
    expect(routeFromHash(printHref('p', 'v'))).toEqual({ page: 'print', planId: 'p', versionId: 'v' });
  });

  it('falls back to home for anything else, including IDs with other characters', () => {
    expect(routeFromHash('')).toEqual({ page: 'home' });
    expect(routeFromHash('#/plans/a%2Fb')).toEqual({ page: 'home' });
    expect(routeFromHash('#/groups/')).toEqual({ page: 'home' });
  });
});
