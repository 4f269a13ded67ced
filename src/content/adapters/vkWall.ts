// vk.com desktop walls and wall posts, classic markup (tested on a 2012 community wall): each
// comment is `div.reply` with `id="post<owner>_<reply>"`; the author link is `.reply_text
// a.author` (`/id123` or `/screen_name`), the text `.wall_reply_text`, the time `.rel_date`'s
// `time` attribute (unix seconds), the permalink `a.wd_lnk` (`/wall<owner>_<post>?reply=<id>`)
// and the comment answered is named in `a.reply_to`'s `wall.showReply('<post>', '<reply>')`.
// The current vk.com design (vkit* components) is not read by this file.
import type { Comment } from '../../core/model.ts';
import { commentText } from './commentText.ts';
import { rootsMatching } from './rootsMatching.ts';
import type { SiteAdapter } from './siteAdapter.ts';
import { VK_ORIGIN, vkThreadUrl, wallPostOf } from './vkUrls.ts';
import { addVkProfile, vkAuthorOf } from './vkAuthor.ts';

// expects: vk.com_habr_wall_2012-01-11_cp1251.html → 23 comments, 16 authors
const COMMENT = 'div.reply[id^="post"]';
const AUTHOR = '.reply_text a.author';
const TEXT = '.wall_reply_text';
const TIME = '.rel_date[time]';
const PERMALINK = 'a.wd_lnk[href*="?reply="]';
const REPLY_TO = 'a.reply_to[onclick]';
const AVATAR = 'img.reply_image';
const LIKES = '.like_count';

export const vkWall: SiteAdapter = {
  id: 'vk',

  matches(location) {
    // Walls live at the owner's page (`/habr`, `/id1`, `/club1`) or a post (`/wall-1_2`).
    return (location.hostname === 'vk.com' || location.hostname === 'vk.ru') && /^\/[A-Za-z0-9_.-]+\/?$/.test(location.pathname);
  },

  roots(scope) {
    return rootsMatching(scope, COMMENT);
  },

  read(root, location) {
    const { key, displayName, profile } = vkAuthorOf(root.querySelector(AUTHOR), location);
    const permalink = root.querySelector(PERMALINK)?.getAttribute('href');
    const url = permalink ? new URL(permalink, VK_ORIGIN) : null;
    const post = url ? wallPostOf(url) : null;
    const replyId = url?.searchParams.get('reply') ?? /_(\d+)$/.exec(root.id)?.[1];
    if (!displayName || !key || !replyId) return null;
    // `wall-1_2` + reply 3 → `vk:-1_3` (owner and reply id: VK's own comment key)
    const owner = post ? /^wall(-?\d+)_/.exec(post)![1] : /^post(-?\d+)_/.exec(root.id)?.[1];
    const body = root.querySelector(TEXT);
    const comment: Comment = {
      id: `vk:${owner ?? ''}_${replyId}`,
      site: 'vk',
      authorKey: key,
      displayName,
      text: body ? commentText(body) : '',
      threadUrl: post ? `${VK_ORIGIN}/${post}` : vkThreadUrl(location),
    };
    addVkProfile(comment, profile);
    if (post) comment.url = `${VK_ORIGIN}/${post}?reply=${replyId}`;
    const avatar = root.querySelector(AVATAR)?.getAttribute('src');
    if (avatar && /^https?:\/\//.test(avatar)) comment.avatarUrl = avatar;
    const seconds = Number(root.querySelector(TIME)?.getAttribute('time'));
    if (Number.isInteger(seconds) && seconds > 0) comment.time = seconds * 1000;
    const answered = /showReply\('[^']*',\s*'(-?\d+)_(\d+)'\)/.exec(root.querySelector(REPLY_TO)?.getAttribute('onclick') ?? '');
    if (answered) comment.replyTo = `vk:${answered[1]!}_${answered[2]!}`;
    const likes = Number(root.querySelector(LIKES)?.textContent?.trim() || NaN);
    if (Number.isInteger(likes)) comment.likes = likes;
    return comment;
  },

  badgeAnchor(root) {
    return root.querySelector(AUTHOR);
  },

  threadUrl: vkThreadUrl,
};
