import { describe, expect, it, vi } from 'vitest';
import { checkInWorker, type MakeWorker } from '../../../src/lib/model/checkInWorker';

/** A worker that does what `behave` says with the text it is sent. */
function fakeWorker(behave: (text: string, w: ReturnType<MakeWorker>) => void) {
  const terminate = vi.fn();
  const make: MakeWorker = () => {
    const w: ReturnType<MakeWorker> = {
      onmessage: null,
      onerror: null,
      terminate,
      postMessage: (text: string) => queueMicrotask(() => behave(text, w)),
    } as unknown as ReturnType<MakeWorker>;
    return w;
  };
  return { make, terminate };
}
const answer = (w: ReturnType<MakeWorker>, data: unknown) =>
  (w.onmessage as (e: MessageEvent) => void)({ data } as MessageEvent);

describe('checkInWorker', () => {
  it("answers with the worker's warnings for the text it sent, and stops the worker", async () => {
    const { make, terminate } = fakeWorker((text, w) => answer(w, [`checked ${text.length}`]));
    const onPage = vi.fn(() => Promise.resolve(['on the page']));
    expect(await checkInWorker('{"a":1}', onPage, make)).toEqual(['checked 7']);
    expect(onPage).not.toHaveBeenCalled();
    expect(terminate).toHaveBeenCalledOnce();
  });

  it('checks on the page when the worker fails to load or run', async () => {
    const { make, terminate } = fakeWorker((_, w) => (w.onerror as () => void)());
    expect(await checkInWorker('{}', () => Promise.resolve(['on the page']), make)).toEqual([
      'on the page',
    ]);
    expect(terminate).toHaveBeenCalledOnce();
  });

  it('checks on the page where no worker can start', async () => {
    const none: MakeWorker = () => {
      throw new ReferenceError('Worker is not defined');
    };
    expect(await checkInWorker('{}', () => Promise.resolve(['on the page']), none)).toEqual([
      'on the page',
    ]);
  });

  it('checks on the page when the worker answers with something that is not a list', async () => {
    const { make } = fakeWorker((_, w) => answer(w, 'nonsense'));
    expect(await checkInWorker('{}', () => Promise.resolve(['on the page']), make)).toEqual([
      'on the page',
    ]);
  });
});
