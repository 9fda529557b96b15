import { commentsPanel } from '../comments/comments-panel';
import { exchangePanel } from '../observations/exchange-panel';
import { trackingPanel } from '../observations/tracking-panel';
import { versionsPanel } from '../versions/versions-panel';
import { linkedPlansPanel } from './linked-plans-panel';
import type { PanelFactory } from './plan-page';

/** The workspace's side panels, in tab order. */
export const planPanels: readonly PanelFactory[] = [commentsPanel, trackingPanel, exchangePanel, versionsPanel, linkedPlansPanel];
