import { describe, expect, it } from 'vitest';
import {
  sortRows,
  toggleSort,
  type SortDirection,
  type SortValue,
} from '../../../src/lib/tables/sortRows';

interface Row {
  id: string;
  value: SortValue;
}

const rows = (...values: SortValue[]): Row[] => values.map((value, i) => ({ id: `r${i}`, value }));
const values = (list: Row[]) => list.map((row) => row.value);

const cases: { name: string; input: Row[]; direction: SortDirection; expected: SortValue[] }[] = [
  { name: 'numbers ascending', input: rows(3, 1, 2), direction: 'ascending', expected: [1, 2, 3] },
  {
    name: 'numbers descending',
    input: rows(3, 1, 2),
    direction: 'descending',
    expected: [3, 2, 1],
  },
  {
    name: 'strings ignore case',
    input: rows('beta', 'Alpha', 'gamma'),
    direction: 'ascending',
    expected: ['Alpha', 'beta', 'gamma'],
  },
  {
    name: 'digits inside strings compare as numbers',
    input: rows('Type 10', 'Type 2'),
    direction: 'ascending',
    expected: ['Type 2', 'Type 10'],
  },
  {
    name: 'ISO dates of mixed precision sort by time',
    input: rows('2021-03-04', '2020', '2020-06-15', '2020-06'),
    direction: 'ascending',
    expected: ['2020', '2020-06', '2020-06-15', '2021-03-04'],
  },
  {
    name: 'nulls last when ascending',
    input: rows(null, 2, undefined, 1, ''),
    direction: 'ascending',
    expected: [1, 2, null, undefined, ''],
  },
  {
    name: 'nulls last when descending',
    input: rows(null, 2, undefined, 1),
    direction: 'descending',
    expected: [2, 1, null, undefined],
  },
  { name: 'empty input', input: [], direction: 'ascending', expected: [] },
];

describe('sortRows', () => {
  it.each(cases)('$name', ({ input, direction, expected }) => {
    expect(values(sortRows(input, (row) => row.value, direction))).toEqual(expected);
  });

  it('keeps the input order of ties in both directions', () => {
    const input = [
      { id: 'a', value: 1 },
      { id: 'b', value: 0 },
      { id: 'c', value: 1 },
    ];
    const ids = (direction: SortDirection) =>
      sortRows(input, (row) => row.value, direction).map((row) => row.id);
    expect(ids('ascending')).toEqual(['b', 'a', 'c']);
    expect(ids('descending')).toEqual(['a', 'c', 'b']);
  });

  it('does not mutate its input', () => {
    const input = rows(3, null, 1, 2);
    const snapshot = structuredClone(input);
    const output = sortRows(input, (row) => row.value, 'ascending');
    expect(input).toEqual(snapshot);
    expect(output).not.toBe(input);
  });
});

describe('toggleSort', () => {
  const cases = [
    {
      name: 'same column flips ascending to descending',
      input: { column: 'name', direction: 'ascending' as const },
      column: 'name',
      expected: { column: 'name', direction: 'descending' },
    },
    {
      name: 'same column flips descending to ascending',
      input: { column: 'name', direction: 'descending' as const },
      column: 'name',
      expected: { column: 'name', direction: 'ascending' },
    },
    {
      name: 'a new column starts ascending',
      input: { column: 'name', direction: 'descending' as const },
      column: 'kind',
      expected: { column: 'kind', direction: 'ascending' },
    },
  ];
  it.each(cases)('$name', ({ input, column, expected }) => {
    expect(toggleSort(input, column)).toEqual(expected);
  });
});
