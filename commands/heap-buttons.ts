// The buttons under a picture: ⏮ ◀ ▶ ⏭, GIF, 3.11 ⇄ 3.14. Stateless: the
// custom id carries version, step and owner; the code comes from the message.

import type { ButtonInteraction } from 'discord.js';
import { isButtonId, parseButtonId } from '../src/app/customid.js';
import { T, UserError } from '../src/app/text.js';
import { runButton } from '../src/bot/flow.js';

export function matches(customId: string): boolean { return isButtonId(customId); }

export async function execute(i: ButtonInteraction): Promise<void> {
  const id = parseButtonId(i.customId);
  if (!id) throw new UserError(T.oldButton);
  await runButton(i, id);
}
