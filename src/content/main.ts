// The content script entry (bundled by esbuild as one IIFE, content.js): hands the real browser
// APIs to startKuzet. Nothing here may throw into the page.
import browser from 'webextension-polyfill';
import { translator } from './i18n.ts';
import { startKuzet } from './start.ts';

function start(): void {
  try {
    startKuzet(window, {
      transport: (envelope) => browser.runtime.sendMessage(envelope),
      translate: translator((key, substitutions) => browser.i18n.getMessage(key, substitutions)),
      storage: browser.storage,
    });
  } catch (error) {
    console.warn('Kuzet: could not start', error);
  }
}

start();
// `pagehide` released everything; a page restored from the back/forward cache needs a new start.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) start();
});
