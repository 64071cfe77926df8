import { describe, expect, it } from 'vitest';
import { deepFreeze, fixtureStory } from '../io/fixtures/story';
import { createStore, type ChangeCause } from './store';

describe('createStore', () => {
  it('undoes and redoes edits, notifying listeners with the cause', () => {
    const s0 = deepFreeze(fixtureStory());
    const store = createStore(s0);
    const seen: string[] = [];
    store.subscribe((_s, c: ChangeCause) => seen.push(c.kind));
    expect(store.canUndo()).toBe(false);
    store.dispatch({ type: 'reverseFlow', id: 'f1' });
    const s1 = store.story;
    store.dispatch({ type: 'deleteFlow', id: 'f2' });
    expect(store.undoLabel()).toBe('delete flow');
    expect(store.story.flows).toHaveLength(1);
    expect(store.undo()).toBe(true);
    expect(store.story).toBe(s1);
    expect(store.undo()).toBe(true);
    expect(store.story).toBe(s0);
    expect(store.undo()).toBe(false);
    expect(store.redoLabel()).toBe('reverse flow');
    store.redo();
    expect(store.story).toBe(s1);
    store.dispatch({ type: 'setTitle', title: 'x' });
    expect(store.canRedo()).toBe(false);
    expect(seen).toEqual(['command', 'command', 'undo', 'undo', 'redo', 'command']);
  });

  it('leaves the story unchanged when a command fails', () => {
    const store = createStore(fixtureStory());
    const before = store.story;
    expect(() => store.dispatch({ type: 'deleteFlow', id: 'nope' })).toThrow(/No flow/);
    expect(store.story).toBe(before);
    expect(store.canUndo()).toBe(false);
  });

  it('load replaces the story and clears history; the history is bounded', () => {
    const store = createStore(fixtureStory(), { limit: 3 });
    for (let i = 0; i < 5; i++) store.dispatch({ type: 'movePlace', id: 'country:AA', lon: i, lat: 0 });
    let n = 0;
    while (store.undo()) n++;
    expect(n).toBe(3);
    expect(store.story.places[0]!.lon).toBe(1);
    store.load(fixtureStory());
    expect(store.canUndo() || store.canRedo()).toBe(false);
  });
});
