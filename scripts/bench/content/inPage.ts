// Code the bench runs inside the page. Each function is self-contained: it travels to the page
// as source text, where only the DOM exists.

/**
 * The baseline: one walk over the thread reading what Kuzet's HN adapter reads (id, author,
 * time, text, indent), with the same selectors, and nothing else. Installed as a page script
 * under its own sourceURL so the CPU profile can tell its samples from Kuzet's.
 */
export const BARE_WALK_SCRIPT = `
window.kuzetBenchBareWalk = function () {
  const started = performance.now();
  const read = [];
  for (const row of document.querySelectorAll('tr.athing.comtr')) {
    const author = row.querySelector('a.hnuser');
    const body = row.querySelector('.commtext');
    read.push({
      id: row.id,
      name: author ? author.textContent.trim() : '',
      time: row.querySelector('span.age[title]')?.getAttribute('title') ?? null,
      text: body ? body.textContent.trim() : '',
      indent: row.querySelector('td.ind')?.getAttribute('indent') ?? null,
    });
  }
  return { ms: performance.now() - started, count: read.length };
};
//# sourceURL=kuzet-bench-bare-walk.js
`;

/** Collects every long task of the page from its start (installed before any page script). */
export function watchLongTasks(): void {
  const tasks: { start: number; duration: number }[] = [];
  (window as unknown as { kuzetBenchLongTasks: typeof tasks }).kuzetBenchLongTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

export interface Insert {
  sourceId: string;
  author: string;
  newId: string;
  minutesLater: number;
  timeoutMs: number;
}

/**
 * Appends a copy of the source comment under another author (as a page adds a reply) and
 * resolves with the milliseconds until a Kuzet badge appears inside it, seen by a
 * MutationObserver on the copy; -1 when none appears within timeoutMs.
 */
export function insertAndTimeBadge({ sourceId, author, newId, minutesLater, timeoutMs }: Insert): Promise<number> {
  const source = document.getElementById(sourceId);
  if (!source?.parentElement) return Promise.reject(new Error(`no row ${sourceId}`));
  const copy = source.cloneNode(true) as Element;
  copy.removeAttribute('data-kuzet-comment');
  copy.querySelectorAll('[data-kuzet-badge]').forEach((host) => host.remove());
  for (const el of [copy, ...Array.from(copy.querySelectorAll('*'))]) {
    for (const attr of Array.from(el.attributes)) {
      if (attr.value.includes(sourceId)) el.setAttribute(attr.name, attr.value.split(sourceId).join(newId));
    }
  }
  const user = copy.querySelector('a.hnuser');
  if (user) {
    user.textContent = author;
    user.setAttribute('href', `user?id=${encodeURIComponent(author)}`);
  }
  const age = copy.querySelector('.age');
  const sourceTime = Date.parse(`${age?.getAttribute('title')?.split(' ')[0] ?? ''}Z`);
  if (age && !Number.isNaN(sourceTime)) age.setAttribute('title', new Date(sourceTime + minutesLater * 60_000).toISOString().slice(0, 19));
  // No named inner functions here: tsx's keepNames would wrap them in a helper the page lacks.
  return new Promise((resolve) => {
    const started = performance.now();
    // Wall clock of the insert, for the worker's timings (insertTimings.ts); the figure is `started`'s.
    (window as unknown as { kuzetBenchInsertedAt: number }).kuzetBenchInsertedAt = performance.timeOrigin + started;
    const observer = new MutationObserver(() => {
      if (!copy.querySelector('[data-kuzet-badge]')) return;
      observer.disconnect();
      resolve(performance.now() - started);
    });
    observer.observe(copy, { childList: true, subtree: true });
    setTimeout(() => {
      observer.disconnect();
      resolve(-1); // a no-op when the badge came first
    }, timeoutMs);
    source.parentElement!.appendChild(copy);
  });
}
