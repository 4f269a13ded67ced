// A recording fake of the browser APIs site-rule registration uses: registered scripts persist
// in a map (as Chrome and Firefox 105+ keep them), permissions are a set the test grants or
// revokes, storage is a plain object, and registering an id twice fails as the real API does.
import type { RegisteredScript, SiteRulesBrowser } from '../../../../src/background/siteRules/api.ts';

export interface FakeBrowser extends SiteRulesBrowser {
  registered: Map<string, RegisteredScript>;
  granted: Set<string>;
  stored: Record<string, unknown>;
  openTabs: { id?: number; url?: string; title?: string }[];
  /** What executeScript answers per tab id; a missing tab id rejects (an error page). */
  results: Map<number, unknown>;
  calls: string[];
}

export function fakeBrowser(): FakeBrowser {
  const fake: FakeBrowser = {
    registered: new Map(),
    granted: new Set(),
    stored: {},
    openTabs: [],
    results: new Map(),
    calls: [],
    scripting: {
      async registerContentScripts(scripts) {
        fake.calls.push(`register ${scripts.map((s) => s.id).join(' ')}`);
        for (const s of scripts) if (fake.registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        for (const s of scripts) fake.registered.set(s.id, structuredClone(s));
      },
      async unregisterContentScripts({ ids }) {
        fake.calls.push(`unregister ${ids.join(' ')}`);
        for (const id of ids) fake.registered.delete(id);
      },
      async getRegisteredContentScripts() {
        return [...fake.registered.values()].map((s) => structuredClone(s));
      },
      async executeScript({ target }) {
        if (!fake.results.has(target.tabId)) throw new Error('Cannot access contents of the page');
        return [{ result: fake.results.get(target.tabId) }];
      },
    },
    permissions: {
      async contains({ origins }) {
        return origins.every((o) => fake.granted.has(o));
      },
    },
    storage: {
      local: {
        async get(key) {
          return key in fake.stored ? { [key]: structuredClone(fake.stored[key]) } : {};
        },
        async set(items) {
          Object.assign(fake.stored, structuredClone(items));
        },
      },
    },
    tabs: {
      async query({ url }) {
        // Without the host permission the browser hides a tab's URL, so nothing matches.
        const visible = (u: string) => [...fake.granted].some((o) => new RegExp(`^${o.replace(/[.?]/g, '\\$&').replace(/\*/g, '.*')}$`).test(u));
        return fake.openTabs.filter((t) => t.url && visible(t.url) && url.some((p) => new RegExp(`^${p.replace(/[.?]/g, '\\$&').replace(/\*/g, '.*')}$`).test(t.url!)));
      },
    },
  };
  return fake;
}
