// A real yjs client for the anchored-comment tests: joins a LessonStudy document over SignalR
// (MessagePack), syncs, finds --quote in the root Y.Text `content`, prints the quote's anchor as
// yjs encodes it (base64 of Y.encodeRelativePosition: start associated with the quote's first
// character, end with its last), applies the --op edits around that quote through the server,
// waits until every update is acknowledged (durable), and prints one JSON line
// {"text", "index", "start", "end"} (index and anchor as found before the edits).
//
//   node anchor.mjs --url http://127.0.0.1:5000 --token T --document D --quote "教学目标" \
//        [--op head=xx] [--op before=xx] [--op inside=xx] [--op after=xx] [--op delete] [--timeout-ms 30000]
//
// Ops, applied in order, each relative to where the quote is at that moment:
//   head=S    insert S at the start of the text      before=S  insert S right before the quote
//   inside=S  insert S after the quote's first char   after=S   insert S right after the quote
//   delete    delete the quote's characters
import { parseArgs } from 'node:util';
import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { HubConnectionBuilder, LogLevel } from '@microsoft/signalr';
import { MessagePackHubProtocol } from '@microsoft/signalr-protocol-msgpack';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    token: { type: 'string' },
    document: { type: 'string' },
    quote: { type: 'string' },
    op: { type: 'string', multiple: true, default: [] },
    'timeout-ms': { type: 'string', default: '30000' },
  },
});
for (const required of ['url', 'token', 'document', 'quote']) {
  if (!args[required]) fail(`--${required} is required`);
}

const documentId = args.document;
const timeoutMs = Number(args['timeout-ms']);
const deadline = Date.now() + timeoutMs;
const REMOTE = Symbol('remote');
const SYNC = 0;

const doc = new Y.Doc();
const text = doc.getText('content');
const connection = new HubConnectionBuilder()
  .withUrl(new URL('/hubs/collab', args.url).href, { accessTokenFactory: () => args.token })
  .withHubProtocol(new MessagePackHubProtocol())
  .configureLogging(LogLevel.Warning)
  .build();

const inflight = new Set();
const failures = [];
let resolveSynced;
const synced = new Promise((resolve) => { resolveSynced = resolve; });

function send(frame) {
  const sending = connection.invoke('SendMessage', documentId, frame).catch((error) => { failures.push(String(error)); });
  inflight.add(sending);
  sending.finally(() => inflight.delete(sending));
}

connection.on('ReceiveMessage', (id, frame) => {
  if (id !== documentId) return;
  const decoder = decoding.createDecoder(frame);
  if (decoding.readVarUint(decoder) !== SYNC) return;
  const answer = encoding.createEncoder();
  encoding.writeVarUint(answer, SYNC);
  const syncType = syncProtocol.readSyncMessage(decoder, answer, doc, REMOTE);
  if (syncType === syncProtocol.messageYjsSyncStep2) resolveSynced();
  if (encoding.length(answer) > 1) send(encoding.toUint8Array(answer));
});

doc.on('update', (update, origin) => {
  if (origin === REMOTE) return;
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, SYNC);
  syncProtocol.writeUpdate(encoder, update);
  send(encoding.toUint8Array(encoder));
});

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function fail(message) {
  process.stderr.write(`anchor: ${message}\n`);
  process.exit(1);
}

function locate() {
  const index = text.toString().indexOf(args.quote);
  if (index < 0) fail(`the quote is not in the text: ${JSON.stringify(text.toString())}`);
  return index;
}

const toBase64 = (bytes) => Buffer.from(bytes).toString('base64');

async function main() {
  await connection.start();
  await connection.invoke('JoinDocument', documentId);
  const step1 = encoding.createEncoder();
  encoding.writeVarUint(step1, SYNC);
  syncProtocol.writeSyncStep1(step1, doc);
  send(encoding.toUint8Array(step1));
  await Promise.race([synced, sleep(Math.max(0, deadline - Date.now())).then(() => fail('timed out waiting for sync step 2'))]);

  const index = locate();
  const length = args.quote.length;
  const start = toBase64(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, index, 0)));
  const end = toBase64(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, index + length, -1)));

  for (const op of args.op) {
    const [kind, ...rest] = op.split('=');
    const value = rest.join('=');
    const at = locate();
    if (kind === 'head') text.insert(0, value);
    else if (kind === 'before') text.insert(at, value);
    else if (kind === 'inside') text.insert(at + 1, value);
    else if (kind === 'after') text.insert(at + length, value);
    else if (kind === 'delete') text.delete(at, length);
    else fail(`unknown op ${op}`);
  }

  while (inflight.size > 0) {
    if (Date.now() > deadline) fail(`timed out after ${timeoutMs} ms waiting for acknowledgements`);
    await sleep(10);
  }
  if (failures.length > 0) fail(`the server refused messages: ${failures.join('; ')}`);

  process.stdout.write(`${JSON.stringify({ text: text.toString(), index, start, end })}\n`);
  await connection.stop();
  process.exit(0);
}

main().catch((error) => fail(error?.stack ?? String(error)));
