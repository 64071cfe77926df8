import { describe, expect, it } from 'vitest';
import { PACIFIC, XSS } from './fixtures/stories';
import { flowPopup, placePopup, segment } from './popup-model';

const joined = (segs: { text: string }[]) => segs.map((s) => s.text).join('');
const marked = (segs: { text: string; mark: boolean }[]) => segs.filter((s) => s.mark).map((s) => s.text);

describe('segment', () => {
  it('cuts text into runs with marks, clipping and merging overlaps', () => {
    expect(segment('abcdef', 10, [{ start: 11, end: 13 }])).toEqual([
      { text: 'a', mark: false },
      { text: 'bc', mark: true },
      { text: 'def', mark: false },
    ]);
    expect(segment('abcdef', 0, [{ start: 0, end: 3 }, { start: 2, end: 4 }, { start: 5, end: 99 }]).map((s) => [s.text, s.mark])).toEqual([
      ['abc', true],
      ['d', true],
      ['e', false],
      ['f', true],
    ]);
  });
});

describe('placePopup', () => {
  it('quotes every sentence mentioning the place verbatim, mentions marked, one passage per sentence', () => {
    const p = placePopup(PACIFIC, 'city:vvo')!;
    expect(p.title).toBe('Vladivostok');
    expect(p.kindLabel).toBe('City');
    expect(p.country).toBe('RU');
    expect(p.mentionCount).toBe(3);
    expect(p.passages).toHaveLength(3);
    for (const ps of p.passages) {
      expect(joined(ps.segments)).toBe(PACIFIC.article.text.slice(ps.start, ps.end));
      expect(marked(ps.segments)).toEqual(['Vladivostok']);
    }
    expect(joined(p.passages[0]!.segments)).toBe('Officials in Vladivostok said troops left for Los Angeles.');
  });

  it('speaks the requested language and returns null for unknown ids', () => {
    expect(placePopup(PACIFIC, 'city:vvo', 'pt')!.kindLabel).toBe('Cidade');
    expect(placePopup(PACIFIC, 'nope')).toBeNull();
  });
});

describe('flowPopup', () => {
  it('gives from → to, category, amount in the article words, status, quotes and source', () => {
    const f = flowPopup(PACIFIC, 'f5')!;
    expect(f.title).toBe('Moscow → Anchorage');
    expect(f.categoryLabel).toBe('Troops');
    expect(f.amount).toBe('More than 2,500 soldiers');
    expect(f.statusLabel).toBe('Stated');
    expect(f.source).toBe('Test Wire, 2026-01-02');
    expect(f.passages).toHaveLength(1);
    expect(joined(f.passages[0]!.segments)).toBe('More than 2,500 soldiers were flown from Moscow to Anchorage.');
    expect(marked(f.passages[0]!.segments)).toEqual(['More than 2,500', 'Moscow', 'Anchorage']);
  });

  it('says a reported flow is reported and builds an amount from fields when the words are missing', () => {
    expect(flowPopup(PACIFIC, 'f2')!.statusLabel).toBe('Reported / alleged');
    expect(flowPopup(PACIFIC, 'f1')!.amount).toBeNull();
    const story = { ...PACIFIC, flows: [{ ...PACIFIC.flows[0]!, quantity: 1000, qualifier: 'about', unit: 'soldiers' }] };
    expect(flowPopup(story, 'f1', 'en')!.amount).toBe('about 1,000 soldiers');
  });

  it('keeps script payloads as plain text runs', () => {
    const f = flowPopup(XSS, 'x1')!;
    const text = joined(f.passages[0]!.segments);
    expect(text).toContain('<img src=x onerror="window.__pwned=1">');
    expect(text).toContain('<script>');
    expect(f.source).toBe('<b onmouseover=alert(1)>Wire</b>');
  });
});
