// @vitest-environment happy-dom
// Reporting in Firefox, where a report may leave only with the person's data consent: the popup
// asks inside the Report click, queues the report whatever the answer, and when the answer is
// no says so in the reader's language and offers to ask again. In Chrome nothing is asked.
import { afterEach, describe, expect, it } from 'vitest';
import kk from '../../../../_locales/kk/messages.json';
import { createMockConnector, type MockOptions } from '../../../../src/ui/connect/mock.ts';
import { PopupApp } from '../../../../src/ui/popup/popup-app.tsx';
import { EN, click, mount } from '../render.tsx';
import { type ListsConnector, mockListsConnector } from '../../../../src/ui/options/subscriptions/lists-connector.ts';

afterEach(() => {
  document.body.replaceChildren();
});

const AUTHOR = 'hn:qazaq_truth'; // flagged in the demo thread, not yet reported
const reportButton = (root: HTMLElement) => root.querySelector<HTMLButtonElement>(`[data-kuzet-report="${AUTHOR}"]`);
const notice = (root: HTMLElement) => root.querySelector(`[data-kuzet-consent="${AUTHOR}"]`);

async function popupWith(options: MockOptions, lists?: ListsConnector) {
  const mock = createMockConnector({ catalog: EN, ...options });
  if (lists) mock.lists = lists;
  const root = await mount(mock, <PopupApp search="" />);
  return { mock, root };
}

describe('the report button under Firefox\'s data consent', () => {
  it('asks inside the click itself, before anything is awaited', async () => {
    const { mock, root } = await popupWith({ dataConsent: 'grant-on-request' });
    reportButton(root)!.click();
    expect(mock.consentRequests, 'asked synchronously in the click').toBe(1);
    await click(root.querySelector('[data-kuzet-popup="counts"]'));
    expect(mock.enqueued.map((r) => r.authorKey)).toEqual([AUTHOR]);
    expect(notice(root)).toBeNull();
  });

  it('queues the report when refused and says it waits until allowed', async () => {
    const { mock, root } = await popupWith({ dataConsent: 'refuse-on-request' });
    await click(reportButton(root));
    expect(mock.enqueued.map((r) => r.authorKey)).toEqual([AUTHOR]);
    expect(root.querySelector(`[data-kuzet-flagged="${AUTHOR}"] [data-kuzet-report-status="queued"]`)).not.toBeNull();
    expect(notice(root)?.textContent).toContain('Not sent yet: Firefox needs your permission');
    expect(notice(root)?.getAttribute('role')).toBe('status');
  });

  it('queues the report while Firefox\'s question is still unanswered (the popup may close first)', async () => {
    const mock = createMockConnector({ catalog: EN, dataConsent: 'grant-on-request' });
    // Before mounting: the popup takes the connector's methods when it renders.
    mock.requestDataConsent = () => new Promise<boolean>(() => undefined); // the doorhanger stays open
    const root = await mount(mock, <PopupApp search="" />);
    await click(reportButton(root));
    expect(mock.enqueued.map((r) => r.authorKey)).toEqual([AUTHOR]);
    expect(root.querySelector(`[data-kuzet-flagged="${AUTHOR}"] [data-kuzet-report-status="queued"]`)).not.toBeNull();
  });

  it('sends at once when allowed inside the Report click', async () => {
    const lists = mockListsConnector({ reportServer: 'http://127.0.0.1:8787' });
    let refreshed = 0;
    const refresh = lists.refresh.bind(lists);
    lists.refresh = async () => (refreshed++, refresh());
    const { root } = await popupWith({ dataConsent: 'grant-on-request' }, lists);
    await click(reportButton(root));
    expect(refreshed, 'delivery tried without waiting for an alarm').toBe(1);
  });

  it('sends the waiting report once allowed from the notice', async () => {
    const lists = mockListsConnector({ reportServer: 'http://127.0.0.1:8787' });
    let refreshed = 0;
    const refresh = lists.refresh.bind(lists);
    lists.refresh = async () => (refreshed++, refresh());
    const { mock, root } = await popupWith({ dataConsent: 'refuse-on-request' }, lists);
    await click(reportButton(root));
    mock.consentAnswer = true; // this time the person says yes
    await click(root.querySelector(`[data-kuzet-consent-allow="${AUTHOR}"]`));
    expect(mock.consentRequests).toBe(2);
    expect(notice(root)).toBeNull();
    expect(refreshed, 'delivery tried at once').toBe(1);
  });

  it('tells the reader in their language (Kazakh)', async () => {
    const { root } = await popupWith({ dataConsent: 'refuse-on-request', catalog: kk, locale: 'kk' });
    await click(reportButton(root));
    expect(notice(root)?.textContent).toContain('Firefox сіздің рұқсатыңызды сұрайды');
    expect(root.querySelector(`[data-kuzet-consent-allow="${AUTHOR}"]`)?.textContent).toBe('Жіберуге рұқсат беру');
  });

  it('asks nothing and shows no notice where there is nothing to ask (Chrome)', async () => {
    const { mock, root } = await popupWith({});
    await click(reportButton(root));
    expect(mock.consentRequests).toBe(0);
    expect(mock.enqueued).toHaveLength(1);
    expect(notice(root)).toBeNull();
  });
});
