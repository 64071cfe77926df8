/**
 * PNG metadata without a codec: the browser (or anything else) encodes the pixels, this module splices
 * text chunks (tEXt, or iTXt when the text is not Latin-1) and an optional pHYs resolution chunk
 * between IHDR and the first IDAT, and reads them back. Pure; works on bytes in Node, a page or a worker.
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let table: Uint32Array | null = null;

/** CRC-32 (ISO 3309 / PNG), optionally continuing from a previous value. */
export function crc32(bytes: Uint8Array, crc = 0): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = ~crc >>> 0;
  for (let i = 0; i < bytes.length; i++) c = table[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

export interface PngChunk {
  type: string;
  data: Uint8Array;
}

export class PngFormatError extends Error {
  override name = 'PngFormatError';
}

/** Splits a PNG into its chunks, checking the signature, lengths and CRCs. */
export function readChunks(png: Uint8Array): PngChunk[] {
  if (png.length < 8 || SIGNATURE.some((b, i) => png[i] !== b)) throw new PngFormatError('not a PNG (bad signature)');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: PngChunk[] = [];
  let p = 8;
  while (p < png.length) {
    if (p + 12 > png.length) throw new PngFormatError(`truncated PNG chunk at byte ${p}`);
    const len = view.getUint32(p);
    if (p + 12 + len > png.length) throw new PngFormatError(`truncated PNG chunk at byte ${p}`);
    const typeBytes = png.subarray(p + 4, p + 8);
    const type = String.fromCharCode(...typeBytes);
    const data = png.subarray(p + 8, p + 8 + len);
    if (crc32(png.subarray(p + 4, p + 8 + len)) !== view.getUint32(p + 8 + len)) throw new PngFormatError(`bad CRC in ${type} chunk`);
    chunks.push({ type, data });
    p += 12 + len;
    if (type === 'IEND') break;
  }
  if (chunks[0]?.type !== 'IHDR') throw new PngFormatError('PNG does not start with IHDR');
  return chunks;
}

function encodeChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

const isLatin1 = (s: string): boolean => /^[\u0001-\u00ff]*$/.test(s);

function latin1(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

function checkKeyword(k: string): void {
  // PNG keywords: 1-79 Latin-1 printable characters, no leading/trailing/double spaces.
  if (!/^[\u0020-\u007e\u00a1-\u00ff]{1,79}$/.test(k) || /^ | $| {2}/.test(k)) throw new RangeError(`invalid PNG text keyword "${k}"`);
}

/** A tEXt chunk when the value is Latin-1, otherwise an uncompressed iTXt chunk (UTF-8). */
export function textChunk(keyword: string, value: string): PngChunk {
  checkKeyword(keyword);
  const clean = value.replace(/\u0000/g, '');
  if (isLatin1(clean) || clean === '') {
    return { type: 'tEXt', data: concat([latin1(keyword), new Uint8Array([0]), latin1(clean)]) };
  }
  // keyword \0 compression-flag(0) compression-method(0) language-tag \0 translated-keyword \0 text
  return { type: 'iTXt', data: concat([latin1(keyword), new Uint8Array([0, 0, 0, 0, 0]), new TextEncoder().encode(clean)]) };
}

/** pHYs: pixels per metre from dots per inch. */
export function physChunk(dpi: number): PngChunk {
  const ppm = Math.round(dpi / 0.0254);
  const data = new Uint8Array(9);
  const v = new DataView(data.buffer);
  v.setUint32(0, ppm);
  v.setUint32(4, ppm);
  data[8] = 1; // unit: metre
  return { type: 'pHYs', data };
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export interface PngMetadata {
  /** Keyword -> value, e.g. { Title, Source, Software }. Empty values are skipped. */
  text?: Record<string, string | undefined>;
  /** Physical resolution in dots per inch (pHYs). */
  dpi?: number;
}

/**
 * Returns a new PNG with the metadata chunks placed right after IHDR. Existing text chunks with the same
 * keywords and any existing pHYs (when dpi is given) are dropped, so the result has one of each.
 */
export function withPngMetadata(png: Uint8Array, meta: PngMetadata): Uint8Array {
  const chunks = readChunks(png);
  const entries = Object.entries(meta.text ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '');
  const added: PngChunk[] = entries.map(([k, v]) => textChunk(k, v));
  if (meta.dpi !== undefined && meta.dpi > 0) added.unshift(physChunk(meta.dpi));
  const keys = new Set(entries.map(([k]) => k));
  const kept = chunks.filter((c) => {
    if (c.type === 'pHYs' && meta.dpi) return false;
    if (c.type === 'tEXt' || c.type === 'iTXt') return !keys.has(keywordOf(c.data));
    return true;
  });
  const [ihdr, ...rest] = kept;
  return concat([new Uint8Array(SIGNATURE), ...[ihdr!, ...added, ...rest].map((c) => encodeChunk(c.type, c.data))]);
}

function keywordOf(data: Uint8Array): string {
  const z = data.indexOf(0);
  return String.fromCharCode(...data.subarray(0, z < 0 ? data.length : z));
}

/** Text chunks (tEXt and uncompressed iTXt) as keyword -> value. */
export function readPngText(png: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of readChunks(png)) {
    if (c.type === 'tEXt') {
      const z = c.data.indexOf(0);
      out[keywordOf(c.data)] = String.fromCharCode(...c.data.subarray(z + 1));
    } else if (c.type === 'iTXt') {
      const z = c.data.indexOf(0);
      if (c.data[z + 1] !== 0) continue; // compressed iTXt: not produced here
      let p = z + 3;
      p = c.data.indexOf(0, p) + 1; // language tag
      p = c.data.indexOf(0, p) + 1; // translated keyword
      out[keywordOf(c.data)] = new TextDecoder().decode(c.data.subarray(p));
    }
  }
  return out;
}

/** Width and height from IHDR. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const ihdr = readChunks(png)[0]!;
  const v = new DataView(ihdr.data.buffer, ihdr.data.byteOffset, ihdr.data.byteLength);
  return { width: v.getUint32(0), height: v.getUint32(4) };
}

/** pHYs as dots per inch, when present in metres. */
export function readPngDpi(png: Uint8Array): number | null {
  const c = readChunks(png).find((x) => x.type === 'pHYs');
  if (!c || c.data[8] !== 1) return null;
  return new DataView(c.data.buffer, c.data.byteOffset, 9).getUint32(0) * 0.0254;
}

/** zlib (RFC 1950) compression: CompressionStream('deflate') in a page, zlib.deflateSync in Node. */
export type Deflate = (data: Uint8Array) => Promise<Uint8Array>;

const filterSum = (row: Uint8Array): number => {
  let s = 0;
  for (let i = 1; i < row.length; i++) {
    const v = row[i]!;
    s += v < 128 ? v : 256 - v;
  }
  return s;
};

/**
 * Encodes opaque RGBA pixels (alpha ignored) as an 8-bit RGB PNG with metadata chunks after IHDR.
 * Each row takes the filter (None, Sub, Up) with the smallest sum of absolute values, the usual
 * heuristic; compression is left to `deflate`. Deterministic for the same pixels.
 */
export async function encodePng(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, deflate: Deflate, meta: PngMetadata = {}): Promise<Uint8Array> {
  if (rgba.length !== width * height * 4) throw new RangeError(`expected ${width * height * 4} bytes of RGBA, got ${rgba.length}`);
  const stride = width * 3;
  const raw = new Uint8Array((stride + 1) * height);
  const prev = new Uint8Array(stride);
  const cur = new Uint8Array(stride);
  const cand = [new Uint8Array(stride + 1), new Uint8Array(stride + 1), new Uint8Array(stride + 1)];
  for (let y = 0; y < height; y++) {
    let p = y * width * 4;
    for (let x = 0; x < stride; x += 3, p += 4) {
      cur[x] = rgba[p]!;
      cur[x + 1] = rgba[p + 1]!;
      cur[x + 2] = rgba[p + 2]!;
    }
    const [none, sub, up] = cand as [Uint8Array, Uint8Array, Uint8Array];
    none[0] = 0;
    sub[0] = 1;
    up[0] = 2;
    none.set(cur, 1);
    for (let i = 0; i < stride; i++) {
      sub[i + 1] = (cur[i]! - (i >= 3 ? cur[i - 3]! : 0)) & 0xff;
      up[i + 1] = (cur[i]! - prev[i]!) & 0xff;
    }
    let best = none;
    let bestSum = filterSum(none);
    for (const c of [sub, up]) {
      const sum = filterSum(c);
      if (sum < bestSum) {
        best = c;
        bestSum = sum;
      }
    }
    raw.set(best, y * (stride + 1));
    prev.set(cur);
  }
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, width);
  v.setUint32(4, height);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  const idat = await deflate(raw);
  const entries = Object.entries(meta.text ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '');
  const chunks: PngChunk[] = [{ type: 'IHDR', data: ihdr }];
  if (meta.dpi !== undefined && meta.dpi > 0) chunks.push(physChunk(meta.dpi));
  for (const [k, val] of entries) chunks.push(textChunk(k, val));
  chunks.push({ type: 'IDAT', data: idat }, { type: 'IEND', data: new Uint8Array() });
  return concat([new Uint8Array(SIGNATURE), ...chunks.map((c) => encodeChunk(c.type, c.data))]);
}
