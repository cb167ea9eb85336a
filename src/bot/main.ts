// `npm start`: run the bot. Configuration from the environment and `.env`
// (README, "Run the bot"). A missing or rejected token: one sentence, exit 1.

import { createBot } from './bot.js';
import { ConfigError, loadEnv, type BotEnv } from './env.js';
import { jsonLogger } from './log.js';
import { loginProblem } from './problems.js';

async function main(): Promise<void> {
  let env: BotEnv;
  try {
    env = loadEnv();
  } catch (e) {
    if (e instanceof ConfigError) { process.stderr.write(`heapsnake bot: ${e.message}\n`); process.exit(1); }
    throw e;
  }
  const log = jsonLogger();
  const bot = createBot({ env, log });
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info('shutdown', { signal, inflight: bot.service.gate.size });
    bot.stop(10_000).then(
      () => { log.info('stopped', { signal }); process.exit(0); },
      (e: Error) => { log.error('stop-failed', { error: e.message }); process.exit(1); },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('unhandledRejection', (e) => log.error('unhandled-rejection', { error: (e as Error)?.message ?? String(e) }));
  try {
    await bot.start();
  } catch (e) {
    process.stderr.write(`heapsnake bot: ${loginProblem(e, env)}\n`);
    await bot.stop(0).catch(() => {});
    process.exit(1);
  }
}

await main();
