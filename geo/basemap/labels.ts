/**
 * One label point per country: the pole of inaccessibility (on the Mercator map) of its largest
 * polygon, so Russia's label sits in mainland Russia, France's in metropolitan France and the USA's in
 * the contiguous states; names in four languages, the area and a rank (1 = largest) for priority.
 */
import type { Feature, Point } from 'geojson';
import { polygonAreaKm2 } from './area';
import type { CountryPolys } from './convert';
import type { Lang } from './names';
import { labelPoint } from './polylabel';

export interface LabelProps {
  iso: string;
  name_en: string;
  name_pt: string;
  name_es: string;
  name_fr: string;
  rank: number;
  area_km2: number;
}

export function countryLabels(countries: readonly CountryPolys[], nameOf: (iso: string, lang: Lang) => string): Feature<Point, LabelProps>[] {
  const rows = countries
    .filter((c) => c.iso !== '')
    .map((c) => {
      const areas = c.polys.map(polygonAreaKm2);
      let big = 0;
      areas.forEach((a, i) => {
        if (a > areas[big]!) big = i;
      });
      return { c, area: areas.reduce((s, a) => s + a, 0), at: labelPoint(c.polys[big]!) };
    })
    .sort((a, b) => b.area - a.area || a.c.iso.localeCompare(b.c.iso));
  return rows.map(({ c, area, at }, i) => ({
    type: 'Feature',
    properties: {
      iso: c.iso,
      name_en: nameOf(c.iso, 'en'),
      name_pt: nameOf(c.iso, 'pt'),
      name_es: nameOf(c.iso, 'es'),
      name_fr: nameOf(c.iso, 'fr'),
      rank: i + 1,
      area_km2: Math.round(area),
    },
    geometry: { type: 'Point', coordinates: [Math.round(at[0] * 1000) / 1000, Math.round(at[1] * 1000) / 1000] },
  }));
}
