/**
 * The page's side of the extraction worker: promise-returning `analyze` and `search`, progress through a
 * callback. Requests queue in the worker; a failed worker (script error) rejects everything pending
 * with a message instead of hanging.
 */
import type { PlaceChoice } from '../state/commands';
import type { Lang, Story } from '../story';
import type { AnalyzeOptions, Request, Response, Stage } from './protocol';

export interface WorkerLike {
  postMessage(m: Request): void;
  addEventListener(type: 'message', fn: (e: MessageEvent<Response>) => void): void;
  addEventListener(type: 'error', fn: (e: ErrorEvent) => void): void;
  terminate(): void;
}

export interface Extractor {
  analyze(text: string, options: AnalyzeOptions, onProgress?: (s: Stage) => void): Promise<{ story: Story; ms: number }>;
  search(query: string, lang: Lang, limit?: number): Promise<PlaceChoice[]>;
  /** Start the worker and its gazetteer download now, ahead of a request the user is about to make. */
  warm(): void;
  terminate(): void;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

interface Pending {
  resolve(v: unknown): void;
  reject(e: Error): void;
  onProgress?: (s: Stage) => void;
}

/**
 * `worker` may be a function: the worker is then created on the first request (or `warm`), so a page
 * that never extracts never starts it, and a worker that failed is replaced by a new one on the next
 * request. A fixed worker that failed, or a terminated extractor, rejects every later request at once.
 */
export function createExtractor(worker: WorkerLike | (() => WorkerLike), gazetteerUrl: string): Extractor {
  let next = 1;
  const pending = new Map<number, Pending>();
  const factory = typeof worker === 'function' ? worker : null;
  let w: WorkerLike | null = factory ? null : listen(worker as WorkerLike);
  let dead: Error | null = null;
  const get = (): WorkerLike => {
    if (dead) throw dead;
    return (w ??= listen(factory!()));
  };
  function listen(wk: WorkerLike): WorkerLike {
    wk.addEventListener('message', (e: MessageEvent<Response>) => {
      const m = e.data;
      const p = pending.get(m.id);
      if (!p) return;
      if (m.type === 'progress') p.onProgress?.(m.stage);
      else {
        pending.delete(m.id);
        if (m.type === 'error') p.reject(new Error(m.message));
        else if (m.type === 'story') p.resolve({ story: m.story, ms: m.ms });
        else p.resolve(m.results);
      }
    });
    wk.addEventListener('error', (e: ErrorEvent) => {
      e.preventDefault?.();
      const err = new Error(`The extraction worker failed: ${e.message || 'script error'}`);
      for (const p of pending.values()) p.reject(err);
      pending.clear();
      if (wk !== w) return;
      if (factory) {
        wk.terminate();
        w = null;
      } else dead = err;
    });
    return wk;
  }
  const send = <T>(req: DistributiveOmit<Request, 'id'>, onProgress?: (s: Stage) => void): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = next++;
      try {
        const wk = get();
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject, ...(onProgress ? { onProgress } : {}) });
        wk.postMessage({ ...req, id } as Request);
      } catch (e) {
        pending.delete(id);
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  return {
    analyze: (text, options, onProgress) => send({ type: 'analyze', text, options, gazetteerUrl }, onProgress),
    search: (query, lang, limit = 8) => send({ type: 'search', query, limit, lang, gazetteerUrl }),
    warm: () => {
      try {
        get().postMessage({ id: 0, type: 'preload', gazetteerUrl });
      } catch {
        // the next request reports it
      }
    },
    terminate: () => {
      w?.terminate();
      w = null;
      dead = new Error('The extraction worker was stopped');
      for (const p of pending.values()) p.reject(dead);
      pending.clear();
    },
  };
}
