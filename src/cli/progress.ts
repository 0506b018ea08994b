import type { CliIO } from './io.ts';

/** Progress on a terminal's stderr, rewritten in place; silent when stderr is piped or with --quiet. */
export interface Progress {
  tick(label: string): void;
  done(summary: string): void;
}

const MIN_INTERVAL_MS = 100;

export function createProgress(io: CliIO, quiet: boolean): Progress {
  const active = io.stderrIsTTY && !quiet;
  let count = 0;
  let last = 0;
  let shown = false;
  return {
    tick(label) {
      count += 1;
      const now = Date.now();
      if (!active || now - last < MIN_INTERVAL_MS) return;
      last = now;
      shown = true;
      io.stderr.write(`\r\u001b[K${label} ${count}`);
    },
    done(summary) {
      if (!active) return;
      io.stderr.write(`${shown ? '\r\u001b[K' : ''}${summary}\n`);
    },
  };
}
