// @vitest-environment happy-dom
// The site-rules section as a user meets it, against the mock connector: typing a rule shows
// live what it finds in the open tab, a bad selector says so under its field and cannot be
// saved, saving asks for that host only, a refusal is explained and can be retried, mirrors
// are listed as such, and rules go out to a file and come back, a bad file importing nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import ru from '../../../../../_locales/ru/messages.json';
import type { SiteRule } from '../../../../../src/core/siteRules.ts';
import { createMockConnector, type MockOptions } from '../../../../../src/ui/connect/mock.ts';
import { SiteRulesSection } from '../../../../../src/ui/options/siteRules/site-rules-section.tsx';
import { HN_USER_RULE } from '../../../content/adapters/hnUserRule.ts';
import { EN, click, mount, settle } from '../../render.tsx';

afterEach(() => {
  document.body.replaceChildren();
});

const HN_PATTERN = 'https://news.ycombinator.com/*';
const THREAD = { url: 'https://news.ycombinator.com/item?id=28385024', title: 'The Red Warning Light on Richard Branson’s Space Flight' };
// What the real page holds (test/fixtures/hackernews): the built-in selectors find 147 comments
// by 113 authors; `tr.athing` alone also finds the story row, which has no author link.
const probe = (rule: SiteRule) =>
  rule.selectors.comment === 'tr.athing.comtr' && rule.selectors.author === 'a.hnuser'
    ? [{ ...THREAD, comments: 147, authors: 113, invalid: null }]
    : [{ ...THREAD, comments: 0, authors: 0, invalid: null }];

const setup = async (options: MockOptions = {}) => {
  const mock = createMockConnector({ catalog: EN, probe, ...options });
  const root = await mount(mock, <SiteRulesSection />);
  return { mock, root };
};

async function type(root: ParentNode, name: string, value: string) {
  const input = root.querySelector<HTMLInputElement>(`[data-kuzet-rules="form"] input[name="${name}"], [data-kuzet-rules="mirror-form"] input[name="${name}"]`);
  if (!input) throw new Error(`no input ${name}`);
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function fillHnRule(root: ParentNode, overrides: Partial<Record<string, string>> = {}) {
  const fields = { pattern: 'news.ycombinator.com', name: 'HN', ...HN_USER_RULE.selectors, ...overrides };
  for (const [name, value] of Object.entries(fields)) await type(root, name, value);
}

const text = (root: ParentNode, selector: string) => root.querySelector(selector)?.textContent ?? '';
const waitForText = async (root: ParentNode, selector: string, expected: string) => {
  // The live count waits for typing to pause (a real timer), so this waits in real time too.
  for (let i = 0; i < 40 && !text(root, selector).includes(expected); i++) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    await settle();
  }
  return text(root, selector);
};

describe('SiteRulesSection', () => {
  it('counts the comments a rule finds in the open tab, and counts again as the rule changes', async () => {
    const { mock, root } = await setup();
    await fillHnRule(root);
    await click(root.querySelector('[data-kuzet-rules="count"]'));
    expect(mock.hostRequests).toEqual([[HN_PATTERN]]);
    expect(text(root, '[data-kuzet-rules="probe"]')).toBe(`“${THREAD.title}”: finds 147 comments (authors: 113)`);
    await type(root, 'comment', 'tr.athing'); // live: no second click
    expect(await waitForText(root, '[data-kuzet-rules="probe"]', 'finds 0 comments')).toBe(`“${THREAD.title}”: finds 0 comments (authors: 0)`);
    expect(mock.hostRequests).toHaveLength(1);
  });

  it('says so when no open tab shows the site, and when the browser refuses access', async () => {
    const { root } = await setup({ probe: () => [] });
    await fillHnRule(root);
    await click(root.querySelector('[data-kuzet-rules="count"]'));
    expect(text(root, '[data-kuzet-rules="probe"]')).toMatch(/^No open tab of this site/);
    document.body.replaceChildren();
    const denied = await setup({ grantHosts: false });
    await fillHnRule(denied.root);
    await click(denied.root.querySelector('[data-kuzet-rules="count"]'));
    expect(text(denied.root, '[data-kuzet-rules="probe"]')).toBe(`The browser did not give Kuzet access to ${HN_PATTERN}, so Kuzet cannot read it.`);
  });

  it('shows a clear error under a selector that does not parse, and will not count or save it', async () => {
    const { mock, root } = await setup();
    await fillHnRule(root, { comment: 'tr.athing[' });
    expect(text(root, '[data-kuzet-rules-issue="comment"]')).toBe('“tr.athing[” is not a valid CSS selector.');
    await type(root, 'author', '##hnuser'); // passes the light syntax check; the page's CSS parser refuses it
    expect(text(root, '[data-kuzet-rules-issue="author"]')).toBe('“##hnuser” is not a valid CSS selector.');
    expect(root.querySelector<HTMLButtonElement>('[data-kuzet-rules="count"]')!.disabled).toBe(true);
    await click(root.querySelector('[data-kuzet-rules="save"]'));
    expect(mock.savedSiteRules).toEqual([]);
    expect(mock.hostRequests).toEqual([]);
  });

  it('refuses a pattern for every site and says why', async () => {
    const { root } = await setup();
    await fillHnRule(root, { pattern: '<all_urls>' });
    expect(text(root, '[data-kuzet-rules-issue="pattern"]')).toBe('“<all_urls>” means every site. A rule is for one site.');
  });

  it('saves a rule after asking for its host, and shows that Kuzet reads it', async () => {
    const { mock, root } = await setup();
    await fillHnRule(root);
    await click(root.querySelector('[data-kuzet-rules="save"]'));
    expect(mock.hostRequests).toEqual([[HN_PATTERN]]);
    expect(mock.savedSiteRules.at(-1)!.rules).toEqual([{ ...HN_USER_RULE, name: 'HN' }]);
    expect(text(root, `[data-kuzet-rule="${HN_PATTERN}"]`)).toContain('Kuzet reads this site');
    expect(text(root, '[data-kuzet-rules="notice"]')).toBe('Saved');
    expect(root.querySelector<HTMLInputElement>('input[name="pattern"]')!.value).toBe('');
  });

  it('keeps a rule whose host was refused, explains it, and lets the user allow it later', async () => {
    const { mock, root } = await setup({ grantHosts: false });
    await fillHnRule(root);
    await click(root.querySelector('[data-kuzet-rules="save"]'));
    expect(text(root, '[data-kuzet-rules="notice"]')).toBe(`The browser did not give Kuzet access to ${HN_PATTERN}, so Kuzet cannot read it.`);
    expect(root.querySelector('[data-kuzet-rules-access="inactive"]')).not.toBeNull();
    mock.granted.add(HN_PATTERN); // the user allowed it in the browser's prompt this time
    await click(root.querySelector('[data-kuzet-rules="allow"]'));
    expect(root.querySelector('[data-kuzet-rules-access="active"]')).not.toBeNull();
  });

  it('adds a mirror after asking for the mirror host, and refuses a mirror of itself', async () => {
    const { mock, root } = await setup();
    await type(root, 'mirror', 'hn-mirror.example.org');
    await type(root, 'of', 'news.ycombinator.com');
    await click(root.querySelector('[data-kuzet-rules="mirror-add"]'));
    expect(mock.hostRequests).toEqual([['https://hn-mirror.example.org/*']]);
    expect(text(root, '[data-kuzet-mirror="hn-mirror.example.org"]')).toContain('hn-mirror.example.org is a mirror of news.ycombinator.com');
    await type(root, 'mirror', 'kloop.kg');
    await type(root, 'of', 'kloop.kg');
    await click(root.querySelector('[data-kuzet-rules="mirror-add"]'));
    expect(text(root, '[data-kuzet-rules="notice"]')).toBe('Mirror 2, Mirror host: kloop.kg cannot be a mirror of itself.');
    expect(mock.savedSiteRules.at(-1)!.mirrors).toHaveLength(1);
  });

  it('exports the rules as a file that imports back', async () => {
    const stored = { version: 1 as const, rules: [HN_USER_RULE], mirrors: [{ mirror: 'hn-mirror.example.org', of: 'news.ycombinator.com' }] };
    const files: { name: string; text: string }[] = [];
    const { root } = await setup({ siteRules: stored });
    // The section's own button, with the browser download swapped for a recorder.
    const { ExchangeButtons } = await import('../../../../../src/ui/options/siteRules/exchange-buttons.tsx');
    const exchange = await mount(createMockConnector({ catalog: EN }), (
      <ExchangeButtons config={stored} disabled={false} onImport={() => undefined} download={(name, text) => files.push({ name, text })} />
    ));
    await click(exchange.querySelector('[data-kuzet-rules="export"]'));
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toBe('kuzet-site-rules.json');
    expect(JSON.parse(files[0]!.text)).toEqual({ kuzet: 'site-rules', ...stored });
    expect(text(root, `[data-kuzet-rule="${HN_PATTERN}"]`)).toContain('Hacker News');
  });

  it('imports a good file, and a bad one imports nothing and says which rule is wrong', async () => {
    const { mock, root } = await setup();
    const choose = async (content: string) => {
      const input = root.querySelector<HTMLInputElement>('[data-kuzet-rules="import"]')!;
      Object.defineProperty(input, 'files', { value: [new File([content], 'rules.json')], configurable: true });
      await act(() => {
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await settle();
    };
    const bad = { kuzet: 'site-rules', version: 1, rules: [HN_USER_RULE, { ...HN_USER_RULE, pattern: 'kloop.kg', selectors: { ...HN_USER_RULE.selectors, comment: 'div[' } }], mirrors: [] };
    await choose(JSON.stringify(bad));
    expect(text(root, '[data-kuzet-rules="notice"]')).toBe('Nothing was imported: Rule 2, Comment selector: “div[” is not a valid CSS selector.');
    expect(mock.savedSiteRules).toEqual([]);
    await choose('{ not json');
    expect(text(root, '[data-kuzet-rules="notice"]')).toBe('Nothing was imported: this is not a Kuzet rules file (JSON).');
    await choose(JSON.stringify({ ...bad, rules: [HN_USER_RULE] }));
    expect(text(root, '[data-kuzet-rules="notice"]')).toBe('Imported. Rules: 1, mirrors: 0.');
    expect(mock.savedSiteRules.at(-1)!.rules).toEqual([HN_USER_RULE]);
    expect(root.querySelector(`[data-kuzet-rule="${HN_PATTERN}"] [data-kuzet-rules="allow"]`)).not.toBeNull();
  });

  it('speaks Russian with the right plural form', async () => {
    const { root } = await setup({ catalog: ru, locale: 'ru' });
    await fillHnRule(root);
    await click(root.querySelector('[data-kuzet-rules="count"]'));
    expect(text(root, '[data-kuzet-rules="probe"]')).toBe(`«${THREAD.title}»: найдено 147 комментариев (авторов: 113)`);
  });
});
