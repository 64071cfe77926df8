/**
 * Names the builder must not index although some package lists them as places: organisations and
 * acronyms that GeoNames alternate names or country spellings turn into "places", and everyday words.
 * Folded keys (lower case, no accents).
 */
export const NOT_PLACE_KEYS = new Set([
  // organisations / blocs
  'onu', 'un', 'nato', 'otan', 'asean', 'opep', 'opec', 'fmi', 'imf', 'oms', 'who', 'unesco', 'unicef',
  'hamas', 'hezbollah', 'hizbollah', 'taliban', 'isis', 'daesh', 'al qaeda', 'white house', 'casa branca',
  'kremlin', 'pentagon', 'pentagono', 'capitol', 'congress', 'congresso', 'christmas', 'natal', 'navidad', 'noel',
  'easter', 'pascoa', 'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'ford', 'toyota', 'nokia', 'mercedes', 'airbus', 'boeing', 'tesla',
  'brics', 'mercosul', 'mercosur', 'cplp', 'ocde', 'oecd', 'g7', 'g20', 'fifa', 'uefa', 'cia', 'fbi', 'kgb',
  // months and weekdays (en/pt/es/fr)
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'janeiro', 'fevereiro', 'marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro',
  'novembro', 'dezembro', 'enero', 'febrero', 'mayo', 'junio', 'julio', 'septiembre', 'octubre', 'noviembre',
  'diciembre', 'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre',
  'novembre', 'decembre', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'segunda', 'terca', 'quarta', 'quinta', 'sexta', 'sabado', 'domingo', 'lunes', 'martes', 'miercoles', 'jueves',
  'viernes', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  // words GeoNames lists as alternate names of some town but that news uses otherwise
  'centre', 'center', 'centro', 'north', 'south', 'east', 'west', 'norte', 'sul', 'leste', 'oeste', 'nord', 'sud',
  'est', 'ouest', 'este', 'sur', 'city', 'town', 'county', 'state', 'capital', 'downtown', 'university', 'airport',
  'police', 'president', 'governor', 'mayor', 'street', 'road', 'avenue', 'river', 'lake', 'mount', 'island',
  'republic', 'kingdom', 'union', 'federation', 'government', 'ministry', 'ministerio', 'minister', 'ministro',
  // armed forces ("à Marinha egípcia", "la Armada española", "the Navy"): institutions, not the towns so named
  'marinha', 'armada', 'navy', 'exercito', 'ejercito',
  'god', 'jesus', 'christ', 'allah', 'internet', 'web', 'online', 'media', 'news', 'press', 'tv', 'radio',
  // an oil benchmark ("Brent crude", "frente al Brent") and a first name ("Brent Boggs"), far more often in the news than the
  // London borough
  'brent',
]);

/**
 * Everyday words that name some town but that news uses as parts of other names ("Central Bank",
 * "Metro Police", "The City Council", "Cub Scout Pack 122", the cape "Punta Europa"): never indexed for towns (first-level regions
 * named so keep them, matched after a region cue: "Central Province").
 */
export const NOT_TOWN_KEYS = new Set(['central', 'metro', 'the city', 'pack', 'centrale', 'centrales', 'punta']);

/**
 * Generic geographic words: a first-level region named only with them ("Western", "North Central",
 * "Coast", "Delta", "Rivers") is matched only after a region cue ("Western Province", "região Norte").
 */
export const GENERIC_REGION_WORDS = new Set(
  `north south east west northern southern eastern western central north-east north-west south-east south-west
  northeast northwest southeast southwest upper lower middle greater inner outer coast coastal gulf delta
  mountain mountains highlands lowlands lakes lake rivers river islands island capital centre center centro
  interior plateau valley border frontier oriental occidental norte sul sur nord sud est oeste leste ouest
  litoral costa montana montanha grande great new old`.split(/\s+/),
);
