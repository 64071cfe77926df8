import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('splits on terminal punctuation followed by a capital', () => {
    expect(texts('Lavrov chegou. Kim o recebeu! Foi bom? Sim.')).toEqual([
      'Lavrov chegou.',
      'Kim o recebeu!',
      'Foi bom?',
      'Sim.',
    ]);
  });

  it('does not split after abbreviations, initials or dotted acronyms', () => {
    expect(texts('Gen. Kim met Dr. Smith in the U.S. Army base. Then J. R. Doe left.')).toEqual([
      'Gen. Kim met Dr. Smith in the U.S. Army base.',
      'Then J. R. Doe left.',
    ]);
  });

  it('does not split decimals or lower-case continuations', () => {
    expect(texts('Cerca de 1.500 soldados, isto é, 1,5 mil. e mais')).toEqual(['Cerca de 1.500 soldados, isto é, 1,5 mil. e mais']);
  });

  it('ends headlines and paragraphs at line breaks', () => {
    expect(texts('Headline without dot\nBody starts here. Second one.\n\nNext para')).toEqual([
      'Headline without dot',
      'Body starts here.',
      'Second one.',
      'Next para',
    ]);
  });

  it('keeps closing quotes with the sentence and offsets exact', () => {
    const t = '  Ele disse: “Vamos.” Depois saiu.  ';
    const s = splitSentences(t);
    expect(s.map((x) => x.text)).toEqual(['Ele disse: “Vamos.”', 'Depois saiu.']);
    for (const x of s) expect(t.slice(x.start, x.end)).toBe(x.text);
  });

  it('is linear on large input', () => {
    const t = 'A Rússia enviou tropas. '.repeat(200_000);
    const s = splitSentences(t);
    expect(s.length).toBe(200_000);
  });
  it('month abbreviations only before a number; hyphenated compounds are words', () => {
    expect(texts('Um resort à beira-mar. Lavrov chegou ao país.')).toEqual(['Um resort à beira-mar.', 'Lavrov chegou ao país.']);
    expect(texts('It ended in Mar. 5 talks. Then set. Out came the result.')).toEqual([
      'It ended in Mar. 5 talks.',
      'Then set.',
      'Out came the result.',
    ]);
  });
});
