import { toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';

export interface AnchorRequest {
  start: string;
  end: string;
  quote: string;
}

/**
 * The anchor of a selection [from, to) of the root text, as the comments API takes it (docs/feedback.md):
 * base64 of encoded relative positions. The start sticks to the character after it and the end to the
 * character before it, so text typed at either edge stays outside the range.
 */
export function anchorForSelection(text: Y.Text, from: number, to: number): AnchorRequest | null {
  const start = Math.min(from, to);
  const end = Math.max(from, to);
  if (start === end) {
    return null;
  }
  const quote = text.toString().slice(start, end);
  return {
    start: toBase64(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, start, 0))),
    end: toBase64(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, end, -1))),
    quote,
  };
}
