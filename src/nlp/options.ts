export interface NlpOptions {
  /** Reference date (`YYYY-MM-DD`) for relative dates when an article has no publication date. */
  readonly referenceDate: string | null;
}

export const defaultNlpOptions: NlpOptions = {
  referenceDate: null,
};
