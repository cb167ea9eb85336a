// The Discord side of a job: acknowledge first (defer), run it in the pool,
// then show the picture or one private sentence. The order of calls is the
// only logic here; what to run and what to say come from src/app.

import { MessageFlags, type ButtonInteraction, type RepliableInteraction } from 'discord.js';
import type { ButtonId } from '../app/customid.js';
import { checkSource, sourceFromFile } from '../app/input.js';
import type { Python } from '../app/limits.js';
import { codeOfReply, SNIPPET_FILE } from '../app/reply.js';
import { UserError } from '../app/text.js';
import { acked, contextOf, recordOf } from './context.js';
import { editOptions, NO_MENTIONS, privateText } from './payload.js';

/** Code given directly, or an attachment to download once the interaction is acknowledged. */
export type CodeFrom = { code: string } | { url: string; name: string; size: number };

/** How the result is shown: a new public message, a new private one, or in place of the clicked one. */
type Mode = 'public' | 'private' | 'update';

/** Say one sentence privately, whatever state the interaction is in. */
export async function sayPrivately(i: RepliableInteraction, text: string, mode?: Mode): Promise<void> {
  if (!i.deferred && !i.replied) {
    await i.reply(privateText(text));
    acked(i);
    return;
  }
  if (mode === 'private') {
    await i.editReply({ content: text, embeds: [], components: [], files: [], attachments: [], allowedMentions: NO_MENTIONS });
    return;
  }
  if (mode === 'public') await i.deleteReply().catch(() => {});
  await i.followUp(privateText(text));
}

async function codeOf(i: RepliableInteraction, from: CodeFrom): Promise<string> {
  if ('code' in from) return from.code;
  const { service } = contextOf(i);
  const bytes = await service.fetchFile(from.url);
  return checkSource(sourceFromFile(from.name, bytes), service.limits.fileBytes);
}

/** A new run (/heap, its modal, the context menu): a public picture, private errors. */
export async function runFresh(i: RepliableInteraction, ask: { from: CodeFrom; python: Python; step: number | 'last' }): Promise<void> {
  const { service } = contextOf(i);
  const rec = recordOf(i);
  const ticket = service.admit(i.user.id, 'run');
  if (!ticket.ok) {
    rec.outcome = `refused-${ticket.reason}`;
    await sayPrivately(i, service.refusalText(ticket));
    return;
  }
  try {
    await i.deferReply();
    acked(i);
    const code = await codeOf(i, ask.from);
    const r = await service.render({ code, python: ask.python, step: ask.step, kind: 'png', owner: i.user.id, ephemeral: false });
    Object.assign(rec.fields, { waitMs: r.waitMs, runMs: r.runMs, python: ask.python, detail: r.detail });
    rec.outcome = r.outcome;
    if (r.kind === 'ok') await i.editReply(editOptions(r.view));
    else await sayPrivately(i, r.view.content, 'public');
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    rec.outcome = 'input';
    await sayPrivately(i, e.text, 'public');
  } finally {
    ticket.release();
  }
}

/**
 * A button under a picture. Stepping (⏮ ◀ ▶ ⏭): the person the view belongs
 * to (in the custom id) moves it in place; anyone else gets their own private
 * view of that step. GIF and 3.11 ⇄ 3.14: a new message, public when the owner
 * clicks on a public picture, else private.
 */
export async function runButton(i: ButtonInteraction, id: ButtonId): Promise<void> {
  const { service } = contextOf(i);
  const rec = recordOf(i);
  rec.fields.action = id.action;
  if (id.action === 'position') {
    await i.deferUpdate();
    acked(i);
    rec.outcome = 'noop';
    return;
  }
  const msg = i.message;
  const carrier = codeOfReply(msg.content ?? '', [...msg.attachments.values()].map((a) => ({ name: a.name, url: a.url, size: a.size })));
  const ticket = service.admit(i.user.id, 'step');
  if (!ticket.ok) {
    rec.outcome = `refused-${ticket.reason}`;
    await sayPrivately(i, service.refusalText(ticket));
    return;
  }
  const isOwner = i.user.id === id.owner;
  const onPrivate = msg.flags.has(MessageFlags.Ephemeral);
  const stepping = id.action === 'first' || id.action === 'prev' || id.action === 'next' || id.action === 'last';
  const mode: Mode = stepping ? (isOwner ? 'update' : 'private') : isOwner && !onPrivate ? 'public' : 'private';
  rec.fields.mode = mode;
  try {
    if (mode === 'update') await i.deferUpdate();
    else await i.deferReply(mode === 'private' ? { flags: MessageFlags.Ephemeral } : {});
    acked(i);
    const code = 'code' in carrier
      ? carrier.code
      : await codeOf(i, { url: carrier.url, name: SNIPPET_FILE, size: carrier.size });
    const r = await service.render({
      code, python: id.python, step: id.step, kind: id.action === 'gif' ? 'gif' : 'png', owner: i.user.id,
      ephemeral: mode === 'private' || (mode === 'update' && onPrivate),
      ...(id.action !== 'swap' && id.stopAt !== undefined ? { stopAt: id.stopAt } : {}),
    });
    Object.assign(rec.fields, { waitMs: r.waitMs, runMs: r.runMs, python: id.python, detail: r.detail });
    rec.outcome = r.outcome;
    if (r.kind === 'ok') await i.editReply(editOptions(r.view));
    else await sayPrivately(i, r.view.content, mode);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    rec.outcome = 'input';
    await sayPrivately(i, e.text, mode);
  } finally {
    ticket.release();
  }
}

