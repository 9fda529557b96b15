#!/usr/bin/env node
// verify.mjs --dir DIR [--seeds 3,17] [--content-only] [--jobs J] [--timeout S]
//   Checks the files the C# side wrote into DIR/<seed>/cs/ (contract: lib/verify-seed.mjs
//   CS_FILES and README.md). Prints `FAIL <seed> <check>: <detail>` per failed check and
//   finally `oracle-verify: N passed, N failed` (N = checks). Exit 1 on any failure.
//
// verify.mjs --self-test --dir DIR
//   Proves the checker: fills every cs/ with yjs's own results (fillWithYjs), verifies
//   (everything must pass), then inverts one byte of every cs file of every seed, in memory,
//   and verifies again (every corruption must be reported). Exit 1 otherwise.

import path from 'node:path'
import { parseArgs } from './lib/args.mjs'
import { runPool, defaultJobs } from './lib/pool.mjs'
import { runChecks, listFolders, oneLine } from './lib/report.mjs'
import { CS_FILES } from './lib/verify-seed.mjs'

const args = parseArgs(process.argv.slice(2),
  { dir: 'string', seeds: 'string', 'content-only': 'boolean', 'self-test': 'boolean', jobs: 'number', timeout: 'number' },
  { jobs: defaultJobs(), timeout: 60 })
if (!args.dir) {
  console.error('usage: node verify.mjs --dir DIR [--seeds a,b] [--content-only] [--self-test]')
  process.exit(2)
}
const dir = path.resolve(args.dir)
const module = new URL('./lib/verify-seed.mjs', import.meta.url).href
const pool = { jobs: args.jobs, timeoutMs: args.timeout * 1000 }
const seeds = listFolders(dir, 'meta.json', args.seeds).filter(name => /^\d+$/.test(name))
if (seeds.length === 0) {
  console.error(`verify: no seed folders (with meta.json) in ${dir}`)
  process.exit(2)
}

if (args['self-test']) {
  process.exit(await selfTest())
} else {
  const { failed } = await verifyAll({ bytes: !args['content-only'] })
  process.exit(failed > 0 ? 1 : 0)
}

function verifyAll ({ bytes }) {
  const tasks = seeds.map(seed => ({ module, fn: 'verifySeed', args: [path.join(dir, seed), { bytes }] }))
  return runChecks(seeds, tasks, 'oracle-verify', pool)
}

async function selfTest () {
  console.log(`self-test: filling cs/ of ${seeds.length} seeds with yjs's own results`)
  const fill = await runPool(seeds.map(seed => ({ module, fn: 'fillWithYjs', args: [path.join(dir, seed)] })), pool)
  const fillErrors = fill.map((r, i) => r.ok ? null : `FAIL ${seeds[i]} self-test-fill: ${oneLine(r.error)}`).filter(Boolean)
  fillErrors.forEach(line => console.log(line))

  console.log('self-test: verifying the correct files (all must pass)')
  const clean = await verifyAll({ bytes: true })

  console.log(`self-test: inverting one byte of each cs file (${seeds.length} x ${CS_FILES.length}); each must be reported`)
  const tasks = []
  seeds.forEach((seed, s) => CS_FILES.forEach((spec, f) => tasks.push({
    module, fn: 'corruptAndVerify', args: [path.join(dir, seed), spec.file, Number(seed) * 131 + f + s]
  })))
  let detected = 0
  let detectedByContent = 0
  let undetected = 0
  await runPool(tasks, {
    ...pool,
    onResult: (i, r) => {
      const [seedDir, file] = tasks[i].args
      const seed = path.basename(seedDir)
      if (!r.ok) { // a crash or timeout of the checker is a reported failure too
        detected++
        detectedByContent++
        return
      }
      if (r.value.detectedWithBytes) detected++
      else {
        undetected++
        console.log(`FAIL ${seed} self-test-corruption: ${file} with byte ${r.value.offset} inverted passed verification`)
      }
      if (r.value.detectedByContent) detectedByContent++
    }
  })
  console.log(`self-test: corruptions detected ${detected}/${tasks.length}; by the content checks alone (--content-only) ${detectedByContent}/${tasks.length}`)
  const ok = fillErrors.length === 0 && clean.failed === 0 && undetected === 0
  console.log(`oracle-verify self-test: ${ok ? 'PASS' : 'FAIL'}`)
  return ok ? 0 : 1
}
