import { describe, expect, it } from 'vitest';
import type { Flow } from '../story';
import { fileStem } from './download';
import { quantityLabel } from './flow-list';

describe('panel formatting', () => {
  it('names downloads after the title, ascii only', () => {
    expect(fileStem('Lavrov e Kim Jong-un: “irmandade invencível”')).toBe('lavrov-e-kim-jong-un-irmandade-invencivel');
    expect(fileStem(undefined)).toBe('story');
    expect(fileStem('<script>')).toBe('script');
    expect(fileStem('x'.repeat(100)).length).toBe(60);
  });
  it('prints a flow quantity from its own words, else from the numbers', () => {
    const f = { id: 'f', from: 'a', to: 'b', category: 'troops', status: 'stated', quotes: [] } as Flow;
    expect(quantityLabel({ ...f, quantity: 14000, qualifier: 'more than', unit: 'soldiers', quantityText: 'mais de 14 mil' })).toBe('mais de 14 mil');
    expect(quantityLabel({ ...f, quantity: 14000, qualifier: 'more than', unit: 'soldiers' })).toBe('more than 14,000 soldiers');
    expect(quantityLabel({ ...f, quantity: null, magnitude: 1e6, unit: 'shells' })).toBe('order of 1,000,000 shells');
    expect(quantityLabel(f)).toBe('');
  });
});
