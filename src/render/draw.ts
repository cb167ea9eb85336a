// Paint a StepLayout with @napi-rs/canvas, at up to 2× for sharpness (the Renderer
// picks the scale by the picture's size: pictureScale in index.ts). Colours follow the
// Okabe–Ito palette (distinguishable with the common colour-vision deficiencies),
// and every state also has a shape or pattern: freed boxes are dashed, hatched and
// crossed; weak references are dashed arrows; unreachable objects have a dotted
// outline and a label; immortal/cached objects a double outline and a badge.

import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { cssFont, registerFonts } from './fonts.js';
import type { Role, Shape, StepLayout, PathShape, RectShape, TextShape } from './layout.js';

export type ThemeName = 'dark' | 'light';
export type Theme = Record<Role, string>;

export const THEMES: Record<ThemeName, Theme> = {
  dark: {
    bg: '#313338', panel: '#2b2d31', panelBorder: '#45474f', title: '#f2f3f5', text: '#e3e5e8', muted: '#a8abb3', faint: '#80848e',
    box: '#1e1f22', boxBorder: '#6d7280', boxHeader: '#383a41', frame: '#232428', frameBorder: '#5d6170',
    shared: '#7fd4b8', sharedBorder: '#009E73', ghost: '#2b2d31', ghostBorder: '#8a8d96', cross: '#ff8a5c',
    unreach: '#E69F00', ref: '#56B4E9', weak: '#CC79A7', gc: '#ff8a5c', curLine: '#5c4f1c', curLineText: '#ffe680', prevLine: '#b3a05a',
    bytes: '#56B4E9', objects: '#E69F00', bar: '#56B4E9', barBg: '#1e1f22', threshold: '#ff8a5c', focus: '#F0E442',
    badge: '#009E73', badgeText: '#ffffff', port: '#56B4E9', summary: '#a8abb3',
  },
  light: {
    bg: '#ffffff', panel: '#f5f6f8', panelBorder: '#c9ccd3', title: '#111318', text: '#1d1f24', muted: '#555a64', faint: '#7a7f8a',
    box: '#ffffff', boxBorder: '#7b808c', boxHeader: '#e9ebef', frame: '#ffffff', frameBorder: '#8d93a0',
    shared: '#006b4f', sharedBorder: '#009E73', ghost: '#f0f0f2', ghostBorder: '#8d9099', cross: '#c44a00',
    unreach: '#b36b00', ref: '#0072B2', weak: '#a8437f', gc: '#c44a00', curLine: '#fff2b3', curLineText: '#3d3000', prevLine: '#9c8a2e',
    bytes: '#0072B2', objects: '#c77c00', bar: '#0072B2', barBg: '#ffffff', threshold: '#c44a00', focus: '#8a6d00',
    badge: '#009E73', badgeText: '#ffffff', port: '#0072B2', summary: '#555a64',
  },
};

export interface DrawOptions {
  theme?: ThemeName;
  /** Pixel scale; 2 by default here (the Renderer chooses it by size unless given: pictureScale). */
  scale?: number;
}

function roundRect(ctx: SKRSContext2D, x: number, y: number, w: number, h: number, r: number): void {
  const rr = Math.max(0, Math.min(r, w / 2, h / 2));
  ctx.beginPath();
  ctx.moveTo(x + rr, y);
  ctx.lineTo(x + w - rr, y);
  ctx.arcTo(x + w, y, x + w, y + rr, rr);
  ctx.lineTo(x + w, y + h - rr);
  ctx.arcTo(x + w, y + h, x + w - rr, y + h, rr);
  ctx.lineTo(x + rr, y + h);
  ctx.arcTo(x, y + h, x, y + h - rr, rr);
  ctx.lineTo(x, y + rr);
  ctx.arcTo(x, y, x + rr, y, rr);
  ctx.closePath();
}

function drawRect(ctx: SKRSContext2D, s: RectShape, t: Theme): void {
  const r = s.radius ?? 0;
  if (s.fill && !r) { ctx.fillStyle = t[s.fill]; ctx.fillRect(s.x, s.y, s.w, s.h); }
  else if (s.fill) { roundRect(ctx, s.x, s.y, s.w, s.h, r); ctx.fillStyle = t[s.fill]; ctx.fill(); }
  if (s.hatch) {
    ctx.save();
    roundRect(ctx, s.x, s.y, s.w, s.h, r);
    ctx.clip();
    ctx.strokeStyle = t.faint;
    ctx.globalAlpha = 0.25;
    ctx.lineWidth = 1;
    ctx.beginPath();
    for (let d = -s.h; d < s.w; d += 10) { ctx.moveTo(s.x + d, s.y + s.h); ctx.lineTo(s.x + d + s.h, s.y); }
    ctx.stroke();
    ctx.restore();
  }
  if (s.stroke) {
    ctx.strokeStyle = t[s.stroke];
    ctx.lineWidth = s.lineWidth ?? 1;
    ctx.setLineDash(s.dash ?? []);
    roundRect(ctx, s.x, s.y, s.w, s.h, r);
    ctx.stroke();
    if (s.double) {
      roundRect(ctx, s.x + 3, s.y + 3, s.w - 6, s.h - 6, Math.max(0, r - 3));
      ctx.lineWidth = 1;
      ctx.stroke();
    }
    ctx.setLineDash([]);
  }
  if (s.cross) {
    ctx.save();
    ctx.strokeStyle = t.cross;
    ctx.globalAlpha = 0.55;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(s.x + 4, s.y + 4); ctx.lineTo(s.x + s.w - 4, s.y + s.h - 4);
    ctx.moveTo(s.x + s.w - 4, s.y + 4); ctx.lineTo(s.x + 4, s.y + s.h - 4);
    ctx.stroke();
    ctx.restore();
  }
}

function drawPath(ctx: SKRSContext2D, s: PathShape, t: Theme): void {
  const p = s.points;
  if (p.length < 2) return;
  ctx.strokeStyle = t[s.stroke];
  ctx.lineWidth = s.lineWidth;
  ctx.setLineDash(s.dash ?? []);
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(p[0].x, p[0].y);
  let end = p[p.length - 1];
  // Leave room for the arrowhead.
  let stop = end;
  if (s.arrow) {
    const a = p[p.length - 2];
    const len = Math.hypot(end.x - a.x, end.y - a.y) || 1;
    const back = Math.min(7, len);
    stop = { x: end.x - ((end.x - a.x) / len) * back, y: end.y - ((end.y - a.y) / len) * back };
  }
  for (let i = 1; i < p.length; i++) {
    const q = i === p.length - 1 ? stop : p[i];
    if (s.rounded && i < p.length - 1) {
      const next = p[i + 1];
      const rr = Math.min(8, Math.hypot(q.x - p[i - 1].x, q.y - p[i - 1].y) / 2, Math.hypot(next.x - q.x, next.y - q.y) / 2);
      ctx.arcTo(q.x, q.y, next.x, next.y, rr);
    } else ctx.lineTo(q.x, q.y);
  }
  if (s.closed) ctx.closePath();
  if (s.fill) { ctx.fillStyle = t[s.fill]; ctx.fill(); }
  ctx.stroke();
  ctx.setLineDash([]);
  if (s.arrow) {
    const a = p[p.length - 2];
    const ang = Math.atan2(end.y - a.y, end.x - a.x);
    const L = 9, W = 4.5;
    ctx.fillStyle = t[s.stroke];
    ctx.beginPath();
    ctx.moveTo(end.x, end.y);
    ctx.lineTo(end.x - L * Math.cos(ang) + W * Math.sin(ang), end.y - L * Math.sin(ang) - W * Math.cos(ang));
    ctx.lineTo(end.x - L * Math.cos(ang) - W * Math.sin(ang), end.y - L * Math.sin(ang) + W * Math.cos(ang));
    ctx.closePath();
    ctx.fill();
    end = p[p.length - 1];
  }
}

function drawShape(ctx: SKRSContext2D, s: Shape, t: Theme, scale: number): void {
  switch (s.kind) {
    case 'rect': drawRect(ctx, s, t); break;
    case 'path': drawPath(ctx, s, t); break;
    case 'circle':
      ctx.beginPath();
      ctx.arc(s.x, s.y, s.r, 0, Math.PI * 2);
      if (s.fill) { ctx.fillStyle = t[s.fill]; ctx.fill(); }
      if (s.stroke) { ctx.strokeStyle = t[s.stroke]; ctx.lineWidth = s.lineWidth ?? 1; ctx.stroke(); }
      break;
    case 'text': {
      // y is the top of the line box; DejaVu's ascent is ~0.93 em.
      const base = s.y + Math.round(s.size * 0.95);
      drawText(ctx, s, t[s.color], scale);
      if (s.strike) {
        ctx.strokeStyle = t[s.color];
        ctx.lineWidth = 1;
        ctx.beginPath();
        ctx.moveTo(s.x, base - s.size * 0.32);
        ctx.lineTo(s.x + s.w, base - s.size * 0.32);
        ctx.stroke();
      }
      break;
    }
  }
}

// Text is the costly part of a picture (shaping and rasterising glyphs on every
// call). Each distinct text (string, font, colour, scale) is rasterised once into a
// small sprite and then copied, so the pictures of a run (--frames, GIF) mostly copy.
const SPRITES = new Map<string, { c: Canvas; w: number; h: number; dx: number; dy: number }>();
const SPRITE_MAX = 4000;

function drawText(ctx: SKRSContext2D, s: TextShape, color: string, scale: number): void {
  const key = `${s.font}${s.bold ? 'b' : ''}${s.size}|${color}|${scale}|${s.text}`;
  let sp = SPRITES.get(key);
  if (!sp) {
    const padX = 3, asc = Math.ceil(s.size * 1.15), desc = Math.ceil(s.size * 0.45);
    const w = Math.ceil((s.w + 2 * padX) * scale), h = Math.ceil((asc + desc) * scale);
    const c = createCanvas(Math.max(1, w), Math.max(1, h));
    const g = c.getContext('2d');
    g.lang = 'en';
    g.setTransform(scale, 0, 0, scale, 0, 0);
    g.font = cssFont(s.font, s.size, s.bold);
    g.fillStyle = color;
    g.textBaseline = 'alphabetic';
    g.fillText(s.text, padX, asc);
    sp = { c, w, h, dx: padX, dy: asc - Math.round(s.size * 0.95) };
    if (SPRITES.size >= SPRITE_MAX) SPRITES.delete(SPRITES.keys().next().value!);
    SPRITES.set(key, sp);
  }
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.drawImage(sp.c, Math.round((s.x - sp.dx) * scale), Math.round((s.y - sp.dy) * scale));
  ctx.restore();
}

/** Draw into a canvas (created at width×scale by height×scale). */
export function drawLayout(l: StepLayout, opts: DrawOptions = {}, canvas?: Canvas): Canvas {
  const scale = opts.scale ?? 2;
  const W = Math.ceil(l.width * scale), H = Math.ceil(l.height * scale);
  const c = canvas && canvas.width === W && canvas.height === H ? canvas : createCanvas(W, H);
  paint(c, c === canvas, l, opts);
  return c;
}

/**
 * The same picture into the top-left corner of `canvas` when that is at least as large
 * (and not much larger), else into a new canvas with some room to spare: the picture is
 * then the canvas's top-left width × height pixels (read them with getImageData). A new
 * canvas costs a fresh pixel buffer (13 MB at 3.3 Mpx: page faults and zeroing, ~10–20 ms),
 * and a bot's pictures differ in size from one snippet to the next, so drawLayout's
 * exact-size canvas was almost never reused. The pixels of the picture are the same either
 * way: every one is painted over the opaque background.
 */
export function drawLayoutFit(l: StepLayout, opts: DrawOptions = {}, canvas?: Canvas): { canvas: Canvas; width: number; height: number } {
  const scale = opts.scale ?? 2;
  const W = Math.ceil(l.width * scale), H = Math.ceil(l.height * scale);
  const fits = !!canvas && canvas.width >= W && canvas.height >= H && canvas.width * canvas.height <= 2 * W * H;
  // (rounded up to 64 px: a slightly larger picture next time still fits)
  const c = fits ? canvas! : createCanvas(Math.ceil(W / 64) * 64, Math.ceil(H / 64) * 64);
  paint(c, c === canvas, l, opts);
  return { canvas: c, width: W, height: H };
}

/** The picture drawLayoutFit drew: RGBA, width × height (a copy: the canvas can be drawn on again). */
export function pictureData(c: Canvas, width: number, height: number): Buffer {
  if (c.width === width && c.height === height) return c.data();
  // (the canvas's corner: unpremultiplied, as data() is not, but every pixel is opaque)
  const px = c.getContext('2d').getImageData(0, 0, width, height).data;
  return Buffer.from(px.buffer, px.byteOffset, px.byteLength);
}

function paint(c: Canvas, reused: boolean, l: StepLayout, opts: DrawOptions): void {
  registerFonts();
  const scale = opts.scale ?? 2;
  const t = THEMES[opts.theme ?? 'dark'];
  const CW = c.width, CH = c.height;
  const ctx = c.getContext('2d');
  ctx.lang = 'en';
  // The background covers every pixel, in device space: at a fractional scale the
  // layout's background rectangle leaves the last row or column partly covered, which
  // was translucent and kept a trace of the previous picture on a reused canvas.
  // A reused canvas keeps the last picture's state: start from a fresh canvas's.
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalAlpha = 1;
  ctx.lineJoin = 'miter';
  ctx.lineCap = 'butt';
  ctx.lineWidth = 1;
  ctx.setLineDash([]);
  // A reused canvas: clearing all of it at the identity transform makes @napi-rs/canvas
  // drop the pictures it recorded for the earlier drawings. Otherwise each read of the
  // pixels (data()) first merges them into a snapshot of the surface, and drawing the next
  // picture makes Skia copy the whole surface away from that snapshot (copy-on-write): a
  // fresh 17 MB for a 4.4 Mpx picture, whose page faults cost 4–45 ms of system time.
  if (reused) ctx.clearRect(0, 0, CW, CH);
  ctx.fillStyle = t.bg;
  ctx.fillRect(0, 0, CW, CH);
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  const first = l.shapes[0];
  const skip = first && first.kind === 'rect' && first.fill === 'bg' && !first.stroke && !first.radius && first.x <= 0 && first.y <= 0 && first.w >= l.width && first.h >= l.height ? first : null;
  // Panels and boxes first, arrows above box fills, text last.
  const order = (s: Shape): number => (s.kind === 'path' && s.arrow ? 1 : s.kind === 'text' ? 2 : 0);
  for (const pass of [0, 1, 2]) for (const s of l.shapes) if (s !== skip && order(s) === pass) drawShape(ctx, s, t, scale);
}
