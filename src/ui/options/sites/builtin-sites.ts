// The sites Kuzet reads out of the box, by adapter id (the `site` of their comments), with the
// host permissions the manifest asks for them: the options page switches each on or off and
// gives back or asks again for exactly these hosts. Names are the sites' own, not translated.
export interface BuiltinSite {
  id: string;
  name: string;
  origins: string[];
}

const https = (...hosts: string[]) => hosts.map((h) => `https://${h}/*`);

export const BUILTIN_SITES: readonly BuiltinSite[] = [
  { id: 'hackernews', name: 'Hacker News', origins: https('news.ycombinator.com') },
  { id: 'facebook', name: 'Facebook', origins: https('m.facebook.com', 'mbasic.facebook.com', 'www.facebook.com', 'web.facebook.com') },
  { id: 'vk', name: 'VK', origins: https('vk.com', 'vk.ru', 'm.vk.com') },
  { id: 'telegram', name: 'Telegram', origins: https('t.me') },
  { id: 'mastodon', name: 'Mastodon', origins: https('mastodon.social', 'mastodon.online') },
  { id: 'youtube', name: 'YouTube', origins: https('www.youtube.com') },
  { id: 'x', name: 'X / Twitter', origins: https('x.com', 'twitter.com', 'mobile.x.com') },
  { id: 'nitter', name: 'Nitter', origins: https('nitter.net', 'xcancel.com', 'nitter.poast.org', 'nitter.privacyredirect.com', 'nitter.tiekoetter.com') },
  { id: 'reddit', name: 'Reddit', origins: https('www.reddit.com', 'old.reddit.com', 'sh.reddit.com') },
  { id: 'bluesky', name: 'Bluesky', origins: https('bsky.app') },
  { id: 'habr', name: 'Habr', origins: https('habrahabr.ru', 'geektimes.ru') },
  { id: 'pikabu', name: 'Pikabu', origins: https('pikabu.ru') },
  { id: 'livejournal', name: 'LiveJournal', origins: https('*.livejournal.com') },
  { id: 'vc', name: 'vc.ru', origins: https('vc.ru') },
  { id: '4pda', name: '4PDA', origins: https('4pda.ru', '4pda.to') },
  { id: 'disqus', name: 'Disqus', origins: https('disqus.com') },
  { id: 'spotim', name: 'Spot.IM', origins: https('*.spot.im') },
];
