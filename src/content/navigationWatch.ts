// Tells when a single-page site (YouTube, X, Reddit, Facebook) moved to another URL without a
// page load. A content script cannot patch the page's history.pushState, so it listens where it
// can: the Navigation API's `navigatesuccess` where the browser has it, `popstate`, YouTube's own
// `yt-navigate-finish` event, and — only without the Navigation API — a cheap once-a-second look
// at location.href. Everything is released through `signal`.

/** How often the fallback compares location.href (one string comparison). */
export const NAVIGATION_POLL_MS = 1000;

interface NavigationLike {
  addEventListener(type: string, listener: () => void, options?: AddEventListenerOptions): void;
}

export function watchNavigation(win: Window, signal: AbortSignal, onNavigate: (url: URL) => void): void {
  let last = win.location.href;
  const check = () => {
    if (signal.aborted) return;
    const now = win.location.href;
    if (now === last) return;
    last = now;
    try {
      onNavigate(new URL(now));
    } catch (error) {
      console.warn('Kuzet: could not follow navigation', error);
    }
  };
  const options = { signal };
  const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
  navigation?.addEventListener('navigatesuccess', check, options);
  win.addEventListener('popstate', check, options);
  win.document.addEventListener('yt-navigate-finish', check, options);
  if (!navigation) {
    const timer = win.setInterval(check, NAVIGATION_POLL_MS);
    signal.addEventListener('abort', () => win.clearInterval(timer), { once: true });
  }
}
