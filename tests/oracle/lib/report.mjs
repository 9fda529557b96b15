// Runs per-folder check tasks on the worker pool and prints the oracle report:
// `FAIL <seed> <check>: <detail>` per failed check, then a summary line and finally
// `<label>: N passed, N failed` (N counts checks; a crashed or timed-out task counts as one failure).

import fs from 'node:fs'
import path from 'node:path'
import { runPool } from './pool.mjs'

/**
 * @param {string[]} names folder names (seeds), same order as tasks
 * @param {Array<{module: string, fn: string, args: any[]}>} tasks each resolves to {checks: [...]}
 * @param {string} label e.g. 'oracle-verify'
 */
export async function runChecks (names, tasks, label, pool) {
  const t0 = performance.now()
  let passed = 0
  let failed = 0
  const failedNames = new Set()
  await runPool(tasks, {
    ...pool,
    onResult: (i, r) => {
      if (!r.ok) {
        failed++
        failedNames.add(names[i])
        console.log(`FAIL ${names[i]} ${tasks[i].fn}: ${oneLine(r.error)}`)
        return
      }
      for (const c of r.value.checks) {
        if (c.ok) passed++
        else {
          failed++
          failedNames.add(names[i])
          console.log(`FAIL ${names[i]} ${c.name}: ${oneLine(c.detail)}`)
        }
      }
    }
  })
  const ms = Math.round(performance.now() - t0)
  const list = [...failedNames].sort(compareNames).join(' ')
  console.log(`${label}: ${names.length} folders, ${failedNames.size} with failures${list ? ` (${list})` : ''}, ${ms} ms`)
  console.log(`${label}: ${passed} passed, ${failed} failed`)
  return { passed, failed }
}

/** Sub-folders of root that hold `marker`, numeric names in numeric order; `only` = "a,b" filter. */
export function listFolders (root, marker, only) {
  const wanted = only ? new Set(only.split(',').map(s => s.trim())) : null
  return fs.readdirSync(root)
    .filter(name => fs.existsSync(path.join(root, name, marker)))
    .filter(name => wanted === null || wanted.has(name))
    .sort(compareNames)
}

export function oneLine (s) {
  return String(s).split('\n').slice(0, 3).join(' | ')
}

function compareNames (a, b) {
  const na = Number(a)
  const nb = Number(b)
  if (Number.isInteger(na) && Number.isInteger(nb)) return na - nb
  return a < b ? -1 : a > b ? 1 : 0
}
