/**
 * Story JSON: the story exactly as the contract (src/story.ts) defines it, pretty-printed. Parsing goes
 * through validation, so a bad file gives messages naming what is wrong and where.
 */
import type { Story } from '../story';
import { validateStory, type Result } from './validate';

export function storyToJson(story: Story): string {
  return `${JSON.stringify(story, null, 2)}\n`;
}

/** Parse JSON text, reporting a syntax error as a message (with the position JSON.parse gives). */
export function parseJson(text: string, what = 'file'): Result<unknown> {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (e) {
    return { ok: false, errors: [`The ${what} is not valid JSON: ${(e as Error).message}`] };
  }
}

export function storyFromJson(text: string): Result<Story> {
  const parsed = parseJson(text);
  return parsed.ok ? validateStory(parsed.value) : parsed;
}
