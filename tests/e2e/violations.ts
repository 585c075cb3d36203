/** Collects Content-Security-Policy violations (DOM events and console errors) in a page. */
import type { Page } from '@playwright/test';

/** Call before navigating; the returned function lists what was blocked so far. */
export async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) fromConsole.push(m.text());
  });
  await page.addInitScript(`
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber);
    });`);
  return async () => [...(await page.evaluate<string[]>('window.__violations')), ...fromConsole];
}
