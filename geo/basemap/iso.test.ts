import { describe, expect, it } from 'vitest';
import { isoOf } from './iso';

const table: Record<string, string> = { '643': 'RU', '408': 'KP', '036': 'AU' };
const toA2 = (n: string): string | undefined => table[n];

describe('isoOf', () => {
  it('maps ISO numeric ids (zero-padded) to alpha-2', () => {
    expect(isoOf('643', 'Russia', toA2)).toBe('RU');
    expect(isoOf(36, 'Australia', toA2)).toBe('AU');
  });

  it('gives Kosovo XK and units without a code an empty code', () => {
    expect(isoOf(undefined, 'Kosovo', toA2)).toBe('XK');
    expect(isoOf(undefined, 'Somaliland', toA2)).toBe('');
    expect(isoOf('-99', 'N. Cyprus', toA2)).toBe('');
    expect(isoOf('999', 'Nowhere', toA2)).toBe('');
  });
});
