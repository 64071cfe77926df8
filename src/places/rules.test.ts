/**
 * One focused test per recognition/resolution rule, on short invented sentences.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from './gazetteer';
import { searchGazetteer } from './index';
import { placeProbes } from './test-gazetteer';

const probes = placeProbes(beforeAll);
const { places, texts, placeOf } = probes;
const gazOf = (): Gazetteer => probes.gazetteer();

describe('recognition', () => {
  it('folds accents and case', () => {
    expect(placeOf(places('Ele viajou para Moscú e depois para Sao Paulo.', 'pt'), 'Moscú')?.country).toBe('RU');
    expect(placeOf(places('Ele viajou para Moscú e depois para Sao Paulo.', 'pt'), 'Sao Paulo')?.country).toBe('BR');
  });

  it('matches multi-word names as one mention', () => {
    expect(texts('Troops crossed into North Korea and then Rio de Janeiro.')).toEqual(['North Korea', 'Rio de Janeiro']);
  });

  it('finds places inside organisation names after "of/de" but not the organisation itself', () => {
    expect(texts('O Ministério das Relações Exteriores da Rússia e o Conselho de Segurança da ONU.', 'pt')).toEqual(['Rússia']);
    expect(texts('She studied at the University of Texas.')).toEqual(['Texas']);
  });

  it('does not take people for places', () => {
    expect(texts('President Vladimir Putin met Kim Jong-un and Sergei Lavrov.')).toEqual([]);
    expect(texts('O presidente Vladimir Putin falou.', 'pt')).toEqual([]);
    expect(texts('Paris Hilton arrived late.')).toEqual([]);
  });

  it('does not take organisations for places', () => {
    expect(texts('NATO and the UN met with ASEAN and the IMF.')).toEqual([]);
    expect(texts('A ONU, a OTAN e a Asean reuniram-se.', 'pt')).toEqual([]);
  });

  it('handles common-word collisions', () => {
    expect(texts('Para ele, a reunião foi um sucesso.', 'pt')).toEqual([]);
    expect(texts('Nice to meet you, he said.')).toEqual([]);
    expect(texts('The fire started on March 7.')).toEqual([]);
    expect(texts('Mobile phones are cheap. She lives in Mobile, Alabama.')).toEqual(['Alabama', 'Mobile']);
    expect(placeOf(places('The festival in Nice drew crowds.'), 'Nice')?.country).toBe('FR');
  });

  it('ignores a capitalised sentence-initial word used in lower case elsewhere', () => {
    expect(texts('Reading is fun. Everyone likes reading books.')).toEqual([]);
  });

  it('handles title-case headlines', () => {
    const ps = places('Storm Hits Boston As Winter Arrives\nThe storm hit Boston on Monday.');
    expect(placeOf(ps, 'Boston')?.country).toBe('US');
    expect(ps.flatMap((p) => p.mentions.map((m) => m.text))).not.toContain('Winter');
  });

  it('recognises country abbreviations in capitals only', () => {
    expect(placeOf(places('Os EUA e o UK assinaram.', 'pt'), 'EUA')?.country).toBe('US');
    expect(placeOf(places('Os EUA e o UK assinaram.', 'pt'), 'UK')?.country).toBe('GB');
    expect(texts('Tell us what you think.')).toEqual([]);
  });

  it('counts demonyms as mentions of their country', () => {
    const ps = places('Tropas norte-coreanas e o chanceler russo; o nord-coréen; North Korean troops; el norcoreano.', 'pt');
    const kp = ps.find((p) => p.id === 'country:KP');
    expect(kp?.mentions.map((m) => m.text)).toEqual(['norte-coreanas', 'nord-coréen', 'North Korean', 'norcoreano']);
    expect(kp?.mentions.every((m) => m.via === 'demonym')).toBe(true);
    expect(ps.find((p) => p.id === 'country:RU')?.mentions[0]?.text).toBe('russo');
  });

  it('does not take a demonym inside a longer compound', () => {
    const ps = places('A cooperação latino-americana cresceu.', 'pt');
    expect(ps.map((p) => p.id)).toEqual(['other:latin-america']);
  });

  it('marks region mentions ("região de Kursk" -> Kursk Oblast, span "Kursk")', () => {
    const ps = places('Soldados foram enviados para a região de Kursk.', 'pt');
    const k = placeOf(ps, 'Kursk');
    expect(k?.kind).toBe('region');
    expect(k?.country).toBe('RU');
    const en = places('Fighting continued in the Kursk region and in Kursk Oblast.');
    expect(en.every((p) => p.kind === 'region')).toBe(true);
  });
});

describe('resolution', () => {
  it('uses "City, Region" patterns', () => {
    const p = placeOf(places('He was born in Bangor, Maine, in 1950.'), 'Bangor');
    expect(p?.country).toBe('US');
    expect(Math.abs(p!.lat - 44.8)).toBeLessThan(0.5);
  });

  it('uses "City, na Country" patterns', () => {
    const p = placeOf(places('Ele chegou a Wonsan, na Coreia do Norte.', 'pt'), 'Wonsan');
    expect(p?.country).toBe('KP');
  });

  it('Georgia: the US state among US places, the country among Caucasus places', () => {
    expect(placeOf(places('Atlanta, Georgia, and Savannah saw storms; Georgia officials said.'), 'Georgia')?.id).toBe('admin1:US.GA');
    expect(placeOf(places('Russia and Georgia fought over Abkhazia; Tbilisi protested.'), 'Georgia')?.id).toBe('country:GE');
  });

  it('resolves capitals used for governments to the cities', () => {
    const ps = places('A cooperação entre Moscou e Pyongyang aumentou.', 'pt');
    expect(placeOf(ps, 'Moscou')?.kind).toBe('city');
    expect(placeOf(ps, 'Moscou')?.country).toBe('RU');
    expect(placeOf(ps, 'Pyongyang')?.country).toBe('KP');
  });

  it('keeps one sense per document', () => {
    const ps = places('Paris, Texas is small. Paris has a tower.');
    const paris = ps.filter((p) => p.mentions.some((m) => m.text === 'Paris'));
    expect(paris).toHaveLength(1);
    expect(paris[0]!.country).toBe('US');
  });

  it('offers up to five alternative candidates', () => {
    const p = placeOf(places('We drove to Springfield.'), 'Springfield');
    expect(p).toBeDefined();
    expect(p!.candidates!.length).toBeGreaterThan(0);
    expect(p!.candidates!.length).toBeLessThanOrEqual(5);
  });
});

describe('searchGazetteer', () => {
  it('finds places by name prefix, accents and case ignored', () => {
    const hits = searchGazetteer(gazOf(), 'mosc', 5);
    expect(hits.some((e) => e.id === 'geonames:524901')).toBe(true);
    expect(searchGazetteer(gazOf(), 'coreia do n', 3)[0]?.id).toBe('country:KP');
  });
});
