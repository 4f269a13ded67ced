// @vitest-environment happy-dom
// The mock behaves like the background where pages can tell.
import { describe, expect, it } from 'vitest';
import { createMockConnector } from '../../../../src/ui/connect/mock.ts';
import { DEMO_TAB_ID, DEMO_THREAD_URL, demoSummary } from '../../../../src/ui/connect/mock-data.ts';

describe('createMockConnector', () => {
  it('returns an enqueued report in the next summary, newest first', async () => {
    const mock = createMockConnector();
    const report = await mock.enqueueReport({ authorKey: 'hn:qazaq_truth', threadUrl: DEMO_THREAD_URL, category: 'fake', note: '' });
    expect(report).toMatchObject({ authorKey: 'hn:qazaq_truth', displayName: 'qazaq_truth', category: 'fake', status: 'queued' });
    expect((await mock.tabSummary(DEMO_TAB_ID)).reports.map((r) => r.id)).toEqual([report.id]);
  });

  it('checks its data against the response schema, like a real message', async () => {
    const broken = { ...demoSummary(), comments: 'many' as unknown as number };
    await expect(createMockConnector({ tabs: { 1: broken } }).tabSummary(1)).rejects.toThrow(/malformed response/);
  });

  it('rejects the calls it is told to fail', async () => {
    const mock = createMockConnector();
    mock.failing.activeTabId = 'no window';
    await expect(mock.activeTabId()).rejects.toThrow('no window');
  });

  it('translates without a catalog into readable keys', () => {
    expect(createMockConnector().t('popupCounts', ['1', '2'])).toBe('popupCounts(1, 2)');
  });
});
