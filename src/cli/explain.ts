// heapsnake explain [--list] [TOPIC] [--python 3.14|3.11]: a topic page with
// its examples' output, every number in it computed by the simulator.

import { parseArgs } from 'node:util';
import { findTopic, loadTopics } from '../topics/content.js';
import { pageText, ready, TOPIC_PYTHONS, type Python } from '../topics/page.js';

const HELP = `Usage: heapsnake explain --list
       heapsnake explain TOPIC [--python 3.14|3.11]

Prints a topic page (the numbers in it come from running its examples on the
simulated heap) with each example and its output. --list prints one topic per
line: id, then title.
`;

export async function explainCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' }, list: { type: 'boolean' }, python: { type: 'string', default: '3.14' } } });
  } catch (e) {
    process.stderr.write(`heapsnake explain: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) { process.stdout.write(HELP); return 0; }
  if (values.list) {
    for (const t of loadTopics()) process.stdout.write(`${t.id}\t${t.title}\n`);
    return 0;
  }
  const python = values.python as string;
  if (!(TOPIC_PYTHONS as readonly string[]).includes(python)) {
    process.stderr.write(`heapsnake explain: --python must be one of ${TOPIC_PYTHONS.join(', ')} (got '${python}')\n`);
    return 2;
  }
  if (positionals.length !== 1) { process.stderr.write(`heapsnake explain: expected one TOPIC (or --list)\n\n${HELP}`); return 2; }
  const t = findTopic(positionals[0]);
  if (!t) { process.stderr.write(`heapsnake explain: no topic '${positionals[0]}' (see explain --list)\n`); return 2; }
  await ready();
  process.stdout.write(pageText(t, python as Python));
  return 0;
}
