export interface IngestOptions {
  /** A single-document input (text, HTML, feed) larger than this is rejected unread. */
  readonly maxDocumentBytes: number;
  /** A JSON Lines line longer than this is rejected (the rest of the file is read). */
  readonly maxLineBytes: number;
  /** Decompressed-size cap for `.gz` inputs (guards against gzip bombs). */
  readonly maxDecompressedBytes: number;
  /**
   * Share of characters that may come from invalid UTF-8 sequences before a document (or JSON line)
   * is rejected as `invalid-utf8`; below it they are replaced by U+FFFD and a warning is kept.
   */
  readonly maxInvalidUtf8Ratio: number;
  /** How many leading bytes are examined to sniff the kind of an input and to spot binary content. */
  readonly sniffBytes: number;
}

export const defaultIngestOptions: IngestOptions = {
  maxDocumentBytes: 10 * 1024 * 1024,
  maxLineBytes: 10 * 1024 * 1024,
  maxDecompressedBytes: 512 * 1024 * 1024,
  maxInvalidUtf8Ratio: 0.02,
  sniffBytes: 8 * 1024,
};
