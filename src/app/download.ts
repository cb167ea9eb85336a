// Download an attachment with a time limit and a size cap, from allowed origins
// only (Discord's CDN, or the local stand-in the bot was pointed at).

import { T, UserError } from './text.js';

export interface DownloadOptions {
  maxBytes: number;
  timeoutMs: number;
  /** Origins (`https://cdn.discordapp.com`) files may come from. */
  allowedOrigins: readonly string[];
}

export const DISCORD_CDN_ORIGINS = ['https://cdn.discordapp.com', 'https://media.discordapp.net'];

export async function download(url: string, o: DownloadOptions): Promise<Uint8Array> {
  let u: URL;
  try { u = new URL(url); } catch { throw new UserError(T.fileDownload('bad address')); }
  if (!o.allowedOrigins.includes(u.origin)) throw new UserError(T.fileDownload(`not from Discord: ${u.host}`));
  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(), o.timeoutMs);
  try {
    const res = await fetch(u, { signal: ac.signal, redirect: 'error' });
    if (!res.ok || !res.body) throw new UserError(T.fileDownload(`HTTP ${res.status}`));
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (declared > o.maxBytes) throw new UserError(T.fileTooBig(declared, o.maxBytes));
    const chunks: Uint8Array[] = [];
    let total = 0;
    const reader = res.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > o.maxBytes) { await reader.cancel().catch(() => {}); throw new UserError(T.fileTooBig(total, o.maxBytes)); }
      chunks.push(value);
    }
    return Buffer.concat(chunks);
  } catch (e) {
    if (e instanceof UserError) throw e;
    if (ac.signal.aborted) throw new UserError(T.fileDownload(`no answer in ${o.timeoutMs / 1000} s`));
    throw new UserError(T.fileDownload((e as Error).message || 'network error'));
  } finally {
    clearTimeout(timer);
  }
}
