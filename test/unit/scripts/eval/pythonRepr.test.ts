import { describe, expect, it } from 'vitest';
import { statusCreatedAt, statusText } from '../../../../scripts/eval/pythonRepr.ts';

// Shapes of the bot-or-not `status` column: a dict repr with u'' strings, and tweepy's Status(...).
const dict = String.raw`{u'contributors': None, u'text': u'It\'s happening! \u2014 now', u'created_at': u'Mon Mar 13 16:05:22 +0000 2017'}`;
const tweepy = `Status(_api=<tweepy.api.API object>, _json={'created_at': 'Mon Mar 13 22:35:37 +0000 2017', 'id': 1, 'text': "@FoxNews it's on"})`;

describe('status repr', () => {
  it('reads the latest tweet text, undoing Python escapes', () => {
    expect(statusText(dict)).toBe("It's happening! — now");
    expect(statusText(tweepy)).toBe("@FoxNews it's on");
  });

  it('reads when the latest tweet was posted, and nothing from an empty status', () => {
    expect(statusCreatedAt(dict)).toBe('Mon Mar 13 16:05:22 +0000 2017');
    expect(statusCreatedAt(tweepy)).toBe('Mon Mar 13 22:35:37 +0000 2017');
    expect(statusText('null')).toBeUndefined();
    expect(statusCreatedAt('None')).toBeUndefined();
  });
});
