/**
 * `newsdesk show STORY [--db FILE|URL] [--format json|md|html]`: one story's brief from the store
 * (JSON: one Brief, as in shared/spec/brief.md). Exit 1 for an unknown story or a missing store,
 * 2 for bad usage.
 */
import { renderBriefMarkdown } from '../../render/brief-md.ts';
import { renderBriefsHtml } from '../../render/brief-html.ts';
import type { Brief } from '../../types.ts';
import type { CliIO } from '../io.ts';
import { chooseFormat, openOutput, type OutputFormat } from '../output.ts';
import { UsageError } from './common.ts';
import { openStoreForReading, type StoreFlags } from './stories.ts';

export async function runShow(storyId: string, flags: StoreFlags, io: CliIO): Promise<number> {
  const format = chooseFormat(flags.format, io, flags.out);
  if (format === 'jsonl') throw new UsageError('show prints json, md or html');
  if (storyId.trim() === '') throw new UsageError('show takes a story id (see: newsdesk stories)');
  const opened = await openStoreForReading(flags, io);
  if ('code' in opened) return opened.code;
  try {
    const brief = await opened.store.getBrief(storyId.trim());
    if (brief === null) {
      io.stderr.write(`newsdesk: no story ${storyId} in the store (see: newsdesk stories)\n`);
      return 1;
    }
    const output = openOutput(io, flags.out);
    try {
      output.write(renderBrief(brief, format));
    } finally {
      output.close();
    }
    return 0;
  } finally {
    await opened.store.close();
  }
}

function renderBrief(brief: Brief, format: Exclude<OutputFormat, 'jsonl'>): string {
  if (format === 'json') return `${JSON.stringify(brief, null, 2)}\n`;
  if (format === 'html') return renderBriefsHtml([brief]);
  return renderBriefMarkdown(brief);
}
