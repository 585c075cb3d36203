import type { SortValue } from '../../lib/tables/sortRows';

/** A sortable column: its header text and the value its rows sort by. */
export interface Column<T> {
  id: string;
  label: string;
  sortValue: (row: T) => SortValue;
  /** Extra class for the header and width hints, e.g. 'wide' for quote columns. */
  className?: string;
}
