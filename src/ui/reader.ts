/**
 * The article reader: the article text with every place mention highlighted. Built from text nodes
 * only. Each mention is focusable and acts as a button (click, Enter or Space): it shows its place on
 * the map. Paragraphs at blank lines, line breaks kept.
 */
import type { Story } from '../story';
import { h } from './dom';

interface Mark {
  start: number;
  end: number;
  place: string;
  name: string;
  kind: string;
}

export function renderReader(story: Story, onMention: (placeId: string) => void): HTMLElement {
  const text = story.article.text;
  const marks: Mark[] = [];
  for (const p of story.places) for (const m of p.mentions) if (m.end > m.start) marks.push({ start: m.start, end: m.end, place: p.id, name: p.name, kind: p.kind });
  marks.sort((a, b) => a.start - b.start || b.end - a.end);

  const root = h('div', { className: 'reader', lang: story.article.lang });
  let para = h('p');
  root.append(para);
  const emitText = (s: string): void => {
    for (const part of s.split(/(\n[ \t]*\n\s*|\n)/)) {
      if (!part) continue;
      if (part === '\n') para.append(h('br'));
      else if (/^\n[ \t]*\n/.test(part)) {
        para = h('p');
        root.append(para);
      } else para.append(document.createTextNode(part));
    }
  };
  let at = 0;
  let n = 0;
  for (const m of marks) {
    if (m.start < at || m.end > text.length) continue; // overlapping or out of range
    emitText(text.slice(at, m.start));
    para.append(
      h(
        'mark',
        {
          className: `mention mention-${m.kind}`,
          role: 'button',
          tabindex: 0,
          'data-place': m.place,
          'data-key': `mention-${n++}`,
          'aria-label': `${text.slice(m.start, m.end)}: show ${m.name} on the map`,
        },
        text.slice(m.start, m.end),
      ),
    );
    at = m.end;
  }
  emitText(text.slice(at));
  for (const p of Array.from(root.querySelectorAll('p'))) if (!p.childNodes.length) p.remove();

  const activate = (e: Event): void => {
    const t = (e.target as HTMLElement).closest?.('mark[data-place]');
    if (!(t instanceof HTMLElement)) return;
    e.preventDefault();
    onMention(t.dataset.place!);
  };
  root.addEventListener('click', activate);
  root.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') activate(e);
  });
  return root;
}
