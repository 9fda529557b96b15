/** The comments API's answers (CommentDtos.cs, camelCase). */
export type Category = 'highlight' | 'weakness' | 'suggestion';
export type Disposition = 'adopted' | 'rejected' | 'deferred';

export interface CommentAnchor {
  start: string;
  end: string;
  quote: string;
  resolvedAgainst: string;
  status: 'present' | 'changed' | 'deleted' | 'absent';
  deleted: boolean;
  index: number | null;
  length: number | null;
  text: string | null;
  label: string | null;
}

export interface CommentReply {
  id: string;
  authorId: string;
  authorName: string;
  body: string;
  deleted: boolean;
  round: number;
  stage: string;
  createdAt: string;
  editedAt: string | null;
}

export interface CommentDisposition {
  disposition: Disposition;
  reason: string | null;
  versionId: string | null;
  nextVersion: boolean;
  byUserId: string;
  round: number;
  at: string;
}

export interface Comment {
  id: string;
  planId: string;
  authorId: string;
  authorName: string;
  category: Category;
  body: string;
  anchor: CommentAnchor | null;
  round: number;
  stage: string;
  versionId: string | null;
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
  resolved: boolean;
  resolvedBy: string | null;
  resolvedAt: string | null;
  replies: CommentReply[];
  disposition: CommentDisposition | null;
}

export const categoryNames: Record<Category, string> = { highlight: '亮点', weakness: '不足', suggestion: '建议' };
export const dispositionNames: Record<Disposition, string> = { adopted: '采纳', rejected: '不采纳', deferred: '暂缓' };
