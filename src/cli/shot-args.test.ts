import { describe, expect, it } from 'vitest';
import { parseShotArgs } from './shot-args';

describe('parseShotArgs', () => {
  it('reads a single shot with every option', () => {
    const a = parseShotArgs(['story.json', '-o', 'out.png', '--width', '1200', '--height=1200', '--scale', '2', '--theme', 'dark', '--view', '127.4,39.2,6', '--title', 'T', '--no-legend', '--lang', 'pt', '--port', '4321', '--callouts', '--dpi', '300']);
    expect(a.inputs).toEqual(['story.json']);
    expect(a.out).toBe('out.png');
    expect(a.export).toMatchObject({ width: 1200, height: 1200, pixelRatio: 2, theme: 'dark', view: { lon: 127.4, lat: 39.2, zoom: 6 }, title: 'T', legend: false, callouts: true, dpi: 300 });
    expect(a.lang).toBe('pt');
    expect(a.port).toBe(4321);
  });

  it('defaults to a 1600×900 light fit', () => {
    expect(parseShotArgs(['a.txt', '-o', 'a.png']).export).toMatchObject({ width: 1600, height: 900, pixelRatio: 1, theme: 'light', view: 'fit' });
  });

  it.each([
    [['a.json', '-o', 'a.png', '--width', '0'], /width 0 is too small/],
    [['a.json', '-o', 'a.png', '--width', '100000'], /too large/],
    [['a.json', '-o', 'a.png', '--height', 'abc'], /needs a number/],
    [['a.json', '-o', 'a.png', '--scale', '5'], /pixel ratio/],
    [['a.json', '-o', 'a.png', '--theme', 'blue'], /light or dark/],
    [['a.json', '-o', 'a.png', '--view', '1,2'], /lon,lat,zoom/],
    [['a.json', '-o', 'a.png', '--port', '70000'], /port/],
    [['a.json', 'b.json', '-o', 'a.png'], /out-dir/],
    [['--jsonl', 'x.jsonl', '-o', 'a.png'], /out-dir/],
    [['a.json'], /no output/],
    [['-o', 'a.png'], /no input/],
    [['a.json', '-o', 'a.jpg'], /\.png/],
    [['a.json', '-o', 'a.png', '--bogus'], /unknown option/],
    [['a.json', '-o'], /needs a value/],
  ])('rejects %j', (argv, msg) => {
    expect(() => parseShotArgs(argv)).toThrow(msg);
  });

  it('takes several inputs or --jsonl with --out-dir', () => {
    expect(parseShotArgs(['a.json', 'b.txt', '--out-dir', 'out']).inputs).toEqual(['a.json', 'b.txt']);
    expect(parseShotArgs(['--jsonl', 's.jsonl', '--out-dir', 'out']).jsonl).toBe('s.jsonl');
  });
});
