/**
 * Renders briefs as one self-contained HTML page: inline CSS, no scripts, no external assets.
 * Every text taken from articles is escaped; citations are #anchor links to the evidence;
 * disputed facts and conflicts stand out; a facts × outlets matrix shows coverage.
 */
import type { Brief, BriefArticle, BriefFact } from '../types.ts';

const CSS = `body{font:16px/1.5 system-ui,sans-serif;max-width:62rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.6rem}h2{font-size:1.4rem;border-bottom:2px solid #ccc}h3{font-size:1.1rem;margin-top:1.5rem}
.meta{color:#666}.fact{margin:.4rem 0}.status{font-size:.8rem;padding:0 .3rem;border-radius:3px;background:#e8eef7}
.disputed{background:#fff1f0;border-left:4px solid #c62828;padding-left:.5rem}.disputed .status{background:#c62828;color:#fff}
.conflict{background:#fff8e1;border-left:4px solid #f9a825;padding:.3rem .6rem;margin:.4rem 0}
.evidence{font-size:.9rem;color:#444}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .4rem;font-size:.85rem}
td.yes{background:#c8e6c9;text-align:center}a{color:#1a56a8}`;

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An id safe for an HTML id/anchor. */
function anchor(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

function label(article: BriefArticle | undefined, id: string): string {
  return escapeHtml(article?.source ?? article?.title ?? article?.path ?? id);
}

function factHtml(brief: Brief, fact: BriefFact, byId: ReadonlyMap<string, BriefArticle>): string {
  const evidence = fact.evidence
    .map((e, i) => `<li id="${anchor(`ev-${fact.id}`, String(i))}"><a href="#${anchor('article', e.article)}">${label(byId.get(e.article), e.article)}</a>: ${escapeHtml(e.sentence)}</li>`)
    .join('');
  return `<div class="fact ${escapeHtml(fact.status)}" id="${anchor('fact', fact.id)}"><span class="status">${escapeHtml(fact.status)}</span> ${escapeHtml(fact.text)} <ul class="evidence">${evidence}</ul></div>`;
}

function summaryHtml(brief: Brief): string {
  const items = brief.summary.map((s) => {
    const links = s.facts.map((f) => `<a href="#${anchor('fact', f)}">[fact]</a>`).join(' ');
    return `<li>${escapeHtml(s.text)} ${links}</li>`;
  });
  return items.length === 0 ? '' : `<h3>Summary</h3><ul>${items.join('')}</ul>`;
}

function conflictsHtml(brief: Brief, byId: ReadonlyMap<string, BriefArticle>): string {
  const items = brief.conflicts.map((c) => {
    const positions = c.positions
      .map((p) => `<li>“${escapeHtml(p.value)}”: ${p.articles.map((a) => `<a href="#${anchor('article', a)}">${label(byId.get(a), a)}</a>`).join(', ')}</li>`)
      .join('');
    return `<div class="conflict"><strong>${escapeHtml(c.kind)}${c.evolving ? ' (evolving)' : ''}</strong>: ${escapeHtml(c.about)}<ul>${positions}</ul></div>`;
  });
  return items.length === 0 ? '' : `<h3>Conflicts</h3>${items.join('')}`;
}

function quotesHtml(brief: Brief): string {
  const items = brief.quotes.map((q) => {
    const who = q.speaker ? escapeHtml(q.speaker.name) : '(unattributed)';
    const variants = q.variants.map((v) => `<br><small>also: “${escapeHtml(v.text)}”</small>`).join('');
    return `<li><strong>${who}</strong>: “${escapeHtml(q.text)}” (${q.articles.length} articles)${variants}</li>`;
  });
  return items.length === 0 ? '' : `<h3>Quotes</h3><ul>${items.join('')}</ul>`;
}

function timelineHtml(brief: Brief): string {
  const items = brief.timeline.map((t) => `<li><strong>${escapeHtml(t.date)}</strong> ${escapeHtml(t.text)}</li>`);
  return items.length === 0 ? '' : `<h3>Timeline</h3><ul>${items.join('')}</ul>`;
}

function matrixHtml(brief: Brief): string {
  if (brief.facts.length === 0) return '';
  const head = brief.articles.map((a) => `<th>${label(a, a.id)}</th>`).join('');
  const rows = brief.facts.map((f, i) => {
    const cells = brief.articles.map((a) => (f.articles.includes(a.id) ? '<td class="yes">●</td>' : '<td></td>')).join('');
    return `<tr><td><a href="#${anchor('fact', f.id)}">${i + 1}</a></td>${cells}</tr>`;
  });
  return `<h3>Coverage</h3><table><tr><th>fact</th>${head}</tr>${rows.join('')}</table>`;
}

function articlesHtml(brief: Brief): string {
  const items = brief.articles.map((a) => {
    const meta = [a.publishedAt, a.dateline, `${a.words} words`, a.duplicateOf ? 'copy' : null].filter((m) => m !== null);
    return `<li id="${anchor('article', a.id)}">${label(a, a.id)}: ${escapeHtml(a.title ?? a.path ?? a.id)} <span class="meta">${meta.map((m) => escapeHtml(String(m))).join(' · ')}</span></li>`;
  });
  return `<h3>Articles</h3><ul>${items.join('')}</ul>`;
}

export function renderBriefSection(brief: Brief): string {
  const byId = new Map(brief.articles.map((a) => [a.id, a]));
  const date = brief.eventDate ? `<p class="meta">${escapeHtml(brief.eventDate.value)}</p>` : '';
  return [
    `<section id="${anchor('story', brief.id)}"><h2>${escapeHtml(brief.headline)}</h2>${date}`,
    summaryHtml(brief),
    conflictsHtml(brief, byId),
    `<h3>Facts</h3>${brief.facts.map((f) => factHtml(brief, f, byId)).join('')}`,
    quotesHtml(brief),
    timelineHtml(brief),
    matrixHtml(brief),
    articlesHtml(brief),
    '</section>',
  ].join('\n');
}

export function renderBriefsHtml(briefs: readonly Brief[]): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsdesk briefs</title><style>${CSS}</style></head>
<body><h1>Stories (${briefs.length})</h1>
${briefs.map(renderBriefSection).join('\n')}
</body></html>
`;
}
