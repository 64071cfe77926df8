/**
 * Basemap builder (called by geo/build.ts): Natural Earth 50m and 10m from world-atlas → flat-map
 * GeoJSON under `${outDir}/basemap/`:
 *   basemap-50m.geojson, basemap-10m.geojson  features with properties.l = land | country (50m, + iso)
 *                                             | border | coast; 3 / 4 decimals; compact JSON
 *   labels.geojson                            a Point per country: iso, name_en/pt/es/fr, rank, area_km2
 *   manifest.json                             bytes and gzip bytes of each file, the source
 * Skips when every output is newer than the inputs and these sources, unless `force`.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import i18n from 'i18n-iso-countries';
import type { Topology } from 'topojson-specification';
import worldCountries from 'world-countries';
import { basemapFeatures, countryPolygons } from './convert';
import { isoOf } from './iso';
import { countryLabels } from './labels';
import { countryName, type Lang, type WorldCountry } from './names';

export const SOURCE = 'Natural Earth via world-atlas 2.0.2';
const OUTPUTS = ['basemap-50m.geojson', 'basemap-10m.geojson', 'labels.geojson', 'manifest.json'] as const;

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return NaN;
  }
}

function inputsOf(root: string): string[] {
  const here = dirname(fileURLToPath(import.meta.url));
  const nm = join(root, 'node_modules');
  return [
    ...['land-50m', 'land-10m', 'countries-50m', 'countries-10m'].map((f) => join(nm, 'world-atlas', `${f}.json`)),
    join(nm, 'i18n-iso-countries', 'package.json'),
    join(nm, 'world-countries', 'package.json'),
    ...readdirSync(here)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => join(here, f)),
  ];
}

export function upToDate(root: string, dir: string): boolean {
  const newestInput = Math.max(...inputsOf(root).map(mtime).filter((t) => !Number.isNaN(t)));
  const oldestOutput = Math.min(...OUTPUTS.map((f) => mtime(join(dir, f))));
  return !Number.isNaN(oldestOutput) && oldestOutput > newestInput;
}

function readTopo(root: string, name: string): Topology {
  return JSON.parse(readFileSync(join(root, 'node_modules', 'world-atlas', `${name}.json`), 'utf8')) as Topology;
}

function featureCollection(features: unknown[]): string {
  return JSON.stringify({ type: 'FeatureCollection', features });
}

export async function buildBasemap(o: { root: string; outDir: string; force: boolean }): Promise<boolean> {
  const dir = join(o.outDir, 'basemap');
  if (!o.force && upToDate(o.root, dir)) return false;
  mkdirSync(dir, { recursive: true });

  const toA2 = (n: string): string | undefined => i18n.numericToAlpha2(n);
  const iso = (id: string | number | undefined, name: string | undefined): string => isoOf(id, name, toA2);
  const wcByIso = new Map((worldCountries as unknown as WorldCountry[]).map((c) => [c.cca2, c]));
  const nameOf = (code: string, lang: Lang): string => {
    const all = i18n.getName(code, lang, { select: 'all' }) ?? [];
    return countryName(code, lang, wcByIso.get(code), all);
  };

  const countries50 = readTopo(o.root, 'countries-50m');
  const countryPolys = countryPolygons(countries50, iso, 3);
  const files: Record<string, string> = {
    'basemap-50m.geojson': featureCollection(
      basemapFeatures({ land: readTopo(o.root, 'land-50m'), countries: countries50, decimals: 3, countryPolys }),
    ),
    'basemap-10m.geojson': featureCollection(
      basemapFeatures({ land: readTopo(o.root, 'land-10m'), countries: readTopo(o.root, 'countries-10m'), decimals: 4 }),
    ),
    'labels.geojson': featureCollection(countryLabels(countryPolys, nameOf)),
  };
  const manifest: { files: Record<string, { bytes: number; gzipBytes: number }>; source: string } = { files: {}, source: SOURCE };
  for (const [name, text] of Object.entries(files)) {
    const buf = Buffer.from(text, 'utf8');
    writeFileSync(join(dir, name), buf);
    manifest.files[name] = { bytes: buf.length, gzipBytes: gzipSync(buf, { level: 9 }).length };
  }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
  return true;
}
