// One sentence for each way starting the bot or registering its commands fails.

import type { BotEnv } from './env.js';

const REJECTED = 'Discord rejected DISCORD_TOKEN: reset the token on the Bot page of your application and put the new one in .env.';

/** One sentence for a failed login. */
export function loginProblem(e: unknown, env: BotEnv): string {
  const err = e as { code?: string | number; status?: number; message?: string; cause?: { code?: string } };
  if (err instanceof Error && err.name === 'StartupError') return err.message;
  const where = env.apiUrl ?? 'https://discord.com/api';
  if (err?.code === 'TokenInvalid' || err?.status === 401) return REJECTED;
  if (err?.code === 'DisallowedIntents') return 'Discord refused the Guilds intent for this bot: check the Bot page of your application.';
  const net = err?.cause?.code ?? (typeof err?.code === 'string' ? err.code : undefined);
  if (net && /^E[A-Z]+/.test(net)) return `Could not reach Discord at ${where} (${net}): check the network or DISCORD_API_URL.`;
  return `Could not log in to Discord: ${(err?.message ?? String(e)).split('\n')[0]}`;
}

/** One sentence for a failed `npm run deploy`. */
export function deployProblem(e: unknown, env: BotEnv): string {
  const err = e as { status?: number; message?: string; cause?: { code?: string } };
  if (err?.status === 401) return REJECTED;
  if (err?.status === 403 || err?.status === 404) return `Discord refused the registration (${err.status}): check DISCORD_CLIENT_ID${env.guildId ? ' and DISCORD_GUILD_ID (is the bot in that server?)' : ''}.`;
  if (err?.cause?.code) return `Could not reach Discord at ${env.apiUrl ?? 'https://discord.com/api'} (${err.cause.code}): check the network or DISCORD_API_URL.`;
  return `Registering the commands failed: ${(err?.message ?? String(e)).split('\n')[0]}`;
}
