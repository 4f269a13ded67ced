// A progress bar on stderr for long reads: redrawn in place at most every 1% so a huge export
// does not spend its time printing, and only for inputs large enough to wait for.
export const LARGE_INPUT_BYTES = 5 * 1024 * 1024;

export interface Progress {
  update(doneBytes: number, lines: number): void;
  finish(lines: number): void;
}

export function progressBar(totalBytes: number, write: (text: string) => void, width = 30): Progress {
  let shown = -1;
  const draw = (fraction: number, lines: number) => {
    const filled = Math.round(fraction * width);
    write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${String(Math.round(fraction * 100)).padStart(3)}% ${lines.toLocaleString('en')} lines`);
  };
  return {
    update(doneBytes, lines) {
      const percent = Math.floor((100 * Math.min(doneBytes, totalBytes)) / Math.max(1, totalBytes));
      if (percent === shown) return;
      shown = percent;
      draw(percent / 100, lines);
    },
    finish(lines) {
      draw(1, lines);
      write('\n');
    },
  };
}

/** No bar: for small inputs and when stderr is not a terminal nobody watches. */
export const silentProgress: Progress = { update: () => undefined, finish: () => undefined };
