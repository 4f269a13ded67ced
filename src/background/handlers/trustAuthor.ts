// 'author/trust' (C1): "this person is real". The personal trusted list always wins: a trusted
// author is never flagged, on any site or tab. Every thread holding the author is rescored and
// the changed verdicts pushed to every open tab, so the badge goes away everywhere at once (and
// comes back if the user takes the trust back and the evidence still stands).
import type { Request, Response } from '../../messages.ts';
import type { KuzetDb } from '../db.ts';
import type { PushVerdicts } from '../broadcast/pushVerdicts.ts';
import { rescoreThread } from './rescoreThreads.ts';

export async function handleTrustAuthor(
  db: KuzetDb,
  { authorKey, displayName, trusted }: Request<'author/trust'>,
  now: number,
  push?: PushVerdicts,
): Promise<Response<'author/trust'>> {
  if (trusted) await db.trusted.put({ authorKey, displayName, addedAt: now });
  else await db.trusted.delete(authorKey);
  // Trust changes only this author's own verdicts: the signals about others do not read it.
  const threads = new Set(await db.authorThreads.where('authorKey').equals(authorKey).primaryKeys().then((keys) => keys.map(([, thread]) => thread)));
  for (const threadUrl of (await db.comments.where('authorKey').equals(authorKey).toArray()).map((c) => c.threadUrl)) threads.add(threadUrl);
  for (const threadUrl of threads) {
    const changed = await rescoreThread(db, threadUrl, [authorKey], now);
    if (changed.length > 0) push?.(threadUrl, changed);
  }
  return { trusted };
}
