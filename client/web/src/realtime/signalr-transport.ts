import {
  HubConnectionBuilder,
  HubConnectionState,
  LogLevel,
  type HubConnection,
  type IRetryPolicy,
} from '@microsoft/signalr';
import { MessagePackHubProtocol } from '@microsoft/signalr-protocol-msgpack';
import type { ConnectionState, HubTransport, Unsubscribe } from './hub-transport';
import { asRejection } from './invocation-error';

/** The only file that knows @microsoft/signalr: the hub transport of the browser. */
export interface SignalRTransportOptions {
  /** Absolute or page-relative URL of the hub, e.g. `/hubs/collab`. */
  url: string;
  /** Called on every (re)connect; the token travels as `access_token` for WebSockets. */
  accessToken: () => string | Promise<string>;
}

// Never give up: a teacher's laptop waking from sleep must come back without a page reload.
const reconnectForever: IRetryPolicy = {
  nextRetryDelayInMilliseconds: ({ previousRetryCount }) =>
    [0, 1000, 2000, 5000][previousRetryCount] ?? 10_000,
};

export class SignalRTransport implements HubTransport {
  private readonly connection: HubConnection;
  private readonly stateListeners = new Set<(state: ConnectionState) => void>();
  private currentState: ConnectionState = 'disconnected';

  constructor(options: SignalRTransportOptions) {
    this.connection = new HubConnectionBuilder()
      .withUrl(options.url, { accessTokenFactory: options.accessToken })
      .withHubProtocol(new MessagePackHubProtocol())
      .withAutomaticReconnect(reconnectForever)
      .configureLogging(LogLevel.Warning)
      .build();
    this.connection.onreconnecting(() => this.setState('reconnecting'));
    this.connection.onreconnected(() => this.setState('connected'));
    this.connection.onclose(() => this.setState('disconnected'));
  }

  get state(): ConnectionState {
    return this.currentState;
  }

  async start(): Promise<void> {
    if (this.connection.state !== HubConnectionState.Disconnected) {
      return;
    }
    this.setState('connecting');
    try {
      await this.connection.start();
    } catch (error) {
      this.setState('disconnected');
      throw error;
    }
    this.setState('connected');
  }

  async stop(): Promise<void> {
    await this.connection.stop();
    this.setState('disconnected');
  }

  async invoke<T>(method: string, ...args: unknown[]): Promise<T> {
    try {
      return (await this.connection.invoke(method, ...args)) as T;
    } catch (error) {
      throw asRejection(method, error);
    }
  }

  on(method: string, handler: (...args: unknown[]) => void): Unsubscribe {
    this.connection.on(method, handler);
    return () => this.connection.off(method, handler);
  }

  onStateChange(listener: (state: ConnectionState) => void): Unsubscribe {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
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
