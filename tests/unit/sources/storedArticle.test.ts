import { describe, expect, it } from 'vitest';
import { parseStoredArticle } from '../../../src/lib/sources/storedArticle.ts';

const good = { file: 'a.txt', text: 'Japan and India', date: null, addedAt: '2025-03-01T09:00Z' };

describe('parseStoredArticle', () => {
  it('reads a good record', () => {
    expect(parseStoredArticle(good, 'a.txt')).toEqual({ ok: true, article: good });
  });

  it.each([
    { name: 'null', raw: null },
    { name: 'a string', raw: 'garbage' },
    { name: 'no text', raw: { ...good, text: undefined } },
    { name: 'a number for text', raw: { ...good, text: 42 } },
    { name: 'a bad date', raw: { ...good, date: 'yesterday' } },
    { name: 'a file that is not .txt', raw: { ...good, file: 'a.exe' } },
    { name: 'binary text', raw: { ...good, text: 'x\u0001\u0002\u0003'.repeat(30) } },
  ])('turns $name into a message, not a crash', ({ raw }) => {
    const read = parseStoredArticle(raw, 'key-1');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(/stored article.*left out/);
  });
});
