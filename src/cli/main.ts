import { processIO } from './io.ts';
import { run } from './run.ts';

/** The process edge: real streams in, exit code out. */
export async function main(argv: readonly string[]): Promise<number> {
  return run(argv, processIO());
}
