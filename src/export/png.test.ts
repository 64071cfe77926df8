import { deflateSync } from 'node:zlib';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { crc32, encodePng, pngSize, readChunks, readPngDpi, readPngText, withPngMetadata } from './png';

function samplePng(w = 3, h = 2): Uint8Array {
  const p = new PNG({ width: w, height: h });
  p.data.fill(200);
  return new Uint8Array(PNG.sync.write(p));
}

describe('crc32', () => {
  it('matches the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
  it('continues across pieces', () => {
    const all = new TextEncoder().encode('IEND and more');
    expect(crc32(all.subarray(5), crc32(all.subarray(0, 5)))).toBe(crc32(all));
  });
});

describe('withPngMetadata', () => {
  it('adds Title, Source, Software after IHDR and keeps the image decodable', () => {
    const src = samplePng();
    const before = src.slice();
    const out = withPngMetadata(src, { text: { Title: 'Lavrov em Wonsan', Source: 'Folha, 2025-07-12', Software: 'Article Atlas 0.1.0' }, dpi: 300 });
    const types = readChunks(out).map((c) => c.type);
    expect(types[0]).toBe('IHDR');
    expect(types.indexOf('tEXt')).toBeLessThan(types.indexOf('IDAT'));
    expect(readPngText(out)).toEqual({ Title: 'Lavrov em Wonsan', Source: 'Folha, 2025-07-12', Software: 'Article Atlas 0.1.0' });
    expect(readPngDpi(out)).toBeCloseTo(300, 0);
    expect(src).toEqual(before); // input untouched
    expect(pngSize(out)).toEqual({ width: 3, height: 2 });
    const decoded = PNG.sync.read(Buffer.from(out));
    expect(decoded.width).toBe(3);
    expect(decoded.data[0]).toBe(200);
  });

  it('uses iTXt (UTF-8) for text outside Latin-1 and tEXt for accented Latin-1', () => {
    const out = withPngMetadata(samplePng(), { text: { Title: 'Лавров в Вонсане', Source: 'São Paulo' } });
    const chunks = readChunks(out);
    expect(chunks.filter((c) => c.type === 'iTXt')).toHaveLength(1);
    expect(chunks.filter((c) => c.type === 'tEXt')).toHaveLength(1);
    expect(readPngText(out)).toEqual({ Title: 'Лавров в Вонсане', Source: 'São Paulo' });
    expect(() => PNG.sync.read(Buffer.from(out))).not.toThrow();
  });

  it('replaces instead of duplicating keywords and skips empty values', () => {
    const once = withPngMetadata(samplePng(), { text: { Title: 'a', Source: '' } });
    const twice = withPngMetadata(once, { text: { Title: 'b' } });
    expect(readChunks(twice).filter((c) => c.type === 'tEXt')).toHaveLength(1);
    expect(readPngText(twice)).toEqual({ Title: 'b' });
  });

  it('rejects bytes that are not a PNG and corrupted chunks', () => {
    expect(() => withPngMetadata(new Uint8Array([1, 2, 3]), {})).toThrow(/not a PNG/);
    const bad = samplePng().slice();
    bad[20] = bad[20]! ^ 0xff; // inside IHDR data
    expect(() => readChunks(bad)).toThrow(/CRC/);
  });

  it('rejects invalid keywords', () => {
    expect(() => withPngMetadata(samplePng(), { text: { '': 'x' } })).toThrow(/keyword/);
    expect(() => withPngMetadata(samplePng(), { text: { ' bad': 'x' } })).toThrow(/keyword/);
  });
});

describe('encodePng', () => {
  const deflate = async (d: Uint8Array) => new Uint8Array(deflateSync(d));
  it('writes an RGB PNG that decodes to the same pixels, with metadata', async () => {
    const w = 37;
    const h = 11;
    const rgba = new Uint8Array(w * h * 4);
    for (let i = 0; i < w * h; i++) {
      rgba[i * 4] = (i * 7) & 255;
      rgba[i * 4 + 1] = (i * 13) & 255;
      rgba[i * 4 + 2] = i % 3 ? 200 : 10;
      rgba[i * 4 + 3] = 255;
    }
    const png = await encodePng(rgba, w, h, deflate, { text: { Title: 'Título', Software: 'Article Atlas 0.1.0' }, dpi: 300 });
    const back = PNG.sync.read(Buffer.from(png));
    expect([back.width, back.height]).toEqual([w, h]);
    expect(Buffer.from(back.data).equals(Buffer.from(rgba))).toBe(true);
    expect(readPngText(png)).toEqual({ Title: 'Título', Software: 'Article Atlas 0.1.0' });
    expect(readPngDpi(png)).toBeCloseTo(300, 0);
    expect(pngSize(png)).toEqual({ width: w, height: h });
  });
  it('checks the buffer size', async () => {
    await expect(encodePng(new Uint8Array(10), 2, 2, deflate)).rejects.toThrow(/RGBA/);
  });
});
