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

import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from './lib/args.mjs'
import { runPool, defaultJobs } from './lib/pool.mjs'
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
const seeds = listSeeds(dir, args.seeds)
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

async function verifyAll ({ bytes }) {
  const t0 = performance.now()
  let passed = 0
  let failed = 0
  const failedSeeds = new Set()
  const tasks = seeds.map(seed => ({ module, fn: 'verifySeed', args: [path.join(dir, seed), { bytes }] }))
  await runPool(tasks, {
    ...pool,
    onResult: (i, r) => {
      if (!r.ok) {
        failed++
        failedSeeds.add(seeds[i])
        console.log(`FAIL ${seeds[i]} verify: ${oneLine(r.error)}`)
        return
      }
      for (const c of r.value.checks) {
        if (c.ok) passed++
        else {
          failed++
          failedSeeds.add(seeds[i])
          console.log(`FAIL ${seeds[i]} ${c.name}: ${oneLine(c.detail)}`)
        }
      }
    }
  })
  const ms = Math.round(performance.now() - t0)
  console.log(`oracle-verify: ${seeds.length} seeds, ${failedSeeds.size} with failures${failedSeeds.size ? ` (seeds ${[...failedSeeds].sort((a, b) => a - b).join(' ')})` : ''}, ${ms} ms`)
  console.log(`oracle-verify: ${passed} passed, ${failed} failed`)
  return { passed, failed }
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

function listSeeds (root, only) {
  const wanted = only ? new Set(only.split(',').map(s => s.trim())) : null
  return fs.readdirSync(root)
    .filter(name => /^\d+$/.test(name) && fs.existsSync(path.join(root, name, 'meta.json')))
    .filter(name => wanted === null || wanted.has(name))
    .sort((a, b) => Number(a) - Number(b))
}

function oneLine (s) {
  return String(s).split('\n').slice(0, 3).join(' | ')
}
