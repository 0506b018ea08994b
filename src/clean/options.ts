export interface CleanOptions {
  /** A body with fewer words than this after cleaning is rejected as `no-article`. */
  readonly minArticleWords: number;
}

export const defaultCleanOptions: CleanOptions = {
  minArticleWords: 20,
};
