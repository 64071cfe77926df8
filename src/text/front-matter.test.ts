import { describe, expect, it } from 'vitest';
import { frontMatter, leadTitle } from './front-matter';

describe('frontMatter', () => {
  it('reads a date stamp and skips a credited photo caption', () => {
    const t = ' date 2025-07 AGENCY PHOTO/AFP Um ministro cumprimenta o líder, em Wonsan\n\n\nO ministro se reuniu com o líder. Depois partiu.';
    const fm = frontMatter(t);
    expect(fm.date).toBe('2025-07');
    expect(fm.title).toBeUndefined();
    expect(t.slice(fm.bodyStart)).toMatch(/^O ministro se reuniu/);
    expect(leadTitle(t)).toBe('O ministro se reuniu com o líder.');
  });

  it('takes a short unpunctuated first line as the headline', () => {
    const t = 'Russia sends troops to the border\nMoscow said on Monday it had moved units.';
    expect(frontMatter(t).title).toBe('Russia sends troops to the border');
    expect(leadTitle(t)).toBe('Russia sends troops to the border');
  });

  it('leaves plain text alone and shortens long first sentences', () => {
    const t = `${'Palavra '.repeat(40)}fim. Outra frase.`;
    const fm = frontMatter(t);
    expect(fm).toEqual({ bodyStart: 0 });
    expect(leadTitle(t).length).toBe(140);
    expect(leadTitle(t).endsWith('…')).toBe(true);
  });

  it('handles empty and one-line texts', () => {
    expect(frontMatter('')).toEqual({ bodyStart: 0 });
    expect(leadTitle('')).toBe('');
    expect(leadTitle('Just one line')).toBe('Just one line');
  });
});
