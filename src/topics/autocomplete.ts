// Autocomplete for /explain, /lesson and /quiz: prefix matches on the id,
// title and aliases first, then substring matches; at most 25 (Discord's limit).

import { loadLessons, loadTopics } from './content.js';

export interface Choice { name: string; value: string }
export const MAX_CHOICES = 25;

interface Entry { id: string; title: string; aliases: string[] }

const low = (s: string): string => s.toLowerCase();

export function rank(entries: Entry[], query: string): Choice[] {
  const q = low(query.trim());
  const scored: { e: Entry; score: number }[] = [];
  for (const e of entries) {
    const keys = [e.id, e.title, ...e.aliases].map(low);
    let score = -1;
    if (!q) score = 3;
    else if (keys[0] === q || keys.slice(2).includes(q)) score = 0;
    else if (keys[0].startsWith(q)) score = 1;
    else if (keys.some((k) => k.startsWith(q) || k.split(/[\s\-_.]+/).some((w) => w.startsWith(q)))) score = 1.5;
    else if (keys.some((k) => k.includes(q))) score = 2;
    if (score >= 0) scored.push({ e, score });
  }
  scored.sort((a, b) => a.score - b.score || a.e.id.localeCompare(b.e.id));
  return scored.slice(0, MAX_CHOICES).map(({ e }) => ({ name: `${e.title} (${e.id})`.slice(0, 100), value: e.id }));
}

export function autocompleteTopics(query: string): Choice[] { return rank(loadTopics(), query); }
export function autocompleteLessons(query: string): Choice[] { return rank(loadLessons(), query); }
