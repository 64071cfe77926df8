/**
 * Seats and institutions that news text names instead of a country's government ("the State Department
 * approved…", "o Itamaraty informou…", "le Quai d'Orsay a annoncé…"). Facts, not sentences: each is the
 * widely used short name and the ISO code of the country it stands for. Only unambiguous names are listed
 * (not "Miraflores" or "Palacio Nacional", which also name places and palaces elsewhere), and a few press
 * epithets that name one country only.
 */
export const METONYMS: ReadonlyArray<readonly [string, string]> = [
  ['State Department', 'US'], ['Department of State', 'US'], ['Pentagon', 'US'], ['White House', 'US'],
  ['Departamento de Estado', 'US'], ['Pentágono', 'US'], ['Casa Branca', 'US'], ['Casa Blanca', 'US'],
  ['Département d\u2019État', 'US'], ["Département d'État", 'US'], ['département d\u2019État', 'US'], ["département d'État", 'US'],
  ['département d\u2019Etat', 'US'], ["département d'Etat", 'US'], ['Département d\u2019Etat', 'US'], ["Département d'Etat", 'US'], ['departamento de Estado', 'US'], ['Maison-Blanche', 'US'], ['Maison Blanche', 'US'],
  // US administrations by their president's name ("the Trump administration", "a administração Biden")
  ['Trump administration', 'US'], ['Biden administration', 'US'], ['Obama administration', 'US'],
  ['administração Trump', 'US'], ['administração Biden', 'US'], ['administración Trump', 'US'], ['administración Biden', 'US'],
  ['administration Trump', 'US'], ['administration Biden', 'US'],
  ['Kremlin', 'RU'], ['Kremlim', 'RU'],
  ['Downing Street', 'GB'], ['Foreign Office', 'GB'], ['Whitehall', 'GB'],
  ['Élysée', 'FR'], ['Elysée', 'FR'], ['Eliseu', 'FR'], ['Elíseo', 'FR'], ["Quai d'Orsay", 'FR'], ['Quai d\u2019Orsay', 'FR'],
  ['Itamaraty', 'BR'], ['Palácio do Planalto', 'BR'], ['Planalto', 'BR'],
  ['La Moncloa', 'ES'], ['Palacio de la Moncloa', 'ES'],
  ['Saint-Siège', 'VA'], ['Holy See', 'VA'], ['Santa Sé', 'VA'], ['Santa Sede', 'VA'],
  ['Casa Rosada', 'AR'], ['La Moneda', 'CL'], ['Farnesina', 'IT'], ['Zhongnanhai', 'CN'],
  // Epithets the press uses for a country once it has been named: "o gigante asiático", "l'Hexagone".
  ['gigante asiático', 'CN'], ['Asian giant', 'CN'], ['géant asiatique', 'CN'],
  ['gigante sul-americano', 'BR'], ['gigante sudamericano', 'BR'], ['géant sud-américain', 'BR'],
  ['Hexagone', 'FR'],
];
