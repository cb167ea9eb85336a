// The shape of the modules in commands/ (the discord.js guide's convention:
// `data` to register, `execute` to run), plus component handlers by custom id.

import type {
  AutocompleteInteraction,
  ButtonInteraction, ChatInputCommandInteraction, MessageContextMenuCommandInteraction, ModalSubmitInteraction,
  RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';

export interface CommandModule {
  data: { name: string; toJSON(): RESTPostAPIApplicationCommandsJSONBody };
  execute(i: ChatInputCommandInteraction | MessageContextMenuCommandInteraction): Promise<void>;
  /** Suggestions for an option marked with autocomplete (≤ 25). */
  autocomplete?(i: AutocompleteInteraction): Promise<void>;
}

export interface ButtonModule {
  matches(customId: string): boolean;
  execute(i: ButtonInteraction): Promise<void>;
}

export interface ModalModule {
  matches(customId: string): boolean;
  execute(i: ModalSubmitInteraction): Promise<void>;
}
