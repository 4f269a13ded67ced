// One Hacker News comment as the content script hands it to the background, for the background's
// tests: id, author and thread as the adapter writes them, and options for what a test is about
// (its words, thread, permalink, time, photo). Tests that need a stored comment add seenAt/seq.
import type { Comment } from '../../../src/core/model.ts';

/** The thread most tests post to. */
export const HN_THREAD = 'https://news.ycombinator.com/item?id=1';

export interface HnCommentOptions {
  /** Default: words of the author's own, distinct per comment and long enough to be indexed. */
  text?: string;
  threadUrl?: string;
  /** Give the comment its permalink (`item?id=<n>`), as the adapter does where the page shows one. */
  url?: boolean;
  /** When the page says it was written; absent: an undated comment. */
  time?: number;
  avatarUrl?: string;
}

/** Comment number `n` of `author` (keys `hackernews:<n>` and `hackernews:<author>`). */
export function hnComment(n: number, author: string, options: HnCommentOptions = {}): Comment {
  const { text = `comment number ${n} by ${author} with enough words to be read`, threadUrl = HN_THREAD, url = false, time, avatarUrl } = options;
  return {
    id: `hackernews:${n}`,
    site: 'hackernews',
    authorKey: `hackernews:${author}`,
    displayName: author,
    text,
    threadUrl,
    ...(url ? { url: `https://news.ycombinator.com/item?id=${n}` } : {}),
    ...(time === undefined ? {} : { time }),
    ...(avatarUrl === undefined ? {} : { avatarUrl }),
  };
}
