import { describe, expect, it } from 'vitest';
import { categoryColor } from '../map/palette';
import type { Story } from '../story';
import { reportLegend, reportText } from './report';

const story: Story = {
  article: { text: 'A sent troops to B. C reportedly sent oil.', lang: 'en', title: 'Title', source: 'Wire', date: '2025-07-12' },
  places: [
    { id: 'a', name: 'A', kind: 'country', country: 'RU', lon: 37, lat: 55, mentions: [] },
    { id: 'b', name: 'B', kind: 'city', lon: 127, lat: 39, mentions: [] },
  ],
  flows: [
    { id: 'f1', from: 'a', to: 'b', category: 'troops', status: 'stated', quantity: 14000, quotes: [{ start: 0, end: 19, text: 'A sent troops to B.' }] },
    { id: 'f2', from: 'b', to: 'a', category: 'oil', status: 'reported', quotes: [{ start: 20, end: 42, text: 'C reportedly sent oil.' }] },
    { id: 'f3', from: 'b', to: 'a', category: 'aid', status: 'denied', quotes: [] },
  ],
};

describe('reportLegend', () => {
  it('lists what the map draws: categories, used width steps, visible statuses (denied hidden by default)', () => {
    const l = reportLegend(story, {}, 'light', 'en')!;
    expect(l.categories.map((c) => c.label)).toEqual(['Troops', 'Oil & fuel']);
    expect(l.categories[0]!.color).toBe(categoryColor('troops', 'light'));
    expect(l.statuses.map((s) => s.label)).toEqual(['Stated', 'Reported / alleged']);
    expect(l.widths.length).toBe(2);
  });
  it('follows the filter', () => {
    const l = reportLegend(story, { categories: new Set(['oil', 'aid'] as const), showDenied: true }, 'dark', 'pt')!;
    expect(l.categories.map((c) => c.label)).toEqual(['Petróleo', 'Ajuda']);
    expect(l.statuses.map((s) => s.label)).toContain('Negado');
    expect(l.headings.categories).toBe('O que se move');
  });
  it('is null for a story without flows', () => {
    expect(reportLegend({ ...story, flows: [] }, {}, 'light', 'en')).toBeNull();
  });
});

describe('reportText', () => {
  it('defaults title and subtitle and writes Title, Source, Software', () => {
    const t = reportText(story, { callouts: true }, '1.2.3');
    expect(t.title).toBe('Title');
    expect(t.subtitle).toBe('Wire · 2025-07-12');
    expect(t.metadata).toMatchObject({ Title: 'Title', Source: 'Wire · 2025-07-12', Software: 'Article Atlas 1.2.3' });
    expect(t.callouts.map((c) => c.text)).toEqual(['A sent troops to B.', 'C reportedly sent oil.']);
  });
  it('keeps an emptied title empty and skips callouts when off', () => {
    const t = reportText(story, { title: '', callouts: false }, '1');
    expect(t.title).toBe('');
    expect(t.callouts).toEqual([]);
  });
});
