import { describe, expect, it } from 'vitest';
import { drawnAt, flowLods, labelLods, LOD_FIRST_ZOOM, LOD_MAX_ZOOM, type LodFlow } from './lod';

const flow = (id: string, status: LodFlow['status'] = 'stated', w = 2, quotes = 1): LodFlow => ({ id, status, w, quotes });

describe('flowLods', () => {
  it('draws every flow at every zoom when the story is within the budget', () => {
    const lods = flowLods([flow('a'), flow('b', 'denied')], 2);
    expect([...lods.values()]).toEqual([0, 0]);
  });

  it('keeps stated, large, well-quoted flows at low zoom and defers the rest by doubling rank', () => {
    const flows = [flow('small', 'stated', 1), flow('rep', 'reported', 9), flow('big', 'stated', 8), flow('denied', 'denied', 9), flow('quoted', 'stated', 1, 5)];
    const lods = flowLods(flows, 1);
    expect(lods.get('big')).toBe(0);
    expect(lods.get('quoted')).toBe(LOD_FIRST_ZOOM); // rank 1
    expect(lods.get('small')).toBe(LOD_FIRST_ZOOM + 1); // rank 2
    expect(lods.get('rep')).toBe(LOD_FIRST_ZOOM + 1); // rank 3
    expect(lods.get('denied')).toBe(LOD_FIRST_ZOOM + 2); // rank 4
  });

  it('caps at LOD_MAX_ZOOM and counts what a zoom draws', () => {
    const flows = Array.from({ length: 5000 }, (_, i) => flow(`f${i}`));
    const lods = flowLods(flows, 300);
    expect(Math.max(...lods.values())).toBeLessThanOrEqual(LOD_MAX_ZOOM);
    expect(drawnAt(lods.values(), 2.9)).toBe(300);
    expect(drawnAt(lods.values(), 3)).toBe(600);
    expect(drawnAt(lods.values(), LOD_MAX_ZOOM)).toBe(5000);
    // Story order breaks ties: the first 300 are the ones always drawn.
    expect(lods.get('f299')).toBe(0);
    expect(lods.get('f300')).toBe(LOD_FIRST_ZOOM);
  });
});

describe('labelLods', () => {
  it('labels the most mentioned places everywhere, the rest later, countries first on ties', () => {
    const places = [
      { id: 'quiet', kind: 'city', n: 1 },
      { id: 'busy', kind: 'city', n: 9 },
      { id: 'country', kind: 'country', n: 1 },
      { id: 'last', kind: 'other', n: 0 },
    ];
    const l = labelLods(places, 1);
    expect(l.get('busy')).toBe(0);
    expect(l.get('country')).toBe(LOD_FIRST_ZOOM); // rank 1: countries before cities on ties
    expect(l.get('quiet')).toBe(LOD_FIRST_ZOOM + 1);
    expect(l.get('last')).toBe(LOD_FIRST_ZOOM + 1);
    expect([...labelLods(places, 10).values()].every((z) => z === 0)).toBe(true);
  });
});
