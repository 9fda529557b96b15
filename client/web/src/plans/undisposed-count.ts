import { ApiError } from '../auth/api-fetch';

/**
 * The count of suggestions without a disposition when the server refused to leave 修正 for them (409 with
 * the `undisposedSuggestions` extension); null for any other failure.
 */
export function undisposedCount(error: unknown): number | null {
  if (error instanceof ApiError && error.status === 409 && error.problem) {
    const value = error.problem.undisposedSuggestions;
    return typeof value === 'number' ? value : null;
  }
  return null;
}
