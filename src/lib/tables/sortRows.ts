/**
 * Sorting for the dashboard tables: pure, stable, and with empty values always last so that
 * "undated" or "no country" rows never crowd the top of a table in either direction.
 */

export type SortDirection = 'ascending' | 'descending';

/** What a column sorts by. null, undefined and '' count as empty. */
export type SortValue = string | number | null | undefined;

/** Which column a table is sorted by, and which way. */
export interface SortState {
  column: string;
  direction: SortDirection;
}

// Numeric collation puts "Type 2" before "Type 10"; ISO dates still sort by time because a
// shorter prefix ("2020") comes before its extensions ("2020-06").
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function isEmpty(value: SortValue): value is null | undefined | '' {
  return value === null || value === undefined || value === '' || Number.isNaN(value);
}

function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * Returns a sorted copy of `rows`; ties keep their input order, empty values go last.
 * @example sortRows([{ n: 2 }, { n: null }, { n: 1 }], (r) => r.n, 'descending') // n: 2, 1, null
 */
export function sortRows<T>(
  rows: readonly T[],
  valueOf: (row: T) => SortValue,
  direction: SortDirection,
): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row, index) => ({ row, index, value: valueOf(row) }));
  keyed.sort((a, b) => {
    const aEmpty = isEmpty(a.value);
    const bEmpty = isEmpty(b.value);
    if (aEmpty || bEmpty) return aEmpty === bEmpty ? a.index - b.index : aEmpty ? 1 : -1;
    const order = compareValues(a.value as string | number, b.value as string | number);
    return order === 0 ? a.index - b.index : sign * order;
  });
  return keyed.map((entry) => entry.row);
}

/**
 * The sort after a click on `column`: the same column flips direction, a new one starts ascending.
 * @example toggleSort({ column: 'name', direction: 'ascending' }, 'name') // name, descending
 */
export function toggleSort(state: SortState, column: string): SortState {
  if (state.column !== column) return { column, direction: 'ascending' };
  return { column, direction: state.direction === 'ascending' ? 'descending' : 'ascending' };
}
