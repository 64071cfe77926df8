/**
 * Flows as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break
 * quoted and their quotes doubled). Safe to open in a spreadsheet: a text cell starting with = + - @
 * (or a tab or carriage return) gets a leading apostrophe so it is never taken for a formula. Numbers
 * are written as numbers.
 */
import type { Story } from '../story';

export const CSV_COLUMNS = [
  'id', 'from_id', 'from_name', 'from_lon', 'from_lat', 'to_id', 'to_name', 'to_lon', 'to_lat', 'category', 'status',
  'quantity', 'unit', 'qualifier', 'quantity_text', 'magnitude', 'quotes',
] as const;

type Cell = string | number | null | undefined;

/** One cell, neutralised against formula injection and quoted when needed. */
export function csvCell(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  let s = v;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function flowsToCsv(story: Story): string {
  const byId = new Map(story.places.map((p) => [p.id, p]));
  const rows: Cell[][] = [[...CSV_COLUMNS]];
  for (const f of story.flows) {
    const a = byId.get(f.from);
    const b = byId.get(f.to);
    rows.push([
      f.id, f.from, a?.name, a?.lon, a?.lat, f.to, b?.name, b?.lon, b?.lat, f.category, f.status,
      f.quantity, f.unit, f.qualifier, f.quantityText, f.magnitude, f.quotes.map((q) => q.text).join(' | '),
    ]);
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Parse RFC 4180 text into rows (for tests and for reading the export back). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else cell += ch;
      i++;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
    i++;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
