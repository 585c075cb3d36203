/**
 * Ids from names: small and dependency-free, so the page can compute them without loading the
 * extractor (which runs in a worker).
 */

/**
 * A lowercase slug usable as an id.
 * @example slugify('Yoko Kamikawa') // -> 'yoko-kamikawa'
 */
export function slugify(s: string): string {
  const slug = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\+/g, 'plus')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'x';
}

/**
 * A document id from its file name: `000_2d8b.txt` -> `000-2d8b`.
 * @example documentId('000_2d8b.txt') // -> '000-2d8b'
 */
export function documentId(file: string): string {
  const base = file.replace(/^.*[\\/]/, '').replace(/\.txt$/i, '');
  return (
    base
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'document'
  );
}
