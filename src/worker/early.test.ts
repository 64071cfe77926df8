import { describe, expect, it } from 'vitest';
import { opensOnArticle } from './early';

describe('opensOnArticle', () => {
  it('is true for article URLs only: not for the sample (prebuilt), no story or story files', () => {
    expect(opensOnArticle('')).toBe(false);
    expect(opensOnArticle('?theme=dark')).toBe(false);
    expect(opensOnArticle('?story=')).toBe(false);
    expect(opensOnArticle('?story=samples/report.txt')).toBe(true);
    expect(opensOnArticle('?story=none')).toBe(false);
    expect(opensOnArticle('?story=stories/kursk.json')).toBe(false);
    expect(opensOnArticle('?story=stories/kursk.GeoJSON&theme=light')).toBe(false);
  });
});
