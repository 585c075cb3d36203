/**
 * Build setting: the extractor worker ships its lexicons without their notes. Each lexicon
 * (src/lib/extract/lexicon/*.json) explains its lists for the people who edit them: a
 * "$comment" and a "...Comment" beside many lists. The rules never read those; the worker gets
 * the same data, checked by the same schema (the notes are optional there), without them.
 * Node (the CLI, the tests) reads the files as written.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** The lexicons the worker imports as written (officeHolders.json is packed on its own). */
const LEXICON = /(?:^|\/)lexicon\/(?!officeHolders\.json$)[\w-]+\.json$/;
const VIRTUAL = '\0tieline-lexicon:';

/** A key that only explains: "$comment", "placeCuesComment". */
const isNote = (key: string) => key === '$comment' || key.endsWith('Comment');

/**
 * The lexicon with its notes taken out, at every depth; everything else as it was.
 * @example stripNotes({ $comment: 'x', a: [1], aComment: 'y' }) // -> { a: [1] }
 */
export function stripNotes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripNotes);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !isNote(k))
        .map(([k, v]) => [k, stripNotes(v)]),
    );
  return value;
}

/**
 * @example worker: { plugins: () => [stripLexiconNotes()] }
 */
export function stripLexiconNotes(): Plugin {
  return {
    name: 'tieline-strip-lexicon-notes',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (
        !LEXICON.test(source) &&
        !(importer && /\/lexicon\//.test(importer) && /^\.\/[\w-]+\.json$/.test(source))
      )
        return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      // Not ending in .json, so Vite's own JSON step leaves the module to this one.
      return resolved && LEXICON.test(resolved.id) ? `${VIRTUAL}${resolved.id}.js` : null;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const file = id.slice(VIRTUAL.length, -'.js'.length);
      const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      return { code: `export default ${JSON.stringify(stripNotes(data))};\n`, map: null };
    },
  };
}
