import { describe, expect, it } from 'vitest';
import { decodeText } from './extract';

describe('decodeText', () => {
  it('accepts UTF-8 text and drops a BOM', () => {
    expect(decodeText(new TextEncoder().encode('\ufeffMoscou e Pyongyang'), 'x')).toBe('Moscou e Pyongyang');
  });
  it('refuses invalid UTF-8', () => {
    expect(() => decodeText(new Uint8Array([0xff, 0xfe, 0x41]), 'x')).toThrow(/UTF-8/);
  });
  it('refuses binary data', () => {
    expect(() => decodeText(new Uint8Array([0x41, 0x00, 0x42]), 'x')).toThrow(/binary/);
  });
});
