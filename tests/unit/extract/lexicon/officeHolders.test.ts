/** officeHolders.json as the extractor reads it: people who held offices of states and blocs. */
import { describe, expect, it } from 'vitest';
import { extractDataset } from '../../../../src/lib/extract/dataset.ts';
import { parseDataset } from '../../../../src/lib/model/schema.ts';

describe('officeHolders.json: a person whose only listed office is a bloc’s', () => {
  const ds = extractDataset([
    {
      file: 'a.txt',
      text: 'Headline\nBRUSSELS, Aug 27, 2008 - NATO Secretary General Jaap de Hoop Scheffer said the recognition of the two regions broke UN resolutions.',
    },
  ]);

  it('extracts a dataset the schema accepts, so the article can be added and built', () => {
    const checked = parseDataset(ds);
    expect(checked.ok ? 'ok' : checked.message).toBe('ok');
  });

  it('is linked to the bloc as its office, and given no state', () => {
    const scheffer = ds.actors.find((a) => a.name === 'Jaap de Hoop Scheffer');
    expect(scheffer?.country).toBeNull();
    const name = new Map(ds.actors.map((a) => [a.id, a.name]));
    expect(
      ds.relations.map((r) => `${r.type}: ${name.get(r.source)} > ${name.get(r.target)}`),
    ).toContain('office-held: Jaap de Hoop Scheffer > NATO');
  });
});
