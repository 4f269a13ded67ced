// Firefox's data consent in the worker: with the Firefox manifest a queued report is not sent
// until the person allowed 'websiteContent' (it stays queued, untouched), then it leaves at the
// next delivery; reports already sent are still followed. With Chrome's manifest nothing is asked.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { type KuzetDb, openDb, type QueuedReport } from '../../../../src/background/db.ts';
import type { FetchLike } from '../../../../src/background/lists/fetchBytes.ts';
import { writeReportServer } from '../../../../src/background/lists/listConfig.ts';
import { loadInstallKey } from '../../../../src/background/installKey.ts';
import { reportSendingAllowed } from '../../../../src/background/reports/dataConsent.ts';
import { deliverDueReports } from '../../../../src/background/reports/deliverReports.ts';
import { builtManifest } from '../../build/builtManifest.ts';

const SERVER = 'http://127.0.0.1:8787';

const report = (id: string, status: QueuedReport['status']): QueuedReport => ({
  id, authorKey: 'vk:troll', displayName: 'Troll', category: 'coordinated', note: '',
  evidence: [{ commentId: 'vk:c1', url: 'https://vk.com/wall-1_2?reply=3', text: 'Все на выборы!', time: 1_700_000_000_000 }],
  reasons: [], createdAt: 1000, status, ...(status === 'queued' ? {} : { server: SERVER }),
});

/** The `browser` the worker sees: this build's manifest and Firefox's answer about the permission. */
function fakeBrowser(manifest: Record<string, unknown>) {
  const asked: unknown[] = [];
  const state = { granted: false };
  return {
    asked,
    state,
    runtime: { getManifest: () => manifest },
    permissions: {
      contains: async (p: unknown) => (asked.push(p), state.granted),
    },
  };
}

let db: KuzetDb;
let requests: string[];
const fetch: FetchLike = async (url, init) => {
  requests.push(`${init.method ?? 'GET'} ${url.slice(SERVER.length)}`);
  const id = init.method === 'POST' ? (JSON.parse(String(init.body)) as { id: string }).id : decodeURIComponent(url.split('/')[5]!);
  return Response.json({ id, status: 'queued' }, { status: init.method === 'POST' ? 202 : 200 });
};
const deliver = (maySend: () => Promise<boolean>) =>
  deliverDueReports({ db, fetch, now: () => 1_800_000_000_000, random: () => 0.5, installKey: () => loadInstallKey(db), maySend });

beforeEach(async () => {
  db = openDb(`consent-${Math.random()}`);
  requests = [];
  await writeReportServer(db, SERVER);
  await db.reportQueue.add(report('report-queued-0001', 'queued'));
});

describe('sending reports under Firefox\'s data consent', () => {
  it('keeps a queued report on the device, untouched, while the consent is missing', async () => {
    const browser = fakeBrowser(builtManifest('firefox'));
    await deliver(reportSendingAllowed(browser));
    expect(requests).toEqual([]);
    const kept = (await db.reportQueue.get('report-queued-0001'))!;
    expect(kept.status).toBe('queued');
    expect(kept.attempts ?? 0).toBe(0);
    expect(kept.lastError).toBeUndefined();
    expect(browser.asked).toEqual([{ data_collection: ['websiteContent'] }]);
  });

  it('still follows a report that was sent earlier (polling sends no page content)', async () => {
    await db.reportQueue.add(report('report-sent-0002', 'sent'));
    await deliver(reportSendingAllowed(fakeBrowser(builtManifest('firefox'))));
    expect(requests).toEqual(['GET /v1/reports/report-sent-0002/status']);
  });

  it('sends it at the next delivery once the person allowed it', async () => {
    const browser = fakeBrowser(builtManifest('firefox'));
    await deliver(reportSendingAllowed(browser));
    browser.state.granted = true;
    await deliver(reportSendingAllowed(browser));
    expect(requests).toEqual(['POST /v1/reports']);
    expect((await db.reportQueue.get('report-queued-0001'))!.status).toBe('sent');
  });

  it('asks nothing and sends at once with Chrome\'s manifest', async () => {
    const browser = fakeBrowser(builtManifest('chrome'));
    await deliver(reportSendingAllowed(browser));
    expect(browser.asked).toEqual([]);
    expect(requests).toEqual(['POST /v1/reports']);
  });
});
