// Generates UpdateGoldenCases.g.cs from the real yjs (13.6.33).
// Run from a folder whose node_modules has yjs: node generate.mjs path/to/UpdateGoldenCases.g.cs
import * as Y from 'yjs'
import { writeFileSync } from 'node:fs'

const hex = u => Buffer.from(u).toString('hex')
const cases = []
const add = (name, op, inputs, extra, output) => cases.push({ name, op, inputs: inputs.map(hex), extra: extra ? hex(extra) : '', output: hex(output) })

// A few documents whose update events cover every content kind, concurrency, deletes and GC.
const makeDoc = (client, gc = true) => { const d = new Y.Doc({ gc }); d.clientID = client; return d }
const record = (doc) => { const v1 = []; const v2 = []; doc.on('update', u => v1.push(u)); doc.on('updateV2', u => v2.push(u)); return { v1, v2 } }

// 1. text abc -> ac (YJS-FORMATS.md 1.11)
{
  const d = makeDoc(1); const r = record(d)
  const t = d.getText('text'); t.insert(0, 'abc'); t.delete(1, 1)
  add('text_events', 'merge', r.v1, null, Y.mergeUpdates(r.v1))
  add('text_events', 'mergeV2', r.v2, null, Y.mergeUpdatesV2(r.v2))
  const full = Y.encodeStateAsUpdate(d)
  add('text_full', 'v1tov2', [full], null, Y.convertUpdateFormatV1ToV2(full))
  add('text_full', 'sv', [full], null, Y.encodeStateVectorFromUpdate(full))
  add('text_full_sv12', 'diff', [full], new Uint8Array([1, 1, 2]), Y.diffUpdate(full, new Uint8Array([1, 1, 2])))
}

// 2. two peers, every content kind, concurrent edits, exchanged updates
const peers = () => {
  const a = makeDoc(10); const b = makeDoc(7)
  const ra = record(a); const rb = record(b)
  const sync = () => { Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b))); Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a))) }
  a.getText('t').insert(0, 'hello world', { bold: true })
  a.getText('t').insertEmbed(5, { image: 'x.png' })
  b.getArray('arr').insert(0, [1, 'two', { three: 3 }, null, 2.5, new Uint8Array([1, 2])])
  b.getMap('m').set('k', 'v')
  b.getMap('m').set('k', 'w')
  sync()
  a.getText('t').format(0, 3, { italic: true })
  b.getText('t').insert(2, 'XY')
  b.getText('t').delete(0, 1)
  a.getMap('m').set('nested', new Y.Map())
  a.getMap('m').get('nested').set('deep', [1, 2])
  const frag = a.getXmlFragment('x')
  const el = new Y.XmlElement('p'); frag.insert(0, [el]); el.setAttribute('class', 'c'); el.insert(0, [new Y.XmlText('xt')])
  frag.insert(1, [new Y.XmlHook('hk')])
  b.getArray('arr').delete(1, 2)
  b.getArray('arr').insert(0, [new Y.Doc({ guid: 'sub' })])
  sync()
  a.getMap('m').delete('nested')
  b.getArray('arr').insert(3, ['late'])
  sync()
  return { a, b, ra, rb }
}
{
  const { a, b, ra, rb } = peers()
  const all = [...ra.v1, ...rb.v1]
  const allV2 = [...ra.v2, ...rb.v2]
  add('peers_events', 'merge', all, null, Y.mergeUpdates(all))
  add('peers_events', 'mergeV2', allV2, null, Y.mergeUpdatesV2(allV2))
  const rev = [...all].reverse()
  add('peers_events_reversed', 'merge', rev, null, Y.mergeUpdates(rev))
  const fullA = Y.encodeStateAsUpdate(a)
  const fullB = Y.encodeStateAsUpdate(b)
  add('peers_fullA', 'v1tov2', [fullA], null, Y.convertUpdateFormatV1ToV2(fullA))
  add('peers_fullA_v2', 'v2tov1', [Y.encodeStateAsUpdateV2(a)], null, Y.convertUpdateFormatV2ToV1(Y.encodeStateAsUpdateV2(a)))
  add('peers_fullA', 'sv', [fullA], null, Y.encodeStateVectorFromUpdate(fullA))
  add('peers_fullA_v2', 'svV2', [Y.encodeStateAsUpdateV2(a)], null, Y.encodeStateVectorFromUpdateV2(Y.encodeStateAsUpdateV2(a)))
  // overlapping merges: full states with events (duplicates, ties with different struct boundaries)
  const overl = [fullA, ...ra.v1, fullB, ...rb.v1]
  add('peers_overlap', 'merge', overl, null, Y.mergeUpdates(overl))
  const overl2 = [...rb.v1, fullB, ...ra.v1, fullA]
  add('peers_overlap2', 'merge', overl2, null, Y.mergeUpdates(overl2))
  // gaps: every second event only
  const gaps = all.filter((_, i) => i % 2 === 0)
  const merged = Y.mergeUpdates(gaps)
  add('peers_gaps', 'merge', gaps, null, merged)
  add('peers_gaps_merged', 'sv', [merged], null, Y.encodeStateVectorFromUpdate(merged))
  add('peers_gaps_merged', 'v1tov2', [merged], null, Y.convertUpdateFormatV1ToV2(merged))
  const m = Y.parseUpdateMeta(merged)
  add('peers_gaps_merged', 'meta', [merged], null, new TextEncoder().encode(JSON.stringify([[...m.from], [...m.to]])))
  // diffs against several state vectors
  const svs = [new Uint8Array([0]), Y.encodeStateVector(makeDoc(99)), new Uint8Array([1, 10, 4]), new Uint8Array([2, 10, 6, 7, 3]), new Uint8Array([2, 7, 100, 10, 100]), new Uint8Array([1, 7, 5])]
  svs.forEach((sv, i) => {
    add('peers_fullA_sv' + i, 'diff', [fullA], sv, Y.diffUpdate(fullA, sv))
    add('peers_merged_gaps_sv' + i, 'diff', [merged], sv, Y.diffUpdate(merged, sv))
    const v2 = Y.encodeStateAsUpdateV2(a)
    add('peers_fullA_v2_sv' + i, 'diffV2', [v2], sv, Y.diffUpdateV2(v2, sv))
  })
}
// 3. GC structs (no gc: false) merged with overlapping updates
{
  const d = makeDoc(3); const r = record(d)
  const arr = d.getArray('a')
  for (let i = 0; i < 4; i++) { arr.insert(0, [new Y.Map()]); arr.get(0).set('x', i) }
  arr.delete(1, 2)
  const full = Y.encodeStateAsUpdate(d)
  add('gc_full_events', 'merge', [full, ...r.v1], null, Y.mergeUpdates([full, ...r.v1]))
  add('gc_events_full', 'merge', [...r.v1, full], null, Y.mergeUpdates([...r.v1, full]))
  const d2 = makeDoc(3); Y.applyUpdate(d2, r.v1[0]); Y.applyUpdate(d2, r.v1[1])
  const part = Y.encodeStateAsUpdate(d2)
  add('gc_full_part', 'merge', [part, full, part], null, Y.mergeUpdates([part, full, part]))
  add('gc_full', 'v1tov2', [full], null, Y.convertUpdateFormatV1ToV2(full))
}
// 4. typing one char at a time (merge of many single-edit updates)
{
  const d = makeDoc(5); const r = record(d)
  const t = d.getText('t')
  const s = 'The quick brown fox'
  for (let i = 0; i < s.length; i++) t.insert(i, s[i])
  t.delete(4, 6)
  t.insert(0, '>')
  add('typing', 'merge', r.v1, null, Y.mergeUpdates(r.v1))
  add('typing', 'mergeV2', r.v2, null, Y.mergeUpdatesV2(r.v2))
  const half = Y.mergeUpdates(r.v1.slice(0, 10))
  add('typing_halves', 'merge', [half, Y.mergeUpdates(r.v1.slice(5))], null, Y.mergeUpdates([half, Y.mergeUpdates(r.v1.slice(5))]))
}
// 5. empty inputs
add('empty_list', 'merge', [], null, Y.mergeUpdates([]))
add('empty_two', 'merge', [new Uint8Array([0, 0]), new Uint8Array([0, 0])], null, Y.mergeUpdates([new Uint8Array([0, 0]), new Uint8Array([0, 0])]))

const out = []
out.push('// <auto-generated> by Golden/generate.mjs from yjs 13.6.33; do not edit. </auto-generated>')
out.push('namespace LessonStudy.Crdt.Tests.Updates;')
out.push('')
out.push('internal static class UpdateGoldenCases')
out.push('{')
out.push('    /// <summary>(name, operation, inputs, extra (state vector or meta), expected output), all hex.</summary>')
out.push('    public static readonly (string Name, string Op, string[] Inputs, string Extra, string Output)[] All =')
out.push('    [')
for (const c of cases) {
  out.push(`        ("${c.name}", "${c.op}", [${c.inputs.map(i => `"${i}"`).join(', ')}], "${c.extra}", "${c.output}"),`)
}
out.push('    ];')
out.push('}')
writeFileSync(process.argv[2], out.join('\n') + '\n')
