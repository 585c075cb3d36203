import { describe, expect, it } from 'vitest';
import {
  NO_BRIEFING,
  parseBriefingParams,
  serializeBriefingParams,
} from '../../../src/lib/state/briefingParams.ts';

const known = { briefs: new Set(['b1']), steps: (id: string | null) => (id === 'b1' ? 3 : 12) };

describe('parseBriefingParams', () => {
  it.each([
    { name: 'no briefing', query: 'domain=space', params: NO_BRIEFING, notices: [] },
    { name: 'step 5', query: '?step=5', params: { ...NO_BRIEFING, step: 4 }, notices: [] },
    {
      name: 'a brief, dark, presenter',
      query: 'step=3&brief=b1&theme=dark&presenter=1',
      params: { step: 2, brief: 'b1', theme: 'dark', presenter: true },
      notices: [],
    },
    {
      name: 'a step past the end',
      query: 'step=13',
      params: NO_BRIEFING,
      notices: ['Ignored step "13": not a step number (1–12); no briefing started'],
    },
    {
      name: "a step past a brief's end",
      query: 'step=4&brief=b1',
      params: NO_BRIEFING,
      notices: ['Ignored step "4": not a step number (1–3); no briefing started'],
    },
    {
      name: 'junk',
      query: 'step=2.5&brief=nope&theme=pink',
      params: NO_BRIEFING,
      notices: [
        'Ignored brief "nope": no saved brief has this id',
        'Ignored theme "pink": not a theme (light, dark)',
        'Ignored step "2.5": not a step number (1–12); no briefing started',
      ],
    },
    {
      name: 'a word for a step is no briefing, and a dark theme is kept for when one starts',
      query: 'step=abc&theme=dark',
      params: { ...NO_BRIEFING, theme: 'dark' },
      notices: ['Ignored step "abc": not a step number (1–12); no briefing started'],
    },
    {
      name: 'a brief without a step',
      query: 'brief=b1',
      params: NO_BRIEFING,
      notices: ['Ignored brief and presenter: a briefing link needs a step'],
    },
  ])('$name', ({ query, params, notices }) => {
    expect(parseBriefingParams(query, known)).toEqual({ params, notices });
  });

  it('round-trips through serializeBriefingParams', () => {
    const params = { step: 2, brief: 'b1', theme: 'dark', presenter: true } as const;
    expect(parseBriefingParams(serializeBriefingParams(params), known).params).toEqual(params);
    expect(serializeBriefingParams(NO_BRIEFING)).toBe('');
  });
});
