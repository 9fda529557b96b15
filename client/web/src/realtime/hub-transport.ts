/**
 * The one seam between the sync logic and the network: a connection to the collaboration hub.
 * Implemented with @microsoft/signalr for the browser (signalr-transport.ts) and in memory for tests
 * (in-memory-hub.ts). The sync logic never sees which one it talks to.
 */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'disconnected';

export type Unsubscribe = () => void;

export interface HubTransport {
  readonly state: ConnectionState;
  /** Connects; rejects when the first connection cannot be made. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /**
   * Calls a hub method and resolves with its result once the server has completed it. Rejects with a
   * {@link HubRejection} when the server refused the call, or with another error when the
   * connection was lost before the answer came (the call may or may not have been applied).
   */
  invoke<T>(method: string, ...args: unknown[]): Promise<T>;
  on(method: string, handler: (...args: unknown[]) => void): Unsubscribe;
  /** Every state change, including a reconnect that ends in 'connected' (a new server connection). */
  onStateChange(listener: (state: ConnectionState) => void): Unsubscribe;
}

/** The server answered a call with an error (a HubException): retrying the same call will not help. */
export class HubRejection extends Error {
  constructor(
    readonly method: string,
    readonly reason: string,
  ) {
    super(`${method}: ${reason}`);
    this.name = 'HubRejection';
  }
}
