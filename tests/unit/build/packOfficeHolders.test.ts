/** The extractor worker's copy of the office-holder list: packed rows that unpack to the JSON. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  packedOfficeHoldersModule,
  packOfficeHoldersPlugin,
} from '../../../src/lib/build/packOfficeHolders.ts';

const json = JSON.parse(
  readFileSync(
    new URL('../../../src/lib/extract/lexicon/officeHolders.json', import.meta.url),
    'utf8',
  ),
);

/** What the worker gets when it imports the packed module. */
async function unpacked() {
  const code = packedOfficeHoldersModule(json);
  return (await import(`data:text/javascript,${encodeURIComponent(code)}`)).default;
}

describe('packOfficeHolders', () => {
  it('unpacks to every person, alias and term of the JSON, in order', async () => {
    const list = await unpacked();
    expect(list.source).toBe(json.source);
    expect(list.people).toEqual(json.people);
  });

  it('is smaller than the JSON once compressed, as the worker ships it', () => {
    const packed = gzipSync(packedOfficeHoldersModule(json)).length;
    expect(packed).toBeLessThan(gzipSync(JSON.stringify(json)).length * 0.95);
  });

  it('replaces only the office-holder list, and only in a build', () => {
    const plugin = packOfficeHoldersPlugin();
    expect(plugin.apply).toBe('build');
    const resolve = plugin.resolveId as (source: string) => string | null;
    expect(resolve('./officeHolders.json')).toMatch(/office-holders/);
    expect(resolve('./places.json')).toBeNull();
  });
});
