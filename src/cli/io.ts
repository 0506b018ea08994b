/** The CLI's only contact with the process: streams, terminal flags, environment. Injected for tests. */
export interface TextSink {
  write(text: string): void;
}

export interface CliIO {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  /** Standard output is a terminal (default format `md`). */
  readonly stdoutIsTTY: boolean;
  /** Standard error is a terminal (progress is shown). */
  readonly stderrIsTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export function processIO(): CliIO {
  return {
    stdin: process.stdin,
    stdout: { write: (text) => void process.stdout.write(text) },
    stderr: { write: (text) => void process.stderr.write(text) },
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
  };
}
