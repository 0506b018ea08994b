/**
 * Renders briefs as one self-contained HTML page: inline CSS, no scripts, no external assets.
 * Every text taken from articles is escaped. Articles are named by their short labels (outlet or
 * file name with the first characters of the id, as in the Markdown brief). Summary citations link
 * to the evidence sentence each article gives for the cited fact; facts carry status badges;
 * conflicts show their positions side by side; a facts × articles matrix shows coverage. Source
 * URLs are shown as text, not links: the page loads and links to nothing outside itself.
 */
import type { Brief, BriefArticle, BriefConflict, BriefFact, BriefQuote } from '../types.ts';
import { shortLabel } from './brief-md.ts';

/** The brief's style sheet (inline in the one-page brief; the web app serves it as a file). */
export const BRIEF_CSS = `body{font:16px/1.55 system-ui,sans-serif;max-width:64rem;margin:2rem auto;padding:0 1rem;color:#1f2328;background:#fff}
h1{font-size:1.2rem;color:#57606a;font-weight:600}h2{font-size:1.7rem;line-height:1.25;margin:.2rem 0 .4rem}
h3{font-size:1.05rem;text-transform:uppercase;letter-spacing:.04em;color:#57606a;margin:2rem 0 .6rem;border-bottom:1px solid #d0d7de}
section.story{margin-bottom:3rem}.meta{color:#57606a;font-size:.9rem}a{color:#0a58ca;text-decoration:none}a:hover{text-decoration:underline}
.summary li{margin:.35rem 0}.cite{font-size:.78rem;margin-left:.2rem}
.cite a{background:#eef3fb;border-radius:3px;padding:0 .25rem;margin-right:.15rem;white-space:nowrap;display:inline-block}
ol.facts{padding-left:1.6rem}ol.facts>li{margin:.7rem 0}.fact-text{font-weight:500}
.badge{display:inline-block;font-size:.72rem;font-weight:600;border-radius:999px;padding:0 .5rem;margin-right:.35rem;vertical-align:1px}
.badge.corroborated{background:#dafbe1;color:#116329}.badge.single-source{background:#eaeef2;color:#424a53}
.badge.disputed{background:#ffebe9;color:#a40e26}.fact.disputed{border-left:3px solid #cf222e;padding-left:.5rem}
.count{color:#57606a;font-size:.85rem}ul.evidence{font-size:.88rem;color:#424a53;margin:.3rem 0;padding-left:1.1rem}
ul.evidence li:target,li:target{background:#fff8c5}.label{font-weight:600;color:#0a58ca}
.conflict{border:1px solid #d4a72c;background:#fff8c5;border-radius:6px;padding:.5rem .8rem;margin:.7rem 0}
.conflict .about{font-weight:600}.positions{display:flex;gap:.8rem;flex-wrap:wrap;margin-top:.4rem}
.position{flex:1 1 14rem;background:#fff;border:1px solid #e1d3a3;border-radius:6px;padding:.4rem .6rem;font-size:.88rem}
.position .value{font-size:1.05rem;font-weight:600;display:block;margin-bottom:.2rem}.arrow{align-self:center;color:#9a6700;font-size:1.4rem}
.quote{margin:.6rem 0}.quote blockquote{margin:.1rem 0 .1rem 1rem;font-style:italic}.variant{font-size:.85rem;color:#57606a;margin-left:1rem}
table{border-collapse:collapse;font-size:.82rem}td,th{border:1px solid #d0d7de;padding:.2rem .4rem;text-align:left;vertical-align:top}
th.article{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;font-weight:500}
td.yes{background:#aceebb;text-align:center}td.yes.disputed{background:#ffcecb}td.fact-cell{max-width:26rem}
.timeline{list-style:none;padding-left:0}.timeline li{margin:.3rem 0;display:grid;grid-template-columns:7.5rem 1fr}.date{font-weight:600}`;

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An id safe for an HTML id/anchor. */
export function anchor(prefix: string, ...ids: readonly string[]): string {
  return `${prefix}-${ids.map((id) => id.replace(/[^A-Za-z0-9_-]/g, '_')).join('-')}`;
}

export interface View {
  readonly brief: Brief;
  readonly articles: ReadonlyMap<string, BriefArticle>;
  /** Fact id → its number in the list (1-based). */
  readonly numbers: ReadonlyMap<string, number>;
  readonly facts: ReadonlyMap<string, BriefFact>;
}

function label(view: View, id: string): string {
  return escapeHtml(shortLabel(view.articles.get(id), id));
}

function articleLink(view: View, id: string): string {
  return `<a class="label" href="#${anchor('article', id)}">${label(view, id)}</a>`;
}

/** Citations of a summary sentence: each article links to its evidence for the first cited fact it gives. */
function citations(view: View, factIds: readonly string[], articleIds: readonly string[]): string {
  const links = articleIds.map((article) => {
    const fact = factIds.find((f) => view.facts.get(f)?.evidence.some((e) => e.article === article));
    const target = fact === undefined ? anchor('article', article) : anchor('ev', fact, article);
    return `<a class="cite-evidence" href="#${target}">${label(view, article)}</a>`;
  });
  const facts = factIds.map((f) => `<a class="cite-fact" href="#${anchor('fact', f)}">fact ${view.numbers.get(f) ?? '?'}</a>`);
  return `<span class="cite">${[...facts, ...links].join('')}</span>`;
}

export function summaryHtml(view: View): string {
  const items = view.brief.summary.map((s) => `<li>${escapeHtml(s.text)}${citations(view, s.facts, s.articles)}</li>`);
  return items.length === 0 ? '' : `<h3>Summary</h3><ul class="summary">${items.join('')}</ul>`;
}

function factHtml(view: View, fact: BriefFact): string {
  const evidence = fact.evidence
    .map((e) => `<li id="${anchor('ev', fact.id, e.article)}">${articleLink(view, e.article)}: ${escapeHtml(e.sentence)}</li>`)
    .join('');
  const count = `<span class="count">(${fact.articles.length} ${fact.articles.length === 1 ? 'source' : 'sources'})</span>`;
  return `<li class="fact ${escapeHtml(fact.status)}" id="${anchor('fact', fact.id)}"><span class="badge ${escapeHtml(fact.status)}">${escapeHtml(fact.status)}</span><span class="fact-text">${escapeHtml(fact.text)}</span> ${count}<ul class="evidence">${evidence}</ul></li>`;
}

function positionHtml(view: View, position: BriefConflict['positions'][number]): string {
  const evidence = position.evidence.map((e) => `<li>${articleLink(view, e.article)}: ${escapeHtml(e.sentence)}</li>`).join('');
  return `<div class="position"><span class="value">${escapeHtml(position.value)}</span>${position.articles.map((a) => articleLink(view, a)).join(', ')}<ul class="evidence">${evidence}</ul></div>`;
}

function conflictHtml(view: View, conflict: BriefConflict): string {
  const joiner = conflict.evolving ? '<span class="arrow">→</span>' : '';
  const note = conflict.evolving ? ' <span class="meta">(evolving: later reports superseded earlier ones, in the order reported)</span>' : '';
  const positions = conflict.positions.map((p) => positionHtml(view, p)).join(joiner);
  return `<div class="conflict"><span class="badge disputed">${escapeHtml(conflict.kind)}</span><span class="about">${escapeHtml(conflict.about)}</span>${note}<div class="positions">${positions}</div></div>`;
}

/** Links to these articles, the first `max` of them and "and N more". */
function articleLinks(view: View, ids: readonly string[], max: number): string {
  const links = ids.slice(0, max).map((a) => articleLink(view, a)).join(', ');
  return ids.length > max ? `${links} <span class="meta">and ${ids.length - max} more</span>` : links;
}

function quoteHtml(view: View, quote: BriefQuote, maxLinks: number): string {
  const who = quote.speaker ? escapeHtml(quote.speaker.name) : '(unattributed)';
  const cite = articleLinks(view, quote.articles, maxLinks);
  const variants = quote.variants
    .map((v) => `<div class="variant">also: “${escapeHtml(v.text)}” ${articleLinks(view, v.articles, maxLinks)}</div>`)
    .join('');
  return `<div class="quote"><strong>${who}</strong> <span class="meta">${escapeHtml(quote.kind)}</span> ${cite}<blockquote>“${escapeHtml(quote.text)}”</blockquote>${variants}</div>`;
}

export function timelineHtml(view: View): string {
  const items = view.brief.timeline.map(
    (t) => `<li><span class="date">${escapeHtml(t.date)}</span><span>${escapeHtml(t.text)} <span class="cite">${t.articles.map((a) => articleLink(view, a)).join(' ')}</span></span></li>`,
  );
  return items.length === 0 ? '' : `<h3>Timeline</h3><ul class="timeline">${items.join('')}</ul>`;
}

/** At most this many facts (rows) and articles (columns) in the coverage matrix. */
export interface MatrixLimits {
  readonly facts: number;
  readonly articles: number;
}

/** The `limit` items that `weight` ranks highest (ties: earlier first), kept in their own order. */
function topInOrder<T>(items: readonly T[], limit: number, weight: (item: T) => number): readonly T[] {
  if (items.length <= limit) return items;
  const ranked = items.map((item, i) => ({ i, w: weight(item) })).sort((a, b) => b.w - a.w || a.i - b.i);
  const kept = new Set(ranked.slice(0, limit).map((r) => r.i));
  return items.filter((_, i) => kept.has(i));
}

/**
 * The facts × articles coverage matrix. With `limits`, a big story shows its most reported facts
 * and the articles that report most facts (cells grow as their product), and says what it left out.
 */
export function matrixHtml(view: View, limits?: MatrixLimits): string {
  const { brief } = view;
  if (brief.facts.length === 0) return '';
  const coverage = new Map(brief.coverage.map((c) => [c.article, c]));
  const facts = limits === undefined ? brief.facts : topInOrder(brief.facts, limits.facts, (f) => f.articles.length);
  const articles = limits === undefined ? brief.articles : topInOrder(brief.articles, limits.articles, (a) => coverage.get(a.id)?.facts ?? 0);
  const head = articles.map((a) => `<th class="article">${articleLink(view, a.id)}</th>`).join('');
  const rows = facts.map((f) => {
    const reporting = new Set(f.articles);
    const cells = articles
      .map((a) => (reporting.has(a.id) ? `<td class="yes ${escapeHtml(f.status)}">●</td>` : '<td></td>'))
      .join('');
    const text = f.text.length > 90 ? `${f.text.slice(0, 88)}…` : f.text;
    return `<tr><td class="fact-cell"><a href="#${anchor('fact', f.id)}">${view.numbers.get(f.id) ?? '?'}</a> ${escapeHtml(text)}</td>${cells}</tr>`;
  });
  const totals = articles.map((a) => {
    const entry = coverage.get(a.id);
    return `<td title="facts, only here, missing">${entry ? `${entry.facts} / ${entry.unique.length} / ${entry.missing.length}` : ''}</td>`;
  });
  const cut =
    facts.length < brief.facts.length || articles.length < brief.articles.length
      ? `<p class="meta">The ${facts.length} most reported of ${brief.facts.length} facts and the ${articles.length} of ${brief.articles.length} articles that report most facts; every article's figures are in the article list.</p>`
      : '';
  return `<h3>Coverage</h3>${cut}<table><tr><th>fact</th>${head}</tr>${rows.join('')}<tr><th>facts / only here / missing</th>${totals.join('')}</tr></table>`;
}

function articlesHtml(view: View): string {
  const items = view.brief.articles.map((a) => {
    const meta = [a.publishedAt?.slice(0, 10) ?? 'undated', a.dateline, `${a.words} words`, a.duplicateOf ? `copy of ${shortLabel(view.articles.get(a.duplicateOf), a.duplicateOf)}` : null];
    const title = escapeHtml(a.title ?? a.path ?? a.id);
    const url = a.url === null ? '' : `<br><span class="meta">${escapeHtml(a.url)}</span>`;
    return `<li id="${anchor('article', a.id)}"><span class="label">${label(view, a.id)}</span> · ${title} <span class="meta">${meta.filter((m) => m !== null).map((m) => escapeHtml(m)).join(' · ')}</span>${url}</li>`;
  });
  return `<h3>Articles</h3><ul>${items.join('')}</ul>`;
}

/** The lookups every section of a brief's page reads. */
export function briefView(brief: Brief): View {
  return {
    brief,
    articles: new Map(brief.articles.map((a) => [a.id, a])),
    numbers: new Map(brief.facts.map((f, i) => [f.id, i + 1])),
    facts: new Map(brief.facts.map((f) => [f.id, f])),
  };
}

export function conflictsHtml(view: View): string {
  const conflicts = view.brief.conflicts.map((c) => conflictHtml(view, c)).join('');
  return conflicts.length === 0 ? '' : `<h3>Conflicts</h3>${conflicts}`;
}

export function factsHtml(view: View): string {
  return `<h3>Facts</h3><ol class="facts">${view.brief.facts.map((f) => factHtml(view, f)).join('')}</ol>`;
}

/** The quotes, each naming at most `maxLinks` of the articles that carry it (default: all). */
export function quotesHtml(view: View, maxLinks = Number.POSITIVE_INFINITY): string {
  const quotes = view.brief.quotes.map((q) => quoteHtml(view, q, maxLinks)).join('');
  return quotes.length === 0 ? '' : `<h3>Quotes</h3>${quotes}`;
}

export function renderBriefSection(brief: Brief): string {
  const view = briefView(brief);
  const date = brief.eventDate ? `${escapeHtml(brief.eventDate.value)} · ` : '';
  return [
    `<section class="story" id="${anchor('story', brief.id)}"><h2>${escapeHtml(brief.headline)}</h2>`,
    `<p class="meta">${date}${brief.articles.length} articles · ${brief.facts.length} facts · ${brief.conflicts.length} conflicts</p>`,
    summaryHtml(view),
    conflictsHtml(view),
    factsHtml(view),
    quotesHtml(view),
    timelineHtml(view),
    matrixHtml(view),
    articlesHtml(view),
    '</section>',
  ].join('\n');
}

export function renderBriefsHtml(briefs: readonly Brief[]): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${briefs.length === 1 ? escapeHtml(briefs[0]?.headline ?? 'newsdesk brief') : 'newsdesk briefs'}</title><style>${BRIEF_CSS}</style></head>
<body><h1>newsdesk · ${briefs.length} ${briefs.length === 1 ? 'story' : 'stories'}</h1>
${briefs.map(renderBriefSection).join('\n')}
</body></html>
`;
}
