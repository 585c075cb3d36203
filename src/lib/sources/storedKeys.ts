/**
 * The keys added articles are stored under: their document id, so two names that make one id
 * ("Report 1.txt", "report-1.txt") can never both be stored and then collide on the page. An
 * article whose id is taken gets a distinct file name (and so id): "report-1-2.txt".
 */
import { documentId } from '../extract/ids.ts';
import type { StoredArticle } from './types.ts';

/** @example storedKey('Report 1.txt') // -> 'report-1' */
export const storedKey = (file: string): string => documentId(file);

/**
 * The file name itself when its id is free, else the first "-2", "-3"... whose id is.
 * @example distinctFile('Report 1.txt', new Set(['report-1'])) // -> 'Report 1-2.txt'
 */
export function distinctFile(file: string, taken: ReadonlySet<string>): string {
  const base = file.replace(/\.txt$/i, '');
  const ext = file.slice(base.length) || '.txt';
  let name = file;
  for (let n = 2; taken.has(documentId(name)); n++) name = `${base}-${n}${ext}`;
  return name;
}

/**
 * Articles read from storage, each given an id no earlier one (nor a seed) has: a record stored
 * before keys were document ids may share one with another. The later one is renamed, with a
 * notice; its stored key is kept, so Remove still deletes it.
 * @example separateIds([{ file: 'Report 1.txt', key: 'Report 1.txt', ... }, { file: 'report-1.txt', ... }], new Set()).articles[1].file // -> 'report-1-2.txt'
 */
export function separateIds(
  articles: readonly StoredArticle[],
  seedIds: ReadonlySet<string>,
): { articles: StoredArticle[]; notices: string[] } {
  const taken = new Set(seedIds);
  const notices: string[] = [];
  const out = articles.map((a) => {
    // One a seed has taken since: buildSourcesDataset leaves it out and says so.
    if (seedIds.has(documentId(a.file))) return a;
    const file = distinctFile(a.file, taken);
    taken.add(documentId(file));
    if (file === a.file) return a;
    notices.push(
      `Two stored articles would be one document (${documentId(a.file)}): ${a.file} is shown as ${file}`,
    );
    return { ...a, file };
  });
  return { articles: out, notices };
}
