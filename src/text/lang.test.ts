import { describe, expect, it } from 'vitest';
import { detectLang, isLang } from './lang';

describe('detectLang', () => {
  it.each([
    ['pt', 'O presidente do Brasil viajou para a China com os ministros e não voltou.'],
    ['en', 'The president of the United States travelled to China with his ministers.'],
    ['es', 'El presidente de España viajó a México con sus ministros y no volvió.'],
    ['fr', 'Le président de la France est allé à Moscou avec les ministres du gouvernement.'],
  ])('%s', (lang, text) => {
    expect(detectLang(text)).toBe(lang);
  });
  it('falls back to English on empty text', () => {
    expect(detectLang('')).toBe('en');
  });
  it('knows the supported languages', () => {
    expect(isLang('pt')).toBe(true);
    expect(isLang('de')).toBe(false);
  });
});
