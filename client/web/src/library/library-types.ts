import type { PlanPerson } from '../plans/plan-types';

/** `LibraryEntryDto`: a 定稿 plan in the 优秀教案库. */
export interface LibraryEntry {
  planId: string;
  groupId: string;
  groupName: string;
  school: string;
  title: string;
  subject: string;
  grade: string;
  lesson: string;
  teacher: PlanPerson;
  versionId: string;
  finalizedAt: string;
}

/** `LibraryPlanDto`: the entry and its final Markdown. */
export interface LibraryPlan {
  entry: LibraryEntry;
  markdown: string;
}
