// @vitest-environment happy-dom
// The popup's insight: the timeline plot with the flagged part and the burst marked, the
// network with every edge in words, "this person is real", private notes and the report's
// own words.
import { afterEach, describe, expect, it } from 'vitest';
import { createMockConnector } from '../../../../src/ui/connect/mock.ts';
import { DEMO_THREAD_URL, demoSummary, emptySummary } from '../../../../src/ui/connect/mock-data.ts';
import { PopupApp } from '../../../../src/ui/popup/popup-app.tsx';
import { EN, click, mount, settle, texts } from '../render.tsx';
import { act } from 'preact/test-utils';

afterEach(() => {
  document.body.replaceChildren();
});

async function type(field: Element | null, value: string) {
  if (!(field instanceof HTMLTextAreaElement)) throw new Error('no textarea');
  await act(() => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('popup insight', () => {
  it('plots comments per minute with flagged ones highlighted and the burst marked', async () => {
    const root = await mount(createMockConnector({ catalog: EN }), <PopupApp search="" />);
    const plot = root.querySelector('[data-kuzet-popup="timeline"]')!;
    const svg = plot.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(plot.querySelectorAll('.kz-bar')).toHaveLength(31); // 30 steady minutes + the burst minute
    expect(plot.querySelectorAll('[data-kuzet-flagged-bar]')).toHaveLength(1);
    expect(plot.querySelectorAll('[data-kuzet-burst]')).toHaveLength(1);
    expect(plot.querySelector('figcaption')?.textContent).toBe(
      '36 comments in 59 min; 4 by flagged authors (red); bursts: 1 (marked ▼). 6 comments without a time are not on the plot.',
    );
  });

  it('draws the network and states every link in words', async () => {
    const root = await mount(createMockConnector({ catalog: EN }), <PopupApp search="" />);
    const net = root.querySelector('[data-kuzet-popup="network"]')!;
    expect(net.querySelectorAll('[data-kuzet-node]')).toHaveLength(3);
    expect([...net.querySelectorAll('[data-kuzet-edge]')].map((e) => e.getAttribute('data-kuzet-edge'))).toEqual(['sameText', 'coOccurrence']);
    expect(texts(net, '[data-kuzet-edge-text]')).toEqual([
      'almaty_dad and steppe_eagle_88 posted the same text (solid line).',
      'qazaq_truth and steppe_eagle_88 commented together in 3 threads (dashed line).',
    ]);
  });

  it('takes a trusted author off the list and the network at once, and remembers it', async () => {
    const mock = createMockConnector({ catalog: EN });
    const root = await mount(mock, <PopupApp search="" />);
    await click(root.querySelector('[data-kuzet-trust="hn:steppe_eagle_88"]'));
    expect(root.querySelector('[data-kuzet-flagged="hn:steppe_eagle_88"]')).toBeNull();
    expect(root.querySelector('[data-kuzet-node="hn:steppe_eagle_88"]')).toBeNull();
    expect(root.querySelector('[data-kuzet-popup="trusted"]')?.textContent).toBe('steppe_eagle_88 is on your trusted list: their badges are gone everywhere.');
    expect([...mock.trusted.keys()]).toEqual(['hn:steppe_eagle_88']);
  });

  it('says why when trusting fails, and keeps the author listed', async () => {
    const mock = createMockConnector({ catalog: EN });
    mock.failing.trustAuthor = 'worker gone';
    const root = await mount(mock, <PopupApp search="" />);
    await click(root.querySelector('[data-kuzet-trust="hn:almaty_dad"]'));
    expect(root.querySelector('[data-kuzet-flagged="hn:almaty_dad"] [role="alert"]')?.textContent).toBe('That did not work: worker gone');
  });

  it('shows, saves and clears a private note', async () => {
    const mock = createMockConnector({ catalog: EN, notes: [{ authorKey: 'hn:qazaq_truth', text: 'posts every morning', updatedAt: 1 }] });
    const root = await mount(mock, <PopupApp search="" />);
    const field = root.querySelector<HTMLTextAreaElement>('[data-kuzet-note="hn:qazaq_truth"]')!;
    expect(field.value).toBe('posts every morning');
    expect(root.querySelector(`label[for="${field.id}"]`)?.textContent).toBe('Private note on qazaq_truth (stays on this device)');
    await type(field, 'same text as steppe_eagle_88');
    await click(root.querySelector('[data-kuzet-note-save="hn:qazaq_truth"]'));
    expect(mock.notes.get('hn:qazaq_truth')?.text).toBe('same text as steppe_eagle_88');
    expect(root.querySelector('[data-kuzet-flagged="hn:qazaq_truth"] .kz-tool-status')?.textContent).toBe('Note saved.');
    await type(field, '   ');
    await click(root.querySelector('[data-kuzet-note-save="hn:qazaq_truth"]'));
    expect(mock.notes.has('hn:qazaq_truth')).toBe(false);
  });

  it('says how much Kuzet has read by an author, and their earlier names', async () => {
    const authors = { 'hn:steppe_eagle_88': { names: ['nurlan_k', 'steppe_eagle_88'], comments: 9, threads: 4 } };
    const root = await mount(createMockConnector({ catalog: EN, authors }), <PopupApp search="" />);
    expect(root.querySelector('[data-kuzet-history="hn:steppe_eagle_88"]')?.textContent).toBe(
      'Kuzet has read comments by this account: 9; threads: 4. Earlier names: nurlan_k.',
    );
    expect(root.querySelector('[data-kuzet-history="hn:almaty_dad"]')).toBeNull();
  });

  it('catches up while open when the page is still being read', async () => {
    const tabs = { 4: emptySummary() };
    const root = await mount(createMockConnector({ catalog: EN, tabs }), <PopupApp search="?tab=4" />);
    expect(root.querySelector('[data-kuzet-popup="counts"]')?.textContent).toBe('Kuzet has read no comments in this tab yet.');
    tabs[4] = demoSummary();
    await new Promise((r) => setTimeout(r, 2_200));
    await settle();
    expect(root.querySelector('[data-kuzet-popup="counts"]')?.textContent).toBe('Read 42 comments by 17 authors on this page.');
    expect(root.querySelectorAll('[data-kuzet-flagged]')).toHaveLength(3);
  });

  it('sends the reader\'s own words with the report', async () => {
    const mock = createMockConnector({ catalog: EN });
    const root = await mount(mock, <PopupApp search="" />);
    await type(root.querySelector('[data-kuzet-report-note="hn:almaty_dad"]'), '  copied the same poll answer  ');
    await click(root.querySelector('[data-kuzet-report="hn:almaty_dad"]'));
    await settle();
    expect(mock.enqueued).toEqual([{ authorKey: 'hn:almaty_dad', threadUrl: DEMO_THREAD_URL, category: 'coordinated', note: 'copied the same poll answer' }]);
  });
});
