// A small PNG writer for opaque RGBA pixels: 8-bit RGB, filter "Up" or none, zlib
// at a fast level. Skia's encoder (canvas.encode('png')) compresses harder and is
// 4–6× slower; pictures here are flat colours and text, which deflate well anyway.

import { deflateSync, constants } from 'node:zlib';

const CRC = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

function crc32(buf: Uint8Array, start: number, end: number): number {
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

/** Encode opaque RGBA pixels (alpha is dropped) as an RGB PNG. */
export function encodePng(rgba: Uint8Array, width: number, height: number, opts: PngOptions = {}): Buffer {
  const stride = width * 3;
  const raw = Buffer.allocUnsafe((stride + 1) * height);
  let o = 0, i = 0;
  let prevRow = -1;
  for (let y = 0; y < height; y++) {
    // Filter "Up" (2) where it helps most: rows equal to the previous one become zeros.
    raw[o++] = 2;
    const rowStart = o;
    if (prevRow < 0) {
      for (let x = 0; x < width; x++, i += 4) { raw[o++] = rgba[i]; raw[o++] = rgba[i + 1]; raw[o++] = rgba[i + 2]; }
    } else {
      let p = i - width * 4;
      for (let x = 0; x < width; x++, i += 4, p += 4) {
        raw[o++] = (rgba[i] - rgba[p]) & 255; raw[o++] = (rgba[i + 1] - rgba[p + 1]) & 255; raw[o++] = (rgba[i + 2] - rgba[p + 2]) & 255;
      }
    }
    prevRow = rowStart;
  }
  const z = deflateSync(raw, { level: opts.level ?? 3, strategy: constants.Z_DEFAULT_STRATEGY, memLevel: 9 });
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; ihdr[9] = 2; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  const parts = [Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr)];
  for (const [k, v] of Object.entries(opts.text ?? {})) parts.push(chunk('tEXt', Buffer.from(`${k}\0${v.replace(/[^\x20-\x7e\n]/g, '?')}`, 'latin1')));
  parts.push(chunk('IDAT', z), chunk('IEND', Buffer.alloc(0)));
  return Buffer.concat(parts);
}
