// Message context menu "Visualize heap": the first ```py / ```python / ``` block
// of any message (or its whole text, or its .py attachment), in one click.

import {
  ApplicationCommandType, ApplicationIntegrationType, ContextMenuCommandBuilder, InteractionContextType,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import { checkAttachment, checkSource, fencedBlocks, sourceFromMessage } from '../src/app/input.js';
import { DEFAULT_PYTHON } from '../src/app/limits.js';
import { T } from '../src/app/text.js';
import { contextOf } from '../src/bot/context.js';
import { runFresh, type CodeFrom } from '../src/bot/flow.js';

export const data = new ContextMenuCommandBuilder()
  .setName(T.contextMenuName)
  .setType(ApplicationCommandType.Message)
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);

export async function execute(i: MessageContextMenuCommandInteraction): Promise<void> {
  const L = contextOf(i).service.limits;
  const m = i.targetMessage;
  const content = m.content ?? '';
  const file = m.attachments.find((a) => /\.(py|txt)$/i.test(a.name));
  let from: CodeFrom;
  if (file && !fencedBlocks(content).length) {
    checkAttachment(file.name, file.size, L.fileBytes);
    from = { url: file.url, name: file.name, size: file.size };
  } else {
    from = { code: checkSource(sourceFromMessage(content), Math.max(L.codeChars, 4000)) };
  }
  await runFresh(i, { from, python: DEFAULT_PYTHON, step: 'last' });
}
