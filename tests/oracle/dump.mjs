// dumpDoc(doc, hints): the JSON value `lessonstudy crdt dump` prints for a document.
//
// The C# CLI implements the same rules; the oracle compares the two structurally
// (object key order is not significant in comparisons, but both sides emit the order
// described here so that text diffs stay readable).
//
// OUTPUT
//   { rootName: value } for every root in doc.share (roots sorted by ordinal UTF-16
//   code-unit order, like C# string.CompareOrdinal). A hint for a name that is not in
//   doc.share is ignored: roots come into existence only when an update references them
//   (yjs creates the root while *reading* an update, even if the struct then waits in
//   pendingStructs).
//
// ROOT VALUE BY KIND
//   text  -> YText.toString() (plain string; embeds and formats are not printed)
//   map   -> object of the live (non-deleted) entries, keys sorted ordinally
//   array -> array of the live elements
//   xml   -> YXmlFragment.toString() (the root is read with doc.getXmlFragment)
//   null  -> JSON null (only produced by inference, see below)
//
// VALUES INSIDE MAPS / ARRAYS (recursively)
//   YXmlElement / YXmlFragment / YXmlText -> the string yjs toString() gives
//   YText                                 -> toString()
//   YMap (and YXmlHook, which is a YMap)  -> object, keys sorted ordinally
//   YArray                                -> array
//   Y.Doc (ContentDoc subdocument)        -> {"$doc": "<guid>"}
//   Uint8Array (ContentBinary or inside an Any value) -> {"$binary": "<base64, padded>"}
//   bigint                                -> {"$bigint": "<decimal>"}
//   undefined                             -> null (also inside Any objects/arrays: the key is kept)
//   number                                -> JSON number; NaN, +-Infinity -> null; -0 -> 0
//   string / boolean / null               -> as is
//   plain object (Any / legacy JSON)      -> object, keys in the order yjs decoded them
//                                            (JS Object.keys order), values recursively
//   plain array                           -> array, elements recursively
//
// ROOT KIND INFERENCE (no hint given) — both sides implement exactly this:
//   Let root = the root type, items = its sequence list (_start, following .right,
//   INCLUDING deleted items; with gc on these may be ContentDeleted).
//   1. If items is empty: kind = map if root._map.size > 0 (counting deleted map
//      entries too), otherwise the value is null.
//   2. Else, if any item's content is ContentType holding a YXmlElement, YXmlText or
//      YXmlHook -> xml.
//   3. Else, if any item's content is ContentString, ContentFormat or ContentEmbed -> text.
//   4. Else -> array.
//   (Root map entries are ignored once there is at least one sequence item.)
//   Inference is lossy by nature (a fully deleted and GC'd text looks like an array of
//   ContentDeleted and dumps as []); the oracle always passes hints for the roots it made.

import * as Y from 'yjs'

/** @typedef {'text'|'map'|'array'|'xml'} RootKind */

const KINDS = new Set(['text', 'map', 'array', 'xml'])

/** Ordinal comparison of UTF-16 code units (JS `<` on strings), same as C# CompareOrdinal. */
export const compareOrdinal = (a, b) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * @param {Y.AbstractType<any>} type a root type (possibly the generic AbstractType)
 * @returns {RootKind|null}
 */
export function inferRootKind (type) {
  if (type._start === null) {
    return type._map.size > 0 ? 'map' : null
  }
  let textish = false
  for (let item = type._start; item !== null; item = item.right) {
    const c = item.content
    if (c instanceof Y.ContentType) {
      const t = c.type
      if (t instanceof Y.XmlElement || t instanceof Y.XmlText || t instanceof Y.XmlHook) return 'xml'
    } else if (c instanceof Y.ContentString || c instanceof Y.ContentFormat || c instanceof Y.ContentEmbed) {
      textish = true
    }
  }
  return textish ? 'text' : 'array'
}

/**
 * @param {Y.Doc} doc
 * @param {Record<string, RootKind>} [hints]
 * @returns {Record<string, any>}
 */
export function dumpDoc (doc, hints = {}) {
  /** @type {Record<string, any>} */
  const out = {}
  const names = [...doc.share.keys()].sort(compareOrdinal)
  for (const name of names) {
    const hint = Object.prototype.hasOwnProperty.call(hints, name) ? hints[name] : undefined
    if (hint !== undefined && !KINDS.has(hint)) throw new Error(`dumpDoc: bad hint ${name}=${hint}`)
    const kind = hint ?? inferRootKind(doc.share.get(name))
    out[name] = dumpRoot(doc, name, kind)
  }
  return out
}

/**
 * @param {Y.Doc} doc
 * @param {string} name
 * @param {RootKind|null} kind
 */
function dumpRoot (doc, name, kind) {
  switch (kind) {
    case null: return null
    case 'text': return doc.getText(name).toString()
    case 'map': return dumpMap(doc.getMap(name))
    case 'array': return doc.getArray(name).toArray().map(dumpValue)
    case 'xml': return doc.getXmlFragment(name).toString()
  }
  throw new Error(`dumpDoc: unknown kind ${kind}`)
}

/** @param {Y.Map<any>} map */
function dumpMap (map) {
  /** @type {Record<string, any>} */
  const out = {}
  const keys = [...map.keys()].sort(compareOrdinal)
  for (const key of keys) out[key] = dumpValue(map.get(key))
  return out
}

/**
 * @param {any} v
 * @returns {any}
 */
export function dumpValue (v) {
  if (v === undefined || v === null) return null
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return v
    case 'number':
      if (!Number.isFinite(v)) return null
      return v === 0 ? 0 : v // turns -0 into 0, as JSON.stringify does
    case 'bigint':
      return { $bigint: v.toString() }
  }
  if (v instanceof Uint8Array) return { $binary: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') }
  if (v instanceof Y.Doc) return { $doc: v.guid }
  // order matters: XmlText extends Text, XmlElement extends XmlFragment, XmlHook extends Map
  if (v instanceof Y.XmlText || v instanceof Y.XmlFragment) return v.toString()
  if (v instanceof Y.Text) return v.toString()
  if (v instanceof Y.Map) return dumpMap(v)
  if (v instanceof Y.Array) return v.toArray().map(dumpValue)
  if (v instanceof Y.AbstractType) throw new Error('dumpDoc: untyped nested AbstractType')
  if (Array.isArray(v)) return v.map(dumpValue)
  if (typeof v === 'object') {
    /** @type {Record<string, any>} */
    const out = {}
    for (const k of Object.keys(v)) out[k] = dumpValue(v[k])
    return out
  }
  throw new Error(`dumpDoc: cannot dump value of type ${typeof v}`)
}

/**
 * Structural equality of two dumped (JSON) values; object key order is ignored.
 * @returns {string|null} null when equal, else a short path + description of the first difference
 */
export function diffJson (a, b, path = '$') {
  if (a === b) return null
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') {
    return `${path}: ${preview(a)} != ${preview(b)}`
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: ${preview(a)} != ${preview(b)}`
  if (Array.isArray(a)) {
    const n = Math.min(a.length, b.length)
    for (let i = 0; i < n; i++) {
      const d = diffJson(a[i], b[i], `${path}[${i}]`)
      if (d !== null) return d
    }
    return a.length === b.length ? null : `${path}: length ${a.length} != ${b.length}`
  }
  const ka = Object.keys(a).sort(compareOrdinal)
  const kb = Object.keys(b).sort(compareOrdinal)
  if (ka.join('\u0000') !== kb.join('\u0000')) return `${path}: keys [${preview(ka)}] != [${preview(kb)}]`
  for (const k of ka) {
    const d = diffJson(a[k], b[k], `${path}.${k}`)
    if (d !== null) return d
  }
  return null
}

function preview (v) {
  const s = typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v) ?? String(v)
  return s.length > 120 ? s.slice(0, 117) + '...' : s
}
