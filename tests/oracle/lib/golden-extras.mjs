// Non-update fixtures for golden.mjs: relative positions, snapshots, y-protocols messages.
// Each builder returns { files: {name: Uint8Array | object}, readme: [[file, description], ...] }.

import * as Y from 'yjs'
import * as syncProtocol from 'y-protocols/sync'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as encoding from 'lib0/encoding'
import { docWithClient, recordUpdates } from './golden-updates.mjs'
import { dumpDoc } from '../dump.mjs'

const hex = (u8) => Buffer.from(u8).toString('hex')

export function relativePositions () {
  const doc = docWithClient(21)
  const text = doc.getText('text')
  text.insert(0, 'abc')
  const note = new Y.Text()
  doc.getMap('meta').set('note', note)
  note.insert(0, 'xy')
  const cases = [
    ['item-assoc0', text, 1, 0, "index 1 of root text 'abc' -> item form (21,1), assoc 0"],
    ['item-assoc-1', text, 1, -1, 'index 1, assoc -1 -> item form on the char before: (21,0), assoc -1'],
    ['root-end', text, 3, 0, "index 3 (end) of the root text -> root-end form, tname 'text'"],
    ['root-end-assoc-1', text, 3, -1, 'end, assoc -1 -> item form on the last char (21,2)'],
    ['root-start-assoc-1', text, 0, -1, "index 0, assoc -1 -> root form tname 'text', assoc -1"],
    ['nested-item', note, 1, 0, "index 1 of the nested Y.Text meta.note -> item form"],
    ['nested-end', note, 2, 0, 'end of the nested Y.Text -> nested-type-end form (ID of the type\'s item)']
  ]
  const files = { 'relpos.v1.bin': Y.encodeStateAsUpdate(doc), 'relpos.v2.bin': Y.encodeStateAsUpdateV2(doc) }
  const positions = {}
  const readme = [['relpos.v1.bin / relpos.v2.bin', "client 21: root text 'text' = 'abc', map 'meta' with a nested Y.Text 'note' = 'xy' — the document the positions refer to"]]
  for (const [name, type, index, assoc, about] of cases) {
    const rp = Y.createRelativePositionFromTypeIndex(type, index, assoc)
    const bytes = Y.encodeRelativePosition(rp)
    const abs = Y.createAbsolutePositionFromRelativePosition(Y.decodeRelativePosition(bytes), doc)
    if (abs === null || abs.index !== index) throw new Error(`relpos ${name} does not resolve back to ${index}`)
    files[`relpos-${name}.bin`] = bytes
    positions[name] = {
      hex: hex(bytes),
      json: Y.relativePositionToJSON(rp),
      type: type === text ? 'root text' : 'meta.note',
      index,
      assoc,
      resolvesTo: { index: abs.index, assoc: abs.assoc }
    }
    readme.push([`relpos-${name}.bin`, about])
  }
  files['relpos.json'] = { hints: { text: 'text', meta: 'map' }, dump: dumpDoc(loadV1(files['relpos.v1.bin']), { text: 'text', meta: 'map' }), positions }
  readme.push(['relpos.json', 'per position: hex, relativePositionToJSON form, index and assoc it was made from and resolves to; plus the dump of the document'])
  return { files, readme }
}

export function snapshots () {
  const doc = docWithClient(31, false)
  const text = doc.getText('text')
  text.insert(0, 'hello world')
  text.format(0, 5, { bold: true })
  const s1 = Y.snapshot(doc)
  text.delete(6, 5)
  text.insert(6, 'there')
  doc.getArray('list').push(['a', 'b'])
  const s2 = Y.snapshot(doc)
  doc.getArray('list').delete(0, 1)
  const files = {
    'snapshot.v1.bin': Y.encodeStateAsUpdate(doc),
    'snapshot.v2.bin': Y.encodeStateAsUpdateV2(doc)
  }
  const at = {}
  for (const [name, snap] of [['s1', s1], ['s2', s2]]) {
    const v1 = Y.encodeSnapshot(snap)
    const v2 = Y.encodeSnapshotV2(snap)
    if (!Y.equalSnapshots(Y.decodeSnapshot(v1), snap) || !Y.equalSnapshots(Y.decodeSnapshotV2(v2), snap)) throw new Error(`snapshot ${name} does not round-trip`)
    files[`snapshot-${name}.v1.bin`] = v1
    files[`snapshot-${name}.v2.bin`] = v2
    const restored = Y.createDocFromSnapshot(doc, snap, new Y.Doc({ gc: false }))
    at[name] = {
      v1Hex: hex(v1),
      v2Hex: hex(v2),
      text: restored.getText('text').toString(),
      delta: text.toDelta(snap),
      list: restored.getArray('list').toArray()
    }
  }
  const hints = { text: 'text', list: 'array' }
  files['snapshot.json'] = { hints, dump: dumpDoc(loadV1(files['snapshot.v1.bin'], false), hints), at }
  return {
    files,
    readme: [
      ['snapshot.v1.bin / snapshot.v2.bin', "gc off, client 31: text 'hello world' (bold 'hello'), snapshot s1; then 'world' -> 'there', list ['a','b'], snapshot s2; then list[0] deleted — the final state"],
      ['snapshot-s1.v1.bin / .v2.bin, snapshot-s2.*', 'Y.encodeSnapshot / encodeSnapshotV2 of s1 and s2 (delete set, then state vector)'],
      ['snapshot.json', 'final dump, and per snapshot: hex, the text and list at the snapshot (createDocFromSnapshot) and text.toDelta(snapshot)']
    ]
  }
}

export function protocol () {
  const doc = docWithClient(1)
  const ev = recordUpdates(doc)
  doc.getText('text').insert(0, 'abc')
  doc.getText('text').delete(1, 1)
  const step1 = message(e => syncProtocol.writeSyncStep1(e, doc))
  const step2 = message(e => syncProtocol.writeSyncStep2(e, doc, new Uint8Array([0])))
  const partialSv = new Uint8Array([1, 1, 2]) // client 1 up to clock 2
  const step2Partial = message(e => syncProtocol.writeSyncStep2(e, doc, partialSv))
  const update = message(e => syncProtocol.writeUpdate(e, ev[0].v1))
  const framed = (type, payload, lengthPrefixed) => message(e => {
    encoding.writeVarUint(e, type)
    if (lengthPrefixed) encoding.writeVarUint8Array(e, payload)
    else encoding.writeUint8Array(e, payload)
  })

  const awareness = new awarenessProtocol.Awareness(doc)
  awareness.setLocalState({ user: { name: 'a' } })
  const aw1 = awarenessProtocol.encodeAwarenessUpdate(awareness, [1])
  const cursor = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(doc.getText('text'), 1))
  awareness.setLocalState({ user: { name: '王老师', color: '#30bced' }, cursor: { anchor: cursor, head: cursor } })
  const aw2 = awarenessProtocol.encodeAwarenessUpdate(awareness, [1])
  awarenessProtocol.removeAwarenessStates(awareness, [1], 'test')
  const awRemoved = awarenessProtocol.encodeAwarenessUpdate(awareness, [1])
  awareness.destroy()

  const messages = {
    'sync-step1': [step1, 'SyncStep1 (tag 0) with the state vector of the doc (client 1, text abc -> ac)'],
    'sync-step2': [step2, 'SyncStep2 (tag 1) answering an empty state vector: the whole state as a v1 update'],
    'sync-step2-partial': [step2Partial, 'SyncStep2 answering state vector {1: 2}: only what the peer misses'],
    'sync-update': [update, "Update (tag 2) carrying the first update event (insert 'abc')"],
    'ws-sync-step1': [framed(0, step1, false), 'y-websocket frame: varUint(0 = sync) + the SyncStep1 message (no length prefix)'],
    'awareness-update': [aw1, "awareness update: client 1, clock 1, state {user:{name:'a'}}"],
    'awareness-update-2': [aw2, 'awareness update: clock 2, a state with CJK text and a cursor of relativePositionToJSON forms'],
    'awareness-removed': [awRemoved, 'awareness update after removeAwarenessStates: clock 3, state null'],
    'ws-awareness': [framed(1, aw1, true), 'y-websocket frame: varUint(1 = awareness) + varUint8Array(awareness update)']
  }
  const files = {}
  const index = {}
  const readme = []
  for (const [name, [bytes, about]] of Object.entries(messages)) {
    files[`${name}.bin`] = bytes
    index[name] = { hex: hex(bytes), about }
    readme.push([`${name}.bin`, about])
  }
  index.doc = { v1Hex: hex(Y.encodeStateAsUpdate(doc)), text: doc.getText('text').toString() }
  files['protocol.json'] = index
  readme.push(['protocol.json', 'hex and description of every message above, and the document they were made from'])
  return { files, readme }
}

function message (write) {
  const e = encoding.createEncoder()
  write(e)
  return encoding.toUint8Array(e)
}

function loadV1 (update, gc = true) {
  const doc = new Y.Doc({ gc })
  Y.applyUpdate(doc, update)
  return doc
}
