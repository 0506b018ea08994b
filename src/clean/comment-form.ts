/**
 * The comment section that ends many pages: `Leave a Reply`, `Your email address will not be
 * published.`, `Required fields are marked *`, `Post comment`, `Comments are closed.`. Emits rule
 * `comment-form`.
 *
 * A line with a strong cue (one only a comment form uses) goes when it stands in the second half of
 * the body or among the short lines that end it. Once such a line is found, short form lines after it (`Name *`, `Email`, `Website`,
 * `Submit`, `5 comments`) go too. Nothing before the tail is touched.
 */
import { isShortBlock, type Block, type Pass } from './_block.ts';
import type { Removal } from '../types.ts';

/** Phrases only comment forms use; the line must open with one (after an optional count). */
const STRONG_CUES = [
  'leave a reply',
  'leave a comment',
  'leave your comment',
  'post a comment',
  'add a comment',
  'add your comment',
  'write a comment',
  'your email address will not be published',
  'your email will not be published',
  'required fields are marked',
  'comments are closed',
  'comments have been closed',
  'commenting is closed',
  'be the first to comment',
  'you must be logged in to post a comment',
  'log in to comment',
  'login to comment',
  'sign in to comment',
  'cancel reply',
  'save my name, email, and website',
  'save my name, email and website',
  'notify me of follow-up comments',
  'notify me of new posts',
  'join the conversation',
  'join the discussion',
  'comment policy',
  'view comments',
  'show comments',
  'load comments',
];

/** Short lines that belong to a form once it has started. */
const FORM_LINE = /^(?:\d+\s+)?(?:comments?|replies|reply|name|e-?mail|website|url|submit|post comment|send|cancel|captcha|δ|\*)\s*[*:]?\s*\*?$/iu;

const STRONG = new RegExp(`^(?:\\d+\\s+comments?\\s*[:.-]?\\s*)?(?:${STRONG_CUES.map(escape).join('|')})`, 'iu');

/** Longest line a comment-form cue may stand in, in words. */
const MAX_FORM_WORDS = 25;

/** Share of the body, counted from its end, in which a comment form may start. */
const TAIL_SHARE = 0.5;

export function isCommentFormCue(line: string): boolean {
  return STRONG.test(line.trim());
}

/** Removes the comment-form lines at the end of the body. */
export function removeCommentForm(blocks: readonly Block[]): Pass {
  const tailStart = Math.min(Math.floor(blocks.length * (1 - TAIL_SHARE)), shortTailStart(blocks));
  const kept: Block[] = [];
  const removed: Removal[] = [];
  let inForm = false;
  blocks.forEach((block, index) => {
    const short = isShortBlock(block, MAX_FORM_WORDS);
    const strong = short && index >= tailStart && isCommentFormCue(block.text);
    const formLine = inForm && short && FORM_LINE.test(block.text.trim());
    if (strong || formLine) {
      inForm = true;
      removed.push({ text: block.text, reason: 'comment-form' });
    } else {
      kept.push(block);
    }
  });
  return { blocks: kept, removed };
}

/** Index from which every block to the end is a short line. */
function shortTailStart(blocks: readonly Block[]): number {
  let start = blocks.length;
  for (let block = blocks[start - 1]; block !== undefined && isShortBlock(block, MAX_FORM_WORDS); block = blocks[start - 1]) {
    start -= 1;
  }
  return start;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
