// /explain topic:<name> [python]: the topic's text (numbers filled by the
// simulator), its example's picture and output, and a "Run this" button that
// opens /heap on the example (whose step buttons then work as usual).

import {
  ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder,
  type AutocompleteInteraction, type ButtonInteraction, type ChatInputCommandInteraction,
} from 'discord.js';
import { DEFAULT_PYTHON, PYTHONS, type Python } from '../src/app/limits.js';
import { UserError, T } from '../src/app/text.js';
import { acked, contextOf, recordOf } from '../src/bot/context.js';
import { runFresh, sayPrivately } from '../src/bot/flow.js';
import { editOptions } from '../src/bot/payload.js';
import { autocompleteTopics } from '../src/topics/autocomplete.js';
import { findTopic } from '../src/topics/content.js';
import { ready, topicPage } from '../src/topics/page.js';
import { explainView, parseTopicButton, TOPIC_ID_PREFIX, TT } from '../src/topics/views.js';

export const data = new SlashCommandBuilder()
  .setName('explain')
  .setDescription(TT.explainDescription)
  .addStringOption((o) => o.setName('topic').setDescription(TT.topicOption).setRequired(true).setAutocomplete(true).setMaxLength(100))
  .addStringOption((o) => o.setName('python').setDescription(TT.pythonOption).addChoices(...PYTHONS.map((p) => ({ name: p, value: p }))))
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);

export function pythonOf(s: string | null): Python {
  return s && (PYTHONS as readonly string[]).includes(s) ? (s as Python) : DEFAULT_PYTHON;
}

/** Autocomplete (the router calls it for AutocompleteInteractions of /explain). */
export async function autocomplete(i: AutocompleteInteraction): Promise<void> {
  await i.respond(autocompleteTopics(String(i.options.getFocused() ?? '')));
}

export async function execute(i: ChatInputCommandInteraction): Promise<void> {
  const { service } = contextOf(i);
  const rec = recordOf(i);
  const name = i.options.getString('topic', true);
  const t = findTopic(name);
  if (!t) throw new UserError(TT.noTopic(name));
  const python = pythonOf(i.options.getString('python'));
  rec.fields.topic = t.id;
  const ticket = service.admit(i.user.id, 'run');
  if (!ticket.ok) {
    rec.outcome = `refused-${ticket.reason}`;
    await sayPrivately(i, service.refusalText(ticket));
    return;
  }
  try {
    await i.deferReply();
    acked(i);
    await ready();
    const page = topicPage(t, python);
    const r = await service.render({ code: page.code, python, step: 'last', kind: 'png', owner: i.user.id, ephemeral: false });
    rec.outcome = r.outcome;
    if (r.kind !== 'ok') { await sayPrivately(i, r.view.content, 'public'); return; }
    await i.editReply(editOptions(explainView(page, r.view)));
  } finally {
    ticket.release();
  }
}

/** "Run this": the /heap reply path, on the topic's example. */
export const button = {
  matches: (id: string): boolean => id.startsWith(TOPIC_ID_PREFIX + 'run:'),
  async execute(i: ButtonInteraction): Promise<void> {
    const b = parseTopicButton(i.customId);
    const t = b && b.t === 'run' ? findTopic(b.topic) : null;
    if (!b || b.t !== 'run' || !t) throw new UserError(T.oldButton);
    recordOf(i).fields.topic = t.id;
    await runFresh(i, { from: { code: t.examples[0] }, python: b.python, step: 'last' });
  },
};
