export interface IngestOptions {
  /** A single-document input (text, HTML, feed) larger than this is rejected unread. */
  readonly maxDocumentBytes: number;
  /** A JSON Lines line longer than this is rejected (the rest of the file is read). */
  readonly maxLineBytes: number;
  /** Decompressed-size cap for `.gz` inputs (guards against gzip bombs). */
  readonly maxDecompressedBytes: number;
}

export const defaultIngestOptions: IngestOptions = {
  maxDocumentBytes: 10 * 1024 * 1024,
  maxLineBytes: 10 * 1024 * 1024,
  maxDecompressedBytes: 512 * 1024 * 1024,
};
