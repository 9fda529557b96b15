#!/usr/bin/env node
// golden.mjs [--out DIR] [--check]
//   Writes the golden fixtures the C# unit tests read (default DIR = tests/oracle/golden,
//   committed). Deterministic: fixed client ids, no randomness — running it again must
//   leave `git status` clean. `--check` regenerates into a temp folder and fails if
//   anything differs from DIR (use it in CI to catch a changed yjs).
//   Also asserts the measured examples of /work/shared/YJS-FORMATS.md (1.6, 1.8, 1.9, 1.11).

import * as Y from 'yjs'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from './lib/args.mjs'
import { dumpDoc, diffJson } from './dump.mjs'
import { updateFixtures } from './lib/golden-updates.mjs'
import { relativePositions, snapshots, protocol } from './lib/golden-extras.mjs'
import { writeGoldenReadme } from './lib/golden-readme.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const args = parseArgs(process.argv.slice(2), { out: 'string', check: 'boolean' }, { out: path.join(here, 'golden') })
const outDir = path.resolve(args.out)

if (args.check) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'golden-'))
  writeAll(tmp)
  const diffs = compareDirs(tmp, outDir)
  fs.rmSync(tmp, { recursive: true, force: true })
  for (const d of diffs) console.log(`FAIL golden ${d}`)
  console.log(`golden --check: ${diffs.length === 0 ? 'up to date' : `${diffs.length} differences`} (${outDir})`)
  process.exit(diffs.length === 0 ? 0 : 1)
} else {
  const { count, bytes } = writeAll(outDir)
  console.log(`golden: ${count} files, ${bytes} bytes -> ${outDir}`)
}

function writeAll (dir) {
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  const files = {}
  const index = { yjs: '13.6.33', updates: [] }
  for (const build of updateFixtures) {
    const f = build()
    const gc = f.gc !== false
    const dump = load(f.v1, 1, gc, f.hints)
    const diff = diffJson(load(f.v2, 2, gc, f.hints), dump)
    if (diff !== null) throw new Error(`golden ${f.name}: v2 reads differently from v1: ${diff}`)
    files[`${f.name}.v1.bin`] = f.v1
    files[`${f.name}.v2.bin`] = f.v2
    files[`${f.name}.json`] = dump
    index.updates.push({ name: f.name, gc, hints: f.hints, about: f.about })
  }
  const extras = [['Relative positions', relativePositions()], ['Snapshots', snapshots()], ['y-protocols messages', protocol()]]
  for (const [, e] of extras) Object.assign(files, e.files)
  assertFormatsDoc(files)
  files['index.json'] = index

  let bytes = 0
  for (const [name, content] of Object.entries(files)) {
    const data = content instanceof Uint8Array ? content : JSON.stringify(content, null, 1) + '\n'
    fs.writeFileSync(path.join(dir, name), data)
    bytes += Buffer.byteLength(data)
  }
  bytes += writeGoldenReadme(dir, index.updates, extras)
  if (bytes > 200 * 1024) throw new Error(`golden fixtures are ${bytes} bytes, over the 200 KB budget`)
  return { count: Object.keys(files).length + 1, bytes }
}

function load (update, version, gc, hints) {
  const doc = new Y.Doc({ gc })
  if (version === 1) Y.applyUpdate(doc, update)
  else Y.applyUpdateV2(doc, update)
  return dumpDoc(doc, hints)
}

/** The [measured] byte examples of YJS-FORMATS.md must come out of yjs 13.6.33 unchanged. */
function assertFormatsDoc (files) {
  const expect = {
    'text-basic.v1.bin': '01 03 01 00 | 04 01 04 74 65 78 74 01 61 | 81 01 00 01 | 84 01 01 01 63 | 01 01 01 01 01',
    'text-basic.v2.bin': '00 | 00 | 02 41 01 | 02 00 02 | 00 | 05 04 00 81 00 84 | 0a 06 74 65 78 74 61 63 04 41 00 | 01 01 | 00 | 01 01 | 01 03 00 01 01 01 01 00',
    'empty.v1.bin': '0000',
    'empty.v2.bin': '00 00 00 00 00 00 01 00 00 00 00 00 00',
    'ws-sync-step1.bin': '00 00 03 01 01 03',
    'relpos-root-end.bin': '01 04 74 65 78 74 00'
  }
  for (const [name, hexBytes] of Object.entries(expect)) {
    const got = Buffer.from(files[name]).toString('hex')
    if (got !== hexBytes.replace(/[\s|]+/g, '')) throw new Error(`golden ${name}: ${got} differs from YJS-FORMATS.md ${hexBytes}`)
  }
  const aw = Buffer.from(files['ws-awareness.bin']).toString('hex')
  if (!aw.startsWith('011901010115')) throw new Error(`golden ws-awareness.bin: ${aw} differs from YJS-FORMATS.md 01 19 01 01 01 15 ...`)
}

function compareDirs (a, b) {
  const diffs = []
  const names = new Set([...fs.readdirSync(a), ...(fs.existsSync(b) ? fs.readdirSync(b) : [])])
  for (const name of [...names].sort()) {
    const pa = path.join(a, name)
    const pb = path.join(b, name)
    if (!fs.existsSync(pb)) diffs.push(`${name}: missing in ${b}`)
    else if (!fs.existsSync(pa)) diffs.push(`${name}: not produced any more`)
    else if (!fs.readFileSync(pa).equals(fs.readFileSync(pb))) diffs.push(`${name}: content differs`)
  }
  return diffs
}
