import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../../../src/lib/extract/input.ts';
import {
  checkFileSize,
  prepareFile,
  preparePaste,
  takenIds,
} from '../../../src/lib/sources/prepareArticles.ts';

const NOW = '2025-03-01T09:00:00.000Z';
const taken = takenIds(['000_2d8b67f57b302128.txt', 'japan-india-exercise.txt']);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('preparePaste', () => {
  it.each([
    { name: 'empty', text: '', message: /pasted text is empty/ },
    { name: 'only blank space', text: '  \n\t ', message: /pasted text is empty/ },
    {
      name: 'full of control characters',
      text: 'Japan\u0001\u0002\u0003'.repeat(20),
      message: /control characters/,
    },
  ])('refuses $name text with a message', ({ text, message }) => {
    const p = preparePaste(text, taken, NOW, null);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.message).toMatch(message);
  });

  it('names the article after its first line, never taking a used id', () => {
    const text = 'Japan India Exercise\nJapan and India held drills.';
    const first = preparePaste(text, new Set(), NOW, '2025-02');
    expect(first).toEqual({
      ok: true,
      article: { file: 'pasted-japan-india-exercise.txt', text, date: '2025-02', addedAt: NOW },
    });
    const second = preparePaste(text, takenIds(['pasted-japan-india-exercise.txt']), NOW, null);
    expect(second.ok && second.article.file).toBe('pasted-japan-india-exercise-2.txt');
  });
});

describe('prepareFile', () => {
  const pdf = utf8('%PDF-1.7\n...');
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const latin1 = new Uint8Array([0x4a, 0x61, 0x70, 0x61, 0x6e, 0x20, 0xe9, 0x74, 0xe9]);
  const nul = new Uint8Array([0x4a, 0x00, 0x61, 0x00]);
  const utf16 = (bom: number[], text: string, le: boolean) =>
    new Uint8Array([
      ...bom,
      ...[...text].flatMap((c) => (le ? [c.charCodeAt(0), 0] : [0, c.charCodeAt(0)])),
    ]);
  const wav = new Uint8Array([...utf8('RIFF'), 0x24, 0, 0, 0, ...utf8('WAVEfmt '), 16, 0, 0, 0]);
  const webp = new Uint8Array([...utf8('RIFF'), 0x24, 0, 0, 0, ...utf8('WEBPVP8 '), 16, 0, 0, 0]);
  it.each([
    {
      name: 'UTF-16 (little-endian, with its mark)',
      file: 'u16.txt',
      bytes: utf16([0xff, 0xfe], 'Japan and India', true),
      message: /is UTF-16 text: save it as UTF-8/,
    },
    {
      name: 'UTF-16 (big-endian, with its mark)',
      file: 'u16be.txt',
      bytes: utf16([0xfe, 0xff], 'Japan and India', false),
      message: /is UTF-16 text: save it as UTF-8/,
    },
    {
      name: 'UTF-16 without a mark',
      file: 'u16x.txt',
      bytes: utf16([], 'Japan and India held talks', true),
      message: /is UTF-16 text: save it as UTF-8/,
    },
    { name: 'a WAV file', file: 'sound.txt', bytes: wav, message: /looks like a WAV audio file/ },
    { name: 'a WebP image', file: 'img.txt', bytes: webp, message: /looks like a WebP image/ },
    { name: 'a PDF renamed .txt', file: 'report.txt', bytes: pdf, message: /looks like a PDF/ },
    { name: 'an image renamed .txt', file: 'photo.txt', bytes: png, message: /PNG image/ },
    { name: 'not UTF-8', file: 'old.txt', bytes: latin1, message: /not valid UTF-8/ },
    { name: 'binary', file: 'bin.txt', bytes: nul, message: /binary data/ },
    { name: 'empty', file: 'empty.txt', bytes: new Uint8Array(), message: /empty.txt is empty/ },
    { name: 'not .txt', file: 'article.pdf', bytes: utf8('Japan'), message: /not a \.txt file/ },
    {
      name: 'a name already used',
      file: 'japan-india-exercise.txt',
      bytes: utf8('Japan and India'),
      message: /already among the sources/,
    },
  ])('refuses $name, naming the file', ({ file, bytes, message }) => {
    const p = prepareFile(file, bytes, taken, NOW, null);
    expect(p.ok).toBe(false);
    if (!p.ok) {
      expect(p.message).toMatch(message);
      expect(p.message).toContain(file);
    }
  });

  it('reads a good file as text', () => {
    const p = prepareFile('new.txt', utf8('Japan and India'), taken, NOW, null);
    expect(p).toEqual({
      ok: true,
      article: { file: 'new.txt', text: 'Japan and India', date: null, addedAt: NOW },
    });
  });
});

describe('checkFileSize', () => {
  it('refuses a file over 5 MB before it is read', () => {
    expect(checkFileSize('big.txt', MAX_ARTICLE_BYTES + 1)).toMatch(/big.txt is too large/);
    expect(checkFileSize('ok.txt', MAX_ARTICLE_BYTES)).toBeNull();
  });
});
