// The /heap modal (a multi-line code box) and its submit handler.

import {
  LabelBuilder, ModalBuilder, TextInputBuilder, TextInputStyle,
  type ModalSubmitInteraction,
} from 'discord.js';
import { isModalId, modalId, parseModalId } from '../src/app/customid.js';
import { checkSource, normalizeSource } from '../src/app/input.js';
import type { Python } from '../src/app/limits.js';
import { T, UserError } from '../src/app/text.js';
import { contextOf } from '../src/bot/context.js';
import { runFresh } from '../src/bot/flow.js';

export const CODE_FIELD = 'code';

export function heapModal(python: Python, step: number | 'last', maxChars: number): ModalBuilder {
  return new ModalBuilder()
    .setCustomId(modalId({ python, step }))
    .setTitle(T.modalTitle)
    .addLabelComponents(
      new LabelBuilder()
        .setLabel(T.modalLabel)
        .setDescription(T.modalDescription)
        .setTextInputComponent(
          new TextInputBuilder()
            .setCustomId(CODE_FIELD)
            .setStyle(TextInputStyle.Paragraph)
            .setMinLength(1)
            .setMaxLength(Math.min(4000, maxChars))
            .setPlaceholder(T.modalPlaceholder)
            .setRequired(true),
        ),
    );
}

export function matches(customId: string): boolean { return isModalId(customId); }

export async function execute(i: ModalSubmitInteraction): Promise<void> {
  const id = parseModalId(i.customId);
  if (!id) throw new UserError(T.oldButton);
  const L = contextOf(i).service.limits;
  const code = checkSource(normalizeSource(i.fields.getTextInputValue(CODE_FIELD)), L.codeChars);
  await runFresh(i, { from: { code }, python: id.python, step: id.step });
}
