/** The versions and rendering APIs' answers (VersionDtos.cs, CompareDtos.cs; camelCase). */
export interface VersionSummary {
  id: string;
  planId: string;
  name: string;
  round: number;
  stage: string;
  kind: 'transition' | 'manual' | string;
  createdBy: string;
  createdAt: string;
  previousVersionId: string | null;
  changesSincePrevious: Array<{ userId: string; added: number; removed: number }>;
}

export interface CompareSpan {
  kind: 'same' | 'added' | 'removed';
  text: string;
  authorId: string | null;
}

export interface CompareLine {
  kind: 'unchanged' | 'added' | 'removed' | 'changed';
  oldLine: number | null;
  newLine: number | null;
  oldText: string | null;
  newText: string | null;
  authorIds: string[];
  originalAuthorIds: string[];
  oldSpans: CompareSpan[] | null;
  newSpans: CompareSpan[] | null;
}

export interface CompareSection {
  heading: string;
  level: number;
  status: string;
  summary: CompareTotals;
  authorIds: string[];
  lines: CompareLine[];
}

export interface CompareTotals {
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
}

export interface VersionCompare {
  planId: string;
  from: { id: string; name: string; round: number; stage: string; createdAt: string };
  to: { id: string; name: string; round: number; stage: string; createdAt: string };
  authors: Array<{ userId: string; displayName: string }>;
  totals: CompareTotals;
  sections: CompareSection[];
}
