// Subscribing and unsubscribing, and the view of each subscription the popup and options show:
// the list's name and version when a good copy is held, whether it is in force, and the reason
// the last check was refused (the reader sees why a list is stale, not just that it is).
import type { Response } from '../../messages.ts';
import type { KuzetDb, ListSubscriptionRow } from '../db.ts';
import { listUrlAllowed } from './fetchBytes.ts';

export type SubscriptionView = Response<'lists/status'>['subscriptions'][number];

export async function subscribe(db: KuzetDb, url: string, publicKey: string, trust: number, now: number): Promise<void> {
  if (!listUrlAllowed(url)) throw new Error('a list URL must be https (or http on 127.0.0.1)');
  const existing = await db.listSubscriptions.get(url);
  // Re-subscribing with another key starts over: the old copy was vouched for by the old key.
  if (existing && existing.publicKey === publicKey) {
    await db.listSubscriptions.update(url, { trust });
    return;
  }
  await db.transaction('rw', db.listSubscriptions, db.listCopies, async () => {
    await db.listCopies.delete(url);
    await db.listSubscriptions.put({ url, publicKey, trust, addedAt: now });
  });
}

export async function unsubscribe(db: KuzetDb, url: string): Promise<boolean> {
  return db.transaction('rw', db.listSubscriptions, db.listCopies, async () => {
    const had = (await db.listSubscriptions.get(url)) !== undefined;
    await db.listSubscriptions.delete(url);
    await db.listCopies.delete(url);
    return had;
  });
}

export function viewOf(row: ListSubscriptionRow, now: number): SubscriptionView {
  const state = !row.good ? (row.refusal ? 'refused' : 'pending') : row.good.expiresAt <= now ? 'expired' : row.refusal ? 'stale' : 'ok';
  return {
    url: row.url,
    publicKey: row.publicKey,
    trust: row.trust,
    state,
    name: row.good?.name ?? null,
    maintainer: row.good?.maintainer ?? null,
    version: row.good?.version ?? null,
    entryCount: row.good?.entryCount ?? null,
    expiresAt: row.good?.expiresAt ?? null,
    checkedAt: row.checkedAt ?? null,
    refusal: row.refusal ?? null,
  };
}

export async function subscriptionViews(db: KuzetDb, now: number): Promise<SubscriptionView[]> {
  return (await db.listSubscriptions.orderBy('url').toArray()).map((row) => viewOf(row, now));
}
