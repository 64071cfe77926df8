import { describe, expect, it } from 'vitest';
import { opensOnArticle } from './early';

describe('opensOnArticle', () => {
  it('is true for the sample and for article URLs, false for no story and for story files', () => {
    expect(opensOnArticle('')).toBe(true);
    expect(opensOnArticle('?theme=dark')).toBe(true);
    expect(opensOnArticle('?story=samples/report.txt')).toBe(true);
    expect(opensOnArticle('?story=none')).toBe(false);
    expect(opensOnArticle('?story=stories/kursk.json')).toBe(false);
    expect(opensOnArticle('?story=stories/kursk.GeoJSON&theme=light')).toBe(false);
  });
});
