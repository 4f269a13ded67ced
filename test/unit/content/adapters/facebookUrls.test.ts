// One story is one thread on every layout, and profile links say what they can about a person.
import { describe, expect, it } from 'vitest';
import { facebookThreadUrl, profileRefOf } from '../../../../src/content/adapters/facebookUrls.ts';
import { cssBackgroundUrl } from '../../../../src/content/adapters/cssUrl.ts';

describe('facebook URLs', () => {
  it.each([
    'https://m.facebook.com/story.php?story_fbid=3065154550235644&id=119240841493711&_rdr',
    'https://mbasic.facebook.com/story.php?story_fbid=3065154550235644&id=119240841493711&refid=52',
    'https://www.facebook.com/Nintendo/posts/3065154550235644?comment_id=1',
    'https://www.facebook.com/groups/southamericansincomputing/permalink/3065154550235644/',
    'https://www.facebook.com/permalink.php?story_fbid=3065154550235644&id=119240841493711',
  ])('%s → one thread URL', (url) => {
    expect(facebookThreadUrl(new URL(url))).toBe('https://www.facebook.com/3065154550235644');
  });

  it('reads numeric ids, handles and group-member ids, and refuses non-profiles and other hosts', () => {
    const base = new URL('https://m.facebook.com/story.php');
    expect(profileRefOf('/profile.php?id=100048807612315&fref=nf', base)).toEqual({ numericId: '100048807612315', url: 'https://www.facebook.com/profile.php?id=100048807612315' });
    expect(profileRefOf('/jake.adams.144?fref=nf', base)).toEqual({ handle: 'jake.adams.144', url: 'https://www.facebook.com/jake.adams.144' });
    expect(profileRefOf('/groups/1/user/100300/', base)?.numericId).toBe('100300');
    expect(profileRefOf('/story.php?story_fbid=1', base)).toBeNull();
    expect(profileRefOf('/Nintendo/posts/1', base)).toBeNull();
    expect(profileRefOf('https://evil.example/zuck', base)).toBeNull();
    expect(profileRefOf('javascript:alert(1)', base)).toBeNull();
  });

  it('undoes CSS escapes in inline avatar styles, with single or doubled backslashes', () => {
    expect(cssBackgroundUrl("background:#d8dce6 url('https\\3a //x.fbcdn.net/a.jpg?a\\3d 1\\26 b\\3d 2') no-repeat")).toBe('https://x.fbcdn.net/a.jpg?a=1&b=2');
    expect(cssBackgroundUrl("url('https\\\\3a //x.fbcdn.net/a.jpg')")).toBe('https://x.fbcdn.net/a.jpg');
    expect(cssBackgroundUrl("url('javascript:alert(1)')")).toBeUndefined();
    expect(cssBackgroundUrl(null)).toBeUndefined();
  });
});
