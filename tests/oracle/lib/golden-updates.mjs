// Update fixtures for golden.mjs: small documents built with fixed client ids, one per
// struct/content kind. Each builder returns
//   { name, about, hints, gc, v1, v2 }   (v1/v2 = the update the fixture is about)
// golden.mjs writes NAME.v1.bin, NAME.v2.bin and NAME.json (dumpDoc of a fresh doc that
// applied NAME.v1.bin, checked to be the same with NAME.v2.bin).

import * as Y from 'yjs'

/** @param {number} clientID @param {boolean} [gc] */
export function docWithClient (clientID, gc = true) {
  const doc = new Y.Doc({ gc })
  doc.clientID = clientID
  return doc
}

const state = (doc) => ({ v1: Y.encodeStateAsUpdate(doc), v2: Y.encodeStateAsUpdateV2(doc) })

/** Records the update events of a doc: [{v1, v2}] per transaction. */
export function recordUpdates (doc) {
  const events = []
  doc.on('update', u => events.push({ v1: u }))
  doc.on('updateV2', u => { events[events.length - 1].v2 = u })
  return events
}

/** Syncs all docs with each other (state-vector diffs, twice round). */
export function syncAll (docs) {
  for (let pass = 0; pass < 2; pass++) {
    for (const a of docs) {
      for (const b of docs) if (a !== b) Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)))
    }
  }
}

/**
 * A V2 encoder with the key back-references of UpdateEncoderV2.writeKey switched on
 * (yjs 13.6 leaves `keyMap.set` commented out, so its own updates never reuse keys, but
 * UpdateDecoderV2.readKey must resolve them).
 */
class KeyDedupEncoderV2 extends Y.UpdateEncoderV2 {
  writeKey (key) {
    const clock = this.keyMap.get(key)
    if (clock === undefined) {
      this.keyMap.set(key, this.keyClock)
      this.keyClockEncoder.write(this.keyClock++)
      this.stringEncoder.write(key)
    } else {
      this.keyClockEncoder.write(clock)
    }
  }
}

/** Inserts legacy ContentJSON (ref 2) the way pre-13 yjs wrote it: an Item built by hand. */
function insertContentJson (doc, parent, parentSub, values) {
  doc.transact(tr => {
    let left = null
    if (parentSub === null) {
      for (let n = parent._start; n !== null; n = n.right) left = n
    }
    const id = Y.createID(doc.clientID, Y.getState(doc.store, doc.clientID))
    const item = new Y.Item(id, left, left && left.lastId, null, null, parent, parentSub, new Y.ContentJSON(values))
    item.integrate(tr, 0)
  })
}

export const updateFixtures = [
  function textBasic () {
    const doc = docWithClient(1)
    doc.getText('text').insert(0, 'abc')
    doc.getText('text').delete(1, 1)
    return { name: 'text-basic', about: "client 1: Y.Text 'text' insert 'abc', delete(1,1) — the annotated example of YJS-FORMATS.md 1.11 (String, ContentDeleted, delete set)", hints: { text: 'text' }, ...state(doc) }
  },

  function gcStructs () {
    const doc = docWithClient(7)
    const list = doc.getArray('list')
    list.push(['keep'])
    const m = new Y.Map()
    const t = new Y.Text()
    list.push([m, t])
    m.set('a', 1)
    m.set('b', 'x')
    t.insert(0, 'hello')
    list.delete(1, 2)
    return { name: 'gc', about: "gc on, client 7: root array 'list' = ['keep', Y.Map{a,b}, Y.Text 'hello'], then the two types deleted: their items become ContentDeleted (ref 1) and their children GC structs (ref 0)", hints: { list: 'array' }, ...state(doc) }
  },

  function skip () {
    const doc = docWithClient(3)
    const ev = recordUpdates(doc)
    const text = doc.getText('text')
    text.insert(0, 'a')
    text.insert(1, 'b')
    text.insert(2, 'c')
    return {
      name: 'skip',
      about: "client 3 typed 'a','b','c' in three transactions; mergeUpdates(update 1, update 3) leaves a gap at clock 1, written as a Skip struct (ref 10). Applied to a fresh doc, 'c' waits in pendingStructs, so the dump shows 'a'",
      hints: { text: 'text' },
      v1: Y.mergeUpdates([ev[0].v1, ev[2].v1]),
      v2: Y.mergeUpdatesV2([ev[0].v2, ev[2].v2])
    }
  },

  function contentDeleted () {
    const doc = docWithClient(5)
    doc.getText('text').insert(0, 'hello world')
    doc.getText('text').delete(5, 6)
    const meta = doc.getMap('meta')
    meta.set('k', 'v1')
    meta.set('k', 'v2')
    return { name: 'content-deleted', about: "gc on, client 5: text 'hello world' minus ' world', and map key 'k' overwritten ('v1' -> 'v2'); deleted content is kept as ContentDeleted (ref 1)", hints: { text: 'text', meta: 'map' }, ...state(doc) }
  },

  function deletedNoGc () {
    const doc = docWithClient(6, false)
    doc.getText('text').insert(0, 'hello world')
    doc.getText('text').delete(5, 6)
    const list = doc.getArray('list')
    list.push([1, new Y.Map()])
    list.delete(0, 2)
    return { name: 'deleted-nogc', about: 'gc off, client 6: the same deletions as content-deleted plus a deleted Y.Map, but the deleted strings/types stay in the update (no ContentDeleted, no GC)', gc: false, hints: { text: 'text', list: 'array' }, ...state(doc) }
  },

  function jsonLegacy () {
    const doc = docWithClient(9)
    insertContentJson(doc, doc.getArray('legacy'), null, [{ a: 1, b: [true, null] }, 'str', 42, 0.5, null, undefined])
    insertContentJson(doc, doc.getMap('legacyMap'), 'k', [{ nested: { x: '集' } }])
    return { name: 'json', about: "client 9: legacy ContentJSON (ref 2), made by integrating `new Y.Item(..., new Y.ContentJSON([...]))` by hand (yjs 13 never writes it itself): array 'legacy' = [{a:1,b:[true,null]}, 'str', 42, 0.5, null, undefined] (undefined is written as the string \"undefined\"), map 'legacyMap'.k", hints: { legacy: 'array', legacyMap: 'map' }, ...state(doc) }
  },

  function binary () {
    const doc = docWithClient(10)
    const meta = doc.getMap('meta')
    meta.set('bin', new Uint8Array([0, 1, 2, 255]))
    meta.set('empty', new Uint8Array(0))
    doc.getArray('list').push([new Uint8Array([9, 8, 7]), 'x'])
    return { name: 'binary', about: 'client 10: ContentBinary (ref 3) as map values (incl. an empty one) and as an array element', hints: { meta: 'map', list: 'array' }, ...state(doc) }
  },

  function stringUnicode () {
    const doc = docWithClient(11)
    const t = doc.getText('备课')
    t.insert(0, '集体备课 😀 👩‍🏫 résumé')
    t.delete(6, 1) // the second half of 😀: both halves become U+FFFD
    return { name: 'string', about: "client 11: ContentString (ref 4) with CJK, emoji, a ZWJ sequence and combining text in root '备课' (UTF-8 root name); delete(6,1) splits 😀 so yjs turns the remaining half into U+FFFD", hints: { 备课: 'text' }, ...state(doc) }
  },

  function embed () {
    const doc = docWithClient(12)
    const t = doc.getText('text')
    t.insert(0, 'ab')
    t.insertEmbed(1, { image: 'x.png', width: 300 })
    t.insertEmbed(3, { formula: 'e=mc^2' }, { bold: true })
    return { name: 'embed', about: 'client 12: ContentEmbed (ref 5) objects in a Y.Text, one with a format around it (toString ignores embeds)', hints: { text: 'text' }, ...state(doc) }
  },

  function format () {
    const doc = docWithClient(13)
    const t = doc.getText('text')
    t.insert(0, 'Hello world')
    t.format(0, 5, { bold: true })
    t.format(6, 5, { link: 'https://lessonstudy.example/p/1' })
    t.format(0, 2, { bold: null })
    t.insert(11, '!', { italic: true, header: 1, comment: { id: 'c1', by: '王' } })
    return { name: 'format', about: 'client 13: ContentFormat (ref 6): bold, link, bold removed again (null), and an insert with italic/header/object-valued attributes', hints: { text: 'text' }, ...state(doc) }
  },

  function types () {
    const doc = docWithClient(14)
    const m = doc.getMap('types')
    const arr = new Y.Array()
    const map = new Y.Map()
    const text = new Y.Text()
    const el = new Y.XmlElement('p')
    const frag = new Y.XmlFragment()
    const hook = new Y.XmlHook('mention')
    const xtext = new Y.XmlText()
    m.set('array', arr) // typeRef 0
    m.set('map', map) // 1
    m.set('text', text) // 2
    m.set('xmlElement', el) // 3 (+ nodeName)
    m.set('xmlFragment', frag) // 4
    m.set('xmlHook', hook) // 5 (+ hookName)
    m.set('xmlText', xtext) // 6
    arr.push([1])
    map.set('k', 'v')
    text.insert(0, 't')
    el.setAttribute('class', 'c')
    frag.insert(0, [new Y.XmlText('f')])
    hook.set('user', 'alice')
    xtext.insert(0, 'x', { bold: true })
    return { name: 'types', about: "client 14: ContentType (ref 7) with all 7 type refs as values of root map 'types': YArray 0, YMap 1, YText 2, YXmlElement 3, YXmlFragment 4, YXmlHook 5, YXmlText 6 (an XmlHook nested in a map dumps as an object)", hints: { types: 'map' }, ...state(doc) }
  },

  function any () {
    const doc = docWithClient(15)
    const m = doc.getMap('any')
    const values = {
      undefined, null: null, int: 42, negInt: -5, negZero: -0, int31max: 2 ** 31 - 1, int31min: -(2 ** 31),
      float32_2p31: 2 ** 31, float32_half: 0.5, float32_1e10: 1e10, float64_0_1: 0.1, nan: NaN, infinity: Infinity,
      max53: 2 ** 53 - 1, bigint: 2n ** 62n, bigintMin: -(2n ** 63n), false: false, true: true, string: '集体备课😀',
      object: { b: 1, 1: 2, 0: 3 }, array: [1, 'x', null, [true], {}], bytesInAny: { data: new Uint8Array([1, 2, 3]) },
      deep: { a: { b: { c: [undefined, -0, 1e21] } } }
    }
    for (const [k, v] of Object.entries(values)) m.set(k, v)
    doc.getArray('anyList').push([1, 0.5, 0.1, 'x', true, false, null, { a: { b: { c: 1 } } }, [], 2 ** 31])
    return { name: 'any', about: "client 15: ContentAny (ref 8) with every writeAny tag (127 undefined .. 116 Uint8Array): ints vs float32 (2^31, 0.5, 1e10) vs float64 (0.1, NaN), -0, bigint, objects with integer-like keys {b:1,1:2,0:3} (written in JS key order 0,1,b), nested values; plus one multi-element ContentAny in array 'anyList'", hints: { any: 'map', anyList: 'array' }, ...state(doc) }
  },

  function subdoc () {
    const doc = docWithClient(16)
    const docs = doc.getMap('docs')
    docs.set('plan', new Y.Doc({ guid: 'plan-guid-1', meta: { title: '教案', v: 1 }, autoLoad: true, gc: false }))
    docs.set('plain', new Y.Doc({ guid: 'plain-guid-2' }))
    doc.getArray('attachments').push([new Y.Doc({ guid: 'att-3', autoLoad: true })])
    return { name: 'doc', about: "client 16: ContentDoc (ref 9): subdocuments with guid and opts {gc:false, autoLoad:true, meta:{...}}, with empty opts {}, and one in an array; dumped as {\"$doc\": guid}", hints: { docs: 'map', attachments: 'array' }, ...state(doc) }
  },

  function xml () {
    const doc = docWithClient(17)
    const frag = doc.getXmlFragment('prosemirror')
    const p = new Y.XmlElement('paragraph')
    const h = new Y.XmlElement('heading')
    const list = new Y.XmlElement('bullet_list')
    frag.insert(0, [h, p, list, new Y.XmlHook('mention')])
    h.setAttribute('level', 2)
    h.insert(0, [new Y.XmlText('集体备课')])
    p.setAttribute('align', 'center')
    const t = new Y.XmlText()
    p.insert(0, [t])
    t.insert(0, 'Hello ')
    t.insert(6, 'world', { bold: true })
    t.insert(11, '!', { link: { href: 'https://lessonstudy.example' } })
    const li = new Y.XmlElement('list_item')
    list.insert(0, [li])
    li.insert(0, [new Y.XmlText('one')])
    return { name: 'xml', about: "client 17: XmlFragment 'prosemirror' with elements (string and number attributes), formatted XmlText (marks become tags in toString), nesting, and an XmlHook (toString prints it as [object Object])", hints: { prosemirror: 'xml' }, ...state(doc) }
  },

  function mapConflict () {
    const a = docWithClient(1)
    const b = docWithClient(2)
    a.getMap('meta').set('title', 'from 1')
    b.getMap('meta').set('title', 'from 2')
    a.getMap('meta').set('only1', true)
    syncAll([a, b])
    a.getMap('meta').set('title', 'after sync')
    syncAll([a, b])
    return { name: 'map-conflict', about: "clients 1 and 2 set map key 'title' concurrently (the higher client id wins), then client 1 overwrites it (info 0xa8: origin + parentSub flag, the key taken from the origin)", hints: { meta: 'map' }, ...state(a) }
  },

  function concurrentText () {
    const docs = [docWithClient(1), docWithClient(2), docWithClient(3)]
    docs[0].getText('text').insert(0, 'xy')
    syncAll(docs)
    docs[0].getText('text').insert(1, 'A')
    docs[1].getText('text').insert(1, 'B')
    docs[2].getText('text').insert(1, 'C')
    docs[2].getText('text').delete(0, 1)
    docs[1].getText('text').insert(2, 'end')
    syncAll(docs)
    return { name: 'concurrent-text', about: "clients 1, 2, 3 insert at the same position of 'xy' concurrently, one deletes 'x'; after sync all read the YATA order", hints: { text: 'text' }, ...state(docs[0]) }
  },

  function keyDedupV2 () {
    const doc = docWithClient(18)
    const t = doc.getText('text')
    t.insert(0, 'one two three four')
    t.format(0, 3, { bold: true })
    t.format(4, 3, { bold: true })
    t.format(8, 5, { bold: true, italic: true })
    const frag = doc.getXmlFragment('xml')
    frag.insert(0, [new Y.XmlElement('p'), new Y.XmlElement('p'), new Y.XmlElement('p')])
    return {
      name: 'v2-key-dedup',
      about: "client 18: formats reusing the key 'bold' and three XmlElement 'p'. NAME.v2.bin is written by a V2 encoder with writeKey back-references switched on (keyClock < keys read so far => reuse); yjs 13.6 itself never writes them but must read them. NAME.v1.bin is the ordinary v1 state",
      hints: { text: 'text', xml: 'xml' },
      v1: Y.encodeStateAsUpdate(doc),
      v2: Y.encodeStateAsUpdateV2(doc, undefined, new KeyDedupEncoderV2())
    }
  },

  function clientIds () {
    const a = docWithClient(0)
    const b = docWithClient(2 ** 53 - 1)
    const c = docWithClient(2 ** 32)
    a.getText('text').insert(0, 'zero ')
    b.getText('text').insert(0, 'max ')
    c.getText('text').insert(0, 'big ')
    syncAll([a, b, c])
    return { name: 'client-ids', about: 'client ids 0, 2^32 and 2^53-1 (the largest varUint yjs writes): clients sorted descending in the update', hints: { text: 'text' }, ...state(a) }
  },

  function empty () {
    const doc = docWithClient(19)
    return { name: 'empty', about: 'an empty document: v1 = 00 00, v2 = 13 bytes', hints: {}, ...state(doc) }
  }
]
