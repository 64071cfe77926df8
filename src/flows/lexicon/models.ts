/**
 * Names of widely reported weapon systems, aircraft and vehicles, the same in every language: an article
 * often names only the model ("livré trois Rafale", "enviou Leopard 2"), never the kind of thing it is.
 * [name, category, unit]. Public facts about what each system is; reviewable data only.
 */
import type { FlowCategory } from '../../story';

export const MODELS: ReadonlyArray<readonly [string, FlowCategory, string]> = [
  // combat and transport aircraft, helicopters
  ['rafale', 'vehicles', 'fighter jets'], ['rafale marine', 'vehicles', 'fighter jets'], ['rafale m', 'vehicles', 'fighter jets'], ['mirage', 'vehicles', 'fighter jets'], ['f-16', 'vehicles', 'fighter jets'], ['f-35', 'vehicles', 'fighter jets'],
  ['f-15', 'vehicles', 'fighter jets'], ['f-18', 'vehicles', 'fighter jets'], ['gripen', 'vehicles', 'fighter jets'], ['eurofighter', 'vehicles', 'fighter jets'],
  ['typhoon', 'vehicles', 'fighter jets'], ['su-35', 'vehicles', 'fighter jets'], ['su-30', 'vehicles', 'fighter jets'], ['su-25', 'vehicles', 'fighter jets'],
  ['mig-29', 'vehicles', 'fighter jets'], ['mig-31', 'vehicles', 'fighter jets'], ['j-10', 'vehicles', 'fighter jets'], ['jf-17', 'vehicles', 'fighter jets'],
  ['super tucano', 'vehicles', 'aircraft'], ['c-130', 'vehicles', 'aircraft'], ['c-390', 'vehicles', 'aircraft'], ['kc-390', 'vehicles', 'aircraft'],
  ['apache', 'vehicles', 'helicopters'], ['black hawk', 'vehicles', 'helicopters'], ['chinook', 'vehicles', 'helicopters'], ['mi-8', 'vehicles', 'helicopters'],
  ['mi-17', 'vehicles', 'helicopters'], ['mi-24', 'vehicles', 'helicopters'], ['mi-35', 'vehicles', 'helicopters'], ['ka-52', 'vehicles', 'helicopters'],
  // tanks and armoured vehicles
  ['leopard', 'vehicles', 'tanks'], ['abrams', 'vehicles', 'tanks'], ['challenger', 'vehicles', 'tanks'], ['t-72', 'vehicles', 'tanks'], ['t-90', 'vehicles', 'tanks'],
  ['k2', 'vehicles', 'tanks'], ['bradley', 'vehicles', 'armoured vehicles'], ['marder', 'vehicles', 'armoured vehicles'], ['stryker', 'vehicles', 'armoured vehicles'],
  ['m113', 'vehicles', 'armoured vehicles'], ['cv90', 'vehicles', 'armoured vehicles'], ['bmp-2', 'vehicles', 'armoured vehicles'], ['btr-80', 'vehicles', 'armoured vehicles'],
  ['humvee', 'vehicles', 'armoured vehicles'], ['humvees', 'vehicles', 'armoured vehicles'],
  // artillery and rocket launchers (weapons), drones
  ['caesar', 'weapons', 'howitzers'], ['himars', 'weapons', 'rocket launchers'], ['m777', 'weapons', 'howitzers'], ['pzh 2000', 'weapons', 'howitzers'],
  ['k9', 'weapons', 'howitzers'], ['archer', 'weapons', 'howitzers'], ['javelin', 'weapons', 'anti-tank weapons'], ['nlaw', 'weapons', 'anti-tank weapons'],
  ['stinger', 'weapons', 'anti-aircraft weapons'], ['bayraktar', 'weapons', 'drones'], ['tb2', 'weapons', 'drones'], ['shahed', 'weapons', 'drones'],
  ['geran', 'weapons', 'drones'], ['mohajer', 'weapons', 'drones'], ['orlan', 'weapons', 'drones'], ['switchblade', 'weapons', 'drones'],
  ['wing loong', 'weapons', 'drones'], ['ch-4', 'weapons', 'drones'], ['ch-5', 'weapons', 'drones'], ['reaper', 'weapons', 'drones'],
  // missiles and air defence
  ['atacms', 'missiles', 'missiles'], ['storm shadow', 'missiles', 'missiles'], ['scalp', 'missiles', 'missiles'], ['taurus', 'missiles', 'missiles'],
  ['kalibr', 'missiles', 'missiles'], ['iskander', 'missiles', 'missiles'], ['kinzhal', 'missiles', 'missiles'], ['tomahawk', 'missiles', 'missiles'],
  ['harpoon', 'missiles', 'missiles'], ['exocet', 'missiles', 'missiles'], ['fateh-110', 'missiles', 'missiles'], ['zolfaghar', 'missiles', 'missiles'],
  ['kn-23', 'missiles', 'missiles'], ['hwasong', 'missiles', 'missiles'], ['brahmos', 'missiles', 'missiles'],
  ['patriot', 'technology', 'air-defence systems'], ['nasams', 'technology', 'air-defence systems'], ['iris-t', 'technology', 'air-defence systems'],
  ['s-300', 'technology', 'air-defence systems'], ['s-400', 'technology', 'air-defence systems'], ['hq-9', 'technology', 'air-defence systems'],
  ['hq-22', 'technology', 'air-defence systems'], ['samp/t', 'technology', 'air-defence systems'], ['iron dome', 'technology', 'air-defence systems'],
  ['pantsir', 'technology', 'air-defence systems'],
  // more aircraft, by maker or family name as articles write them ("24 Sukhoi fighters", "caças MiG", "dos C295")
  ['sukhoi', 'vehicles', 'fighter jets'], ['su-24', 'vehicles', 'fighter jets'], ['su-27', 'vehicles', 'fighter jets'], ['su-57', 'vehicles', 'fighter jets'],
  ['mig', 'vehicles', 'fighter jets'], ['mig-21', 'vehicles', 'fighter jets'], ['mig-35', 'vehicles', 'fighter jets'], ['j-20', 'vehicles', 'fighter jets'],
  ['f-5', 'vehicles', 'fighter jets'], ['fa-50', 'vehicles', 'fighter jets'], ['kf-21', 'vehicles', 'fighter jets'], ['tejas', 'vehicles', 'fighter jets'],
  ['m-346', 'vehicles', 'aircraft'], ['yak-130', 'vehicles', 'aircraft'], ['l-39', 'vehicles', 'aircraft'], ['tucano', 'vehicles', 'aircraft'],
  ['a400m', 'vehicles', 'aircraft'], ['c295', 'vehicles', 'aircraft'], ['c-295', 'vehicles', 'aircraft'], ['il-76', 'vehicles', 'aircraft'],
  ['uh-60', 'vehicles', 'helicopters'], ['uh-1h', 'vehicles', 'helicopters'], ['ah-64', 'vehicles', 'helicopters'], ['ah-1z', 'vehicles', 'helicopters'],
  ['mi-171', 'vehicles', 'helicopters'], ['h145', 'vehicles', 'helicopters'], ['h225', 'vehicles', 'helicopters'], ['nh90', 'vehicles', 'helicopters'],
  // more tanks and warships
  ['t-80', 'vehicles', 'tanks'], ['merkava', 'vehicles', 'tanks'], ['altay', 'vehicles', 'tanks'],
  ['fremm', 'vehicles', 'frigates'], ['scorpène', 'vehicles', 'submarines'], ['scorpene', 'vehicles', 'submarines'], ['gowind', 'vehicles', 'corvettes'],
  // more missiles and air defence
  ['mistral', 'missiles', 'missiles'], ['hellfire', 'missiles', 'missiles'], ['jassm', 'missiles', 'missiles'], ['amraam', 'missiles', 'missiles'],
];

/** Model names that are everyday words ("typhoon", "patriot", "caesar"): cargo only when written with a capital. */
export const CAPITALISED_MODELS: ReadonlySet<string> = new Set([
  'typhoon', 'patriot', 'challenger', 'apache', 'archer', 'caesar', 'mirage', 'taurus', 'reaper', 'stinger', 'javelin',
  'harpoon', 'tomahawk', 'leopard', 'hawk', 'mistral', 'altay', 'tucano', 'orlan', 'geran', 'switchblade', 'bradley', 'marder', 'stryker', 'chinook', 'k2', 'k9',
]);

/** The model names, and a name in the singular ("k9s" -> "k9"; the lexicon also adds the English plurals). */
export const MODEL_NAMES: ReadonlySet<string> = new Set(MODELS.map(([name]) => name));
export function modelName(w: string): string {
  return w.endsWith('s') && MODEL_NAMES.has(w.slice(0, -1)) ? w.slice(0, -1) : w;
}
