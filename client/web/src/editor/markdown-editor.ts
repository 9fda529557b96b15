import { EditorView, basicSetup } from 'codemirror';
import { markdown } from '@codemirror/lang-markdown';
import { Compartment, EditorState, StateEffect, StateField, type Range } from '@codemirror/state';
import { Decoration, type DecorationSet } from '@codemirror/view';
import { yCollab } from 'y-codemirror.next';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';

export interface MarkdownEditor {
  readonly view: EditorView;
  setEditable(editable: boolean): void;
  /** Replaces the highlighted ranges (commented text); they move with later edits until replaced. */
  setHighlights(ranges: readonly Highlight[]): void;
  destroy(): void;
}

export interface Highlight {
  from: number;
  to: number;
  className: string;
  title?: string;
}

const setHighlightsEffect = StateEffect.define<readonly Highlight[]>();

const highlightsField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(value, transaction) {
    let next = value.map(transaction.changes);
    for (const effect of transaction.effects) {
      if (effect.is(setHighlightsEffect)) {
        const length = transaction.state.doc.length;
        const ranges: Range<Decoration>[] = effect.value
          .map((h) => ({ ...h, from: Math.min(h.from, length), to: Math.min(h.to, length) }))
          .filter((h) => h.from < h.to)
          .map((h) => Decoration.mark({ class: h.className, attributes: h.title ? { title: h.title } : {} }).range(h.from, h.to));
        next = Decoration.set(ranges, true);
      }
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

// Names beside remote cursors stay visible (y-codemirror.next shows them only on hover): in a 备课组
// everyone wants to see at a glance who is writing where.
const alwaysShowNames = EditorView.theme({
  '.cm-ySelectionInfo': { opacity: '1', fontFamily: 'inherit', top: '-1.3em' },
  // Room above the first line, where a remote cursor's name label would otherwise be cut off.
  '.cm-content': { paddingTop: '1.4em' },
  '&': { height: '100%' },
  '.cm-scroller': { fontFamily: 'inherit', lineHeight: '1.6' },
});

/** CodeMirror 6 with Markdown, bound to a Y.Text and showing other editors' cursors and names. */
export function createMarkdownEditor(
  parent: HTMLElement,
  text: Y.Text,
  awareness: Awareness,
  options: { editable: boolean; label: string },
): MarkdownEditor {
  const editable = new Compartment();
  const editability = (on: boolean) => [EditorView.editable.of(on), EditorState.readOnly.of(!on)];
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: text.toString(),
      extensions: [
        basicSetup,
        markdown(),
        EditorView.lineWrapping,
        yCollab(text, awareness),
        alwaysShowNames,
        highlightsField,
        editable.of(editability(options.editable)),
        EditorView.contentAttributes.of({ 'aria-label': options.label, 'aria-multiline': 'true' }),
      ],
    }),
  });
  return {
    view,
    setEditable(on: boolean) {
      view.dispatch({ effects: editable.reconfigure(editability(on)) });
    },
    setHighlights(ranges: readonly Highlight[]) {
      view.dispatch({ effects: setHighlightsEffect.of(ranges) });
    },
    destroy() {
      view.destroy();
    },
  };
}
