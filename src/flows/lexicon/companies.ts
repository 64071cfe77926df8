/**
 * State-owned and national companies that news names as the party to a transfer of energy, arms or money
 * ("Gazprom will supply Turkey with gas", "A Petrobras vendeu à Argentina", "Baykar a livré des drones"). Facts, not
 * sentences: each is the company's usual short name and the ISO code of its country. As with the seats of government
 * in metonyms.ts, a name stands for its country only when the article itself names that country (a place is never
 * invented). Only names that are no everyday word, person or model in any of the four languages are listed (not
 * "Vale", "Total", "Shell", "Leonardo", "Boeing", "Sukhoi").
 */
export const COMPANIES: ReadonlyArray<readonly [string, string]> = [
  // energy
  ['Petrobras', 'BR'], ['Gazprom', 'RU'], ['Gazprom Neft', 'RU'], ['Rosneft', 'RU'], ['Lukoil', 'RU'], ['Novatek', 'RU'], ['Transneft', 'RU'],
  ['Rosatom', 'RU'], ['Saudi Aramco', 'SA'], ['Aramco', 'SA'], ['PDVSA', 'VE'], ['Pemex', 'MX'], ['Sonangol', 'AO'], ['Sinopec', 'CN'],
  ['PetroChina', 'CN'], ['CNPC', 'CN'], ['CNOOC', 'CN'], ['Equinor', 'NO'], ['Eni', 'IT'], ['TotalEnergies', 'FR'], ['Repsol', 'ES'],
  ['YPF', 'AR'], ['Ecopetrol', 'CO'], ['Petroperú', 'PE'], ['Petroecuador', 'EC'], ['NNPC', 'NG'], ['Sonatrach', 'DZ'], ['QatarEnergy', 'QA'],
  ['ADNOC', 'AE'], ['KazMunayGas', 'KZ'], ['Naftogaz', 'UA'], ['Orlen', 'PL'], ['Galp', 'PT'], ['Pertamina', 'ID'], ['Petronas', 'MY'],
  ['ONGC', 'IN'], ['EDF', 'FR'], ['Uniper', 'DE'], ['Codelco', 'CL'], ['Sonelgaz', 'DZ'], ['Botaş', 'TR'], ['BOTAS', 'TR'],
  // arms and aircraft
  ['Rosoboronexport', 'RU'], ['Rostec', 'RU'], ['Uralvagonzavod', 'RU'], ['Baykar', 'TR'], ['Roketsan', 'TR'], ['Aselsan', 'TR'],
  ['Lockheed Martin', 'US'], ['Raytheon', 'US'], ['Northrop Grumman', 'US'], ['General Dynamics', 'US'], ['Rheinmetall', 'DE'],
  ['Krauss-Maffei Wegmann', 'DE'], ['Dassault Aviation', 'FR'], ['Naval Group', 'FR'], ['Nexter', 'FR'], ['Thales', 'FR'], ['Saab', 'SE'],
  ['Hanwha', 'KR'], ['Hyundai Rotem', 'KR'], ['Norinco', 'CN'], ['Elbit', 'IL'], ['Israel Aerospace Industries', 'IL'], ['Embraer', 'BR'],
  ['Avibras', 'BR'], ['Fincantieri', 'IT'], ['Navantia', 'ES'], ['BAE Systems', 'GB'], ['Korea Aerospace Industries', 'KR'], ['Boeing', 'US'],
  ['Kongsberg', 'NO'], ['Hindustan Aeronautics', 'IN'], ['Bharat Dynamics', 'IN'], ['Turkish Aerospace', 'TR'], ['Otokar', 'TR'], ['Patria', 'FI'],
  ['Mitsubishi Heavy Industries', 'JP'], ['Kawasaki Heavy Industries', 'JP'], ['Almaz-Antey', 'RU'], ['Denel', 'ZA'], ['Textron', 'US'],
  ['Sikorsky', 'US'], ['Pilatus', 'CH'],
  // state military formations named like places ("l'Africa Corps": Russia's, not Africa)
  ['Africa Corps', 'RU'],
  // telecoms, mining, banks that news names in sanctions and loans
  ['Huawei', 'CN'], ['ZTE', 'CN'], ['Sberbank', 'RU'], ['Gécamines', 'CD'],
];
