// `npm run extract`: see src/lib/node/extractCli.ts.
import { runExtractCli } from '../src/lib/node/extractCli.ts';

process.exitCode = runExtractCli(process.argv.slice(2), {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
});
