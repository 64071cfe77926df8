/**
 * Demonyms (adjectives and nouns of nationality) pointing to their country, and other names no package
 * gives: abbreviations and common exonyms.
 *
 * DEMONYMS rows: [ISO2, pt, es, en, fr]; each cell lists base forms separated by ";". Inflections are
 * generated in build.ts (pt/es "-o" -> -a/-os/-as, "-ês/-és" -> -esa/-eses/-esas; fr "-ien" -> -ienne/-iens/
 * -iennes, "-ain" -> -aine..., "-ais/-ois" -> +e/+es, "-e" -> +s; en "-an/-i" -> +s). English and French
 * forms from world-countries are added automatically; list here only what it lacks.
 */
export type DemonymRow = [string, string, string, string, string];

export const DEMONYMS: DemonymRow[] = [
  ['AF', 'afegão;afegã;afegãos;afegãs;afeganistanês', 'afgano', 'Afghan', 'afghan;afghane'],
  ['AL', 'albanês', 'albanés', '', ''],
  ['DZ', 'argelino', 'argelino', '', ''],
  ['AD', 'andorrano', 'andorrano', '', ''],
  ['AO', 'angolano', 'angoleño', '', ''],
  // es "antiguano" also names people of Antigua Guatemala: left out
  ['AG', 'antiguano', '', '', ''],
  ['AR', 'argentino', 'argentino', 'Argentinian;Argentines', ''],
  ['AM', 'armênio;arménio', 'armenio', '', ''],
  ['AU', 'australiano', 'australiano', 'Aussie', ''],
  ['AT', 'austríaco', 'austríaco', '', ''],
  ['AZ', 'azerbaijano;azeri;azeris', 'azerbaiyano;azerí;azeríes', 'Azeri', 'azéri'],
  ['BS', 'baamiano;bahamense;bahamenses', 'bahameño', '', ''],
  ['BH', 'bareinita;bareinitas;bahreinita;bahreinitas;barenita;barenitas', 'bareiní;bareiníes;bahreiní;bahreiníes', '', ''],
  ['BD', 'bengali;bengalis;bangladeshiano;bangladechiano;bengalês', 'bangladesí;bangladesíes', '', ''],
  ['BB', 'barbadiano;barbadense;barbadenses', 'barbadense;barbadenses', '', ''],
  ['BY', 'bielorrusso', 'bielorruso', 'Belarusian', 'bélarusse'],
  ['BE', 'belga;belgas', 'belga;belgas', '', ''],
  ['BZ', 'belizenho;belizense;belizenses', 'beliceño', '', ''],
  ['BJ', 'beninense;beninenses;beninês', 'beninés', '', ''],
  ['BT', 'butanês', 'butanés', '', ''],
  ['BO', 'boliviano', 'boliviano', '', ''],
  ['BA', 'bósnio', 'bosnio', 'Bosnian', ''],
  ['BW', 'botsuano;botswanês', 'botsuano;botsuanés', 'Botswanan', ''],
  ['BR', 'brasileiro', 'brasileño;brasilero', '', ''],
  ['BN', 'bruneano;bruneíno', 'bruneano', '', ''],
  ['BG', 'búlgaro', 'búlgaro', '', ''],
  ['BF', 'burquinense;burquinenses;burquinês;burquinabê;burquinabês', 'burkinés;burkinabé;burkinabés', '', ''],
  ['BI', 'burundiano;burundês', 'burundés', '', ''],
  ['KH', 'cambojano', 'camboyano', '', ''],
  ['CM', 'camaronês', 'camerunés', '', ''],
  ['CA', 'canadense;canadenses;canadiano', 'canadiense;canadienses', '', ''],
  ['CV', 'cabo-verdiano', 'caboverdiano', 'Cape Verdean', 'capverdien'],
  ['CF', 'centro-africano', 'centroafricano', '', ''],
  ['TD', 'chadiano', 'chadiano', '', ''],
  ['CL', 'chileno', 'chileno', '', ''],
  ['CN', 'chinês', 'chino', 'Chinese', 'chinois'],
  ['CO', 'colombiano', 'colombiano', '', ''],
  ['KM', 'comorense;comorenses', 'comorense;comorenses', 'Comorian', ''],
  // "congolês"/"congoleño" (both Congos) name the Democratic Republic in most news; the Republic of the
  // Congo has no form of its own in common use
  ['CD', 'congolês', 'congoleño;congolés', '', ''],
  ['CR', 'costarriquenho;costa-riquenho;costarriquense;costarriquenses', 'costarricense;costarricenses', '', 'costaricien'],
  ['CI', 'marfinense;marfinenses;costa-marfinense;costa-marfinenses', 'marfileño', '', ''],
  ['HR', 'croata;croatas', 'croata;croatas', 'Croat;Croats', ''],
  ['CU', 'cubano', 'cubano', '', ''],
  ['CY', 'cipriota;cipriotas', 'chipriota;chipriotas', 'Cypriots', 'cypriote'],
  ['CZ', 'tcheco;checo', 'checo', 'Czech;Czechs', 'tchèque'],
  ['DK', 'dinamarquês', 'danés', 'Danish;Dane;Danes', 'danois'],
  ['DJ', 'djibutiano;jibutiano', 'yibutiano', 'Djiboutian', ''],
  // "dominicano" names the Dominican Republic; Dominica has "dominiquense"/"dominiqués"
  ['DM', 'dominiquense;dominiquenses', 'dominiqués', '', ''],
  ['DO', 'dominicano', 'dominicano', '', ''],
  ['EC', 'equatoriano', 'ecuatoriano', 'Ecuadorian', ''],
  ['EG', 'egípcio', 'egipcio', '', ''],
  ['SV', 'salvadorenho', 'salvadoreño', '', ''],
  // "guineano" (pt/es) is shared by the three Guineas: left out; see GW for "guineense"
  ['GQ', 'equato-guineense;equato-guineenses', 'ecuatoguineano', '', ''],
  ['ER', 'eritreu;eritreus;eritreia;eritreias', 'eritreo', '', ''],
  ['EE', 'estoniano;estônio;estónio', 'estonio', '', ''],
  ['SZ', 'suazi;suazis', 'suazi;suazis', '', 'swazi'],
  ['ET', 'etíope;etíopes', 'etíope;etíopes', '', ''],
  ['FJ', 'fijiano', 'fiyiano', '', ''],
  ['FI', 'finlandês', 'finlandés', 'Finnish;Finn;Finns', 'finlandais'],
  ['FR', 'francês', 'francés', 'French', 'français'],
  ['GA', 'gabonês', 'gabonés', '', ''],
  ['GM', 'gambiano', 'gambiano', '', ''],
  ['GE', 'georgiano', 'georgiano', '', ''],
  // (press synonyms: "el canciller germano")
  ['DE', 'alemão;alemã;alemães;alemãs', 'alemán;alemana;alemanes;alemanas;germano', 'German', 'allemand'],
  ['GH', 'ganês;ganense;ganenses', 'ghanés', '', ''],
  ['GR', 'grego', 'griego', 'Greek;Greeks', 'grec;grecque;grecs;grecques'],
  // Grenada: "granadino" is the demonym of Granada (Spain): left out
  ['GT', 'guatemalteco', 'guatemalteco', '', ''],
  ['GB', 'britânico', 'británico', 'British;Briton;Britons', 'britannique'],
  // Portuguese-language news reserve "guineense" for Guinea-Bissau (Guinea-Conakry: "guineano", left out)
  ['GW', 'guineense;guineenses;bissau-guineense;bissau-guineenses', 'bisauguineano', 'Bissau-Guinean', ''],
  // Guyana: pt "guianense" also names people of French Guiana, who news calls "franco-guianenses" (a compound,
  // never matched alone); the country's is by far the common use
  ['GY', 'guianês;guianense;guianenses', 'guyanés', '', ''],
  ['HT', 'haitiano', 'haitiano', '', ''],
  ['HN', 'hondurenho', 'hondureño', '', ''],
  ['HK', 'honconguês;hongkonguês', 'hongkonés', 'Hong Kongers;Hongkonger;Hongkongers', ''],
  ['HU', 'húngaro', 'húngaro', '', ''],
  ['IS', 'islandês', 'islandés', 'Icelanders;Icelandic', ''],
  // es "indio" folds to pt "índio" (indigenous person) and also means so in Spanish: left out
  ['IN', 'indiano', '', '', ''],
  ['ID', 'indonésio', 'indonesio', '', ''],
  ['IR', 'iraniano', 'iraní;iraníes', '', ''],
  ['IQ', 'iraquiano', 'iraquí;iraquíes', '', ''],
  ['IE', 'irlandês', 'irlandés', 'Irish', 'irlandais'],
  ['IL', 'israelense;israelenses;israelita;israelitas', 'israelí;israelíes', '', ''],
  // (press synonyms: "el Gobierno transalpino", "le gouvernement transalpin")
  ['IT', 'italiano', 'italiano;transalpino', '', 'transalpin'],
  ['JM', 'jamaicano', 'jamaicano;jamaiquino', '', ''],
  // (press synonyms: "o governo nipônico", "el Gobierno nipón", "la marine nippone")
  ['JP', 'japonês;nipônico;nipónico', 'japonés;nipón;nipona;nipones;niponas', 'Japanese', 'japonais;nippon;nippone;nippons;nipponnes'],
  ['JO', 'jordaniano', 'jordano', '', ''],
  ['KZ', 'cazaque;cazaques', 'kazajo', 'Kazakh;Kazakhs', 'kazakh'],
  ['KE', 'queniano', 'keniano;keniata;keniatas', '', ''],
  ['KI', 'quiribatiano;kiribatiano', 'kiribatiano', '', ''],
  ['KP', 'norte-coreano', 'norcoreano', 'North Korean', 'nord-coréen'],
  // Unqualified "coreano"/"Korean" name the Republic of Korea (ISO 3166 short name "Korea"); resolve.ts moves
  // them to North Korea in a document that names North Korea and never South Korea
  ['KR', 'sul-coreano;coreano', 'surcoreano;coreano', 'South Korean;Korean', 'sud-coréen;coréen'],
  ['XK', 'kosovar;kosovares', 'kosovar;kosovares', 'Kosovars', ''],
  ['KW', 'kuwaitiano;kuaitiano', 'kuwaití;kuwaitíes', '', ''],
  ['KG', 'quirguiz;quirguizes', 'kirguís;kirguises', 'Kyrgyz', 'kirghiz'],
  ['LA', 'laosiano;laociano', 'laosiano', '', ''],
  ['LV', 'letão;letã;letões;letãs', 'letón;letona;letones;letonas', '', ''],
  ['LB', 'libanês', 'libanés', '', ''],
  ['LS', 'lesotiano', 'lesotense;lesotenses', 'Basotho', ''],
  ['LR', 'liberiano', 'liberiano', '', ''],
  ['LY', 'líbio', 'libio', '', ''],
  ['LI', 'liechtensteinense;liechtensteinenses', 'liechtensteiniano', 'Liechtensteiners', ''],
  ['LT', 'lituano', 'lituano', '', ''],
  ['LU', 'luxemburguês', 'luxemburgués', 'Luxembourgers', ''],
  ['MG', 'malgaxe;malgaxes', 'malgache;malgaches', '', ''],
  ['MW', 'malawiano;malauiano', 'malauí;malauíes;malawiano', '', ''],
  ['MY', 'malaio;malásio', 'malasio', '', ''],
  ['MV', 'maldivo;maldívio', 'maldivo', 'Maldivian', ''],
  ['ML', 'malinês;maliano', 'maliense;malienses', '', ''],
  ['MT', 'maltês', 'maltés', '', ''],
  ['MH', 'marshalês', 'marshalés', '', ''],
  ['MR', 'mauritano', 'mauritano', '', ''],
  ['MU', 'mauriciano', 'mauriciano', '', ''],
  ['MX', 'mexicano', 'mexicano', '', ''],
  ['FM', 'micronésio', 'micronesio', '', ''],
  ['MD', 'moldavo', 'moldavo', '', ''],
  ['MC', 'monegasco', 'monegasco', 'Monegasques', ''],
  ['MN', 'mongol;mongóis;mongola;mongolas', 'mongol;mongoles', '', ''],
  ['ME', 'montenegrino', 'montenegrino', 'Montenegrins', ''],
  ['MA', 'marroquino', 'marroquí;marroquíes', '', ''],
  ['MZ', 'moçambicano', 'mozambiqueño', '', ''],
  ['MM', 'birmanês;mianmarense;mianmarenses', 'birmano', '', ''],
  ['NA', 'namibiano;namíbio', 'namibio', '', ''],
  ['NR', 'nauruano', 'nauruano', '', ''],
  ['NP', 'nepalês', 'nepalí;nepalíes', 'Nepali;Nepalis', ''],
  ['NL', 'holandês;neerlandês', 'holandés;neerlandés', 'Dutch', 'néerlandais;hollandais'],
  ['NZ', 'neozelandês', 'neozelandés', 'New Zealander;New Zealanders;Kiwi;Kiwis', ''],
  ['NI', 'nicaraguense;nicaraguenses', 'nicaragüense;nicaragüenses', '', ''],
  ['NE', 'nigerino;nigerense;nigerenses', 'nigerino', 'Nigeriens', ''],
  ['NG', 'nigeriano', 'nigeriano', '', ''],
  ['MK', 'macedônio;macedónio;norte-macedônio;norte-macedónio', 'macedonio;normacedonio', '', ''],
  ['NO', 'norueguês', 'noruego', 'Norwegian', 'norvégien'],
  ['OM', 'omanense;omanenses;omani;omanis', 'omaní;omaníes', '', ''],
  ['PK', 'paquistanês', 'pakistaní;pakistaníes;paquistaní;paquistaníes', '', ''],
  ['PW', 'palauano', 'palauano', '', ''],
  ['PS', 'palestino;palestiniano', 'palestino', '', ''],
  ['PA', 'panamenho', 'panameño', '', ''],
  // "papuano"/"papua" also name Indonesian Papua: left out
  ['PG', 'papua-guineense;papua-guineenses', 'papuanoguineano', '', ''],
  ['PY', 'paraguaio', 'paraguayo', '', ''],
  ['PE', 'peruano', 'peruano', '', ''],
  ['PH', 'filipino', 'filipino', 'Filipino;Filipinos;Philippine', ''],
  ['PL', 'polonês;polaco', 'polaco', 'Polish;Pole;Poles', 'polonais'],
  ['PT', 'português;portuguesa;portugueses;portuguesas', 'portugués', 'Portuguese', 'portugais'],
  ['QA', 'catariano;qatariano;qatari;qataris', 'catarí;cataríes;qatarí;qataríes', '', 'qatari'],
  ['RO', 'romeno', 'rumano', '', ''],
  ['RU', 'russo', 'ruso', '', ''],
  ['RW', 'ruandês;ruandense;ruandenses', 'ruandés', '', ''],
  ['KN', 'são-cristovense;são-cristovenses', '', 'Kittitian;Kittitians', ''],
  ['LC', 'santa-lucense;santa-lucenses', 'santalucense;santalucenses', 'Saint Lucians', ''],
  // Saint Vincent: "vicentino" also names people of São Vicente (Brazil, Cape Verde) and Vicenza: left out
  ['WS', 'samoano', 'samoano', '', ''],
  ['SM', 'samarinês;são-marinense;são-marinenses', 'sanmarinense;sanmarinenses', '', ''],
  ['ST', 'são-tomense;são-tomenses;santomense;santomenses', 'santotomense;santotomenses', '', ''],
  ['SA', 'saudita;sauditas', 'saudí;saudíes;saudita;sauditas', 'Saudi;Saudis', 'saoudien'],
  ['SN', 'senegalês', 'senegalés', '', ''],
  ['RS', 'sérvio', 'serbio', 'Serb;Serbs', ''],
  ['SC', 'seichelense;seichelenses', 'seychellense;seychellenses', '', ''],
  ['SL', 'serra-leonês;serra-leoense;serra-leoenses', 'sierraleonés', '', ''],
  ['SG', 'singapuriano;singapurense;singapurenses', 'singapurense;singapurenses', '', ''],
  ['SK', 'eslovaco', 'eslovaco', 'Slovaks', ''],
  ['SI', 'esloveno', 'esloveno', 'Slovenian;Slovenes', ''],
  ['SB', 'salomonense;salomonenses', 'salomonense;salomonenses', '', ''],
  ['SO', 'somali;somalis', 'somalí;somalíes', '', ''],
  ['ZA', 'sul-africano', 'sudafricano', 'South African', 'sud-africain'],
  // "sudanês"/"sudanés" name Sudan (SD); South Sudan has its own compound forms
  ['SS', 'sul-sudanês', 'sursudanés;sudsudanés', '', ''],
  ['ES', 'espanhol;espanhola;espanhóis;espanholas', 'español;española;españoles;españolas', 'Spanish;Spaniard;Spaniards', 'espagnol;espagnole;espagnols;espagnoles'],
  ['LK', 'cingalês;srilanquês', 'ceilanés;esrilanqués', '', ''],
  ['SD', 'sudanês', 'sudanés', '', ''],
  ['SR', 'surinamês;surinamense;surinamenses', 'surinamés', 'Surinamese', ''],
  ['SE', 'sueco', 'sueco', 'Swedish;Swede;Swedes', 'suédois'],
  // (press synonyms: "o governo helvético", "le gouvernement helvétique")
  ['CH', 'suíço;helvético', 'suizo;helvético', 'Swiss', 'suisse;helvétique'],
  ['SY', 'sírio', 'sirio', '', ''],
  ['TW', 'taiwanês', 'taiwanés', '', ''],
  ['TJ', 'tajique;tajiques;tadjique;tadjiques', 'tayiko', 'Tajik;Tajiks', 'tadjik'],
  ['TZ', 'tanzaniano', 'tanzano;tanzaniano', '', ''],
  ['TH', 'tailandês', 'tailandés', 'Thai', 'thaïlandais'],
  ['TL', 'timorense;timorenses', 'timorense;timorenses', '', 'timorais'],
  ['TG', 'togolês', 'togolés', '', ''],
  ['TO', 'tonganês', 'tongano', '', ''],
  // es "trinitario" is also a religious order: left out
  ['TT', 'trinidadiano', 'trinitense;trinitenses', '', ''],
  ['TN', 'tunisiano;tunisino', 'tunecino', '', ''],
  ['TR', 'turco', 'turco', 'Turkish;Turk;Turks', 'turc;turque;turcs;turques'],
  // "turcomano" also names the Turkmen of Iraq and Syria: left out
  ['TM', 'turcomeno;turquemeno', 'turkmeno', '', ''],
  ['TV', 'tuvaluano', 'tuvaluano', '', ''],
  ['UG', 'ugandês;ugandense;ugandenses', 'ugandés', '', ''],
  ['UA', 'ucraniano', 'ucraniano', '', ''],
  ['AE', 'emiradense;emiradenses;emiratense;emiratenses', 'emiratí;emiratíes', 'Emirati;Emiratis', 'émirati'],
  ['US', 'americano;norte-americano;estadunidense;estadunidenses;estado-unidense;estado-unidenses', 'estadounidense;estadounidenses;norteamericano', 'American', 'américain;états-unien'],
  ['UY', 'uruguaio', 'uruguayo', '', ''],
  ['UZ', 'uzbeque;uzbeques', 'uzbeko', 'Uzbek;Uzbeks', 'ouzbek'],
  ['VU', 'vanuatuense;vanuatuenses', 'vanuatuense;vanuatuenses', '', ''],
  ['VE', 'venezuelano', 'venezolano', '', ''],
  ['VN', 'vietnamita;vietnamitas', 'vietnamita;vietnamitas', 'Vietnamese', 'vietnamien'],
  ['YE', 'iemenita;iemenitas', 'yemení;yemeníes', '', ''],
  ['ZM', 'zambiano', 'zambiano', '', ''],
  ['ZW', 'zimbabuano;zimbabueano', 'zimbabuense;zimbabuenses', '', ''],
];

/**
 * Abbreviations that name a country, matched case-sensitively (all capitals or dotted):
 * [ISO2, forms separated by ";"].
 */
export const ABBREVIATIONS: Array<[string, string]> = [
  ['US', 'EUA;E.U.A.;EE.UU.;EEUU;USA;U.S.A.;US;U.S.;É.-U.'],
  ['GB', 'UK;U.K.;RU'],
  ['KP', 'DPRK;RPDC'],
  ['AE', 'UAE;EAU'],
  ['CD', 'RDC;DRC'],
  ['CF', 'RCA'],
];

/**
 * Common exonyms and everyday names missing from the packages: [ISO2, names separated by ";"].
 * (City exonyms like "Moscou" or "Pequim" come from GeoNames alternate names.)
 */
export const COUNTRY_EXTRA_NAMES: Array<[string, string]> = [
  ['US', 'America;United States of America;Estados Unidos da América;Estados Unidos de América;États-Unis d\'Amérique'],
  ['GB', 'Britain;Great Britain;Grã-Bretanha;Gran Bretaña;Grande-Bretagne;Reino Unido;Royaume-Uni'],
  ['KP', 'Coreia do Norte;Coréia do Norte;Corea del Norte;Corée du Nord;North Korea'],
  ['KR', 'Coreia do Sul;Coréia do Sul;Corea del Sur;Corée du Sud;South Korea;Korea;Coreia;Coréia;Corea;Corée'],
  ['RU', 'Rússia;Russia;Rusia;Russie;Federação Russa;Russian Federation'],
  ['NL', 'Holland;Holanda;Hollande'],
  ['CZ', 'Czech Republic;República Checa;República Tcheca;Chéquia;Tchéquie'],
  ['MM', 'Burma;Birmânia;Birmania;Birmanie'],
  ['CI', 'Ivory Coast;Costa do Marfim;Costa de Marfil;Côte d\'Ivoire'],
  ['CD', 'Democratic Republic of Congo;DR Congo;RD Congo;RDC Congo;Congo-Kinshasa'],
  ['CG', 'Congo-Brazzaville;Republic of Congo'],
  ['PS', 'Palestine;Palestina;Palestinian territories;Territórios Palestinos'],
  ['VA', 'Vatican;Vaticano;Holy See'],
  ['TW', 'Taiwan;Taiwã;Formosa;Taïwan'],
  ['IR', 'Persia'],
  ['SZ', 'Swaziland;Suazilândia'],
  ['MK', 'Macedonia;Macedónia;Macedônia'],
  ['TR', 'Türkiye;Turquia;Turquía;Turquie'],
  ['CV', 'Cabo Verde;Cape Verde'],
  ['TL', 'East Timor;Timor-Leste;Timor Leste'],
  // Guinea by its capital, as the press tells it from Guinea-Bissau
  ['GN', 'Guinea-Conakry;Guinea Conakry;Guiné-Conacri;Guiné-Conakry;Guinea-Conakri;Guinée-Conakry'],
  // the island for the country, as the press shortens it (a city of the name in context still wins)
  ['TT', 'Trinidad;Trinidade'],
  // the short form of the Emirates in pt/es/fr (English "Emirates" is also the airline)
  ['AE', 'Emirados;Emiratos;Émirats'],
  // short forms the press uses for the whole country
  ['FK', 'Falklands;Malvinas;Ilhas Malvinas;Islas Malvinas;Malouines;îles Malouines'],
  ['CF', 'Centrafrique'],
  ['BD', 'Bangladés'],
];

/**
 * Press exonyms of cities that GeoNames' alternate names lack: [GeoNames id, names separated by ";"]
 * (Brazilian "Madri", European Portuguese "Haia", "Telavive", "Bagdade", "Quieve").
 */
export const CITY_EXTRA_NAMES: Array<[number, string]> = [
  [3117735, 'Madri'], // Madrid
  [2747373, 'Haia'], // The Hague
  [293397, 'Telavive;Tel-Avive'], // Tel Aviv
  [98182, 'Bagdade'], // Baghdad
  [703448, 'Quieve'], // Kyiv
  [124665, 'Machhad;Mechhed;Mexede'], // Mashhad (French, Portuguese)
  [377039, 'Port-Soudan;Porto Sudão'], // Port Sudan (French, Portuguese)
  [292968, 'Abou Dhabi;Abou Dabi'], // Abu Dhabi (French)
  [1486209, 'Ekaterinbourg;Iekaterinbourg;Ecaterimburgo;Ecaterinburgo'], // Yekaterinburg (French, Portuguese)
  [3600026, 'Puerto Cortés'], // Puerto Cortez, Honduras (the Spanish spelling)
  // Exonyms that are also dictionary words ("geneva" is a gin, "florence" a name, "cologne" a scent), which the town lists drop
  // for towns under a million people, leaving "Geneva" to Geneva, Illinois and "Florence" to Florence, Alabama.
  [2660646, 'Geneva;Ginebra'], // Genève
  [3176219, 'Genoa;Gênes'], // Genova
  [3176959, 'Florence'], // Firenze
  [2886242, 'Cologne;Colônia;Colónia'], // Köln
  [2995469, 'Marseilles'], // Marseille
  [3941584, 'Cuzco'], // Cusco
  [627907, 'Gomel;Gómel'], // Homyel'
  [3031582, 'Burdeos'], // Bordeaux (Spanish)
  [2797656, 'Gante'], // Ghent (Spanish, Portuguese)
  [2800931, 'Brujas'], // Bruges (Spanish)
  [2661604, 'Bâle'], // Basel (French)
  [2516326, 'Jerez;Xérès'], // Jerez de la Frontera
  [3114965, 'Orense'], // Ourense
  [2735943, 'Oporto'], // Porto (English, Spanish)
  [3171728, 'Padoue'], // Padova (French)
  [3171457, 'Parme'], // Parma (French)
  [3165926, 'Tarente'], // Taranto (French)
  [2821164, 'Trèves'], // Trier (French)
  [1734759, 'Malacca'], // Melaka
  [1608529, 'Korat'], // Nakhon Ratchasima
  [3119841, 'Coruña;La Coruña'], // A Coruña
  [734077, 'Tesalónica'], // Thessaloníki (Spanish)
  [2944388, 'Brême'], // Bremen (French)
  [581049, 'Archangel'], // Arkhangel'sk
  [1265873, 'Calicut'], // Kozhikode
];

/**
 * GeoNames' reference points for countries whose world-countries `latlng` lies more than ~100 km away
 * from them (GeoNames is what most gazetteers and annotated corpora use): [ISO2, lat, lon].
 */
export const COUNTRY_POINTS: Array<[string, number, number]> = [
  ['US', 39.76, -98.5],
  ['CA', 60.10867, -113.64258],
  ['AU', -25, 135],
  ['IN', 22, 79],
  ['CD', -2.5, 23.5],
  ['LY', 28, 17],
  ['NE', 18, 9],
  ['ML', 18, -2],
  ['ET', 9, 39.5],
  ['SO', 6, 48],
  ['JP', 35.68536, 139.75309],
  ['GB', 54.75844, -2.69531],
  ['DE', 51.5, 10.5],
  ['CO', 4, -73.25],
  ['NZ', -42, 174],
];
