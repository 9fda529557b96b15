import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { CollabConnection } from './collab-connection';
import { eventually } from './eventually';
import { HubProvider } from './hub-provider';
import { InMemoryHub } from './in-memory-hub';
import { InMemoryTransport } from './in-memory-transport';

const docId = 'd1';
const opened: HubProvider[] = [];

async function open(hub: InMemoryHub, userId: string, documentId = docId, transport?: InMemoryTransport) {
  transport ??= new InMemoryTransport(hub, userId);
  const connection = new CollabConnection(transport);
  if (transport.state !== 'connected') {
    await connection.start();
  }
  const doc = new Y.Doc();
  const provider = new HubProvider({
    connection,
    documentId,
    doc,
    retryDelays: [5, 10],
    user: { name: userId, color: '#30bced', colorLight: '#30bced33' },
  });
  opened.push(provider);
  const text = doc.getText('content');
  return { transport, connection, doc, provider, text };
}

function heldPersistence(hub: InMemoryHub) {
  const waiting: Array<() => void> = [];
  hub.persist = () => new Promise<void>((resolve) => waiting.push(resolve));
  return {
    get count() {
      return waiting.length;
    },
    releaseAll() {
      hub.persist = () => Promise.resolve();
      waiting.splice(0).forEach((resolve) => resolve());
    },
  };
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((provider) => provider.destroy()));
});

describe('HubProvider', () => {
  it('converges two editors typing at the same time and the hub holds the same text', async () => {
    const hub = new InMemoryHub();
    hub.createDocument(docId, 'zhang');
    hub.share(docId, 'li', true);
    const a = await open(hub, 'zhang');
    const b = await open(hub, 'li');
    await eventually(() => a.provider.synced && b.provider.synced, 'both synced');

    a.text.insert(0, '教学目标');
    b.text.insert(0, '教学重点');
    a.text.insert(a.text.length, '：理解');
    b.text.delete(0, 1);

    await eventually(() => a.text.toString() === b.text.toString(), 'convergence');
    await eventually(() => hub.text(docId) === a.text.toString(), 'the hub to hold it');
    await eventually(() => a.provider.saveState.kind === 'saved' && b.provider.saveState.kind === 'saved', 'saved');
    expect(a.text.toString()).toContain('教学目标');
    expect(a.text.toString()).toContain('：理解');
  });

  it('gives a late joiner the whole document and pushes its offline edits', async () => {
    const hub = new InMemoryHub();
    hub.createDocument(docId, 'zhang');
    hub.share(docId, 'li', true);
    const a = await open(hub, 'zhang');
    a.text.insert(0, '第一课时');
    await eventually(() => a.provider.saveState.kind === 'saved', 'first edit saved');

    const lateDoc = new Y.Doc();
    lateDoc.getText('content').insert(0, '草稿：');
    const transport = new InMemoryTransport(hub, 'li');
    const connection = new CollabConnection(transport);
    await connection.start();
    const b = new HubProvider({ connection, documentId: docId, doc: lateDoc });
    opened.push(b);

    await eventually(() => lateDoc.getText('content').toString() === a.text.toString(), 'convergence');
    expect(a.text.toString()).toContain('第一课时');
    expect(a.text.toString()).toContain('草稿：');
    await eventually(() => b.saveState.kind === 'saved', 'the offline edit acknowledged');
  });

  it('says saved only once the hub has acknowledged every local update', async () => {
    const hub = new InMemoryHub();
    hub.createDocument(docId, 'zhang');
    const a = await open(hub, 'zhang');
    await eventually(() => a.provider.status === 'joined', 'joined');
    const held = heldPersistence(hub);

    a.text.insert(0, 'a');
    a.text.insert(1, 'b');
    expect(a.provider.saveState.kind).toBe('saving');
    await eventually(() => held.count >= 2, 'both updates to reach the durable write');
    expect(hub.text(docId)).toBe('ab');
    expect(a.provider.unacknowledged).toBe(2);
    expect(a.provider.saveState.kind).toBe('saving');

    held.releaseAll();
    await eventually(() => a.provider.saveState.kind === 'saved', 'saved');
    expect(a.provider.unacknowledged).toBe(0);
  });

  it('resends updates whose acknowledgement was lost with the connection, and edits made offline', async () => {
    const hub = new InMemoryHub();
    hub.createDocument(docId, 'zhang');
    hub.share(docId, 'li', true);
    const a = await open(hub, 'zhang');
    const b = await open(hub, 'li');
    await eventually(() => a.provider.synced && b.provider.synced, 'both synced');

    const held = heldPersistence(hub);
    a.text.insert(0, '在途');
    await eventually(() => held.count === 1, 'the update to reach the durable write');
    a.transport.drop();
    expect(a.provider.saveState).toEqual({ kind: 'unsaved', rejectedBecause: null });
    held.releaseAll();

    a.text.insert(a.text.length, '+离线');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(b.text.toString()).toBe('在途');
    expect(a.provider.unacknowledged).toBe(2);

    a.transport.reconnect();
    await eventually(() => b.text.toString() === '在途+离线', 'the offline edit to reach the other editor');
    await eventually(() => a.provider.saveState.kind === 'saved', 'everything acknowledged after the rejoin');
    expect(hub.text(docId)).toBe('在途+离线');
  });

  it('catches up on what others wrote while it was away', async () => {
    const hub = new InMemoryHub();
    hub.createDocument(docId, 'zhang');
    hub.share(docId, 'li', true);
    const a = await open(hub, 'zhang');
    const b = await open(hub, 'li');
    await eventually(() => a.provider.synced && b.provider.synced, 'both synced');
    a.transport.drop();
    b.text.insert(0, '别人写的');
    await eventually(() => b.provider.saveState.kind === 'saved', 'b saved');
    a.transport.reconnect();
    await eventually(() => a.text.toString() === '别人写的', 'a to catch up');
    await eventually(() => a.provider.synced, 'a synced again');
  });

  it('surfaces the refusal of an edit from a read-only member and leaves the hub unchanged', async () => {
    const hub = new InMemoryHub();
    hub.createDocument(docId, 'zhang');
    hub.share(docId, 'wang', false);
    const a = await open(hub, 'zhang');
    a.text.insert(0, '原文');
    const reader = await open(hub, 'wang');
    const errors: string[] = [];
    reader.provider.on('error', (message) => errors.push(message));
    await eventually(() => reader.provider.synced && reader.text.toString() === '原文', 'reader synced');
    expect(reader.provider.rights?.canEdit).toBe(false);
    expect(reader.provider.saveState.kind).toBe('saved');

    reader.text.insert(0, '篡改');
    await eventually(() => errors.length > 0, 'the refusal');
    expect(errors[0]).toContain('没有编辑权限');
    expect(reader.provider.saveState).toEqual({ kind: 'unsaved', rejectedBecause: '没有编辑权限' });
    expect(hub.text(docId)).toBe('原文');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(a.text.toString()).toBe('原文');
  });

  it('sends an editor\'s refused update again until the hub takes it (rate limit)', async () => {
    const hub = new InMemoryHub();
    hub.createDocument(docId, 'zhang');
    const a = await open(hub, 'zhang');
    await eventually(() => a.provider.status === 'joined' && a.provider.rights !== null, 'joined');
    const errors: string[] = [];
    a.provider.on('error', (message) => errors.push(message));
    hub.refuseNextUpdates.push('Too many messages: slow down', 'Too many messages: slow down');

    a.text.insert(0, '稍后');
    await eventually(() => errors.length > 0, 'the refusal');
    expect(a.provider.saveState.kind).toBe('unsaved');
    await eventually(() => a.provider.saveState.kind === 'saved', 'saved after the retries');
    expect(hub.text(docId)).toBe('稍后');
    expect(errors.length).toBe(2);
  });

  it('reports a document it may not open as refused', async () => {
    const hub = new InMemoryHub();
    hub.createDocument(docId, 'zhang');
    const stranger = await open(hub, 'zhao');
    const errors: string[] = [];
    stranger.provider.on('error', (message) => errors.push(message));
    await eventually(() => stranger.provider.status === 'refused', 'refused');
    expect(errors[0]).toContain('无权访问');
  });

  it('follows rights that change while the document is open', async () => {
    const hub = new InMemoryHub();
    hub.createDocument(docId, 'zhang');
    hub.share(docId, 'li', false);
    const b = await open(hub, 'li');
    await eventually(() => b.provider.rights?.canEdit === false, 'read-only at first');
    hub.share(docId, 'li', true);
    await eventually(() => b.provider.rights?.canEdit === true, 'editable after sharing');
  });

  it('shows each editor the other with name and colour, and removes them when they leave or drop', async () => {
    const hub = new InMemoryHub();
    hub.createDocument(docId, 'zhang');
    hub.share(docId, 'li', true);
    const a = await open(hub, 'zhang');
    const b = await open(hub, 'li');
    const userOf = (provider: HubProvider, clientId: number) =>
      (provider.awareness.getStates().get(clientId) as { user?: { name: string } } | undefined)?.user?.name;

    await eventually(() => userOf(b.provider, a.doc.clientID) === 'zhang', 'b to see zhang');
    await eventually(() => userOf(a.provider, b.doc.clientID) === 'li', 'a to see li');
    a.provider.awareness.setLocalStateField('cursor', { anchor: 1 });
    await eventually(() => b.provider.awareness.getStates().get(a.doc.clientID)?.cursor !== undefined, 'the cursor');

    a.transport.drop();
    await eventually(() => !b.provider.awareness.getStates().has(a.doc.clientID), 'a dropped for b');
    expect(a.provider.awareness.getStates().has(b.doc.clientID)).toBe(false);
    a.transport.reconnect();
    await eventually(() => userOf(b.provider, a.doc.clientID) === 'zhang', 'a back for b');
    await eventually(() => userOf(a.provider, b.doc.clientID) === 'li', 'b back for a');

    await b.provider.destroy();
    await eventually(() => !a.provider.awareness.getStates().has(b.doc.clientID), 'b gone after leaving');
    expect(hub.awarenessStates(docId).has(b.doc.clientID)).toBe(false);
  });

  it('keeps several documents on one connection apart', async () => {
    const hub = new InMemoryHub();
    hub.createDocument('d1', 'zhang');
    hub.createDocument('d2', 'zhang');
    const first = await open(hub, 'zhang', 'd1');
    const second = await open(hub, 'zhang', 'd2', first.transport);
    first.text.insert(0, '一');
    second.text.insert(0, '二');
    await eventually(() => hub.text('d1') === '一' && hub.text('d2') === '二', 'both documents stored');
    await eventually(
      () => first.provider.saveState.kind === 'saved' && second.provider.saveState.kind === 'saved',
      'both saved',
    );
    expect(() => new HubProvider({ connection: first.connection, documentId: 'd1', doc: new Y.Doc() })).toThrow(
      /already open/,
    );
  });
});
