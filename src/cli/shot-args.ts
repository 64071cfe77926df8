/**
 * Arguments of `article-atlas shot`, parsed and checked without touching the disk or a browser, so every
 * usage error is found before anything is launched. Pure.
 */
import { ExportOptionsError, parseView, resolveOptions, type ExportOptions } from '../export/options';
import { LANGS, type Lang } from '../story';

export const SHOT_USAGE = `usage: article-atlas shot INPUT... -o out.png [options]
  INPUT                 story JSON (.json/.geojson) or article text (.txt/.md/.html; extracted first); - for stdin
  -o, --out FILE        output PNG (one input)
  --out-dir DIR         output directory (several inputs or --jsonl): one PNG per story
  --jsonl FILE          stories (or {"text": ...} articles), one JSON per line
  --width N --height N  image size in CSS px (default 1600×900)
  --scale R             pixel ratio 1–4 (default 1): the PNG is width×R by height×R
  --theme light|dark    (default light)
  --view fit|lon,lat,zoom   camera (default fit: every place of the story)
  --title TEXT          title (default: the article's); --subtitle TEXT (default: source · date)
  --no-legend --no-scale-bar --callouts   what to include
  --lang pt|en|es|fr    language of the article text (default: detected)
  --dpi N               resolution written to the PNG (e.g. 300)
  --port N              serve the app on this 127.0.0.1 port (default: a free one)
  --quiet               no progress on stderr`;

export interface ShotArgs {
  inputs: string[];
  out?: string;
  outDir?: string;
  jsonl?: string;
  lang?: Lang;
  port?: number;
  quiet: boolean;
  export: Partial<ExportOptions>;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

function num(flag: string, v: string | undefined): number {
  if (v === undefined || v.trim() === '' || !Number.isFinite(Number(v))) throw new UsageError(`${flag} needs a number, got ${v === undefined ? 'nothing' : `"${v}"`}`);
  return Number(v);
}

export function parseShotArgs(argv: string[]): ShotArgs {
  const a: ShotArgs = { inputs: [], quiet: false, export: { width: 1600, height: 900, pixelRatio: 1, theme: 'light', view: 'fit' } };
  const e = a.export;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '-o': case '--out': a.out = value(); break;
      case '--out-dir': a.outDir = value(); break;
      case '--jsonl': a.jsonl = value(); break;
      case '--width': e.width = num(flag, value()); break;
      case '--height': e.height = num(flag, value()); break;
      case '--scale': case '--pixel-ratio': e.pixelRatio = num(flag, value()); break;
      case '--theme': {
        const t = value();
        if (t !== 'light' && t !== 'dark') throw new UsageError(`--theme must be light or dark, got "${t}"`);
        e.theme = t;
        break;
      }
      case '--view': {
        const v = value();
        if (v === 'current') throw new UsageError('--view current needs an on-screen map; use fit or lon,lat,zoom');
        try {
          e.view = parseView(v);
        } catch (err) {
          throw new UsageError((err as Error).message);
        }
        break;
      }
      case '--title': e.title = value(); break;
      case '--subtitle': e.subtitle = value(); break;
      case '--no-legend': e.legend = false; break;
      case '--legend': e.legend = true; break;
      case '--no-scale-bar': e.scaleBar = false; break;
      case '--callouts': e.callouts = true; break;
      case '--no-callouts': e.callouts = false; break;
      case '--dpi': e.dpi = num(flag, value()); break;
      case '--lang': {
        const l = value();
        if (!(LANGS as readonly string[]).includes(l)) throw new UsageError(`--lang must be one of ${LANGS.join(', ')}, got "${l}"`);
        a.lang = l as Lang;
        break;
      }
      case '--port': {
        const p = num(flag, value());
        if (!Number.isInteger(p) || p < 1 || p > 65535) throw new UsageError(`--port must be 1–65535, got ${p}`);
        a.port = p;
        break;
      }
      case '-q': case '--quiet': a.quiet = true; break;
      default:
        if (arg === '-' || !arg.startsWith('-')) a.inputs.push(arg);
        else throw new UsageError(`unknown option ${arg}`);
    }
  }
  if (!a.inputs.length && !a.jsonl) throw new UsageError('no input: give a story JSON or an article text file (or --jsonl FILE)');
  const many = a.inputs.length > 1 || a.jsonl !== undefined;
  if (many && !a.outDir) throw new UsageError('several inputs (or --jsonl) need --out-dir DIR');
  if (many && a.out) throw new UsageError('-o names one PNG; with several inputs use --out-dir DIR');
  if (!many && !a.out && !a.outDir) throw new UsageError('no output: give -o out.png');
  if (a.out && !/\.png$/i.test(a.out)) throw new UsageError(`-o ${a.out}: the output must be a .png file`);
  try {
    resolveOptions(e, { theme: 'light', lang: 'en' });
  } catch (err) {
    if (err instanceof ExportOptionsError) throw new UsageError(err.message);
    throw err;
  }
  return a;
}
