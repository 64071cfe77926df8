/**
 * Page furniture at the top of a pasted article: a date stamp ("date 2025-07"), a photo caption with
 * its credit ("… RUSSIAN FOREIGN MINISTRY/AFP …", "Foto: …"), a headline. Articles copied from news
 * sites often start this way; the story keeps the text verbatim, and this module only reads metadata
 * from it and says where the body starts. Pure.
 */

export interface FrontMatter {
  /** ISO date (YYYY-MM or YYYY-MM-DD) from a leading "date …" stamp. */
  date?: string;
  /** A leading headline: a short first line without sentence punctuation that is not a caption. */
  title?: string;
  /** Offset where the article body starts (after the stamp, caption and headline lines). */
  bodyStart: number;
}

const DATE_STAMP = /^\s*(?:date|data|fecha|publi(?:shed|cado|é)(?: le| em| el)?)\s*:?\s+(\d{4}-\d{2}(?:-\d{2})?)\b\s*/i;
/** A photo credit: agency after a slash ("MINISTRY/AFP"), or a "Foto:/Photo:" lead. */
const CREDIT = /(?:\/\s*(?:AFP|AP|Reuters|EFE|ANSA|DPA|Getty(?: Images)?|Xinhua|TASS|Sputnik|Yonhap|KCNA|Agência Brasil|Folhapress|Estadão Conteúdo|Lusa)\b)|^(?:foto|photo|imagem|image|crédito|credit)s?\s*:/i;
const MAX_TITLE = 160;

export function frontMatter(text: string): FrontMatter {
  const out: FrontMatter = { bodyStart: 0 };
  let pos = 0;
  const stamp = DATE_STAMP.exec(text);
  if (stamp) {
    out.date = stamp[1]!;
    pos = stamp[0].length;
  }
  // Look at up to three leading lines: captions are skipped, the first short unpunctuated line is the title.
  for (let n = 0; n < 3 && pos < text.length; n++) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(pos, end).trim();
    if (line === '') {
      pos = end + 1;
      continue;
    }
    if (CREDIT.test(line)) {
      pos = end + 1;
      out.bodyStart = Math.min(pos, text.length);
      continue;
    }
    if (!out.title && line.length <= MAX_TITLE && !/[.!?…:;,]$/.test(line) && nl >= 0) {
      out.title = line;
      pos = end + 1;
      out.bodyStart = Math.min(pos, text.length);
      continue;
    }
    break;
  }
  if (out.bodyStart === 0 && stamp) out.bodyStart = pos;
  while (out.bodyStart < text.length && /\s/.test(text[out.bodyStart]!)) out.bodyStart++;
  return out;
}

/** A title for a story that has none: the headline, else the body's first sentence, shortened. */
export function leadTitle(text: string, max = 140): string {
  const fm = frontMatter(text);
  if (fm.title) return fm.title;
  const body = text.slice(fm.bodyStart);
  const m = /^[\s\S]*?[.!?…](?=\s|$)/.exec(body);
  const first = (m ? m[0] : body.split('\n')[0] ?? '').replace(/\s+/g, ' ').trim();
  return first.length > max ? `${first.slice(0, max - 1).trimEnd()}…` : first;
}
