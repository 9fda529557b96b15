// Random edits on one shared type, for the session generator: text (insert, delete, format,
// embeds, deltas), map (set/overwrite/delete with every value class), array (insert, push,
// unshift, delete), xml (elements, attributes, xml text, hooks). New nested types are filled
// after they are integrated (the `after` queue) or given prelim content.

import * as Y from 'yjs'
import { valuePools as P } from './values.mjs'

export class Editor {
  /**
   * @param {import('./prng.mjs').Prng} rng the session's generator (shared: call order matters)
   * @param {number} seed used in subdocument guids
   * @param {{subdocs: number}} stats
   */
  constructor (rng, seed, stats) {
    this.rng = rng
    this.seed = seed
    this.stats = stats
    /** @type {Array<() => void>} work to do once a new type is integrated */
    this.after = []
  }

  /** One random operation on `type` (at nesting depth `depth`), then the queued fill-ins. */
  edit (type, depth) {
    this.opOn(type, depth)
    while (this.after.length > 0) this.runAfter()
  }

  opOn (type, depth) {
    // subclass before base class: XmlText < Text, XmlElement < XmlFragment, XmlHook < Map
    if (type instanceof Y.XmlText) this.textOp(type, depth, true)
    else if (type instanceof Y.Text) this.textOp(type, depth, false)
    else if (type instanceof Y.XmlHook) this.mapOp(type, depth, false)
    else if (type instanceof Y.XmlElement) this.elementOp(type, depth)
    else if (type instanceof Y.XmlFragment) this.fragmentOp(type, depth)
    else if (type instanceof Y.Map) this.mapOp(type, depth, true)
    else if (type instanceof Y.Array) this.arrayOp(type, depth)
    else throw new Error('unexpected type')
  }

  textOp (text, depth, xml) {
    const rng = this.rng
    const len = text.length
    const op = rng.weighted([
      [40, 'insert'], [len > 0 ? 25 : 0, 'delete'], [len > 0 ? 14 : 0, 'format'],
      [xml ? 0 : 8, 'embed'], [10, 'delta'], [xml || depth >= 2 ? 0 : 1.5, 'typeEmbed']
    ])
    const pos = rng.int(0, len)
    switch (op) {
      case 'insert':
        text.insert(pos, rng.pick(P.texts), rng.chance(0.3) ? this.format(xml, false) : undefined)
        break
      case 'delete': {
        const at = rng.int(0, len - 1)
        text.delete(at, rng.int(1, Math.min(len - at, rng.chance(0.1) ? 60 : 6)))
        break
      }
      case 'format': {
        // format boundaries are snapped to code points: see snapToCodePoint
        const units = indexString(text)
        const at = snapToCodePoint(units, rng.int(0, len - 1))
        const end = snapToCodePoint(units, at + rng.int(1, Math.min(len - at, 12)))
        if (end > at) text.format(at, end - at, this.format(xml, true))
        break
      }
      case 'embed':
        text.insertEmbed(pos, structuredClone(rng.pick(P.embeds)), rng.chance(0.3) ? this.format(false, false) : undefined)
        break
      case 'delta':
        text.applyDelta(this.delta(indexString(text), xml))
        break
      case 'typeEmbed': {
        const m = new Y.Map()
        text.insertEmbed(pos, m)
        m.set('kind', 'figure')
        m.set('n', rng.int(0, 99))
        break
      }
    }
  }

  format (xml, allowRemoval) {
    const pool = xml ? P.xmlFormats : P.textFormats
    for (;;) {
      const f = this.rng.pick(pool)
      if (allowRemoval || !Object.values(f).includes(null)) return structuredClone(f)
    }
  }

  /** A random Quill-style delta; retain boundaries fall on code points (see snapToCodePoint). */
  delta (units, xml) {
    const rng = this.rng
    const ops = []
    let pos = 0
    const len = units.length
    const steps = rng.int(1, 3)
    for (let s = 0; s < steps; s++) {
      if (pos < len && rng.chance(0.6)) {
        const to = snapToCodePoint(units, rng.int(pos, len))
        if (to > pos) { ops.push({ retain: to - pos }); pos = to }
      }
      const kind = rng.weighted([[50, 'insert'], [pos < len ? 25 : 0, 'delete'], [pos < len ? 25 : 0, 'retainFormat']])
      if (kind === 'insert') {
        const op = { insert: rng.pick(P.texts) }
        if (rng.chance(0.4)) op.attributes = this.format(xml, false)
        ops.push(op)
      } else if (kind === 'delete') {
        // deletions may split a surrogate pair: yjs replaces both halves with U+FFFD on every replica
        const d = rng.int(1, Math.min(len - pos, 8))
        ops.push({ delete: d })
        units = units.slice(0, pos) + units.slice(pos + d)
      } else {
        const to = snapToCodePoint(units, pos + rng.int(1, Math.min(len - pos, 8)))
        if (to > pos) { ops.push({ retain: to - pos, attributes: this.format(xml, true) }); pos = to }
      }
    }
    return ops
  }

  mapOp (map, depth, allowTypes) {
    const rng = this.rng
    const keys = [...map.keys()]
    const op = rng.weighted([[65, 'set'], [keys.length > 0 ? 20 : 0, 'delete'], [keys.length > 0 ? 15 : 0, 'overwrite']])
    if (op === 'delete') {
      map.delete(rng.pick(keys))
      return
    }
    const key = op === 'overwrite' ? rng.pick(keys) : rng.pick(P.mapKeys)
    map.set(key, this.value(depth + 1, allowTypes))
  }

  arrayOp (arr, depth) {
    const rng = this.rng
    const len = arr.length
    const op = rng.weighted([[38, 'insert'], [14, 'push'], [6, 'unshift'], [len > 0 ? 32 : 0, 'delete']])
    if (op === 'delete') {
      const at = rng.int(0, len - 1)
      arr.delete(at, rng.int(1, Math.min(len - at, rng.chance(0.1) ? 30 : 4)))
      return
    }
    const values = []
    const n = rng.weighted([[60, 1], [30, rng.int(2, 4)], [10, rng.int(5, 12)]])
    for (let k = 0; k < n; k++) values.push(this.value(depth + 1, true, true))
    if (op === 'insert') arr.insert(rng.int(0, len), values)
    else if (op === 'push') arr.push(values)
    else arr.unshift(values)
  }

  elementOp (el, depth) {
    const rng = this.rng
    const op = rng.weighted([[30, 'setAttr'], [8, 'removeAttr'], [62, 'children']])
    if (op === 'setAttr') el.setAttribute(rng.pick(P.attrNames), rng.pick(P.attrValues))
    else if (op === 'removeAttr') {
      const names = Object.keys(el.getAttributes())
      if (names.length > 0) el.removeAttribute(rng.pick(names))
    } else this.fragmentOp(el, depth)
  }

  fragmentOp (frag, depth) {
    const rng = this.rng
    const len = frag.length
    const op = rng.weighted([
      [depth < 3 ? 35 : 0, 'element'], [25, 'text'], [3, 'hook'], [len > 0 ? 25 : 0, 'delete']
    ])
    const pos = rng.int(0, len)
    switch (op) {
      case 'element': frag.insert(pos, [this.xmlElement(depth + 1)]); break
      case 'text': frag.insert(pos, [this.xmlText()]); break
      case 'hook': {
        const hook = new Y.XmlHook(rng.pick(['mention', 'comment-anchor']))
        frag.insert(pos, [hook])
        hook.set('user', rng.pick(['alice', '王老师', 'bob']))
        if (rng.chance(0.5)) hook.set('id', rng.int(1, 999))
        break
      }
      case 'delete': {
        const at = rng.int(0, len - 1)
        frag.delete(at, rng.int(1, Math.min(len - at, 3)))
        break
      }
      default:
        frag.insert(pos, [this.xmlText()])
    }
  }

  /** A new XmlElement; attributes sometimes as prelim attributes, children filled after integration. */
  xmlElement (depth) {
    const rng = this.rng
    const el = new Y.XmlElement(rng.pick(P.nodeNames))
    if (rng.chance(0.3)) el.setAttribute(rng.pick(P.attrNames), rng.pick(P.attrValues)) // prelim attrs
    this.after.push(() => {
      const nAttrs = rng.int(0, 2)
      for (let k = 0; k < nAttrs; k++) el.setAttribute(rng.pick(P.attrNames), rng.pick(P.attrValues))
      if (rng.chance(0.7)) el.insert(0, [this.xmlText()])
      if (depth < 3 && rng.chance(0.25)) el.insert(el.length, [this.xmlElement(depth + 1)])
    })
    return el
  }

  xmlText () {
    const rng = this.rng
    if (rng.chance(0.4)) return new Y.XmlText(rng.pick(P.texts)) // prelim text
    const xt = new Y.XmlText()
    this.after.push(() => {
      xt.insert(0, rng.pick(P.texts), rng.chance(0.4) ? this.format(true, false) : undefined)
      if (rng.chance(0.3)) xt.insert(xt.length, rng.pick(P.texts))
      if (rng.chance(0.2) && xt.length > 1) {
        const end = snapToCodePoint(indexString(xt), rng.int(1, xt.length))
        if (end > 0) xt.format(0, end, this.format(true, true))
      }
    })
    return xt
  }

  /**
   * A value for a map entry or array element. Shared types are filled in `this.after`
   * (after they are integrated) or given prelim content. YArray.insert rejects top-level
   * bigint and undefined (YMap.set accepts them), so `forArray` leaves those out.
   */
  value (depth, allowTypes, forArray = false) {
    const rng = this.rng
    const typesOk = allowTypes && depth <= 3
    const kind = rng.weighted([
      [30, 'string'], [24, 'number'], [6, 'bool'], [3, 'null'], [forArray ? 0 : 2, 'undefined'], [6, 'object'], [4, 'array'],
      [5, 'binary'], [forArray ? 0 : 2, 'bigint'],
      [typesOk ? 7 : 0, 'ymap'], [typesOk ? 6 : 0, 'yarray'], [typesOk ? 5 : 0, 'ytext'],
      [typesOk ? 1 : 0, 'yxml'], [allowTypes ? 1.2 : 0, 'subdoc']
    ])
    switch (kind) {
      case 'string': return rng.pick(P.strings)
      case 'number': return this.number()
      case 'bool': return rng.chance(0.5)
      case 'null': return null
      case 'undefined': return undefined
      case 'object': return this.plainObject(0)
      case 'array': return this.plainArray(0)
      case 'binary': return rng.bytes(rng.int(0, 16))
      case 'bigint': return rng.pick(P.bigints)
      case 'ymap': {
        if (rng.chance(0.3)) return new Y.Map([[rng.pick(P.mapKeys), rng.pick(P.strings)], ['n', this.number()]])
        const m = new Y.Map()
        this.after.push(() => {
          const n = rng.int(1, 3)
          for (let k = 0; k < n; k++) m.set(rng.pick(P.mapKeys), this.value(depth + 1, true))
        })
        return m
      }
      case 'yarray': {
        if (rng.chance(0.3)) return Y.Array.from([rng.pick(P.strings), this.number(), true])
        const a = new Y.Array()
        this.after.push(() => {
          const values = []
          const n = rng.int(1, 4)
          for (let k = 0; k < n; k++) values.push(this.value(depth + 1, true, true))
          a.push(values)
        })
        return a
      }
      case 'ytext': {
        if (rng.chance(0.3)) return new Y.Text(rng.pick(P.texts))
        const t = new Y.Text()
        this.after.push(() => {
          t.insert(0, rng.pick(P.texts))
          if (rng.chance(0.5)) t.insert(rng.int(0, t.length), rng.pick(P.texts), this.format(false, false))
        })
        return t
      }
      case 'yxml': {
        const pick = rng.int(0, 2)
        if (pick === 0) return this.xmlElement(depth)
        if (pick === 1) return this.xmlText()
        const frag = new Y.XmlFragment()
        this.after.push(() => frag.insert(0, [this.xmlText(), this.xmlElement(depth + 1)]))
        return frag
      }
      case 'subdoc': {
        this.stats.subdocs++
        /** @type {any} */
        const opts = { guid: `sub-${this.seed}-${rng.hex(6)}` }
        if (rng.chance(0.3)) opts.gc = false
        if (rng.chance(0.3)) opts.autoLoad = true
        if (rng.chance(0.4)) opts.meta = { title: rng.pick(['教案', 'worksheet']), v: rng.int(1, 9) }
        return new Y.Doc(opts)
      }
    }
    throw new Error(`unknown value kind ${kind}`)
  }

  runAfter () {
    const after = this.after
    this.after = []
    for (const fn of after) fn()
  }

  number () {
    const rng = this.rng
    return rng.weighted([
      [50, () => rng.pick(P.numbers)],
      [25, () => rng.int(-100000, 100000)],
      [10, () => Math.round(rng.float() * 1e6) / 100],
      [10, () => rng.float() * 1000],
      [5, () => (rng.int(1, 2 ** 20) * 2 ** 30) * (rng.chance(0.5) ? -1 : 1)]
    ])()
  }

  plainObject (level) {
    const rng = this.rng
    const out = {}
    const n = rng.int(0, 4)
    for (let k = 0; k < n; k++) out[rng.pick(P.objectKeys)] = this.plainValue(level + 1)
    return out
  }

  plainArray (level) {
    const out = []
    const n = this.rng.int(0, 4)
    for (let k = 0; k < n; k++) out.push(this.plainValue(level + 1))
    return out
  }

  /** A JSON-ish value inside a ContentAny object/array: may nest, may hold binary and bigint. */
  plainValue (level) {
    const rng = this.rng
    const kind = rng.weighted([
      [35, 'string'], [30, 'number'], [6, 'bool'], [5, 'null'], [3, 'undefined'], [4, 'binary'], [2, 'bigint'],
      [level < 3 ? 8 : 0, 'object'], [level < 3 ? 7 : 0, 'array']
    ])
    switch (kind) {
      case 'string': return rng.pick(P.strings)
      case 'number': return this.number()
      case 'bool': return rng.chance(0.5)
      case 'null': return null
      case 'undefined': return undefined
      case 'binary': return rng.bytes(rng.int(0, 6))
      case 'bigint': return rng.pick(P.bigints)
      case 'object': return this.plainObject(level)
      default: return this.plainArray(level)
    }
  }
}

/**
 * The text as yjs indexes it: visible string content, and one placeholder per embed/type.
 * @param {Y.Text} text
 */
function indexString (text) {
  let s = ''
  for (let item = text._start; item !== null; item = item.right) {
    if (item.deleted || !item.countable) continue
    s += item.content instanceof Y.ContentString ? item.content.str : '\u0000'
  }
  return s
}

/**
 * Moves an index that falls between the two halves of a surrogate pair back by one.
 * yjs replaces both halves with U+FFFD whenever it splits an item inside a pair
 * (ContentString.splice). Inserts and deletes carry that split to every replica
 * (through origins and delete-set ranges), but a format or retain that turns out to be a
 * no-op splits only the local replica, which then diverges from its peers for good.
 * The generator therefore keeps format/retain boundaries on code points and lets
 * inserts and deletes split pairs freely.
 */
function snapToCodePoint (units, i) {
  if (i <= 0 || i >= units.length) return i
  const hi = units.charCodeAt(i - 1)
  const lo = units.charCodeAt(i)
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff ? i - 1 : i
}
