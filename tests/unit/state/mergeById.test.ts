import { describe, expect, it } from 'vitest';
import { mergeById } from '../../../src/lib/state/mergeById.ts';

const item = (id: string, name = id) => ({ id, name });
const a = item('a');
const b = item('b');
const c = item('c');

describe('mergeById', () => {
  it.each([
    {
      name: 'keeps an item another tab added',
      base: [a],
      mine: [a, b],
      theirs: [a, c],
      expected: [a, c, b],
    },
    {
      name: 'deletes what this tab deleted, keeping the rest',
      base: [a, b],
      mine: [b],
      theirs: [a, b, c],
      expected: [b, c],
    },
    {
      name: 'keeps what another tab deleted deleted',
      base: [a, b],
      mine: [a, b, c],
      theirs: [a],
      expected: [a, c],
    },
    {
      name: 'takes this tab’s change of an item',
      base: [a],
      mine: [item('a', 'renamed')],
      theirs: [a, c],
      expected: [item('a', 'renamed'), c],
    },
    {
      name: 'keeps another tab’s change of an item this tab left alone',
      base: [a, b],
      mine: [a, b, c],
      theirs: [item('a', 'theirs'), b],
      expected: [item('a', 'theirs'), b, c],
    },
  ])('$name', ({ base, mine, theirs, expected }) => {
    expect(mergeById(base, mine, theirs)).toEqual(expected);
  });

  it('does not mutate its input', () => {
    const theirs = [a, c];
    mergeById([a], [a, b], theirs);
    expect(theirs).toEqual([a, c]);
  });
});
