/**
 * GeoJSON export and import. Places become Point features, flows LineString features from the source
 * place to the destination, each with all its fields as properties (plus `featureType` and, for flows,
 * the endpoint names for GIS users). The article travels in a foreign member `articleAtlas` of the
 * FeatureCollection, so importing an export gives back the same story; a point moved in a GIS tool
 * comes back at its new position.
 */
import type { Flow, Place, Story } from '../story';
import { show, validateStory, type Result } from './validate';

export interface StoryFeatureCollection {
  type: 'FeatureCollection';
  articleAtlas: { version: 1; id?: string; article: Story['article'] };
  features: Array<PlaceFeature | FlowFeature>;
}

export interface PlaceFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Omit<Place, 'lon' | 'lat'> & { featureType: 'place' };
}

export interface FlowFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'LineString'; coordinates: [[number, number], [number, number]] };
  properties: Flow & { featureType: 'flow'; fromName: string; toName: string };
}

export function storyToGeoJSON(story: Story): StoryFeatureCollection {
  const byId = new Map(story.places.map((p) => [p.id, p]));
  const features: Array<PlaceFeature | FlowFeature> = [];
  for (const p of story.places) {
    const { lon, lat, ...rest } = p;
    features.push({ type: 'Feature', id: p.id, geometry: { type: 'Point', coordinates: [lon, lat] }, properties: { featureType: 'place', ...rest } });
  }
  for (const f of story.flows) {
    const a = byId.get(f.from);
    const b = byId.get(f.to);
    if (!a || !b) continue;
    features.push({
      type: 'Feature',
      id: f.id,
      geometry: { type: 'LineString', coordinates: [[a.lon, a.lat], [b.lon, b.lat]] },
      properties: { featureType: 'flow', ...f, fromName: a.name, toName: b.name },
    });
  }
  const meta: StoryFeatureCollection['articleAtlas'] = { version: 1, article: story.article };
  if (story.id !== undefined) meta.id = story.id;
  return { type: 'FeatureCollection', articleAtlas: meta, features };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function isFeatureCollection(v: unknown): boolean {
  return isObj(v) && v.type === 'FeatureCollection';
}

/** Rebuild the story from an Article Atlas GeoJSON export (then validate it). */
export function storyFromGeoJSON(input: unknown): Result<Story> {
  if (!isObj(input) || input.type !== 'FeatureCollection') return { ok: false, errors: [`GeoJSON: expected a FeatureCollection, got ${show(isObj(input) ? input.type : input)}`] };
  const meta = input.articleAtlas;
  if (!isObj(meta) || !isObj(meta.article)) {
    return { ok: false, errors: ['GeoJSON: no "articleAtlas" member with the article; only GeoJSON exported by Article Atlas can be opened'] };
  }
  if (!Array.isArray(input.features)) return { ok: false, errors: [`GeoJSON features: expected an array, got ${show(input.features)}`] };
  const errors: string[] = [];
  const places: unknown[] = [];
  const flows: unknown[] = [];
  input.features.forEach((f: unknown, i) => {
    const path = `features[${i}]`;
    if (!isObj(f) || !isObj(f.properties) || !isObj(f.geometry)) return void errors.push(`GeoJSON ${path}: expected a Feature with geometry and properties`);
    const { featureType, fromName: _fromName, toName: _toName, ...props } = f.properties;
    if (featureType === 'place') {
      const c = f.geometry.coordinates;
      if (f.geometry.type !== 'Point' || !Array.isArray(c) || c.length < 2) return void errors.push(`GeoJSON ${path}.geometry: a place must be a Point [lon, lat]`);
      places.push({ ...props, lon: c[0], lat: c[1] });
    } else if (featureType === 'flow') {
      flows.push(props);
    } else {
      errors.push(`GeoJSON ${path}.properties.featureType: ${show(featureType)} is not 'place' or 'flow'`);
    }
  });
  if (errors.length) return { ok: false, errors };
  const story: Record<string, unknown> = {};
  if (meta.id !== undefined) story.id = meta.id;
  story.article = meta.article;
  story.places = places;
  story.flows = flows;
  const r = validateStory(story);
  return r.ok ? r : { ok: false, errors: r.errors.map((e) => `GeoJSON: ${e}`) };
}
