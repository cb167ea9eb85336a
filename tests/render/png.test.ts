// A PNG holds exactly the pixels renderPixels returns, at the scales and themes
// pictures use; every pixel is opaque (at a fractional scale the last row was
// translucent), and a picture drawn again on the reused canvas, after others, comes
// out the same (the canvas kept the last picture's line joins and that last row).
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import type { Trace } from '../../src/core/trace.js';
import { Renderer, resolveStep, pictureScale } from '../../src/render/index.js';
import { drawLayout } from '../../src/render/draw.js';

const here = dirname(fileURLToPath(import.meta.url));
const trace = (name: string): Trace => JSON.parse(gunzipSync(readFileSync(join(here, 'fixtures', `${name}.trace.json.gz`))).toString('utf8')) as Trace;

async function decode(png: Buffer): Promise<{ data: Buffer; width: number; height: number }> {
  const img = await loadImage(png);
  const c = createCanvas(img.width, img.height);
  c.getContext('2d').drawImage(img, 0, 0);
  return { data: c.data(), width: img.width, height: img.height };
}

describe('renderPng', () => {
  const rd = new Renderer();
  for (const [name, opts] of [
    ['cycle-3.14', {}],
    ['dunder_del-3.14', { theme: 'light' as const }],
    ['list200-3.14', { scale: 1.3 }],
    ['aliasing-3.14', { scale: 2 }],
  ] as const) {
    it(`holds the same pixels as renderPixels (${name} ${JSON.stringify(opts)})`, async () => {
      const t = trace(name);
      for (const step of [0, resolveStep(t, 'last')]) {
        const px = rd.renderPixels(t, step, opts);
        const got = await decode(rd.renderPng(t, step, opts));
        expect([got.width, got.height]).toEqual([px.width, px.height]);
        expect(got.data.equals(px.data)).toBe(true);
        let translucent = 0;
        for (let i = 3; i < px.data.length; i += 4) if (px.data[i] !== 255) translucent++;
        expect(translucent).toBe(0);
        rd.renderPixels(trace('weakref-3.14'), 3, { scale: 1.7 });
        expect(rd.renderPixels(t, step, opts).data.equals(px.data)).toBe(true);
      }
    });
  }
});

describe('the renderer\'s one canvas', () => {
  // Pictures of different sizes share one canvas while they fit in it (drawLayoutFit): a
  // picture drawn in the corner of a larger canvas, after a larger picture, has exactly the
  // pixels of the same picture drawn alone on a canvas of its own size.
  it('draws a smaller picture after a larger one with the pixels of a canvas of its own', () => {
    const rd = new Renderer();
    const big = trace('list200-3.14'), small = trace('cycle-3.14');
    const seen = new Set<string>();
    for (const [t, step, opts] of [
      [big, resolveStep(big, 'last'), { scale: 1 }],
      [small, resolveStep(small, 'last'), { scale: 1 }],
      [small, 0, { scale: 1 }],
      [big, resolveStep(big, 'last'), { scale: 1.05 }],
      [big, resolveStep(big, 'last'), { scale: 1 }],
    ] as const) {
      const px = rd.renderPixels(t, step, opts);
      const l = rd.layout(t, step, opts);
      const alone = drawLayout(l, { ...opts, scale: pictureScale(l.width, l.height, opts) });
      expect([px.width, px.height]).toEqual([alone.width, alone.height]);
      expect(px.data.equals(alone.data())).toBe(true);
      seen.add(`${px.width}x${px.height}`);
    }
    expect(seen.size).toBeGreaterThan(2);
  });
});
