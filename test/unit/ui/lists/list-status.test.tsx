// @vitest-environment happy-dom
// The popup's lists section and the options' subscriptions section against an in-memory lists
// connector: a refused list says why, each report shows where it stands, subscribing checks the
// address and key and asks for the host first, the policy is chosen per category.
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { createMockConnector } from '../../../../src/ui/connect/mock.ts';
import { ListStatus } from '../../../../src/ui/popup/list-status.tsx';
import { mockListsConnector } from '../../../../src/ui/options/subscriptions/lists-connector.ts';
import { SubscriptionsSection } from '../../../../src/ui/options/subscriptions/subscriptions-section.tsx';
import { EN, choose, click, mount, settle, texts } from '../render.tsx';

afterEach(() => {
  document.body.replaceChildren();
});

const KEY = 'A'.repeat(43);
const sub = (over: object) => ({
  url: 'https://lists.example.org/kz', publicKey: KEY, trust: 1, state: 'ok' as const, name: 'Kloop watchers', maintainer: 'm',
  version: 4, entryCount: 120, expiresAt: 2e12, checkedAt: 1e12, refusal: null, ...over,
});
const reportRow = (id: string, status: 'queued' | 'sent' | 'moderation' | 'accepted' | 'rejected', lastError: string | null = null) => ({
  id, authorKey: `vk:${id}`, displayName: `Author ${id}`, category: 'fake' as const, status, createdAt: 1, attempts: 0, lastError,
});

describe('ListStatus (popup)', () => {
  it('says a stale list is still used at its last good version, and why the newest copy was refused', async () => {
    const lists = mockListsConnector({
      subscriptions: [sub({ state: 'stale', refusal: { reason: 'rollback', detail: 'version 2 is older than 4', at: 1 } })],
    });
    const root = await mount({ ...createMockConnector({ catalog: EN }), lists }, <ListStatus />);
    expect(texts(root, '[data-kuzet-list]')).toEqual([
      'Kloop watchers still using version 4: the newest copy was refused because it is older than the version already accepted.',
    ]);
  });

  it('shows every report with its state, and why a queued one waits', async () => {
    const lists = mockListsConnector({
      reports: [reportRow('a', 'queued', 'Failed to fetch'), reportRow('b', 'sent'), reportRow('c', 'moderation'), reportRow('d', 'accepted'), reportRow('e', 'rejected')],
    });
    const root = await mount({ ...createMockConnector({ catalog: EN }), lists }, <ListStatus />);
    expect(texts(root, '[data-kuzet-report]')).toEqual([
      'Author a Fake account — Queued (will try again: Failed to fetch)',
      'Author b Fake account — Sent',
      'Author c Fake account — In moderation',
      'Author d Fake account — Accepted',
      'Author e Fake account — Rejected',
    ]);
  });

  it('shows nothing when there is no list and no report, or no lists service', async () => {
    expect((await mount({ ...createMockConnector({ catalog: EN }), lists: mockListsConnector() }, <ListStatus />)).textContent).toBe('');
    expect((await mount(createMockConnector({ catalog: EN }), <ListStatus />)).textContent).toBe('');
  });
});

async function type(root: HTMLElement, name: string, value: string) {
  const input = root.querySelector(`input[name="${name}"]`) as HTMLInputElement;
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function submit(root: HTMLElement, form: string) {
  await act(() => {
    root.querySelector(`form[data-kuzet-options="${form}"]`)!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
}

describe('SubscriptionsSection (options)', () => {
  it('subscribes to a list after the host is granted, and shows it as not checked yet', async () => {
    const lists = mockListsConnector();
    const root = await mount({ ...createMockConnector({ catalog: EN, grantHosts: true }), lists }, <SubscriptionsSection />);
    expect(root.textContent).toContain('No subscriptions yet.');
    await type(root, 'list-url', 'https://lists.example.org/kz');
    await type(root, 'list-key', KEY);
    await submit(root, 'subscribe');
    expect(lists.state.subscriptions.map((s) => [s.url, s.publicKey])).toEqual([['https://lists.example.org/kz', KEY]]);
    expect(texts(root, '[data-kuzet-list]')[0]).toContain('not checked yet');
  });

  it('refuses a plain-http address elsewhere than this computer, and a malformed key', async () => {
    const lists = mockListsConnector();
    const root = await mount({ ...createMockConnector({ catalog: EN, grantHosts: true }), lists }, <SubscriptionsSection />);
    await type(root, 'list-url', 'http://lists.example.org/kz');
    await type(root, 'list-key', KEY);
    await submit(root, 'subscribe');
    expect(root.querySelector('[data-kuzet-options-status="subscribe-error"]')?.textContent).toContain('starts with https://');
    await type(root, 'list-url', 'https://lists.example.org/kz');
    await type(root, 'list-key', 'short');
    await submit(root, 'subscribe');
    expect(root.querySelector('[data-kuzet-options-status="subscribe-error"]')?.textContent).toContain('43 characters');
    expect(lists.state.subscriptions).toEqual([]);
  });

  it('does not subscribe when the browser refuses the host', async () => {
    const lists = mockListsConnector();
    const root = await mount({ ...createMockConnector({ catalog: EN, grantHosts: false }), lists }, <SubscriptionsSection />);
    await type(root, 'list-url', 'https://lists.example.org/kz');
    await type(root, 'list-key', KEY);
    await submit(root, 'subscribe');
    expect(root.querySelector('[data-kuzet-options-status="subscribe-error"]')?.textContent).toContain('https://lists.example.org/*');
    expect(lists.state.subscriptions).toEqual([]);
  });

  it('removes a list, and sets the policy per category', async () => {
    const lists = mockListsConnector({ subscriptions: [sub({})] });
    const root = await mount({ ...createMockConnector({ catalog: EN }), lists }, <SubscriptionsSection />);
    expect(texts(root, '[data-kuzet-list]')[0]).toContain('version 4, 120 entries');
    await choose(root.querySelector('select[name="policy-aggression"]'), 'all');
    await settle();
    expect(lists.state.policy).toEqual({ coordinated: 'any', fake: 'any', aggression: 'all', spam: 'any' });
    await click([...root.querySelectorAll('[data-kuzet-list] button')][0] ?? null);
    expect(lists.state.subscriptions).toEqual([]);
  });
});
