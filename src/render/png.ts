// A small PNG writer: 8-bit RGBA, no row filter, zlib at level 1. Skia's encoder
// (canvas.encode('png')) compresses harder and is 5–8× slower; these pictures are
// flat colours and text, which deflate well anyway.

import * as zlib from 'node:zlib';

const { deflateSync, deflate, constants } = zlib;

const CRC = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

// zlib's own CRC (Node ≥ 20.15) is many times faster than the table loop below, which
// stays for older Node 20 releases; the IDAT chunk is the whole compressed picture.
const nativeCrc = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

function crc32(buf: Uint8Array, start: number, end: number): number {
  if (nativeCrc) return nativeCrc(buf.subarray(start, end)) >>> 0;
  let c = -1;
  for (let i = start; i < end; i++) c = CRC[(c ^ buf[i]) & 255] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out, 4, 8 + data.length), 8 + data.length);
  return out;
}

export interface PngOptions {
  /** zlib level, 1 (fast) … 9. */
  level?: number;
  /** Text chunks (tEXt), e.g. { Description: altText }. */
  text?: Record<string, string>;
}

// Filtered-row buffers are big (40 MB for a 10 Mpx picture) and fresh ones cost page
// faults on every picture: keep a few for reuse. Any pooled buffer at least as large
// serves (pictures of a bot differ in size from one snippet to the next, and a pool of
// exact sizes missed every time); the smallest that fits is taken.
const POOL: Buffer[] = [];
function take(n: number): Buffer {
  let best = -1;
  for (let i = 0; i < POOL.length; i++) if (POOL[i].length >= n && (best < 0 || POOL[i].length < POOL[best].length)) best = i;
  return best >= 0 ? POOL.splice(best, 1)[0].subarray(0, n) : Buffer.allocUnsafeSlow(n);
}
function give(b: Buffer): void {
  // (the whole allocation, not the view take() handed out: allocUnsafeSlow gave it its own ArrayBuffer)
  const whole = Buffer.from(b.buffer, 0, b.buffer.byteLength);
  if (POOL.length >= 3) POOL.splice(POOL.reduce((m, p, i) => (p.length < POOL[m].length ? i : m), 0), 1);
  POOL.push(whole);
}

function frame(rgba: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 4;
  const raw = take((stride + 1) * height);
  const src = Buffer.isBuffer(rgba) ? rgba : Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength);
  for (let y = 0; y < height; y++) {
    const o = y * (stride + 1);
    raw[o] = 0;
    src.copy(raw, o + 1, y * stride, (y + 1) * stride);
  }
  return raw;
}

function assemble(z: Buffer, width: number, height: number, opts: PngOptions): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  const parts = [Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr)];
  for (const [k, v] of Object.entries(opts.text ?? {})) parts.push(chunk('tEXt', Buffer.from(`${k}\0${v.replace(/[^\x20-\x7e\n]/g, '?')}`, 'latin1')));
  parts.push(chunk('IDAT', z), chunk('IEND', Buffer.alloc(0)));
  return Buffer.concat(parts);
}

/** The same, compressing on libuv's thread pool (the caller can draw the next picture meanwhile). */
export function encodePngAsync(rgba: Uint8Array, width: number, height: number, opts: PngOptions = {}): Promise<Buffer> {
  const raw = frame(rgba, width, height);
  return new Promise((resolve, reject) => {
    deflate(raw, { level: opts.level ?? 1 }, (err, z) => { give(raw); if (err) reject(err); else resolve(assemble(z, width, height, opts)); });
  });
}

/** Encode RGBA pixels as a PNG (colour type 6, filter none: the fastest path; flat pictures deflate well anyway). */
export function encodePng(rgba: Uint8Array, width: number, height: number, opts: PngOptions = {}): Buffer {
  const raw = frame(rgba, width, height);
  const z = deflateSync(raw, { level: opts.level ?? 1, strategy: constants.Z_DEFAULT_STRATEGY });
  give(raw);
  return assemble(z, width, height, opts);
}
