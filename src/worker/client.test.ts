import { describe, expect, it } from 'vitest';
import type { Story } from '../story';
import { createExtractor, type WorkerLike } from './client';
import type { Request, Response } from './protocol';

/** A worker stand-in: records what is posted, and lets the test answer or fail. */
function fakeWorker() {
  const posted: Request[] = [];
  const on: { message: Array<(e: MessageEvent<Response>) => void>; error: Array<(e: ErrorEvent) => void> } = { message: [], error: [] };
  let terminated = false;
  const w = {
    posted,
    get terminated() {
      return terminated;
    },
    postMessage: (m: Request) => void posted.push(m),
    addEventListener: (type: 'message' | 'error', fn: never) => void (on[type] as unknown[]).push(fn),
    terminate: () => void (terminated = true),
    answer: (r: Response) => on.message.forEach((f) => f({ data: r } as MessageEvent<Response>)),
    fail: (message: string) => on.error.forEach((f) => f({ message, preventDefault() {} } as ErrorEvent)),
  };
  return w;
}

/** A worker factory that keeps every worker it made. */
function factory() {
  const made: Array<ReturnType<typeof fakeWorker>> = [];
  const make = (): WorkerLike => {
    made.push(fakeWorker());
    return made[made.length - 1]! as unknown as WorkerLike;
  };
  return { made, make };
}

const STORY: Story = { article: { text: 'x', lang: 'en' }, places: [], flows: [] };

describe('createExtractor', () => {
  it('starts a worker from a factory only on first use; warm() asks it to load the gazetteer', async () => {
    const { made, make } = factory();
    const ex = createExtractor(make, '/g.txt.gz');
    expect(made).toHaveLength(0);
    ex.warm();
    expect(made).toHaveLength(1);
    expect(made[0]!.posted).toEqual([{ id: 0, type: 'preload', gazetteerUrl: '/g.txt.gz' }]);
    const p = ex.analyze('x', {});
    expect(made).toHaveLength(1); // the same worker
    const req = made[0]!.posted[1]!;
    expect(req.type).toBe('analyze');
    made[0]!.answer({ id: req.id, type: 'story', story: STORY, ms: 3 });
    await expect(p).resolves.toEqual({ story: STORY, ms: 3 });
  });

  it('a failed worker rejects what is pending; the next request gets a new worker', async () => {
    const { made, make } = factory();
    const ex = createExtractor(make, '/g');
    const p = ex.search('Lisboa', 'pt');
    made[0]!.fail('boom');
    await expect(p).rejects.toThrow('The extraction worker failed: boom');
    expect(made[0]!.terminated).toBe(true);
    const q = ex.search('Porto', 'pt');
    expect(made).toHaveLength(2);
    const req = made[1]!.posted[0]!;
    made[1]!.answer({ id: req.id, type: 'results', results: [] });
    await expect(q).resolves.toEqual([]);
  });

  it('a fixed worker that failed, or a stopped extractor, rejects later requests at once instead of hanging', async () => {
    const w = fakeWorker();
    const ex = createExtractor(w as unknown as WorkerLike, '/g');
    w.fail('bad script');
    await expect(ex.analyze('x', {})).rejects.toThrow('bad script');
    const { made, make } = factory();
    const ex2 = createExtractor(make, '/g');
    const pending = ex2.analyze('x', {});
    ex2.terminate();
    await expect(pending).rejects.toThrow('stopped');
    await expect(ex2.search('a', 'en')).rejects.toThrow('stopped');
    expect(made).toHaveLength(1);
  });

  it('a factory that throws rejects the request and leaves warm() harmless', async () => {
    const ex = createExtractor(() => {
      throw new Error('workers are disabled');
    }, '/g');
    expect(() => ex.warm()).not.toThrow();
    await expect(ex.analyze('x', {})).rejects.toThrow('workers are disabled');
  });
});
