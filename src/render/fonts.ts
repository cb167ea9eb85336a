// Fonts shipped through npm (dejavu-fonts-ttf: DejaVu Sans and DejaVu Sans Mono,
// TrueType), registered with @napi-rs/canvas under our own family names, so the
// picture is the same on a machine with no system fonts at all.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { GlobalFonts, createCanvas, type SKRSContext2D } from '@napi-rs/canvas';

export const SANS = 'HeapsnakeSans';
export const MONO = 'HeapsnakeMono';

/** DejaVu Sans Mono's advance width, 1233/2048 em (every glyph). */
export const MONO_ADVANCE = 1233 / 2048;

const FILES: [string, string][] = [
  ['DejaVuSans.ttf', SANS],
  ['DejaVuSans-Bold.ttf', SANS],
  ['DejaVuSansMono.ttf', MONO],
  ['DejaVuSansMono-Bold.ttf', MONO],
];

let registered = false;

export function fontDir(): string {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('dejavu-fonts-ttf/package.json');
  return join(dirname(pkg), 'ttf');
}

/** Register the fonts once per process. Throws if the font files are missing. */
export function registerFonts(): void {
  if (registered) return;
  const dir = fontDir();
  for (const [file, family] of FILES) {
    const p = join(dir, file);
    if (!existsSync(p)) throw new Error(`heapsnake render: font file missing: ${p} (npm install dejavu-fonts-ttf)`);
    const key = GlobalFonts.registerFromPath(p, family);
    if (!key) throw new Error(`heapsnake render: could not register font ${p}`);
  }
  registered = true;
}

export type FontKind = 'sans' | 'mono';

export interface Measurer {
  /** Width in px at 1× of `text` in the given font. */
  width(text: string, kind: FontKind, size: number, bold?: boolean): number;
}

export function cssFont(kind: FontKind, size: number, bold = false): string {
  return `${bold ? 'bold ' : ''}${size}px ${kind === 'mono' ? MONO : SANS}`;
}

/** Measures with the registered fonts (a tiny canvas kept for the process), caching widths. */
export class CanvasMeasurer implements Measurer {
  private ctx: SKRSContext2D;
  private cache = new Map<string, number>();
  private font = '';
  constructor() {
    registerFonts();
    this.ctx = createCanvas(4, 4).getContext('2d');
    this.ctx.lang = 'en';
  }
  width(text: string, kind: FontKind, size: number, bold = false): number {
    if (kind === 'mono' && /^[\x20-\x7e]*$/.test(text)) return text.length * size * MONO_ADVANCE;
    // In the mono font every digit has the same advance, so a text measures as it
    // does with its digits all '0': footers such as "refcount 201 · 24 B" that change
    // at every step of a long run are measured once per shape, not once per value
    // (measureText was most of a long run's box sizing the first time).
    const t = kind === 'mono' ? text.replace(/[0-9]/g, '0') : text;
    const key = `${kind}${bold ? 'b' : ''}${size}|${t}`;
    let w = this.cache.get(key);
    if (w === undefined) {
      const f = cssFont(kind, size, bold);
      if (f !== this.font) { this.ctx.font = f; this.font = f; }
      w = this.ctx.measureText(t).width;
      if (this.cache.size > 50000) this.cache.clear();
      this.cache.set(key, w);
    }
    return w;
  }
}
