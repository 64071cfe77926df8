/**
 * Triggers of a sentence (send/receive/train/help/move/visit/deport/withdraw verbs and their
 * nominalisations), with verb-versus-noun decided from context, and clause boundaries.
 */
import { hasMark, isCargo, isTriggerWord, MB, prepRole, type Item } from './items';
import type { Tag } from './lexicon/index';
import type { Mood, TriggerClass } from './lexicon/types';
import type { FlowCategory, Lang } from '../story';

export interface Trigger {
  idx: number;
  cls: TriggerClass;
  mood: Mood | 'noun';
  cat?: FlowCategory;
}

/** Trigger items of a sentence with their class and mood (verb vs noun decided from context). */
export function findTriggers(items: Item[], lang: Lang): Trigger[] {
  const out: Trigger[] = [];
  let lastVerb = -10;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.place) continue;
    let verb: Extract<Tag, { k: 'verb' }> | undefined;
    let noun: Extract<Tag, { k: 'noun' }> | undefined;
    for (const t of it.tags) {
      if (t.k === 'verb' && !verb) verb = t;
      else if (t.k === 'noun' && !noun) noun = t;
    }
    if (!verb && !noun) continue;
    const prev = items[i - 1];
    const prevIsDet = hasMark(prev, MB.det) || (prepRole(prev) !== null && !prev?.place);
    if (verb && noun) {
      const nounish = prevIsDet || (lang === 'en' && (isCargo(prev) || !!prev?.place || prev?.lower === 's'));
      if (nounish) verb = undefined;
      else noun = undefined;
    }
    if (verb) {
      if (verb.mood === 'part' && hasMark(prev, MB.det)) continue; // "o enviado", "the deployed"
      // "by train", "the transfer": a verb form after an article or a preposition (other than an
      // infinitive's "to"/"para"/"a") is a noun.
      const pr = prev && !prev.place ? prev.prep : null;
      // "recebeu caças F-16 doados pela Dinamarca": a participle on the object of an earlier verb modifies it.
      const obj = isCargo(prev) || (prev?.cap && !prev.place && isCargo(items[i - 2]));
      if (verb.mood === 'part' && lastVerb >= 0 && obj && !hasMark(prev, MB.passiveAux)) continue;
      if (verb.mood !== 'inf' && verb.mood !== 'ger' && ((hasMark(prev, MB.det) && pr === null) || (pr !== null && pr !== 'to'))) continue;
      out.push({ idx: i, cls: verb.cls, mood: verb.mood, ...(verb.cat ? { cat: verb.cat } : {}) });
      lastVerb = i;
    } else if (noun) {
      if (isCargo(it) && i - lastVerb <= 8) continue; // "enviou ajuda", "provided training": cargo, not a trigger
      out.push({ idx: i, cls: noun.cls, mood: 'noun', ...(noun.cat ? { cat: noun.cat } : {}) });
    }
  }
  return out;
}

export function isBoundary(items: Item[], i: number): boolean {
  const it = items[i]!;
  if (it.tok === 'punct' && it.lower === ';') return true;
  return hasMark(it, MB.breaker) && !isTriggerWord(it);
}

