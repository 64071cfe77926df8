/**
 * Currencies named in news of any language, beyond each lexicon's own (dollars, euros, pounds, roubles,
 * yuan, reais): [word as written after the amount, code]. A word several countries use ("pesos", "francs",
 * "dinars") keeps a generic unit rather than a guessed country. Words that are also everyday words
 * ("won", "real", "sol", "lire", "crowns"/"couronnes") or demonyms ("bolivianos") are left out; a
 * currency word counts only after an amount ("pesos" are also weights: see items.ts). Reviewable data only.
 */
export const CURRENCIES: ReadonlyArray<readonly [string, string]> = [
  // CFA francs (West and Central Africa), Swiss francs; other francs stay generic
  ['francs cfa', 'XOF/XAF'], ['franc cfa', 'XOF/XAF'], ['fcfa', 'XOF/XAF'], ['francos cfa', 'XOF/XAF'], ['cfa francs', 'XOF/XAF'],
  ['swiss francs', 'CHF'], ['francs suisses', 'CHF'], ['francos suíços', 'CHF'], ['francos suizos', 'CHF'], ['chf', 'CHF'],
  ['francs', 'francs'], ['francos', 'francs'],
  // Asia
  ['yen', 'JPY'], ['yens', 'JPY'], ['ienes', 'JPY'], ['iene', 'JPY'], ['ienes japoneses', 'JPY'],
  ['rupees', 'rupees'], ['rupias', 'rupees'], ['roupies', 'rupees'], ['rupiah', 'IDR'], ['ringgit', 'MYR'], ['baht', 'THB'],
  ['wons', 'KRW'], ['wones', 'KRW'], ['yuans', 'CNY'], ['renminbi', 'CNY'], ['dongs', 'VND'], ['dong', 'VND'],
  ['pesos filipinos', 'PHP'], ['taka', 'BDT'], ['tenge', 'KZT'],
  // Middle East, Europe outside the euro
  ['shekels', 'ILS'], ['séqueles', 'ILS'], ['shekel', 'ILS'], ['dirhams', 'dirhams'], ['dírhams', 'dirhams'], ['dirhames', 'dirhams'],
  ['riyals', 'riyals'], ['rials', 'riyals'], ['riales', 'riyals'], ['dinars', 'dinars'], ['dinares', 'dinars'],
  ['liras', 'TRY'], ['turkish lira', 'TRY'], ['hryvnias', 'UAH'], ['hryvnia', 'UAH'], ['grivnas', 'UAH'], ['grivnias', 'UAH'],
  ['zlotys', 'PLN'], ['zloty', 'PLN'], ['forints', 'HUF'], ['forint', 'HUF'], ['kroner', 'crowns'], ['kronor', 'crowns'],
  // (crowns only with their country: "Danish crowns", "coroas suecas")
  ['danish crowns', 'DKK'], ['danish kroner', 'DKK'], ['coroas dinamarquesas', 'DKK'], ['coronas danesas', 'DKK'], ['couronnes danoises', 'DKK'],
  ['swedish crowns', 'SEK'], ['swedish kronor', 'SEK'], ['coroas suecas', 'SEK'], ['coronas suecas', 'SEK'], ['couronnes suédoises', 'SEK'],
  ['norwegian crowns', 'NOK'], ['norwegian kroner', 'NOK'], ['coroas norueguesas', 'NOK'], ['coronas noruegas', 'NOK'], ['couronnes norvégiennes', 'NOK'],
  ['czech crowns', 'CZK'], ['coroas checas', 'CZK'], ['coroas tchecas', 'CZK'], ['coronas checas', 'CZK'], ['couronnes tchèques', 'CZK'],
  // Africa
  ['rand', 'ZAR'], ['rands', 'ZAR'], ['kwanzas', 'AOA'], ['kwanza', 'AOA'], ['meticais', 'MZN'], ['meticales', 'MZN'], ['metical', 'MZN'],
  ['naira', 'NGN'], ['nairas', 'NGN'], ['cedis', 'GHS'], ['shillings', 'shillings'], ['chelines', 'shillings'], ['xelins', 'shillings'],
  ['birr', 'ETB'],
  // the Americas
  ['pesos', 'pesos'], ['bolívares', 'VES'], ['guaraníes', 'PYG'], ['guaranis', 'PYG'],
  ['canadian dollars', 'CAD'], ['dólares canadienses', 'CAD'], ['dollars canadiens', 'CAD'], ['dólares canadenses', 'CAD'],
  ['australian dollars', 'AUD'], ['dollars australiens', 'AUD'], ['dólares australianos', 'AUD'],
];
