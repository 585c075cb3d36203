/**
 * Saves a file the browser way: a temporary link with `download`. Runs in the browser.
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
