// @vitest-environment happy-dom
// URL changes without a page load are reported once each, from popstate, YouTube's
// yt-navigate-finish, the Navigation API, or (without it) the polling fallback; nothing after abort.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NAVIGATION_POLL_MS, watchNavigation } from '../../../src/content/navigationWatch.ts';

afterEach(() => vi.useRealTimers());

describe('watchNavigation', () => {
  it('reports each new URL once, whatever event tells of it, and stops on abort', () => {
    const controller = new AbortController();
    const seen: string[] = [];
    watchNavigation(window, controller.signal, (url) => seen.push(url.pathname + url.search));
    history.pushState(null, '', '/watch?v=one');
    window.dispatchEvent(new PopStateEvent('popstate'));
    document.dispatchEvent(new Event('yt-navigate-finish')); // same URL: not again
    history.pushState(null, '', '/watch?v=two');
    document.dispatchEvent(new Event('yt-navigate-finish'));
    controller.abort();
    history.pushState(null, '', '/watch?v=three');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(seen).toEqual(['/watch?v=one', '/watch?v=two']);
  });

  it('without the Navigation API, notices a pushState by polling', () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const seen: string[] = [];
    watchNavigation(window, controller.signal, (url) => seen.push(url.search));
    history.pushState(null, '', '/watch?v=polled');
    vi.advanceTimersByTime(NAVIGATION_POLL_MS);
    controller.abort();
    history.pushState(null, '', '/watch?v=after');
    vi.advanceTimersByTime(NAVIGATION_POLL_MS * 3);
    expect(seen).toEqual(['?v=polled']);
  });

  it('uses navigatesuccess where the Navigation API exists, with no polling', () => {
    vi.useFakeTimers();
    const navigation = new EventTarget();
    const win = Object.assign(Object.create(window) as Window, { navigation, location: window.location, document: window.document,
      addEventListener: window.addEventListener.bind(window), setInterval: vi.fn(window.setInterval.bind(window)) });
    const seen: string[] = [];
    const controller = new AbortController();
    watchNavigation(win, controller.signal, (url) => seen.push(url.search));
    history.pushState(null, '', '/watch?v=nav');
    navigation.dispatchEvent(new Event('navigatesuccess'));
    expect(seen).toEqual(['?v=nav']);
    expect(win.setInterval).not.toHaveBeenCalled();
    controller.abort();
  });
});
