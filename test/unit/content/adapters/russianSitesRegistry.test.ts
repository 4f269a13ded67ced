// @vitest-environment happy-dom
// The registry hands each Russian-language and widget page (Habr, Pikabu, LiveJournal, vc.ru,
// 4PDA, Disqus, Spot.IM) to its own adapter and to no other, and leaves their other pages alone.
import { describe, expect, it } from 'vitest';
import { ADAPTERS, pickAdapter } from '../../../../src/content/adapters/registry.ts';

const PAGES: Array<[string, string]> = [
  ['https://habrahabr.ru/post/354052/', 'habr'],
  ['https://geektimes.ru/post/300211/', 'habr'],
  ['https://pikabu.ru/story/beregite_prirodu_5865577', 'pikabu'],
  ['https://lozga.livejournal.com/170880.html', 'livejournal'],
  ['https://vc.ru/36920-vlasti-finlyandii-reshili-ne-prodlevat-eksperiment-s-vyplatoy-bazovogo-dohoda', 'vc'],
  ['https://4pda.ru/2018/04/23/350937/', '4pda'],
  ['https://4pda.to/2018/04/23/350937/', '4pda'],
  ['https://disqus.com/embed/comments/?base=default&f=androidmr&t_u=http%3A%2F%2Fandroid.mobile-review.com%2Farticles%2F54479%2F', 'disqus'],
  ['https://spoxy-shard2.spot.im/v2/spot/sp_IjnMf2Jd/post/23418430/', 'spotim'],
];

describe('registry on Russian-language and widget sites', () => {
  it.each(PAGES)('%s goes to %s and only to it', (url, id) => {
    const location = new URL(url);
    expect(pickAdapter(location, document)?.id).toBe(id);
    expect(ADAPTERS.filter((adapter) => adapter.matches(location, document)).map((a) => a.id)).toEqual([id]);
  });

  it('leaves the same sites’ other pages alone', () => {
    for (const url of ['https://habrahabr.ru/', 'https://pikabu.ru/', 'https://pikabu.ru/@Zozobob', 'https://lozga.livejournal.com/', 'https://vc.ru/', 'https://4pda.ru/forum/index.php?showuser=1', 'https://disqus.com/by/zamablack/', 'https://www.spot.im/']) {
      expect(pickAdapter(new URL(url), document)).toBeNull();
    }
  });
});
