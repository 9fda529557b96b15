// The cs/ contract: what the C# side writes into DIR/<seed>/cs/ and how each file is checked.
// `fillWithYjs` performs every operation of the contract with yjs itself; it is both the
// executable description of the contract and the self-test's source of correct files.

import * as Y from 'yjs'
import fs from 'node:fs'
import path from 'node:path'
import { listUpdates, readJson, readBytes, loadDoc, contentDiff, bytesDiff } from './seed-dir.mjs'
import { Prng } from './prng.mjs'

/**
 * One entry per file in cs/:
 *  - read: how yjs reads it for the content check (1 = applyUpdate, 2 = applyUpdateV2,
 *          'sv' = a state vector, no content check); `base` = reference file applied first
 *  - expected: where the expected dump comes from (default expected.json; merged-subset has
 *          gaps, so yjs leaves structs pending and its own reading is in merged-subset.json)
 *  - bytes: reference file (written by gen-sessions) the C# file must equal byte for byte
 *  - does: the C# operation (documentation; fillWithYjs does the same with yjs)
 */
export const CS_FILES = [
  { file: 'state.v1.bin', read: 1, bytes: 'replay.v1.bin', does: 'fresh doc (gc = meta.gc), apply updates/*.v1.bin in order, EncodeStateAsUpdate (v1)' },
  { file: 'state.v2.bin', read: 2, bytes: 'replay.v2.bin', does: 'the same doc, EncodeStateAsUpdateV2' },
  { file: 'state-from-state.v1.bin', read: 1, bytes: 'state-from-state.v1.bin', does: 'fresh doc (gc = meta.gc), apply state.v1.bin, EncodeStateAsUpdate' },
  { file: 'merged.v1.bin', read: 1, bytes: 'merged.v1.bin', does: 'MergeUpdates(updates/*.v1.bin in order)' },
  { file: 'merged.v2.bin', read: 2, bytes: 'merged.v2.bin', does: 'MergeUpdatesV2(updates/*.v2.bin in order)' },
  { file: 'merged-subset.v1.bin', read: 1, expected: 'merged-subset', bytes: 'merged-subset.v1.bin', does: 'MergeUpdates(the v1 updates numbered in merged-subset.json "updates", in that order) — gaps become Skip structs' },
  { file: 'diff.v1.bin', read: 1, base: 'partial-state.v1.bin', bytes: 'diff.v1.bin', does: 'DiffUpdate(state.v1.bin, partial-sv.bin)' },
  { file: 'sv.bin', read: 'sv', bytes: 'sv.bin', does: 'EncodeStateVector of a fresh doc that applied state.v1.bin' },
  { file: 'sv-from-update.bin', read: 'sv', bytes: 'sv-from-update.bin', does: 'EncodeStateVectorFromUpdate(merged.v1.bin)' },
  { file: 'converted.v2.bin', read: 2, bytes: 'converted.v2.bin', does: 'ConvertUpdateFormatV1ToV2(state.v1.bin)' },
  { file: 'converted.v1.bin', read: 1, bytes: 'converted.v1.bin', does: 'ConvertUpdateFormatV2ToV1(state.v2.bin)' }
]

/**
 * Checks DIR/<seed>/cs/ against the seed's references.
 * @param {string} seedDir
 * @param {{bytes?: boolean, only?: string[], override?: Record<string, Uint8Array>}} [opts]
 *   bytes=false skips byte identity; only = subset of cs files; override = cs file contents to use instead of disk
 * @returns {{seed: string, checks: Array<{name: string, ok: boolean, detail?: string}>}}
 */
export function verifySeed (seedDir, { bytes = true, only, override = {} } = {}) {
  const seed = path.basename(seedDir)
  const checks = []
  const add = (name, detail) => checks.push(detail === null ? { name, ok: true } : { name, ok: false, detail })
  let expected, hints, meta
  try {
    expected = readJson(path.join(seedDir, 'expected.json'))
    hints = readJson(path.join(seedDir, 'hints.json'))
    meta = readJson(path.join(seedDir, 'meta.json'))
  } catch (e) {
    add('seed-folder', `cannot read expected.json/hints.json/meta.json: ${e.message}`)
    return { seed, checks }
  }
  for (const spec of CS_FILES) {
    if (only && !only.includes(spec.file)) continue
    const csFile = path.join(seedDir, 'cs', spec.file)
    if (!override[spec.file] && !fs.existsSync(csFile)) {
      add(`${spec.file}`, 'missing')
      continue
    }
    const actual = override[spec.file] ?? readBytes(csFile)
    if (spec.read === 'sv') {
      let detail = null
      try {
        Y.decodeStateVector(actual)
      } catch (e) {
        detail = `not a readable state vector: ${e.message}`
      }
      add(`${spec.file}:decode`, detail)
    } else {
      const updates = spec.base ? [readBytes(path.join(seedDir, spec.base)), actual] : [actual]
      let detail
      if (spec.expected === 'merged-subset') {
        const subset = readJson(path.join(seedDir, 'merged-subset.json'))
        detail = contentDiff(updates, spec.read, meta.gc, hints, subset.expected, true)
      } else {
        detail = contentDiff(updates, spec.read, meta.gc, hints, expected)
      }
      add(`${spec.file}:content`, detail)
    }
    if (bytes) add(`${spec.file}:bytes`, bytesDiff(actual, readBytes(path.join(seedDir, spec.bytes))))
  }
  return { seed, checks }
}

/**
 * Writes cs/ for one seed using yjs (self-test): each file made by the operation the contract names.
 * @param {string} seedDir
 */
export function fillWithYjs (seedDir) {
  const meta = readJson(path.join(seedDir, 'meta.json'))
  const read = name => readBytes(path.join(seedDir, name))
  const { v1, v2 } = listUpdates(path.join(seedDir, 'updates'))
  const v1s = v1.map(readBytes)
  const v2s = v2.map(readBytes)
  const state1 = read('state.v1.bin')
  const merged1 = Y.mergeUpdates(v1s)
  const subset = readJson(path.join(seedDir, 'merged-subset.json')).updates

  const replay = loadDoc(v1s, 1, meta.gc)
  const reload = loadDoc([state1], 1, meta.gc)
  const out = {
    'state.v1.bin': Y.encodeStateAsUpdate(replay),
    'state.v2.bin': Y.encodeStateAsUpdateV2(replay),
    'state-from-state.v1.bin': Y.encodeStateAsUpdate(reload),
    'merged.v1.bin': merged1,
    'merged.v2.bin': Y.mergeUpdatesV2(v2s),
    'merged-subset.v1.bin': Y.mergeUpdates(subset.map(i => v1s[i])),
    'diff.v1.bin': Y.diffUpdate(state1, read('partial-sv.bin')),
    'sv.bin': Y.encodeStateVector(reload),
    'sv-from-update.bin': Y.encodeStateVectorFromUpdate(merged1),
    'converted.v2.bin': Y.convertUpdateFormatV1ToV2(state1),
    'converted.v1.bin': Y.convertUpdateFormatV2ToV1(read('state.v2.bin'))
  }
  replay.destroy()
  reload.destroy()
  const csDir = path.join(seedDir, 'cs')
  fs.mkdirSync(csDir, { recursive: true })
  for (const [name, bytes] of Object.entries(out)) fs.writeFileSync(path.join(csDir, name), bytes)
  return Object.keys(out).length
}

/**
 * Self-test of the checker: inverts one byte of cs/<file> (seeded position, in memory only)
 * and runs that file's checks with and without byte identity.
 * @returns {{file: string, offset: number, detectedWithBytes: boolean, detectedByContent: boolean}}
 */
export function corruptAndVerify (seedDir, file, rngSeed) {
  const original = readBytes(path.join(seedDir, 'cs', file))
  const offset = new Prng(rngSeed).int(0, original.length - 1)
  const corrupted = original.slice()
  corrupted[offset] ^= 0xff
  const override = { [file]: corrupted }
  const withBytes = verifySeed(seedDir, { only: [file], override }).checks.some(c => !c.ok)
  const byContent = verifySeed(seedDir, { only: [file], override, bytes: false }).checks.some(c => !c.ok)
  return { file, offset, detectedWithBytes: withBytes, detectedByContent: byContent }
}
