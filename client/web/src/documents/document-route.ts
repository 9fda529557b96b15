/** The page of a document: `#/documents/{id}`. */
export function documentHref(documentId: string): string {
  return `#/documents/${encodeURIComponent(documentId)}`;
}

/** The document ID of a location hash, or null for any other page. */
export function documentIdFromHash(hash: string): string | null {
  const match = /^#\/documents\/([^/?#]+)$/.exec(hash);
  return match ? decodeURIComponent(match[1]!) : null;
}
