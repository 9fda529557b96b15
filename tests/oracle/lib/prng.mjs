// A small deterministic PRNG (mulberry32) with the helpers the generators need.
// Everything random in the oracle flows from one of these, seeded by the session seed,
// so a seed reproduces its session byte for byte.

export class Prng {
  /** @param {number} seed any integer; mixed so that neighbouring seeds diverge at once */
  constructor (seed) {
    let s = (Math.imul(seed >>> 0, 0x9e3779b1) ^ 0x5bd1e995) >>> 0
    this.state = s
    for (let i = 0; i < 4; i++) this.next() // warm up
  }

  /** @returns {number} uniform uint32 */
  next () {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0)
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (t ^ (t >>> 14)) >>> 0
  }

  /** @returns {number} uniform in [0, 1) */
  float () { return this.next() / 4294967296 }

  /** @returns {number} uniform integer in [min, max] (inclusive) */
  int (min, max) { return min + Math.floor(this.float() * (max - min + 1)) }

  /** @returns {boolean} true with probability p */
  chance (p) { return this.float() < p }

  /** @template T @param {T[]} arr @returns {T} */
  pick (arr) { return arr[Math.floor(this.float() * arr.length)] }

  /**
   * Pick by weight: entries are [weight, value].
   * @template T @param {Array<[number, T]>} table @returns {T}
   */
  weighted (table) {
    let total = 0
    for (const [w] of table) total += w
    let r = this.float() * total
    for (const [w, v] of table) {
      if ((r -= w) < 0) return v
    }
    return table[table.length - 1][1]
  }

  /** In-place Fisher–Yates shuffle. @template T @param {T[]} arr @returns {T[]} */
  shuffle (arr) {
    for (let i = arr.length - 1; i > 0; i--) {
      const j = Math.floor(this.float() * (i + 1))
      const tmp = arr[i]; arr[i] = arr[j]; arr[j] = tmp
    }
    return arr
  }

  /** @returns {Uint8Array} n random bytes */
  bytes (n) {
    const out = new Uint8Array(n)
    for (let i = 0; i < n; i++) out[i] = this.next() & 0xff
    return out
  }

  /** Lower-case hex string of n random bytes (for deterministic guids). */
  hex (n) { return Buffer.from(this.bytes(n)).toString('hex') }
}
