import { planIdFromInput } from './recent-plans';

/**
 * The plan to link for 同课异构, read from what was pasted (a plan link or its ID), or why it cannot be
 * linked, in Chinese. The server checks again (the plan must exist and be readable by the caller).
 */
export function linkTarget(input: string, currentPlanId: string, linkedPlanIds: readonly string[]): { planId: string } | { error: string } {
  const planId = planIdFromInput(input);
  if (!planId) {
    return { error: '这不是教案链接：请粘贴以 #/plans/ 加 32 位编号结尾的地址，或只粘贴编号。' };
  }
  if (planId === currentPlanId) {
    return { error: '不能把教案与自己关联，请粘贴另一篇同课题教案的链接。' };
  }
  if (linkedPlanIds.includes(planId)) {
    return { error: '这篇教案已经关联过了。' };
  }
  return { planId };
}
