// 'personal/list': the reader's trusted authors and private notes, for the options page's
// list and its JSON export.
import type { Response } from '../../messages.ts';
import type { KuzetDb } from '../db.ts';

export async function handlePersonalList(db: KuzetDb): Promise<Response<'personal/list'>> {
  const [trusted, notes] = await Promise.all([db.trusted.toArray(), db.notes.toArray()]);
  return {
    trusted: trusted.map(({ authorKey, displayName, addedAt }) => ({ authorKey, displayName, addedAt })),
    notes: notes.map(({ authorKey, text, updatedAt }) => ({ authorKey, text, updatedAt })),
  };
}
