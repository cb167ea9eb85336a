// What scripts/probe.mjs and scripts/picture-probe.mjs share: finding CPython 3.11 and reading the
// command line (`FILE|DIR ... [--only 3.14|3.11] [--quiet]`).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * 3.11 as scripts/oracle.mjs finds it: the real executable behind `python3.11` / `python3` on the inherited
 * PATH (pyenv's 3.11.7). Spawned by name with another PATH, `python3` could be /usr/bin/python3 (Debian's
 * 3.11.2), whose start-up leaves other gc counts than the expected files record. null when none is 3.11.
 */
export function realPython311(names = [process.env.ORACLE_PYTHON311, 'python3.11', 'python3'].filter(Boolean)) {
  for (const n of names) {
    const r = spawnSync(n, ['-c', 'import sys; print(sys.executable); print(sys.version.split()[0])'], { encoding: 'utf8' });
    if (r.status === 0) { const [exe, ver] = r.stdout.trim().split('\n'); if (ver.startsWith('3.11.')) return exe; }
  }
  return null;
}

/** The programs (each FILE, and a DIR's .py files in name order), the versions and --quiet. */
export function probeArgs(args) {
  let versions = ['3.14', '3.11'];
  let quiet = false;
  const files = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--only') versions = [args[++i]];
    else if (args[i] === '--quiet') quiet = true;
    else if (statSync(args[i]).isDirectory()) files.push(...readdirSync(args[i]).filter((f) => f.endsWith('.py')).sort().map((f) => path.join(args[i], f)));
    else files.push(args[i]);
  }
  return { versions, quiet, files };
}
