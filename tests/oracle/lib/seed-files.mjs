// Writes one generated session as the seed folder the C# oracle tests read, after checking
// that yjs itself reads every reference file back to the expected content.
// The folder layout is the contract described in README.md ("Seed folder layout").

import * as Y from 'yjs'
import fs from 'node:fs'
import path from 'node:path'
import { generateSession } from './session.mjs'
import { dumpDoc, diffJson } from '../dump.mjs'
import { loadDoc } from './seed-dir.mjs'
import { Prng } from './prng.mjs'

/**
 * @param {number} seed
 * @param {string} outDir the DIR of `gen-sessions.mjs --out DIR`
 * @returns {{seed: number, updates: number, ops: number, ms: number}}
 */
export function writeSeed (seed, outDir) {
  const t0 = performance.now()
  const s = generateSession(seed)
  const dir = path.join(outDir, String(seed))
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(path.join(dir, 'updates'), { recursive: true })

  const replica0 = s.replicas[0]
  const state1 = Y.encodeStateAsUpdate(replica0)
  const state2 = Y.encodeStateAsUpdateV2(replica0)
  const sv = Y.encodeStateVector(replica0)
  const fresh = loadDoc([state1], 1, s.gc)
  const expected = dumpDoc(fresh, s.hints)

  // every replica must show the same content for the roots that exist in updates
  for (let r = 0; r < s.replicas.length; r++) {
    const got = pick(dumpDoc(s.replicas[r], s.hints), Object.keys(expected))
    check(seed, `replica ${r} converged content`, diffJson(got, expected))
  }

  const v1s = s.events.map(e => e.v1)
  const v2s = s.events.map(e => e.v2)
  const replay = loadDoc(v1s, 1, s.gc)
  const replay1 = Y.encodeStateAsUpdate(replay)
  const replay2 = Y.encodeStateAsUpdateV2(replay)
  const merged1 = Y.mergeUpdates(v1s)
  // a random half of the updates: gaps become Skip structs; yjs keeps what it cannot apply pending
  const subsetRng = new Prng(seed ^ 0x5eed)
  let subset = v1s.map((_, i) => i).filter(() => subsetRng.chance(0.5))
  if (subset.length === 0) subset = [0]
  const mergedSubset = Y.mergeUpdates(subset.map(i => v1s[i]))
  const subsetDoc = loadDoc([mergedSubset], 1, s.gc)
  const subsetExpected = dumpDoc(subsetDoc, s.hints)
  // not asserted: with gaps, yjs may read the merged update differently from the same updates
  // applied one by one (pending structs and deletes are retried at different moments)
  const merged2 = Y.mergeUpdatesV2(v2s)
  const diff1 = Y.diffUpdate(state1, s.partial.sv)
  const svFromUpdate = Y.encodeStateVectorFromUpdate(merged1)
  const converted2 = Y.convertUpdateFormatV1ToV2(state1)
  const converted1 = Y.convertUpdateFormatV2ToV1(state2)
  const reloaded1 = Y.encodeStateAsUpdate(fresh)

  // yjs must accept its own reference files; a failure here is a generator bug, not a C# bug
  check(seed, 'replay v1 updates', diffJson(dumpDoc(replay, s.hints), expected))
  check(seed, 'replay leaves nothing pending', replay.store.pendingStructs === null && replay.store.pendingDs === null ? null : 'pending')
  check(seed, 'replay v2 updates', diffJson(dumpDoc(loadDoc(v2s, 2, s.gc), s.hints), expected))
  check(seed, 'state.v2', diffJson(dumpDoc(loadDoc([state2], 2, s.gc), s.hints), expected))
  check(seed, 'merged.v1', diffJson(dumpDoc(loadDoc([merged1], 1, s.gc), s.hints), expected))
  check(seed, 'merged.v2', diffJson(dumpDoc(loadDoc([merged2], 2, s.gc), s.hints), expected))
  check(seed, 'partial-state + diff', diffJson(dumpDoc(loadDoc([s.partial.state, diff1], 1, s.gc), s.hints), expected))
  check(seed, 'converted.v2', diffJson(dumpDoc(loadDoc([converted2], 2, s.gc), s.hints), expected))
  check(seed, 'converted.v1', diffJson(dumpDoc(loadDoc([converted1], 1, s.gc), s.hints), expected))
  check(seed, 'sv-from-update == sv', Buffer.from(svFromUpdate).equals(sv) ? null : 'differs')
  // not asserted: a gc'd state often re-encodes with adjacent GC structs merged
  const reloadIdentical = Buffer.from(reloaded1).equals(state1)
  check(seed, 'replay sv == sv', Buffer.from(Y.encodeStateVector(replay)).equals(sv) ? null : 'differs')

  const width = Math.max(4, String(s.events.length - 1).length)
  s.events.forEach((ev, i) => {
    const n = String(i).padStart(width, '0')
    fs.writeFileSync(path.join(dir, 'updates', `${n}.v1.bin`), ev.v1)
    fs.writeFileSync(path.join(dir, 'updates', `${n}.v2.bin`), ev.v2)
  })
  const files = {
    'state.v1.bin': state1,
    'state.v2.bin': state2,
    'sv.bin': sv,
    'state-from-state.v1.bin': reloaded1,
    'replay.v1.bin': replay1,
    'replay.v2.bin': replay2,
    'merged.v1.bin': merged1,
    'merged.v2.bin': merged2,
    'merged-subset.v1.bin': mergedSubset,
    'partial-sv.bin': s.partial.sv,
    'partial-state.v1.bin': s.partial.state,
    'diff.v1.bin': diff1,
    'sv-from-update.bin': svFromUpdate,
    'converted.v2.bin': converted2,
    'converted.v1.bin': converted1
  }
  for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), bytes)
  fs.writeFileSync(path.join(dir, 'expected.json'), JSON.stringify(expected, null, 1) + '\n')
  fs.writeFileSync(path.join(dir, 'hints.json'), JSON.stringify(s.hints) + '\n')
  fs.writeFileSync(path.join(dir, 'merged-subset.json'), JSON.stringify({ updates: subset, expected: subsetExpected }) + '\n')

  const statesIdentical = s.replicas.every(d => Buffer.from(Y.encodeStateAsUpdate(d)).equals(state1))
  const kinds = structKinds([state1, merged1, diff1, mergedSubset])
  const meta = {
    seed,
    replicas: s.replicas.length,
    gc: s.gc,
    clientIds: s.clientIds,
    roots: Object.keys(expected),
    counts: {
      ...s.stats,
      updates: s.events.length,
      localUpdates: s.events.filter(e => e.local).length,
      remoteUpdates: s.events.filter(e => !e.local).length,
      stateV1Bytes: state1.length,
      stateV2Bytes: state2.length
    },
    partial: { replica: s.partial.replica, atOp: s.partial.atOp },
    allReplicaStatesIdentical: statesIdentical,
    stateFromStateIdentical: reloadIdentical,
    structKinds: kinds,
    // per update file: [replica index, 1 if a local edit, 0 if emitted while applying a remote update]
    updates: s.events.map(e => [e.replica, e.local ? 1 : 0])
  }
  fs.writeFileSync(path.join(dir, 'meta.json'), JSON.stringify(meta) + '\n')
  for (const d of s.replicas) d.destroy()
  return { seed, updates: s.events.length, ops: s.stats.ops, kinds, ms: Math.round(performance.now() - t0) }
}

/**
 * Struct/content kinds present in the given v1 updates, e.g. GC, Skip, String, Type:YXmlHook.
 * @param {Uint8Array[]} updates
 */
function structKinds (updates) {
  const kinds = new Set()
  for (const u of updates) {
    for (const st of Y.decodeUpdate(u).structs) {
      if (!(st instanceof Y.Item)) { kinds.add(st.constructor.name); continue }
      const c = st.content
      const name = c.constructor.name.replace(/^Content/, '')
      kinds.add(c instanceof Y.ContentType ? `Type:${c.type.constructor.name}` : name)
    }
  }
  return [...kinds].sort()
}

function pick (obj, keys) {
  const out = {}
  for (const k of keys) out[k] = obj[k]
  return out
}

function check (seed, what, diff) {
  if (diff !== null) throw new Error(`seed ${seed}: yjs self-check failed: ${what}: ${diff}`)
}
