/**
 * When layers and sources may be added to a map: as soon as its style document is parsed ('style.load'),
 * not when every source has finished loading ('load'). Story layers added this early are tiled in the
 * same worker pass as the basemap and appear in the same first frames, instead of costing a second
 * round of tiling, glyph loading and repaints after the basemap is done.
 */
import type * as maplibregl from 'maplibre-gl';

/**
 * Option for setFilter/setPaintProperty/setLayoutProperty: our layer specs are checked against the style
 * specification by style-valid.test.ts, so MapLibre need not serialise the whole style on every change.
 */
export const NO_VALIDATE = { validate: false } as const;

type StyleAdders = {
  style: {
    addLayer(l: maplibregl.AddLayerObject, before: string | undefined, o: typeof NO_VALIDATE): void;
    addSource(id: string, s: maplibregl.SourceSpecification, o: typeof NO_VALIDATE): void;
  };
  _update(styleChanged: boolean): void;
};

/**
 * map.addLayer and map.addSource unchecked: MapLibre's Map methods take no options and validate every
 * added layer and source against a serialisation of the whole style (ignoring `validateStyle: false`).
 * They add through the style with NO_VALIDATE and then mark the map for update as those methods do.
 */
export function addLayers(map: maplibregl.Map, layers: readonly maplibregl.AddLayerObject[], before?: string): void {
  if (layers.length === 0) return;
  const m = map as unknown as StyleAdders;
  for (const l of layers) m.style.addLayer(l, before, NO_VALIDATE);
  m._update(true);
}

export function addSource(map: maplibregl.Map, id: string, source: maplibregl.SourceSpecification): void {
  const m = map as unknown as StyleAdders;
  m.style.addSource(id, source, NO_VALIDATE);
  m._update(true);
}

export function styleParsed(map: maplibregl.Map): Promise<void> {
  // `style._loaded` is the flag 'style.load' sets; isStyleLoaded() also waits for every source.
  const style = (map as unknown as { style?: { _loaded?: boolean } }).style;
  if (style?._loaded || map.isStyleLoaded()) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      map.off('style.load', done);
      map.off('load', done);
      resolve();
    };
    map.on('style.load', done);
    map.on('load', done);
  });
}
