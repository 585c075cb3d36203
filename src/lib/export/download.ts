/**
 * Files in and out the browser way, for every part of the app that saves or reads one (export
 * menus, saved views, briefs): a temporary link with `download` to save, the text of the file
 * chosen in an `<input type="file">` to read. Runs in the browser.
 */

/** @example saveFile(new Blob([svg], { type: 'image/svg+xml' }), 'tieline-network-all-2026-11-23.svg') */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the address is freed.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** @example saveJson(exportViewsFile(views), datedJsonName('saved-views')) */
export function saveJson(text: string, name: string): void {
  saveFile(new Blob([text], { type: 'application/json' }), name);
}

/**
 * `tieline-<what>-<day>.json`, the day in UTC.
 * @example datedJsonName('brief', new Date('2026-11-23T10:00:00Z')) // 'tieline-brief-2026-11-23.json'
 */
export const datedJsonName = (what: string, now = new Date()) =>
  `tieline-${what}-${now.toISOString().slice(0, 10)}.json`;

/**
 * The text of the file chosen in `input` (null when none), and the input cleared so that
 * choosing the same file again is a new change.
 */
export async function readChosenFile(input: HTMLInputElement | undefined): Promise<string | null> {
  const file = input?.files?.[0];
  if (!input || !file) return null;
  const text = await file.text();
  input.value = '';
  return text;
}
