// "Next frame" for batching: requestAnimationFrame when the tab is painting, a timer when it
// is not (rAF stalls in hidden tabs, and comments read there must still reach the background).
export type FrameScheduler = (run: () => void, signal: AbortSignal) => void;

/** How long a hidden tab waits before its batch goes out anyway. */
export const FRAME_FALLBACK_MS = 500;

export function frameScheduler(win: Pick<Window, 'requestAnimationFrame' | 'cancelAnimationFrame' | 'setTimeout' | 'clearTimeout'>): FrameScheduler {
  return (run, signal) => {
    if (signal.aborted) return;
    // Whichever fires first runs `run` once and cancels the other.
    const fire = () => {
      win.cancelAnimationFrame(frame);
      win.clearTimeout(timer);
      signal.removeEventListener('abort', cancel);
      run();
    };
    const cancel = () => {
      win.cancelAnimationFrame(frame);
      win.clearTimeout(timer);
    };
    const frame = win.requestAnimationFrame(fire);
    const timer = win.setTimeout(fire, FRAME_FALLBACK_MS);
    signal.addEventListener('abort', cancel, { once: true });
  };
}
