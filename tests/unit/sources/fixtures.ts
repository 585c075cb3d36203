/** Articles written for the sources tests (tests/fixtures/sources), and the seeds as a request. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseOverlay } from '../../../src/lib/extract/overlay.ts';
import { baseOf } from '../../../src/lib/sources/baseOf.ts';
import type { AddedArticle, SourcesRequest } from '../../../src/lib/sources/types.ts';
import { SEEDS_DIR, seedDataset } from '../helpers.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/sources/', import.meta.url));

export function fixtureText(name: string): string {
  return readFileSync(FIXTURES + name, 'utf8');
}

export function added(name: string, date: string | null = null): AddedArticle {
  return { file: name, text: fixtureText(name), date, addedAt: '2025-03-01T09:00:00.000Z' };
}

export function seedsRequest(addedArticles: AddedArticle[] = []): SourcesRequest {
  const { overlay } = parseOverlay(
    readFileSync(`${SEEDS_DIR}/overlay.json`, 'utf8'),
    'overlay.json',
  );
  return { base: baseOf(seedDataset()), overlay, added: addedArticles };
}
