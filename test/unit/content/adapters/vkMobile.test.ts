// @vitest-environment happy-dom
// m.vk.com: NO REAL PAGE. The DOM below is built in this test from the markup the cited user
// script relies on (see the adapter's header) — it checks our reading of that markup; a real
// saved page must replace it when one turns up.
import { describe, expect, it } from 'vitest';
import { vkMobile } from '../../../../src/content/adapters/vkMobile.ts';
import { vkWall } from '../../../../src/content/adapters/vkWall.ts';
import { distinctAuthors, parseSavedPage, readAll } from './savedPage.ts';

const POST = new URL('https://m.vk.com/wall-20629724_73803');
const reply = (id: string, href: string, name: string, text: string) => `
<div class="ReplyItem Post__rowPadding">
  <a class="ReplyItem__avatar" href="${href}"><div class="Avatar__image" style="background-image: url('https://sun9-1.userapi.com/${id}.jpg')"></div></a>
  <div class="ReplyItem__content"><div class="ReplyItem__header"><a class="ReplyItem__name" href="${href}">${name}</a></div>
  <div class="ReplyItem__text">${text}</div>
  <div class="ReplyItem__footer"><a class="item_date" href="/wall-20629724_73803?reply=${id}">вчера в 23:31</a></div></div>
</div>`;

function builtPage(): Document {
  const doc = document.implementation.createHTMLDocument('built from cited markup');
  // markup we wrote from the cited source, not page data
  doc.body.innerHTML = [
    reply('73824', '/olololosha1488', 'Евгений Островский', 'И да, HTC Sync и KIES-фигня.'),
    reply('73825', '/id156852815', 'Марат', 'Согласен'),
    reply('73826', '/id156852815', 'Марат', 'Ещё'),
  ].join('');
  return doc;
}

describe('vk mobile adapter on DOM built from cited markup (not a real page)', () => {
  it('reads 3 comments by 2 authors with their fields', () => {
    const found = readAll(vkMobile, builtPage(), POST);
    expect(found).toHaveLength(3);
    expect(distinctAuthors(found)).toBe(2);
    expect(found[0]).toMatchObject({
      id: 'vk:-20629724_73824', authorKey: 'vk:olololosha1488', handle: 'olololosha1488', text: 'И да, HTC Sync и KIES-фигня.',
      avatarUrl: 'https://sun9-1.userapi.com/73824.jpg', threadUrl: 'https://vk.com/wall-20629724_73803', url: 'https://vk.com/wall-20629724_73803?reply=73824',
    });
    expect(found[1]).toMatchObject({ authorKey: 'vk:156852815', account: { numericId: '156852815' } });
    expect(found.every((c) => c.time === undefined)).toBe(true); // only "вчера в 23:31" is shown
  });

  it('gives a comment the same id, author key and thread on m.vk.com as on the real desktop wall', () => {
    const [mobile] = readAll(vkMobile, builtPage(), POST);
    const desktop = readAll(vkWall, parseSavedPage('vk', 'vk.com_habr_wall_2012-01-11_cp1251.html', 'windows-1251'), new URL('https://vk.com/habr'))
      .find((c) => c.id === mobile!.id)!;
    expect(desktop).toMatchObject({ authorKey: mobile!.authorKey, threadUrl: mobile!.threadUrl, url: mobile!.url });
  });

  it('matches m.vk.com wall posts only', () => {
    expect(vkMobile.matches(POST, document)).toBe(true);
    expect(vkMobile.matches(new URL('https://m.vk.com/habr'), document)).toBe(false);
    expect(vkMobile.matches(new URL('https://vk.com/wall-1_2'), document)).toBe(false);
  });
});
