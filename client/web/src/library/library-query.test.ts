import { describe, expect, it } from 'vitest';
import { libraryQueryFromString, libraryQueryString, librarySearchPath } from './library-query';

describe('librarySearchPath', () => {
  it('is the bare path when nothing is filled in', () => {
    expect(librarySearchPath({ subject: ' ', grade: '', q: '' })).toBe('/api/library');
  });

  it('keeps only the filled parts, trimmed and encoded', () => {
    expect(librarySearchPath({ subject: ' 语文 ', grade: '', q: '春 朗读&背诵' })).toBe(
      `/api/library?subject=${encodeURIComponent('语文')}&q=${encodeURIComponent('春').replace(/%20/g, '+')}+${encodeURIComponent('朗读&背诵')}`,
    );
  });
});

describe('libraryQueryFromString', () => {
  it('reads back what libraryQueryString wrote', () => {
    const query = { subject: '数学', grade: '八年级', q: '勾股定理 探究' };
    expect(libraryQueryFromString(libraryQueryString(query))).toEqual(query);
  });

  it('fills missing parts with empty text', () => {
    expect(libraryQueryFromString('grade=%E4%B8%83%E5%B9%B4%E7%BA%A7&x=1')).toEqual({ subject: '', grade: '七年级', q: '' });
  });
});
