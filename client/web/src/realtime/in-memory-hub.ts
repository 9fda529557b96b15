import * as Y from 'yjs';
import { awarenessFrame, readFrame, syncStep1Frame, syncStep2Frame, updateFrame } from './frames';
import { HubMethods, type JoinResult } from './hub-methods';
import { HubRejection } from './hub-transport';
import { InMemoryAwareness } from './in-memory-awareness';

/** Where the hub sends a connection its server → client calls. */
export type ClientSink = (method: string, args: unknown[]) => void;

export interface HubConnection {
  readonly id: string;
  readonly userId: string;
  readonly sink: ClientSink;
  readonly documents: Set<string>;
}

interface HubDocument {
  readonly doc: Y.Doc;
  readonly ownerId: string;
  readonly members: Map<string, boolean>;
  readonly awareness: InMemoryAwareness;
  readonly connections: Map<string, HubConnection>;
}

/**
 * The collaboration hub of docs/protocol.md, in memory, for the provider's tests: a real Y.Doc per
 * document driven by the same y-protocols frames, edit rights per user, awareness kept per
 * connection and removed when it leaves, and SendMessage completing only after `persist` resolves.
 */
export class InMemoryHub {
  /** The durable write each applied update waits for before its SendMessage completes. */
  persist: (documentId: string, update: Uint8Array) => Promise<void> = () => Promise.resolve();
  /** Refuses the next updates with these reasons, one each (as the hub's rate limit would). */
  readonly refuseNextUpdates: string[] = [];
  private readonly documents = new Map<string, HubDocument>();
  private nextConnection = 1;

  createDocument(documentId: string, ownerId: string): void {
    this.documents.set(documentId, {
      doc: new Y.Doc(),
      ownerId,
      members: new Map([[ownerId, true]]),
      awareness: new InMemoryAwareness(),
      connections: new Map(),
    });
  }

  /** Shares a document; connections of that user that have it open are told their new rights. */
  share(documentId: string, userId: string, canEdit: boolean): void {
    const document = this.require(documentId);
    document.members.set(userId, canEdit);
    for (const connection of document.connections.values()) {
      if (connection.userId === userId) {
        connection.sink(HubMethods.rightsChanged, [this.rights(documentId, document, userId)]);
      }
    }
  }

  text(documentId: string): string {
    return this.require(documentId).doc.getText('content').toString();
  }

  awarenessStates(documentId: string): Map<number, unknown> {
    return this.require(documentId).awareness.states();
  }

  connect(userId: string, sink: ClientSink): HubConnection {
    return { id: `c${this.nextConnection++}`, userId, sink, documents: new Set() };
  }

  /** The connection is gone: it leaves every document it had open. */
  disconnect(connection: HubConnection): void {
    for (const documentId of [...connection.documents]) {
      this.leave(connection, documentId);
    }
  }

  async invoke(connection: HubConnection, method: string, args: unknown[]): Promise<unknown> {
    switch (method) {
      case HubMethods.joinDocument:
        return this.join(connection, String(args[0]));
      case HubMethods.sendMessage:
        return this.sendMessage(connection, String(args[0]), args[1] as Uint8Array);
      case HubMethods.leaveDocument:
        this.leave(connection, String(args[0]));
        return undefined;
      default:
        throw new HubRejection(method, `unknown method ${method}`);
    }
  }

  private join(connection: HubConnection, documentId: string): JoinResult {
    const document = this.documents.get(documentId);
    if (!document || !document.members.has(connection.userId)) {
      throw new HubRejection(HubMethods.joinDocument, '文档不存在或无权访问');
    }
    document.connections.set(connection.id, connection);
    connection.documents.add(documentId);
    connection.sink(HubMethods.receiveMessage, [documentId, syncStep1Frame(Y.encodeStateVector(document.doc))]);
    const everyone = document.awareness.encodeLive();
    if (everyone) {
      connection.sink(HubMethods.receiveMessage, [documentId, awarenessFrame(everyone)]);
    }
    return this.rights(documentId, document, connection.userId);
  }

  private async sendMessage(connection: HubConnection, documentId: string, message: Uint8Array): Promise<void> {
    const document = this.documents.get(documentId);
    if (!document || !connection.documents.has(documentId)) {
      throw new HubRejection(HubMethods.sendMessage, '文档未打开');
    }
    let frame;
    try {
      frame = readFrame(message);
    } catch (error) {
      throw new HubRejection(HubMethods.sendMessage, `malformed frame: ${(error as Error).message}`);
    }
    switch (frame.kind) {
      case 'sync-step1':
        connection.sink(HubMethods.receiveMessage, [
          documentId,
          syncStep2Frame(Y.encodeStateAsUpdate(document.doc, frame.stateVector)),
        ]);
        return;
      case 'awareness':
        if (document.awareness.apply(frame.update, connection.id).length > 0) {
          this.broadcast(document, connection, awarenessFrame(frame.update));
        }
        return;
      case 'sync-step2':
      case 'update': {
        if (!document.members.get(connection.userId) && addsSomething(document.doc, frame.update)) {
          throw new HubRejection(HubMethods.sendMessage, '没有编辑权限');
        }
        const refusal = this.refuseNextUpdates.shift();
        if (refusal !== undefined) {
          throw new HubRejection(HubMethods.sendMessage, refusal);
        }
        Y.applyUpdate(document.doc, frame.update, connection);
        this.broadcast(document, connection, updateFrame(frame.update));
        await this.persist(documentId, frame.update);
        return;
      }
    }
  }

  private leave(connection: HubConnection, documentId: string): void {
    const document = this.documents.get(documentId);
    connection.documents.delete(documentId);
    if (!document?.connections.delete(connection.id)) {
      return;
    }
    const removal = document.awareness.removeConnection(connection.id);
    if (removal) {
      this.broadcast(document, connection, awarenessFrame(removal));
    }
  }

  private broadcast(document: HubDocument, from: HubConnection, frame: Uint8Array): void {
    const documentId = [...this.documents].find(([, d]) => d === document)![0];
    for (const other of document.connections.values()) {
      if (other !== from) {
        other.sink(HubMethods.receiveMessage, [documentId, frame]);
      }
    }
  }

  private rights(documentId: string, document: HubDocument, userId: string): JoinResult {
    const canEdit = document.members.get(userId) ?? false;
    return { documentId, stage: 'document', round: 0, canEdit, canComment: canEdit };
  }

  private require(documentId: string): HubDocument {
    const document = this.documents.get(documentId);
    if (!document) {
      throw new Error(`no document ${documentId}`);
    }
    return document;
  }
}

/** Whether applying `update` would change `doc` (a read-only caller may send what changes nothing). */
function addsSomething(doc: Y.Doc, update: Uint8Array): boolean {
  const probe = new Y.Doc();
  Y.applyUpdate(probe, Y.encodeStateAsUpdate(doc));
  const before = Y.snapshot(probe);
  Y.applyUpdate(probe, update);
  return !Y.equalSnapshots(before, Y.snapshot(probe));
}
