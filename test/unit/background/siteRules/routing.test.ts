// Site-rule messages reach the service only from Kuzet's own pages: a content script (which
// runs beside page code) may neither save rules nor make Kuzet inject scripts into tabs.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { openDb } from '../../../../src/background/db.ts';
import { createRouter } from '../../../../src/background/router.ts';
import { createSiteRulesService } from '../../../../src/background/siteRules/service.ts';
import { HN_USER_RULE } from '../../content/adapters/hnUserRule.ts';
import { fakeBrowser } from './fakeBrowser.ts';

const self = { extensionId: 'k', extensionOrigin: 'chrome-extension://k/', hostPatterns: ['https://news.ycombinator.com/*'] };
const options = { id: 'k', url: 'chrome-extension://k/options.html' };
const content = { id: 'k', url: 'https://news.ycombinator.com/item?id=1', tab: { id: 4 } };
const save = { kuzet: 1, type: 'siteRules/save', payload: { config: { version: 1, rules: [HN_USER_RULE], mirrors: [] } } };

describe('site rules through the router', () => {
  it('saves from the options page, refuses a content script', async () => {
    const api = fakeBrowser();
    api.granted.add('https://news.ycombinator.com/*');
    const route = createRouter({
      db: openDb(`rules-${Math.random()}`),
      self,
      now: () => 1,
      newId: () => 'x',
      siteRules: createSiteRulesService(api, [...self.hostPatterns], ['content.js']),
    });
    expect(await route(save, content)).toEqual({ error: 'refused' });
    expect(api.registered.size).toBe(0);
    expect(await route(save, options)).toEqual({ statuses: [{ pattern: 'https://news.ycombinator.com/*', origin: 'https://news.ycombinator.com/*', active: true }] });
    expect(api.registered.size).toBe(1);
  });

  it('answers failed, not a crash, where no service is wired', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const route = createRouter({ db: openDb(`rules-${Math.random()}`), self, now: () => 1, newId: () => 'x' });
    expect(await route(save, options)).toEqual({ error: 'failed', message: 'site rules unavailable' });
  });
});
