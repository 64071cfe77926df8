/**
 * Hand-written table of named sites that world news gives as the end of a transfer and that no package has as such: military
 * air and naval bases known by their own name, refugee camps, oil and gas fields, mines and export terminals. GeoNames'
 * cities1000 has towns of 1,000 people or more; a base, a camp or a field is none, and its name, when a town bears it, is a
 * village too small for the list. Same row shape as world-regions.ts:
 *   [id, lat, lon, en, pt, es, fr, country]
 * names separated by ";" (the first is the display name in that language); coordinates are rough centres, good to a few
 * kilometres (a camp, a base) or to the middle of the field or basin. Names are matched in every language, so left out on
 * purpose: sites named by an everyday word or a first name in one of our languages ("Leviathan", "Tamar", "Tengiz", "Clark",
 * "Ream" alone, "Moria", "Karen" alone), and sites known well enough as the town they stand in (Bagram, Ramstein, Aviano,
 * Cam Ranh, Ceyhan, Gwadar, Lobito), which cities1000 already has.
 * Country: the state the site lies in (Pituffik and Kangerlussuaq: Greenland, which the gazetteer keeps as a country of its
 * own, as ISO 3166 does).
 */
import type { WorldRegionRow } from './world-regions';

export const SITES: WorldRegionRow[] = [
  // Air and naval bases
  ['al-udeid', 25.12, 51.32, 'Al Udeid;Al-Udeid', 'Al Udeid;Al-Udeid', 'Al Udeid;Al-Udeid', 'Al-Udeid;Al Udeid', 'QA'],
  ['prince-sultan-air-base', 24.06, 47.58, 'Prince Sultan Air Base', 'Prince Sultan Air Base', 'Prince Sultan Air Base', 'Prince Sultan Air Base', 'SA'],
  ['ain-al-asad', 33.8, 42.44, 'Ain al-Asad;Ain al Asad;Al Asad Airbase', 'Ain al-Asad;Ain al Asad', 'Ain al Asad;Ain al-Asad', 'Aïn al-Asad;Ain al-Asad', 'IQ'],
  ['incirlik', 37.0, 35.43, 'Incirlik;İncirlik', 'Incirlik;İncirlik', 'Incirlik;İncirlik', 'Incirlik;İncirlik', 'TR'],
  ['hmeimim', 35.41, 35.95, 'Hmeimim;Khmeimim;Hmeymim', 'Hmeimim;Khmeimim', 'Hmeimim;Jmeimim', 'Hmeimim;Khmeimim', 'SY'],
  ['al-dhafra', 24.25, 54.55, 'Al Dhafra', 'Al Dhafra', 'Al Dhafra', 'Al Dhafra', 'AE'],
  ['camp-lemonnier', 11.55, 43.15, 'Camp Lemonnier', 'Camp Lemonnier', 'Camp Lemonnier', 'Camp Lemonnier', 'DJ'],
  ['sigonella', 37.4, 14.92, 'Sigonella', 'Sigonella', 'Sigonella', 'Sigonella', 'IT'],
  ['souda-bay', 35.49, 24.12, 'Souda Bay', 'baía de Souda', 'bahía de Souda', 'baie de Souda', 'GR'],
  ['pituffik', 76.53, -68.7, 'Pituffik;Thule Air Base', 'Pituffik;base aérea de Thule', 'Pituffik;base aérea de Thule', 'Pituffik;base de Thulé', 'GL'],
  ['kangerlussuaq', 67.01, -50.69, 'Kangerlussuaq', 'Kangerlussuaq', 'Kangerlussuaq', 'Kangerlussuaq', 'GL'],
  ['amari', 59.26, 24.21, 'Ämari', 'Ämari', 'Ämari', 'Ämari', 'EE'],
  ['graf-ignatievo', 42.29, 24.71, 'Graf Ignatievo;Graf Ignatiev', 'Graf Ignatievo;Graf Ignatiev', 'Graf Ignatievo;Graf Ignatiev', 'Graf Ignatievo;Graf Ignatiev', 'BG'],
  ['palanquero', 5.48, -74.66, 'Palanquero', 'Palanquero', 'Palanquero', 'Palanquero', 'CO'],
  ['kainji', 9.86, 4.61, 'Kainji', 'Kainji', 'Kainji', 'Kainji', 'NG'],
  // (the air base, not the parish of cities500, whose two everyday words "Monte" and "Real" the recogniser leaves alone)
  ['monte-real', 39.83, -8.89, 'Monte Real', 'Monte Real', 'Monte Real', 'Monte Real', 'PT'],
  ['ream-naval-base', 10.5, 103.61, 'Ream Naval Base;Ream naval base', 'base naval de Ream', 'base naval de Ream', 'base navale de Ream', 'KH'],
  ['alfeite', 38.665, -9.155, 'Alfeite;Alfeite naval base', 'Alfeite;Base Naval do Alfeite', 'Alfeite', 'Alfeite', 'PT'],
  ['figo-maduro', 38.78, -9.13, 'Figo Maduro', 'Figo Maduro', 'Figo Maduro', 'Figo Maduro', 'PT'],
  ['baldonnel', 53.3, -6.45, 'Baldonnel;Casement Aerodrome', 'Baldonnel', 'Baldonnel', 'Baldonnel', 'IE'],
  ['zvartnots', 40.15, 44.4, 'Zvartnots;Zvartnots airport', 'Zvartnots;aeroporto de Zvartnots', 'Zvartnots;aeropuerto de Zvartnots', 'Zvartnots;aéroport de Zvartnots', 'AM'],
  // Refugee and displacement camps
  ['dadaab', 0.06, 40.31, 'Dadaab', 'Dadaab', 'Dadaab', 'Dadaab', 'KE'],
  ['zaatari', 32.29, 36.32, "Zaatari;Za'atari", "Zaatari;Za'atari", "Zaatari;Za'atari", "Zaatari;Za'atari", 'JO'],
  ['kutupalong', 21.21, 92.16, 'Kutupalong', 'Kutupalong', 'Kutupalong', 'Kutupalong', 'BD'],
  ['mbera', 15.63, -5.75, "Mbera;M'bera", "Mbera;M'bera", "Mbera;M'bera", "Mbera;M'bera;Mbéra", 'MR'],
  ['nduta', -3.77, 30.69, 'Nduta', 'Nduta', 'Nduta', 'Nduta', 'TZ'],
  ['nyarugusu', -4.22, 30.37, 'Nyarugusu', 'Nyarugusu', 'Nyarugusu', 'Nyarugusu', 'TZ'],
  ['minawao', 10.56, 13.86, 'Minawao', 'Minawao', 'Minawao', 'Minawao', 'CM'],
  ['bidibidi', 3.47, 31.35, 'Bidibidi;Bidi Bidi', 'Bidibidi;Bidi Bidi', 'Bidibidi;Bidi Bidi', 'Bidibidi;Bidi Bidi', 'UG'],
  ['nakivale', -0.78, 30.93, 'Nakivale', 'Nakivale', 'Nakivale', 'Nakivale', 'UG'],
  ['al-hol', 36.38, 41.15, 'al-Hol;Al-Hol;al-Hawl', 'al-Hol;Al-Hol', 'al Hol;Al Hol;al-Hol', 'al-Hol;Al-Hol', 'SY'],
  ['farchana', 13.63, 21.78, 'Farchana', 'Farchana', 'Farchana', 'Farchana', 'TD'],
  ['dzaleka', -13.7, 33.98, 'Dzaleka', 'Dzaleka', 'Dzaleka', 'Dzaleka', 'MW'],
  // Oil and gas fields, terminals and plants
  ['vaca-muerta', -38.5, -69.0, 'Vaca Muerta', 'Vaca Muerta', 'Vaca Muerta', 'Vaca Muerta', 'AR'],
  ['zohr', 32.5, 32.0, 'Zohr', 'Zohr', 'Zohr', 'Zohr', 'EG'],
  ['rovuma', -10.8, 40.3, 'Rovuma', 'Rovuma', 'Rovuma', 'Rovuma', 'MZ'],
  ['ras-laffan', 25.91, 51.54, 'Ras Laffan', 'Ras Laffan', 'Ras Laffan', 'Ras Laffan', 'QA'],
  ['sabetta', 71.27, 72.06, 'Sabetta', 'Sabetta', 'Sabetta', 'Sabetta', 'RU'],
  ['punta-europa', 3.78, 8.71, 'Punta Europa', 'Punta Europa', 'Punta Europa', 'Punta Europa', 'GQ'],
  ['sangomar', 13.7, -17.6, 'Sangomar', 'Sangomar', 'Sangomar', 'Sangomar', 'SN'],
  ['kashagan', 46.2, 51.5, 'Kashagan', 'Kashagan', 'Kashagan', 'Kachagan;Kashagan', 'KZ'],
  ['rumaila', 30.3, 47.4, 'Rumaila', 'Rumaila', 'Rumaila', 'Roumaïla;Rumaila', 'IQ'],
  ['ghawar', 25.3, 49.3, 'Ghawar', 'Ghawar', 'Ghawar', 'Ghawar', 'SA'],
  ['coral-sul', -10.45, 40.9, 'Coral Sul;Coral South', 'Coral Sul', 'Coral Sul', 'Coral Sul', 'MZ'],
  ['pulau-muara-besar', 5.0, 115.1, 'Pulau Muara Besar', 'Pulau Muara Besar', 'Pulau Muara Besar', 'Pulau Muara Besar', 'BN'],
  // Mines and ports that are no town of the list
  ['simandou', 8.5, -8.9, 'Simandou', 'Simandou', 'Simandou', 'Simandou', 'GN'],
  ['kamoa-kakula', -10.78, 25.28, 'Kamoa-Kakula;Kamoa Kakula', 'Kamoa-Kakula', 'Kamoa-Kakula', 'Kamoa-Kakula', 'CD'],
  ['rubaya', -1.55, 29.0, 'Rubaya', 'Rubaya', 'Rubaya', 'Rubaya', 'CD'],
  ['balama', -13.35, 38.57, 'Balama', 'Balama', 'Balama', 'Balama', 'MZ'],
  ['hambantota', 6.12, 81.12, 'Hambantota', 'Hambantota', 'Hambantota', 'Hambantota', 'LK'],
  ['leixoes', 41.185, -8.7, 'Leixões;Port of Leixões', 'Leixões;porto de Leixões', 'Leixões;puerto de Leixões', 'Leixões;port de Leixões', 'PT'],
];
