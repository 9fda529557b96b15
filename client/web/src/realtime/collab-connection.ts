import { frameBytes } from './frame-bytes';
import { HubMethods, type JoinResult } from './hub-methods';
import type { ConnectionState, HubTransport, Unsubscribe } from './hub-transport';

/** What a connection needs from each open document: where to deliver its messages. */
export interface DocumentChannel {
  receive(frame: Uint8Array): void;
  rightsChanged(rights: JoinResult): void;
  connectionChanged(state: ConnectionState): void;
}

/**
 * One hub connection shared by every open document: routes ReceiveMessage and RightsChanged to the
 * document they name and tells each document when the connection drops or comes back.
 */
export class CollabConnection {
  private readonly channels = new Map<string, DocumentChannel>();
  private readonly subscriptions: Unsubscribe[];

  constructor(readonly transport: HubTransport) {
    this.subscriptions = [
      transport.on(HubMethods.receiveMessage, (documentId, message) => {
        const frame = frameBytes(message);
        if (typeof documentId === 'string' && frame) {
          this.channels.get(documentId)?.receive(frame);
        }
      }),
      transport.on(HubMethods.rightsChanged, (rights) => {
        const result = rights as JoinResult | null;
        if (result && typeof result.documentId === 'string') {
          this.channels.get(result.documentId)?.rightsChanged(result);
        }
      }),
      transport.onStateChange((state) => {
        for (const channel of [...this.channels.values()]) {
          channel.connectionChanged(state);
        }
      }),
    ];
  }

  get state(): ConnectionState {
    return this.transport.state;
  }

  start(): Promise<void> {
    return this.transport.start();
  }

  async stop(): Promise<void> {
    await this.transport.stop();
  }

  /** Frees the connection's handlers; call after stop when the connection is no longer used. */
  dispose(): void {
    for (const unsubscribe of this.subscriptions) {
      unsubscribe();
    }
    this.channels.clear();
  }

  invoke<T>(method: string, ...args: unknown[]): Promise<T> {
    return this.transport.invoke<T>(method, ...args);
  }

  attach(documentId: string, channel: DocumentChannel): void {
    if (this.channels.has(documentId)) {
      throw new Error(`document ${documentId} is already open on this connection`);
    }
    this.channels.set(documentId, channel);
  }

  detach(documentId: string, channel: DocumentChannel): void {
    if (this.channels.get(documentId) === channel) {
      this.channels.delete(documentId);
    }
  }
}
