/**
 * `run(argv, io)`: parses the command line and runs one command. Kept apart from the process
 * (see main.ts) so tests drive it with in-memory streams. Returns the exit code:
 * 0 when at least one article was read, 1 when none was, 2 for bad usage.
 */
import { Command, CommanderError, Option } from 'commander';
import type { CliIO } from './io.ts';
import { UsageError, type CommonFlags } from './commands/common.ts';
import { runExtract } from './commands/extract.ts';
import { runCluster } from './commands/cluster.ts';
import { runBrief } from './commands/brief.ts';
import { runIngest, type IngestFlags } from './commands/ingest.ts';
import { runStories, type StoreFlags } from './commands/stories.ts';
import { runShow } from './commands/show.ts';
import { runWorkerCommand, type WorkerFlags } from './commands/worker.ts';
import { runStatus, type StatusFlags } from './commands/status.ts';
import { runRequeue, type RequeueFlags } from './commands/requeue.ts';
import { addServeCommand } from './commands/serve.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

type CommandRunner = (paths: readonly string[], flags: CommonFlags, io: CliIO) => Promise<number>;

interface ReadingCommand {
  readonly name: string;
  readonly summary: string;
  readonly formats: readonly string[];
  readonly runner: CommandRunner;
}

const READING_COMMANDS: readonly ReadingCommand[] = [
  {
    name: 'brief',
    summary: 'one-shot: read the inputs, clean, cluster into stories, print one brief per story',
    formats: ['json', 'md', 'html'],
    runner: runBrief,
  },
  {
    name: 'extract',
    summary: 'read and clean only; print each article with its clean text and its own annotations',
    formats: ['json', 'jsonl', 'md'],
    runner: runExtract,
  },
  {
    name: 'cluster',
    summary: 'read, dedupe and cluster only; print which story each article went to',
    formats: ['json', 'md'],
    runner: runCluster,
  },
];

function addReadingCommand(program: Command, spec: ReadingCommand, io: CliIO, setCode: (code: number) => void): void {
  program
    .command(spec.name)
    .description(spec.summary)
    .argument('<paths...>', 'files, folders (read recursively) or - for standard input')
    .addOption(new Option('--format <format>', 'output format (default md on a terminal, json when piped)').choices(spec.formats))
    .option('--out <file>', 'write the result to a file instead of standard output')
    .option('--quiet', 'no progress or notices on stderr (errors still go there)')
    .option('--date <YYYY-MM-DD>', 'reference date for relative dates in undated articles')
    .action(async (paths: string[], flags: CommonFlags) => {
      checkDate(flags.date);
      setCode(await spec.runner(paths, flags, io));
    });
}

const dbOption = (): Option =>
  new Option('--db <file|url>', 'the store: a SQLite file path or a postgres:// URL (default $NEWSDESK_DB, else newsdesk.db in the current folder)');

function checkDate(date: string | undefined): void {
  if (date !== undefined && !DATE.test(date)) throw new UsageError(`--date takes YYYY-MM-DD, not "${date}"`);
}

/** Commands over the store: ingest adds articles; stories and show read it. */
function addStoreCommands(program: Command, io: CliIO, setCode: (code: number) => void): void {
  program
    .command('ingest')
    .description('add inputs to the store; new articles join existing stories')
    .argument('<paths...>', 'files, folders (read recursively) or - for standard input')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'summary format (default md)').choices(['json', 'md']))
    .option('--out <file>', 'write the summary to a file instead of standard output')
    .option('--quiet', 'no progress or notices on stderr (errors still go there)')
    .option('--date <YYYY-MM-DD>', 'reference date for relative dates in undated articles')
    .option('--queue <url>', 'publish to this NATS JetStream queue for newsdesk worker instead of processing here')
    .option('--name <name>', 'the queue name with --queue (default NEWSDESK)')
    .action(async (paths: string[], flags: IngestFlags) => {
      checkDate(flags.date);
      setCode(await runIngest(paths, flags, io));
    });
  program
    .command('stories')
    .description('list the stories in the store, largest first')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'output format (default md on a terminal, json when piped)').choices(['json', 'md']))
    .option('--out <file>', 'write the result to a file instead of standard output')
    .option('--quiet', 'no notices on stderr (errors still go there)')
    .action(async (flags: StoreFlags) => setCode(await runStories(flags, io)));
  program
    .command('show')
    .description('print one brief from the store')
    .argument('<story>', 'a story id (see newsdesk stories)')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'output format (default md on a terminal, json when piped)').choices(['json', 'md', 'html']))
    .option('--out <file>', 'write the result to a file instead of standard output')
    .option('--quiet', 'no notices on stderr (errors still go there)')
    .action(async (story: string, flags: StoreFlags) => setCode(await runShow(story, flags, io)));
}

/** The distributed pipeline: worker processes over a NATS JetStream queue, and its status. */
function addQueueCommands(program: Command, io: CliIO, setCode: (code: number) => void): void {
  const queueOption = (): Option => new Option('--queue <url>', 'the NATS JetStream queue, e.g. nats://127.0.0.1:4222').makeOptionMandatory();
  const storeOption = (): Option => new Option('--db <store>', 'the store: a SQLite file or postgres:// URL (default $NEWSDESK_DB, else newsdesk.db)');
  program
    .command('worker')
    .description('process articles from the queue into the store until SIGTERM/SIGINT (run one per core, on any machines)')
    .addOption(queueOption())
    .addOption(storeOption())
    .option('--name <name>', 'the queue name (default NEWSDESK)')
    .option('--max-deliver <n>', 'deliveries of an article that fails before it goes to the dead letters (default 4)')
    .option('--no-assign', 'never take the story assigner role')
    .option('--id <name>', 'a stable worker name (default host-pid-random); restarted with the same name, it takes its assigner lease back at once')
    .option('--quiet', 'no warnings or notices on stderr (errors still go there)')
    .option('--date <YYYY-MM-DD>', 'reference date for relative dates in undated articles')
    .option('--warm-up <path>', 'first run the pipeline over these sample reports (file or folder; nothing stored), so the first real articles do not pay V8 compiling the hot code')
    .option('--rounds <policy>', 'story rounds: quick (default: quick ones while the queue is busy, a full regroup at the drain), full (full regroups only), drain (quick at the drain too, the full one after)')
    .action(async (flags: WorkerFlags) => {
      checkDate(flags.date);
      setCode(await runWorkerCommand(flags, io));
    });
  program
    .command('status')
    .description('the queue (waiting, in process, retried, dead letters), its workers and the store')
    .addOption(queueOption())
    .addOption(new Option('--db <store>', 'also count the store: a SQLite file or postgres:// URL (default $NEWSDESK_DB)'))
    .option('--name <name>', 'the queue name (default NEWSDESK)')
    .addOption(new Option('--format <format>', 'output format (default md on a terminal, json when piped)').choices(['json', 'md']))
    .option('--out <file>', 'write the result to a file instead of standard output')
    .action(async (flags: StatusFlags) => setCode(await runStatus(flags, io)));
  program
    .command('requeue')
    .description('publish the dead letters\' articles again (once what made them fail is fixed) and remove those letters')
    .addOption(queueOption())
    .option('--name <name>', 'the queue name (default NEWSDESK)')
    .option('--quiet', 'no line per letter on stderr')
    .action(async (flags: RequeueFlags) => setCode(await runRequeue(flags, io)));
}

export function buildProgram(io: CliIO, setCode: (code: number) => void): Command {
  const program = new Command('newsdesk')
    .description('Turns raw news reports into cited story briefs.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  for (const spec of READING_COMMANDS) addReadingCommand(program, spec, io, setCode);
  addStoreCommands(program, io, setCode);
  addServeCommand(program, io, setCode);
  addQueueCommands(program, io, setCode);
  return program;
}

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof UsageError) {
      io.stderr.write(`newsdesk: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}
