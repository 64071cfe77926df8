/**
 * Cargo: the nouns a trigger governs (lists give one flow each), their categories, quantities and units;
 * elaborations ("tecnologias, como sistemas..."), modifiers ("tecnologias militares"), carriers
 * ("avions chargés d'aide"), prices ("por US$ 300 milhões") and reciprocity ("em troca de petróleo").
 */
import { has, hasBefore, hasMark, isCargo, isPlain, MB, prepRole, type Item } from './items';
import { quantityAt, type Quantity } from './quantity';
import type { Role } from './roles';
import type { Trigger } from './triggers';
import type { FlowCategory, Lang } from '../story';

export interface CargoHit {
  cat: FlowCategory;
  unit: string;
  q: Quantity | null;
  reversed: boolean;
}

/** Cargo nouns a trigger governs, in order, with quantities; lists give several. */
export function collectCargo(items: Item[], t: Trigger, L: number, R: number, passive: boolean, lang: Lang, decimalComma: boolean, roles?: Array<Role | undefined>): CargoHit[] {
  const ranges: Array<[number, number]> = [];
  const noun = t.mood === 'noun';
  if (noun) {
    ranges.push([t.idx + 1, R]);
    if (lang === 'en') ranges.push([Math.max(L, t.idx - 3), t.idx - 1]);
  } else if (t.cls === 'move') {
    // Who travels: the subject, or an inverted subject right after the verb ("chegaram 300 refugiados").
    let end = R;
    for (let k = t.idx + 1; k <= R; k++) if (items[k]!.place || items[k]!.prep !== null) { end = k - 1; break; }
    ranges.push([L, t.idx - 1], [t.idx + 1, end]);
  } else if (passive) {
    ranges.push([L, t.idx - 1], [t.idx + 1, R]);
  } else ranges.push([t.idx + 1, R]);

  const out: CargoHit[] = [];
  for (const [a, b] of ranges) {
    let elabCat: FlowCategory | undefined;
    let reversed = false;
    let lastCargo = -10;
    for (let k = a; k <= b; k++) {
      const it = items[k]!;
      if (hasMark(it, MB.recipFor)) reversed = true;
      if (hasMark(it, MB.elab) && lastCargo >= 0) elabCat = out[out.length - 1]?.cat;
      if (it.tok === 'punct' && (it.lower === ';' || it.lower === ')')) elabCat = undefined;
      let cargo: { cat: FlowCategory; unit: string } | undefined;
      if (it.place && roles?.[k]?.asNoun) {
        out.push({ cat: 'people', unit: 'people', q: quantityAt(items, k, decimalComma), reversed });
        lastCargo = k;
        continue;
      }
      for (const g of it.tags) {
        if (g.k === 'cargo') cargo = { cat: g.cat, unit: g.unit };
        else if (g.k === 'cur' && !cargo) cargo = { cat: 'money', unit: g.code };
      }
      if (!cargo || it.place) continue;
      // "Rapid Support Forces", "Forças Armadas": a capitalised cargo word inside a name.
      if (it.cap && k > 0 && it.tok === 'word') continue;
      // A cargo word right after another is a modifier ("tecnologias militares"); in English the first is.
      if (lang !== 'en' && k - 1 === lastCargo) continue;
      if (hasMark(it, MB.adj) && (isPlain(items[k - 1]) || isCargo(items[k - 1]))) continue;
      if (lang === 'en' && isCargo(items[k + 1]) && k + 1 <= b) {
        lastCargo = k;
        continue;
      }
      // "tecnologia de drones": a cargo noun after "de" + cargo is a modifier.
      if (lang !== 'en' && prepRole(items[k - 1]) === 'of' && k - 2 === lastCargo) continue;
      // "no valor de 326 milhões de euros", "worth $2bn": a value, not a payment.
      if (cargo.cat === 'money' && out.length > 0 && hasBefore(items, k, a, 6, (x) => hasMark(x, MB.worth))) continue;
      // "avions chargés d'aide humanitaire": the vehicle carries the cargo, it is not what is sent.
      if (cargo.cat === 'vehicles' && (hasMark(items[k + 1], MB.carrier) || hasMark(items[k + 2], MB.carrier))) continue;
      // "programa de mísseis", "missile programme": the programme is the cargo.
      if (prepRole(items[k - 1]) === 'of' && hasMark(items[k - 2], MB.program)) continue;
      if (lang === 'en' && hasMark(items[k + 1], MB.program)) continue;
      lastCargo = k;
      const q = quantityAt(items, k, decimalComma);
      // "US$ 1,2 bilhão em ajuda militar": the amount measures the aid.
      if (cargo.cat === 'money' && it.tok === 'sym') {
        const next = q ? items.findIndex((x, xi) => xi > k && x.start >= q!.end) : -1;
        let at = next > 0 && next <= b && prepRole(items[next]) === 'in' ? next + 1 : next;
        // "$300 million worth of drone components".
        if (at > 0 && hasMark(items[at], MB.worth)) at += prepRole(items[at + 1]) === 'of' ? 2 : 1;
        if (lang === 'en' && at > 0 && isCargo(items[at]) && isCargo(items[at + 1]) && at + 1 <= b) at++;
        if (at > 0 && at <= b && isCargo(items[at]) && !has(items[at], (g) => g.k === 'cur')) {
          const tgt = items[at]!.tags.find((g) => g.k === 'cargo');
          if (tgt && tgt.k === 'cargo') {
            out.push({ cat: tgt.cat, unit: cargo.unit, q, reversed });
            k = at;
            lastCargo = k;
            continue;
          }
        }
      }
      const cat = elabCat ?? cargo.cat;
      // "pagaram US$ 1 bilhão por sistemas": what is paid for travels the other way.
      const paidFor = t.cat === 'money' && cat !== 'money';
      out.push({ cat, unit: cargo.unit, q, reversed: reversed !== paidFor });
    }
  }
  return out;
}

export function categorize(t: Trigger, cargo: CargoHit[]): CargoHit[] {
  const fixed: FlowCategory | undefined =
    t.cls === 'train' ? 'training' : t.cls === 'visit' ? 'visit' : t.cls === 'deport' ? 'people' : undefined;
  if (fixed) return [{ cat: fixed, unit: fixed === 'people' ? cargo[0]?.unit ?? 'people' : fixed, q: cargo[0]?.q ?? null, reversed: false }];
  let hits = cargo;
  if (t.cls === 'move') {
    // What travels: people, troops, vehicles, or goods named as the subject ("200 caminhões com alimentos entraram").
    const moving = cargo.filter((h) => h.cat !== 'money' && h.cat !== 'technology' && h.cat !== 'training');
    hits = moving.length > 0 ? moving : [];
    if (hits.length === 0) return [{ cat: t.cat ?? 'visit', unit: t.cat ?? 'visit', q: null, reversed: false }];
  }
  if (hits.length === 0 && t.cat) return [{ cat: t.cat, unit: t.cat, q: null, reversed: false }];
  // "comprou 24 caças por US$ 300 milhões": the money is the price and travels against the goods.
  if (t.cat !== 'money' && hits.some((h) => h.cat === 'money') && hits.some((h) => h.cat !== 'money')) {
    hits = hits.map((h) => (h.cat === 'money' ? { ...h, reversed: !h.reversed } : h));
  }
  const seen = new Map<string, CargoHit>();
  for (const h of hits) {
    const key = `${h.cat}|${h.reversed}`;
    const prev = seen.get(key);
    if (!prev) seen.set(key, h);
    else if (!prev.q && h.q) seen.set(key, h);
  }
  return [...seen.values()];
}

