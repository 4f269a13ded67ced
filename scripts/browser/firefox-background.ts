// Kuzet's Firefox event page under test: stopping it on demand and hearing the errors it logs.
// WebDriver BiDi shows no extension background (Firefox skips extension contexts, bug 1755014),
// so both go through the browser window's chrome realm, which BiDi reaches only when Firefox was
// started with MOZ_REMOTE_ALLOW_SYSTEM_ACCESS (firefox-session.ts sets it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import * as v from 'valibot';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
  on(event: string, handler: (params: unknown) => void): void;
}

const Manifest = v.object({
  background: v.object({ scripts: v.array(v.string()) }),
  browser_specific_settings: v.object({ gecko: v.object({ id: v.string() }) }),
});
const ScriptMessage = v.object({ channel: v.string(), data: v.object({ type: v.literal('string'), value: v.string() }) });
const EvaluateResult = v.object({ type: v.string(), result: v.optional(v.object({ value: v.optional(v.unknown()) })), exceptionDetails: v.optional(v.unknown()) });

export interface FirefoxBackground {
  /** Terminates the event page now, listeners pending or not (a stopped page stays stopped). */
  stop(): Promise<void>;
  /** Appends every error seen so far to `errors`, and later ones as they come. */
  reportInto(errors: string[]): void;
}

const connectionOf = (browser: Browser): BidiConnection => (browser as unknown as { connection: BidiConnection }).connection;

async function callInChrome(connection: BidiConnection, fn: string, args: object[]): Promise<unknown> {
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })).result as { contexts: { context: string }[] };
  const window = tree.contexts[0]?.context;
  if (window === undefined) throw new Error('Firefox showed no browser window to reach its chrome realm');
  const reply = v.parse(EvaluateResult, (await connection.send('script.callFunction', { functionDeclaration: fn, arguments: args, target: { context: window }, awaitPromise: true })).result);
  if (reply.type !== 'success') throw new Error(`Firefox's chrome realm refused: ${JSON.stringify(reply.exceptionDetails)}`);
  return reply.result?.value;
}

// The path about:debugging's "Terminate background script" takes (ExtensionParent's
// DebugUtils.terminateBackgroundScript), plus disableResetIdleForTest so pending listeners do not
// save it: Chromium's ServiceWorker.stopAllWorkers does not wait for them either.
const TERMINATE = `async (id) => {
  const extension = WebExtensionPolicy.getByID(id)?.extension;
  if (!extension) throw new Error('no add-on ' + id);
  // A page still starting is waited for (terminateBackground does) and then stopped too.
  if (['running', 'starting'].includes(extension.backgroundState)) {
    await extension.terminateBackground({ ignoreDevToolsAttached: true, disableResetIdleForTest: true });
  }
  return extension.backgroundState;
}`;

// Errors whose source is one of the add-on's background scripts. Uncaught errors and rejections
// reach the parent's console service from any process; console.error calls stay in the extension
// process, so a process script (the only code the parent can place there) forwards them.
// The moz-extension host is a per-profile UUID that exists only once the add-on is installed, so
// it is looked up per error: the listener is in place before the install.
const LISTEN = `(send, id, files, topic) => {
  const fromBackground = (source) => {
    try {
      const url = new URL(source);
      return url.host === WebExtensionPolicy.getByID(id)?.mozExtensionHostname && files.includes(url.pathname.slice(1));
    } catch { return false; }
  };
  // Left out: Firefox's own notice that an API promise outlived a page it tore down (ExtensionCommon
  // "Promise resolved/rejected after context unloaded", filed under the caller's line). Only a kill
  // mid-call makes it, and that is stopBackground's doing, not Kuzet's.
  const teardownNotice = /^Promise (resolved|rejected) after context unloaded/;
  Services.console.registerListener({ observe(m) {
    if (m instanceof Ci.nsIScriptError && (m.flags & 9) === 0 && !teardownNotice.test(m.errorMessage) && fromBackground(m.sourceName)) send('background: ' + m.errorMessage + ' (' + m.sourceName + ':' + m.lineNumber + ')');
  } });
  // topic is this watcher's own message name: another watcher's process script never reports here.
  Services.ppmm.addMessageListener(topic, { receiveMessage(m) {
    if (m.data.addonId === id && fromBackground(m.data.filename)) send('background: ' + m.data.text + ' (' + m.data.filename + ':' + m.data.line + ')');
  } });
  const child = (topic) => {
    const storage = Cc['@mozilla.org/consoleAPI-storage;1'].getService(Ci.nsIConsoleAPIStorage);
    storage.addLogEventListener((event) => {
      if (event.level !== 'error' || !event.addonId) return;
      const shown = (a) => { try { const s = String(a); return s === '[object Object]' ? JSON.stringify(a) : s; } catch { return typeof a; } };
      const text = Array.from(event.arguments ?? [], shown).join(' ');
      Services.cpmm.sendAsyncMessage(topic, { addonId: event.addonId, filename: event.filename, line: event.lineNumber, text });
    }, Cc['@mozilla.org/systemprincipal;1'].createInstance(Ci.nsIPrincipal));
  };
  Services.ppmm.loadProcessScript('data:,(' + encodeURIComponent(child.toString()) + ')(' + encodeURIComponent(JSON.stringify(topic)) + ')', true);
  return true;
}`;

/**
 * Kuzet's background in a Firefox session, from its unpacked build `distDir`. Call before the
 * add-on is installed so its first errors are heard too.
 */
export async function watchFirefoxBackground(browser: Browser, distDir: string): Promise<FirefoxBackground> {
  const manifest = v.parse(Manifest, JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8')));
  const id = manifest.browser_specific_settings.gecko.id;
  const connection = connectionOf(browser);
  const channel = `kuzet-background-${Math.random().toString(36).slice(2)}`;
  const seen: string[] = [];
  let sink: string[] | undefined;
  connection.on('script.message', (params) => {
    const message = v.safeParse(ScriptMessage, params);
    if (!message.success || message.output.channel !== channel) return;
    seen.push(message.output.data.value);
    sink?.push(message.output.data.value);
  });
  await callInChrome(connection, LISTEN, [
    { type: 'channel', value: { channel } },
    { type: 'string', value: id },
    { type: 'array', value: manifest.background.scripts.map((file) => ({ type: 'string', value: file })) },
    { type: 'string', value: `kuzet-e2e:console-error:${channel}` },
  ]);
  return {
    async stop() {
      await callInChrome(connection, TERMINATE, [{ type: 'string', value: id }]);
    },
    reportInto(errors) {
      errors.push(...seen);
      sink = errors;
    },
  };
}
