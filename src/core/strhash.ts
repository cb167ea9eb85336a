// The hash of str and bytes: Python/pyhash.c: _Py_HashBytes (3.14: Py_HashBuffer) with the default
// algorithm siphash13 (sys.hash_info.algorithm on both modelled versions; cutoff 0, so no DJBX33A for
// short inputs). A str is hashed over its PEP 393 buffer (Objects/unicodeobject.c: unicode_hash:
// length * kind bytes, little-endian code units of 1, 2 or 4 bytes).
//
// NON-CPYTHON: CPython keys siphash with a random secret per process unless PYTHONHASHSEED is set;
// heapsnake uses the key PYTHONHASHSEED=0 gives (Python/bootstrap_hash.c: _Py_HashRandomization_Init
// zeroes the secret when the seed is 0), which is the run the oracle records. Under a random key
// CPython prints the same programs with other set orders and hash() values.

/** 64-bit values as [hi, lo] uint32 halves, in four state words v0..v3 (8 numbers). */
const V = new Uint32Array(8);

function add(a: number, b: number): void {
  // V[a] += V[b] (64-bit, wrapping)
  const lo = (V[a + 1] + V[b + 1]) >>> 0;
  const carry = lo < V[a + 1] ? 1 : 0;
  V[a] = (V[a] + V[b] + carry) >>> 0;
  V[a + 1] = lo;
}

function rotl(a: number, s: number): void {
  let hi = V[a], lo = V[a + 1];
  if (s >= 32) { const t = hi; hi = lo; lo = t; s -= 32; }
  if (s > 0) {
    const nh = ((hi << s) | (lo >>> (32 - s))) >>> 0;
    const nl = ((lo << s) | (hi >>> (32 - s))) >>> 0;
    hi = nh; lo = nl;
  }
  V[a] = hi; V[a + 1] = lo;
}

function xor(a: number, b: number): void { V[a] ^= V[b]; V[a + 1] ^= V[b + 1]; }

const v0 = 0, v1 = 2, v2 = 4, v3 = 6;

/** pyhash.c: SINGLE_ROUND = HALF_ROUND(v0,v1,v2,v3,13,16); HALF_ROUND(v2,v1,v0,v3,17,21). */
function round(): void {
  // HALF_ROUND(a,b,c,d,s,t): a += b; c += d; b = ROTATE(b, s) ^ a; d = ROTATE(d, t) ^ c; a = ROTATE(a, 32);
  add(v0, v1); add(v2, v3); rotl(v1, 13); xor(v1, v0); rotl(v3, 16); xor(v3, v2); rotl(v0, 32);
  add(v2, v1); add(v0, v3); rotl(v1, 17); xor(v1, v2); rotl(v3, 21); xor(v3, v0); rotl(v2, 32);
}

/** pyhash.c: siphash13(k0 = 0, k1 = 0, bytes) as a signed 64-bit bigint. */
export function siphash13(bytes: ArrayLike<number>): bigint {
  // v0 = k0 ^ 0x736f6d6570736575, v1 = k1 ^ 0x646f72616e646f6d, v2 = k0 ^ 0x6c7967656e657261, v3 = k1 ^ 0x7465646279746573
  V[0] = 0x736f6d65; V[1] = 0x70736575; V[2] = 0x646f7261; V[3] = 0x6e646f6d;
  V[4] = 0x6c796765; V[5] = 0x6e657261; V[6] = 0x74656462; V[7] = 0x79746573;
  const n = bytes.length;
  let i = 0;
  const word = (at: number, count: number): [number, number] => {
    // little-endian: bytes at..at+3 form the low half, at+4..at+7 the high half
    let lo = 0, hi = 0;
    for (let j = 0; j < count; j++) {
      const x = bytes[at + j];
      if (j < 4) lo |= x << (8 * j); else hi |= x << (8 * (j - 4));
    }
    return [hi >>> 0, lo >>> 0];
  };
  for (; n - i >= 8; i += 8) {
    const [hi, lo] = word(i, 8);
    V[v3] ^= hi; V[v3 + 1] ^= lo;
    round();
    V[v0] ^= hi; V[v0 + 1] ^= lo;
  }
  // b = (uint64_t)src_sz << 56 | the remaining bytes
  let [hi, lo] = word(i, n - i);
  hi = (hi | ((n & 0xff) << 24)) >>> 0;
  V[v3] ^= hi; V[v3 + 1] ^= lo;
  round();
  V[v0] ^= hi; V[v0 + 1] ^= lo;
  V[v2 + 1] ^= 0xff;
  round(); round(); round();
  const rh = (V[0] ^ V[2] ^ V[4] ^ V[6]) >>> 0, rl = (V[1] ^ V[3] ^ V[5] ^ V[7]) >>> 0;
  return BigInt.asIntN(64, (BigInt(rh) << 32n) | BigInt(rl));
}

/** Python/pyhash.c: _Py_HashBytes — 0 for an empty buffer, -1 becomes -2. */
export function hashBuffer(bytes: ArrayLike<number>): bigint {
  if (bytes.length === 0) return 0n;
  const h = siphash13(bytes);
  return h === -1n ? -2n : h;
}

/** The PEP 393 buffer of a str: each code point as `kind` little-endian bytes (kind from the largest). */
export function strBuffer(v: string, maxChar: number): Uint8Array {
  const kind = maxChar < 0x100 ? 1 : maxChar < 0x10000 ? 2 : 4;
  const cps: number[] = [];
  for (const ch of v) cps.push(ch.codePointAt(0)!);
  const out = new Uint8Array(cps.length * kind);
  cps.forEach((c, k) => { for (let j = 0; j < kind; j++) out[k * kind + j] = (c >>> (8 * j)) & 0xff; });
  return out;
}
