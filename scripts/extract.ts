// `npm run extract`: see src/lib/cli/extractCli.ts.
import { runExtractCli } from '../src/lib/cli/extractCli.ts';

process.exitCode = runExtractCli(process.argv.slice(2), {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
});
