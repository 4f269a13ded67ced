// What reaches the page while the fuzzer runs: uncaught errors and unhandled rejections (the
// page would see them), console.error (the page's console would show it), and Kuzet's own
// console.warn lines sorted by what failed, so an adapter that throws is visible even though
// its guard kept the page safe.
import { vi } from 'vitest';

export interface PageErrors {
  /** errors the page would see: must stay empty */
  reached: string[];
  /** Kuzet's warnings, counted by kind ("adapter threw", "comment skipped", …) */
  warnings: Map<string, { count: number; first: string }>;
  stop(): void;
}

const KINDS: readonly [RegExp, string][] = [
  [/^Kuzet: \S+\.(matches|roots|read|badgeAnchor|threadUrl) failed/, 'adapter threw (caught by its guard)'],
  [/^Kuzet: reading added comments failed/, 'scanner threw (caught)'],
  [/^Kuzet: could not draw a badge/, 'badge threw (caught)'],
  [/^Kuzet: skipped comment/, 'comment skipped by the protocol schema'],
  [/^Kuzet: could not send comments/, 'background failed (the fake fails on purpose)'],
];

const describe = (args: unknown[]): string =>
  args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : String(a))).join(' ').slice(0, 500);

export function watchPageErrors(win: Window): PageErrors {
  const reached: string[] = [];
  const warnings = new Map<string, { count: number; first: string }>();
  const onError = (event: Event) => reached.push(`window error: ${(event as ErrorEvent).message}`);
  const onRejection = (event: Event) => reached.push(`unhandled rejection: ${String((event as PromiseRejectionEvent).reason)}`);
  const onNodeRejection = (reason: unknown) => reached.push(`unhandled rejection (node): ${String(reason)}`);
  win.addEventListener('error', onError);
  win.addEventListener('unhandledrejection', onRejection);
  process.on('unhandledRejection', onNodeRejection);
  const error = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void reached.push(`console.error: ${describe(args)}`));
  const warn = vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    const text = describe(args);
    const kind = KINDS.find(([pattern]) => pattern.test(text))?.[1] ?? 'other warning';
    const seen = warnings.get(kind);
    if (seen) seen.count++;
    else warnings.set(kind, { count: 1, first: text });
  });
  return {
    reached,
    warnings,
    stop() {
      win.removeEventListener('error', onError);
      win.removeEventListener('unhandledrejection', onRejection);
      process.off('unhandledRejection', onNodeRejection);
      error.mockRestore();
      warn.mockRestore();
    },
  };
}
