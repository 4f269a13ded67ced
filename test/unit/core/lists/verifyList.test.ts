// Tampering with a list (issue 7 item 10): a changed byte, a wrong key, a rolled-back version,
// an expired list and a list shrunk by half are each refused with their own reason; a good
// list and its delta are accepted and lead to the same entries.
import { describe, expect, it } from 'vitest';
import { applyDelta, entriesOfFull } from '../../../../src/core/lists/applyDelta.ts';
import { listFileName } from '../../../../src/core/lists/format.ts';
import { checkFileBytes, checkMeta } from '../../../../src/core/lists/verifyList.ts';
import { entry, listPublisher } from './signedList.ts';

const NOW = 1_800_000_000_000;
const json = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes)) as unknown;
const tenAuthors = Array.from({ length: 10 }, (_, i) => entry(`vk:${i}`));

describe('checkMeta', () => {
  it('accepts a list signed by the pinned key, newer than the last good copy', async () => {
    const lists = await listPublisher();
    const { files } = await lists.publish(3, tenAuthors);
    const checked = await checkMeta(json(files.get('meta.json')!), lists.publicKey, { version: 2, entryCount: 9 }, NOW);
    expect(checked).toMatchObject({ ok: true, value: { version: 3, entryCount: 10 } });
  });

  it('refuses a meta with one byte changed', async () => {
    const lists = await listPublisher();
    const bytes = (await lists.publish(3, tenAuthors)).files.get('meta.json')!;
    const text = new TextDecoder().decode(bytes).replace('"version":3', '"version":4');
    const checked = await checkMeta(JSON.parse(text), lists.publicKey, undefined, NOW);
    expect(checked).toMatchObject({ ok: false, reason: 'signature' });
  });

  it('refuses a list signed by another key, even one that names itself in the meta', async () => {
    const pinned = await listPublisher();
    const forger = await listPublisher();
    const { files } = await forger.publish(9, tenAuthors);
    expect(await checkMeta(json(files.get('meta.json')!), pinned.publicKey, undefined, NOW)).toMatchObject({ ok: false, reason: 'wrongKey' });
    // Swapping in the pinned key's name does not help: the signature is the forger's.
    const meta = { ...(json(files.get('meta.json')!) as object), publicKey: pinned.publicKey };
    expect(await checkMeta(meta, pinned.publicKey, undefined, NOW)).toMatchObject({ ok: false, reason: 'signature' });
  });

  it('refuses a validly signed older version (rollback)', async () => {
    const lists = await listPublisher();
    const { files } = await lists.publish(2, tenAuthors);
    const checked = await checkMeta(json(files.get('meta.json')!), lists.publicKey, { version: 5, entryCount: 10 }, NOW);
    expect(checked).toMatchObject({ ok: false, reason: 'rollback' });
  });

  it('refuses an expired list', async () => {
    const lists = await listPublisher();
    const { files } = await lists.publish(3, tenAuthors, { expiresAt: NOW - 1 });
    expect(await checkMeta(json(files.get('meta.json')!), lists.publicKey, undefined, NOW)).toMatchObject({ ok: false, reason: 'expired' });
  });

  it('refuses a list shrunk by half, accepts one that lost a few entries', async () => {
    const lists = await listPublisher();
    const half = await lists.publish(4, tenAuthors.slice(0, 5));
    const last = { version: 3, entryCount: 10 };
    expect(await checkMeta(json(half.files.get('meta.json')!), lists.publicKey, last, NOW)).toMatchObject({ ok: false, reason: 'shrunk' });
    const fewer = await lists.publish(4, tenAuthors.slice(0, 8));
    expect(await checkMeta(json(fewer.files.get('meta.json')!), lists.publicKey, last, NOW)).toMatchObject({ ok: true });
  });

  it('refuses garbage as malformed', async () => {
    const lists = await listPublisher();
    expect(await checkMeta({ hello: 1 }, lists.publicKey, undefined, NOW)).toMatchObject({ ok: false, reason: 'malformed' });
  });
});

describe('list files', () => {
  it('refuses a list file with one byte changed, though its JSON still parses', async () => {
    const lists = await listPublisher();
    const { meta, files } = await lists.publish(3, tenAuthors);
    const bytes = files.get(listFileName(3))!.slice();
    const at = new TextDecoder().decode(bytes).indexOf('copypasta');
    bytes[at] = 'C'.charCodeAt(0);
    expect(await checkFileBytes(meta, listFileName(3), bytes)).toMatchObject({ ok: false, reason: 'fileHash' });
    const good = await checkFileBytes(meta, listFileName(3), files.get(listFileName(3))!);
    expect(good.ok && entriesOfFull(good.value, meta)).toMatchObject({ ok: true });
  });

  it('refuses a file the meta does not sign', async () => {
    const lists = await listPublisher();
    const { meta, files } = await lists.publish(3, tenAuthors);
    expect(await checkFileBytes(meta, 'list-2.json', files.get(listFileName(3))!)).toMatchObject({ ok: false, reason: 'fileMissing' });
  });

  it('a delta leads to exactly the entries of the full list it was made for', async () => {
    const lists = await listPublisher();
    const v1 = tenAuthors;
    // Two removed, one added, one changed category (later entries win in the Map).
    const v2 = [...tenAuthors.slice(2), entry('vk:new', 'fake'), entry('vk:3', 'spam')];
    const unique = [...new Map(v2.map((e) => [e.keyHash, e])).values()];
    const { meta, files } = await lists.publish(2, unique, { deltaFrom: { version: 1, entries: v1 } });
    const full = entriesOfFull(json(files.get('list-2.json')!), meta);
    const fromV1 = entriesOfFull(json((await lists.publish(1, v1)).files.get('list-1.json')!), { ...meta, version: 1, entryCount: 10 });
    expect(fromV1.ok).toBe(true);
    const delta = applyDelta(fromV1.ok ? fromV1.value : [], 1, json(files.get('delta-1-2.json')!), meta);
    expect(delta).toEqual(full);
    expect(full.ok && full.value.find((e) => e.keyHash === entry('vk:3').keyHash)?.category).toBe('spam');
    expect(applyDelta(fromV1.ok ? fromV1.value : [], 0, json(files.get('delta-1-2.json')!), meta)).toMatchObject({ ok: false });
  });
});
