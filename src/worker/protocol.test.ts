import { describe, expect, it } from 'vitest';
import { fixtureStory } from '../io/fixtures/story';
import { createHandler, type Response, type WorkerDeps } from './protocol';

/** A handler whose analyze returns the fixture story, with the given gazetteer loader; what it posts goes to `out`. */
function handlerWith(loadGazetteer: WorkerDeps<object>['loadGazetteer']): { h: ReturnType<typeof createHandler<object>>; out: Response[] } {
  const out: Response[] = [];
  const h = createHandler<object>({ loadGazetteer, analyze: () => fixtureStory(), search: () => [], now: () => 0 }, (r) => out.push(r));
  return { h, out };
}

describe('worker handler', () => {
  it('loads the gazetteer once, posts progress in order, then the story', async () => {
    const out: Response[] = [];
    let loads = 0;
    const h = createHandler(
      {
        loadGazetteer: async () => ({ loads: ++loads }),
        analyze: (_t, _g, _o, onStage) => {
          onStage('flows');
          return fixtureStory();
        },
        search: () => [{ name: 'X', kind: 'city', lon: 1, lat: 2 }],
        now: () => 0,
      },
      (r) => out.push(r),
    );
    await h({ id: 1, type: 'analyze', text: 'x', options: {}, gazetteerUrl: 'g' });
    await h({ id: 2, type: 'search', query: 'x', limit: 5, lang: 'en', gazetteerUrl: 'g' });
    expect(loads).toBe(1);
    expect(out.map((r) => (r.type === 'progress' ? r.stage : r.type))).toEqual(['gazetteer', 'recognising', 'flows', 'done', 'story', 'results']);
  });

  it('posts errors as messages and retries a failed gazetteer load', async () => {
    const out: Response[] = [];
    let fail = true;
    const h = createHandler(
      {
        loadGazetteer: async () => {
          if (fail) throw new Error('gazetteer: HTTP 404');
          return {};
        },
        analyze: () => {
          throw new Error('boom');
        },
        search: () => [],
      },
      (r) => out.push(r),
    );
    await h({ id: 1, type: 'analyze', text: 'x', options: {}, gazetteerUrl: 'g' });
    expect(out.at(-1)).toEqual({ id: 1, type: 'error', message: 'gazetteer: HTTP 404' });
    fail = false;
    await h({ id: 2, type: 'analyze', text: 'x', options: {}, gazetteerUrl: 'g' });
    expect(out.at(-1)).toEqual({ id: 2, type: 'error', message: 'boom' });
  });

  it('a preload starts the one gazetteer load; a request arriving meanwhile waits for it and says so', async () => {
    let loads = 0;
    let release!: () => void;
    const { h, out } = handlerWith(() => {
      loads++;
      return new Promise<object>((r) => (release = () => r({})));
    });
    const pre = h({ id: 0, type: 'preload', gazetteerUrl: 'g' });
    const ana = h({ id: 1, type: 'analyze', text: 'x', options: {}, gazetteerUrl: 'g' });
    expect(out.map((r) => [r.id, r.type === 'progress' ? r.stage : r.type])).toEqual([[1, 'gazetteer']]);
    release();
    await Promise.all([pre, ana]);
    expect(loads).toBe(1);
    expect(out.filter((r) => r.id === 0)).toEqual([]); // the preload itself answers nothing
    expect(out.at(-1)?.type).toBe('story');
    // Once loaded, a request no longer announces the gazetteer stage.
    await h({ id: 2, type: 'analyze', text: 'x', options: {}, gazetteerUrl: 'g' });
    expect(out.filter((r) => r.id === 2).map((r) => (r.type === 'progress' ? r.stage : r.type))).toEqual(['recognising', 'done', 'story']);
  });

  it('a failed preload is retried by the next request', async () => {
    let fail = true;
    const { h, out } = handlerWith(async () => {
      if (fail) throw new Error('gazetteer: HTTP 503');
      return {};
    });
    await h({ id: 0, type: 'preload', gazetteerUrl: 'g' });
    expect(out).toEqual([{ id: 0, type: 'error', message: 'gazetteer: HTTP 503' }]);
    fail = false;
    await h({ id: 1, type: 'analyze', text: 'x', options: {}, gazetteerUrl: 'g' });
    expect(out.at(-1)?.type).toBe('story');
  });
});
