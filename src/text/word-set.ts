/**
 * A fixed set of words with a cheap pre-check in front of the hash set. Recognition asks "is this token one
 * of these words?" for nearly every token of a text, and nearly always the answer is no; hashing each
 * fresh token string for that costs more than the rest of the check. A word's signature (its first two
 * code units and its length, 5 bits each) is looked up in a 32,768-bit table first: only words whose
 * signature some member shares reach the hash set. The answer is always the set's own: a member's
 * signature is always marked.
 */

/** 15-bit signature of a word: first two code units and length, 5 bits each (any string, even ""). */
export function wordSig(w: string): number {
  const n = w.length;
  // (no charCodeAt past the end: NaN would take the engine off its small-integer path)
  const a = n > 0 ? w.charCodeAt(0) : 0;
  const b = n > 1 ? w.charCodeAt(1) : 0;
  return ((a & 31) << 10) | ((b & 31) << 5) | (n & 31);
}

/** A bit table of signatures. */
export type SigTable = Uint32Array;

export function newSigTable(): SigTable {
  return new Uint32Array(1 << 10);
}

export function markSig(t: SigTable, sig: number): void {
  t[sig >>> 5]! |= 1 << (sig & 31);
}

export function hasSig(t: SigTable, sig: number): boolean {
  return ((t[sig >>> 5]! >>> (sig & 31)) & 1) !== 0;
}

/** A read-only view of a set of words with the signature pre-check. The set must not change afterwards. */
export class WordSet {
  readonly words: ReadonlySet<string>;
  private readonly sigs: SigTable = newSigTable();

  constructor(words: ReadonlySet<string>) {
    this.words = words;
    for (const w of words) markSig(this.sigs, wordSig(w));
  }

  has(w: string): boolean {
    return hasSig(this.sigs, wordSig(w)) && this.words.has(w);
  }
}
