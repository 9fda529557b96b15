/** The plans API's answers (shared/LessonStudy.Contracts/LessonStudy, camelCase on the wire). */

export type Stage = 'draft' | 'discussion' | 'revision' | 'tracking' | 'exchange' | 'final';

export interface GroupMember {
  userId: string;
  displayName: string;
  role: 'leader' | 'member';
}

export interface Group {
  id: string;
  name: string;
  school: string;
  subject: string;
  grade: string;
  members: GroupMember[];
  createdAt: string;
}

export interface PlanPerson {
  userId: string;
  displayName: string;
}

export interface PlanRights {
  roles: string[];
  canRead: boolean;
  canEdit: boolean;
  canComment: boolean;
  canDispose: boolean;
  canObserve: boolean;
  canSummarize: boolean;
  canReflect: boolean;
  transitions: Stage[];
}

export interface Transition {
  from: Stage;
  to: Stage;
  round: number;
  byUserId: string;
  at: string;
  versionId: string | null;
  confirmedUndisposed: boolean;
  undisposedSuggestions: number;
}

export interface Plan {
  id: string;
  groupId: string;
  title: string;
  subject: string;
  grade: string;
  lesson: string;
  teacher: PlanPerson;
  documentId: string;
  stage: Stage;
  round: number;
  observers: PlanPerson[];
  linkedPlanIds: string[];
  transitions: Transition[];
  createdAt: string;
  myRights: PlanRights;
}
