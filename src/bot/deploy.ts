// `npm run deploy`: register the commands (the `data` of every module in
// commands/) in one guild when DISCORD_GUILD_ID is set (instant), else globally.

import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import { commands } from '../../commands/index.js';
import { ConfigError, loadEnv, type BotEnv } from './env.js';
import { deployProblem } from './problems.js';

export function commandJson(): unknown[] {
  return commands.map((c) => c.data.toJSON());
}

export async function deploy(env: BotEnv): Promise<{ count: number; where: string }> {
  const rest = new REST(env.apiUrl ? { api: env.apiUrl } : {}).setToken(env.token);
  const body = commandJson();
  const route = env.guildId ? Routes.applicationGuildCommands(env.clientId, env.guildId) : Routes.applicationCommands(env.clientId);
  const res = (await rest.put(route, { body })) as unknown[];
  return { count: Array.isArray(res) ? res.length : body.length, where: env.guildId ? `in guild ${env.guildId}` : 'globally' };
}

async function main(): Promise<void> {
  let env: BotEnv;
  try {
    env = loadEnv();
  } catch (e) {
    if (e instanceof ConfigError) { process.stderr.write(`heapsnake deploy: ${e.message}\n`); process.exit(1); }
    throw e;
  }
  try {
    const r = await deploy(env);
    const names = commands.map((c) => c.data.name).join(', ');
    process.stdout.write(`Registered ${r.count} commands (${names}) ${r.where}${env.guildId ? '' : '; global commands can take up to an hour to appear'}.\n`);
  } catch (e) {
    const msg = deployProblem(e, env);
    process.stderr.write(`heapsnake deploy: ${msg}\n`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
