/** Runs the CLI in memory: argv in, captured stdout/stderr and exit code out. */
import { Readable } from 'node:stream';
import { run } from '../../src/cli/run.ts';
import type { CliIO } from '../../src/cli/io.ts';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(argv: readonly string[], stdinText = '', tty = false): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdin: Readable.from([Buffer.from(stdinText)]),
    stdout: { write: (t) => void (stdout += t) },
    stderr: { write: (t) => void (stderr += t) },
    stdoutIsTTY: tty,
    stderrIsTTY: tty,
    env: {},
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
