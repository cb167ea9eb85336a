// The renderer imports nothing from Discord or the bot; the core never imports the renderer
// (tests/core-purity.test.ts checks that side).
import { it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'render');
const ALLOWED = new Set(['@napi-rs/canvas', '@dagrejs/dagre', 'gifenc']);

it('src/render imports only itself, the core, node built-ins and its drawing libraries', () => {
  const bad: string[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts'))) {
    const src = readFileSync(join(dir, f), 'utf8');
    for (const m of src.matchAll(/^\s*(?:import|export)\b[^;]*?from\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/gm)) {
      const spec = m[1] ?? m[2];
      const ok = (spec.startsWith('./') || spec.startsWith('../core/')) || spec.startsWith('node:') || ALLOWED.has(spec);
      if (!ok || /discord|\/bot/i.test(spec)) bad.push(`${f}: ${spec}`);
    }
  }
  expect(bad).toEqual([]);
});
