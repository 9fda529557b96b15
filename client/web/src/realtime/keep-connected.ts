import type { CollabConnection } from './collab-connection';

/**
 * Starts the connection and starts it again whenever it ends up disconnected (a failed first
 * connect, or SignalR's reconnect loop ending), with growing pauses. Returns a function that stops.
 */
export function keepConnected(connection: CollabConnection, delays: readonly number[] = [1000, 2000, 5000, 10_000]): () => void {
  let stopped = false;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const attempt = () => {
    timer = undefined;
    if (stopped || connection.state !== 'disconnected') {
      return;
    }
    connection.start().then(
      () => {
        failures = 0;
      },
      () => {
        schedule();
      },
    );
  };
  const schedule = () => {
    if (!stopped && timer === undefined) {
      timer = setTimeout(attempt, delays[Math.min(failures++, delays.length - 1)]);
    }
  };
  const unsubscribe = connection.transport.onStateChange((state) => {
    if (state === 'disconnected') {
      schedule();
    }
  });
  attempt();

  return () => {
    stopped = true;
    unsubscribe();
    if (timer !== undefined) {
      clearTimeout(timer);
    }
  };
}
