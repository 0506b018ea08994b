/**
 * Page title: `og:title`, JSON-LD `headline`, `<title>`, the first `<h1>`, in that order; an
 * outlet suffix or prefix (" | Outlet", "Outlet - ") is cut when it names the outlet or is short.
 */
import { textOf } from './_dom.ts';
import { jsonLdValue, metaContent, type PageHead } from './_meta.ts';

/** Separators between a title and an outlet or section label ("Story | Outlet", "Story - Outlet"). */
const SEPARATOR = /\s+[|–—•·»-]\s+/u;
/** A colon separates an outlet name only ("Outlet: Story"), never a section label. */
const OUTLET_SEPARATOR = /\s+[|–—•·:»-]\s+|:\s+/u;
const TRAILING = /\s*[|–—•·:»-]\s*$/u;
const LEADING = /^\s*[|–—•·:»-]\s*/u;

const squash = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Whether a title part names the outlet (`The Example Times` for outlet `example times`, or its host). */
function namesOutlet(part: string, outlet: string | null): boolean {
  if (outlet === null) return false;
  const a = squash(part);
  const b = squash(outlet.replace(/\.(?:com|org|net|co\.uk|[a-z]{2})$/i, ''));
  return a !== '' && b !== '' && (a.includes(b) || b.includes(a));
}

/**
 * Cuts an outlet name off either end of a title ("Story | Outlet", "Outlet: Story"), and short
 * section labels next to it ("Story | News | Outlet"). `cuts` counts the parts already cut.
 */
export function stripOutlet(title: string, outlet: string | null, cuts = 0): string {
  const parts = title.split(OUTLET_SEPARATOR);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1]!;
  const first = parts[0]!;
  const labels = title.split(SEPARATOR);
  const label = labels.length > 1 && (labels.length > 2 || cuts > 0) && labels[labels.length - 1]!.split(' ').length <= 3;
  if (namesOutlet(last, outlet) || label) {
    const cut = namesOutlet(last, outlet) ? last : labels[labels.length - 1]!;
    return stripOutlet(title.slice(0, title.lastIndexOf(cut)).replace(TRAILING, ''), outlet, cuts + 1);
  }
  if (namesOutlet(first, outlet)) return title.slice(first.length).replace(LEADING, '');
  return title;
}

export function findTitle(page: PageHead, outlet: string | null): string | null {
  const candidates: readonly (() => string | null)[] = [
    () => metaContent(page, ['og:title', 'twitter:title']),
    () => jsonLdValue(page.jsonLd, 'headline'),
    () => textOf(page.doc.querySelector('title')) || null,
    () => textOf(page.doc.querySelector('h1')) || null,
  ];
  for (const read of candidates) {
    const candidate = read();
    if (candidate === null) continue;
    const title = stripOutlet(candidate, outlet).trim();
    if (title !== '') return title;
  }
  return null;
}
