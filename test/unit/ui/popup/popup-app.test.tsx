// @vitest-environment happy-dom
// The popup end to end against the mock connector: what it says, in which order, and what
// reporting does.
import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from '../../../../src/core/model.ts';
import { createMockConnector } from '../../../../src/ui/connect/mock.ts';
import { DEMO_TAB_ID, DEMO_THREAD_URL, demoSummary, emptySummary } from '../../../../src/ui/connect/mock-data.ts';
import { PopupApp } from '../../../../src/ui/popup/popup-app.tsx';
import { EN, choose, click, mount, texts } from '../render.tsx';

afterEach(() => {
  document.body.replaceChildren();
});

const popup = (search = '') => <PopupApp search={search} />;

describe('PopupApp', () => {
  it('says how much it read on the page', async () => {
    const root = await mount(createMockConnector({ catalog: EN }), popup());
    expect(root.querySelector('[data-kuzet-popup="counts"]')?.textContent).toBe('Read 42 comments by 17 authors on this page.');
  });

  it('says it read nothing, and lists no one, when the tab has no thread', async () => {
    const root = await mount(createMockConnector({ catalog: EN, tabs: { 3: emptySummary() } }), popup('?tab=3'));
    expect(root.querySelector('[data-kuzet-popup="counts"]')?.textContent).toBe('Kuzet has read no comments in this tab yet.');
    expect(root.querySelectorAll('[data-kuzet-flagged]')).toHaveLength(0);
  });

  it('describes the tab named by ?tab=N rather than the active tab', async () => {
    const tabs = { 5: { ...demoSummary(), comments: 9, authors: 4 }, [DEMO_TAB_ID]: demoSummary() };
    const root = await mount(createMockConnector({ catalog: EN, tabs }), popup('?tab=5'));
    expect(root.querySelector('[data-kuzet-popup="counts"]')?.textContent).toBe('Read 9 comments by 4 authors on this page.');
  });

  it('lists flagged authors strongest first, with level, score and reasons', async () => {
    const summary = demoSummary();
    summary.flagged.reverse(); // arrives weakest first: the popup must still put the strongest on top
    const root = await mount(createMockConnector({ catalog: EN, tabs: { 1: summary } }), popup('?tab=1'));
    const items = [...root.querySelectorAll<HTMLElement>('[data-kuzet-flagged]')];
    expect(items.map((li) => li.dataset['kuzetFlagged'])).toEqual(['hn:steppe_eagle_88', 'hn:qazaq_truth', 'hn:almaty_dad']);
    expect(items.map((li) => li.dataset['level'])).toEqual(['likely', 'suspected', 'watch']);

    const top = items[0]!;
    expect(top.querySelector('.kz-level')?.textContent).toBe('Likely fake');
    expect(top.querySelector('.kz-name')?.textContent).toBe('steppe_eagle_88');
    expect(top.querySelector('.kz-score')?.textContent).toBe('Score 82 of 100');
    expect(texts(top, '.kz-signal')).toEqual(['Copy-pasted text']);
    expect(texts(top, '.kz-sentence')).toEqual([
      'Posted the same text as 2 other accounts; qazaq_truth posted it first.',
    ]);
    expect([...top.querySelectorAll('.kz-evidence a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://news.ycombinator.com/item?id=40000012',
      'https://news.ycombinator.com/item?id=40000031',
    ]);
  });

  it('queues a report as coordinated with an empty note, then shows Queued and the queue', async () => {
    const mock = createMockConnector({ catalog: EN });
    const root = await mount(mock, popup());
    expect(root.querySelector('[data-kuzet-queued]')).toBeNull();

    await click(root.querySelector('[data-kuzet-report="hn:qazaq_truth"]'));

    expect(mock.enqueued).toEqual([{ authorKey: 'hn:qazaq_truth', threadUrl: DEMO_THREAD_URL, category: 'coordinated', note: '' }]);
    const item = root.querySelector('[data-kuzet-flagged="hn:qazaq_truth"]')!;
    expect(item.querySelector('[data-kuzet-report-status="queued"]')?.textContent).toBe('Queued');
    expect(item.querySelector('[data-kuzet-report]')).toBeNull();
    expect(root.querySelector('[data-kuzet-flagged="hn:almaty_dad"] [data-kuzet-report-status]')).toBeNull();
    expect(root.querySelector('[data-kuzet-popup="queue"] h2')?.textContent).toBe('Reports waiting to be sent');
    expect(texts(root, '[data-kuzet-queued="hn:qazaq_truth"]')).toEqual(['qazaq_truth Coordinated']);
  });

  it('sends the category the reader picked', async () => {
    const mock = createMockConnector({ catalog: EN });
    const root = await mount(mock, popup());
    const item = root.querySelector('[data-kuzet-flagged="hn:almaty_dad"]')!;
    await choose(item.querySelector('select'), 'fake');
    await click(item.querySelector('[data-kuzet-report]'));
    expect(mock.enqueued.map((r) => r.category)).toEqual(['fake']);
  });

  it('shows the status, not a Report button, for authors already reported; queues only the waiting ones', async () => {
    const summary = demoSummary();
    const queued: Report = {
      id: 'r1', authorKey: 'hn:almaty_dad', displayName: 'almaty_dad', category: 'spam', note: '',
      evidence: [], reasons: [], createdAt: 1, status: 'queued',
    };
    // A report the server already took is no longer waiting: its status shows, the queue omits it.
    const sent: Report = { ...queued, id: 'r0', authorKey: 'hn:steppe_eagle_88', displayName: 'steppe_eagle_88', status: 'sent' };
    summary.reports = [queued, sent];
    const root = await mount(createMockConnector({ catalog: EN, tabs: { 2: summary } }), popup('?tab=2'));
    const item = root.querySelector('[data-kuzet-flagged="hn:almaty_dad"]')!;
    expect(item.querySelector('[data-kuzet-report-status="queued"]')?.textContent).toBe('Queued');
    expect(item.querySelector('[data-kuzet-report]')).toBeNull();
    expect(root.querySelector('[data-kuzet-report="hn:qazaq_truth"]')).not.toBeNull();
    expect(texts(root, '[data-kuzet-flagged="hn:steppe_eagle_88"] [data-kuzet-report-status="sent"]')).toEqual(['Sent']);
    expect(texts(root, '[data-kuzet-queued]')).toEqual(['almaty_dad Spam']);
  });

  it('says why when the background does not answer', async () => {
    const mock = createMockConnector({ catalog: EN });
    mock.failing.tabSummary = 'Could not establish connection.';
    const root = await mount(mock, popup());
    expect(root.querySelector('[data-kuzet-popup="error"]')?.textContent).toBe('Kuzet could not answer: Could not establish connection.');
    expect(root.querySelector('[data-kuzet-popup="counts"]')).toBeNull();
  });

  it('keeps the Report button and says why when queueing fails', async () => {
    const mock = createMockConnector({ catalog: EN });
    mock.failing.enqueueReport = 'storage full';
    const root = await mount(mock, popup());
    await click(root.querySelector('[data-kuzet-report="hn:steppe_eagle_88"]'));
    const item = root.querySelector('[data-kuzet-flagged="hn:steppe_eagle_88"]')!;
    expect(item.querySelector('[role="alert"]')?.textContent).toBe('Could not queue the report: storage full');
    expect(item.querySelector<HTMLButtonElement>('[data-kuzet-report]')?.disabled).toBe(false);
    expect(root.querySelector('[data-kuzet-report-status]')).toBeNull();
    expect(root.querySelector('[data-kuzet-queued]')).toBeNull();
  });

  it('opens the options page through the connector', async () => {
    const mock = createMockConnector({ catalog: EN });
    const root = await mount(mock, popup());
    const link = root.querySelector('[data-kuzet-popup="options"]');
    expect(link?.textContent).toBe('Settings');
    await click(link);
    expect(mock.optionsOpened).toBe(1);
  });
});
