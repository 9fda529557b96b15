// One seeded multi-replica yjs session: random edits on several replicas, partial and
// out-of-order sync, then full sync. Every `update`/`updateV2` event of every replica is
// recorded in generation order. Deterministic per seed (the only randomness is Prng).

import * as Y from 'yjs'
import { Prng } from './prng.mjs'
import { Editor } from './edits.mjs'

/** Root names and their kinds; `content` is always present, the rest are drawn per seed. */
const OPTIONAL_ROOTS = [
  ['meta', 'map', 0.85],
  ['list', 'array', 0.85],
  ['xml', 'xml', 0.7]
]
const EXTRA_ROOTS = [['备课记录', 'map'], ['notes', 'text'], ['outline', 'xml'], ['items', 'array']]

/**
 * @typedef {{replica: number, local: boolean, v1: Uint8Array, v2: Uint8Array}} UpdateEvent
 * @typedef {{
 *   seed: number, gc: boolean, clientIds: number[], hints: Record<string, string>,
 *   replicas: Y.Doc[], events: UpdateEvent[],
 *   partial: {replica: number, atOp: number, sv: Uint8Array, state: Uint8Array},
 *   stats: Record<string, number>
 * }} Session
 */

/**
 * @param {number} seed
 * @returns {Session}
 */
export function generateSession (seed) {
  return new SessionBuilder(seed).run()
}

class SessionBuilder {
  constructor (seed) {
    this.seed = seed
    const rng = (this.rng = new Prng(seed))
    this.gc = rng.chance(0.8)
    const n = rng.int(2, 5)
    this.clientIds = drawClientIds(rng, n)
    /** @type {Record<string, string>} */
    this.hints = { content: 'text' }
    for (const [name, kind, p] of OPTIONAL_ROOTS) if (rng.chance(p)) this.hints[name] = kind
    if (rng.chance(0.2)) {
      const [name, kind] = rng.pick(EXTRA_ROOTS)
      this.hints[name] = kind
    }
    // a root some replica touches but never writes: absent from every update
    this.unwrittenRoot = rng.chance(0.1) ? 'unused' : null
    if (this.unwrittenRoot) this.hints[this.unwrittenRoot] = 'map'
    this.rootNames = Object.keys(this.hints).filter(r => r !== this.unwrittenRoot)

    /** @type {UpdateEvent[]} */
    this.events = []
    this.replicas = this.clientIds.map((id, i) => this.makeReplica(id, i))
    /** outbox[i][j]: local update events of i not yet forwarded to j */
    this.outbox = this.replicas.map(() => this.replicas.map(() => /** @type {UpdateEvent[]} */ ([])))
    this.stats = { ops: 0, transactions: 0, forwards: 0, forwardedUpdates: 0, duplicates: 0, mergedForwards: 0, diffSyncs: 0, v2Applies: 0, subdocs: 0, pendingSeen: 0 }
    this.opsTarget = rng.chance(0.1) ? rng.int(300, 900) : rng.int(30, 250)
    this.partialAt = rng.int(Math.floor(this.opsTarget * 0.2), Math.floor(this.opsTarget * 0.8))
    this.partial = null
    this.editor = new Editor(rng, seed, this.stats)
  }

  makeReplica (clientId, index) {
    const doc = new Y.Doc({ gc: this.gc })
    doc.clientID = clientId
    /** @type {any} */
    let v1 = null
    doc.on('update', (update, _origin, _doc, tr) => {
      if (v1 !== null) throw new Error('update event without its updateV2 event')
      v1 = { update, local: tr.local }
    })
    doc.on('updateV2', update => {
      if (v1 === null) throw new Error('updateV2 event without its update event')
      const ev = { replica: index, local: v1.local, v1: v1.update, v2: update }
      v1 = null
      this.events.push(ev)
      if (ev.local) {
        for (let j = 0; j < this.clientIds.length; j++) if (j !== index) this.outbox[index][j].push(ev)
      }
    })
    if (index === 0 && this.unwrittenRoot) doc.getMap(this.unwrittenRoot)
    return doc
  }

  root (doc, name) {
    switch (this.hints[name]) {
      case 'text': return doc.getText(name)
      case 'map': return doc.getMap(name)
      case 'array': return doc.getArray(name)
      case 'xml': return doc.getXmlFragment(name)
    }
    throw new Error(`unknown root ${name}`)
  }

  run () {
    const rng = this.rng
    while (this.stats.ops < this.opsTarget) {
      const action = rng.weighted([[72, 'edit'], [18, 'forward'], [10, 'diff']])
      if (action === 'edit') this.editTransaction()
      else if (action === 'forward') this.forward()
      else this.diffSync(rng.int(0, this.replicas.length - 1), rng.int(0, this.replicas.length - 1))
      if (this.partial === null && this.stats.ops >= this.partialAt) this.takePartial()
      for (const d of this.replicas) if (d.store.pendingStructs !== null || d.store.pendingDs !== null) this.stats.pendingSeen++
    }
    if (this.partial === null) this.takePartial()
    this.fullSync()
    return {
      seed: this.seed,
      gc: this.gc,
      clientIds: this.clientIds,
      hints: this.hints,
      replicas: this.replicas,
      events: this.events,
      partial: this.partial,
      stats: this.stats
    }
  }

  takePartial () {
    const r = this.rng.int(0, this.replicas.length - 1)
    const doc = this.replicas[r]
    this.partial = { replica: r, atOp: this.stats.ops, sv: Y.encodeStateVector(doc), state: Y.encodeStateAsUpdate(doc) }
  }

  // ---------------------------------------------------------------- sync

  /** Deliver some of i's queued local updates to j: subset, maybe shuffled, duplicated, merged, v1 or v2. */
  forward () {
    const rng = this.rng
    const n = this.replicas.length
    const i = rng.int(0, n - 1)
    let j = rng.int(0, n - 2)
    if (j >= i) j++
    const box = this.outbox[i][j]
    if (box.length === 0) return
    const take = rng.chance(0.5) ? box.length : rng.int(1, box.length)
    const batch = box.splice(0, take)
    if (rng.chance(0.5)) rng.shuffle(batch)
    // hold one back for later (delivered out of order)
    if (batch.length > 1 && rng.chance(0.2)) box.push(batch.splice(rng.int(0, batch.length - 1), 1)[0])
    for (let k = batch.length - 1; k >= 0; k--) {
      if (rng.chance(0.08)) { batch.splice(rng.int(0, batch.length), 0, batch[k]); this.stats.duplicates++ }
    }
    this.stats.forwards++
    this.stats.forwardedUpdates += batch.length
    const target = this.replicas[j]
    const useV2 = rng.chance(0.3)
    if (useV2) this.stats.v2Applies++
    if (batch.length > 1 && rng.chance(0.15)) {
      this.stats.mergedForwards++
      if (useV2) Y.applyUpdateV2(target, Y.mergeUpdatesV2(batch.map(e => e.v2)), 'remote')
      else Y.applyUpdate(target, Y.mergeUpdates(batch.map(e => e.v1)), 'remote')
      return
    }
    for (const ev of batch) {
      if (useV2) Y.applyUpdateV2(target, ev.v2, 'remote')
      else Y.applyUpdate(target, ev.v1, 'remote')
    }
  }

  /** from → to: the state-vector diff, as a sync step 2 would carry it. */
  diffSync (from, to) {
    if (from === to) return
    this.stats.diffSyncs++
    const a = this.replicas[from]
    const b = this.replicas[to]
    if (this.rng.chance(0.3)) {
      this.stats.v2Applies++
      Y.applyUpdateV2(b, Y.encodeStateAsUpdateV2(a, Y.encodeStateVector(b)), 'remote')
    } else {
      Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'remote')
    }
  }

  fullSync () {
    const n = this.replicas.length
    for (let pass = 0; pass < 4; pass++) {
      for (let j = 1; j < n; j++) this.diffSync(j, 0)
      for (let j = 1; j < n; j++) this.diffSync(0, j)
      if (this.converged()) return
    }
    throw new Error(`seed ${this.seed}: replicas did not converge after full sync`)
  }

  converged () {
    const sv0 = Buffer.from(Y.encodeStateVector(this.replicas[0]))
    return this.replicas.every(d =>
      d.store.pendingStructs === null && d.store.pendingDs === null &&
      sv0.equals(Y.encodeStateVector(d)))
  }

  // ---------------------------------------------------------------- edits

  editTransaction () {
    const rng = this.rng
    const r = rng.int(0, this.replicas.length - 1)
    const doc = this.replicas[r]
    const count = rng.weighted([[60, 1], [25, rng.int(2, 3)], [15, rng.int(4, 8)]])
    this.stats.transactions++
    doc.transact(() => {
      for (let k = 0; k < count; k++) {
        this.editOnce(doc)
        this.stats.ops++
      }
    })
  }

  editOnce (doc) {
    const rng = this.rng
    let target
    if (rng.chance(0.5)) {
      target = { type: this.root(doc, rng.pick(this.rootNames)), depth: 0 }
    } else {
      const targets = this.collectTargets(doc)
      target = rng.pick(targets)
    }
    this.editor.edit(target.type, target.depth)
  }

  /** Every live shared type reachable from the roots through maps, arrays and xml children. */
  collectTargets (doc) {
    /** @type {Array<{type: any, depth: number}>} */
    const out = []
    const walk = (type, depth) => {
      out.push({ type, depth })
      /** @type {any[]} */
      let children = []
      if (type instanceof Y.Map) children = [...type.values()]
      else if (type instanceof Y.Array || type instanceof Y.XmlFragment) children = type.toArray()
      for (const c of children) if (c instanceof Y.AbstractType) walk(c, depth + 1)
    }
    for (const name of this.rootNames) walk(this.root(doc, name), 0)
    return out
  }
}

/** Distinct client ids: mostly uint32 like yjs, sometimes tiny or above 2^32 (peers may send up to 2^53-1). */
function drawClientIds (rng, n) {
  const ids = new Set()
  while (ids.size < n) {
    const id = rng.weighted([
      [85, () => rng.next()],
      [7, () => rng.int(0, 9)],
      [8, () => rng.next() * 2 ** 21 + (rng.next() & 0x1fffff)] // up to 2^53-1
    ])()
    ids.add(id)
  }
  return [...ids]
}
