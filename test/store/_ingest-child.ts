// Child process of the kill test: `node --import tsx test/store/_ingest-child.ts DB PATH...` runs
// `newsdesk ingest PATH... --db DB --quiet` on the real process streams.
import { runIngest } from '../../src/cli/commands/ingest.ts';
import { processIO } from '../../src/cli/io.ts';

const [db, ...paths] = process.argv.slice(2);
process.exitCode = await runIngest(paths, { db, quiet: true }, processIO());
