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
  'god', 'jesus', 'christ', 'allah', 'internet', 'web', 'online', 'media', 'news', 'press', 'tv', 'radio',
]);
