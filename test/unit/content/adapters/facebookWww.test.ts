// @vitest-environment happy-dom
// www.facebook.com: NO REAL PAGE. The DOM below is built in this test from the markup the
// cited userscript relies on (see the adapter's header) — it checks our reading of that
// markup, not Facebook's; a real saved page must replace it when one turns up.
import { describe, expect, it } from 'vitest';
import { facebookWww } from '../../../../src/content/adapters/facebookWww.ts';
import { facebookMobile } from '../../../../src/content/adapters/facebookMobile.ts';
import { distinctAuthors, parseSavedPage, readAll } from './savedPage.ts';

const POST = 'https://www.facebook.com/Nintendo/posts/3065154550235644';
const BUILT = `
<div role="article" aria-label="">a post's media container, not a comment</div>
<div role="article" aria-label="Comment by Yusof Elmahboub 4 years ago">
  <svg><image href="https://scontent.xx.fbcdn.net/v/avatar1.jpg"></image></svg>
  <a href="https://www.facebook.com/profile.php?id=100004071004949&amp;comment_id=3154024434681988"><span>Yusof Elmahboub</span></a>
  <div dir="auto">I think Sora, Spyro, Dixie Kong should be in Fighter Pass 3</div>
  <a href="https://www.facebook.com/Nintendo/posts/3065154550235644?comment_id=3154024434681988">4y</a>
  <div role="article" aria-label="Reply by Lynn Williams to Yusof Elmahboub's comment 4 years ago">
    <a href="/lynn.williams.77?comment_id=3154024434681988"><span>Lynn Williams</span></a>
    <div dir="auto">Agreed</div>
    <a href="/Nintendo/posts/3065154550235644?comment_id=3154024434681988&amp;reply_comment_id=3154030000000001">4y</a>
  </div>
</div>
<div role="article" aria-label="Comment by Yusof Elmahboub 4 years ago">
  <a href="https://www.facebook.com/profile.php?id=100004071004949"><span>Yusof Elmahboub</span></a>
  <div dir="auto">second comment</div>
  <a href="https://www.facebook.com/Nintendo/posts/3065154550235644?comment_id=3154024434681999">4y</a>
</div>`;

function builtPage(): Document {
  const doc = document.implementation.createHTMLDocument('built from cited markup');
  doc.body.innerHTML = BUILT; // markup we wrote from the cited source, not page data
  return doc;
}

describe('facebook www adapter on DOM built from cited markup (not a real page)', () => {
  it('reads 3 comments by 2 authors, skipping articles without a comment link', () => {
    const found = readAll(facebookWww, builtPage(), new URL(POST));
    expect(found).toHaveLength(3);
    expect(distinctAuthors(found)).toBe(2);
  });

  it('reads fields and threading', () => {
    const [first, reply] = readAll(facebookWww, builtPage(), new URL(POST));
    expect(first).toMatchObject({
      id: 'facebook:3154024434681988',
      authorKey: 'facebook:100004071004949',
      displayName: 'Yusof Elmahboub',
      profileUrl: 'https://www.facebook.com/profile.php?id=100004071004949',
      avatarUrl: 'https://scontent.xx.fbcdn.net/v/avatar1.jpg',
      text: 'I think Sora, Spyro, Dixie Kong should be in Fighter Pass 3',
      threadUrl: 'https://www.facebook.com/3065154550235644',
      url: 'https://www.facebook.com/3065154550235644?comment_id=3154024434681988',
    });
    expect(first!.replyTo).toBeUndefined();
    expect(reply).toMatchObject({ id: 'facebook:3154030000000001', handle: 'lynn.williams.77', text: 'Agreed', replyTo: 'facebook:3154024434681988' });
  });

  it('gives the same author key and thread URL as the real m. page for the same person and post', () => {
    const [www] = readAll(facebookWww, builtPage(), new URL(POST));
    const m = readAll(facebookMobile, parseSavedPage('facebook', 'm.facebook.com_story_3065154550235644_names-plain.html'), new URL('https://m.facebook.com/story.php?story_fbid=3065154550235644&id=119240841493711'))
      .find((c) => c.displayName === 'Yusof Elmahboub')!;
    expect(www!.authorKey).toBe(m.authorKey);
    expect(www!.threadUrl).toBe(m.threadUrl);
  });

  it('matches www post pages only and finds nothing on unknown markup', () => {
    expect(facebookWww.matches(new URL(POST), document)).toBe(true);
    expect(facebookWww.matches(new URL('https://www.facebook.com/groups/123/posts/456/'), document)).toBe(true);
    expect(facebookWww.matches(new URL('https://www.facebook.com/Nintendo'), document)).toBe(false);
    expect(facebookWww.matches(new URL('https://m.facebook.com/Nintendo/posts/1'), document)).toBe(false);
    const other = document.implementation.createHTMLDocument('');
    other.body.innerHTML = '<div role="article"><a href="/x">x</a></div>';
    expect(readAll(facebookWww, other, new URL(POST))).toEqual([]);
  });
});
