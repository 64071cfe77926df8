/**
 * Urban parishes (freguesias) of the two largest Portuguese cities, which GeoNames' town lists lack or
 * hold only in part: Lisbon's 24 parishes since the 2012 reform and Porto's 15 historic parishes (still
 * the names of its neighbourhoods). Facts only: name, approximate centre (two decimals, ~1 km), and the
 * city whose first-level region they share. Kind city, GeoNames code PPLX (a section of a populated
 * place), no population: they win over namesakes elsewhere ("Belém", Brazil; "Santo António", Angola)
 * only with the document's own context (Lisbon or Porto nearby, a Portuguese article).
 *
 * [country, city, name, lat, lon]
 */
export const NEIGHBOURHOODS: Array<[string, string, string, number, number]> = [
  ['PT', 'Lisbon', 'Ajuda', 38.71, -9.2],
  ['PT', 'Lisbon', 'Alcântara', 38.71, -9.18],
  ['PT', 'Lisbon', 'Alvalade', 38.75, -9.14],
  ['PT', 'Lisbon', 'Areeiro', 38.74, -9.13],
  ['PT', 'Lisbon', 'Arroios', 38.73, -9.14],
  ['PT', 'Lisbon', 'Avenidas Novas', 38.74, -9.15],
  ['PT', 'Lisbon', 'Beato', 38.73, -9.11],
  ['PT', 'Lisbon', 'Belém', 38.7, -9.21],
  ['PT', 'Lisbon', 'Benfica', 38.75, -9.2],
  ['PT', 'Lisbon', 'Campo de Ourique', 38.72, -9.17],
  ['PT', 'Lisbon', 'Campolide', 38.73, -9.16],
  ['PT', 'Lisbon', 'Carnide', 38.76, -9.19],
  ['PT', 'Lisbon', 'Estrela', 38.71, -9.16],
  ['PT', 'Lisbon', 'Lumiar', 38.77, -9.16],
  ['PT', 'Lisbon', 'Marvila', 38.75, -9.1],
  ['PT', 'Lisbon', 'Misericórdia', 38.71, -9.15],
  ['PT', 'Lisbon', 'Olivais', 38.77, -9.12],
  ['PT', 'Lisbon', 'Parque das Nações', 38.77, -9.09],
  ['PT', 'Lisbon', 'Penha de França', 38.73, -9.13],
  ['PT', 'Lisbon', 'Santa Clara', 38.79, -9.15],
  ['PT', 'Lisbon', 'Santa Maria Maior', 38.71, -9.13],
  ['PT', 'Lisbon', 'Santo António', 38.72, -9.15],
  ['PT', 'Lisbon', 'São Domingos de Benfica', 38.75, -9.18],
  ['PT', 'Lisbon', 'São Vicente', 38.72, -9.13],
  ['PT', 'Porto', 'Aldoar', 41.17, -8.67],
  ['PT', 'Porto', 'Bonfim', 41.15, -8.59],
  ['PT', 'Porto', 'Campanhã', 41.15, -8.58],
  ['PT', 'Porto', 'Cedofeita', 41.16, -8.62],
  ['PT', 'Porto', 'Foz do Douro', 41.15, -8.67],
  ['PT', 'Porto', 'Lordelo do Ouro', 41.16, -8.65],
  ['PT', 'Porto', 'Massarelos', 41.15, -8.63],
  ['PT', 'Porto', 'Miragaia', 41.14, -8.62],
  ['PT', 'Porto', 'Nevogilde', 41.16, -8.68],
  ['PT', 'Porto', 'Paranhos', 41.17, -8.6],
  ['PT', 'Porto', 'Ramalde', 41.17, -8.64],
  ['PT', 'Porto', 'Santo Ildefonso', 41.15, -8.61],
  ['PT', 'Porto', 'São Nicolau', 41.14, -8.61],
  ['PT', 'Porto', 'Vitória', 41.15, -8.61],
];
