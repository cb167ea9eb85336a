// Golden pictures: each case in cases.json is drawn from its stored trace and
// compared with tests/render/golden/*.png by pixelmatch, with a tolerance for
// anti-aliasing differences. After an intended change: `node scripts/golden.mjs
// --keep-traces` (or without the flag to re-run the simulator), then look at them.
import { describe, it, expect } from 'vitest';
import { readFileSync, existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import pixelmatch from 'pixelmatch';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import type { Trace } from '../../src/core/trace.js';
import { Renderer, resolveStep } from '../../src/render/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const { cases, scale } = JSON.parse(readFileSync(join(here, 'cases.json'), 'utf8')) as {
  scale: number;
  cases: { name: string; python: string; steps: (number | 'last')[]; variant?: string; opts?: Record<string, unknown> }[];
};
const traces = new Map<string, Trace>();
function trace(name: string, py: string): Trace {
  const k = `${name}-${py}`;
  let t = traces.get(k);
  if (!t) {
    t = JSON.parse(gunzipSync(readFileSync(join(here, 'fixtures', `${k}.trace.json.gz`))).toString('utf8')) as Trace;
    traces.set(k, t);
  }
  return t;
}

async function decode(png: Buffer): Promise<{ data: Uint8Array; width: number; height: number }> {
  const img = await loadImage(png);
  const c = createCanvas(img.width, img.height);
  c.getContext('2d').drawImage(img, 0, 0);
  return { data: c.data(), width: img.width, height: img.height };
}

const rd = new Renderer();
/** Pixels allowed to differ (pixelmatch, threshold 0.15): 0.002 % — a few dozen. */
const MAX_SHARE = 0.00002;

describe('golden pictures', () => {
  for (const c of cases) {
    for (const s of c.steps) {
      const file = `${c.name}-${c.python}-${s}${c.variant ? '-' + c.variant : ''}.png`;
      it(file, async () => {
        const t = trace(c.name, c.python);
        const step = s === 'last' ? resolveStep(t, 'last') : s - 1;
        const got = rd.renderPixels(t, step, { scale, ...(c.opts ?? {}) });
        const goldenPath = join(here, 'golden', file);
        expect(existsSync(goldenPath), `missing golden ${file}: run node scripts/golden.mjs`).toBe(true);
        const want = await decode(readFileSync(goldenPath));
        expect([got.width, got.height]).toEqual([want.width, want.height]);
        const diff = new Uint8Array(got.width * got.height * 4);
        const n = pixelmatch(got.data, want.data, diff, got.width, got.height, { threshold: 0.15 });
        const share = n / (got.width * got.height);
        // (the pictures are drawn with the project's own fonts by the pinned @napi-rs/canvas: a
        // fresh render matches its golden exactly; 0.2 % let a changed line of the freed list,
        // ~0.01–0.03 % of the pixels, pass unnoticed)
        if (share > MAX_SHARE) {
          const out = join(root, 'tests', 'render', 'out');
          mkdirSync(out, { recursive: true });
          const dc = createCanvas(got.width, got.height);
          const id = dc.getContext('2d').createImageData(got.width, got.height);
          id.data.set(diff);
          dc.getContext('2d').putImageData(id, 0, 0);
          writeFileSync(join(out, `diff-${file}`), dc.encodeSync('png'));
        }
        expect(share, `${n} pixels differ (diff in tests/render/out/)`).toBeLessThanOrEqual(MAX_SHARE);
      });
    }
  }
});

describe('fonts', () => {
  it('draws the same picture with no system fonts at all (empty fontconfig)', () => {
    const empty = mkdtempSync(join(tmpdir(), 'hs-nofonts-'));
    writeFileSync(join(empty, 'fonts.conf'), '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>' + empty + '</dir><cachedir>' + empty + '</cachedir></fontconfig>');
    const script = `
      import { readFileSync } from 'node:fs';
      import { gunzipSync } from 'node:zlib';
      import { Renderer } from ${JSON.stringify(join(root, 'dist', 'src', 'render', 'index.js'))};
      const t = JSON.parse(gunzipSync(readFileSync(${JSON.stringify(join(here, 'fixtures', 'cycle-3.14.trace.json.gz'))})).toString());
      process.stdout.write(new Renderer().renderPng(t, 14, { scale: 1 }).toString('base64'));
    `;
    expect(existsSync(join(root, 'dist', 'src', 'render', 'index.js')), 'build first (npx tsc)').toBe(true);
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      env: { PATH: process.env.PATH ?? '', HOME: empty, FONTCONFIG_PATH: empty, FONTCONFIG_FILE: join(empty, 'fonts.conf'), XDG_DATA_HOME: empty },
      encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
    });
    expect(r.stderr).toBe('');
    const isolated = Buffer.from(r.stdout, 'base64');
    const here2 = rd.renderPng(trace('cycle', '3.14'), 14, { scale: 1 });
    expect(isolated.length).toBeGreaterThan(1000);
    expect(isolated.equals(here2)).toBe(true);
  });
});
