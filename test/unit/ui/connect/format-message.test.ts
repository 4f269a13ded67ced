// @vitest-environment happy-dom
// The mock's message formatting follows browser.i18n.getMessage, so mock text is real text.
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../../src/ui/connect/format-message.ts';

const catalog = {
  counts: { message: 'Read $1 comments by $2 authors.' },
  price: { message: 'Costs $$5, $1' },
  named: { message: 'Hello $who$, you have $count$', placeholders: { who: { content: '$1' }, COUNT: { content: '$2 new' } } },
};

describe('formatMessage', () => {
  it('fills positional substitutions', () => {
    expect(formatMessage(catalog, 'counts', ['42', '17'])).toBe('Read 42 comments by 17 authors.');
  });
  it('leaves missing substitutions empty and $$ as a dollar sign', () => {
    expect(formatMessage(catalog, 'price')).toBe('Costs $5, ');
  });
  it('resolves named placeholders case-insensitively, then their substitutions', () => {
    expect(formatMessage(catalog, 'named', ['Aigerim', '3'])).toBe('Hello Aigerim, you have 3 new');
  });
  it('answers empty for an unknown key, as getMessage does', () => {
    expect(formatMessage(catalog, 'nope', ['x'])).toBe('');
  });
});
