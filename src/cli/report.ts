import { formatDiagnostic } from '../diagnostics.ts';
import type { Diagnostic } from '../types.ts';
import type { CliIO } from './io.ts';

/**
 * Prints diagnostics on stderr as `path: source/rule message`. Errors always; warnings unless quiet;
 * info (deliberate changes such as removed boilerplate) never: they are in the output itself.
 */
export function reportDiagnostics(io: CliIO, diagnostics: readonly Diagnostic[], path: string | null, quiet: boolean): void {
  for (const d of diagnostics) {
    if (d.severity === 'info') continue;
    if (d.severity === 'warning' && quiet) continue;
    io.stderr.write(`${formatDiagnostic(d, path ?? '-')}\n`);
  }
}
