// Fails fast, with the fix, when the browser the e2e tests drive is missing.
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
  console.error(
    `Chromium not found at ${CHROMIUM}: install it with \`apt-get update && apt-get install -y chromium\` (as root)`,
  );
  process.exit(1);
}
