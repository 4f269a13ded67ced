// @vitest-environment happy-dom
// The LiveJournal adapter on the real saved entry of April 2018: counts from PROVENANCE.md,
// field-level checks, and reply-to rebuilt from thread levels (including collapsed comments).
import { describe, expect, it } from 'vitest';
import { livejournal } from '../../../../src/content/adapters/livejournal.ts';
import { distinctAuthors, parseSavedPage, readAll } from './savedPage.ts';

const URL_ = new URL('https://lozga.livejournal.com/170880.html');
const doc = parseSavedPage('livejournal', 'lozga.livejournal.com_170880_saved2018.html');
const comments = readAll(livejournal, doc, URL_);
const byId = (id: string) => comments.find((c) => c.id === `livejournal:lozga:${id}`)!;

describe('livejournal adapter on lozga.livejournal.com_170880_saved2018.html', () => {
  it('matches entry pages of a journal only', () => {
    expect(livejournal.matches(URL_, doc)).toBe(true);
    expect(livejournal.matches(new URL('https://lozga.livejournal.com/170880.html?thread=7122048#t7122048'), doc)).toBe(true);
    expect(livejournal.matches(new URL('https://lozga.livejournal.com/profile'), doc)).toBe(false);
    expect(livejournal.matches(new URL('https://lozga.livejournal.com/'), doc)).toBe(false);
    expect(livejournal.matches(new URL('https://www.livejournal.com/170880.html'), doc)).toBe(false);
    expect(livejournal.matches(new URL('https://lozga.livejournal.com.evil.example/170880.html'), doc)).toBe(false);
  });

  it('reads 89 comments by 37 authors, not the two "more comments" rows', () => {
    expect(comments).toHaveLength(89);
    expect(distinctAuthors(comments)).toBe(37);
  });

  it('reads a full comment field by field', () => {
    expect(byId('7122048')).toMatchObject({
      site: 'livejournal',
      authorKey: 'livejournal:lozga',
      displayName: 'lozga',
      handle: 'lozga',
      profileUrl: 'https://lozga.livejournal.com/profile',
      avatarUrl: 'https://l-userpic.livejournal.com/123327172/3516068',
      text: 'Потому и реализм',
      time: Date.UTC(2018, 3, 12, 4, 38, 42),
      replyTo: 'livejournal:lozga:7121792',
      threadUrl: 'https://lozga.livejournal.com/170880.html',
      url: 'https://lozga.livejournal.com/170880.html?thread=7122048#t7122048',
    });
    expect(byId('7121792').replyTo).toBeUndefined();
  });

  it('reads a collapsed comment: author and parent, no text and no time', () => {
    const c = byId('7124096');
    expect(c).toMatchObject({ authorKey: 'livejournal:limachko', text: '', replyTo: 'livejournal:lozga:7122048' });
    expect(c.time).toBeUndefined();
    // level 2 after a level-3 row answers the last level-1 row
    expect(byId('7124864').replyTo).toBe('livejournal:lozga:7122304');
  });

  it('keys a user signed in through another site by handle and keeps the shown numeric id', () => {
    const ext = comments.find((c) => c.handle === 'ext_2356060')!;
    expect(ext).toMatchObject({ authorKey: 'livejournal:ext_2356060', displayName: 'Максим Белобородов', account: { numericId: '68113780' } });
  });

  it('leaves reply-to out when a "more comments" row may hide the parent', () => {
    const seemore = doc.querySelector('.mdspost-comment--seemore')!.closest('.mdspost-thread')!;
    const level = Number(/level-(\d+)/.exec(seemore.className)![1]);
    const deeper = Array.from(doc.querySelectorAll('.mdspost-thread')).find((r) => r.className.includes(`level-${level + 1} `) && r.querySelector('article[data-username]'))!;
    const copy = deeper.cloneNode(true) as Element;
    seemore.after(copy);
    try {
      expect(livejournal.read(copy.querySelector('article')!, URL_)!.replyTo).toBeUndefined();
    } finally {
      copy.remove();
    }
  });

  it('includes the scope itself when it is a root, anchors the badge at the name, skips a row with no user', () => {
    const root = doc.getElementById('t7122048')!;
    expect(livejournal.roots(root)).toEqual([root]);
    expect(livejournal.badgeAnchor(root)).toBe(root.querySelector('.mdspost-comment-username'));
    const orphan = root.cloneNode(true) as Element;
    orphan.removeAttribute('data-username');
    expect(livejournal.read(orphan, URL_)).toBeNull();
  });
});
