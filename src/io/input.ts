/**
 * What a user hands the page (a pasted text, a dropped or opened file, a ?story= URL) → either article
 * text to extract or a ready story. Chosen by file extension, then by content (JSON, GeoJSON, HTML).
 * HTML parsing is injected (DOMParser in the page) so this module stays pure.
 */
import type { Story } from '../story';
import { isFeatureCollection, storyFromGeoJSON } from './geojson';
import type { HtmlArticle } from './html';
import { parseJson } from './json';
import { validateStory, type Result } from './validate';

export type Input =
  | { kind: 'text'; text: string; title?: string; source?: string; date?: string; url?: string }
  | { kind: 'story'; story: Story };

export interface InputOptions {
  /** Turns HTML into article text (the page passes DOMParser + htmlToArticle). */
  html?: (html: string) => HtmlArticle;
}

export const MAX_INPUT_CHARS = 25_000_000;
export const ACCEPT = '.txt,.md,.markdown,.html,.htm,.json,.geojson,text/plain,text/markdown,text/html,application/json,application/geo+json';

function ext(name: string): string {
  const m = /\.([a-z0-9]+)$/i.exec(name);
  return m ? m[1]!.toLowerCase() : '';
}

function looksBinary(s: string): boolean {
  if (s.includes('\u0000')) return true;
  const sample = s.slice(0, 100_000);
  let bad = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0xfffd) bad++;
  return bad > 8 && bad > sample.length / 200;
}

/** Story JSON or our GeoJSON, from text. */
export function storyFromText(text: string, name = 'file'): Result<Story> {
  const parsed = parseJson(text, name);
  if (!parsed.ok) return parsed;
  return isFeatureCollection(parsed.value) ? storyFromGeoJSON(parsed.value) : validateStory(parsed.value);
}

/** Plain text or Markdown → article text (CRLF normalised); a leading "# " line becomes the title. */
export function textInput(content: string, markdown = false): Input {
  const text = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const out: Input = { kind: 'text', text };
  if (markdown) {
    const m = /^\s*#\s+(.+)$/m.exec(text);
    if (m) out.title = m[1]!.trim();
  }
  return out;
}

export function readInput(name: string, content: string, o: InputOptions = {}): Result<Input> {
  if (content.length > MAX_INPUT_CHARS) return { ok: false, errors: [`${name} is too large (${(content.length / 1e6).toFixed(1)} M characters; the limit is ${MAX_INPUT_CHARS / 1e6} M)`] };
  if (looksBinary(content)) return { ok: false, errors: [`${name} is not UTF-8 text (binary data?)`] };
  const e = ext(name);
  const head = content.replace(/^\uFEFF/, '').trimStart().slice(0, 200).toLowerCase();
  const isJson = e === 'json' || e === 'geojson' || (!e && (head.startsWith('{') || head.startsWith('[')));
  if (isJson) {
    const r = storyFromText(content, name);
    return r.ok ? { ok: true, value: { kind: 'story', story: r.value } } : r;
  }
  const isHtml = e === 'html' || e === 'htm' || (!['txt', 'md', 'markdown'].includes(e) && /^(<!doctype html|<html|<head|<body|<article)/.test(head));
  if (isHtml) {
    if (!o.html) return { ok: false, errors: ['HTML files can only be read in the browser'] };
    const a = o.html(content);
    if (!a.text.trim()) return { ok: false, errors: [`${name}: no article text found in the HTML`] };
    return { ok: true, value: { kind: 'text', ...a } };
  }
  return { ok: true, value: textInput(content, e === 'md' || e === 'markdown') };
}
