// 'author/details': what Kuzet has stored about one author, for the popup's author view: their
// name history, how many comments and threads it has seen, whether the reader trusts them and
// the reader's note.
import type { Request, Response } from '../../messages.ts';
import type { KuzetDb } from '../db.ts';

export async function handleAuthorDetails(db: KuzetDb, { authorKey }: Request<'author/details'>): Promise<Response<'author/details'>> {
  const [author, trusted, note] = await Promise.all([db.authors.get(authorKey), db.trusted.get(authorKey), db.notes.get(authorKey)]);
  const comments = await db.comments.where('authorKey').equals(authorKey).toArray();
  return {
    authorKey,
    names: author?.names ?? [],
    firstSeen: author?.firstSeen ?? null,
    lastSeen: author?.lastSeen ?? null,
    comments: comments.length,
    threads: new Set(comments.map((c) => c.threadUrl)).size,
    trusted: trusted !== undefined,
    note: note ?? null,
  };
}
