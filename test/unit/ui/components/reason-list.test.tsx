// @vitest-environment happy-dom
// Reasons render as checkable sentences; evidence from strangers' pages never becomes a
// script link.
import { afterEach, describe, expect, it } from 'vitest';
import type { Reason } from '../../../../src/core/model.ts';
import { ReasonList } from '../../../../src/ui/components/reason-list.tsx';
import { createMockConnector } from '../../../../src/ui/connect/mock.ts';
import { EN, mount, texts } from '../render.tsx';
import RU from '../../../../_locales/ru/messages.json';

afterEach(() => {
  document.body.replaceChildren();
});

const reason = (urls: string[], count = 6): Reason => ({
  id: 'copypasta',
  strength: 0.904,
  weight: 0.6,
  sentence: { key: 'reasonCopypasta', substitutions: [String(count), 'first_poster'], count },
  evidence: { commentIds: urls.map((_, i) => `hn:${i}`), urls },
});

describe('ReasonList', () => {
  it('shows signal, sentence, strength and weight', async () => {
    const root = await mount(createMockConnector({ catalog: EN }), <ReasonList reasons={[reason([])]} />);
    expect(texts(root, '.kz-signal')).toEqual(['Copy-pasted text']);
    expect(texts(root, '.kz-sentence')).toEqual(['Posted the same text as 6 other accounts; first_poster posted it first.']);
    expect(texts(root, '.kz-strength')).toEqual(['strength 90%, weight 0.6']);
    expect(root.querySelector('a')).toBeNull();
  });

  it('picks the plural form of the language shown', async () => {
    const sentence = async (count: number) =>
      texts(await mount(createMockConnector({ catalog: RU }), <ReasonList reasons={[reason([], count)]} />), '.kz-sentence')[0];
    expect(await sentence(3)).toContain('ещё 3 аккаунта;');
    expect(await sentence(5)).toContain('ещё 5 аккаунтов;');
    expect(await sentence(1)).toContain('ещё 1 аккаунт;');
  });

  it('links only http(s) evidence, numbered, opening safely in a new tab', async () => {
    const urls = ['javascript:alert(1)', 'https://example.org/c/1', 'data:text/html,x', 'not a url', 'http://example.org/c/2'];
    const root = await mount(createMockConnector({ catalog: EN }), <ReasonList reasons={[reason(urls)]} />);
    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.org/c/1', 'http://example.org/c/2']);
    expect(links.map((a) => a.textContent)).toEqual(['Comment 1', 'Comment 2']);
    expect(links.every((a) => a.rel === 'noopener noreferrer' && a.target === '_blank')).toBe(true);
  });
});
