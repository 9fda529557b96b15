import { fromBase64 } from 'lib0/buffer';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { anchorForSelection } from './comment-anchor';

const resolve = (doc: Y.Doc, encoded: string) =>
  Y.createAbsolutePositionFromRelativePosition(Y.decodeRelativePosition(fromBase64(encoded)), doc)?.index;

describe('anchorForSelection', () => {
  it('quotes the selection and its positions follow edits made elsewhere', () => {
    const doc = new Y.Doc();
    const text = doc.getText('content');
    text.insert(0, '# 教学目标\n理解父爱的深沉。');
    const from = text.toString().indexOf('父爱');
    const anchor = anchorForSelection(text, from + 2, from)!;
    expect(anchor.quote).toBe('父爱');

    text.insert(0, '前言\n');
    const start = resolve(doc, anchor.start)!;
    const end = resolve(doc, anchor.end)!;
    expect(text.toString().slice(start, end)).toBe('父爱');
  });

  it('keeps text typed at either edge outside the range', () => {
    const doc = new Y.Doc();
    const text = doc.getText('content');
    text.insert(0, 'abcdef');
    const anchor = anchorForSelection(text, 2, 4)!;
    text.insert(4, 'X');
    text.insert(2, 'Y');
    expect(text.toString().slice(resolve(doc, anchor.start), resolve(doc, anchor.end))).toBe('cd');
  });

  it('is null for an empty selection', () => {
    const text = new Y.Doc().getText('content');
    text.insert(0, 'abc');
    expect(anchorForSelection(text, 1, 1)).toBeNull();
  });
});
