// Signal: insulting or dehumanising words aimed at journalists, activists, protesters or at the
// person addressed (seed reports: troll accounts "took part in the persecution of protesters,
// journalists, and used hate speech"). Conservative on purpose: swearing into the air is not
// aggression toward someone, and quoting or reporting an insult is not using it, so a sentence
// with a reporting verb ("назвал", "called") or an insult inside quotation marks is skipped.
import type { AuthorKey, Signal, StoredComment } from '../model.ts';
import { foldWords } from '../text/index.ts';
import { findStem, LEXICON, type Lexicon, type Stem } from './aggressionLexicon.ts';
import type { ScoringContext } from './context.ts';
import { indexContext } from './contextIndex.ts';
import { evidenceOf } from './evidence.ts';

const QUOTED = /«[^»]*»|“[^”]*”|„[^“”]*[“”]|"[^"]*"/gu;
const SENTENCES = /[^.!?\n]+/gu;
const VK_MENTION = /\[(?:id|club)\d+\|[^\]]*\]/u;

export interface AggressionHit {
  insult: Stem;
  /** The target word as written, or null when the insult is aimed at the person addressed. */
  target: string | null;
}

/** The strongest aimed insult in one comment, or null. */
export function findAggression(text: string, lexicon: Lexicon = LEXICON): AggressionHit | null {
  const mentionsSomeone = VK_MENTION.test(text);
  let best: AggressionHit | null = null;
  for (const sentence of text.replace(QUOTED, ' ').match(SENTENCES) ?? []) {
    const words = foldWords(sentence);
    if (words.some((w) => findStem(w, lexicon.reporting))) continue;
    const insult = words.map((w) => findStem(w, lexicon.insults)).find((s) => s !== undefined);
    if (!insult) continue;
    const target = words.map((w) => findStem(w, lexicon.targets)).find((s) => s !== undefined);
    const addressed = mentionsSomeone || words.includes('_at_') || words.some((w) => findStem(w, lexicon.address, 0));
    const hit = target ? { insult, target: target.stem } : addressed ? { insult, target: null } : null;
    if (hit && (!best || strengthOf(hit) > strengthOf(best))) best = hit;
  }
  return best;
}

/** Aimed at a protected group weighs more than at one person; dehumanising more than insulting. */
export function strengthOf(hit: AggressionHit): number {
  return (hit.target ? 0.7 : 0.4) + (hit.insult.dehumanising ? 0.3 : 0);
}

export function aggression(author: AuthorKey, context: ScoringContext): Signal | null {
  const hits: { comment: StoredComment; hit: AggressionHit }[] = [];
  for (const comment of indexContext(context).byAuthor.get(author) ?? []) {
    const hit = findAggression(comment.text);
    if (hit) hits.push({ comment, hit });
  }
  if (hits.length === 0) return null;
  const strongest = hits.reduce((a, b) => (strengthOf(b.hit) > strengthOf(a.hit) ? b : a));
  const n = hits.length;
  return {
    id: 'aggression',
    // A second aimed insult adds to the strength: a pattern, not a moment of anger.
    strength: Math.min(1, strengthOf(strongest.hit) + 0.1 * (n - 1)),
    sentence: strongest.hit.target
      ? { key: 'reasonAggressionTarget', substitutions: [String(n), strongest.hit.insult.stem, strongest.hit.target], count: n }
      : { key: 'reasonAggressionAddressed', substitutions: [String(n), strongest.hit.insult.stem], count: n },
    evidence: evidenceOf([strongest.comment, ...hits.filter((h) => h !== strongest).map((h) => h.comment)]),
  };
}
