/**
 * Ways to bring an article or a story in: a paste dialog, a file picker, drag and drop anywhere on the
 * page. Files are read as text and classified by src/io/input.ts; HTML is parsed by DOMParser into an
 * inert document (no script runs, nothing loads) and reduced to text by src/io/html.ts.
 */
import { htmlToArticle } from '../io/html';
import { ACCEPT, readInput, type Input } from '../io/input';
import type { Result } from '../io/validate';
import { LANGS, type Lang } from '../story';
import { h } from './dom';

export function parseHtml(html: string): ReturnType<typeof htmlToArticle> {
  return htmlToArticle(new DOMParser().parseFromString(html, 'text/html'));
}

export function readNamed(name: string, content: string): Result<Input> {
  return readInput(name, content, { html: parseHtml });
}

export async function readFile(file: File): Promise<Result<Input>> {
  try {
    return readNamed(file.name, await file.text());
  } catch (e) {
    return { ok: false, errors: [`Could not read ${file.name}: ${(e as Error).message}`] };
  }
}

export interface PasteResult {
  text: string;
  title?: string;
  lang?: Lang;
}

/** A modal dialog with a textarea; resolves on "Map it", null on cancel. */
export function pasteDialog(onSubmit: (r: PasteResult) => void): HTMLDialogElement {
  const text = h('textarea', { id: 'paste-text', rows: 14, 'aria-label': 'Article text', placeholder: 'Paste the article text here (Portuguese, English, Spanish or French)…', required: true });
  const title = h('input', { id: 'paste-title', type: 'text', 'aria-label': 'Title (optional)', placeholder: 'Title (optional)' });
  const lang = h('select', { id: 'paste-lang', 'aria-label': 'Language' }, h('option', { value: '' }, 'Detect language'), ...LANGS.map((l) => h('option', { value: l }, l)));
  const dialog = h('dialog', { className: 'paste-dialog', 'aria-label': 'Paste an article' });
  const form = h(
    'form',
    {
      method: 'dialog',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const t = text.value;
        if (!t.trim()) {
          text.focus();
          return;
        }
        dialog.close();
        const r: PasteResult = { text: t };
        if (title.value.trim()) r.title = title.value.trim();
        if (lang.value) r.lang = lang.value as Lang;
        text.value = '';
        title.value = '';
        onSubmit(r);
      },
    },
    h('h2', {}, 'Paste an article'),
    text,
    h('div', { className: 'row' }, title, lang),
    h('div', { className: 'row end' }, h('button', { type: 'button', onclick: () => dialog.close() }, 'Cancel'), h('button', { type: 'submit', id: 'paste-submit', className: 'primary' }, 'Map it')),
  );
  dialog.append(form);
  return dialog;
}

export function fileInput(onFile: (f: File) => void): HTMLInputElement {
  const input = h('input', { type: 'file', accept: ACCEPT, id: 'open-file', className: 'visually-hidden', tabindex: -1, 'aria-hidden': 'true' });
  input.addEventListener('change', () => {
    const f = input.files?.[0];
    input.value = '';
    if (f) onFile(f);
  });
  return input;
}

/** Drop a file anywhere on the page; `onEnter` is told when a file is dragged over it. */
export function enableDrop(target: HTMLElement, onFile: (f: File) => void, onEnter?: () => void): void {
  let depth = 0;
  const has = (e: DragEvent): boolean => Array.from(e.dataTransfer?.types ?? []).includes('Files');
  target.addEventListener('dragenter', (e) => {
    if (!has(e)) return;
    if (depth === 0) onEnter?.();
    depth++;
    target.classList.add('dropping');
  });
  target.addEventListener('dragleave', () => {
    if (--depth <= 0) {
      depth = 0;
      target.classList.remove('dropping');
    }
  });
  target.addEventListener('dragover', (e) => {
    if (has(e)) e.preventDefault();
  });
  target.addEventListener('drop', (e) => {
    depth = 0;
    target.classList.remove('dropping');
    const f = e.dataTransfer?.files?.[0];
    if (!f) return;
    e.preventDefault();
    onFile(f);
  });
}
