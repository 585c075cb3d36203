import { describe, expect, it } from 'vitest';
import {
  OTHER_COLOR,
  RANK_COLORS,
  countryColor,
  paletteFor,
  rankCountryColors,
} from '../../../src/lib/encoding/palette.ts';
import type { Actor } from '../../../src/lib/model/schema.ts';

const actor = (id: string, country: string | null, mentions: number): Actor => ({
  id,
  name: id,
  kind: 'country',
  country,
  role: null,
  aliases: [],
  mentions: Array.from({ length: mentions }, (_, i) => ({
    doc: 'd',
    start: i,
    end: i + 1,
    quote: 'x',
  })),
});

describe('rankCountryColors', () => {
  it('gives the most-mentioned countries the distinct colours, in rank order', () => {
    const colors = rankCountryColors({
      actors: [actor('ph', 'PH', 3), actor('cn', 'CN', 9), actor('au', 'AU', 5)],
    });
    expect([...colors]).toEqual([
      ['CN', RANK_COLORS[0]],
      ['AU', RANK_COLORS[1]],
      ['PH', RANK_COLORS[2]],
    ]);
  });

  it("counts a force's or a person's mentions for its country", () => {
    const colors = rankCountryColors({
      actors: [actor('vn', 'VN', 2), actor('ph', 'PH', 1), actor('pcg', 'PH', 4)],
    });
    expect(colors.get('PH')).toBe(RANK_COLORS[0]);
  });

  it('greys the countries past the palette and those with no country', () => {
    const actors = 'ABCDEFGHI'.split('').map((c, i) => actor(c, `X${c}`, 20 - i));
    const colors = rankCountryColors({ actors: [...actors, actor('none', null, 50)] });
    expect(countryColor('XA', colors)).toBe(RANK_COLORS[0]);
    expect(countryColor('XH', colors)).toBe(OTHER_COLOR);
    expect(countryColor(null, colors)).toBe(OTHER_COLOR);
    expect(paletteFor(['XA', 'XH', null], colors)).toEqual([
      { country: 'XA', color: RANK_COLORS[0] },
      { country: null, color: OTHER_COLOR },
    ]);
  });

  it('is the same for the same corpus, whatever the order of its actors (ties by code)', () => {
    const a = [actor('b', 'BB', 2), actor('a', 'AA', 2)];
    expect([...rankCountryColors({ actors: a })]).toEqual([
      ...rankCountryColors({ actors: [...a].reverse() }),
    ]);
    expect(rankCountryColors({ actors: a }).get('AA')).toBe(RANK_COLORS[0]);
  });
});
