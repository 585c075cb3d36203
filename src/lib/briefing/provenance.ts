/**
 * How a briefing says that a fact came from an analyst (seeds/overlay.json), not an article:
 * in words for the room ("date from Ministry of Foreign Affairs of Japan"), with the whole
 * source kept for the presenter.
 */
import type { AnalystNote } from '../model/schema.ts';

/** The part of a source that names who said it: up to its first comma, colon or parenthesis. */
function sourceName(source: string): string {
  const name = source
    .replace(/^analyst review:\s*/i, '')
    .split(/[,:;(]|\s[–—-]\s/)[0]
    .trim();
  // A clause that starts in lower case or runs long is a sentence, not a name: say only that
  // an analyst supplied it.
  const named = /^\p{Lu}/u.test(name) && name.split(/\s+/).length <= 8;
  return named ? name : 'an analyst';
}

/**
 * One analyst-supplied fact in words for the room.
 * @example describeAnalystNote({ field: 'date', value: '2024-08-20', source: 'Ministry of Foreign Affairs of Japan, press release' })
 *   // -> 'date from Ministry of Foreign Affairs of Japan'
 */
export function describeAnalystNote(note: AnalystNote): string {
  return `${note.field} from ${sourceName(note.source)}`;
}
