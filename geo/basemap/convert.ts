/**
 * world-atlas TopoJSON → the flat-map basemap features: land fill, country polygons (ISO-coded),
 * land borders (arcs shared by two different countries) and coastlines (the land outline), every
 * geometry fixed for the antimeridian and the poles and rounded. Pure: topologies in, features out.
 */
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { dropCutEdges, lineToWorld, onPole, polygonToWorld } from './antimeridian';
import { roundLines, roundPolygons } from './clean';
import type { Line, Poly, Pos } from './geometry';

export type Layer = 'land' | 'country' | 'border' | 'coast';
export type BasemapFeature = Feature<Polygon | MultiPolygon | LineString | MultiLineString, { l: Layer; iso?: string }>;

type AnyGeom = { type: string; coordinates?: unknown; geometries?: AnyGeom[] };

/** All polygons of a GeoJSON geometry (Polygon, MultiPolygon, GeometryCollection). */
export function polygonsOf(g: AnyGeom | null | undefined): Poly[] {
  if (!g) return [];
  if (g.type === 'Polygon') return [g.coordinates as Poly];
  if (g.type === 'MultiPolygon') return g.coordinates as Poly[];
  if (g.type === 'GeometryCollection') return (g.geometries ?? []).flatMap(polygonsOf);
  return [];
}

export function linesOf(g: AnyGeom | null | undefined): Line[] {
  if (!g) return [];
  if (g.type === 'LineString') return [g.coordinates as Line];
  if (g.type === 'MultiLineString') return g.coordinates as Line[];
  return [];
}

/** Spherical polygons → flat, rounded polygons within [-180, 180]. */
export function fixPolygons(polys: readonly Poly[], decimals: number): Poly[] {
  return roundPolygons(polys.flatMap((p) => polygonToWorld(p)), decimals);
}

/** Spherical lines → flat, rounded lines cut at the antimeridian, without stretches along the map edge. */
export function fixLines(lines: readonly Line[], decimals: number): Line[] {
  return dropCutEdges(roundLines(lines.filter((l) => !onPole(l)).flatMap((l) => lineToWorld(l)), decimals));
}

function multiPolygon(l: Layer, polys: Poly[], iso?: string): BasemapFeature {
  return {
    type: 'Feature',
    properties: iso === undefined ? { l } : { l, iso },
    geometry: { type: 'MultiPolygon', coordinates: polys as Pos[][][] },
  };
}

/**
 * Land and lines go out as one feature per polygon or line, not one giant multi-geometry: MapLibre's
 * GeoJSON tiler clips every feature whose bounding box touches a tile, so a single world-wide
 * MultiPolygon would be re-clipped in full for every tile at every zoom.
 */
function polygonFeatures(l: Layer, polys: Poly[]): BasemapFeature[] {
  return polys.map((p) => ({ type: 'Feature', properties: { l }, geometry: { type: 'Polygon', coordinates: p as Pos[][] } }));
}

function lineFeatures(l: Layer, lines: Line[]): BasemapFeature[] {
  return lines.map((c) => ({ type: 'Feature', properties: { l }, geometry: { type: 'LineString', coordinates: c } }));
}

export interface CountryPolys {
  iso: string;
  polys: Poly[];
}

/** Country polygons grouped by ISO code (units sharing a code merge; order of first appearance). */
export function countryPolygons(
  topo: Topology,
  isoOf: (id: string | number | undefined, name: string | undefined) => string,
  decimals: number,
): CountryPolys[] {
  const obj = topo.objects['countries'] as GeometryCollection<{ name?: string }>;
  const byIso = new Map<string, CountryPolys>();
  const out: CountryPolys[] = [];
  for (const g of obj.geometries) {
    const iso = isoOf(g.id, (g.properties as { name?: string } | undefined)?.name);
    const polys = fixPolygons(polygonsOf((feature(topo, g) as Feature).geometry as AnyGeom), decimals);
    if (polys.length === 0) continue;
    const key = iso || `?${out.length}`; // units without a code stay separate
    const have = byIso.get(key);
    if (have) have.polys.push(...polys);
    else {
      const c = { iso, polys };
      byIso.set(key, c);
      out.push(c);
    }
  }
  return out;
}

export interface ConvertInput {
  land: Topology;
  countries: Topology;
  decimals: number;
  /** Country polygons to include (50m only); omit for none. */
  countryPolys?: CountryPolys[];
}

export function basemapFeatures(input: ConvertInput): BasemapFeature[] {
  const { land, countries, decimals } = input;
  const landObj = land.objects['land'] as GeometryCollection;
  const countriesObj = countries.objects['countries'] as GeometryCollection;
  const landPolys = fixPolygons(
    landObj.geometries.flatMap((g) => polygonsOf((feature(land, g) as Feature).geometry as AnyGeom)),
    decimals,
  );
  const coast = fixLines(linesOf(mesh(land, landObj)), decimals);
  const border = fixLines(linesOf(mesh(countries, countriesObj, (a, b) => a !== b)), decimals);
  const out: BasemapFeature[] = polygonFeatures('land', landPolys);
  for (const c of input.countryPolys ?? []) out.push(multiPolygon('country', c.polys, c.iso));
  out.push(...lineFeatures('border', border), ...lineFeatures('coast', coast));
  return out;
}
