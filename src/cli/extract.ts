/**
 * article-atlas extract [--lang xx] [FILE|-]       one Story JSON for one article (no FILE or "-" = stdin)
 * article-atlas extract --jsonl FILE [--lang xx]   one Story JSON per input line {"id"?,"text","title"?,"lang"?}
 *
 * Thin wrapper over analyze(): reads input, checks it is text (UTF-8, not binary), writes JSON.
 * Exit codes: 0 ok, 1 some JSONL lines failed (the others were still written), 2 bad usage or input.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../extract';
import { loadGazetteer } from '../places/load-node';
import { LANGS, type Lang } from '../story';
import { isLang } from '../text/lang';

const USAGE = 'usage: article-atlas extract [--lang pt|en|es|fr] [FILE|-]\n       article-atlas extract --jsonl FILE|- [--lang pt|en|es|fr]';

class InputError extends Error {}

/** Decode bytes as strict UTF-8 and refuse binary content. */
export function decodeText(bytes: Uint8Array, what: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${what}: not valid UTF-8 text`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // NUL and most C0 controls do not occur in text
  let ctrl = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) throw new InputError(`${what}: binary data (NUL bytes), expected text`);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) ctrl++;
  }
  if (ctrl > 8 && ctrl > text.length / 100) throw new InputError(`${what}: binary data (control bytes), expected text`);
  return text;
}

function readInput(file: string | undefined): Uint8Array {
  if (!file || file === '-') return readFileSync(0);
  return readFileSync(file);
}

export async function extractCommand(args: string[]): Promise<number> {
  let lang: Lang | undefined;
  let jsonl = false;
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a.includes('=') ? a.slice(7) : args[++i];
      if (!v || !isLang(v)) {
        process.stderr.write(`article-atlas extract: unsupported language "${v ?? ''}"; supported: ${LANGS.join(', ')}\n`);
        return 2;
      }
      lang = v;
    } else if (a === '--jsonl') jsonl = true;
    else if (a === '-h' || a === '--help') {
      process.stdout.write(USAGE + '\n');
      return 0;
    } else if (a.startsWith('--')) {
      process.stderr.write(`article-atlas extract: unknown option ${a}\n${USAGE}\n`);
      return 2;
    } else if (file === undefined) file = a;
    else {
      process.stderr.write(`article-atlas extract: one input at a time\n${USAGE}\n`);
      return 2;
    }
  }

  let text: string;
  try {
    text = decodeText(readInput(file), file && file !== '-' ? file : 'stdin');
  } catch (e) {
    process.stderr.write(`article-atlas extract: ${e instanceof InputError ? e.message : (e as Error).message}\n`);
    return 2;
  }
  let gaz;
  try {
    gaz = loadGazetteer();
  } catch (e) {
    process.stderr.write(`article-atlas extract: ${(e as Error).message}\n`);
    return 2;
  }

  if (!jsonl) {
    process.stdout.write(JSON.stringify(analyze(text, gaz, lang ? { lang } : {})) + '\n');
    return 0;
  }

  let failed = 0;
  const lines = text.split('\n');
  const out: string[] = [];
  const flush = (): void => {
    if (out.length) process.stdout.write(out.join(''));
    out.length = 0;
  };
  lines.forEach((line, k) => {
    if (!line.trim()) return;
    const where = `line ${k + 1}`;
    let doc: unknown;
    try {
      doc = JSON.parse(line);
    } catch (e) {
      failed++;
      process.stderr.write(`article-atlas extract: ${where}: malformed JSON (${(e as Error).message})\n`);
      return;
    }
    const d = doc as { id?: unknown; text?: unknown; title?: unknown; lang?: unknown };
    if (typeof d !== 'object' || d === null || typeof d.text !== 'string') {
      failed++;
      process.stderr.write(`article-atlas extract: ${where}: expected an object with a "text" string\n`);
      return;
    }
    let docLang = lang;
    if (d.lang !== undefined && d.lang !== null && d.lang !== '') {
      if (typeof d.lang !== 'string' || !isLang(d.lang)) {
        failed++;
        process.stderr.write(`article-atlas extract: ${where}: unsupported language "${String(d.lang)}"; supported: ${LANGS.join(', ')}\n`);
        return;
      }
      docLang = d.lang;
    }
    const opts: { lang?: Lang; title?: string; id?: string } = {};
    if (docLang) opts.lang = docLang;
    if (typeof d.title === 'string') opts.title = d.title;
    if (typeof d.id === 'string' || typeof d.id === 'number') opts.id = String(d.id);
    const story = analyze(d.text, gaz, opts);
    if (typeof d.id === 'number') (story as { id?: unknown }).id = d.id;
    out.push(JSON.stringify(story) + '\n');
    if (out.length >= 64) flush();
  });
  flush();
  if (failed) process.stderr.write(`article-atlas extract: ${failed} line(s) failed\n`);
  return failed ? 1 : 0;
}
