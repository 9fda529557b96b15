/** The app's pages by location hash: #/ (home), #/groups/{id}, #/plans/{id}, #/plans/{id}/print, #/documents/{id}. */
export type Route =
  | { page: 'home' }
  | { page: 'group'; groupId: string }
  | { page: 'plan'; planId: string }
  | { page: 'print'; planId: string; versionId: string };

export function routeFromHash(hash: string): Route {
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
