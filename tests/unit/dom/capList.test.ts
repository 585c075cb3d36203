import { describe, expect, it } from 'vitest';
import {
  LIST_CAP,
  MORE_STEP,
  capGroups,
  capList,
  moreLabel,
} from '../../../src/lib/dom/capList.ts';

describe('capList', () => {
  it.each([
    { name: 'a short list whole', items: 3, showAll: false, shown: 3, hidden: 0 },
    { name: 'a long list capped', items: LIST_CAP + 7, showAll: false, shown: LIST_CAP, hidden: 7 },
    {
      name: 'a long list whole on "show all"',
      items: LIST_CAP + 7,
      showAll: true,
      shown: LIST_CAP + 7,
      hidden: 0,
    },
  ])('shows $name', ({ items, showAll, shown, hidden }) => {
    const list = Array.from({ length: items }, (_, i) => i);
    const capped = capList(list, showAll);
    expect(capped.shown).toEqual(list.slice(0, shown));
    expect(capped.hidden).toBe(hidden);
  });
});

describe('capGroups (quotes by article)', () => {
  const groups = [
    { article: 'a', items: [1, 2, 3] },
    { article: 'b', items: [4, 5] },
    { article: 'c', items: [6] },
  ];
  it('shows the first quotes across articles up to the cap, in order', () => {
    const { shown, hidden } = capGroups(groups, false, 4);
    expect(shown.map((g) => [g.article, ...g.items])).toEqual([
      ['a', 1, 2, 3],
      ['b', 4],
    ]);
    expect(hidden).toBe(2);
  });
  it('shows every article once asked, or when under the cap', () => {
    expect(capGroups(groups, true, 4).shown).toBe(groups);
    expect(capGroups(groups, false, 6).hidden).toBe(0);
  });
});

describe('moreLabel', () => {
  it('says how many the next step shows and how many are not shown', () => {
    expect(moreLabel(4650, 'saved views')).toBe(
      `Show ${MORE_STEP} more (4650 saved views not shown)`,
    );
    expect(moreLabel(7, 'notices')).toBe('Show 7 more (7 notices not shown)');
  });
});
