import * as Y from 'yjs';
import { ObservableV2 } from 'lib0/observable';
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness';
import { awarenessUserField, type AwarenessUser } from './awareness-user';
import type { CollabConnection, DocumentChannel } from './collab-connection';
import { awarenessFrame, readFrame, syncStep1Frame, syncStep2Frame, updateFrame } from './frames';
import { HubMethods, type JoinResult } from './hub-methods';
import { HubRejection, type ConnectionState } from './hub-transport';
import { PendingUpdates } from './pending-updates';
import { sameSaveState, type SaveState } from './save-state';

/** Where this document stands on the hub. 'refused': the server would not let us open it. */
export type DocumentStatus = 'waiting' | 'joining' | 'joined' | 'refused' | 'closed';

export interface HubProviderEvents {
  status: (status: DocumentStatus) => void;
  synced: (synced: boolean) => void;
  rights: (rights: JoinResult) => void;
  'save-state': (state: SaveState) => void;
  /** Something the user should know about: a refused join or update, an unreadable frame. */
  error: (message: string) => void;
}

export interface HubProviderOptions {
  connection: CollabConnection;
  documentId: string;
  doc: Y.Doc;
  user?: AwarenessUser;
  /** Pauses before sending refused updates again while we may still edit (rate limit, storage hiccup). */
  retryDelays?: readonly number[];
}

const defaultRetryDelays = [500, 1000, 2000, 5000, 10_000];

/**
 * Keeps one Y.Doc in sync with the hub over a shared connection (y-protocols sync and awareness):
 * join → sync step 1/2 both ways → updates both ways. Local updates stay pending until the server
 * completes the SendMessage that carried them (completion means durable); after a reconnect the
 * provider joins again, answers the server's step 1 with everything the server lacks and resends
 * what is still pending, so a dropped connection loses nothing.
 */
export class HubProvider extends ObservableV2<HubProviderEvents> implements DocumentChannel {
  readonly awareness: Awareness;
  readonly documentId: string;
  readonly doc: Y.Doc;
  private readonly connection: CollabConnection;
  private readonly pending = new PendingUpdates();
  private joinAttempt = 0;
  private currentStatus: DocumentStatus = 'waiting';
  private currentRights: JoinResult | null = null;
  private isSynced = false;
  private lastSaveState: SaveState = { kind: 'saved' };
  private readonly retryDelays: readonly number[];
  private retries = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: HubProviderOptions) {
    super();
    this.retryDelays = options.retryDelays ?? defaultRetryDelays;
    this.connection = options.connection;
    this.documentId = options.documentId;
    this.doc = options.doc;
    this.awareness = new Awareness(this.doc);
    if (options.user) {
      this.awareness.setLocalStateField(awarenessUserField, options.user);
    }
    this.doc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
    this.connection.attach(this.documentId, this);
    if (this.connection.state === 'connected') {
      void this.join();
    }
  }

  get status(): DocumentStatus {
    return this.currentStatus;
  }

  get rights(): JoinResult | null {
    return this.currentRights;
  }

  get synced(): boolean {
    return this.isSynced;
  }

  get saveState(): SaveState {
    return this.lastSaveState;
  }

  /** How many local updates the server has not acknowledged yet. */
  get unacknowledged(): number {
    return this.pending.size;
  }

  receive(message: Uint8Array): void {
    let frame;
    try {
      frame = readFrame(message);
    } catch (error) {
      this.emit('error', [`无法读取服务器消息：${(error as Error).message}`]);
      return;
    }
    switch (frame.kind) {
      case 'sync-step1':
        this.answerStep1(frame.stateVector);
        break;
      case 'sync-step2':
        Y.applyUpdate(this.doc, frame.update, this);
        this.setSynced(true);
        break;
      case 'update':
        Y.applyUpdate(this.doc, frame.update, this);
        break;
      case 'awareness':
        applyAwarenessUpdate(this.awareness, frame.update, this);
        break;
    }
  }

  rightsChanged(rights: JoinResult): void {
    this.currentRights = rights;
    this.emit('rights', [rights]);
  }

  connectionChanged(state: ConnectionState): void {
    if (this.currentStatus === 'closed') {
      return;
    }
    if (state === 'connected') {
      void this.join();
      return;
    }
    // The server forgets this connection: its group, and our awareness. Others' cursors go stale.
    this.joinAttempt += 1;
    this.cancelRetry();
    this.setStatus('waiting');
    this.setSynced(false);
    const others = [...this.awareness.getStates().keys()].filter((id) => id !== this.doc.clientID);
    removeAwarenessStates(this.awareness, others, this);
    // Forget their clocks too: after the rejoin the server resends their states with the same clocks,
    // which the awareness would otherwise ignore until each renews (up to 15 s later).
    for (const id of others) {
      this.awareness.meta.delete(id);
    }
    this.updateSaveState();
  }

  /** Leaves the document (the server removes our awareness for everyone) and stops syncing. */
  override async destroy(): Promise<void> {
    if (this.currentStatus === 'closed') {
      return;
    }
    const wasJoined = this.currentStatus === 'joined';
    if (wasJoined) {
      // Tell the others at once that our cursor is gone, even before the leave is processed.
      this.awareness.setLocalState(null);
    }
    this.setStatus('closed');
    this.cancelRetry();
    this.doc.off('update', this.onDocUpdate);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.connection.detach(this.documentId, this);
    this.awareness.destroy();
    if (wasJoined) {
      try {
        await this.connection.invoke(HubMethods.leaveDocument, this.documentId);
      } catch {
        // The connection is gone or closing: the server drops our awareness with it.
      }
    }
    super.destroy();
  }

  private async join(): Promise<void> {
    const attempt = ++this.joinAttempt;
    this.setStatus('joining');
    let result: JoinResult;
    try {
      result = await this.connection.invoke<JoinResult>(HubMethods.joinDocument, this.documentId);
    } catch (error) {
      if (attempt !== this.joinAttempt || this.currentStatus === 'closed') {
        return;
      }
      if (error instanceof HubRejection) {
        this.setStatus('refused');
        this.emit('error', [`无法打开文档：${error.reason}`]);
      }
      // Otherwise the connection dropped: the reconnect joins again.
      return;
    }
    if (attempt !== this.joinAttempt || this.currentStatus === 'closed') {
      return;
    }
    this.rightsChanged(result);
    this.setStatus('joined');
    this.send(syncStep1Frame(Y.encodeStateVector(this.doc)));
    this.resendPending();
    const localState = this.awareness.getLocalState();
    if (localState !== null) {
      // A new clock: the server announced our removal with the old one when the connection dropped.
      // The awareness update this triggers is sent by onAwarenessUpdate.
      this.awareness.setLocalState(localState);
    }
    this.updateSaveState();
  }

  /** The server's step 1 names what it has; the step 2 we answer with carries everything it lacks. */
  private answerStep1(stateVector: Uint8Array): void {
    const upTo = this.pending.latestSeq;
    this.sendCovering(syncStep2Frame(Y.encodeStateAsUpdate(this.doc, stateVector)), upTo);
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this) {
      return;
    }
    const seq = this.pending.add(update);
    if (this.currentStatus === 'joined') {
      this.sendCovering(updateFrame(update), seq, seq);
    }
    this.updateSaveState();
  };

  private readonly onAwarenessUpdate = (
    changes: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    if (origin === this || this.currentStatus !== 'joined') {
      return;
    }
    // Only our own state is ours to announce; the server keeps everyone else's.
    const own = this.doc.clientID;
    if (changes.added.includes(own) || changes.updated.includes(own) || changes.removed.includes(own)) {
      this.send(awarenessFrame(encodeAwarenessUpdate(this.awareness, [own])));
    }
  };

  /**
   * Sends a frame whose completion acknowledges pending updates: all up to `upTo`, or only `only`.
   * A refusal marks them refused; a lost connection leaves them pending for the rejoin.
   */
  private sendCovering(frame: Uint8Array, upTo: number, only?: number): void {
    this.connection.invoke(HubMethods.sendMessage, this.documentId, frame).then(
      () => {
        if (only === undefined) {
          this.pending.acknowledgeUpTo(upTo);
        } else {
          this.pending.acknowledge(only);
        }
        this.retries = 0;
        this.updateSaveState();
      },
      (error: unknown) => {
        if (!(error instanceof HubRejection) || this.currentStatus === 'closed') {
          return;
        }
        if (only === undefined) {
          this.pending.rejectUpTo(upTo, error.reason);
        } else {
          this.pending.reject(only, error.reason);
        }
        this.emit('error', [`服务器拒绝了更改：${error.reason}`]);
        this.updateSaveState();
        // Refusals of an editor's update are passing (rate limit, storage unreachable): try again.
        // A read-only member's edits are not sent again; they stay unsaved and say why.
        if (this.currentRights?.canEdit) {
          this.scheduleRetry();
        }
      },
    );
  }

  /** Sends every pending update again as one; its completion acknowledges all of them. */
  private resendPending(): void {
    const merged = this.pending.merged();
    if (merged) {
      this.sendCovering(updateFrame(merged.update), merged.upTo);
    }
  }

  private scheduleRetry(): void {
    if (this.retryTimer !== undefined) {
      return;
    }
    const delay = this.retryDelays[Math.min(this.retries, this.retryDelays.length - 1)] ?? 1000;
    this.retries += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (this.currentStatus === 'joined') {
        this.resendPending();
      }
    }, delay);
  }

  private cancelRetry(): void {
    if (this.retryTimer !== undefined) {
      clearTimeout(this.retryTimer);
      this.retryTimer = undefined;
    }
  }

  /** Frames whose loss costs nothing lasting (step 1, awareness): a refusal is only logged. */
  private send(frame: Uint8Array): void {
    this.connection.invoke(HubMethods.sendMessage, this.documentId, frame).catch((error: unknown) => {
      if (error instanceof HubRejection) {
        console.warn(`LessonStudy: ${error.message}`);
      }
    });
  }

  private setStatus(status: DocumentStatus): void {
    if (this.currentStatus !== status) {
      this.currentStatus = status;
      this.emit('status', [status]);
    }
  }

  private setSynced(synced: boolean): void {
    if (this.isSynced !== synced) {
      this.isSynced = synced;
      this.emit('synced', [synced]);
    }
  }

  private updateSaveState(): void {
    let next: SaveState;
    if (this.pending.size === 0) {
      next = { kind: 'saved' };
    } else if (this.pending.rejection !== null) {
      next = { kind: 'unsaved', rejectedBecause: this.pending.rejection };
    } else if (this.currentStatus === 'joined') {
      next = { kind: 'saving' };
    } else {
      next = { kind: 'unsaved', rejectedBecause: null };
    }
    if (!sameSaveState(next, this.lastSaveState)) {
      this.lastSaveState = next;
      this.emit('save-state', [next]);
    }
  }
}
