/**
 * Turns a Vite build into one self-contained HTML file for rooms with no network: the JS
 * bundle, the stylesheet and the icon are inlined (the dataset is already JSON in the page), and
 * the page gets its own Content-Security-Policy that allows exactly that inline code by sha256
 * hash, never by 'unsafe-inline'. Pure string work; scripts/build-offline.ts does the files.
 */
import { APP_POLICY, policyMeta, sha256Source, type Policy } from './contentSecurityPolicy.ts';

export interface BuiltAssets {
  /** The built index.html. */
  html: string;
  /** Reads a file the HTML refers to ("/assets/index-x.js"), as text. */
  read: (url: string) => string;
}

/**
 * Makes code safe inside an inline <script>: `<!--` and `</script` (Svelte's runtime has
 * `<!---->` in a template string) become `\x3C!--` and `\x3C/script`, the same string in JS.
 * They only occur inside string literals in a bundle; the offline browser test runs the result.
 */
function inlineScript(code: string): string {
  return code.replace(/<(!--|\/script)/gi, '\\x3C$1');
}

function inlineStyle(url: string, css: string): string {
  if (/<\/style/i.test(css)) throw new Error(`${url} contains "</style": cannot inline it`);
  return css;
}

/**
 * The single-file page.
 * @example offlineHtml({ html, read: (u) => readFileSync(join(dist, u), 'utf8') })
 */
export function offlineHtml({ html, read }: BuiltAssets): string {
  const scripts: string[] = [];
  const styles: string[] = [];
  let out = html
    // The app's policy allows its own files by origin; this page has no origin (file://).
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, '')
    .replace(/<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>/g, (_, url: string) => {
      const code = inlineScript(read(url));
      scripts.push(code);
      return `<script type="module">${code}</script>`;
    })
    .replace(/<link rel="stylesheet"[^>]*\shref="([^"]+)"[^>]*>/g, (_, url: string) => {
      const css = inlineStyle(url, read(url));
      styles.push(css);
      return `<style>${css}</style>`;
    })
    .replace(
      /<link rel="icon" href="([^"]+)" type="([^"]+)"[^>]*>/g,
      (_, url: string, type: string) => {
        const data = Buffer.from(read(url), 'utf8').toString('base64');
        return `<link rel="icon" href="data:${type};base64,${data}" type="${type}" />`;
      },
    );
  const left = /\s(?:src|href)="\/[^"]*"/.exec(out);
  if (left) throw new Error(`the offline page still refers to a file: ${left[0].trim()}`);
  if (scripts.length === 0) throw new Error('the built page has no module script to inline');
  const policy: Policy = {
    ...APP_POLICY,
    'script-src': scripts.map(sha256Source),
    'style-src': styles.map(sha256Source),
    'img-src': ['data:', 'blob:'],
    'font-src': ['data:'],
    'connect-src': ["'none'"],
    'worker-src': ["'none'"],
    'manifest-src': ["'none'"],
  };
  out = out.replace(/<head>/, `<head>\n    ${policyMeta(policy)}`);
  return out;
}
