/**
 * The one ISO-date pattern: a year, a month or a day (YYYY, YYYY-MM, YYYY-MM-DD), as the dataset
 * schema, the overlay, stored articles and the add dialog accept it, and the day-only check that
 * links and saved views use for a period.
 */

/**
 * A date at the precision the text gives it.
 * @example ISO_DATE.test('2020-06') // -> true
 */
export const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * True for a real calendar day written YYYY-MM-DD.
 * @example isIsoDay('2021-02-29') // -> false
 */
export function isIsoDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
