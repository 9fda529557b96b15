#!/usr/bin/env node
// gen-sessions.mjs --from A --count N --out DIR [--jobs J] [--quiet]
// Generates seeds A..A+N-1 as seed folders DIR/<seed>/ (layout: README.md). Each seed is a
// seeded multi-replica yjs session (lib/session.mjs) checked by yjs against itself before
// it is written. Runs on worker threads; prints the seed of every failure.

import { parseArgs } from './lib/args.mjs'
import { runPool, defaultJobs } from './lib/pool.mjs'
import fs from 'node:fs'
import path from 'node:path'

const args = parseArgs(process.argv.slice(2),
  { from: 'number', count: 'number', out: 'string', jobs: 'number', timeout: 'number', quiet: 'boolean' },
  { from: 1, count: 200, jobs: defaultJobs(), timeout: 120, quiet: false })
if (!args.out) {
  console.error('usage: node gen-sessions.mjs --from A --count N --out DIR [--jobs J]')
  process.exit(2)
}
const outDir = path.resolve(args.out)
fs.mkdirSync(outDir, { recursive: true })

const module = new URL('./lib/seed-files.mjs', import.meta.url).href
const seeds = Array.from({ length: args.count }, (_, i) => args.from + i)
const t0 = performance.now()
let failed = 0
let updates = 0
/** @type {Map<string, number>} struct/content kind -> number of seeds whose files contain it */
const coverage = new Map()
const results = await runPool(seeds.map(seed => ({ module, fn: 'writeSeed', args: [seed, outDir] })), {
  jobs: args.jobs,
  timeoutMs: args.timeout * 1000,
  onResult: (i, r) => {
    if (r.ok) {
      updates += r.value.updates
      for (const k of r.value.kinds) coverage.set(k, (coverage.get(k) ?? 0) + 1)
      if (!args.quiet) console.log(`seed ${seeds[i]}: ${r.value.ops} ops, ${r.value.updates} updates, ${r.value.ms} ms`)
    } else {
      failed++
      console.error(`FAIL seed ${seeds[i]}: ${r.error}`)
    }
  }
})
const ms = Math.round(performance.now() - t0)
console.log(`coverage (seeds containing each struct/content kind in state, merged or diff): ${[...coverage].sort().map(([k, n]) => `${k} ${n}`).join(', ')}`)
console.log(`gen-sessions: ${results.length - failed} seeds written, ${failed} failed, ${updates} updates, ${ms} ms (seeds ${args.from}..${args.from + args.count - 1}, ${args.jobs} jobs) -> ${outDir}`)
process.exit(failed > 0 ? 1 : 0)
