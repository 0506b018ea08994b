import type { Diagnostic, Rejected, Severity, StageName, Span } from './types.ts';

export interface DiagnosticInit {
  readonly rule: string;
  readonly message: string;
  readonly path?: string;
  readonly span?: Span;
  readonly data?: Readonly<Record<string, unknown>>;
}

/** Makes a diagnostic of one stage and severity. */
export function diagnostic(source: StageName, severity: Severity, init: DiagnosticInit): Diagnostic {
  return { source, severity, ...init };
}

export const info = (source: StageName, init: DiagnosticInit): Diagnostic => diagnostic(source, 'info', init);
export const warning = (source: StageName, init: DiagnosticInit): Diagnostic => diagnostic(source, 'warning', init);
export const error = (source: StageName, init: DiagnosticInit): Diagnostic => diagnostic(source, 'error', init);

/** A value a stage dropped, with the one error that says why. */
export function rejected(source: StageName, path: string, rule: string, message: string): Rejected {
  return { kind: 'rejected', path, diagnostics: [error(source, { rule, message, path })] };
}

export function isRejected<T extends { readonly kind: string }>(value: T | Rejected): value is Rejected {
  return value.kind === 'rejected';
}

/** `path: source/rule message`, the line the CLI prints on stderr. */
export function formatDiagnostic(d: Diagnostic, fallbackPath = '-'): string {
  return `${d.path ?? fallbackPath}: ${d.source}/${d.rule} ${d.message}`;
}
