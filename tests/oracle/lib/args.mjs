// Minimal `--name value` / `--flag` argument parsing shared by the oracle scripts.

/**
 * @param {string[]} argv process.argv.slice(2)
 * @param {Record<string, 'string'|'number'|'boolean'>} spec
 * @param {Record<string, any>} defaults
 */
export function parseArgs (argv, spec, defaults = {}) {
  const out = { ...defaults }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (!arg.startsWith('--')) usage(`unexpected argument ${arg}`, spec)
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2)
    const kind = spec[name]
    if (kind === undefined) usage(`unknown option --${name}`, spec)
    if (kind === 'boolean') {
      out[name] = inline === undefined ? true : inline !== 'false'
      continue
    }
    const raw = inline !== undefined ? inline : argv[++i]
    if (raw === undefined) usage(`--${name} needs a value`, spec)
    if (kind === 'number') {
      const n = Number(raw)
      if (!Number.isFinite(n)) usage(`--${name} needs a number, got ${raw}`, spec)
      out[name] = n
    } else {
      out[name] = raw
    }
  }
  return out
}

function usage (msg, spec) {
  const opts = Object.entries(spec).map(([k, v]) => `--${k}${v === 'boolean' ? '' : ` <${v}>`}`).join(' ')
  console.error(`${msg}\noptions: ${opts}`)
  process.exit(2)
}
