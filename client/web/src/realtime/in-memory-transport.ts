import type { ConnectionState, HubTransport, Unsubscribe } from './hub-transport';
import type { HubConnection, InMemoryHub } from './in-memory-hub';

type Handler = (...args: unknown[]) => void;

/**
 * A HubTransport to an {@link InMemoryHub}. Messages and completions arrive asynchronously and in
 * order, as over a socket. `drop()` and `reconnect()` play a lost connection and SignalR's automatic
 * reconnect: calls in flight fail, the hub forgets the connection, a new one replaces it.
 */
export class InMemoryTransport implements HubTransport {
  private connection: HubConnection | null = null;
  private currentState: ConnectionState = 'disconnected';
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly stateListeners = new Set<(state: ConnectionState) => void>();
  private readonly inFlight = new Set<(error: Error) => void>();

  constructor(
    private readonly hub: InMemoryHub,
    readonly userId: string,
  ) {}

  get state(): ConnectionState {
    return this.currentState;
  }

  async start(): Promise<void> {
    this.setState('connecting');
    await Promise.resolve();
    this.open();
  }

  async stop(): Promise<void> {
    this.close('disconnected');
  }

  drop(): void {
    this.close('reconnecting');
  }

  reconnect(): void {
    this.setState('connecting');
    this.open();
  }

  invoke<T>(method: string, ...args: unknown[]): Promise<T> {
    const connection = this.connection;
    if (!connection) {
      return Promise.reject(new Error(`cannot invoke ${method}: not connected`));
    }
    return new Promise<T>((resolve, reject) => {
      const fail = (error: Error) => reject(error);
      this.inFlight.add(fail);
      const settle = (action: () => void) =>
        queueMicrotask(() => {
          if (this.inFlight.delete(fail)) {
            action();
          }
        });
      // The hub sees a copy of the arguments, as it would after serialization.
      const sent = args.map((arg) => (arg instanceof Uint8Array ? arg.slice() : arg));
      this.hub.invoke(connection, method, sent).then(
        (result) => settle(() => resolve(result as T)),
        (error: unknown) => settle(() => reject(error)),
      );
    });
  }

  on(method: string, handler: Handler): Unsubscribe {
    let set = this.handlers.get(method);
    if (!set) {
      set = new Set();
      this.handlers.set(method, set);
    }
    set.add(handler);
    return () => set.delete(handler);
  }

  onStateChange(listener: (state: ConnectionState) => void): Unsubscribe {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  private open(): void {
    const connection = this.hub.connect(this.userId, (method, args) => {
      queueMicrotask(() => {
        if (this.connection === connection) {
          for (const handler of [...(this.handlers.get(method) ?? [])]) {
            handler(...args);
          }
        }
      });
    });
    this.connection = connection;
    this.setState('connected');
  }

  private close(state: ConnectionState): void {
    const connection = this.connection;
    this.connection = null;
    if (connection) {
      this.hub.disconnect(connection);
    }
    const failures = [...this.inFlight];
    this.inFlight.clear();
    for (const fail of failures) {
      fail(new Error('Invocation canceled due to the underlying connection being closed.'));
    }
    this.setState(state);
  }

  private setState(state: ConnectionState): void {
    if (this.currentState !== state) {
      this.currentState = state;
      for (const listener of [...this.stateListeners]) {
        listener(state);
      }
    }
  }
}
