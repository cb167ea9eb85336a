// "Did you mean" suggestions for NameError and AttributeError:
// Python/suggestions.c (_Py_CalculateSuggestions, levenshtein_distance with
// MOVE_COST 2 and CASE_COST 1, MAX_CANDIDATE_ITEMS 750, MAX_STRING_SIZE 40).

const MOVE_COST = 2, CASE_COST = 1, MAX_STRING_SIZE = 40;

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if (a.toLowerCase() === b.toLowerCase()) return CASE_COST;
  return MOVE_COST;
}

function levenshtein(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  // strip common prefix/suffix
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  a = a.slice(pre); b = b.slice(pre);
  let suf = 0;
  while (suf < a.length && suf < b.length && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  a = a.slice(0, a.length - suf); b = b.slice(0, b.length - suf);
  if (!a.length || !b.length) return (a.length + b.length) * MOVE_COST;
  if (Math.abs(a.length - b.length) * MOVE_COST > maxCost) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  const buffer: number[] = [];
  for (let i = 0; i < a.length; i++) buffer[i] = (i + 1) * MOVE_COST;
  let result = 0;
  for (let bIndex = 0; bIndex < b.length; bIndex++) {
    const code = b[bIndex];
    let distance = result = bIndex * MOVE_COST;
    let minimum = Number.MAX_SAFE_INTEGER;
    for (let index = 0; index < a.length; index++) {
      const substitute = distance + substitutionCost(code, a[index]);
      distance = buffer[index];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[index] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

export function suggest(name: string, candidates: string[]): string | null {
  if (candidates.length > 750 || name.length > MAX_STRING_SIZE) return null;
  let best: string | null = null;
  let bestDist = Number.MAX_SAFE_INTEGER;
  const seen = new Set<string>();
  for (const c of candidates) {
    if (seen.has(c)) continue;
    seen.add(c);
    if (c === name) continue;
    // Don't take matches of length 1 for names longer than 1... (as CPython: max cost from lengths)
    const maxDist = Math.floor(((name.length + c.length + 3) * MOVE_COST) / 6);
    const limit = Math.min(maxDist, bestDist - 1);
    const d = levenshtein(name, c, limit);
    if (d > limit) continue;
    if (best === null || d < bestDist) { best = c; bestDist = d; }
  }
  return best;
}
