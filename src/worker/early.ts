/**
 * The page's one extraction worker, created on first use: by src/boot.ts before the app loads, so the
 * gazetteer is on its way while MapLibre starts, then handed to the app by src/main.ts.
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
 * Does the page, opened with this query string, start on an article to extract? Not with `?story=none`,
 * nor with a story file (`?story=….json`, `….geojson`): the gazetteer then loads only if asked for.
 */
export function opensOnArticle(search: string): boolean {
  const story = new URLSearchParams(search).get('story');
  return story !== 'none' && !/\.(?:geo)?json(?:[?#]|$)/i.test(story ?? '');
}
