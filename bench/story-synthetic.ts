/** A deterministic synthetic story for the story-map benchmark: many places, many flows, hubs. */
import { FLOW_CATEGORIES, FLOW_STATUSES, type Flow, type Place, type Story } from '../src/story';

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticStory(nPlaces = 2000, nFlows = 5000, seed = 42): Story {
  const r = rng(seed);
  const kinds = ['city', 'city', 'city', 'region', 'country'] as const;
  const places: Place[] = [];
  for (let i = 0; i < nPlaces; i++) {
    places.push({
      id: `p${i}`,
      name: `Place ${i}`,
      kind: kinds[Math.floor(r() * kinds.length)]!,
      lon: Math.round((r() * 340 - 170) * 1e4) / 1e4,
      lat: Math.round((r() * 120 - 50) * 1e4) / 1e4,
      mentions: [],
    });
  }
  const flows: Flow[] = [];
  for (let i = 0; i < nFlows; i++) {
    // Hubs: a fifth of the flows start at one of 20 places, like real stories' capitals.
    const from = r() < 0.2 ? Math.floor(r() * 20) : Math.floor(r() * nPlaces);
    let to = Math.floor(r() * nPlaces);
    if (to === from) to = (to + 1) % nPlaces;
    const q = r();
    flows.push({
      id: `f${i}`,
      from: `p${from}`,
      to: `p${to}`,
      category: FLOW_CATEGORIES[Math.floor(r() * FLOW_CATEGORIES.length)]!,
      status: FLOW_STATUSES[Math.floor(r() * 3)]!,
      ...(q < 0.6 ? { quantity: Math.round(10 ** (r() * 7)) } : {}),
      quotes: [],
    });
  }
  return { id: 'synthetic', article: { text: 'Synthetic story for benchmarks.', lang: 'en', title: 'Synthetic' }, places, flows };
}
