import type { EditorView } from '@codemirror/view';
import type * as Y from 'yjs';
import type { Session } from '../auth/session';
import type { PlanEvent } from '../realtime/hub-methods';
import type { Plan } from './plan-types';

/** What a side panel of the plan workspace gets: the plan as it is now and the live text. */
export interface PlanPanelContext {
  readonly session: Session;
  plan(): Plan;
  /** The root Y.Text `content` of the plan's document (anchors are relative positions in it). */
  readonly text: Y.Text;
  editorView(): EditorView | null;
  /** Fetches the plan again (after an action of this panel that changes it). */
  refreshPlan(): Promise<void>;
}

/** A panel of the workspace: its element, told about every plan change (event null: the plan was re-fetched). */
export interface PlanPanel {
  readonly element: HTMLElement;
  update(plan: Plan, event: PlanEvent | null): void;
  destroy?(): void;
}
