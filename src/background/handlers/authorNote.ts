// 'author/note': reads or stores the reader's private note on an author. An empty text deletes
// the note, so "clear the box" and "no note" are one state.
import type { Request, Response } from '../../messages.ts';
import type { KuzetDb } from '../db.ts';

export async function handleAuthorNote(db: KuzetDb, { authorKey, text }: Request<'author/note'>, now: number): Promise<Response<'author/note'>> {
  if (text === undefined) return { note: (await db.notes.get(authorKey)) ?? null };
  const trimmed = text.trim();
  if (trimmed === '') {
    await db.notes.delete(authorKey);
    return { note: null };
  }
  const note = { authorKey, text: trimmed, updatedAt: now };
  await db.notes.put(note);
  return { note };
}
