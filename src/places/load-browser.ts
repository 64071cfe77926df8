/**
 * Browser / Web Worker loader for the gazetteer: fetches the file from the page's own origin and parses
 * it with the same code as Node. No DOM access, so it runs inside a Worker.
 */
import { parseGazetteer, type Gazetteer } from './gazetteer';

let pending: Promise<Gazetteer> | undefined;

/** Fetch and parse once; `url` defaults to data/gazetteer.txt.gz relative to the page (Vite `public/`). */
export function fetchGazetteer(url = 'data/gazetteer.txt.gz'): Promise<Gazetteer> {
  pending ??= fetch(url).then(async (r) => {
    if (!r.ok) throw new Error(`gazetteer: HTTP ${r.status} for ${url}`);
    return parseGazetteer(await gazetteerText(r));
  });
  return pending;
}

/**
 * The file's text: gzip (magic bytes 1f 8b) is inflated by the browser's own DecompressionStream; a server
 * that already decoded it (Content-Encoding) or a plain file gives the text as it is.
 */
export async function gazetteerText(r: Response): Promise<string> {
  const buf = new Uint8Array(await r.arrayBuffer());
  if (buf[0] !== 0x1f || buf[1] !== 0x8b) return new TextDecoder().decode(buf);
  return new Response(new Blob([buf]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
}
