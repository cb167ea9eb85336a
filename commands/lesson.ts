// /lesson start name:<lesson> | /lesson stop. A lesson step is posted publicly
// with Back / Next / End; only the presenter (in the custom id, so a restart
// loses nothing) can use them, anyone else gets a private sentence. /lesson stop
// ends the caller's lessons in the channel, found by those custom ids.

import {
  ApplicationIntegrationType, InteractionContextType, makeURLSearchParams, MessageFlags, Routes, SlashCommandBuilder,
  type AutocompleteInteraction, type ButtonInteraction, type ChatInputCommandInteraction,
} from 'discord.js';
import { T, UserError } from '../src/app/text.js';
import { acked, contextOf, recordOf } from '../src/bot/context.js';
import { sayPrivately } from '../src/bot/flow.js';
import { editOptions, NO_MENTIONS } from '../src/bot/payload.js';
import { autocompleteLessons } from '../src/topics/autocomplete.js';
import { findLesson, loadLessons, type Lesson } from '../src/topics/content.js';
import { ready, stepForLine } from '../src/topics/page.js';
import { LESSON_STOP_LOOKBACK, lessonView, openLessons, parseTopicButton, TOPIC_ID_PREFIX, TT, type ChannelMessage } from '../src/topics/views.js';
import type { HeapService } from '../src/app/service.js';

export const data = new SlashCommandBuilder()
  .setName('lesson')
  .setDescription(TT.lessonDescription)
  .addSubcommand((s) => s.setName('start').setDescription(TT.lessonStart)
    .addStringOption((o) => o.setName('name').setDescription(TT.lessonOption).setRequired(true)
      .addChoices(...loadLessons().slice(0, 25).map((l) => ({ name: l.title.slice(0, 100), value: l.id })))))
  .addSubcommand((s) => s.setName('stop').setDescription(TT.lessonStop))
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);

export async function autocomplete(i: AutocompleteInteraction): Promise<void> {
  await i.respond(autocompleteLessons(String(i.options.getFocused() ?? '')));
}

/** The reply of step `step` of lesson `l`: the picture stopped after the step's line. */
export async function lessonStep(service: HeapService, l: Lesson, step: number, presenter: string) {
  const s = l.steps[step];
  await ready();
  const at = stepForLine(s.code, '3.14', s.stop);
  const r = await service.render({ code: s.code, python: '3.14', step: at, kind: 'png', owner: presenter, ephemeral: false });
  return r.kind === 'ok' ? { ok: true as const, view: lessonView(l, step, presenter, r.view), outcome: r.outcome } : { ok: false as const, text: r.view.content, outcome: r.outcome };
}

export async function execute(i: ChatInputCommandInteraction): Promise<void> {
  const { service } = contextOf(i);
  const rec = recordOf(i);
  const sub = i.options.getSubcommand();
  if (sub === 'stop') return stop(i);
  const name = i.options.getString('name', true);
  const l = findLesson(name);
  if (!l) throw new UserError(TT.noLesson(name));
  rec.fields.lesson = l.id;
  const ticket = service.admit(i.user.id, 'run');
  if (!ticket.ok) {
    rec.outcome = `refused-${ticket.reason}`;
    await sayPrivately(i, service.refusalText(ticket));
    return;
  }
  try {
    await i.deferReply();
    acked(i);
    const r = await lessonStep(service, l, 0, i.user.id);
    rec.outcome = r.outcome;
    if (!r.ok) { await sayPrivately(i, r.text, 'public'); return; }
    await i.editReply(editOptions(r.view));
  } finally {
    ticket.release();
  }
}

/**
 * /lesson stop: end every lesson the caller presents among the channel's recent
 * messages (found by their buttons' custom ids), as the End button would.
 * Needs View Channel + Read Message History; without them, one private sentence.
 */
async function stop(i: ChatInputCommandInteraction): Promise<void> {
  const rec = recordOf(i);
  await i.deferReply();
  acked(i);
  let messages: ChannelMessage[];
  try {
    messages = await i.client.rest.get(Routes.channelMessages(i.channelId), { query: makeURLSearchParams({ limit: LESSON_STOP_LOOKBACK }) }) as ChannelMessage[];
  } catch {
    rec.outcome = 'stop-unreadable';
    await sayPrivately(i, TT.cannotReadChannel, 'public');
    return;
  }
  const open = openLessons(messages, i.client.user.id, i.user.id);
  const ended: string[] = [];
  for (const m of open) {
    const title = findLesson(m.lesson)?.title ?? m.lesson;
    try {
      await i.client.rest.patch(Routes.channelMessage(i.channelId, m.id), {
        body: { content: TT.lessonEnded(title, i.user.id), embeds: [], components: [], attachments: [], allowed_mentions: { parse: [] } },
      });
      if (!ended.includes(title)) ended.push(title);
    } catch { /* deleted meanwhile, or not editable: the others still end */ }
  }
  rec.outcome = ended.length ? 'stopped' : 'stop-none';
  if (!ended.length) { await sayPrivately(i, TT.noOpenLesson(LESSON_STOP_LOOKBACK), 'public'); return; }
  await i.editReply({ content: TT.lessonsStopped(ended, i.user.id), allowedMentions: NO_MENTIONS });
}

export const button = {
  matches: (id: string): boolean => id.startsWith(TOPIC_ID_PREFIX + 'l:'),
  async execute(i: ButtonInteraction): Promise<void> {
    const { service } = contextOf(i);
    const rec = recordOf(i);
    const b = parseTopicButton(i.customId);
    const l = b && b.t === 'lesson' ? findLesson(b.lesson) : null;
    if (!b || b.t !== 'lesson' || !l || b.step >= l.steps.length) throw new UserError(T.oldButton);
    rec.fields.action = `lesson-${b.action}`;
    if (i.user.id !== b.presenter) {
      rec.outcome = 'not-presenter';
      await i.reply({ content: TT.onlyPresenter, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
      acked(i);
      return;
    }
    if (b.action === 'end') {
      await i.update({ content: TT.lessonEnded(l.title, b.presenter), embeds: [], components: [], files: [], attachments: [], allowedMentions: NO_MENTIONS });
      acked(i);
      rec.outcome = 'ended';
      return;
    }
    const ticket = service.admit(i.user.id, 'step');
    if (!ticket.ok) {
      rec.outcome = `refused-${ticket.reason}`;
      await sayPrivately(i, service.refusalText(ticket));
      return;
    }
    try {
      await i.deferUpdate();
      acked(i);
      const r = await lessonStep(service, l, b.step, b.presenter);
      rec.outcome = r.outcome;
      if (!r.ok) { await sayPrivately(i, r.text, 'update'); return; }
      await i.editReply(editOptions(r.view));
    } finally {
      ticket.release();
    }
  },
};
