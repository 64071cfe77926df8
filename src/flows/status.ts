/** Status of a flow statement: denied, suspended, planned, reported (hedged or attributed) or stated. */
import { hasMark, MB, type Item } from './items';
import type { Trigger } from './triggers';
import type { FlowStatus } from '../story';

/**
 * Is the trigger at `ti` attributed or hedged? A hedge after it ("..., said officials") or at the start of
 * the sentence ("Segundo ...", "According to ...") covers it; a hedge verb in an earlier coordinated
 * clause does not ("Moscou a dénoncé une escalade et a déployé des troupes").
 */
export function hedgedFor(items: Item[], ti: number): boolean {
  let coordSince = false;
  let hedged = hasMark(items[0], MB.hedge) || hasMark(items[1], MB.hedge);
  for (let k = ti - 1; k >= Math.max(0, ti - REACH) && !hedged; k--) {
    const it = items[k]!;
    if (hasMark(it, MB.coord) && !it.place) coordSince = true;
    if (hasMark(it, MB.hedge) && !coordSince) hedged = true;
  }
  const end = Math.min(items.length, ti + REACH);
  for (let k = ti + 1; k < end && !hedged; k++) if (hasMark(items[k], MB.hedge)) hedged = true;
  return hedged;
}

/** How far (in items) status and hedge markers may lie from their trigger: keeps run-on text linear. */
export const REACH = 60;

export function statusOf(items: Item[], t: Trigger, L: number, hedged: boolean): FlowStatus {
  let denied = false;
  let suspended = false;
  let planned = t.mood === 'fut';
  let reported = hedged || t.mood === 'cond';
  if (hasMark(items[t.idx], MB.plan)) planned = true; // "pledged", "prometeu"
  // "had received no weapons", "não recebeu nenhum míssil", "n'a reçu aucune arme".
  if (hasMark(items[t.idx + 1], MB.neg) || (hasMark(items[t.idx + 1], MB.det) && hasMark(items[t.idx + 2], MB.neg))) denied = true;
  const end = Math.min(items.length, t.idx + REACH);
  // "..., a charge Abu Dhabi denies"; but "negou que pretenda retirar" denies the clause after it.
  for (let k = t.idx + 1; k < end; k++) if (hasMark(items[k], MB.deny) && !hasMark(items[k + 1], MB.rel)) denied = true;
  for (let k = Math.max(0, t.idx - REACH); k < t.idx; k++) {
    const it = items[k]!;
    if (hasMark(it, MB.deny)) denied = true;
    if (hasMark(it, MB.suspend)) suspended = true;
    if (hasMark(it, MB.condAux)) reported = true;
    const near = t.idx - k <= 4 && k >= L - 1;
    if (near && hasMark(it, MB.neg)) denied = true;
    if (t.idx - k <= 5 && hasMark(it, MB.plan)) planned = true;
  }
  if (denied) return 'denied';
  if (suspended) return 'suspended';
  if (planned) return 'planned';
  if (reported) return 'reported';
  return 'stated';
}
