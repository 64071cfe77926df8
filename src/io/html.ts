/**
 * An HTML page (already parsed into an inert Document by DOMParser, which runs no script and loads
 * nothing) → article text and metadata. Text comes from the paragraphs of <article> (or <main>, or the
 * body), one block per paragraph, read with textContent; scripts, styles and templates are ignored.
 * Title from the article's <h1>, og:title or <title>; source from og:site_name; date from
 * article:published_time or the first <time datetime>.
 */
export interface HtmlArticle {
  text: string;
  title?: string;
  source?: string;
  date?: string;
  url?: string;
}

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, pre, td';
const SKIP = 'script, style, noscript, template, iframe, object, embed, svg, nav, footer, form, button';

const clean = (s: string | null | undefined): string => (s ?? '').replace(/[\s\u00a0]+/g, ' ').trim();

function meta(doc: Document, ...names: string[]): string | undefined {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = clean(el?.getAttribute('content'));
    if (v) return v;
  }
  return undefined;
}

export function htmlToArticle(doc: Document): HtmlArticle {
  for (const el of Array.from(doc.querySelectorAll(SKIP))) el.remove();
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body ?? doc.documentElement;
  const blocks: string[] = [];
  if (root) {
    // Innermost blocks only, so a <li><p>…</p></li> is read once.
    for (const el of Array.from(root.querySelectorAll(BLOCKS))) {
      if (el.querySelector(BLOCKS)) continue;
      const t = clean(el.textContent);
      if (t) blocks.push(t);
    }
    if (!blocks.length) {
      const t = (root.textContent ?? '').split(/\n\s*\n/).map(clean).filter(Boolean);
      blocks.push(...t);
    }
  }
  const out: HtmlArticle = { text: blocks.join('\n\n') };
  const title = clean(root?.querySelector('h1')?.textContent) || meta(doc, 'og:title', 'twitter:title') || clean(doc.querySelector('title')?.textContent) || clean(doc.querySelector('h1')?.textContent);
  if (title) out.title = title;
  const source = meta(doc, 'og:site_name', 'application-name', 'publisher');
  if (source) out.source = source;
  const date = meta(doc, 'article:published_time', 'datePublished', 'date', 'pubdate', 'dc.date') || clean(doc.querySelector('time[datetime]')?.getAttribute('datetime')) || undefined;
  if (date) out.date = date;
  const url = meta(doc, 'og:url') || clean(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) || undefined;
  if (url && /^https?:\/\//i.test(url)) out.url = url;
  return out;
}
