// /heap code:<snippet> [python:3.14|3.11] [step:N] [file:<.py attachment>]
// No code and no file: a modal with a paragraph input.

import {
  ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder,
  type ChatInputCommandInteraction,
} from 'discord.js';
import { checkAttachment, checkSource, sourceFromOption } from '../src/app/input.js';
import { DEFAULT_PYTHON, PYTHONS, type Python } from '../src/app/limits.js';
import { T, UserError } from '../src/app/text.js';
import { acked, contextOf, recordOf } from '../src/bot/context.js';
import { runFresh, type CodeFrom } from '../src/bot/flow.js';
import { heapModal } from './heap-modal.js';

export const data = new SlashCommandBuilder()
  .setName('heap')
  .setDescription(T.heapDescription)
  .addStringOption((o) => o.setName('code').setDescription(T.codeOption).setMaxLength(4000))
  .addStringOption((o) => o.setName('python').setDescription(T.pythonOption).addChoices(...PYTHONS.map((p) => ({ name: p, value: p }))))
  .addIntegerOption((o) => o.setName('step').setDescription(T.stepOption).setMinValue(1).setMaxValue(1_000_000))
  .addAttachmentOption((o) => o.setName('file').setDescription(T.fileOption))
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);

export async function execute(i: ChatInputCommandInteraction): Promise<void> {
  const { service } = contextOf(i);
  const L = service.limits;
  const code = i.options.getString('code');
  const file = i.options.getAttachment('file');
  const pythonOpt = i.options.getString('python') ?? DEFAULT_PYTHON;
  const python: Python = (PYTHONS as readonly string[]).includes(pythonOpt) ? (pythonOpt as Python) : DEFAULT_PYTHON;
  const stepOpt = i.options.getInteger('step');
  const step = stepOpt && stepOpt > 0 ? stepOpt - 1 : 'last';
  if (!code?.trim() && !file) {
    await i.showModal(heapModal(python, step, L.codeChars));
    acked(i);
    recordOf(i).outcome = 'modal';
    return;
  }
  if (code?.trim() && file) throw new UserError(T.bothCodeAndFile);
  let from: CodeFrom;
  if (file) {
    checkAttachment(file.name, file.size, L.fileBytes);
    from = { url: file.url, name: file.name, size: file.size };
  } else {
    from = { code: checkSource(sourceFromOption(code!), L.codeChars) };
  }
  await runFresh(i, { from, python, step });
}
