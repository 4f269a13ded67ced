// The bench's 5,000-comment page: the real saved HN thread (test/fixtures/hackernews/) with its
// 147 comment rows repeated, each repeat under fresh ids (every occurrence of the row's id in the
// row is replaced), until the thread holds `total` rows. Also picks what the badge-latency run
// replays: the thread's longest comment and the other real authors of the page.
import { Window } from 'happy-dom';
import { readThreadHtml } from '../../browser/hackernews.ts';

export const BENCH_URL = 'https://news.ycombinator.com/item?id=28385024&kuzet-bench=5000';
/** A page of the same site that no adapter reads: the profiler attaches here before navigating. */
export const START_URL = 'https://news.ycombinator.com/kuzet-bench-start';
const MARK = 'KUZET-BENCH-ROWS';

export interface BenchPage {
  html: string;
  comments: number;
  /** id of the real comment the badge run replays, and who wrote it */
  sourceId: string;
  sourceAuthor: string;
  /** the page's other real authors, who replay it one by one */
  authors: string[];
}

export async function makeBenchPage(total = 5_000): Promise<BenchPage> {
  const window = new Window({ url: BENCH_URL });
  try {
    const doc = new window.DOMParser().parseFromString(readThreadHtml(), 'text/html') as unknown as Document;
    const rows = Array.from(doc.querySelectorAll('tr.athing.comtr'));
    const first = rows[0];
    if (!first?.parentElement) throw new Error('the saved HN thread has no comment rows');
    const real = rows.map((row) => ({ id: row.id, html: row.outerHTML }));
    const author = (row: Element) => row.querySelector('a.hnuser')?.textContent?.trim() ?? '';
    const textLength = (row: Element) => row.querySelector('.commtext')?.textContent?.length ?? 0;
    const source = rows.filter((r) => author(r)).reduce((a, b) => (textLength(b) > textLength(a) ? b : a));
    const authors = [...new Set(rows.map(author).filter((name) => name && name !== author(source)))];

    const out: string[] = [];
    for (let copy = 0; out.length < total; copy++) {
      for (const row of real) {
        if (out.length >= total) break;
        // Copy k gets ids k·10⁹ + id: never a real id, never another copy's.
        out.push(copy === 0 ? row.html : row.html.split(row.id).join(String(copy * 1_000_000_000 + Number(row.id))));
      }
    }
    first.parentElement.replaceChildren(doc.createComment(MARK));
    const html = `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`.replace(`<!--${MARK}-->`, out.join('\n'));
    return { html, comments: out.length, sourceId: source.id, sourceAuthor: author(source), authors };
  } finally {
    await window.happyDOM.close();
  }
}
