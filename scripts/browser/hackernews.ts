// The saved Hacker News thread the demo and the e2e run on, and the one page edit both make:
// replaying a real comment under other real authors of the same page, the way a brigade looks.
import { readFileSync } from 'node:fs';
import { fixturePath } from './paths.ts';

/** Numbers from test/fixtures/hackernews/PROVENANCE.md (counted on the saved file). */
export const HN_THREAD = {
  file: 'hackernews/hn_item_28385024_2021-09-02.html',
  url: 'https://news.ycombinator.com/item?id=28385024',
  comments: 147,
  authors: 113,
} as const;

export const readThreadHtml = (): string => readFileSync(fixturePath(HN_THREAD.file), 'utf8');

export interface Replay {
  /** id of the real comment row (tr.athing.comtr) whose text is replayed */
  sourceId: string;
  /** real authors of the same page who "post" it again */
  authors: string[];
  /** first new comment id; each copy takes the next one */
  firstId: number;
}

/**
 * Appends one copy of the source comment per author at the end of the thread, each with a new
 * id (in every attribute that carried the old one), the author's name and profile link, and a
 * time a few minutes after the source, so the real author stays the first to have posted it.
 * Returns the new ids. Self-contained on purpose: Playwright sends it into the page as source
 * text (page.evaluate), where nothing but the DOM exists; the demo runs it on happy-dom.
 */
export function replayComment(replay: Replay, doc: Document = document): string[] {
  const source = doc.getElementById(replay.sourceId);
  if (!source?.matches('tr.athing.comtr')) throw new Error(`no comment row with id ${replay.sourceId}`);
  const sourceTime = Date.parse(`${source.querySelector('.age')?.getAttribute('title')?.split(' ')[0] ?? ''}Z`);
  return replay.authors.map((author, i) => {
    const id = String(replay.firstId + i);
    const copy = source.cloneNode(true) as Element;
    for (const el of [copy, ...Array.from(copy.querySelectorAll('*'))]) {
      for (const attr of Array.from(el.attributes)) {
        if (attr.value.includes(replay.sourceId)) el.setAttribute(attr.name, attr.value.split(replay.sourceId).join(id));
      }
    }
    const user = copy.querySelector('a.hnuser');
    if (!user) throw new Error(`comment ${replay.sourceId} has no author link`);
    user.textContent = author;
    user.setAttribute('href', `user?id=${encodeURIComponent(author)}`);
    if (!Number.isNaN(sourceTime)) {
      const when = new Date(sourceTime + (i + 1) * 3 * 60_000).toISOString().slice(0, 19);
      copy.querySelector('.age')?.setAttribute('title', when);
    }
    source.parentElement?.appendChild(copy);
    return id;
  });
}
