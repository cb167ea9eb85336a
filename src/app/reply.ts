// What the bot says back, as plain data (the Discord glue turns it into
// discord.js payloads): the picture with its alt text, the summary, the
// program's output, the code itself (so the message alone can be redrawn),
// the step buttons, and one-sentence errors.

import { buttonId, type ButtonAction } from './customid.js';
import { fencedBlocks, sourceFromMessage } from './input.js';
import type { JobOutput } from './jobtypes.js';
import type { Limits, Python } from './limits.js';
import type { JobOutcome } from './pool.js';
import { T, UserError } from './text.js';

export interface EmbedField { name: string; value: string; inline: boolean }
export interface EmbedView { title: string; description: string; color: number; fields: EmbedField[]; footer?: string }
export interface FileView { name: string; data: Uint8Array; description?: string }
export interface ButtonView { customId: string; label: string; style: 'primary' | 'secondary'; disabled: boolean }
export interface ReplyView {
  content: string;
  embeds: EmbedView[];
  files: FileView[];
  rows: ButtonView[][];
  ephemeral: boolean;
}

export const SNIPPET_FILE = 'snippet.py';
/** Code longer than this (or containing ```) travels as snippet.py instead of in the text. */
export const INLINE_CODE_MAX = 1800;

const COLOR = { ok: 0x3776ab, exception: 0xd9822b, limit: 0xc9a400 };

const fmt = (x: number): string => x.toLocaleString('en-US');

/** Keep a code block intact whatever the text contains. */
function fence(text: string, lang = ''): string {
  return '```' + lang + '\n' + text.replace(/```/g, '`\u200b``') + '\n```';
}

/** stdout for a message: at most `maxLines` lines and `maxChars` characters, then "… N more lines". */
export function clipOutput(stdout: string, maxLines = 10, maxChars = 1000): string {
  if (stdout === '') return '';
  const lines = stdout.replace(/\n$/, '').split('\n');
  const kept: string[] = [];
  let used = 0;
  let partial = 0; // characters cut from the last line shown
  for (const line of lines) {
    if (kept.length === maxLines) break;
    const sep = kept.length ? 1 : 0;
    const room = maxChars - used - sep;
    if (line.length > room) {
      if (room > 0) { kept.push(line.slice(0, room)); partial = line.length - room; }
      break;
    }
    kept.push(line);
    used += sep + line.length;
  }
  const hidden = lines.length - kept.length;
  let text = kept.join('\n');
  if (partial) text += '…';
  if (hidden > 0) text += '\n' + T.moreLines(hidden);
  else if (partial) text += '\n' + T.moreChars(partial);
  return text;
}

/** The code in the message: a ```py block, or snippet.py when it is long or holds ```. */
export function codeCarrier(code: string): { content: string; files: FileView[] } {
  if (code.length <= INLINE_CODE_MAX && !code.includes('```')) return { content: fence(code, 'py'), files: [] };
  return { content: T.codeAttached, files: [{ name: SNIPPET_FILE, data: Buffer.from(code, 'utf8'), description: 'The code of this picture' }] };
}

/** Where the code of a reply is: its ```py block, or the URL of its snippet.py. */
export function codeOfReply(content: string, attachments: { name: string; url: string; size: number }[]): { code: string } | { url: string; size: number } {
  const f = attachments.find((a) => a.name === SNIPPET_FILE);
  if (f) return { url: f.url, size: f.size };
  if (!fencedBlocks(content).length) throw new UserError(T.lostCode);
  return { code: sourceFromMessage(content) };
}

export interface PictureContext {
  code: string;
  /** The user the view (and its buttons) belongs to. */
  owner: string;
  ephemeral: boolean;
  limits: Limits;
}

function where(out: JobOutput): string {
  return out.shownNote ?? T.whereLine(out.shownLine);
}

function description(out: JobOutput, limits: Limits): string {
  const parts: string[] = [];
  if (out.exception) parts.push(T.exceptionLine(out.exception, out.exceptionLine));
  if (out.limit) {
    const why = out.limitKind === 'time' ? T.limitTime(limits.simTimeoutMs)
      : out.limitKind === 'steps' ? T.limitSteps(limits.maxSteps)
      : out.limit.replace(/^stopped:\s*/, '');
    parts.push(T.limitStopped(why));
  }
  if (out.clampedFrom !== null) parts.push(T.stepClamped(out.clampedFrom + 1, out.totalSteps));
  const clipped = clipOutput(out.stdout);
  parts.push(clipped ? `${T.stdoutHeading}\n${fence(clipped)}` : `${T.stdoutHeading}\n${T.noOutput}`);
  return parts.join('\n');
}

function summaryFields(out: JobOutput): EmbedField[] {
  const s = out.summary!;
  const v = (x: string): string => (s.partial ? T.atLeast(x) : x);
  return [
    { name: T.fieldCreated, value: v(fmt(s.created)), inline: true },
    { name: T.fieldFreed, value: v(fmt(s.freedByRefcount)), inline: true },
    { name: T.fieldCollected, value: v(fmt(s.collectedByGc)), inline: true },
    { name: T.fieldPeak, value: T.bytes(s.peakBytes), inline: true },
  ];
}

function buttons(out: JobOutput, owner: string): ButtonView[][] {
  const last = out.totalSteps - 1;
  const cur = out.shownStep;
  const stopAt = out.stopAt ?? undefined;
  const id = (action: ButtonAction, step: number | 'last', python: Python = out.python, withStop = true): string =>
    buttonId({ action, python, step, owner, ...(withStop && stopAt !== undefined ? { stopAt } : {}) });
  const b = (action: ButtonAction, label: string, step: number | 'last', disabled: boolean): ButtonView => ({ customId: id(action, step), label, style: 'secondary', disabled });
  const other: Python = out.python === '3.14' ? '3.11' : '3.14';
  return [
    [
      b('first', T.btnFirst, 0, cur === 0),
      b('prev', T.btnPrev, Math.max(0, cur - 1), cur === 0),
      { customId: id('position', cur), label: T.btnPosition(cur + 1, out.totalSteps), style: 'secondary', disabled: true },
      b('next', T.btnNext, Math.min(last, cur + 1), cur >= last),
      b('last', T.btnLast, last, cur >= last),
    ],
    [
      { customId: id('gif', 'last'), label: T.btnGif, style: 'primary', disabled: false },
      { customId: id('swap', cur === out.defaultStep ? 'last' : cur, other, false), label: T.btnSwap, style: 'primary', disabled: false },
    ],
  ];
}

/** The picture of one step: code, summary, output, PNG with alt text, buttons. */
export function pictureReply(out: JobOutput, ctx: PictureContext): ReplyView {
  const carrier = codeCarrier(ctx.code);
  const color = out.limit ? COLOR.limit : out.exception ? COLOR.exception : COLOR.ok;
  return {
    content: carrier.content,
    embeds: [{
      title: T.stepTitle(out.pythonFull, out.shownStep + 1, out.totalSteps, where(out)).slice(0, 256),
      description: description(out, ctx.limits),
      color,
      fields: summaryFields(out),
      footer: T.footer,
    }],
    files: [
      { name: out.imageName ?? 'heap.png', data: out.image!, description: (out.alt ?? T.altFallback).slice(0, 1024) },
      ...carrier.files,
    ],
    rows: buttons(out, ctx.owner),
    ephemeral: ctx.ephemeral,
  };
}

/** The animation: no buttons; the code stays with it so it can be read alongside. */
export function gifReply(out: JobOutput, ctx: PictureContext): ReplyView {
  const carrier = codeCarrier(ctx.code);
  return {
    content: carrier.content,
    embeds: [{ title: T.gifTitle(out.pythonFull, out.totalSteps), description: description({ ...out, clampedFrom: null }, ctx.limits), color: COLOR.ok, fields: summaryFields(out), footer: T.footer }],
    files: [{ name: 'heap.gif', data: out.image!, description: `Animation of the heap of this snippet, ${out.totalSteps} steps, CPython ${out.pythonFull}.` }, ...carrier.files],
    rows: [],
    ephemeral: ctx.ephemeral,
  };
}

export function errorReply(text: string): ReplyView {
  return { content: text, embeds: [], files: [], rows: [], ephemeral: true };
}

/** One sentence for a job that produced no picture. */
export function jobErrorText(out: JobOutput): string {
  if (out.status === 'syntax') {
    const e = out.error ?? 'SyntaxError';
    const i = e.indexOf(':');
    return T.syntaxError(i > 0 ? e.slice(0, i) : 'SyntaxError', out.errorLine, i > 0 ? e.slice(i + 1).trim() : e);
  }
  if (out.status === 'refused') {
    const e = out.error ?? '';
    const imp = /import of module '([^']+)'/.exec(e);
    if (imp) return T.importNotAvailable(imp[1], out.errorLine);
    const what = /^NotSupported:\s*(.*?) is not supported yet/.exec(e);
    return T.notModelled(what ? what[1] : e.replace(/^NotSupported:\s*/, ''), out.errorLine);
  }
  return T.internal;
}

/** One sentence for a job the pool refused or killed. */
export function killText(o: Extract<JobOutcome, { ok: false }>, limits: Limits, kind: 'png' | 'gif' = 'png'): string {
  switch (o.reason) {
    case 'time': return T.killedTime(limits.simTimeoutMs);
    case 'render-time': return T.killedRender(kind === 'gif' ? limits.gifTimeoutMs : limits.renderTimeoutMs);
    case 'memory': return T.killedMemory(limits.memoryMb);
    case 'busy': return T.busy;
    case 'closed': return T.closing;
    default: return T.crashed;
  }
}
