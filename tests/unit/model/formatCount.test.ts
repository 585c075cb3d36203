import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../src/lib/model/formatCount';

describe('formatCount', () => {
  it.each([0, 7, 42, 999, 1000, 1001, 12345, 100000, 999999, 1234567, 987654321])(
    'writes %d as Intl does in English',
    (n) => expect(formatCount(n)).toBe(n.toLocaleString('en')),
  );

  it.each([-1, -1234, 0.5, 1234.5678, Number.MAX_SAFE_INTEGER + 2, Infinity, NaN])(
    'leaves %d, not a whole count, to Intl',
    (n) => expect(formatCount(n)).toBe(n.toLocaleString('en')),
  );
});
