// Generic worker for pool.mjs: imports the task's module and runs one exported function.
import { parentPort } from 'node:worker_threads'

parentPort.on('message', async ({ module, fn, args }) => {
  try {
    const mod = await import(module)
    const value = await mod[fn](...args)
    parentPort.postMessage({ ok: true, value })
  } catch (e) {
    parentPort.postMessage({ ok: false, fatal: false, error: e && e.stack ? e.stack : String(e) })
  }
})
