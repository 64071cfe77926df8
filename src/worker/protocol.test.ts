import { describe, expect, it } from 'vitest';
import { fixtureStory } from '../io/fixtures/story';
import { createHandler, type Response } from './protocol';

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
});
