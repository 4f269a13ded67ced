// The near-duplicate index at work: when comments are stored, each is looked up by its LSH band
// keys among all stored texts, and every candidate copy by ANOTHER author is linked to it (one
// row per pair). Scoring then finds a thread's or an author's candidate copies with one query
// per thread or author instead of ten per comment. Links are candidates; the scorer verifies
// them (Jaccard or SimHash). An account repeating itself needs no link: its own comments are
// always in its scoring context.
import type { StoredComment } from '../../core/model.ts';
import type { KuzetDb, NearLinkRow } from '../db.ts';
import { whereAny } from './whereAny.ts';

/** Links kept per new comment at most: a text copied by thousands still costs a bounded write. */
export const MAX_LINKS_PER_COMMENT = 100;

interface Banded { comment: StoredComment; bands: string[] }

/** Links `fresh` comments to stored candidates and to each other; returns the links made. */
export async function linkNearCopies(db: KuzetDb, fresh: readonly Banded[]): Promise<NearLinkRow[]> {
  const withBands = fresh.filter((f) => f.bands.length > 0);
  if (withBands.length === 0) return [];
  const stored = await whereAny(db.nearText, 'bands', new Set(withBands.flatMap((f) => f.bands)), MAX_LINKS_PER_COMMENT);
  const byBand = new Map<string, { id: string; authorKey: string; threadUrl: string }[]>();
  const note = (band: string, entry: { id: string; authorKey: string; threadUrl: string }) => {
    const list = byBand.get(band);
    if (list) list.push(entry);
    else byBand.set(band, [entry]);
  };
  for (const row of stored) for (const band of row.bands) note(band, { id: row.commentId, authorKey: row.authorKey, threadUrl: row.threadUrl });
  for (const { comment, bands } of withBands) for (const band of bands) note(band, comment);
  const links = new Map<string, NearLinkRow>();
  for (const { comment, bands } of withBands) {
    const mine = { id: comment.id, authorKey: comment.authorKey, threadUrl: comment.threadUrl };
    let made = 0;
    for (const band of bands) {
      for (const other of byBand.get(band) ?? []) {
        if (other.authorKey === comment.authorKey || made >= MAX_LINKS_PER_COMMENT) continue;
        const [a, b] = mine.id < other.id ? [mine, other] : [other, mine];
        const id = `${a.id}\n${b.id}`;
        if (links.has(id)) continue;
        links.set(id, { id, a: a.id, b: b.id, authorA: a.authorKey, authorB: b.authorKey, threadA: a.threadUrl, threadB: b.threadUrl });
        made++;
      }
    }
  }
  const rows = [...links.values()];
  await db.nearLinks.bulkPut(rows);
  return rows;
}

/** Ids of candidate copies linked to comments of `authors` (any thread). */
export async function linkedToAuthors(db: KuzetDb, authors: Iterable<string>): Promise<string[]> {
  const keys = new Set(authors);
  const rows = [...(await whereAny(db.nearLinks, 'authorA', keys)), ...(await whereAny(db.nearLinks, 'authorB', keys))];
  return rows.flatMap((r) => [r.a, r.b]);
}

/** Ids of candidate copies linked to comments of one thread (any thread). */
export async function linkedToThread(db: KuzetDb, threadUrl: string): Promise<string[]> {
  const rows = [...(await db.nearLinks.where('threadA').equals(threadUrl).toArray()), ...(await db.nearLinks.where('threadB').equals(threadUrl).toArray())];
  return rows.flatMap((r) => [r.a, r.b]);
}
