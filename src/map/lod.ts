/**
 * Generalisation for dense stories, the way tile makers drop features at low zooms: each flow gets the
 * lowest zoom it is drawn at (`lod`). The `budget` most important flows are drawn at every zoom; each
 * further doubling of rank waits for one more zoom level, so a world view of a 5,000-flow story shows
 * the flows that matter instead of an unreadable, slow hairball, and zooming in reveals the rest.
 * Importance: stated before reported before planned, suspended and denied; then larger quantities;
 * then more supporting quotes; then story order. Stories within the budget are drawn in full at every zoom.
 */
import { FLOW_STATUSES, type FlowStatus } from '../story';

/** Flows drawn at every zoom. */
export const LOD_BUDGET = 300;
/** The zoom at which flows ranked budget..2·budget appear; each next doubling one zoom later. */
export const LOD_FIRST_ZOOM = 3;
/** Every flow is drawn from this zoom on. */
export const LOD_MAX_ZOOM = 7;
/** Place labels placed at every zoom (markers are always drawn; labels are what costs: collision placement). */
export const LABEL_BUDGET = 150;

export interface LodFlow {
  id: string;
  status: FlowStatus;
  /** Drawn width (grows with quantity). */
  w: number;
  quotes: number;
}

const STATUS_RANK: Record<FlowStatus, number> = { stated: 0, reported: 1, planned: 2, suspended: 3, denied: 4 };

/** Flow id → the lowest zoom at which it is drawn (0 = always). */
export function flowLods(flows: readonly LodFlow[], budget = LOD_BUDGET): Map<string, number> {
  const status = (f: LodFlow): number => STATUS_RANK[f.status] ?? FLOW_STATUSES.length;
  return lodsByImportance(flows, (x, y) => status(x) - status(y) || y.w - x.w || y.quotes - x.quotes, budget);
}

/** Id → zoom for items ranked by `compare` (ties keep input order): the first `budget` at every zoom. */
function lodsByImportance<T extends { id: string }>(items: readonly T[], compare: (x: T, y: T) => number, budget: number): Map<string, number> {
  const out = new Map<string, number>();
  if (items.length <= budget) {
    for (const it of items) out.set(it.id, 0);
    return out;
  }
  const order = items.map((it, i) => ({ it, i }));
  order.sort((x, y) => compare(x.it, y.it) || x.i - y.i);
  order.forEach(({ it }, rank) => out.set(it.id, lodOfRank(rank, budget)));
  return out;
}

/** The zoom an item of this importance rank (0 = most important) appears at, for a budget. */
export function lodOfRank(rank: number, budget: number): number {
  return rank < budget ? 0 : Math.min(LOD_MAX_ZOOM, LOD_FIRST_ZOOM + Math.floor(Math.log2(rank / budget)));
}

export interface LodPlace {
  id: string;
  kind: string;
  /** Mentions in the article. */
  n: number;
}

const KIND_RANK: Record<string, number> = { country: 0, region: 1, city: 2 };

/**
 * Place id → the lowest zoom its label is placed at: the `budget` most mentioned places (countries
 * first on ties) everywhere, the rest by doubling rank.
 */
export function labelLods(places: readonly LodPlace[], budget = LABEL_BUDGET): Map<string, number> {
  return lodsByImportance(places, (x, y) => y.n - x.n || (KIND_RANK[x.kind] ?? 3) - (KIND_RANK[y.kind] ?? 3), budget);
}

/** How many of `lods` are drawn at a (fractional) map zoom: tiles filter at whole zoom levels. */
export function drawnAt(lods: Iterable<number>, zoom: number): number {
  const z = Math.floor(zoom);
  let n = 0;
  for (const l of lods) if (l <= z) n++;
  return n;
}
