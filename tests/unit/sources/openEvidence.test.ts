import { describe, expect, it } from 'vitest';
import { openEvidence } from '../../../src/lib/sources/openEvidence.ts';
import { seedDataset } from '../helpers.ts';

describe('openEvidence', () => {
  it('switches to the Sources tab at a copy of the evidence (so a second click scrolls again)', () => {
    const evidence = seedDataset().events[0].evidence[0];
    const host = { reading: null, tab: 'overview' };
    openEvidence(host, evidence);
    expect(host).toEqual({ reading: evidence, tab: 'sources' });
    expect(host.reading).not.toBe(evidence);
  });
});
