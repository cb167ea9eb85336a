// Structured logs: one JSON object per line on stdout (one line per interaction:
// command, user hash, ms, outcome). User ids are never logged, only a salted hash.

import { createHash, randomBytes } from 'node:crypto';

export type Fields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  info(event: string, fields?: Fields): void;
  warn(event: string, fields?: Fields): void;
  error(event: string, fields?: Fields): void;
  /** A short stable hash of a user id (salted per process). */
  user(id: string): string;
}

export function jsonLogger(write: (line: string) => void = (l) => process.stdout.write(l)): Logger {
  const salt = randomBytes(16);
  const emit = (level: string, event: string, fields: Fields = {}): void => {
    const rec: Record<string, unknown> = { ts: new Date().toISOString(), level, event };
    for (const [k, v] of Object.entries(fields)) if (v !== undefined) rec[k] = v;
    write(JSON.stringify(rec) + '\n');
  };
  return {
    info: (e, f) => emit('info', e, f),
    warn: (e, f) => emit('warn', e, f),
    error: (e, f) => emit('error', e, f),
    user: (id) => createHash('sha256').update(salt).update(id).digest('hex').slice(0, 12),
  };
}

/** A logger that keeps lines in memory (tests). */
export function memoryLogger(): Logger & { lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const l = jsonLogger((s) => { lines.push(JSON.parse(s)); });
  return Object.assign(l, { lines });
}
