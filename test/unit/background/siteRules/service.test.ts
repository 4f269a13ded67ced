// The background side of site rules against a fake browser: saving stores and registers what
// is permitted, a restart (a new worker over the same browser) repairs lost or stale
// registrations, revoking a host unregisters it, and the router trusts content scripts on
// the user's hosts only while they are registered. Probes count in permitted tabs only.
import { describe, expect, it, vi } from 'vitest';
import { createSiteRulesService } from '../../../../src/background/siteRules/service.ts';
import { senderKind } from '../../../../src/background/senderKind.ts';
import { SITE_RULES_KEY, type SiteRulesConfig } from '../../../../src/core/siteRules.ts';
import { HN_USER_RULE } from '../../content/adapters/hnUserRule.ts';
import { fakeBrowser } from './fakeBrowser.ts';

const MANIFEST_HOSTS = ['https://news.ycombinator.com/*'];
const KLOOP = { pattern: 'kloop.kg', name: 'Kloop', selectors: { comment: '.comment', author: '.comment-author a', text: '.comment-text' } };
const CONFIG = { version: 1 as const, rules: [KLOOP], mirrors: [{ mirror: 'hn-mirror.example.org', of: 'news.ycombinator.com' }] };
const self = (hostPatterns: string[]) => ({ extensionId: 'k', extensionOrigin: 'chrome-extension://k/', hostPatterns });
const fromPage = (url: string) => ({ id: 'k', url, tab: { id: 3 } });

async function started(api = fakeBrowser()) {
  const hosts = [...MANIFEST_HOSTS];
  const service = createSiteRulesService(api, hosts, ['content.js']);
  await service.ready;
  return { api, hosts, service };
}

describe('site rules service', () => {
  it('stores the normalised rules and registers only hosts the user granted', async () => {
    const { api, hosts, service } = await started();
    api.granted.add('https://kloop.kg/*');
    const { statuses } = await service.save({ config: CONFIG });
    expect(statuses).toEqual([
      { pattern: 'https://kloop.kg/*', origin: 'https://kloop.kg/*', active: true },
      { pattern: 'https://hn-mirror.example.org/*', origin: 'https://hn-mirror.example.org/*', active: false },
    ]);
    expect((api.stored[SITE_RULES_KEY] as SiteRulesConfig).rules[0]!.pattern).toBe('https://kloop.kg/*');
    expect([...api.registered.values()]).toEqual([
      { id: 'kuzet-user:https://kloop.kg/*', matches: ['https://kloop.kg/*'], js: ['content.js'], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
    expect(senderKind(fromPage('https://kloop.kg/news/1'), self(hosts))).toBe('content');
    expect(senderKind(fromPage('https://hn-mirror.example.org/item?id=1'), self(hosts))).toBeNull();
    expect(senderKind(fromPage('https://news.ycombinator.com/item?id=1'), self(hosts))).toBe('content');
  });

  it('refuses an invalid configuration and changes nothing', async () => {
    const { api, service } = await started();
    await expect(service.save({ config: { ...CONFIG, rules: [{ ...KLOOP, pattern: '<all_urls>' }] } })).rejects.toThrow(/patternAllHosts/);
    expect(api.stored).toEqual({});
    expect(api.registered.size).toBe(0);
  });

  it('on a new worker start, registers what is missing and removes what is stale, idempotently', async () => {
    const api = fakeBrowser();
    api.granted.add('https://kloop.kg/*').add('https://hn-mirror.example.org/*');
    api.stored[SITE_RULES_KEY] = { ...CONFIG, rules: [{ ...KLOOP, pattern: 'https://kloop.kg/*' }] };
    // Left over from an older configuration (or cleared by an update): neither may survive as is.
    api.registered.set('kuzet-user:*://old.example/*', { id: 'kuzet-user:*://old.example/*', matches: ['*://old.example/*'] });
    api.registered.set('someone-else', { id: 'someone-else', matches: ['https://x.example/*'] });
    const { hosts } = await started(api);
    expect([...api.registered.keys()].sort()).toEqual(['kuzet-user:https://hn-mirror.example.org/*', 'kuzet-user:https://kloop.kg/*', 'someone-else']);
    expect(hosts).toContain('https://hn-mirror.example.org/*');
    api.calls.length = 0;
    await started(api);
    expect(api.calls, 'a second start finds everything in place').toEqual([]);
  });

  it('unregisters a host the user revoked in the browser', async () => {
    const { api, hosts, service } = await started();
    api.granted.add('https://kloop.kg/*');
    await service.save({ config: CONFIG });
    api.granted.delete('https://kloop.kg/*');
    await service.resync();
    expect(api.registered.size).toBe(0);
    expect(hosts).toEqual(MANIFEST_HOSTS);
  });

  it('runs overlapping resyncs one after another (no duplicate registration)', async () => {
    const { api, service } = await started();
    api.granted.add('https://kloop.kg/*');
    api.stored[SITE_RULES_KEY] = CONFIG;
    await Promise.all([service.resync(), service.resync(), service.resync()]);
    expect(api.registered.size).toBe(1);
  });

  it('probes the permitted open tabs that match the rule', async () => {
    const { api, service } = await started();
    api.openTabs.push(
      { id: 1, url: 'https://news.ycombinator.com/item?id=28385024', title: 'HN thread' },
      { id: 2, url: 'https://news.ycombinator.com/news', title: 'HN front page' },
      { id: 3, url: 'https://kloop.kg/x', title: 'Kloop' },
    );
    api.results.set(1, { comments: 147, authors: 113, invalid: null });
    expect(await service.probe({ rule: HN_USER_RULE })).toEqual({ tabs: [] }); // no permission yet
    api.granted.add('https://news.ycombinator.com/*');
    expect(await service.probe({ rule: HN_USER_RULE })).toEqual({
      tabs: [{ url: 'https://news.ycombinator.com/item?id=28385024', title: 'HN thread', comments: 147, authors: 113, invalid: null }],
    });
    await expect(service.probe({ rule: { ...HN_USER_RULE, selectors: { ...HN_USER_RULE.selectors, comment: 'tr[' } } })).rejects.toThrow(/selectorInvalid/);
  });

  it('a worker whose restore fails still answers (ready resolves) and says so once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const api = fakeBrowser();
    api.scripting.getRegisteredContentScripts = () => Promise.reject(new Error('scripting unavailable'));
    await started(api);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});
