import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ExtractClient,
  budgetFor,
  type WorkerLike,
} from '../../../src/lib/sources/extractClient.ts';
import type { SourcesResponse } from '../../../src/lib/sources/types.ts';
import { splitDataset } from '../../../src/lib/sources/datasetParts.ts';
import { seedsRequest } from './fixtures.ts';
import { seedDataset } from '../helpers.ts';

/** A worker that answers only when told to, and records being terminated. */
class FakeWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  posted: { id: number }[] = [];
  terminated = false;
  postMessage(message: { id: number }) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(response: SourcesResponse) {
    const { id } = this.posted[this.posted.length - 1];
    this.onmessage?.({ data: { id, response } } as MessageEvent);
  }
  /** As the worker answers with a big dataset: its lists in parts first (datasetParts.ts). */
  answerInParts(response: Extract<SourcesResponse, { ok: true }>, budget: number) {
    const { id } = this.posted[this.posted.length - 1];
    const { rest, parts } = splitDataset(response.dataset, budget);
    for (const part of parts) this.onmessage?.({ data: { id, part } } as MessageEvent);
    this.onmessage?.({ data: { id, response: { ...response, dataset: rest } } } as MessageEvent);
  }
}

const dataset = seedsRequest().base as never;

describe('ExtractClient', () => {
  let workers: FakeWorker[];
  let client: ExtractClient;
  beforeEach(() => {
    vi.useFakeTimers();
    workers = [];
    client = new ExtractClient(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    });
  });
  afterEach(() => vi.useRealTimers());

  it('answers with what the worker answers within the budget', async () => {
    const answer = client.extract(seedsRequest(), { what: 'a.txt', budgetMs: 1000 });
    workers[0].answer({ ok: true, dataset, ms: 5 });
    await expect(answer).resolves.toMatchObject({ ok: true, ms: 5 });
    expect(workers[0].terminated).toBe(false);
  });

  it('puts a big dataset sent in parts back together', async () => {
    const whole = seedDataset();
    const answer = client.extract(seedsRequest(), { what: 'a.txt', budgetMs: 1000 });
    workers[0].answerInParts({ ok: true, dataset: whole, ms: 5 }, 40);
    await expect(answer).resolves.toEqual({ ok: true, dataset: whole, ms: 5 });
  });

  it('terminates a worker past its budget, with a message naming the article', async () => {
    const answer = client.extract(seedsRequest(), { what: 'dots.txt', budgetMs: 20_000 });
    vi.advanceTimersByTime(20_001);
    await expect(answer).resolves.toEqual({
      ok: false,
      message: expect.stringMatching(
        /^Extracting dots\.txt took more than 20 s, so it was stopped/,
      ),
    });
    expect(workers[0].terminated).toBe(true);
    // The next request gets a fresh worker; a late answer from the old one is ignored.
    const next = client.extract(seedsRequest(), { what: 'b.txt', budgetMs: 1000 });
    expect(workers).toHaveLength(2);
    workers[1].answer({ ok: true, dataset, ms: 1 });
    await expect(next).resolves.toMatchObject({ ok: true });
  });

  it('cancel terminates the worker and answers as cancelled', async () => {
    const answer = client.extract(seedsRequest(), { what: 'a.txt', budgetMs: 60_000 });
    expect(client.cancel()).toBe(true);
    await expect(answer).resolves.toMatchObject({ ok: false, cancelled: true });
    expect(workers[0].terminated).toBe(true);
  });

  it('a worker error fails what is pending, with the reason', async () => {
    const answer = client.extract(seedsRequest(), { what: 'a.txt', budgetMs: 60_000 });
    workers[0].onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent);
    await expect(answer).resolves.toEqual({
      ok: false,
      message: 'The extractor could not run in this browser (boom)',
    });
  });
});

describe('budgetFor', () => {
  it('grows with the texts to extract, from 20 s', () => {
    const none = budgetFor({ ...seedsRequest(), base: { documents: [], warnings: [] } });
    expect(none).toBe(20_000);
    const big = budgetFor(
      seedsRequest([
        { file: 'big.txt', text: 'x'.repeat(5 * 1024 * 1024), date: null, addedAt: '' },
      ]),
    );
    expect(big).toBeGreaterThan(none + 50_000);
  });
});
