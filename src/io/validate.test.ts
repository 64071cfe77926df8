import { describe, expect, it } from 'vitest';
import { fixtureStory } from './fixtures/story';
import { validateStory } from './validate';

const errs = (v: unknown): string[] => {
  const r = validateStory(v);
  return r.ok ? [] : r.errors;
};

describe('validateStory', () => {
  it('accepts a good story and returns it', () => {
    const s = fixtureStory();
    const r = validateStory(s);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toBe(s);
  });

  it('rejects non-objects with a clear message', () => {
    expect(errs(null)[0]).toMatch(/expected a story object/);
    expect(errs([1, 2])[0]).toMatch(/got an array/);
    expect(errs('hello')[0]).toMatch(/got 'hello'/);
    expect(errs({})).toEqual(expect.arrayContaining([expect.stringMatching(/^article: /), expect.stringMatching(/^places: expected an array/), expect.stringMatching(/^flows: expected an array/)]));
  });

  it('names coordinates out of range with their path', () => {
    const s = fixtureStory();
    s.places[2]!.lat = 123;
    s.places[0]!.lon = -200;
    expect(errs(s)).toEqual(['places[0].lon: -200 is out of range [-180, 180]', 'places[2].lat: 123 is out of range [-90, 90]']);
  });

  it('names unknown categories, statuses and kinds', () => {
    const s = fixtureStory() as unknown as { flows: Record<string, unknown>[]; places: Record<string, unknown>[] };
    s.flows[0]!.category = 'tanks';
    s.flows[1]!.status = 'rumoured';
    s.places[1]!.kind = 'village';
    const e = errs(s);
    expect(e).toContain("flows[0].category: 'tanks' is not one of troops, weapons, munitions, missiles, vehicles, technology, oil, money, aid, training, people, visit, other");
    expect(e.some((m) => m.startsWith("flows[1].status: 'rumoured' is not one of stated"))).toBe(true);
    expect(e).toContain("places[1].kind: 'village' is not one of country, region, city, other");
  });

  it('names dangling and duplicate ids', () => {
    const s = fixtureStory();
    s.flows[1]!.from = 'x';
    s.places[2]!.id = 'geonames:111';
    const e = errs(s);
    expect(e).toContain("places[2].id: 'geonames:111' is used by another place");
    expect(e).toContain("flows[1].from: 'x' does not match any place id");
  });

  it('checks spans against the article text', () => {
    const s = fixtureStory();
    s.places[0]!.mentions[0] = { start: 0, end: 9, text: 'Country B' };
    s.flows[0]!.quotes[0] = { start: 5, end: 99999, text: 'x' };
    const e = errs(s);
    expect(e).toContain("places[0].mentions[0].text: 'Country B' does not match the article text at [0, 9): 'Country A'");
    expect(e[1]).toMatch(/^flows\[0\]\.quotes\[0\]: \[5, 99999\) is outside the article text \(length \d+\)$/);
  });

  it('checks article fields and quantities', () => {
    const s = fixtureStory() as unknown as { article: Record<string, unknown>; flows: Record<string, unknown>[] };
    s.article.lang = 'de';
    s.flows[0]!.quantity = '14 mil';
    const e = errs(s);
    expect(e).toContain("article.lang: 'de' is not one of pt, en, es, fr");
    expect(e).toContain("flows[0].quantity: '14 mil' is not a number ≥ 0 or null");
  });

  it('caps the number of messages', () => {
    const s = fixtureStory();
    for (let i = 0; i < 50; i++) s.flows.push({ ...s.flows[0]!, id: `g${i}`, category: 'tanks' as never });
    const e = errs(s);
    expect(e.length).toBe(13);
    expect(e[12]).toBe('…and 38 more problems');
  });
});
