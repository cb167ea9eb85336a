// The core knows nothing of Discord or canvas: src/core imports only itself,
// node built-ins and the parser.
import { it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const core = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'core');

function files(d: string): string[] {
  return readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(d, e.name)) : e.name.endsWith('.ts') ? [join(d, e.name)] : []));
}

it('src/core imports no Discord, canvas or renderer code', () => {
  const bad: string[] = [];
  for (const f of files(core)) {
    const src = readFileSync(f, 'utf8');
    for (const m of src.matchAll(/^\s*(?:import|export)\b[^;]*?from\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/gm)) {
      const spec = m[1] ?? m[2];
      const allowed = spec.startsWith('.') && !spec.includes('/render') && !spec.includes('/bot') && !spec.includes('../cli')
        || spec.startsWith('node:') || spec === 'web-tree-sitter';
      if (!allowed) bad.push(`${f}: ${spec}`);
    }
  }
  expect(bad).toEqual([]);
});
