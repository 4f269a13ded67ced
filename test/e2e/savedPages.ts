// Every real saved page a built-in adapter is tested on, with the real URL it was saved from
// and the comment count its adapter's `// expects:` line states (checked exactly in the unit
// tests). The e2e serves each under that URL and checks the page contract in a real browser.
import { readFileSync } from 'node:fs';
import { decodeSavedPage } from '../../scripts/browser/decode-saved-page.ts';
import { fixturePath } from '../../scripts/browser/paths.ts';

export interface SavedPage {
  file: string;
  url: string;
  comments: number;
}

const FB_STORY = 'https://m.facebook.com/story.php?story_fbid=3065154550235644&id=119240841493711';

/** The address the Disqus embed recorded in the page itself when it was saved. */
const disqusUrl = (): string =>
  /<!-- base href="([^"]+)"/.exec(readFileSync(fixturePath('disqus/disqus_embed_mobile-review_saved2018.html'), 'utf8'))![1]!.replace(/&amp;/g, '&');

export const SAVED_PAGES = (): SavedPage[] => [
  { file: 'hackernews/hn_item_28385024_2021-09-02.html', url: 'https://news.ycombinator.com/item?id=28385024', comments: 147 },
  { file: 'facebook/m.facebook.com_story_3065154550235644_names-plain.html', url: FB_STORY, comments: 108 },
  { file: 'facebook/m.facebook.com_story_3065154550235644_author-links_unpacked.html', url: `${FB_STORY}&_rdr`, comments: 30 },
  { file: 'facebook/m.facebook.com_Nintendo_posts_4194934713924283_author-links_unpacked.html', url: 'https://m.facebook.com/Nintendo/posts/4194934713924283', comments: 30 },
  { file: 'facebook/m.facebook.com_story_4188174317933656_author-links_unpacked.html', url: 'https://m.facebook.com/story.php?story_fbid=4188174317933656&id=119240841493711', comments: 17 },
  { file: 'facebook/m.facebook.com_groups_permalink_1629606003787605.html', url: 'https://m.facebook.com/groups/southamericansincomputing/permalink/1629606003787605/', comments: 1 },
  { file: 'youtube/youtube_watch_qTB3AEEUju8_saved2018.html', url: 'https://www.youtube.com/watch?v=qTB3AEEUju8', comments: 35 },
  { file: 'reddit/old-reddit_r-aww_8dyrb3_saved2018.html', url: 'https://old.reddit.com/r/aww/comments/8dyrb3/ben_is_very_proud_of_himself_for_learning_to_go/', comments: 197 },
  { file: 'x/x.com_status_thread_eli_lifland_2025.html', url: 'https://x.com/eli_lifland/status/1908671786876850246', comments: 4 },
  { file: 'habr/habrahabr.ru_post_354052_saved2018.html', url: 'https://habrahabr.ru/post/354052/', comments: 11 },
  { file: 'habr/geektimes.ru_post_300211_saved2018.html', url: 'https://geektimes.ru/post/300211/', comments: 11 },
  { file: 'pikabu/pikabu.ru_story_5865577_saved2018_cp1251.html', url: 'https://pikabu.ru/story/beregite_prirodu_5865577', comments: 59 },
  { file: 'livejournal/lozga.livejournal.com_170880_saved2018.html', url: 'https://lozga.livejournal.com/170880.html', comments: 89 },
  { file: 'vc/vc.ru_saved2018.html', url: 'https://vc.ru/36920-vlasti-finlyandii-reshili-ne-prodlevat-eksperiment-s-vyplatoy-bazovogo-dohoda', comments: 75 },
  { file: '4pda/4pda.ru_2018-04-23_350937_saved2018_cp1251.html', url: 'https://4pda.ru/2018/04/23/350937/', comments: 16 },
  // Saved from http:// in 2018; served at https://, the only scheme Spot.IM (and Kuzet's host list) uses today.
  { file: 'spotim/spotim_conversation_saved2018.html', url: 'https://conversation-prerender.spot.im/conversation-prerender/v2/spot/sp_IjnMf2Jd/post/23418430', comments: 12 },
  { file: 'vk/vk.com_habr_wall_2012-01-11_cp1251.html', url: 'https://vk.com/habr', comments: 23 },
  { file: 'telegram/t.me_s_topwar_official_preview.html', url: 'https://t.me/s/topwar_official', comments: 12 },
  { file: 'disqus/disqus_embed_mobile-review_saved2018.html', url: disqusUrl(), comments: 50 },
];

/** The page as the browser would decode it (some regional pages are windows-1251). */
export const savedPageHtml = (file: string): string => decodeSavedPage(readFileSync(fixturePath(file)));
