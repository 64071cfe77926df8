import { describe, expect, it } from 'vitest';
import { deepFreeze, fixtureStory } from '../io/fixtures/story';
import { validateStory } from '../io/validate';
import { applyCommand, choiceId, CommandError } from './commands';

const base = () => deepFreeze(fixtureStory());
const valid = (s: unknown) => expect(validateStory(s)).toMatchObject({ ok: true });

describe('applyCommand', () => {
  it('moves a place without touching the input', () => {
    const s = base();
    const t = applyCommand(s, { type: 'movePlace', id: 'geonames:111', lon: 1, lat: 2 });
    expect(t.places[1]).toMatchObject({ lon: 1, lat: 2 });
    expect(s.places[1]).toMatchObject({ lon: -179.5, lat: -45 });
    expect(t.places[0]).toBe(s.places[0]);
    expect(t.flows).toBe(s.flows);
    expect(() => applyCommand(s, { type: 'movePlace', id: 'geonames:111', lon: 1, lat: 95 })).toThrow(/Latitude 95 is out of range/);
    expect(() => applyCommand(s, { type: 'movePlace', id: 'nope', lon: 1, lat: 2 })).toThrow(CommandError);
  });

  it('picks another candidate: new id, name, coords; the old choice becomes a candidate; flows follow', () => {
    const s = base();
    const choice = s.places[1]!.candidates![0]!;
    const t = applyCommand(s, { type: 'setPlaceCandidate', id: 'geonames:111', choice });
    const p = t.places[1]!;
    expect(p).toMatchObject({ id: 'geonames:222', name: 'Bravo', lon: 120, lat: 10, country: 'CC', geonameId: 222, confidence: 1 });
    expect(p.mentions).toBe(s.places[1]!.mentions);
    expect(p.candidates![0]).toMatchObject({ geonameId: 111, lon: -179.5 });
    expect(p.candidates!.some((c) => c.geonameId === 222)).toBe(false);
    expect(t.flows.map((f) => f.to)).toEqual(['geonames:222', 'geonames:222']);
    valid(t);
    // and back again
    const u = applyCommand(t, { type: 'setPlaceCandidate', id: 'geonames:222', choice: p.candidates![0]! });
    expect(u.places[1]).toMatchObject({ id: 'geonames:111', lon: -179.5 });
    valid(u);
  });

  it('a candidate without a geonames id gets a stable id; country choices get country:XX', () => {
    expect(choiceId({ name: 'Bravo Region', kind: 'region', lon: 121, lat: 11 })).toBe('place:bravo-region:121.000,11.000');
    expect(choiceId({ name: 'Rússia', kind: 'country', lon: 100, lat: 60, country: 'ru' })).toBe('country:RU');
    expect(choiceId({ name: 'x', kind: 'city', lon: 0, lat: 0, id: 'mine' })).toBe('mine');
  });

  it('merges into an existing place when the choice is already in the story, dropping loops', () => {
    const s = base();
    const t = applyCommand(s, { type: 'setPlaceCandidate', id: 'geonames:333', choice: { name: 'Bravo', kind: 'city', lon: -179.5, lat: -45, geonameId: 111 } });
    expect(t.places.map((p) => p.id)).toEqual(['country:AA', 'geonames:111']);
    expect(t.places[1]!.mentions.map((m) => m.text)).toEqual(['Bravo', 'Charlie', 'Bravo']);
    expect(t.flows.map((f) => f.id)).toEqual(['f1']);
    valid(t);
  });

  it('adds, reverses, recategorises and deletes flows', () => {
    const s = base();
    const a = applyCommand(s, { type: 'addFlow', from: 'geonames:111', to: 'country:AA', category: 'oil', quantity: 3 });
    expect(a.flows[2]).toEqual({ id: 'flow:user-3', from: 'geonames:111', to: 'country:AA', category: 'oil', status: 'stated', quantity: 3, quotes: [] });
    valid(a);
    expect(() => applyCommand(a, { type: 'addFlow', from: 'geonames:111', to: 'country:AA', category: 'oil' })).toThrow(/already exists/);
    expect(() => applyCommand(a, { type: 'addFlow', from: 'country:AA', to: 'country:AA', category: 'oil' })).toThrow(/two different places/);
    expect(() => applyCommand(a, { type: 'addFlow', from: 'country:AA', to: 'zz', category: 'oil' })).toThrow(/No place with id 'zz'/);
    const r = applyCommand(s, { type: 'reverseFlow', id: 'f1' });
    expect(r.flows[0]).toMatchObject({ id: 'f1', from: 'geonames:111', to: 'country:AA', quotes: s.flows[0]!.quotes });
    const c = applyCommand(s, { type: 'recategoriseFlow', id: 'f2', category: 'weapons' });
    expect(c.flows[1]!.category).toBe('weapons');
    expect(() => applyCommand(s, { type: 'recategoriseFlow', id: 'f2', category: 'tanks' as never })).toThrow(/'tanks' is not one of/);
    const d = applyCommand(s, { type: 'deleteFlow', id: 'f1' });
    expect(d.flows.map((f) => f.id)).toEqual(['f2']);
    expect(applyCommand(s, { type: 'setFlowStatus', id: 'f2', status: 'reported' }).flows[1]!.status).toBe('reported');
  });

  it('merges a flow that collides after recategorising, uniting quotes', () => {
    const s = base();
    const t = applyCommand(s, { type: 'reverseFlow', id: 'f2' }); // Bravo → Charlie, missiles
    const u = applyCommand(t, { type: 'addFlow', from: 'geonames:111', to: 'geonames:333', category: 'troops' });
    const v = applyCommand(u, { type: 'recategoriseFlow', id: 'f2', category: 'troops' });
    expect(v.flows.map((f) => f.id)).toEqual(['f1', 'flow:user-3']);
    expect(v.flows[1]!.quotes).toEqual(s.flows[1]!.quotes);
  });

  it('sets and clears the title', () => {
    const s = base();
    expect(applyCommand(s, { type: 'setTitle', title: '  New  ' }).article.title).toBe('New');
    expect('title' in applyCommand(s, { type: 'setTitle', title: '' }).article).toBe(false);
    expect(applyCommand(s, { type: 'renamePlace', id: 'country:AA', name: 'A-land' }).places[0]!.name).toBe('A-land');
  });
});
