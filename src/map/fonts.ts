/**
 * Noto Sans woff2 files from @fontsource, emitted by Vite as same-origin assets and handed to the
 * style's `font-faces` (MapLibre rasterises them locally: no glyph server).
 */
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import greek400 from '@fontsource/noto-sans/files/noto-sans-greek-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import latinExt700 from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2?url';
import cyrillic700 from '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff2?url';
import type { FontFile } from './style';

// Unicode ranges as @fontsource declares them for each subset.
const LATIN = ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+0304', 'U+0308', 'U+0329', 'U+2000-206F', 'U+20AC', 'U+2122', 'U+2191', 'U+2193', 'U+2212', 'U+2215', 'U+FEFF', 'U+FFFD'];
const LATIN_EXT = ['U+0100-02BA', 'U+02BD-02C5', 'U+02C7-02CC', 'U+02CE-02D7', 'U+02DD-02FF', 'U+1D00-1DBF', 'U+1E00-1E9F', 'U+1EF2-1EFF', 'U+2020', 'U+20A0-20AB', 'U+20AD-20C0', 'U+2113', 'U+2C60-2C7F', 'U+A720-A7FF'];
const CYRILLIC = ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'];
const GREEK = ['U+0370-0377', 'U+037A-037F', 'U+0384-038A', 'U+038C', 'U+038E-03A1', 'U+03A3-03FF'];

const abs = (u: string): string => new URL(u, document.baseURI).href;

export function fontFiles(): { regular: FontFile[]; bold: FontFile[] } {
  return {
    regular: [
      { url: abs(latin400), unicodeRange: LATIN },
      { url: abs(latinExt400), unicodeRange: LATIN_EXT },
      { url: abs(cyrillic400), unicodeRange: CYRILLIC },
      { url: abs(greek400), unicodeRange: GREEK },
    ],
    bold: [
      { url: abs(latin700), unicodeRange: LATIN },
      { url: abs(latinExt700), unicodeRange: LATIN_EXT },
      { url: abs(cyrillic700), unicodeRange: CYRILLIC },
    ],
  };
}
