// The drawing side as the application needs it: a small interface, and its one
// real implementation on the renderer (src/render). Discord-free.

import type { Trace } from '../core/trace.js';
import { Renderer, resolveStep } from '../render/index.js';

export interface HeapPicture {
  /** PNG of one step (0-based index into trace.steps). */
  png(trace: Trace, step: number): Uint8Array;
  /** Animated GIF of the run, at most `maxFrames` frames. */
  gif(trace: Trace, maxFrames: number): Uint8Array;
  /** The text description of the same picture, at most `max` characters. */
  alt(trace: Trace, step: number, max: number): string;
  /** The step a picture shows by default: the end of the program (or where the run stopped). */
  defaultStep(trace: Trace): number;
}

/** The renderer, warm (fonts registered once, each run's layout cached). */
export function rendererPicture(): HeapPicture {
  const rd = new Renderer();
  return {
    png: (trace, step) => rd.renderPng(trace, step, { theme: 'dark', layout: 'wide' }),
    gif: (trace, maxFrames) => rd.renderGif(trace, { theme: 'dark', layout: 'wide', maxFrames, maxBytes: 7 * 1024 * 1024 }),
    alt: (trace, step, max) => rd.altText(trace, step, { theme: 'dark', layout: 'wide', max }),
    defaultStep: (trace) => resolveStep(trace, 'last'),
  };
}
