// Stateless custom ids: everything a button or the modal needs, except the code
// (recovered from the message the button is on), is in its id, so old buttons
// keep working after a restart and on any of several bot processes.
//
//   hs1:<action>:<python>:<step>:<owner>[:<stopAt>]     buttons
//   hs1:m:<python>:<step>                               the /heap modal
//
// action: f n p l (first next previous last step), g (GIF), v (other version),
// i (the position label, does nothing); step: 0-based index or L (the default
// step); owner: the user the view belongs to; stopAt: replay length of a run
// that the clock stopped. At most ~60 characters (Discord allows 100).

import { PYTHONS, type Python } from './limits.js';

export const ID_PREFIX = 'hs1:';

export type ButtonAction = 'first' | 'prev' | 'next' | 'last' | 'gif' | 'swap' | 'position';
const A2C: Record<ButtonAction, string> = { first: 'f', prev: 'p', next: 'n', last: 'l', gif: 'g', swap: 'v', position: 'i' };
const C2A = Object.fromEntries(Object.entries(A2C).map(([a, c]) => [c, a])) as Record<string, ButtonAction>;

export interface ButtonId {
  action: ButtonAction;
  python: Python;
  step: number | 'last';
  owner: string;
  stopAt?: number;
}

export interface ModalId { python: Python; step: number | 'last' }

const stepStr = (s: number | 'last'): string => (s === 'last' ? 'L' : String(s));
function parseStep(s: string): number | 'last' | null {
  if (s === 'L') return 'last';
  return /^\d{1,7}$/.test(s) ? Number(s) : null;
}
const isPython = (s: string): s is Python => (PYTHONS as readonly string[]).includes(s);

export function buttonId(b: ButtonId): string {
  const parts = [ID_PREFIX + A2C[b.action], b.python, stepStr(b.step), b.owner];
  if (b.stopAt !== undefined) parts.push(String(b.stopAt));
  return parts.join(':');
}

export function parseButtonId(id: string): ButtonId | null {
  if (!id.startsWith(ID_PREFIX)) return null;
  const p = id.slice(ID_PREFIX.length).split(':');
  if (p.length < 4 || p.length > 5) return null;
  const action = C2A[p[0]];
  const step = parseStep(p[2]);
  if (!action || action === ('modal' as string) || !isPython(p[1]) || step === null || !/^\d{1,25}$/.test(p[3])) return null;
  const b: ButtonId = { action, python: p[1], step, owner: p[3] };
  if (p.length === 5) {
    if (!/^\d{1,9}$/.test(p[4])) return null;
    b.stopAt = Number(p[4]);
  }
  return b;
}

export function modalId(m: ModalId): string { return `${ID_PREFIX}m:${m.python}:${stepStr(m.step)}`; }

export function parseModalId(id: string): ModalId | null {
  const m = /^hs1:m:([0-9.]+):(L|\d{1,7})$/.exec(id);
  if (!m || !isPython(m[1])) return null;
  return { python: m[1], step: parseStep(m[2])! };
}

export function isModalId(id: string): boolean { return id.startsWith(ID_PREFIX + 'm:'); }
export function isButtonId(id: string): boolean { return id.startsWith(ID_PREFIX) && !isModalId(id); }
