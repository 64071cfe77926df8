/**
 * The story store: the current Story plus an undo and a redo stack of earlier Story values. Stories are
 * immutable, so a history entry is just a reference. Listeners hear every change with its cause, so the
 * page can redraw and persist. No DOM, no storage: the page wires those.
 */
import type { Story } from '../story';
import { applyCommand, describeCommand, type Command } from './commands';

export type ChangeCause = { kind: 'load' } | { kind: 'command'; command: Command } | { kind: 'undo'; command: Command } | { kind: 'redo'; command: Command };

export type Listener = (story: Story, cause: ChangeCause) => void;

export interface StoryStore {
  readonly story: Story;
  /** Apply an edit; throws CommandError (the story stays as it was) when it cannot apply. */
  dispatch(command: Command): Story;
  undo(): boolean;
  redo(): boolean;
  canUndo(): boolean;
  canRedo(): boolean;
  /** What undo / redo would do, e.g. "reverse flow"; null when nothing. */
  undoLabel(): string | null;
  redoLabel(): string | null;
  /** Replace the story (a new article or an import) and clear the history. */
  load(story: Story): void;
  subscribe(fn: Listener): () => void;
}

interface Entry {
  before: Story;
  after: Story;
  command: Command;
}

export function createStore(initial: Story, { limit = 200 }: { limit?: number } = {}): StoryStore {
  let story = initial;
  let past: Entry[] = [];
  let future: Entry[] = [];
  const listeners = new Set<Listener>();
  const emit = (cause: ChangeCause): void => {
    for (const fn of [...listeners]) fn(story, cause);
  };

  return {
    get story() {
      return story;
    },
    dispatch(command) {
      const after = applyCommand(story, command);
      past.push({ before: story, after, command });
      if (past.length > limit) past = past.slice(past.length - limit);
      future = [];
      story = after;
      emit({ kind: 'command', command });
      return story;
    },
    undo() {
      const e = past.pop();
      if (!e) return false;
      future.push(e);
      story = e.before;
      emit({ kind: 'undo', command: e.command });
      return true;
    },
    redo() {
      const e = future.pop();
      if (!e) return false;
      past.push(e);
      story = e.after;
      emit({ kind: 'redo', command: e.command });
      return true;
    },
    canUndo: () => past.length > 0,
    canRedo: () => future.length > 0,
    undoLabel: () => (past.length ? describeCommand(past[past.length - 1]!.command) : null),
    redoLabel: () => (future.length ? describeCommand(future[future.length - 1]!.command) : null),
    load(next) {
      story = next;
      past = [];
      future = [];
      emit({ kind: 'load' });
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}
