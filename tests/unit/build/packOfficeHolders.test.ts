/** The extractor worker's copy of the office-holder list: packed rows that unpack to the JSON. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  packedOfficeHoldersModule,
  packOfficeHolders,
  packOfficeHoldersPlugin,
} from '../../../src/lib/build/packOfficeHolders.ts';

const json = JSON.parse(
  readFileSync(
    new URL('../../../src/lib/extract/lexicon/officeHolders.json', import.meta.url),
    'utf8',
  ),
);

/** What the worker gets when it imports the packed module. */
async function unpacked(list = json) {
  const code = packedOfficeHoldersModule(list);
  return (await import(`data:text/javascript,${encodeURIComponent(code)}`)).default;
}

describe('packOfficeHolders', () => {
  it('unpacks to every person, alias and term of the JSON, in order', async () => {
    const list = await unpacked();
    expect(list.source).toBe(json.source);
    expect(list.people).toEqual(json.people);
  });

  it('keeps year and month dates, an office still held, no alias, aliases written as references', async () => {
    const list = {
      source: 's',
      people: [
        {
          name: 'Sebastián Piñera',
          aliases: ['Sebastian Pinera', 'Piñera', 'Pinera', 'Miguel Juan Sebastián Piñera'],
          roles: [
            { country: 'CL', role: 'President', from: '2010-03-11', to: '2014-03-11' },
            { country: 'CL', role: 'President', from: '2018-03', to: '2022' },
          ],
        },
        {
          name: 'A B',
          aliases: [],
          roles: [{ country: 'NATO', role: 'X', from: '2020', to: null }],
        },
      ],
    };
    expect(packOfficeHolders(list).people).toMatch(/\|~0\|\^1\|~2\|/);
    expect((await unpacked(list)).people).toEqual(list.people);
  });

  it('refuses a name it could not split back out, and a date that is not ISO', () => {
    const person = { name: 'A|B', aliases: [], roles: [] };
    expect(() => packedOfficeHoldersModule({ source: 's', people: [person] })).toThrow(/'\|'/);
    const tilde = { name: 'A', aliases: ['~0'], roles: [] };
    expect(() => packedOfficeHoldersModule({ source: 's', people: [tilde] })).toThrow(/~/);
    const term = { country: 'CL', role: 'President', from: '11/03/2010', to: null };
    const dated = { name: 'A', aliases: [], roles: [term] };
    expect(() => packedOfficeHoldersModule({ source: 's', people: [dated] })).toThrow(/date/);
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
