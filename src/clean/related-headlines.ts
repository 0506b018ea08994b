/**
 * Related headlines: a headline-shaped line inside the body that links to another story. It is told
 * from a sub-heading by its relation to the text: few of its content words occur anywhere else in
 * the article (title included), hardly any in the paragraphs next to it, and it brings names the
 * article never uses or is as long as a full headline. Emits rule `related-headline`.
 *
 * Only lines marked as headings are judged (a headline-shaped paragraph inside a list is body text),
 * and only those written in headline grammar: no article but at most one, no perfect or past
 * auxiliary, no list of three or more items, no pronoun or demonstrative first, no address and not
 * a run of `label: value` pairs: a sentence that lost its full stop stays.
 */
import type { Removal } from '../types.ts';
import type { Block, Pass } from './_block.ts';
import { contentWords, isCapitalised, isFunctionWord, isHeadlineShaped, stem, stemSet, wordsOf, type HeadlineShape } from './_text.ts';

/** Highest share of a headline's content words found in the article for it to count as unrelated. */
const MAX_SHARED = 0.25;
/** Highest number of its content words found in the two paragraphs around it. */
const MAX_SHARED_NEARBY = 1;
/** A line this long (in words) is a full headline rather than a section title. */
const FULL_HEADLINE_WORDS = 8;

const ARTICLES = new Set(['the', 'a', 'an']);
const AUXILIARIES = new Set(['has', 'have', 'had', 'was', 'were', 'been', 'being', 'am', 'did', 'does', 'would', 'could', 'should']);
const POINTING_BACK = new Set(['this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'here', 'such']);

export interface Relation {
  /** Content words (stems) of the line. */
  readonly words: number;
  /** Share of them found elsewhere in the article. */
  readonly shared: number;
  /** How many of them the paragraphs before and after contain. */
  readonly sharedNearby: number;
  /** Names (runs of capitalised words) of the line the article never uses. */
  readonly unseenNames: number;
}

/** Removes headings and headline-shaped lines that do not belong to the article. */
export function removeRelatedHeadlines(blocks: readonly Block[], title: string | null, shape: HeadlineShape): Pass {
  const kept: Block[] = [];
  const removed: Removal[] = [];
  if (!blocks.some((b) => b.type === 'heading')) return { blocks, removed: [] };
  const article = articleStems(blocks, title);
  blocks.forEach((block, index) => {
    if (isRelatedHeadline(blocks, index, title, shape, article)) removed.push({ text: block.text, reason: 'related-headline' });
    else kept.push(block);
  });
  return { blocks: kept, removed };
}

/** Judges the block at `index` against the rest of the article. */
export function isRelatedHeadline(
  blocks: readonly Block[],
  index: number,
  title: string | null,
  shape: HeadlineShape,
  article: ReadonlySet<string> = articleStems(blocks, title),
): boolean {
  const block = blocks[index];
  if (block === undefined || block.type !== 'heading') return false;
  if (!isHeadlineShaped(block.text, shape) || !readsAsHeadline(block.text)) return false;
  const relation = relate(blocks, index, article);
  if (relation.words < 3 || relation.shared > MAX_SHARED || relation.sharedNearby > MAX_SHARED_NEARBY) return false;
  return relation.unseenNames >= 2 || wordsOf(block.text).length >= FULL_HEADLINE_WORDS;
}

/** Headline grammar: articles and auxiliaries dropped, no list, no pronoun pointing back. */
export function readsAsHeadline(line: string): boolean {
  const words = wordsOf(line).map((w) => w.toLowerCase());
  if (words.filter((w) => ARTICLES.has(w)).length > 1) return false;
  if (words.some((w) => AUXILIARIES.has(w)) || POINTING_BACK.has(words[0] ?? '')) return false;
  if (/https?:|www\.|@/u.test(line) || (line.match(/:/gu) ?? []).length > 1) return false;
  return (line.match(/,/gu) ?? []).length < 2;
}

/** Stems of the article's paragraphs and title (headings are not part of it). */
export function articleStems(blocks: readonly Block[], title: string | null): Set<string> {
  const paragraphs = blocks.filter((b) => b.type === 'paragraph').map((b) => b.text);
  return stemSet(title === null ? paragraphs : [...paragraphs, title]);
}

/** How the heading at `index` relates to the article (`articleStems`) and the paragraphs around it. */
export function relate(blocks: readonly Block[], index: number, article: ReadonlySet<string>): Relation {
  const line = blocks[index]?.text ?? '';
  const nearby = stemSet([nearestParagraph(blocks, index, -1), nearestParagraph(blocks, index, 1)]);
  const own = new Set(contentWords(line).map(stem));
  const shared = [...own].filter((s) => article.has(s)).length;
  return {
    words: own.size,
    shared: own.size === 0 ? 0 : shared / own.size,
    sharedNearby: [...own].filter((s) => nearby.has(s)).length,
    unseenNames: names(line).filter((name) => !name.some((w) => article.has(stem(w)))).length,
  };
}

function nearestParagraph(blocks: readonly Block[], index: number, step: 1 | -1): string {
  for (let i = index + step; i >= 0 && i < blocks.length; i += step) {
    const block = blocks[i];
    if (block !== undefined && block.type === 'paragraph') return block.text;
  }
  return '';
}

/** Runs of capitalised content words, hyphenated parts apart; the first word only if it is no function word. */
function names(line: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const word of wordsOf(line).flatMap((w) => w.split('-'))) {
    if (isCapitalised(word) && !isFunctionWord(word) && word.length > 1) run.push(word);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}
