/**
 * The page's one extraction worker, created on first use: by src/boot.ts before the app loads when the
 * page opens on an article to extract (the gazetteer is then on its way while MapLibre starts), else by
 * the app on its first extraction or place search, or when the user opens the paste or file dialogs.
 */
let worker: Worker | null = null;

export function extractionWorker(): Worker {
  worker ??= new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module', name: 'article-atlas-extract' });
  return worker;
}

/**
 * The gazetteer file, relative to the page (Vite copies public/data/ to data/): its gzip copy, 4 MB
 * rather than 12 MB on the wire whatever the server compresses, inflated in the worker (load-browser.ts).
 */
export function gazetteerUrl(): string {
  return new URL('./data/gazetteer.txt.gz', document.baseURI).href;
}

/**
 * Does the page, opened with this query string, start on an article to extract? Only with `?story=` naming
 * an article file (anything but a story file: `.txt`, `.md`, `.html`…). Not with `?story=none`, nor a story
 * file (`….json`, `….geojson`), nor with no `?story=`:
 * the page then opens the last story or the sample's prebuilt story (geo/samples/build.ts), and the
 * gazetteer loads only when asked for.
 */
export function opensOnArticle(search: string): boolean {
  const story = new URLSearchParams(search).get('story');
  return !!story && story !== 'none' && !/\.(?:geo)?json(?:[?#]|$)/i.test(story);
}
