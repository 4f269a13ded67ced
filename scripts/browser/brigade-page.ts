// Makes the demonstration page: the real saved thread with a few of its real comments replayed
// under other real authors of the same page, the way a brigade looks. Its URL differs from the
// real one only by a query parameter, so Kuzet treats it as a thread of its own, and its title
// and a banner say it is a demonstration, so nobody mistakes it for what HN served.
import { Window } from 'happy-dom';
import { replayComment, type Replay } from './hackernews.ts';

export const DEMO_TITLE_PREFIX = '[Kuzet demonstration]';

export function demoUrl(realUrl: string): string {
  const u = new URL(realUrl);
  u.searchParams.set('kuzet-demo', 'brigade');
  return u.toString();
}

export async function makeBrigadePage(html: string, realUrl: string, replays: Replay[]): Promise<string> {
  // A bare parser: happy-dom's DOMParser neither runs the page's scripts nor fetches anything.
  const window = new Window({ url: demoUrl(realUrl) });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    for (const replay of replays) replayComment(replay, doc);
    doc.title = `${DEMO_TITLE_PREFIX} ${doc.title}`;
    const banner = doc.createElement('p');
    banner.setAttribute('style', 'margin:0;padding:6px;background:#fde68a;font:14px sans-serif;text-align:center');
    banner.textContent = `${DEMO_TITLE_PREFIX} Made by scripts/demo.ts from the saved page ${realUrl}: ` +
      'some real comments are repeated under other real authors of this thread. HN never served this page.';
    doc.body.prepend(banner);
    return `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`;
  } finally {
    await window.happyDOM.close();
  }
}
