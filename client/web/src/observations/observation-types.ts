/** The observations and reflections APIs' answers (ObservationDtos.cs, ReflectionDtos.cs; camelCase). */
export interface ObservationNote {
  id: string;
  offsetSeconds: number;
  at: string;
  text: string;
  category: string | null;
  section: string | null;
  quote: string | null;
}

export interface ObservationSummary {
  highlight: string;
  weakness: string;
  suggestion: string;
  at: string;
}

export interface Observation {
  id: string;
  round: number;
  observerId: string;
  observerName: string;
  versionId: string;
  lessonStartedAt: string | null;
  notes: ObservationNote[];
  summary: ObservationSummary | null;
}

export interface Reflection {
  round: number;
  teacherId: string;
  markdown: string;
  revision: number;
  updatedAt: string;
}

export interface RoundSummary {
  round: number;
  versionId: string | null;
  observers: number;
  noteCounts: Array<{ category: string; chineseName: string; count: number }>;
  sections: Array<{
    section: string | null;
    counts: Array<{ category: string; chineseName: string; count: number }>;
    notes: Array<{ observerName: string; offsetSeconds: number; text: string; category: string | null }>;
  }>;
  summaries: Array<{ observerId: string; observerName: string; notes: number; summary: ObservationSummary | null }>;
  comments: Array<{ category: string; chineseName: string; count: number }>;
  reflection: Reflection | null;
}
