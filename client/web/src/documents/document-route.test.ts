import { describe, expect, it } from 'vitest';
import { documentHref, documentIdFromHash } from './document-route';

describe('document route', () => {
  it('round-trips a document ID through the hash', () => {
    const id = '0192f3c4a5b6c7d8e9f0a1b2c3d4e5f6';
    expect(documentIdFromHash(documentHref(id))).toBe(id);
  });

  it('reads no document from other pages', () => {
    expect(documentIdFromHash('')).toBeNull();
    expect(documentIdFromHash('#/')).toBeNull();
    expect(documentIdFromHash('#/documents/')).toBeNull();
  });
});
