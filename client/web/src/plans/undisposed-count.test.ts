import { describe, expect, it } from 'vitest';
import { ApiError } from '../auth/api-fetch';
import { undisposedCount } from './undisposed-count';

describe('undisposedCount', () => {
  it('reads the count from the 409 problem details', () => {
    expect(undisposedCount(new ApiError(409, 'x', { title: 'Suggestions have no disposition yet.', undisposedSuggestions: 3 }))).toBe(3);
  });

  it('is null for other conflicts and other failures', () => {
    expect(undisposedCount(new ApiError(409, 'stage moved', { title: 'x' }))).toBeNull();
    expect(undisposedCount(new ApiError(403, 'x', { undisposedSuggestions: 3 }))).toBeNull();
    expect(undisposedCount(new Error('x'))).toBeNull();
  });
});
