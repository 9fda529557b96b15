// A real yjs client for the interop test: joins a LessonStudy document over SignalR (MessagePack),
// runs the y-protocols sync, makes seeded random edits to the root Y.Text `content` while applying
// remote updates, waits until every one of its updates is acknowledged (SendMessage completed =
// durable), marks itself done in the root Y.Map `interop`, waits until the peer named by --wait-for
// has marked itself done too, and prints {"text", "edits", "acknowledged"} as one JSON line.
//
//   node coedit.mjs --url http://127.0.0.1:5000 --token T --document D --seed 7 --edits 200 \
//        --name node --wait-for dotnet [--timeout-ms 60000] [--delay-ms 3]
import { parseArgs } from 'node:util';
import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { HubConnectionBuilder, LogLevel } from '@microsoft/signalr';
import { MessagePackHubProtocol } from '@microsoft/signalr-protocol-msgpack';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    token: { type: 'string' },
    document: { type: 'string' },
    seed: { type: 'string', default: '1' },
    edits: { type: 'string', default: '100' },
    name: { type: 'string', default: 'node' },
    'wait-for': { type: 'string' },
    'timeout-ms': { type: 'string', default: '60000' },
    'delay-ms': { type: 'string', default: '3' },
  },
});
for (const required of ['url', 'token', 'document']) {
  if (!args[required]) fail(`--${required} is required`);
}

const documentId = args.document;
const timeoutMs = Number(args['timeout-ms']);
const deadline = Date.now() + timeoutMs;
const REMOTE = Symbol('remote');
const SYNC = 0;
const AWARENESS = 1;

// mulberry32: small, seedable, the same sequence on every run for one seed.
let rngState = Number(args.seed) >>> 0;
function random() {
  rngState = (rngState + 0x6d2b79f5) >>> 0;
  let t = rngState;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const randomInt = (n) => Math.floor(random() * n);

const doc = new Y.Doc();
const text = doc.getText('content');
const status = doc.getMap('interop');
const awareness = new awarenessProtocol.Awareness(doc);
awareness.setLocalState({ user: args.name });

const connection = new HubConnectionBuilder()
  .withUrl(new URL('/hubs/collab', args.url).href, { accessTokenFactory: () => args.token })
  .withHubProtocol(new MessagePackHubProtocol())
  .configureLogging(LogLevel.Warning)
  .build();

const inflight = new Set();
const failures = [];
let acknowledged = 0;
let resolveSynced;
const synced = new Promise((resolve) => { resolveSynced = resolve; });

function send(frame, isUpdate) {
  const sending = connection.invoke('SendMessage', documentId, frame).then(
    () => { if (isUpdate) acknowledged++; },
    (error) => { failures.push(String(error)); },
  );
  inflight.add(sending);
  sending.finally(() => inflight.delete(sending));
}

function syncFrame(write) {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, SYNC);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

connection.on('ReceiveMessage', (id, frame) => {
  if (id !== documentId) return;
  const decoder = decoding.createDecoder(frame);
  const type = decoding.readVarUint(decoder);
  if (type === SYNC) {
    const answer = encoding.createEncoder();
    encoding.writeVarUint(answer, SYNC);
    const syncType = syncProtocol.readSyncMessage(decoder, answer, doc, REMOTE);
    if (syncType === syncProtocol.messageYjsSyncStep2) resolveSynced();
    if (encoding.length(answer) > 1) send(encoding.toUint8Array(answer), false);
  } else if (type === AWARENESS) {
    awarenessProtocol.applyAwarenessUpdate(awareness, decoding.readVarUint8Array(decoder), REMOTE);
  }
});

doc.on('update', (update, origin) => {
  if (origin === REMOTE) return;
  send(syncFrame((encoder) => syncProtocol.writeUpdate(encoder, update)), true);
});

awareness.on('update', ({ added, updated, removed }, origin) => {
  if (origin === REMOTE) return;
  const mine = added.concat(updated, removed).filter((client) => client === doc.clientID);
  if (mine.length === 0) return;
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, AWARENESS);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, mine));
  send(encoding.toUint8Array(encoder), false);
});

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition, what) {
  while (!condition()) {
    if (Date.now() > deadline) fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(10);
  }
}

function fail(message) {
  process.stderr.write(`coedit: ${message}\n`);
  process.exit(1);
}

async function main() {
  await connection.start();
  const joined = await connection.invoke('JoinDocument', documentId);
  send(syncFrame((encoder) => syncProtocol.writeSyncStep1(encoder, doc)), false);
  await Promise.race([synced, sleep(Math.max(0, deadline - Date.now())).then(() => fail('timed out waiting for sync step 2'))]);

  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const edits = Number(args.edits);
  for (let i = 0; i < edits; i++) {
    const length = text.length;
    if (length > 0 && random() < 0.35) {
      const index = randomInt(length);
      text.delete(index, Math.min(1 + randomInt(3), length - index));
    } else {
      let insert = '';
      for (let n = 1 + randomInt(4); n > 0; n--) insert += letters[randomInt(letters.length)];
      text.insert(randomInt(length + 1), insert);
    }
    // Yield so that remote updates interleave with our edits.
    await sleep(Number(args['delay-ms']));
  }

  await until(() => inflight.size === 0, 'the acknowledgements of our updates');
  if (failures.length > 0) fail(`the server refused messages: ${failures.join('; ')}`);
  status.set(args.name, true);
  await until(() => inflight.size === 0, 'the acknowledgement of our done marker');
  if (failures.length > 0) fail(`the server refused messages: ${failures.join('; ')}`);
  if (args['wait-for']) await until(() => status.get(args['wait-for']) === true, `${args['wait-for']} to be done`);

  process.stdout.write(`${JSON.stringify({ text: text.toString(), edits, acknowledged, canEdit: joined.canEdit })}\n`);
  await connection.stop();
  process.exit(0);
}

main().catch((error) => fail(error?.stack ?? String(error)));
