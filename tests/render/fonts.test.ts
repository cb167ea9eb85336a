// CanvasMeasurer measures a mono text with its digits all '0' (one measurement per
// shape of a changing footer): that must give exactly what measuring the text does.
import { describe, it, expect } from 'vitest';
import { createCanvas } from '@napi-rs/canvas';
import { CanvasMeasurer, cssFont, registerFonts } from '../../src/render/fonts.js';

describe('CanvasMeasurer', () => {
  it('measures mono texts with digits exactly as measureText does', () => {
    registerFonts();
    const m = new CanvasMeasurer();
    const ctx = createCanvas(4, 4).getContext('2d');
    const texts: string[] = [];
    for (let i = 0; i < 120; i += 7) texts.push(`refcount ${i} · ${i * 37} B · gen ${i % 3}`, `+${i * 11} more (Point ×${i * 11})`, `'n${i}' → ${i / 4}…`);
    for (const bold of [false, true]) for (const size of [13, 14]) {
      ctx.font = cssFont('mono', size, bold);
      for (const t of texts) expect(m.width(t, 'mono', size, bold), t).toBe(ctx.measureText(t).width);
    }
  });
});
