// @vitest-environment happy-dom
// Telegram: the t.me/s channel adapter on the real saved page (test/fixtures/telegram/
// PROVENANCE.md), and the discussion widget on DOM built in this test from the cited markup —
// NOT a real page (none was found).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Comment } from '../../../../src/core/model.ts';
import { telegram } from '../../../../src/content/adapters/telegram.ts';
import { pickAdapter } from '../../../../src/content/adapters/registry.ts';
import { distinctAuthors, parseSavedPage, readAll } from './savedPage.ts';

const CHANNEL = new URL('https://t.me/s/topwar_official');
let posts: Comment[];

beforeAll(() => {
  posts = readAll(telegram, parseSavedPage('telegram', 't.me_s_topwar_official_preview.html'), CHANNEL);
});

describe('telegram adapter on t.me_s_topwar_official_preview.html', () => {
  it('reads 12 posts, all by the channel', () => {
    expect(posts).toHaveLength(12);
    expect(distinctAuthors(posts)).toBe(1);
  });

  it('reads a post field by field', () => {
    const post = posts.find((p) => p.id === 'telegram:topwar_official/70989')!;
    expect(post).toMatchObject({
      site: 'telegram',
      authorKey: 'telegram:topwar_official',
      displayName: 'Военное обозрение',
      handle: 'topwar_official',
      profileUrl: 'https://t.me/topwar_official',
      threadUrl: 'https://t.me/s/topwar_official',
      url: 'https://t.me/topwar_official/70989',
    });
    expect(post.avatarUrl).toMatch(/^https:\/\/cdn4\.telegram-cdn\.org\/file\//);
    expect(post.time).toBe(Date.UTC(2023, 1, 28, 7, 47, 53));
    expect(post.text.startsWith('В Санкт-Петербурге в небо над городом подняли истребители')).toBe(true);
    expect(posts.every((p) => typeof p.time === 'number' && p.replyTo === undefined)).toBe(true);
  });
});

const DISCUSSION = new URL('https://t.me/topwar_official/70989?embed=1&discussion=1&comments_limit=5');
const message = (post: string, sender: string, text: string, quote = '') => `
<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message js-widget_message" data-post="${post}">
  <div class="tgme_widget_message_user"><i class="tgme_widget_message_user_photo"><img src="https://cdn4.telegram-cdn.org/file/${post.replace('/', '_')}.jpg"></i></div>
  <div class="tgme_widget_message_bubble"><div class="tgme_widget_message_author accent_color">${sender}</div>${quote}
  <div class="tgme_widget_message_text js-message_text" dir="auto">${text}</div>
  <div class="tgme_widget_message_footer"><span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/${post}"><time datetime="2023-02-28T15:00:00+00:00" class="time">15:00</time></a></span></div></div>
</div></div>`;

function discussionPage(): Document {
  const doc = document.implementation.createHTMLDocument('built from cited markup');
  // markup we wrote from the cited sources, not page data
  doc.body.innerHTML = [
    message('topwar_chat/501', '<a class="tgme_widget_message_author_name" href="https://t.me/ivan_p"><span dir="auto">Иван П.</span></a>', 'Первый комментарий'),
    message('topwar_chat/502', '<span class="tgme_widget_message_author_name" dir="auto">Айгуль</span>', 'Ответ',
      '<a class="tgme_widget_message_reply" href="https://t.me/topwar_chat/501"><div class="tgme_widget_message_author"><span class="tgme_widget_message_author_name">Иван П.</span></div><div class="tgme_widget_message_text js-message_reply_text">Первый комментарий</div></a>'),
    message('topwar_chat/503', '<a class="tgme_widget_message_author_name" href="https://t.me/ivan_p"><span dir="auto">Иван П.</span></a>', 'Ещё'),
  ].join('');
  return doc;
}

describe('telegram discussion widget on DOM built from cited markup (not a real page)', () => {
  it('reads 3 comments by 2 authors, the sender and not the quoted author', () => {
    const found = readAll(telegram, discussionPage(), DISCUSSION);
    expect(found).toHaveLength(3);
    expect(distinctAuthors(found)).toBe(2);
    expect(found[1]).toMatchObject({ authorKey: 'telegram:name:Айгуль', displayName: 'Айгуль', text: 'Ответ', replyTo: 'telegram:topwar_chat/501', threadUrl: 'https://t.me/topwar_official/70989' });
    expect(found[1]!.handle).toBeUndefined();
    expect(found[0]).toMatchObject({ authorKey: 'telegram:ivan_p', handle: 'ivan_p', url: 'https://t.me/topwar_chat/501', time: Date.UTC(2023, 1, 28, 15) });
  });

  it('is the adapter the content script picks on both layouts', () => {
    expect(pickAdapter(CHANNEL, document)?.id).toBe('telegram');
    expect(pickAdapter(DISCUSSION, document)?.id).toBe('telegram');
    expect(pickAdapter(new URL('https://mastodon.social/@alice/1'), document)?.id).toBe('mastodon');
  });

  it('matches channel previews and discussion iframes only', () => {
    expect(telegram.matches(CHANNEL, document)).toBe(true);
    expect(telegram.matches(DISCUSSION, document)).toBe(true);
    expect(telegram.matches(new URL('https://t.me/topwar_official/70989'), document)).toBe(false);
    expect(telegram.matches(new URL('https://t.me/topwar_official'), document)).toBe(false);
    expect(telegram.matches(new URL('https://t.me.evil.example/s/topwar_official'), document)).toBe(false);
  });
});
