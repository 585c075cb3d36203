/**
 * The reviewed overlay (seeds/overlay.json): facts the articles do not state, each with the
 * source an analyst took it from. A broken overlay gives a warning with line and column.
 */
import * as v from 'valibot';
import { ISO_DATE } from '../model/isoDate.ts';
import { EVENT_STATUSES } from '../model/vocabulary.ts';

const isoDate = v.pipe(v.string(), v.regex(ISO_DATE, 'must be YYYY, YYYY-MM or YYYY-MM-DD'));
const source = v.pipe(v.string(), v.minLength(3, 'every overlay fact needs its source'));

export const OverlaySchema = v.object({
  $comment: v.optional(v.string()),
  /** What the corpus is about, as titles and exports should say it ("Japan–India security ties"). */
  title: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.minLength(3, 'a title needs at least 3 characters'),
      v.maxLength(90, 'a title fits in 90 characters'),
    ),
  ),
  documents: v.optional(v.array(v.object({ file: v.string(), date: isoDate, source })), []),
  events: v.optional(
    v.array(
      v.object({
        id: v.string(),
        date: v.optional(isoDate),
        status: v.optional(v.picklist(EVENT_STATUSES)),
        source,
      }),
    ),
    [],
  ),
});

export type Overlay = v.InferOutput<typeof OverlaySchema>;
export const EMPTY_OVERLAY: Overlay = { documents: [], events: [] };

function lineColumn(text: string, pos: number): string {
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/**
 * Parses overlay JSON, never throwing.
 * @example parseOverlay('{', 'overlay.json').warnings[0] // -> 'overlay.json: broken JSON at line 1, column 2: ...'
 */
export function parseOverlay(text: string, file: string): { overlay: Overlay; warnings: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    const lc = /line (\d+) column (\d+)/.exec(msg);
    const where = lc
      ? `line ${lc[1]}, column ${lc[2]}`
      : pos
        ? lineColumn(text, Number(pos[1]))
        : 'end of file';
    return {
      overlay: EMPTY_OVERLAY,
      warnings: [
        `${file}: broken JSON at ${where}: ${msg.split(/ in JSON| at position|, "/)[0]}; the overlay was ignored`,
      ],
    };
  }
  const result = v.safeParse(OverlaySchema, raw);
  if (!result.success) {
    const issue = result.issues[0];
    return {
      overlay: EMPTY_OVERLAY,
      warnings: [
        `${file}: ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}; the overlay was ignored`,
      ],
    };
  }
  return { overlay: result.output, warnings: [] };
}
