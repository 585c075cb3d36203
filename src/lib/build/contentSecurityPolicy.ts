/**
 * The Content-Security-Policy of the built app: scripts only from the app's own files (no
 * inline script, no eval), styles only from its stylesheet, nothing fetched from elsewhere.
 * Delivered as a <meta http-equiv> in the built index.html and as a header by `vite preview`;
 * the single offline file allows its own inline code by sha256 hash instead (offlineFile.ts).
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

export type Policy = Record<string, string[]>;

export const APP_POLICY: Policy = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  // The network layout runs in a Web Worker loaded from the app's own files.
  'worker-src': ["'self'"],
  'style-src': ["'self'"],
  // data: and blob: for exported images shown or drawn in the page, never for scripts.
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'object-src': ["'none'"],
};

/** Only honoured as an HTTP header (a <meta> policy cannot say it). */
const HEADER_ONLY: Policy = { 'frame-ancestors': ["'none'"] };

/** @example formatPolicy({ 'script-src': ["'self'"] }) // -> "script-src 'self'" */
export function formatPolicy(policy: Policy): string {
  return Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ');
}

/** The policy as an HTTP header value (adds what a <meta> policy cannot carry). */
export const APP_POLICY_HEADER = formatPolicy({ ...APP_POLICY, ...HEADER_ONLY });

/** A CSP source allowing exactly this inline code. @example sha256Source('a') // -> "'sha256-ypeB...'" */
export function sha256Source(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/** The <meta> element carrying a policy, for the top of <head>. */
export function policyMeta(policy: Policy): string {
  return `<meta http-equiv="Content-Security-Policy" content="${formatPolicy(policy)}" />`;
}

/** Vite plugin: the built index.html carries APP_POLICY (not in dev: Vite's dev client injects styles). */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'tieline-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: formatPolicy(APP_POLICY) },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
