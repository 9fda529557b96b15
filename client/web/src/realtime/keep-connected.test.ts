import { describe, expect, it } from 'vitest';
import { CollabConnection } from './collab-connection';
import { eventually } from './eventually';
import { InMemoryHub } from './in-memory-hub';
import { InMemoryTransport } from './in-memory-transport';
import { keepConnected } from './keep-connected';

/** A transport whose first connects fail, as when the server is still starting. */
class FlakyTransport extends InMemoryTransport {
  failuresLeft = 2;

  override async start(): Promise<void> {
    if (this.failuresLeft > 0) {
      this.failuresLeft -= 1;
      throw new Error('connection refused');
    }
    return super.start();
  }
}

describe('keepConnected', () => {
  it('keeps trying to connect and reports each failure', async () => {
    const transport = new FlakyTransport(new InMemoryHub(), 'zhang');
    const connection = new CollabConnection(transport);
    const failures: unknown[] = [];
    const stop = keepConnected(connection, { delays: [1], onStartFailure: (error) => failures.push(error) });
    try {
      await eventually(() => connection.state === 'connected', 'connected');
      expect(failures).toHaveLength(2);
    } finally {
      stop();
    }
  });

  it('connects again when the connection ends up closed', async () => {
    const transport = new InMemoryTransport(new InMemoryHub(), 'zhang');
    const connection = new CollabConnection(transport);
    const stop = keepConnected(connection, { delays: [1] });
    try {
      await eventually(() => connection.state === 'connected', 'connected');
      await transport.stop();
      await eventually(() => connection.state === 'connected', 'connected again');
    } finally {
      stop();
    }
  });
});
