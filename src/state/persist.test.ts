import { describe, expect, it } from 'vitest';
import { fixtureStory } from '../io/fixtures/story';
import { applyCommand } from './commands';
import { createPersistence, memoryStorage, textKey, type KeyValue } from './persist';

describe('textKey', () => {
  it('is stable and differs for different texts', () => {
    expect(textKey('abc')).toBe(textKey('abc'));
    expect(textKey('abc')).not.toBe(textKey('abd'));
    expect(textKey('')).toMatch(/^0-/);
  });
});

describe('createPersistence', () => {
  it('brings back the edited story for the same article text, and the last one open', () => {
    const kv = memoryStorage();
    const p = createPersistence(kv);
    const s = applyCommand(fixtureStory(), { type: 'reverseFlow', id: 'f1' });
    p.save(s, true);
    const again = createPersistence(kv);
    const got = again.loadFor(fixtureStory().article.text);
    expect(got?.edited).toBe(true);
    expect(got?.story).toStrictEqual(JSON.parse(JSON.stringify(s)));
    expect(again.last()?.story.flows[0]!.from).toBe('geonames:111');
    expect(again.loadFor('other text')).toBeNull();
    again.forget(s.article.text);
    expect(again.loadFor(s.article.text)).toBeNull();
  });

  it('drops corrupt entries instead of throwing', () => {
    const kv = memoryStorage();
    const p = createPersistence(kv);
    const s = fixtureStory();
    p.save(s);
    kv.setItem(`article-atlas:story:${textKey(s.article.text)}`, '{"v":1,"story":{"article":1}}');
    expect(p.loadFor(s.article.text)).toBeNull();
    expect(p.last()).toBeNull();
  });

  it('keeps at most `max` stories and evicts the oldest when storage is full', () => {
    const kv = memoryStorage();
    let t = 0;
    const p = createPersistence(kv, { max: 2, now: () => ++t });
    const mk = (x: string) => ({ ...fixtureStory(), article: { text: x, lang: 'en' as const }, places: [], flows: [] });
    p.save(mk('one'));
    p.save(mk('two'));
    p.save(mk('three'));
    expect(p.loadFor('one')).toBeNull();
    expect(p.loadFor('three')?.story.article.text).toBe('three');
    // A store that refuses writes beyond 3 keys: the oldest story is evicted to make room.
    const small: KeyValue = {
      ...kv,
      setItem(k, v) {
        if (kv.getItem(k) === null && kv.size >= 4) throw new Error('QuotaExceededError');
        kv.setItem(k, v);
      },
      getItem: (k) => kv.getItem(k),
      removeItem: (k) => kv.removeItem(k),
    };
    const q = createPersistence(small, { max: 5, now: () => ++t });
    expect(q.save(mk('four'))).toBe(true);
    expect(q.loadFor('four')?.story.article.text).toBe('four');
    expect(q.loadFor('two')).toBeNull();
  });

  it('does not store a story too large for the store (and keeps the others)', () => {
    const kv = memoryStorage();
    const p = createPersistence(kv, { maxChars: 6000 });
    const small = fixtureStory();
    expect(p.save(small)).toBe(true);
    const big = { ...fixtureStory(), article: { text: 'x'.repeat(7000), lang: 'en' as const }, places: [], flows: [] };
    expect(p.save(big)).toBe(false);
    expect(p.loadFor(big.article.text)).toBeNull();
    expect(p.loadFor(small.article.text)).not.toBeNull();
  });
});
