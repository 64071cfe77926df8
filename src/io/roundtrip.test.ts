import { describe, expect, it } from 'vitest';
import { flowsToCsv, parseCsv, csvCell, CSV_COLUMNS } from './csv';
import { deepFreeze, fixtureStory } from './fixtures/story';
import { storyFromGeoJSON, storyToGeoJSON } from './geojson';
import { readInput, storyFromText } from './input';
import { storyFromJson, storyToJson } from './json';

describe('story JSON', () => {
  it('round-trips exactly', () => {
    const s = deepFreeze(fixtureStory());
    const r = storyFromJson(storyToJson(s));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toStrictEqual(s);
  });
  it('reports invalid JSON with a message', () => {
    const r = storyFromJson('{"article": ');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^The file is not valid JSON: /);
  });
});

describe('GeoJSON', () => {
  it('exports places as Points and flows as LineStrings from → to with their properties', () => {
    const s = deepFreeze(fixtureStory());
    const g = storyToGeoJSON(s);
    expect(g.type).toBe('FeatureCollection');
    const pts = g.features.filter((f) => f.geometry.type === 'Point');
    const lines = g.features.filter((f) => f.geometry.type === 'LineString');
    expect(pts).toHaveLength(3);
    expect(lines).toHaveLength(2);
    expect(pts[1]!.geometry.coordinates).toEqual([-179.5, -45]);
    expect(lines[1]!.geometry.coordinates).toEqual([[0, 0], [-179.5, -45]]);
    expect(lines[1]!.properties).toMatchObject({ featureType: 'flow', id: 'f2', from: 'geonames:333', to: 'geonames:111', category: 'missiles', quantity: 1500, status: 'denied', fromName: 'Charlie', toName: 'Bravo' });
    expect(JSON.parse(JSON.stringify(g))).toEqual(g);
  });
  it('round-trips exactly through JSON text', () => {
    const s = deepFreeze(fixtureStory());
    const r = storyFromText(JSON.stringify(storyToGeoJSON(s)), 'x.geojson');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toStrictEqual(s);
  });
  it('keeps a point moved in a GIS tool', () => {
    const g = storyToGeoJSON(fixtureStory());
    (g.features[0]!.geometry.coordinates as number[]) = [11, 21];
    const r = storyFromGeoJSON(JSON.parse(JSON.stringify(g)));
    expect(r.ok && r.value.places[0]).toMatchObject({ lon: 11, lat: 21 });
  });
  it('rejects foreign GeoJSON and bad features with messages', () => {
    const r1 = storyFromGeoJSON({ type: 'FeatureCollection', features: [] });
    expect(!r1.ok && r1.errors[0]).toMatch(/only GeoJSON exported by Article Atlas/);
    const g = JSON.parse(JSON.stringify(storyToGeoJSON(fixtureStory())));
    g.features[1].geometry.coordinates = [0, 123];
    const r2 = storyFromGeoJSON(g);
    expect(!r2.ok && r2.errors).toEqual(['GeoJSON: places[1].lat: 123 is out of range [-90, 90]']);
  });
});

describe('CSV of flows', () => {
  it('quotes per RFC 4180 and neutralises formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1,5 mil')).toBe(`"'-1,5 mil"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-179.5)).toBe('-179.5');
    expect(csvCell(null)).toBe('');
  });
  it('writes one row per flow that parses back', () => {
    const s = fixtureStory();
    const csv = flowsToCsv(s);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    const r = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[2]![i]]));
    expect(r).toMatchObject({ id: 'f2', from_name: 'Charlie', to_name: 'Bravo', to_lon: '-179.5', category: 'missiles', status: 'denied', quantity: '1500', quantity_text: "'-1,5 mil" });
    expect(r.quotes).toBe('Officials in Charlie denied sending "=missiles" to Bravo, said the ministry.');
  });
});

describe('readInput', () => {
  it('reads text, markdown, story JSON and GeoJSON by name and content', () => {
    const t = readInput('a.txt', '\uFEFFline one\r\nline two');
    expect(t.ok && t.value).toEqual({ kind: 'text', text: 'line one\nline two' });
    const m = readInput('a.md', 'intro\n# The headline\n\nbody');
    expect(m.ok && m.value).toMatchObject({ kind: 'text', title: 'The headline' });
    const j = readInput('s.json', storyToJson(fixtureStory()));
    expect(j.ok && j.value.kind).toBe('story');
    const g = readInput('s.geojson', JSON.stringify(storyToGeoJSON(fixtureStory())));
    expect(g.ok && g.value.kind).toBe('story');
    const sniff = readInput('pasted', storyToJson(fixtureStory()));
    expect(sniff.ok && sniff.value.kind).toBe('story');
  });
  it('rejects binary, bad JSON and HTML without a parser', () => {
    expect(readInput('x.txt', 'ab\u0000cd')).toMatchObject({ ok: false, errors: ['x.txt is not UTF-8 text (binary data?)'] });
    const bad = readInput('x.json', 'not json');
    expect(!bad.ok && bad.errors[0]).toMatch(/^The x.json is not valid JSON/);
    expect(readInput('x.html', '<p>hi</p>')).toMatchObject({ ok: false });
    const html = readInput('x.html', '<p>hi</p>', { html: () => ({ text: 'hi', title: 'T' }) });
    expect(html.ok && html.value).toEqual({ kind: 'text', text: 'hi', title: 'T' });
  });
});
