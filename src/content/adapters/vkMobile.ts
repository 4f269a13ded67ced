// m.vk.com wall posts and their comments: NOT YET TESTED ON A REAL PAGE — no saved m.vk.com
// page was found in public repositories. Built from the markup the Botnadzor anti-bot user
// script relies on (gosvon/gosvon vk-metabot.user.js `onFoundMobileReply`, commit
// 9e3cbb9e62c8e5aa6a9318bbfe9ce5733a62ad2d): a comment is `.ReplyItem`; its author link
// `a.ReplyItem__name` (`/id123` or `/screen_name`; `/-N` for a community); its permalink
// `.item_date` (`…/wall<owner>_<post>?reply=<id>`, text a relative date, so no time is read);
// the avatar `.Avatar__image` as an inline background image; the body `.ReplyItem__content`,
// whose text part is `.ReplyItem__text`.
import type { Comment } from '../../core/model.ts';
import { commentText } from './commentText.ts';
import { cssBackgroundUrl } from './cssUrl.ts';
import { rootsMatching } from './rootsMatching.ts';
import type { SiteAdapter } from './siteAdapter.ts';
import { VK_ORIGIN, vkThreadUrl, wallPostOf } from './vkUrls.ts';
import { addVkProfile, vkAuthorOf } from './vkAuthor.ts';

// expects: no real page; test DOM built from the cited user script's selectors → 3 comments, 2 authors
const COMMENT = '.ReplyItem';
const AUTHOR = 'a.ReplyItem__name';
const PERMALINK = '.item_date[href*="?reply="]';
const TEXT = '.ReplyItem__text';
const AVATAR = '.Avatar__image';

export const vkMobile: SiteAdapter = {
  id: 'vk',

  matches(location) {
    return location.hostname === 'm.vk.com' && /^\/wall-?\d+_\d+\/?$/.test(location.pathname);
  },

  roots(scope) {
    return rootsMatching(scope, COMMENT);
  },

  read(root, location) {
    const { key, displayName, profile } = vkAuthorOf(root.querySelector(AUTHOR), location);
    let url: URL | null = null;
    try {
      url = new URL(root.querySelector(PERMALINK)?.getAttribute('href') ?? '', VK_ORIGIN);
    } catch {
      url = null;
    }
    const post = url ? wallPostOf(url) : null;
    const replyId = url?.searchParams.get('reply');
    if (!displayName || !key || !post || !replyId || !/^\d+$/.test(replyId)) return null;
    const owner = /^wall(-?\d+)_/.exec(post)![1]!;
    const body = root.querySelector(TEXT);
    const comment: Comment = {
      // the same comment key as the desktop wall adapter: owner and reply id
      id: `vk:${owner}_${replyId}`,
      site: 'vk',
      authorKey: key,
      displayName,
      text: body ? commentText(body) : '',
      threadUrl: `${VK_ORIGIN}/${post}`,
      url: `${VK_ORIGIN}/${post}?reply=${replyId}`,
    };
    addVkProfile(comment, profile);
    const avatar = cssBackgroundUrl(root.querySelector(AVATAR)?.getAttribute('style'));
    if (avatar) comment.avatarUrl = avatar;
    return comment;
  },

  badgeAnchor(root) {
    return root.querySelector(AUTHOR);
  },

  threadUrl: vkThreadUrl,
};
