/**
 * The app's pages by location hash: #/ (home), #/groups/{id}, #/plans/{id}, #/plans/{id}/print, #/documents/{id},
 * #/library[?query], #/library/{id}, #/plans/{id}/analytics, #/groups/{id}/analytics, #/plans/{a}/compare/{b},
 * #/users/{id}/portfolio[?semester=2026-autumn].
 */
export type Route =
  | { page: 'home' }
  | { page: 'group'; groupId: string }
  | { page: 'plan'; planId: string }
  | { page: 'print'; planId: string; versionId: string }
  | { page: 'library'; query: string }
  | { page: 'library-plan'; planId: string }
  | { page: 'plan-analytics'; planId: string }
  | { page: 'group-analytics'; groupId: string }
  | { page: 'compare-plans'; leftPlanId: string; rightPlanId: string }
  | { page: 'portfolio'; userId: string; semester: string | null };

const id = '([A-Za-z0-9_-]+)';

export function routeFromHash(hash: string): Route {
  const library = /^#\/library(?:\?(.*))?$/.exec(hash);
  if (library) {
    return { page: 'library', query: library[1] ?? '' };
  }
  const libraryPlan = new RegExp(`^#/library/${id}$`).exec(hash);
  if (libraryPlan) {
    return { page: 'library-plan', planId: libraryPlan[1]! };
  }
  const planAnalytics = new RegExp(`^#/plans/${id}/analytics$`).exec(hash);
  if (planAnalytics) {
    return { page: 'plan-analytics', planId: planAnalytics[1]! };
  }
  const groupAnalytics = new RegExp(`^#/groups/${id}/analytics$`).exec(hash);
  if (groupAnalytics) {
    return { page: 'group-analytics', groupId: groupAnalytics[1]! };
  }
  const compare = new RegExp(`^#/plans/${id}/compare/${id}$`).exec(hash);
  if (compare) {
    return { page: 'compare-plans', leftPlanId: compare[1]!, rightPlanId: compare[2]! };
  }
  const portfolio = new RegExp(`^#/users/${id}/portfolio(?:\\?semester=([0-9]{4}-(?:autumn|spring)))?$`).exec(hash);
  if (portfolio) {
    return { page: 'portfolio', userId: portfolio[1]!, semester: portfolio[2] ?? null };
  }
  const group = /^#\/groups\/([A-Za-z0-9_-]+)$/.exec(hash);
  if (group) {
    return { page: 'group', groupId: group[1]! };
  }
  const print = /^#\/plans\/([A-Za-z0-9_-]+)\/versions\/([A-Za-z0-9_-]+)\/print$/.exec(hash);
  if (print) {
    return { page: 'print', planId: print[1]!, versionId: print[2]! };
  }
  const plan = /^#\/plans\/([A-Za-z0-9_-]+)$/.exec(hash);
  if (plan) {
    return { page: 'plan', planId: plan[1]! };
  }
  return { page: 'home' };
}

export const groupHref = (groupId: string) => `#/groups/${groupId}`;
export const planHref = (planId: string) => `#/plans/${planId}`;
export const printHref = (planId: string, versionId: string) => `#/plans/${planId}/versions/${versionId}/print`;
export const libraryHref = (query = '') => (query ? `#/library?${query}` : '#/library');
export const libraryPlanHref = (planId: string) => `#/library/${planId}`;
export const planAnalyticsHref = (planId: string) => `#/plans/${planId}/analytics`;
export const groupAnalyticsHref = (groupId: string) => `#/groups/${groupId}/analytics`;
export const comparePlansHref = (leftPlanId: string, rightPlanId: string) => `#/plans/${leftPlanId}/compare/${rightPlanId}`;
export const portfolioHref = (userId: string, semester: string | null = null) =>
  `#/users/${userId}/portfolio${semester ? `?semester=${semester}` : ''}`;
