#!/usr/bin/env node
// bench.mjs [--traces DIR] [--runs N] [--warmup N] [--only NAME]
//   The yjs side of the side-by-side benchmark. For every DIR/*.json.gz editing trace
//   (format: shared/traces/README.md), on yjs 13.6.33:
//     applyMs     replay as local edits, one transaction per txn: text.delete(p,d) then
//                 text.insert(p,s); the result is checked against endContent
//     encodeMs    Y.encodeStateAsUpdate of the result        (updateBytes, updateV2Bytes: sizes)
//     loadMs      Y.applyUpdate of that update into a fresh doc (content checked)
//     loadedHeapBytes  heapUsed after - before loading (global.gc() around it, doc kept alive)
//     mergeUpdatesMs   automerge-paper only: Y.mergeUpdates of the first --merge (40,000)
//                 per-txn updates. yjs needs close to a minute for it on 2 cores, so it has
//                 its own knobs: --merge-runs (default 1) after --merge-warmup (default 0);
//                 --merge 0 skips it.
//   Other timings are medians of --runs runs after --warmup unmeasured runs (all runs are
//   kept in *Runs). Prints ONE JSON object on stdout (progress goes to stderr) for the C# harness.
//   DIR defaults to <repo>/../shared/traces (the repo is cloned with shared/ beside it);
//   from a git worktree the main checkout's ../shared/traces is tried too.
//   The replaying doc has the fixed clientID 2654435769 (a typical 32-bit yjs id, a 5-byte
//   varUint), so sizes are reproducible; the C# side must use the same id.
//   Needs --expose-gc; without it the script re-runs itself with the flag.

import * as Y from 'yjs'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import zlib from 'node:zlib'
import { spawnSync, execFileSync } from 'node:child_process'
import { parseArgs } from './lib/args.mjs'

if (typeof global.gc !== 'function') {
  const r = spawnSync(process.execPath, ['--expose-gc', ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' })
  process.exit(r.status ?? 1)
}

const here = path.dirname(fileURLToPath(import.meta.url))
const CLIENT_ID = 2654435769
const args = parseArgs(process.argv.slice(2),
  { traces: 'string', runs: 'number', warmup: 'number', only: 'string', merge: 'number', 'merge-runs': 'number', 'merge-warmup': 'number' },
  { runs: 5, warmup: 1, merge: 40000, 'merge-runs': 1, 'merge-warmup': 0 })
const tracesDir = args.traces ? path.resolve(args.traces) : defaultTracesDir()
const files = fs.readdirSync(tracesDir).filter(f => f.endsWith('.json.gz'))
  .filter(f => !args.only || f.startsWith(args.only)).sort()
if (files.length === 0) fail(`no *.json.gz traces in ${tracesDir}`)

const result = {
  tool: 'yjs',
  clientID: CLIENT_ID,
  versions: { yjs: readVersion('yjs'), lib0: readVersion('lib0'), node: process.version },
  runs: args.runs,
  warmup: args.warmup,
  mergeRuns: args['merge-runs'],
  tracesDir,
  traces: {}
}
for (const file of files) {
  const name = file.replace(/\.json\.gz$/, '')
  const trace = JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(tracesDir, file))).toString('utf8'))
  log(`${name}: ${trace.txns.length} txns`)
  result.traces[name] = benchTrace(name, trace)
}
process.stdout.write(JSON.stringify(result, null, 1) + '\n')

function benchTrace (name, trace) {
  const runs = { applyMs: [], encodeMs: [], loadMs: [], loadedHeapBytes: [] }
  let update = null
  let updateV2 = null
  for (let i = 0; i < args.warmup + args.runs; i++) {
    const measured = i >= args.warmup
    let t = performance.now()
    const doc = replay(trace)
    const applyMs = performance.now() - t
    const text = doc.getText('text').toString()
    if (text !== trace.endContent) fail(`${name}: replay result differs from endContent (length ${text.length} vs ${trace.endContent.length})`)

    t = performance.now()
    update = Y.encodeStateAsUpdate(doc)
    const encodeMs = performance.now() - t
    updateV2 = Y.encodeStateAsUpdateV2(doc)
    doc.destroy()

    t = performance.now()
    const loaded = new Y.Doc()
    Y.applyUpdate(loaded, update)
    const loadMs = performance.now() - t
    if (loaded.getText('text').toString() !== trace.endContent) fail(`${name}: loaded update differs from endContent`)
    loaded.destroy()

    const heap = loadedHeap(update)
    if (measured) {
      runs.applyMs.push(applyMs)
      runs.encodeMs.push(encodeMs)
      runs.loadMs.push(loadMs)
      runs.loadedHeapBytes.push(heap)
    }
    log(`  ${measured ? 'run' : 'warm-up'} ${i + 1}: apply ${applyMs.toFixed(0)} ms, encode ${encodeMs.toFixed(1)} ms, load ${loadMs.toFixed(1)} ms, heap ${(heap / 1048576).toFixed(1)} MiB`)
  }
  const out = {
    txns: trace.txns.length,
    patches: trace.txns.reduce((n, t) => n + t.patches.length, 0),
    finalLength: trace.endContent.length,
    applyMs: median(runs.applyMs),
    encodeMs: median(runs.encodeMs),
    loadMs: median(runs.loadMs),
    updateBytes: update.length,
    updateV2Bytes: updateV2.length,
    loadedHeapBytes: Math.round(median(runs.loadedHeapBytes)),
    applyMsRuns: runs.applyMs.map(round2),
    encodeMsRuns: runs.encodeMs.map(round2),
    loadMsRuns: runs.loadMs.map(round2),
    loadedHeapBytesRuns: runs.loadedHeapBytes
  }
  for (const k of ['applyMs', 'encodeMs', 'loadMs']) out[k] = round2(out[k])
  if (name === 'automerge-paper' && args.merge > 0) Object.assign(out, benchMerge(name, trace))
  return out
}

/** One transaction per txn, each patch as delete-then-insert, like the C# side. */
function replay (trace, onUpdate, limit = trace.txns.length) {
  const doc = new Y.Doc()
  doc.clientID = CLIENT_ID
  const text = doc.getText('text')
  if (onUpdate) doc.on('update', onUpdate)
  for (let i = 0; i < limit; i++) {
    const patches = trace.txns[i].patches
    doc.transact(() => {
      for (const [pos, del, ins] of patches) {
        if (del > 0) text.delete(pos, del)
        if (ins.length > 0) text.insert(pos, ins)
      }
    })
  }
  return doc
}

function loadedHeap (update) {
  global.gc()
  global.gc()
  const before = process.memoryUsage().heapUsed
  const doc = new Y.Doc()
  Y.applyUpdate(doc, update)
  global.gc()
  global.gc()
  const after = process.memoryUsage().heapUsed
  if (doc.getText('text').length < 0) log('unreachable') // keeps `doc` alive until after the measurement
  return after - before
}

/** Y.mergeUpdates over the first N per-transaction updates (recorded once, outside the timing). */
function benchMerge (name, trace) {
  const n = Math.min(args.merge, trace.txns.length)
  const updates = []
  replay(trace, u => updates.push(u), n).destroy()
  let expected = trace.startContent
  for (let i = 0; i < n; i++) {
    for (const [pos, del, ins] of trace.txns[i].patches) expected = expected.slice(0, pos) + ins + expected.slice(pos + del)
  }
  const times = []
  let merged = null
  const warmup = args['merge-warmup']
  for (let i = 0; i < warmup + args['merge-runs']; i++) {
    const t = performance.now()
    merged = Y.mergeUpdates(updates)
    const ms = performance.now() - t
    if (i >= warmup) times.push(ms)
    log(`  mergeUpdates(${n}) ${i >= warmup ? 'run' : 'warm-up'} ${i + 1}: ${ms.toFixed(0)} ms`)
  }
  const check = new Y.Doc()
  Y.applyUpdate(check, merged)
  if (check.getText('text').toString() !== expected) fail(`${name}: merged updates read differently from the first ${n} txns`)
  return {
    mergeUpdatesCount: n,
    mergeUpdatesInputBytes: updates.reduce((s, u) => s + u.length, 0),
    mergeUpdatesBytes: merged.length,
    mergeUpdatesMs: round2(median(times)),
    mergeUpdatesRuns: times.length,
    mergeUpdatesMsRuns: times.map(round2)
  }
}

function defaultTracesDir () {
  const repo = path.resolve(here, '../..')
  const candidates = [path.resolve(repo, '../shared/traces')]
  try { // in a git worktree the shared/ folder sits beside the main checkout
    const common = execFileSync('git', ['-C', repo, 'rev-parse', '--path-format=absolute', '--git-common-dir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
    candidates.push(path.resolve(path.dirname(common), '../shared/traces'))
  } catch {}
  const found = candidates.find(dir => fs.existsSync(dir))
  if (!found) fail(`no traces folder at ${candidates.join(' or ')}; pass --traces DIR`)
  return found
}

function readVersion (pkg) {
  return JSON.parse(fs.readFileSync(path.join(here, 'node_modules', pkg, 'package.json'), 'utf8')).version
}

function median (xs) {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

function round2 (x) { return Math.round(x * 100) / 100 }
function log (msg) { process.stderr.write(msg + '\n') }
function fail (msg) { process.stderr.write(`bench: ${msg}\n`); process.exit(1) }
