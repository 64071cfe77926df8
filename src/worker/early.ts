/**
 * The page's one extraction worker, created on first use: by src/boot.ts before the app loads, so the
 * gazetteer is on its way while MapLibre starts, then handed to the app by src/main.ts.
 */
let worker: Worker | null = null;

export function extractionWorker(): Worker {
  worker ??= new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module', name: 'article-atlas-extract' });
  return worker;
}

/** The gazetteer file, relative to the page (Vite copies public/data/ to data/). */
export function gazetteerUrl(): string {
  return new URL('./data/gazetteer.txt', document.baseURI).href;
}
