import { describe, expect, it } from 'vitest';
import { compiled } from './lexicon/index';
import { PhraseKeys, tokenize } from './tokens';

/** A PhraseKeys of the given phrases, each found by its longest word. */
function keysOf(...phrases: string[]): PhraseKeys {
  const k = new PhraseKeys();
  for (const p of phrases) {
    const toks = tokenize(p);
    let best = 0;
    for (let i = 1; i < toks.length; i++) if (toks[i]!.lower.length >= toks[best]!.lower.length) best = i;
    k.add(toks, best);
  }
  return k;
}
const has = (k: PhraseKeys, text: string): boolean => k.has(text, 0, text.length);

describe('PhraseKeys: the trigger pre-scan', () => {
  it('passes a multi-word phrase only with its other words around the key', () => {
    const k = keysOf('came back', 'split between');
    expect(has(k, 'The troops came back from Mali.')).toBe(true);
    expect(has(k, 'The troops came  back from Mali.')).toBe(true);
    expect(has(k, 'The talks went back and forth.')).toBe(false);
    expect(has(k, 'A border between Chad and Sudan.')).toBe(false);
    expect(has(k, 'Aid was split between Chad and Sudan.')).toBe(true);
    // (words apart by punctuation are no phrase for the tokenizing reading either)
    expect(has(k, 'Aid was split, between Chad and Sudan.')).toBe(false);
  });

  it('compares folded words, and takes a dropped apostrophe for a gap', () => {
    const k = keysOf('livraison d armes', 'ENTRÉE');
    expect(has(k, "La livraison d'armes au Tchad.")).toBe(true);
    expect(has(k, 'La livraison d’Armes au Tchad.')).toBe(true);
    expect(has(k, 'La livraison de blé au Tchad.')).toBe(false);
    expect(has(k, "L'entree des troupes.")).toBe(true);
  });

  it('passes a key that is also a phrase of its own on the word alone, and a verb before a joined pronoun', () => {
    const k = keysOf('back', 'came back', 'enviou para');
    expect(has(k, 'He is back in Kyiv.')).toBe(true);
    expect(has(k, 'O Brasil enviou-os para Angola.')).toBe(true);
    expect(has(k, 'O Brasil enviou para Angola.')).toBe(true);
    expect(has(k, 'O Brasil enviou ajuda.')).toBe(false);
  });

  it('in the lexicons: a sentence with a function word of a multi-word trigger only is skipped', () => {
    const en = compiled('en').triggers;
    expect(has(en, 'The match between France and Spain ended late.')).toBe(false);
    expect(has(en, 'The proceeds were split between France and Spain.')).toBe(true);
    expect(has(en, 'France sent troops to Mali.')).toBe(true);
  });
});

describe('Spanish pronouns joined to a verb (session 43)', () => {
  it('"entregarle", "venderles", "enviándolas" split into the verb and its pronoun; names and nouns stay whole', () => {
    expect(tokenize('dejó de entregarle armamento').map((t) => t.lower)).toEqual(['dejó', 'de', 'entregar', 'le', 'armamento']);
    expect(tokenize('venderles').map((t) => t.lower)).toEqual(['vender', 'les']);
    expect(tokenize('enviándolas').map((t) => t.lower)).toEqual(['enviándo', 'las']);
    expect(tokenize('Carla compró una perla en Charles').map((t) => t.lower)).toEqual(['carla', 'compró', 'una', 'perla', 'en', 'charles']);
  });
  it('the trigger pre-scan finds the verb before its pronoun', () => {
    expect(has(compiled('es').triggers, 'Rusia quiere entregarle más.')).toBe(true);
    expect(has(compiled('es').triggers, 'Rusia quiere quedarle más.')).toBe(false);
  });
});
