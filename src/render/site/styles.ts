/**
 * The web app's one style sheet, served as `/static/site.css` (the pages carry no inline style, so
 * the Content-Security-Policy can forbid inline code): the brief's look plus the site's own parts.
 */
import { BRIEF_CSS } from '../brief-html.ts';

const SITE_ONLY_CSS = `header.site{display:flex;gap:1rem;align-items:center;flex-wrap:wrap;border-bottom:1px solid #d0d7de;padding-bottom:.6rem;margin-bottom:1rem}
header.site .home{font-weight:700;font-size:1.1rem;color:#1f2328}form.search{display:flex;gap:.4rem;flex:1 1 18rem}
form.search input{flex:1;font:inherit;padding:.25rem .5rem;border:1px solid #d0d7de;border-radius:6px}
form.search button{font:inherit;padding:.25rem .8rem;border:1px solid #d0d7de;border-radius:6px;background:#f6f8fa;cursor:pointer}
h1.page{font-size:1.7rem;color:#1f2328;line-height:1.25;margin:.4rem 0}
ol.stories{list-style:none;padding:0}ol.stories>li{padding:.6rem 0;border-bottom:1px solid #eaeef2}
ol.stories .headline{font-size:1.1rem;font-weight:600}.counts{display:flex;gap:.9rem;flex-wrap:wrap;font-size:.85rem;color:#57606a}
.counts .corroborated{color:#116329}.counts .disputed{color:#a40e26}.outlets{font-size:.85rem;color:#424a53}
nav.pages{display:flex;gap:1rem;margin:1rem 0}.hits{list-style:none;padding:0}.hits>li{margin:.8rem 0}
.hit{font-size:.9rem;margin:.2rem 0 .2rem 1rem}mark{background:#fff8c5;padding:0 .1rem}
ul.entities{display:flex;flex-wrap:wrap;gap:.3rem .9rem;list-style:none;padding:0}.entity-type{font-size:.75rem;color:#57606a}
ol.articles>li{margin:.6rem 0}details.removed{font-size:.85rem;color:#424a53;margin:.2rem 0}
details.removed summary{cursor:pointer;color:#0a58ca}.reason{font-weight:600;color:#57606a;margin-right:.3rem}
.aliases{color:#57606a}.empty{color:#57606a;font-style:italic}`;

export const SITE_CSS = `${BRIEF_CSS}\n${SITE_ONLY_CSS}\n`;
