import { closeSync, openSync, writeSync } from 'node:fs';
import type { CliIO, TextSink } from './io.ts';

/** Where a command's result goes: standard output, or the file of `--out`. */
export interface Output extends TextSink {
  close(): void;
}

export function openOutput(io: CliIO, outFile: string | undefined): Output {
  if (outFile === undefined) return { write: (text) => io.stdout.write(text), close: () => undefined };
  const fd = openSync(outFile, 'w');
  return {
    write: (text) => void writeSync(fd, text),
    close: () => closeSync(fd),
  };
}

export type OutputFormat = 'json' | 'jsonl' | 'md' | 'html';

/** The format asked for, else `md` on a terminal and `json` when piped (machines read pipes). */
export function chooseFormat(asked: OutputFormat | undefined, io: CliIO, outFile: string | undefined): OutputFormat {
  if (asked) return asked;
  if (outFile) return outFile.endsWith('.md') ? 'md' : outFile.endsWith('.html') ? 'html' : 'json';
  return io.stdoutIsTTY ? 'md' : 'json';
}
