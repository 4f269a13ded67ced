// The wiring to the real browser: a worker start restores registrations from storage, and a
// host the user revokes or grants in the browser's own settings is followed at once.
import { describe, expect, it } from 'vitest';
import type { Browser } from 'webextension-polyfill';
import { startSiteRules } from '../../../../src/background/siteRules/startup.ts';
import { SITE_RULES_KEY } from '../../../../src/core/siteRules.ts';
import { HN_USER_RULE } from '../../content/adapters/hnUserRule.ts';
import { fakeBrowser } from './fakeBrowser.ts';

function polyfillLike() {
  const api = fakeBrowser();
  const listeners: Record<'added' | 'removed', (() => void)[]> = { added: [], removed: [] };
  const browser = {
    scripting: api.scripting,
    storage: api.storage,
    tabs: api.tabs,
    permissions: {
      contains: api.permissions.contains,
      onAdded: { addListener: (fn: () => void) => listeners.added.push(fn) },
      onRemoved: { addListener: (fn: () => void) => listeners.removed.push(fn) },
    },
  } as unknown as Browser;
  return { api, browser, fire: (which: 'added' | 'removed') => listeners[which].forEach((fn) => fn()) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('startSiteRules', () => {
  it('restores at start and follows permission changes made in the browser', async () => {
    const { api, browser, fire } = polyfillLike();
    api.stored[SITE_RULES_KEY] = { version: 1, rules: [HN_USER_RULE], mirrors: [] };
    api.granted.add('https://news.ycombinator.com/*');
    const hosts: string[] = [];
    const service = startSiteRules(browser, hosts, ['content.js']);
    await service.ready;
    expect([...api.registered.keys()]).toEqual(['kuzet-user:https://news.ycombinator.com/*']);

    api.granted.clear();
    fire('removed');
    await settle();
    expect(api.registered.size).toBe(0);
    expect(hosts).toEqual([]);

    api.granted.add('https://news.ycombinator.com/*');
    fire('added');
    await settle();
    expect(api.registered.size).toBe(1);
    expect(hosts).toEqual(['https://news.ycombinator.com/*']);
  });
});
