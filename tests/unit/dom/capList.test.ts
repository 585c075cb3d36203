import { describe, expect, it } from 'vitest';
import { LIST_CAP, capList } from '../../../src/lib/dom/capList.ts';

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
