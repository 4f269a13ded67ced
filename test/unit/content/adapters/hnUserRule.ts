// The rule a user would write for Hacker News on the options page (shared by the rule-adapter,
// mirror and options tests): the built-in adapter's selectors, typed by hand.
import type { SiteRule } from '../../../../src/core/siteRules.ts';

export const HN_USER_RULE: SiteRule = {
  pattern: 'https://news.ycombinator.com/*',
  name: 'Hacker News',
  selectors: { comment: 'tr.athing.comtr', author: 'a.hnuser', text: '.commtext', time: 'span.age' },
};
