import { EditorView, basicSetup } from 'codemirror';
import { markdown } from '@codemirror/lang-markdown';
import { Compartment, EditorState } from '@codemirror/state';
import { yCollab } from 'y-codemirror.next';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';

export interface MarkdownEditor {
  readonly view: EditorView;
  setEditable(editable: boolean): void;
  destroy(): void;
}

// Names beside remote cursors stay visible (y-codemirror.next shows them only on hover): in a 备课组
// everyone wants to see at a glance who is writing where.
const alwaysShowNames = EditorView.theme({
  '.cm-ySelectionInfo': { opacity: '1', fontFamily: 'inherit', top: '-1.3em' },
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
    destroy() {
      view.destroy();
    },
  };
}
