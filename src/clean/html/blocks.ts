/** The block type the extraction returns: one paragraph or heading of the main content. */
export interface HtmlBlock {
  readonly type: 'paragraph' | 'heading';
  /** Text with white space collapsed to single spaces. */
  readonly text: string;
}
