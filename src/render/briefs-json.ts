/** Renders `newsdesk brief --format json`: `newsdesk/briefs@1`, stories largest first. */
import type { Brief } from '../types.ts';

export const BRIEFS_SCHEMA = 'newsdesk/briefs@1';

export function renderBriefsJson(briefs: readonly Brief[]): string {
  return `${JSON.stringify({ schema: BRIEFS_SCHEMA, stories: briefs }, null, 2)}\n`;
}
