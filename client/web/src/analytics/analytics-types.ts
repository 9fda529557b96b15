/** The analytics API's answers (shared/LessonStudy.Contracts/LessonStudy/AnalyticsDtos.cs, camelCase on the wire). */

export interface CategoryCounts {
  highlight: number;
  weakness: number;
  suggestion: number;
}

export interface DispositionRates {
  suggestions: number;
  adopted: number;
  rejected: number;
  deferred: number;
  none: number;
  adoptedRate: number;
  rejectedRate: number;
  deferredRate: number;
  noneRate: number;
}

export interface Participation {
  userId: string;
  displayName: string;
  roles: string[];
  versionsContributed: number;
  charactersAdded: number;
  charactersRemoved: number;
  charactersAuthored: number;
  comments: CategoryCounts;
  replies: number;
  observations: number;
  observationNotes: number;
  observationSummaries: number;
  reflections: number;
  transitions: number;
}

export interface RoundChanges {
  round: number;
  versions: number;
  charactersAdded: number;
  charactersRemoved: number;
}

export interface StageTime {
  stage: string;
  seconds: number;
  periods: number;
}

export interface PlanAnalytics {
  planId: string;
  title: string;
  stage: string;
  round: number;
  createdAt: string;
  computedAt: string;
  rounds: number;
  timeInStage: StageTime[];
  changesPerRound: RoundChanges[];
  commentsPerCategory: CategoryCounts;
  dispositions: DispositionRates;
  observations: number;
  reflections: number;
  participation: Participation[];
}

export interface GroupPlanSummary {
  planId: string;
  title: string;
  teacherId: string;
  stage: string;
  round: number;
  versions: number;
  comments: CategoryCounts;
  dispositions: DispositionRates;
  observations: number;
  reflections: number;
}

export interface GroupAnalytics {
  groupId: string;
  name: string;
  computedAt: string;
  plans: GroupPlanSummary[];
  commentsPerCategory: CategoryCounts;
  dispositions: DispositionRates;
  participation: Participation[];
}

export interface PortfolioPlan {
  planId: string;
  groupId: string;
  title: string;
  stage: string;
  round: number;
  versions: number;
  createdAt: string;
}

export interface PortfolioReflection {
  planId: string;
  title: string;
  round: number;
  characters: number;
  updatedAt: string;
}

export interface PortfolioObservation {
  planId: string;
  title: string;
  teacherId: string;
  round: number;
  observedAt: string;
  notes: number;
  summarized: boolean;
}

export interface Portfolio {
  userId: string;
  semester: string;
  from: string;
  to: string;
  plansLed: PortfolioPlan[];
  versionsContributed: number;
  charactersAdded: number;
  charactersRemoved: number;
  reflections: PortfolioReflection[];
  lessonsObserved: number;
  observationQuota: number;
  quotaMet: boolean;
  observations: PortfolioObservation[];
  commentsGiven: CategoryCounts;
}
