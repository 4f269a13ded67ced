// A subscription as the reader lives it: subscribe, the list is checked and used; a newer
// version arrives by delta; an unchanged list costs one 304; and every kind of tampering is
// refused with its reason while the last good copy keeps flagging who it flagged.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { type KuzetDb, openDb } from '../../../../src/background/db.ts';
import { listedOf } from '../../../../src/background/lists/listedLookup.ts';
import { refreshList } from '../../../../src/background/lists/refreshList.ts';
import { subscribe, subscriptionViews } from '../../../../src/background/lists/subscriptions.ts';
import { writePolicy } from '../../../../src/background/lists/listConfig.ts';
import { DEFAULT_LIST_POLICY } from '../../../../src/core/lists/listPolicy.ts';
import { entry, listPublisher } from '../../core/lists/signedList.ts';
import { listHost } from './listHost.ts';

const BASE = 'https://lists.example.org/kz';
const NOW = 1_800_000_000_000;
const authors = Array.from({ length: 20 }, (_, i) => `vk:${1000 + i}`);
const v1Entries = authors.map((a) => entry(a));

let db: KuzetDb;
let host: ReturnType<typeof listHost>;
let lists: Awaited<ReturnType<typeof listPublisher>>;
beforeEach(async () => {
  db = openDb(`lists-${Math.random()}`);
  host = listHost(BASE);
  lists = await listPublisher('Kloop watchers');
  host.serve((await lists.publish(1, v1Entries)).files);
  await subscribe(db, BASE, lists.publicKey, 0.9, NOW);
});

const flagged = async (keys: string[]) => [...(await listedOf(db, keys, NOW)).keys()];
const state = async () => (await subscriptionViews(db, NOW))[0]!;

describe('refreshList', () => {
  it('accepts a good list and its authors become listed, strangers not', async () => {
    expect(await refreshList(db, BASE, host.fetch, NOW)).toBe('accepted');
    expect(await flagged(['vk:1003', 'vk:5'])).toEqual(['vk:1003']);
    expect((await listedOf(db, ['vk:1003'], NOW)).get('vk:1003')).toEqual([{ list: 'Kloop watchers', category: 'coordinated', weight: 0.9 }]);
    expect(await state()).toMatchObject({ state: 'ok', name: 'Kloop watchers', version: 1, entryCount: 20, refusal: null });
  });

  it('asks again with the ETag and downloads nothing when the meta is unchanged', async () => {
    await refreshList(db, BASE, host.fetch, NOW);
    host.log.length = 0;
    expect(await refreshList(db, BASE, host.fetch, NOW + 1)).toBe('unchanged');
    expect(host.log).toEqual([{ path: 'meta.json', conditional: true, status: 304 }]);
  });

  it('takes a new version through its delta, not the full list', async () => {
    await refreshList(db, BASE, host.fetch, NOW);
    const v2Entries = [...v1Entries.slice(2), entry('vk:new', 'fake')];
    host.serve((await lists.publish(2, v2Entries, { deltaFrom: { version: 1, entries: v1Entries } })).files);
    host.log.length = 0;
    expect(await refreshList(db, BASE, host.fetch, NOW)).toBe('accepted');
    expect(host.log.map((l) => l.path)).toEqual(['meta.json', 'delta-1-2.json']);
    expect(await flagged(['vk:1000', 'vk:1002', 'vk:new'])).toEqual(['vk:1002', 'vk:new']);
    expect(await state()).toMatchObject({ version: 2, entryCount: 19 });
  });

  describe('tampering: refused, the reason shown, the last good copy kept', () => {
    beforeEach(async () => {
      expect(await refreshList(db, BASE, host.fetch, NOW)).toBe('accepted');
    });

    async function expectRefused(reason: string) {
      expect(await refreshList(db, BASE, host.fetch, NOW)).toBe('refused');
      expect(await state()).toMatchObject({ state: 'stale', version: 1, entryCount: 20, refusal: { reason } });
      expect(await flagged(['vk:1000', 'vk:1019'])).toEqual(['vk:1000', 'vk:1019']);
    }

    it('a changed byte in the list file', async () => {
      host.serve((await lists.publish(2, [...v1Entries, entry('vk:journalist')])).files);
      host.tamper('list-2.json', (bytes) => {
        const at = new TextDecoder().decode(bytes).indexOf('"coordinated"') + 1;
        bytes[at] = 'f'.charCodeAt(0); // "foordinated": still JSON, no longer the signed bytes
        return bytes;
      });
      await expectRefused('fileHash');
      expect(await flagged(['vk:journalist'])).toEqual([]);
    });

    it('a changed byte in the meta', async () => {
      host.serve((await lists.publish(2, [...v1Entries, entry('vk:journalist')])).files);
      host.tamper('meta.json', (bytes) => new TextEncoder().encode(new TextDecoder().decode(bytes).replace('"entryCount":21', '"entryCount":22')));
      await expectRefused('signature');
    });

    it('a list signed by another key', async () => {
      const forger = await listPublisher('Kloop watchers');
      host.serve((await forger.publish(5, [entry('vk:journalist')])).files);
      await expectRefused('wrongKey');
    });

    it('a rolled-back version', async () => {
      host.serve((await lists.publish(3, v1Entries)).files);
      expect(await refreshList(db, BASE, host.fetch, NOW)).toBe('accepted');
      host.serve((await lists.publish(2, v1Entries.slice(0, 19))).files);
      expect(await refreshList(db, BASE, host.fetch, NOW)).toBe('refused');
      expect(await state()).toMatchObject({ state: 'stale', version: 3, refusal: { reason: 'rollback' } });
    });

    it('an expired list', async () => {
      host.serve((await lists.publish(2, v1Entries, { expiresAt: NOW - 1000 })).files);
      await expectRefused('expired');
    });

    it('a list shrunk by half', async () => {
      host.serve((await lists.publish(2, v1Entries.slice(0, 10))).files);
      await expectRefused('shrunk');
    });

    it('a host that is down', async () => {
      host.serve(new Map());
      await expectRefused('fetch');
    });
  });

  it('stops using a copy once it expires, and says so', async () => {
    host.serve((await lists.publish(1, v1Entries, { expiresAt: NOW + 10 })).files);
    await refreshList(db, BASE, host.fetch, NOW);
    expect((await listedOf(db, ['vk:1000'], NOW)).size).toBe(1);
    expect((await listedOf(db, ['vk:1000'], NOW + 10)).size).toBe(0);
    expect((await subscriptionViews(db, NOW + 10))[0]).toMatchObject({ state: 'expired' });
  });

  it('applies the policy across two lists: majority needs both of two', async () => {
    await refreshList(db, BASE, host.fetch, NOW);
    const otherBase = 'https://other.example.net/list';
    const other = listPublisher('Second list');
    const otherHost = listHost(otherBase);
    const published = await (await other).publish(1, [entry('vk:1000')]);
    otherHost.serve(published.files);
    await subscribe(db, otherBase, (await other).publicKey, 1, NOW);
    await refreshList(db, otherBase, otherHost.fetch, NOW);
    expect(await flagged(['vk:1000', 'vk:1001'])).toEqual(['vk:1000', 'vk:1001']);
    await writePolicy(db, { ...DEFAULT_LIST_POLICY, coordinated: 'majority' });
    expect(await flagged(['vk:1000', 'vk:1001'])).toEqual(['vk:1000']);
    expect((await listedOf(db, ['vk:1000'], NOW)).get('vk:1000')?.map((e) => e.list).sort()).toEqual(['Kloop watchers', 'Second list']);
  });
});
