// Runs tasks on worker threads (one task per worker at a time) with a per-task timeout.
// A task is { module, fn, args }: the worker imports `module` and awaits `fn(...args)`.
// A task that throws, crashes its worker or runs past the timeout resolves as
// { ok: false, error }; the worker is then replaced. Results keep task order.

import { Worker } from 'node:worker_threads'
import os from 'node:os'

const WORKER_URL = new URL('./worker.mjs', import.meta.url)

/**
 * @param {Array<{module: string, fn: string, args: any[]}>} tasks
 * @param {{jobs?: number, timeoutMs?: number, onResult?: (i: number, r: any) => void}} [opts]
 * @returns {Promise<Array<{ok: true, value: any} | {ok: false, error: string}>>}
 */
export async function runPool (tasks, { jobs = defaultJobs(), timeoutMs = 60000, onResult } = {}) {
  const results = new Array(tasks.length)
  let nextTask = 0
  const lanes = []
  for (let l = 0; l < Math.min(jobs, tasks.length); l++) {
    lanes.push(runLane())
  }
  await Promise.all(lanes)
  return results

  async function runLane () {
    let worker = null
    while (nextTask < tasks.length) {
      const index = nextTask++
      if (worker === null) worker = new Worker(WORKER_URL)
      const r = await runOne(worker, tasks[index], timeoutMs)
      if (!r.ok && r.fatal) {
        await worker.terminate()
        worker = null
      }
      results[index] = r.ok ? { ok: true, value: r.value } : { ok: false, error: r.error }
      if (onResult) onResult(index, results[index])
    }
    if (worker !== null) await worker.terminate()
  }
}

/** @returns {Promise<any>} */
function runOne (worker, task, timeoutMs) {
  return new Promise(resolve => {
    const done = r => {
      clearTimeout(timer)
      worker.off('message', onMessage)
      worker.off('error', onError)
      worker.off('exit', onExit)
      resolve(r)
    }
    const onMessage = m => done(m)
    const onError = e => done({ ok: false, fatal: true, error: `worker crashed: ${e && e.stack ? e.stack : e}` })
    const onExit = code => done({ ok: false, fatal: true, error: `worker exited with code ${code}` })
    const timer = setTimeout(() => done({ ok: false, fatal: true, error: `timeout after ${timeoutMs} ms` }), timeoutMs)
    worker.on('message', onMessage)
    worker.on('error', onError)
    worker.on('exit', onExit)
    worker.postMessage(task)
  })
}

export function defaultJobs () {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length)
}
