import { describe, expect, it } from 'vitest';
import { WordSet, wordSig } from './word-set';

describe('WordSet', () => {
  it('answers as the underlying set does', () => {
    const words = new Set(['de', 'rua', 'avenida', 'é', 'x', '']);
    const ws = new WordSet(words);
    const probes = [...words, 'do', 'ruas', 'avenidas', 'e', 'y', 'norte-coreano', 'ab', 'ba', 'ru', 'Rua'];
    for (const w of probes) expect(ws.has(w)).toBe(words.has(w));
  });
  it('gives every string a signature in 15 bits', () => {
    for (const w of ['', 'a', 'ab', 'São', 'x'.repeat(100)]) {
      const s = wordSig(w);
      expect(s >= 0 && s < 1 << 15).toBe(true);
    }
  });
});
