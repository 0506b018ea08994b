/** Markdown escaping for text taken from articles: it must never become markup or HTML. */
const SPECIAL = /[\\`*_{}[\]<>#|]/g;

export function markdownEscape(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`).replace(/\n+/g, ' ');
}
