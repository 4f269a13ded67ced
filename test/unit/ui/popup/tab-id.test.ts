// @vitest-environment happy-dom
// Which tab the popup describes: the ?tab=N parameter when valid, else the active tab.
import { describe, expect, it } from 'vitest';
import { createMockConnector } from '../../../../src/ui/connect/mock.ts';
import { resolveTabId, tabIdFromSearch } from '../../../../src/ui/popup/tab-id.ts';

describe('tabIdFromSearch', () => {
  it.each([
    ['?tab=12', 12],
    ['?x=1&tab=0', 0],
    ['', null],
    ['?tab=', null],
    ['?tab=-3', null],
    ['?tab=1.5', null],
    ['?tab=12abc', null],
    ['?tab=99999999999999999999', null],
  ])('%s → %s', (search, expected) => {
    expect(tabIdFromSearch(search)).toBe(expected);
  });
});

describe('resolveTabId', () => {
  it('falls back to the active tab', async () => {
    expect(await resolveTabId('', createMockConnector({ activeTabId: 31 }))).toBe(31);
    expect(await resolveTabId('?tab=4', createMockConnector({ activeTabId: 31 }))).toBe(4);
  });
});
