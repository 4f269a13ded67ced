// Signal: the author is on a list the user subscribes to. Strength is the list policy's
// weight for the most trusted list naming them; each further list adds a little.
import type { AuthorKey, Signal } from '../model.ts';
import type { ScoringContext } from './context.ts';
import { indexContext } from './contextIndex.ts';
import { evidenceOf } from './evidence.ts';

export function listed(author: AuthorKey, context: ScoringContext): Signal | null {
  const entries = (context.listed?.get(author) ?? []).filter((e) => e.weight > 0);
  if (entries.length === 0) return null;
  const strongest = entries.reduce((a, b) => (b.weight > a.weight ? b : a));
  const lists = [...new Set(entries.map((e) => e.list))];
  const comments = indexContext(context).byAuthor.get(author) ?? [];
  return {
    id: 'listed',
    strength: Math.min(1, strongest.weight + 0.1 * (lists.length - 1)),
    sentence: { key: 'reasonListed', substitutions: [String(lists.length), lists.join(', ')], count: lists.length },
    evidence: evidenceOf(comments.slice(0, 1)),
  };
}
