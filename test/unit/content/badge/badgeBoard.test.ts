// @vitest-environment happy-dom
// Badges on the real thread: beside every comment of a flagged author and nowhere else, the
// reasons on focus and hover, gone when the verdict drops, and never HTML parsed from data.
// Cards are built when they open, and a verdict that did not change touches no badge.
// Tests reach the badge through its open shadow root (host.shadowRoot).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../src/core/settings.ts';
import { hackernews } from '../../../../src/content/adapters/hackernews.ts';
import { createBadgeBoard, type BadgeBoard } from '../../../../src/content/badge/badgeBoard.ts';
import { cloneRow, fakeTranslate, HN_URL, loadFixtureInto, reason, rowsBy, verdict } from '../support.ts';
import type { Verdict } from '../../../../src/core/model.ts';

const FLAGGED = 'WalterBright'; // three comments in the fixture
let controller: AbortController;
let board: BadgeBoard;

const hosts = () => Array.from(document.querySelectorAll<HTMLElement>('[data-kuzet-badge]'));
const partsOf = (host: HTMLElement) => {
  const shadow = host.shadowRoot!;
  return { button: shadow.querySelector('button')!, card: shadow.querySelector<HTMLElement>('[data-kuzet-card]')! };
};

beforeEach(() => {
  loadFixtureInto(document);
  controller = new AbortController();
  board = createBadgeBoard(hackernews, fakeTranslate, controller.signal);
  for (const root of hackernews.roots(document)) board.addRoot(root, hackernews.read(root, new URL(HN_URL))!.authorKey);
});
afterEach(() => controller.abort());

describe('badge board', () => {
  it('waits for the settings before drawing anything', () => {
    board.setVerdicts([verdict(FLAGGED, 'likely')]);
    expect(hosts()).toHaveLength(0);
    board.setSettings(DEFAULT_SETTINGS);
    expect(hosts()).toHaveLength(3);
  });

  it('puts one badge right after the author link of every comment of the flagged author, and nowhere else', () => {
    board.setSettings(DEFAULT_SETTINGS);
    board.setVerdicts([verdict(FLAGGED, 'suspected'), verdict('bryananderson', 'none')]);
    const rows = rowsBy(document, FLAGGED);
    expect(rows).toHaveLength(3);
    expect(hosts()).toHaveLength(3);
    for (const row of rows) {
      const host = row.querySelector<HTMLElement>('[data-kuzet-badge]')!;
      expect(host.previousElementSibling).toBe(row.querySelector('a.hnuser'));
      expect(host.getAttribute('data-kuzet-badge')).toBe('suspected');
      expect(partsOf(host).button.textContent).toBe('levelSuspected');
      expect(partsOf(host).button.getAttribute('aria-label')).toBe('badgeAria(levelSuspected)');
    }
  });

  it('badges a comment of a flagged author that appears later, at once', () => {
    board.setSettings(DEFAULT_SETTINGS);
    board.setVerdicts([verdict(FLAGGED, 'watch')]);
    const row = cloneRow(document, '28386477', '99000001', FLAGGED);
    document.getElementById('28386477')!.after(row);
    board.addRoot(row, `hackernews:${FLAGGED}`);
    expect(row.querySelectorAll('[data-kuzet-badge]')).toHaveLength(1);
    expect(hosts()).toHaveLength(4);
  });

  it('shows the reasons on focus and closes on Escape', () => {
    board.setSettings(DEFAULT_SETTINGS);
    board.setVerdicts([verdict(FLAGGED, 'likely')]);
    const { button, card } = partsOf(hosts()[0]!);
    expect(card.hidden).toBe(true);
    button.focus();
    expect(card.hidden).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const text = card.textContent ?? '';
    for (const expected of ['cardTitle(WalterBright)', 'cardScore(72)', 'signalCopypasta', 'reasonCopypasta(3|bryananderson)', 'cardStrength(80|0.5)', 'cardEvidence(1)', 'cardHint']) {
      expect(text).toContain(expected);
    }
    expect(card.querySelector('a')!.getAttribute('href')).toBe('https://news.ycombinator.com/item?id=28385973');
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(card.hidden).toBe(true);
  });

  it('shows the reasons on hover', () => {
    board.setSettings(DEFAULT_SETTINGS);
    board.setVerdicts([verdict(FLAGGED, 'watch')]);
    const host = hosts()[1]!;
    host.dispatchEvent(new MouseEvent('mouseenter'));
    expect(partsOf(host).card.hidden).toBe(false);
    host.dispatchEvent(new MouseEvent('mouseleave'));
    expect(partsOf(host).card.hidden).toBe(true);
  });

  it('removes the badges when the verdict drops to none or below the setting', () => {
    board.setSettings(DEFAULT_SETTINGS);
    board.setVerdicts([verdict(FLAGGED, 'watch')]);
    expect(hosts()).toHaveLength(3);
    board.setVerdicts([verdict(FLAGGED, 'none')]);
    expect(hosts()).toHaveLength(0);
    board.setVerdicts([verdict(FLAGGED, 'suspected')]);
    expect(hosts()).toHaveLength(3);
    board.setSettings({ ...DEFAULT_SETTINGS, badgeLevel: 'likely' });
    expect(hosts()).toHaveLength(0);
  });

  it('keeps HTML in verdict data as text and links only web URLs', () => {
    board.setSettings(DEFAULT_SETTINGS);
    const evil = '<img src=x onerror="window.kuzetPwned=1">';
    board.setVerdicts([
      {
        ...verdict(FLAGGED, 'likely', [
          reason({ sentence: { key: 'reasonCopypasta', substitutions: [evil, 'x'] }, evidence: { commentIds: [], urls: ['javascript:alert(1)'] } }),
        ]),
        displayName: evil,
      },
    ]);
    const { button, card } = partsOf(hosts()[0]!);
    button.focus(); // the card is built when it opens
    expect(card.querySelector('img')).toBeNull();
    expect(card.querySelector('a')).toBeNull();
    expect(card.textContent).toContain(`cardTitle(${evil})`);
    expect(card.textContent).toContain(`reasonCopypasta(${evil}|x)`);
  });

  it('builds a card only when it opens, and rebuilds an open one when the verdict changes', () => {
    board.setSettings(DEFAULT_SETTINGS);
    board.setVerdicts([verdict(FLAGGED, 'likely')]);
    const [first, second] = hosts().map(partsOf);
    expect(first!.card.childElementCount, 'a closed card is not built').toBe(0);
    first!.button.focus();
    expect(first!.card.textContent).toContain('reasonCopypasta(3|bryananderson)');
    expect(second!.card.childElementCount, 'only the opened one').toBe(0);
    const more = reason({ sentence: { key: 'reasonCopypasta', substitutions: ['4', 'bryananderson'] } });
    board.setVerdicts([verdict(FLAGGED, 'likely', [more])]);
    expect(first!.card.textContent, 'the open card follows at once').toContain('reasonCopypasta(4|bryananderson)');
    second!.button.focus();
    expect(second!.card.textContent, 'a closed card shows the latest verdict when it opens').toContain('reasonCopypasta(4|bryananderson)');
  });

  it('touches no badge for a verdict equal to the one shown, and looks words up once per level', () => {
    const asked: string[] = [];
    controller.abort();
    controller = new AbortController();
    board = createBadgeBoard(hackernews, (key, subs) => (asked.push(key), fakeTranslate(key, subs)), controller.signal);
    for (const root of hackernews.roots(document)) board.addRoot(root, hackernews.read(root, new URL(HN_URL))!.authorKey);
    board.setSettings(DEFAULT_SETTINGS);
    const shown = verdict(FLAGGED, 'likely');
    board.setVerdicts([shown]);
    // Three rows, one lookup of each word: the level, its aria label and the two fold words.
    expect(asked.sort()).toEqual(['badgeAria', 'levelLikely', 'uiFoldHide', 'uiFoldShow']);
    const { button, card } = partsOf(hosts()[0]!);
    button.focus();
    const heading = card.firstElementChild;
    const changes: MutationRecord[] = [];
    const watch = new MutationObserver((records) => changes.push(...records));
    for (const host of hosts()) watch.observe(host.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
    watch.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-kuzet-badge'] });
    const again: Verdict = { ...shown, reasons: shown.reasons.map((r) => ({ ...r })), computedAt: 99 };
    board.setVerdicts([again]);
    expect(changes.concat(watch.takeRecords())).toEqual([]);
    expect(card.firstElementChild, 'the open card was not rebuilt').toBe(heading);
    board.setVerdicts([{ ...again, level: 'suspected' }]);
    expect(hosts().map((h) => h.getAttribute('data-kuzet-badge'))).toEqual(['suspected', 'suspected', 'suspected']);
  });

  it('takes its badges away when aborted', () => {
    board.setSettings(DEFAULT_SETTINGS);
    board.setVerdicts([verdict(FLAGGED, 'likely')]);
    controller.abort();
    expect(hosts()).toHaveLength(0);
  });
});
