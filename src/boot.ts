/**
 * The page's first script: when the page opens on an article to extract (`?story=` naming an article
 * file; the sample opens from its prebuilt story), it starts the extraction worker and has it load the
 * gazetteer before anything else, then loads the app. The worker's start and the gazetteer's download
 * (megabytes) thus overlap with loading and starting MapLibre instead of waiting behind them: the first
 * story reaches the map sooner. Kept tiny and free of other imports so it runs within milliseconds of
 * the page.
 */
import { extractionWorker, gazetteerUrl, opensOnArticle } from './worker/early';

if (opensOnArticle(location.search)) {
  extractionWorker().postMessage({ id: 0, type: 'preload', gazetteerUrl: gazetteerUrl() });
}
void import('./main');
