// `npm run golden`: rewrite the golden files (what the pipeline makes of each seed, and of the
// whole folder). Review the change with `git diff tests/golden` before committing it.
import { writeFileSync } from 'node:fs';
import { buildGoldens, GOLDEN_DIR } from '../tests/unit/golden.ts';

for (const [file, dataset] of buildGoldens()) {
  writeFileSync(`${GOLDEN_DIR}/${file}`, JSON.stringify(dataset, null, 2) + '\n');
  console.log(`wrote tests/golden/${file}`);
}
