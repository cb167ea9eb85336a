// /quiz [topic] [python]: a snippet and a question from a template; the
// answer buttons carry (template, variant, version, choice), so the question
// is rebuilt and checked by the simulator when someone answers. The answer
// comes privately, with the picture that explains it.

import {
  ApplicationIntegrationType, InteractionContextType, MessageFlags, SlashCommandBuilder,
  type AutocompleteInteraction, type ButtonInteraction, type ChatInputCommandInteraction,
} from 'discord.js';
import { T, UserError } from '../src/app/text.js';
import { acked, contextOf, recordOf } from '../src/bot/context.js';
import { sayPrivately } from '../src/bot/flow.js';
import { editOptions, replyOptions } from '../src/bot/payload.js';
import { autocompleteTopics } from '../src/topics/autocomplete.js';
import { findTopic } from '../src/topics/content.js';
import { ready, stepForLine } from '../src/topics/page.js';
import { isCorrect, kindsFor, makeQuestion, QUIZ_KINDS, VARIANTS, type QuizKind } from '../src/topics/quiz.js';
import { parseTopicButton, quizAnswerView, quizView, TOPIC_ID_PREFIX, TT } from '../src/topics/views.js';
import { pythonOf } from './explain.js';
import { PYTHONS } from '../src/app/limits.js';

export const data = new SlashCommandBuilder()
  .setName('quiz')
  .setDescription(TT.quizDescription)
  .addStringOption((o) => o.setName('topic').setDescription(TT.quizTopicOption).setAutocomplete(true).setMaxLength(100))
  .addStringOption((o) => o.setName('python').setDescription(TT.pythonOption).addChoices(...PYTHONS.map((p) => ({ name: p, value: p }))))
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);

export async function autocomplete(i: AutocompleteInteraction): Promise<void> {
  await i.respond(autocompleteTopics(String(i.options.getFocused() ?? '')));
}

/** Test hook: pick the template and variant instead of at random. */
export const pick = { next: null as null | { kind: QuizKind; variant: number } };

export async function execute(i: ChatInputCommandInteraction): Promise<void> {
  const rec = recordOf(i);
  const topicName = i.options.getString('topic');
  const topic = topicName ? findTopic(topicName) : null;
  if (topicName && !topic) throw new UserError(TT.noTopic(topicName));
  const python = pythonOf(i.options.getString('python'));
  const kinds = kindsFor(topic?.id ?? null);
  const chosen = pick.next ?? { kind: kinds[Math.floor(Math.random() * kinds.length)], variant: Math.floor(Math.random() * VARIANTS) };
  pick.next = null;
  await ready();
  const q = makeQuestion(chosen.kind, chosen.variant, python);
  Object.assign(rec.fields, { quiz: q.kind, variant: q.variant });
  await i.reply(replyOptions(quizView(q)));
  acked(i);
  rec.outcome = 'question';
}

export const button = {
  matches: (id: string): boolean => id.startsWith(TOPIC_ID_PREFIX + 'q:'),
  async execute(i: ButtonInteraction): Promise<void> {
    const { service } = contextOf(i);
    const rec = recordOf(i);
    const b = parseTopicButton(i.customId);
    if (!b || b.t !== 'quiz' || !(QUIZ_KINDS as readonly string[]).includes(b.kind) || b.variant >= VARIANTS) throw new UserError(T.oldButton);
    const ticket = service.admit(i.user.id, 'step');
    if (!ticket.ok) {
      rec.outcome = `refused-${ticket.reason}`;
      await sayPrivately(i, service.refusalText(ticket));
      return;
    }
    try {
      await i.deferReply({ flags: MessageFlags.Ephemeral });
      acked(i);
      await ready();
      const q = makeQuestion(b.kind as QuizKind, b.variant, b.python);
      const correct = isCorrect(q, b.choice);
      rec.outcome = correct ? 'right' : 'wrong';
      const step = stepForLine(q.program, q.python, q.line);
      const r = await service.render({ code: q.program, python: q.python, step, kind: 'png', owner: i.user.id, ephemeral: true });
      if (r.kind !== 'ok') { await sayPrivately(i, r.view.content, 'private'); return; }
      await i.editReply(editOptions(quizAnswerView(q, b.choice, correct, r.view)));
    } finally {
      ticket.release();
    }
  },
};
