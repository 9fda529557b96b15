import { HubRejection } from './hub-transport';

/**
 * The SignalR client rejects with a plain Error both when the server answered with an error and when
 * the connection went away. Only the server's answer names the invocation "on the server"; its
 * HubException message follows "HubException: ". Server answers become {@link HubRejection}s.
 */
export function asRejection(method: string, error: unknown): unknown {
  const message = error instanceof Error ? error.message : String(error);
  if (!message.includes('on the server')) {
    return error;
  }
  const marker = 'HubException: ';
  const at = message.indexOf(marker);
  return new HubRejection(method, at >= 0 ? message.slice(at + marker.length) : message);
}
