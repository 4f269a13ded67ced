// @vitest-environment happy-dom
// The pieces the popup and the list server's pages share: what a reader or moderator sees and
// what a click sends. Strings come from the real catalogs, as both kinds of page get them.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { formatMessage } from '../../../../src/core/insight/formatMessage.ts';
import { pickLanguage } from '../../../../src/server/pages/messages.ts';
import { CategoryLabel } from '../../../../src/ui/shared/category-label.tsx';
import { EvidenceQuotes } from '../../../../src/ui/shared/evidence.tsx';
import { ReasonedChoice } from '../../../../src/ui/shared/reasoned-choice.tsx';
import { StatusChip } from '../../../../src/ui/shared/status-chip.tsx';
import type { Translate } from '../../../../src/ui/shared/translate.ts';
import { EN } from '../render.tsx';
import KK from '../../../../_locales/kk/messages.json';

const tEn: Translate = (key, subs) => formatMessage(EN, key, subs) || key;
const tKk: Translate = (key, subs) => formatMessage(KK, key, subs) || key;

async function show(node: preact.ComponentChild): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(node, root));
  return root;
}

afterEach(() => document.body.replaceChildren());

describe('shared ui pieces', () => {
  it('names a known category in the reader\'s language and shows an unknown one as it came', async () => {
    const root = await show(
      <>
        <CategoryLabel category="fake" t={tKk} />
        <CategoryLabel category="toString" t={tKk} />
      </>,
    );
    expect([...root.querySelectorAll('span')].map((s) => s.textContent)).toEqual([KK.categoryFake.message, 'toString']);
  });

  it('shows a status in words and marks which one it is', async () => {
    const root = await show(<StatusChip status="rejected" t={tEn} />);
    expect(root.textContent).toBe('Rejected');
    expect(root.querySelector('[data-kuzet-status]')?.getAttribute('data-kuzet-status')).toBe('rejected');
  });

  it('quotes evidence and links only http(s) comments, numbered as the popup numbers them', async () => {
    const root = await show(
      <EvidenceQuotes
        t={tEn}
        comments={[
          { url: 'https://news.ycombinator.com/item?id=1', text: 'Same words as four others' },
          { url: 'javascript:alert(1)', text: '<b>not markup</b>' },
        ]}
      />,
    );
    expect([...root.querySelectorAll('blockquote')].map((q) => q.textContent)).toEqual(['Same words as four others', '<b>not markup</b>']);
    expect(root.querySelector('b')).toBeNull();
    expect([...root.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent])).toEqual([['https://news.ycombinator.com/item?id=1', 'Comment 1']]);
  });

  it('sends a choice only with a reason, trimmed, and marks the field when the reason is missing', async () => {
    const chosen: [string, string][] = [];
    const root = await show(
      <ReasonedChoice id="r" label="Reason" choices={[{ value: 'accept', label: 'Accept' }, { value: 'reject', label: 'Reject' }]} onChoose={(c, r) => chosen.push([c, r])} />,
    );
    const field = root.querySelector('textarea') as HTMLTextAreaElement;
    expect(root.querySelector('label')?.getAttribute('for')).toBe(field.id);
    await act(() => (root.querySelector('[data-kuzet-choice="accept"]') as HTMLButtonElement).click());
    expect(chosen).toEqual([]);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    await act(() => {
      field.value = '  copies the same text as four accounts ';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => (root.querySelector('[data-kuzet-choice="reject"]') as HTMLButtonElement).click());
    expect(chosen).toEqual([['reject', 'copies the same text as four accounts']]);
  });
});

describe('the server pages\' language', () => {
  it('takes the first of the browser\'s languages Kuzet speaks, else English', () => {
    expect(pickLanguage(['de-DE', 'kk-KZ', 'ru'])).toBe('kk');
    expect(pickLanguage(['ky'])).toBe('ky');
    expect(pickLanguage(['RU-ru'])).toBe('ru');
    expect(pickLanguage(['de', 'fr'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });
});
