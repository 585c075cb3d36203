/**
 * The small pieces every link codec and notice shares: a value written into a query string, and
 * a value quoted in a notice.
 */

/**
 * A query-string value: percent-encoded, spaces as '+'.
 * @example encode('Japan India') // -> 'Japan+India'
 */
export const encode = (s: string) => encodeURIComponent(s).replace(/%20/g, '+');

/**
 * A value for a notice: quoted, escaped and cut short.
 * @example quote('sel=junk') // -> '"sel=junk"'
 */
export const quote = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);
