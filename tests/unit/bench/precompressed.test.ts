import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { precompressed } from '../../../scripts/bench/precompressed.ts';

type Handler = (
  req: { url: string; method: string; headers: Record<string, string> },
  res: { setHeader: (k: string, v: unknown) => void; end: (b: Buffer) => void },
  next: () => void,
) => void;

const dir = mkdtempSync(join(tmpdir(), 'tieline-precompressed-'));
mkdirSync(join(dir, 'assets'));
writeFileSync(join(dir, 'index.html'), '<!doctype html><p>page</p>');
writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function serve(): Handler {
  let handler: Handler | null = null;
  const plugin = precompressed(dir) as { configurePreviewServer: (s: unknown) => void };
  plugin.configurePreviewServer({
    config: { preview: { headers: { 'Content-Security-Policy': "default-src 'self'" } } },
    middlewares: { use: (fn: Handler) => (handler = fn) },
  });
  return handler as unknown as Handler;
}

function get(url: string, encoding = 'gzip, deflate, br') {
  const headers: Record<string, unknown> = {};
  let body: Buffer | null = null;
  let passed = false;
  serve()(
    { url, method: 'GET', headers: { 'accept-encoding': encoding } },
    { setHeader: (k, v) => (headers[k] = v), end: (b) => (body = b) },
    () => (passed = true),
  );
  return { headers, body: body as Buffer | null, passed };
}

describe('precompressed (the benchmark server)', () => {
  it('serves the page and its assets gzipped, with the preview headers', () => {
    const page = get('/');
    expect(gunzipSync(page.body as Buffer).toString()).toBe('<!doctype html><p>page</p>');
    expect(page.headers).toMatchObject({
      'Content-Type': 'text/html',
      'Content-Encoding': 'gzip',
      'Content-Security-Policy': "default-src 'self'",
    });
    const js = get('/assets/app.js?v=1');
    expect(gunzipSync(js.body as Buffer).toString()).toBe('console.log(1)');
    expect(js.headers['Content-Type']).toBe('text/javascript');
  });

  it('leaves to Vite what it does not hold and clients that do not take gzip', () => {
    expect(get('/missing.js').passed).toBe(true);
    expect(get('/', 'identity').passed).toBe(true);
  });
});
