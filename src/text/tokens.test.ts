import { describe, expect, it } from 'vitest';
import { nameKey } from './normalize';
import { CAP, GAP_COMMA, GAP_HYPHEN, LOWER, UPPER, tokenize } from './tokens';

describe('tokenize', () => {
  it('gives offsets, folded forms, shapes and gaps', () => {
    const text = 'Wonsan, na Coreia do Norte; norte-coreano EUA';
    const tk = tokenize(text);
    const words = Array.from({ length: tk.count }, (_, i) => text.slice(tk.start[i], tk.end[i]));
    expect(words).toEqual(['Wonsan', 'na', 'Coreia', 'do', 'Norte', 'norte', 'coreano', 'EUA']);
    expect(tk.norm[0]).toBe('wonsan');
    expect(tk.gap[1]).toBe(GAP_COMMA);
    expect(tk.gap[6]).toBe(GAP_HYPHEN);
    expect(tk.shape[0]! & CAP).toBeTruthy();
    expect(tk.shape[1]! & LOWER).toBeTruthy();
    expect(tk.shape[7]! & UPPER).toBeTruthy();
  });
  it('is linear on large input', () => {
    const big = 'Moscou e Pyongyang. '.repeat(50_000);
    expect(tokenize(big).count).toBe(150_000);
  });
});

describe('nameKey', () => {
  it('folds accents, case and punctuation', () => {
    expect(nameKey("Côte d'Ivoire")).toBe('cote d ivoire');
    expect(nameKey('MOSCÚ')).toBe('moscu');
    expect(nameKey('St. Louis')).toBe('st louis');
  });
});
