// @vitest-environment happy-dom
// Mastodon: NO REAL PAGE. The DOM below is built in this test from the markup Mastodon's
// status component renders (see the adapter's header) — it checks our reading of that
// markup; a real saved page must replace it when one turns up.
import { describe, expect, it } from 'vitest';
import { mastodon } from '../../../../src/content/adapters/mastodon.ts';
import { distinctAuthors, readAll } from './savedPage.ts';

const THREAD = new URL('https://mastodon.social/@alice/113000000000000001');
const status = (id: string, acct: string, name: string, text: string, reply = true) => `
<div class="status__wrapper"><div class="status status-public${reply ? ' status-reply' : ''}" data-id="${id}">
  <div class="status__info">
    <a href="/@${acct}/${id}" class="status__relative-time"><time datetime="2024-09-01T10:0${id.slice(-1)}:00.000Z" title="Sep 1, 2024">3d</time></a>
    <a href="/@${acct}" title="${acct}" data-hover-card-account="10${id.slice(-1)}" class="status__display-name">
      <div class="status__avatar"><div class="account__avatar"><img src="https://files.mastodon.social/avatars/${id}.png" alt=""></div></div>
      <span class="display-name"><bdi><strong class="display-name__html">${name}</strong></bdi> <span class="display-name__account">@${acct}</span></span>
    </a>
  </div>
  <div class="status__content"><div class="status__content__text status__content__text--visible translate"><p>${text}</p></div></div>
</div></div>`;

function builtPage(): Document {
  const doc = document.implementation.createHTMLDocument('built from cited markup');
  // markup we wrote from Mastodon's component source, not page data
  doc.body.innerHTML = `<div id="mastodon">${[
    status('113000000000000002', 'bob@mastodon.online', 'Bob', 'Reply one'),
    status('113000000000000003', 'carol', 'Carol 🌿', 'Reply two<br>second line'),
    status('113000000000000004', 'bob@mastodon.online', 'Bob', 'Reply three'),
  ].join('')}</div>`;
  return doc;
}

describe('mastodon adapter on DOM built from cited markup (not a real page)', () => {
  it('reads 3 posts by 2 authors', () => {
    const found = readAll(mastodon, builtPage(), THREAD);
    expect(found).toHaveLength(3);
    expect(distinctAuthors(found)).toBe(2);
  });

  it('keys authors by their full address, local ones with the instance host', () => {
    const [bob, carol] = readAll(mastodon, builtPage(), THREAD);
    expect(bob).toMatchObject({ authorKey: 'mastodon:bob@mastodon.online', displayName: 'Bob', profileUrl: 'https://mastodon.social/@bob@mastodon.online' });
    expect(carol).toMatchObject({
      id: 'mastodon:mastodon.social/113000000000000003',
      authorKey: 'mastodon:carol@mastodon.social',
      handle: 'carol@mastodon.social',
      displayName: 'Carol 🌿',
      text: 'Reply two\nsecond line',
      time: Date.UTC(2024, 8, 1, 10, 3),
      avatarUrl: 'https://files.mastodon.social/avatars/113000000000000003.png',
      url: 'https://mastodon.social/@carol/113000000000000003',
      threadUrl: 'https://mastodon.social/@alice/113000000000000001',
    });
  });

  it('matches thread pages of known instances, or of any instance running the web app', () => {
    expect(mastodon.matches(THREAD, document)).toBe(true);
    const other = new URL('https://kz.example.social/@alice/1');
    expect(mastodon.matches(other, document)).toBe(false);
    expect(mastodon.matches(other, builtPage())).toBe(true);
    expect(mastodon.matches(new URL('https://mastodon.social/@alice'), document)).toBe(false);
  });
});
