// The renderer's entry point: a warm Renderer (fonts registered once, the run's
// layout cached per trace) that turns a Trace into PNG pictures, an animated GIF,
// one PNG per step, and the matching text description.
// Imports nothing from Discord; the core never imports this.

import { mkdirSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Canvas } from '@napi-rs/canvas';
import gifenc, { type Palette } from 'gifenc';
const { GIFEncoder, quantize, applyPalette } = gifenc;
import type { Trace } from '../core/trace.js';
import { CanvasMeasurer, registerFonts } from './fonts.js';
import { layoutRun, layoutStep, type LayoutOptions, type RunLayout, type StepLayout } from './layout.js';
import { drawLayoutFit, pictureData, type DrawOptions } from './draw.js';
import { encodePng, encodePngAsync } from './png.js';
import { describeStep } from './alt.js';

export type { StepLayout, RunLayout, LayoutOptions } from './layout.js';
export type { ThemeName } from './draw.js';
export { THEMES } from './draw.js';

export interface RenderOptions extends LayoutOptions, DrawOptions {
  /**
   * true (default): lay out the whole run once, so an object keeps its place at every
   * step (stepping, frames, GIF). false: lay out only the step drawn — a picture on
   * its own, without room kept for objects of other steps.
   */
  stable?: boolean;
  /** At most this many pixels per picture: a bigger layout is drawn at a smaller scale (default 12 Mpx). */
  maxPixels?: number;
}

/** The pixel scale when none is asked for. */
const DEFAULT_SCALE = 2;
/**
 * Without an explicit scale, a picture is drawn at 2× only while that stays under
 * about 1.5 Mpx, and never below 1× (the layout's own size: 13 px text stays legible).
 * Every later stage — rasterising, reading the pixels back, PNG compression — costs
 * time in proportion to the pixel count (about 10–12 ms of CPU per Mpx at low load),
 * and Discord shows pictures downscaled to its window anyway: a 10-object picture is
 * 1.35× (1588 px wide, text at 17.5 px) instead of 2× (2352 px), a 40-object one 1×
 * instead of 1.5×. (The budget was 2 Mpx, 1.6× for the 10-object picture: 1.35× keeps
 * its end-to-end time near the 30 ms; glyphs are rasterised at the final
 * scale, so the text is as crisp, only smaller when zoomed in.)
 */
const DEFAULT_PIXEL_BUDGET = 1.5e6;

/** The pixel scale of a w × h layout (px at 1×). */
export function pictureScale(w: number, h: number, opts: { scale?: number; maxPixels?: number } = {}): number {
  const fit = (px: number): number => Math.floor(Math.sqrt(px / (w * h)) * 20) / 20;
  let scale = opts.scale ?? DEFAULT_SCALE;
  if (opts.scale === undefined && w * h * scale * scale > DEFAULT_PIXEL_BUDGET) scale = Math.max(1, fit(DEFAULT_PIXEL_BUDGET));
  // Bounded pictures: a huge layout is drawn at a smaller scale rather than taking seconds.
  const maxPx = opts.maxPixels ?? 12e6;
  if (w * h * scale * scale > maxPx) scale = Math.max(0.25, fit(maxPx));
  return scale;
}

export interface FramesOptions extends RenderOptions {
  /** At most this many pictures (default 200): steps are sampled evenly, keeping the ones that free or collect, and the last. */
  maxPictures?: number;
}

/**
 * Which steps to draw when a run has more than `max`: the first and the last, the
 * steps that free objects or run the collector, then evenly spaced ones.
 */
export function sampleSteps(run: RunLayout, max: number): number[] {
  const n = run.model.steps.length;
  if (n <= max) return [...Array(n).keys()];
  const keep = new Set<number>([0, n - 1]);
  const end = run.model.steps.findIndex((s) => s.kind === 'end' && s.note === 'end of program');
  if (end >= 0) keep.add(end);
  const events = run.model.steps.filter((s) => s.freedHere.length || s.gcRuns.length).map((s) => s.index);
  // Events take at most half the budget, spread over the run.
  const evMax = Math.floor(max / 2);
  for (let k = 0; k < Math.min(evMax, events.length); k++) keep.add(events[Math.floor((k * events.length) / Math.min(evMax, events.length))]);
  const stride = n / max;
  for (let k = 0; keep.size < max && k < max; k++) keep.add(Math.min(n - 1, Math.round(k * stride)));
  return [...keep].sort((a, b) => a - b).slice(0, max);
}

/** A step: 0-based index into trace.steps, or 'last' (the end of the program). */
export type StepRef = number | 'last';

export interface GifOptions extends RenderOptions {
  /** Milliseconds per step (default 900); the last frame is held 3 s. */
  delay?: number;
  /** At most this many frames (steps are sampled evenly, keeping the ones that free or collect). */
  maxFrames?: number;
  /** Stop adding detail when the GIF would pass this many bytes (default 8 MB). */
  maxBytes?: number;
  /** Stop adding detail after this many milliseconds of work (default 4000): the last step is always drawn. */
  budgetMs?: number;
}

/** The step a picture shows for `last`: the end of the program (names still bound), else the final step. */
export function resolveStep(trace: Trace, step: StepRef | undefined): number {
  const n = trace.steps.length;
  if (step === undefined || step === 'last') {
    const end = trace.steps.findIndex((s) => s.kind === 'end' && s.note === 'end of program');
    return end >= 0 ? end : n - 1;
  }
  if (!Number.isInteger(step) || step < 0 || step >= n) throw new RangeError(`step ${step + 1} is out of range: the run has ${n} steps`);
  return step;
}

function layoutKey(o: RenderOptions): string {
  return JSON.stringify([o.layout ?? 'wide', o.focus ?? '', !!o.inlineShared, o.maxRows ?? 0, o.maxDepth ?? 0, o.maxObjects ?? 0, o.maxStack ?? 0, o.only ?? -1]);
}

export class Renderer {
  private ms: CanvasMeasurer;
  private runs = new WeakMap<Trace, Map<string, RunLayout>>();
  private canvas: Canvas | undefined;

  constructor() {
    registerFonts();
    this.ms = new CanvasMeasurer();
  }

  /** The whole run's layout (cached: stepping reuses places, sizes and routes). */
  run(trace: Trace, opts: RenderOptions = {}): RunLayout {
    let m = this.runs.get(trace);
    if (!m) { m = new Map(); this.runs.set(trace, m); }
    const k = layoutKey(opts);
    let r = m.get(k);
    if (!r) { r = layoutRun(trace, this.ms, opts); m.set(k, r); }
    return r;
  }

  layout(trace: Trace, step: StepRef | undefined, opts: RenderOptions = {}): StepLayout {
    const i = resolveStep(trace, step);
    return layoutStep(this.run(trace, opts.stable === false ? { ...opts, only: i } : opts), i);
  }

  /** Raw pixels of one step (RGBA, width × height at the chosen scale). */
  renderPixels(trace: Trace, step: StepRef | undefined, opts: RenderOptions = {}): { data: Buffer; width: number; height: number } {
    const l = this.layout(trace, step, opts);
    const scale = pictureScale(l.width, l.height, opts);
    // One canvas for every picture of this renderer, reused while the pictures fit in it.
    const { canvas: c, width, height } = drawLayoutFit(l, { ...opts, scale }, this.canvas);
    this.canvas = c;
    return { data: pictureData(c, width, height), width, height };
  }

  renderPng(trace: Trace, step: StepRef | undefined, opts: RenderOptions = {}): Buffer {
    const { data, width, height } = this.renderPixels(trace, step, opts);
    return encodePng(data, width, height, { text: { Software: 'heapsnake' } });
  }

  /**
   * One PNG per step: DIR/step-001.png …; returns the paths. Pictures are drawn one
   * after another on this thread while earlier ones are compressed and written on
   * the thread pool (at most two in flight).
   */
  async renderFrames(trace: Trace, dir: string, opts: FramesOptions = {}): Promise<string[]> {
    mkdirSync(dir, { recursive: true });
    const out: string[] = [];
    const width = Math.max(3, String(trace.steps.length).length);
    const inflight: Promise<void>[] = [];
    for (const i of sampleSteps(this.run(trace, opts), opts.maxPictures ?? 200)) {
      const p = join(dir, `step-${String(i + 1).padStart(width, '0')}.png`);
      const { data, width: w, height: h } = this.renderPixels(trace, i, { ...opts, stable: true });
      // renderPixels reuses its canvas, but data() is a copy: safe to compress later.
      inflight.push(encodePngAsync(data, w, h, { text: { Software: 'heapsnake' } }).then((png) => writeFile(p, png)));
      if (inflight.length >= 2) await inflight.shift();
      out.push(p);
    }
    await Promise.all(inflight);
    return out;
  }

  /** The synchronous form of renderFrames. */
  renderFramesSync(trace: Trace, dir: string, opts: FramesOptions = {}): string[] {
    mkdirSync(dir, { recursive: true });
    const out: string[] = [];
    const width = Math.max(3, String(trace.steps.length).length);
    for (const i of sampleSteps(this.run(trace, opts), opts.maxPictures ?? 200)) {
      const p = join(dir, `step-${String(i + 1).padStart(width, '0')}.png`);
      writeFileSync(p, this.renderPng(trace, i, { ...opts, stable: true }));
      out.push(p);
    }
    return out;
  }

  /** An animated GIF of every step (at 1×, one palette for all frames so colours do not flicker). */
  renderGif(trace: Trace, opts: GifOptions = {}): Buffer {
    const delay = opts.delay ?? 900;
    const maxFrames = opts.maxFrames ?? 120;
    const maxBytes = opts.maxBytes ?? 8 * 1024 * 1024;
    const t0 = performance.now();
    const budget = opts.budgetMs ?? 4000;
    const run = this.run(trace, opts);
    const steps = sampleSteps(run, maxFrames);
    // GIF frames are quantised and compared in JavaScript: keep them to about 1.2 Mpx.
    const scale = opts.scale ?? 1;
    const maxPixels = opts.maxPixels ?? 1.2e6;
    const frames = (i: number): { data: Buffer; width: number; height: number } => this.renderPixels(trace, i, { ...opts, scale, maxPixels, stable: true });
    // One palette from samples of the first, middle and last frames.
    const sampleIdx = [...new Set([steps[0], steps[Math.floor(steps.length / 2)], steps[steps.length - 1]])];
    const samples = sampleIdx.map((i) => frames(i));
    const W = samples[0].width, H = samples[0].height;
    const stride = Math.max(1, Math.floor((W * H) / 200000));
    const pick: number[] = [];
    for (const s of samples) for (let p = 0; p < W * H; p += stride) { const o = p * 4; pick.push(s.data[o], s.data[o + 1], s.data[o + 2], 255); }
    const palette: Palette = quantize(new Uint8Array(pick), 256, { format: 'rgb565' });
    const gif = GIFEncoder();
    let prev: Uint8Array | null = null;
    let pendingDelay = 0;
    const emit = (idx: Uint8Array, d: number): void => { gif.writeFrame(idx, W, H, { palette, delay: d }); };
    const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.byteLength), Buffer.from(b.buffer, b.byteOffset, b.byteLength)) === 0;
    for (let k = 0; k < steps.length; k++) {
      // Past the size cap, jump to the last step (the end is what the animation is for).
      if ((gif.bytesView().length > maxBytes || performance.now() - t0 > budget) && k < steps.length - 1) k = steps.length - 1;
      const f = frames(steps[k]);
      const idx = applyPalette(f.data, palette, 'rgb565');
      const d = k === steps.length - 1 ? 3000 : k === 0 ? delay + 400 : delay;
      if (prev && same(prev, idx)) { pendingDelay += d; continue; }
      if (prev) emit(prev, pendingDelay);
      prev = idx;
      pendingDelay = d;
    }
    if (prev) emit(prev, Math.max(pendingDelay, 3000));
    gif.finish();
    return Buffer.from(gif.bytes());
  }

  /** The text description of the same picture (alt text). */
  altText(trace: Trace, step: StepRef | undefined, opts: RenderOptions & { max?: number } = {}): string {
    const run = this.run(trace, opts);
    return describeStep(run.model, resolveStep(trace, step), opts.max);
  }
}

let shared: Renderer | undefined;
/** A process-wide warm renderer. */
export function renderer(): Renderer {
  return (shared ??= new Renderer());
}

export function renderPng(trace: Trace, step?: StepRef, opts?: RenderOptions): Buffer { return renderer().renderPng(trace, step, opts); }
export function renderFrames(trace: Trace, dir: string, opts?: FramesOptions): Promise<string[]> { return renderer().renderFrames(trace, dir, opts); }
export function renderGif(trace: Trace, opts?: GifOptions): Buffer { return renderer().renderGif(trace, opts); }
export function altText(trace: Trace, step?: StepRef, opts?: RenderOptions & { max?: number }): string { return renderer().altText(trace, step, opts); }
