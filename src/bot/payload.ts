// ReplyView (plain data from src/app) → discord.js message options. Every
// message the bot sends goes through here, with no mention ever parsed.

import {
  ActionRowBuilder, AttachmentBuilder, ButtonBuilder, ButtonStyle, EmbedBuilder, MessageFlags,
  type InteractionEditReplyOptions, type InteractionReplyOptions, type MessageMentionOptions,
} from 'discord.js';
import type { ReplyView } from '../app/reply.js';

export const NO_MENTIONS: MessageMentionOptions = { parse: [], repliedUser: false };

function parts(view: ReplyView) {
  return {
    content: view.content,
    embeds: view.embeds.map((e) => {
      const b = new EmbedBuilder().setTitle(e.title).setDescription(e.description).setColor(e.color);
      if (e.fields.length) b.addFields(e.fields);
      if (e.footer) b.setFooter({ text: e.footer });
      return b;
    }),
    files: view.files.map((f) => new AttachmentBuilder(Buffer.from(f.data.buffer, f.data.byteOffset, f.data.byteLength), { name: f.name, ...(f.description ? { description: f.description } : {}) })),
    components: view.rows.map((row) => new ActionRowBuilder<ButtonBuilder>().addComponents(
      row.map((b) => new ButtonBuilder().setCustomId(b.customId).setLabel(b.label).setStyle(b.style === 'primary' ? ButtonStyle.Primary : ButtonStyle.Secondary).setDisabled(b.disabled)),
    )),
    allowedMentions: NO_MENTIONS,
  };
}

/** A new message (reply or follow-up). */
export function replyOptions(view: ReplyView): InteractionReplyOptions & { flags?: number } {
  const p = parts(view);
  return { ...p, ...(view.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) };
}

/** Replacing a message: its old attachments go, the new ones come. */
export function editOptions(view: ReplyView): InteractionEditReplyOptions {
  return { ...parts(view), attachments: [] };
}

/** A short private sentence. */
export function privateText(text: string): InteractionReplyOptions & { flags: number } {
  return { content: text, allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral };
}
