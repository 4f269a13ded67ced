// The slice of the browser that site-rule registration needs, typed here so the logic runs
// against a recording fake in unit tests and against webextension-polyfill in the extension.

export interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  persistAcrossSessions?: boolean;
}

export interface SiteRulesBrowser {
  scripting: {
    registerContentScripts(scripts: RegisteredScript[]): Promise<unknown>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<unknown>;
    getRegisteredContentScripts(): Promise<RegisteredScript[]>;
    executeScript(injection: {
      target: { tabId: number };
      func: (selectors: { comment: string; author: string }) => unknown;
      args: [{ comment: string; author: string }];
    }): Promise<{ result?: unknown }[]>;
  };
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
  tabs: { query(query: { url: string[] }): Promise<{ id?: number; url?: string; title?: string }[]> };
}
