/**
 * Plans this user opened recently in this browser (localStorage, per user). The server lists plans by
 * group only, so an invited 观课教师 from outside the group finds the plan again here.
 */
export interface RecentPlan {
  id: string;
  title: string;
}

const keyFor = (userId: string) => `lessonstudy.recent-plans.${userId}`;
const limit = 10;

export function recentPlans(userId: string, storage: Storage = localStorage): RecentPlan[] {
  try {
    const value = JSON.parse(storage.getItem(keyFor(userId)) ?? '[]') as unknown;
    return Array.isArray(value)
      ? value.filter((p): p is RecentPlan => typeof p?.id === 'string' && typeof p?.title === 'string' && /^[0-9a-f]{32}$/.test(p.id))
      : [];
  } catch {
    return [];
  }
}

export function rememberPlan(userId: string, plan: RecentPlan, storage: Storage = localStorage): void {
  const others = recentPlans(userId, storage).filter((p) => p.id !== plan.id);
  storage.setItem(keyFor(userId), JSON.stringify([{ id: plan.id, title: plan.title }, ...others].slice(0, limit)));
}

/** The plan ID in a pasted plan link (…#/plans/{id}) or a bare ID; null when there is none. */
export function planIdFromInput(input: string): string | null {
  const match = /(?:^|#\/plans\/)([0-9a-f]{32})(?:$|[/?#])/.exec(input.trim());
  return match ? match[1]! : null;
}
