// The reverse direction: a session written by C# (DIR/<n>/updates/NNNN.v1.bin [+ .v2.bin],
// expected.json, hints.json, optional meta.json {"gc": bool}) must read in yjs to the
// content C# expects.

import * as Y from 'yjs'
import fs from 'node:fs'
import path from 'node:path'
import { listUpdates, readJson, readBytes, contentDiff } from './seed-dir.mjs'
import { Prng } from './prng.mjs'

/**
 * @param {string} sessionDir
 * @param {{corrupt?: {version: 1|2, index: number, offset: number}}} [opts] self-test only:
 *        invert one byte of one update (in memory) before checking
 * @returns {{session: string, checks: Array<{name: string, ok: boolean, detail?: string}>}}
 */
export function checkSession (sessionDir, { corrupt } = {}) {
  const session = path.basename(sessionDir)
  const checks = []
  const add = (name, detail) => checks.push(detail === null ? { name, ok: true } : { name, ok: false, detail })
  let expected
  let hints = {}
  let gc = true
  try {
    expected = readJson(path.join(sessionDir, 'expected.json'))
    if (fs.existsSync(path.join(sessionDir, 'hints.json'))) hints = readJson(path.join(sessionDir, 'hints.json'))
    if (fs.existsSync(path.join(sessionDir, 'meta.json'))) gc = readJson(path.join(sessionDir, 'meta.json')).gc !== false
  } catch (e) {
    add('session-folder', `cannot read expected.json/hints.json/meta.json: ${e.message}`)
    return { session, checks }
  }
  const updatesDir = path.join(sessionDir, 'updates')
  if (!fs.existsSync(updatesDir)) {
    add('updates', 'missing updates/ folder')
    return { session, checks }
  }
  const list = listUpdates(updatesDir)
  if (list.v1.length === 0) add('updates', 'no NNNN.v1.bin files')
  const v1s = list.v1.map(readBytes)
  const v2s = list.v2.map(readBytes)
  if (corrupt) {
    const arr = corrupt.version === 1 ? v1s : v2s
    arr[corrupt.index] = arr[corrupt.index].slice()
    arr[corrupt.index][corrupt.offset] ^= 0xff
  }

  for (const [version, updates] of /** @type {const} */ ([[1, v1s], [2, v2s]])) {
    if (updates.length === 0) continue
    const v = `v${version}`
    if (version === 2 && v2s.length !== v1s.length) {
      add('v2:count', `${v2s.length} v2 updates but ${v1s.length} v1 updates`)
    }
    // the incremental updates, in order, to one fresh doc (what a yjs peer does)
    add(`${v}:content`, contentDiff(updates, version, gc, hints, expected))
    // the doc-less reader of yjs (mergeUpdates) must accept them too and keep the content
    let merged = null
    try {
      merged = version === 1 ? Y.mergeUpdates(updates) : Y.mergeUpdatesV2(updates)
    } catch (e) {
      add(`${v}:merge`, `yjs mergeUpdates failed: ${e.message}`)
    }
    if (merged !== null) add(`${v}:merge`, contentDiff([merged], version, gc, hints, expected))
  }
  return { session, checks }
}

/** Self-test: one corrupted update per session (seeded choice). */
export function corruptAndCheck (sessionDir, rngSeed) {
  const list = listUpdates(path.join(sessionDir, 'updates'))
  const rng = new Prng(rngSeed)
  const version = list.v2.length > 0 && rng.chance(0.5) ? 2 : 1
  const files = version === 1 ? list.v1 : list.v2
  const index = rng.int(0, files.length - 1)
  const size = fs.statSync(files[index]).size
  const offset = rng.int(0, size - 1)
  const r = checkSession(sessionDir, { corrupt: { version, index, offset } })
  return { file: path.basename(files[index]), offset, detected: r.checks.some(c => !c.ok) }
}
