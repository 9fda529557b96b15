// Reading seed folders: update lists, hints, meta, loading updates into yjs docs,
// and the content/bytes comparisons shared by verify.mjs and decode-cs.mjs.

import * as Y from 'yjs'
import fs from 'node:fs'
import path from 'node:path'
import { dumpDoc, diffJson } from '../dump.mjs'

/**
 * Update files of a folder in numeric order: `NNNN.v1.bin` / `NNNN.v2.bin`.
 * @param {string} updatesDir
 * @returns {{v1: string[], v2: string[], numbers: number[]}} absolute paths
 */
export function listUpdates (updatesDir) {
  const byNumber = new Map()
  for (const name of fs.readdirSync(updatesDir)) {
    const m = /^(\d+)\.(v1|v2)\.bin$/.exec(name)
    if (!m) continue
    const n = Number(m[1])
    if (!byNumber.has(n)) byNumber.set(n, {})
    byNumber.get(n)[m[2]] = path.join(updatesDir, name)
  }
  const numbers = [...byNumber.keys()].sort((a, b) => a - b)
  return {
    numbers,
    v1: numbers.map(n => byNumber.get(n).v1).filter(Boolean),
    v2: numbers.map(n => byNumber.get(n).v2).filter(Boolean)
  }
}

export const readJson = file => JSON.parse(fs.readFileSync(file, 'utf8'))

export const readBytes = file => new Uint8Array(fs.readFileSync(file))

/**
 * Applies updates to a fresh doc. Throws (with the index) if yjs throws.
 * @param {Uint8Array[]} updates
 * @param {1|2} version
 * @param {boolean} gc
 */
export function loadDoc (updates, version, gc = true) {
  const doc = new Y.Doc({ gc })
  updates.forEach((u, i) => {
    try {
      if (version === 1) Y.applyUpdate(doc, u)
      else Y.applyUpdateV2(doc, u)
    } catch (e) {
      throw new Error(`yjs failed to apply update #${i} (v${version}): ${e && e.message}`)
    }
  })
  return doc
}

/**
 * Loads `updates` and compares the dump with `expected`. Unless `allowPending`, structs or
 * deletes left waiting for missing dependencies are a difference too.
 * @returns {string|null} null when the content matches, else what differs
 */
export function contentDiff (updates, version, gc, hints, expected, allowPending = false) {
  let doc
  try {
    doc = loadDoc(updates, version, gc)
  } catch (e) {
    return e.message
  }
  try {
    if (!allowPending && doc.store.pendingStructs !== null) return 'yjs left structs pending (missing dependencies)'
    if (!allowPending && doc.store.pendingDs !== null) return 'yjs left a delete set pending (missing dependencies)'
    return diffJson(dumpDoc(doc, hints), expected)
  } catch (e) {
    return `dump failed: ${e && e.message}`
  } finally {
    doc.destroy()
  }
}

/** @returns {string|null} null when equal, else the first differing offset and the sizes */
export function bytesDiff (actual, expected) {
  if (Buffer.from(actual).equals(Buffer.from(expected))) return null
  let i = 0
  while (i < actual.length && i < expected.length && actual[i] === expected[i]) i++
  const at = (b) => i < b.length ? `0x${b[i].toString(16).padStart(2, '0')}` : 'end'
  return `bytes differ at offset ${i} (got ${at(actual)}, want ${at(expected)}); sizes ${actual.length} vs ${expected.length}`
}
