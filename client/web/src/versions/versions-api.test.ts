import { describe, expect, it } from 'vitest';
import { fileNameFrom } from './versions-api';

describe('fileNameFrom', () => {
  it('prefers the UTF-8 name', () => {
    expect(fileNameFrom(`attachment; filename="plan.docx"; filename*=UTF-8''%E3%80%8A%E8%83%8C%E5%BD%B1%E3%80%8B.docx`)).toBe('《背影》.docx');
  });

  it('falls back to the plain name, or null without a header', () => {
    expect(fileNameFrom('attachment; filename="plan.docx"')).toBe('plan.docx');
    expect(fileNameFrom(null)).toBeNull();
  });
});
