/** The 优秀教案库 search: every part optional; empty parts are left out of the query string. */
export interface LibraryQuery {
  subject: string;
  grade: string;
  q: string;
}

/** `subject=..&grade=..&q=..` with only the non-blank parts, trimmed and URL-encoded (for the API and the hash). */
export function libraryQueryString(query: LibraryQuery): string {
  const params = new URLSearchParams();
  for (const key of ['subject', 'grade', 'q'] as const) {
    const value = query[key].trim();
    if (value) {
      params.set(key, value);
    }
  }
  return params.toString();
}

/** The search read back from a query string (the hash after `#/library?`); unknown keys are ignored. */
export function libraryQueryFromString(text: string): LibraryQuery {
  const params = new URLSearchParams(text);
  return { subject: params.get('subject') ?? '', grade: params.get('grade') ?? '', q: params.get('q') ?? '' };
}

/** `/api/library` with the search. */
export function librarySearchPath(query: LibraryQuery): string {
  const text = libraryQueryString(query);
  return text ? `/api/library?${text}` : '/api/library';
}
