// @vitest-environment happy-dom
// mbasic.facebook.com: NO REAL PAGE. The DOM below is built in this test from the markup
// medialab/minet's scraper relies on (see the adapter's header) — it checks our reading of
// that markup, not Facebook's; a real saved page must replace it when one turns up.
import { describe, expect, it } from 'vitest';
import { facebookBasic } from '../../../../src/content/adapters/facebookBasic.ts';
import { distinctAuthors, readAll } from './savedPage.ts';

const STORY = 'https://mbasic.facebook.com/story.php?story_fbid=3065154550235644&id=119240841493711';
const comment = (id: string, href: string, name: string, text: string, reactions = '') => `
<div id="${id}"><div><h3><a href="${href}">${name}</a></h3><div>${text}</div>
<div><abbr>4 yrs</abbr><span id="like_3065154550235644_${id}"><a href="/a/like.php">Like</a></span>
${reactions ? `<a href="/ufi/reaction/profile/browser/?ft_ent_identifier=${id}">${reactions}</a>` : ''}
<a href="/comment/replies/?ctoken=3065154550235644_${id}">Reply</a></div></div></div>`;

function builtPage(): Document {
  const doc = document.implementation.createHTMLDocument('built from cited markup');
  // markup we wrote from the cited source, not page data
  doc.body.innerHTML = `<div id="m_story_permalink_view"><div id="ufi_3065154550235644">
    ${comment('3154024434681988', '/yusof.elmahboub?refid=52', 'Yusof Elmahboub', 'I think Sora should be in', '12')}
    ${comment('3067300346687731', '/profile.php?id=100002456217638&amp;refid=52', 'Lynn Williams', 'A backwards compatible system')}
    ${comment('3067300346680000', '/profile.php?id=100002456217638', 'Lynn Williams', 'again')}
  </div></div>`;
  return doc;
}

describe('facebook mbasic adapter on DOM built from cited markup (not a real page)', () => {
  it('reads 3 comments by 2 authors with their fields', () => {
    const found = readAll(facebookBasic, builtPage(), new URL(STORY));
    expect(found).toHaveLength(3);
    expect(distinctAuthors(found)).toBe(2);
    expect(found[0]).toMatchObject({
      id: 'facebook:3154024434681988', authorKey: 'facebook:yusof.elmahboub', handle: 'yusof.elmahboub',
      text: 'I think Sora should be in', likes: 12, threadUrl: 'https://www.facebook.com/3065154550235644',
      url: 'https://www.facebook.com/3065154550235644?comment_id=3154024434681988',
    });
    expect(found[1]).toMatchObject({ authorKey: 'facebook:100002456217638', account: { numericId: '100002456217638' }, text: 'A backwards compatible system' });
    expect(found[1]!.likes).toBeUndefined();
    expect(found.every((c) => c.time === undefined && c.replyTo === undefined)).toBe(true);
  });

  it('on a replies page, every comment but the first answers the ctoken comment', () => {
    const url = new URL('https://mbasic.facebook.com/comment/replies/?ctoken=3065154550235644_3154024434681988');
    const found = readAll(facebookBasic, builtPage(), url);
    expect(found[0]!.replyTo).toBeUndefined();
    expect(found.slice(1).map((c) => c.replyTo)).toEqual(['facebook:3154024434681988', 'facebook:3154024434681988']);
    expect(facebookBasic.threadUrl(url)).toBe('https://www.facebook.com/3065154550235644');
  });

  it('matches mbasic story pages only', () => {
    expect(facebookBasic.matches(new URL(STORY), document)).toBe(true);
    expect(facebookBasic.matches(new URL('https://mbasic.facebook.com/home.php'), document)).toBe(false);
    expect(facebookBasic.matches(new URL('https://m.facebook.com/story.php?story_fbid=1'), document)).toBe(false);
  });
});
