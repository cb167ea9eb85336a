// The bot's configuration from the environment (and `.env`, via dotenv).
// Every problem is one sentence (ConfigError), never a stack trace.

import dotenv from 'dotenv';

export interface BotEnv {
  token: string;
  clientId: string;
  guildId: string | null;
  /** REST base URL without the version (`https://discord.com/api`), when not Discord's. */
  apiUrl: string | null;
}

export class ConfigError extends Error {
  constructor(message: string) { super(message); this.name = 'ConfigError'; }
}

const SNOWFLAKE = /^\d{17,20}$/;

/** Load `.env` (never overriding variables already set) and read the bot's variables. */
export function loadEnv(env: NodeJS.ProcessEnv = process.env, dotenvPath?: string): BotEnv {
  dotenv.config({ quiet: true, processEnv: env as Record<string, string>, ...(dotenvPath ? { path: dotenvPath } : {}) });
  const get = (k: string): string => (env[k] ?? '').trim();
  const token = get('DISCORD_TOKEN').replace(/^Bot\s+/i, '');
  const clientId = get('DISCORD_CLIENT_ID');
  const guildId = get('DISCORD_GUILD_ID');
  const apiUrl = get('DISCORD_API_URL');
  if (!token) throw new ConfigError('DISCORD_TOKEN is not set: copy .env.example to .env and put your bot token in it (README, "Run the bot").');
  if (/\s/.test(token) || token.length < 20) throw new ConfigError('DISCORD_TOKEN does not look like a bot token: copy it again from the Bot page of your application (README, "Run the bot").');
  if (!clientId) throw new ConfigError('DISCORD_CLIENT_ID is not set: put your application\'s id in .env (README, "Run the bot").');
  if (!SNOWFLAKE.test(clientId)) throw new ConfigError(`DISCORD_CLIENT_ID must be your application's id, a number of 17 to 20 digits (got '${clientId.slice(0, 30)}').`);
  if (guildId && !SNOWFLAKE.test(guildId)) throw new ConfigError(`DISCORD_GUILD_ID must be a server id, a number of 17 to 20 digits, or empty (got '${guildId.slice(0, 30)}').`);
  let api: string | null = null;
  if (apiUrl) {
    let u: URL;
    try { u = new URL(apiUrl); } catch { throw new ConfigError(`DISCORD_API_URL is not a URL (got '${apiUrl.slice(0, 60)}').`); }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new ConfigError(`DISCORD_API_URL must start with http:// or https:// (got '${apiUrl.slice(0, 60)}').`);
    api = apiUrl.replace(/\/+$/, '');
  }
  return { token, clientId, guildId: guildId || null, apiUrl: api };
}
