/**
 * Keeps edited stories across reloads in a key-value store (localStorage in the page, a Map in tests),
 * keyed by a hash of the article text: opening the same article again brings back its edits. Keeps the
 * most recently saved `max` stories and remembers which one was open last. Stored stories are validated
 * when read; anything unreadable is dropped, never thrown.
 */
import type { Story } from '../story';
import { validateStory } from '../io/validate';

export interface KeyValue {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A KeyValue in memory (tests, or when localStorage is unavailable). */
export function memoryStorage(): KeyValue & { readonly size: number } {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, String(v)),
    removeItem: (k) => void m.delete(k),
    get size() {
      return m.size;
    },
  };
}

/**
 * A 64-bit hash of the text (two 32-bit FNV-1a lanes with different offsets, over UTF-16 code units) plus
 * its length, as a short base-36 key. Not cryptographic; collisions between real articles are negligible.
 */
export function textKey(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return `${text.length.toString(36)}-${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
}

export interface Persistence {
  /**
   * Save (or overwrite) the story for its article text and mark it the last one open. `edited` says
   * whether a person changed it (an unedited story may be re-extracted by a newer extractor instead).
   */
  save(story: Story, edited?: boolean): boolean;
  /** The saved story for this article text, or null. */
  loadFor(text: string): Saved | null;
  /** The story that was open last, or null. */
  last(): Saved | null;
  /** Forget the saved edits for this article text. */
  forget(text: string): void;
  /** Mark this article as the one open (without saving it). */
  setLast(text: string): void;
}

export interface Saved {
  story: Story;
  edited: boolean;
  savedAt: number;
}

interface IndexEntry {
  k: string;
  t: number;
}

/**
 * `maxChars`: a story bigger than this (as JSON) is not stored, rather than evicting every other story
 * to make room for it (localStorage holds about 5 M characters per origin).
 */
export function createPersistence(kv: KeyValue, { prefix = 'article-atlas:', max = 20, maxChars = 2_500_000, now = () => Date.now() } = {}): Persistence {
  const storyKey = (h: string): string => `${prefix}story:${h}`;
  const indexKey = `${prefix}index`;
  const lastKey = `${prefix}last`;

  const readIndex = (): IndexEntry[] => {
    try {
      const v = JSON.parse(kv.getItem(indexKey) ?? '[]') as unknown;
      return Array.isArray(v) ? v.filter((e): e is IndexEntry => typeof e?.k === 'string' && typeof e?.t === 'number') : [];
    } catch {
      return [];
    }
  };

  const read = (h: string): Saved | null => {
    const raw = kv.getItem(storyKey(h));
    if (raw === null) return null;
    try {
      const env = JSON.parse(raw) as { v?: number; edited?: unknown; savedAt?: unknown; story?: unknown };
      const r = env?.v === 1 ? validateStory(env.story) : null;
      if (r?.ok) return { story: r.value, edited: env.edited === true, savedAt: typeof env.savedAt === 'number' ? env.savedAt : 0 };
    } catch {
      /* fall through */
    }
    kv.removeItem(storyKey(h));
    return null;
  };

  const safeSet = (k: string, v: string): void => {
    try {
      kv.setItem(k, v);
    } catch {
      /* storage full or disabled: persistence is best effort */
    }
  };

  return {
    save(story, edited = false) {
      const h = textKey(story.article.text);
      const t = now();
      const body = JSON.stringify({ v: 1, edited, savedAt: t, story });
      if (body.length > maxChars) return false;
      let index = readIndex().filter((e) => e.k !== h);
      index.push({ k: h, t });
      // Evict the oldest beyond `max`, and keep evicting while the store is full.
      while (index.length > max) kv.removeItem(storyKey(index.shift()!.k));
      for (;;) {
        try {
          kv.setItem(storyKey(h), body);
          break;
        } catch {
          const oldest = index.find((e) => e.k !== h);
          if (!oldest) return false;
          index = index.filter((e) => e !== oldest);
          kv.removeItem(storyKey(oldest.k));
        }
      }
      safeSet(indexKey, JSON.stringify(index));
      safeSet(lastKey, h);
      return true;
    },
    loadFor(text) {
      return read(textKey(text));
    },
    last() {
      const h = kv.getItem(lastKey);
      return h ? read(h) : null;
    },
    forget(text) {
      const h = textKey(text);
      kv.removeItem(storyKey(h));
      safeSet(indexKey, JSON.stringify(readIndex().filter((e) => e.k !== h)));
    },
    setLast(text) {
      safeSet(lastKey, textKey(text));
    },
  };
}
