#!/usr/bin/env node
// decode-cs.mjs --dir DIR [--sessions 3,17] [--jobs J] [--timeout S]
//   The reverse direction: C# wrote sessions as DIR/<n>/updates/NNNN.v1.bin (+ optional
//   NNNN.v2.bin), DIR/<n>/expected.json, DIR/<n>/hints.json (+ optional meta.json {"gc"}).
//   yjs applies the v1 updates in numeric order to one fresh doc (and the v2 ones to
//   another), and also reads yjs mergeUpdates(...) of them; each must dump to expected.json.
//   Prints `FAIL <n> <check>: <detail>` per failed check, then `oracle-decode-cs: N passed, N failed`.
//   Exit 1 on any failure.
//
// decode-cs.mjs --self-test --dir DIR
//   Runs on folders in the same layout made by yjs (a gen-sessions.mjs output works as is):
//   all must pass; then one byte of one update per folder is inverted (in memory) and the
//   number of corruptions the content checks notice is reported.

import path from 'node:path'
import { parseArgs } from './lib/args.mjs'
import { runPool, defaultJobs } from './lib/pool.mjs'
import { runChecks, listFolders } from './lib/report.mjs'

const args = parseArgs(process.argv.slice(2),
  { dir: 'string', sessions: 'string', 'self-test': 'boolean', jobs: 'number', timeout: 'number' },
  { jobs: defaultJobs(), timeout: 60 })
if (!args.dir) {
  console.error('usage: node decode-cs.mjs --dir DIR [--sessions a,b] [--self-test]')
  process.exit(2)
}
const dir = path.resolve(args.dir)
const module = new URL('./lib/decode-session.mjs', import.meta.url).href
const pool = { jobs: args.jobs, timeoutMs: args.timeout * 1000 }
const sessions = listFolders(dir, 'updates', args.sessions)
if (sessions.length === 0) {
  console.error(`decode-cs: no session folders (with updates/) in ${dir}`)
  process.exit(2)
}

const tasks = sessions.map(n => ({ module, fn: 'checkSession', args: [path.join(dir, n)] }))
const { failed } = await runChecks(sessions, tasks, 'oracle-decode-cs', pool)
if (!args['self-test']) process.exit(failed > 0 ? 1 : 0)

let detected = 0
const corruptTasks = sessions.map((n, i) => ({ module, fn: 'corruptAndCheck', args: [path.join(dir, n), 7919 * (i + 1)] }))
const results = await runPool(corruptTasks, pool)
const missed = []
results.forEach((r, i) => {
  if (!r.ok || r.value.detected) detected++
  else missed.push(`${sessions[i]}/${r.value.file}@${r.value.offset}`)
})
console.log(`self-test: corruptions noticed ${detected}/${sessions.length}` +
  (missed.length ? `; unnoticed (the corrupted update was redundant, its structs arriving in other updates too, or the byte changed nothing yjs shows): ${missed.slice(0, 10).join(' ')}` : ''))
console.log(`oracle-decode-cs self-test: ${failed === 0 && detected > 0 ? 'PASS' : 'FAIL'}`)
process.exit(failed === 0 && detected > 0 ? 0 : 1)
