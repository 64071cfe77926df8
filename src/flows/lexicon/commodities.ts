import type { FlowCategory } from '../../story';

/**
 * Traded goods named in news of any language, beyond each lexicon's own list: [word as written, unit key], and a category
 * when it is not goods (`other`). Words that are also everyday words of another sense in one of the languages
 * ("avocats" are lawyers in French, "mangas" sleeves in Portuguese, "pêches" fishing, Spanish "vino" came,
 * "aves" birds, "frutos" results, "concentrate" a verb), and "production",
 * which names a country's output more often than goods sent ("cut its shipments as its production
 * fell"), are left out.
 * A phrase a language's lexicon already has keeps that lexicon's reading. Reviewable data only.
 */
export const COMMODITIES: ReadonlyArray<readonly [string, string, FlowCategory?]> = [
  // fruit and vegetables
  ['fruit', 'fruit'], ['fruits', 'fruit'], ['fruta', 'fruit'], ['frutas', 'fruit'], 
  ['avocados', 'avocados'], ['aguacates', 'avocados'], ['aguacate', 'avocados'], ['abacates', 'avocados'], ['palta', 'avocados'], ['paltas', 'avocados'],
  ['mangoes', 'mangoes'], ['mangos', 'mangoes'], ['mangues', 'mangoes'],
  ['grapes', 'grapes'], ['uvas', 'grapes'], ['raisins', 'grapes'],
  ['tomatoes', 'tomatoes'], ['tomates', 'tomatoes'], ['tomate', 'tomatoes'],
  ['bananas', 'bananas'], ['banano', 'bananas'], ['bananes', 'bananas'], ['banane', 'bananas'],
  ['vegetables', 'vegetables'], ['hortalizas', 'vegetables'], ['verduras', 'vegetables'], ['legumes', 'vegetables'], ['légumes', 'vegetables'],
  ['citrus', 'citrus'], ['cítricos', 'citrus'], ['agrumes', 'citrus'], ['oranges', 'citrus'], ['naranjas', 'citrus'], ['laranjas', 'citrus'],
  ['lemons', 'lemons'], ['limones', 'lemons'], ['limões', 'lemons'], ['citrons', 'lemons'], ['cherries', 'cherries'], ['cerezas', 'cherries'],
  ['cerejas', 'cherries'], ['cerises', 'cherries'], ['blueberries', 'blueberries'], ['arándanos', 'blueberries'], ['mirtilos', 'blueberries'],
  ['myrtilles', 'blueberries'], ['pineapples', 'pineapples'], ['piñas', 'pineapples'], ['abacaxis', 'pineapples'], ['ananas', 'pineapples'],
  ['dátiles', 'dates'], ['tâmaras', 'dates'], ['dattes', 'dates'],
  // other crops ("té" is left out: it is "te" without its accent)
  ['tea', 'tea'], ['chá', 'tea'], ['thé', 'tea'], ['honey', 'honey'], ['miel', 'honey'], ['mel', 'honey'], ['vanilla', 'vanilla'],
  ['vainilla', 'vanilla'], ['baunilha', 'vanilla'], ['vanille', 'vanilla'], ['cloves', 'cloves'], ['clous de girofle', 'cloves'], ['girofle', 'cloves'],
  ['cravinho', 'cloves'], ['clavos de olor', 'cloves'], ['cashew', 'cashew'], ['cashews', 'cashew'], ['caju', 'cashew'], ['anacardo', 'cashew'],
  ['anacardos', 'cashew'], ['cajou', 'cashew'], ['rubber', 'rubber'], ['caucho', 'rubber'], ['caoutchouc', 'rubber'], ['flowers', 'flowers'],
  ['flores', 'flowers'], ['fleurs', 'flowers'], ['potash', 'potash'], ['potasa', 'potash'], ['potassa', 'potash'], ['potasse', 'potash'],
  // fish, meat, drink
  ['fish', 'fish'], ['pescado', 'fish'], ['peixe', 'fish'], ['poisson', 'fish'], ['fishmeal', 'fishmeal'], ['fish meal', 'fishmeal'],
  ['harina de pescado', 'fishmeal'], ['farinha de peixe', 'fishmeal'], ['farine de poisson', 'fishmeal'], ['huile de poisson', 'fish oil'],
  // nuclear fuel, fresh or spent (not petroleum)
  ['nuclear fuel', 'nuclear fuel'], ['spent fuel', 'nuclear fuel'], ['spent nuclear fuel', 'nuclear fuel'], ['combustível nuclear', 'nuclear fuel'],
  ['combustível usado', 'nuclear fuel'], ['combustible nuclear', 'nuclear fuel'], ['combustible gastado', 'nuclear fuel'],
  ['combustible nucléaire', 'nuclear fuel'], ['combustible usé', 'nuclear fuel'],
  // ore in general ("minerais" is also Portuguese for minerals, "mineral" an adjective: left out)
  ['ore', 'ore'], ['ores', 'ore'], ['minério', 'ore'], ['minérios', 'ore'], ['minerai', 'ore'],
  // raw materials in general
  ['raw materials', 'raw materials'], ['matérias-primas', 'raw materials'], ['matéria-prima', 'raw materials'], ['materias primas', 'raw materials'],
  ['materia prima', 'raw materials'], ['matières premières', 'raw materials'],
  // oilseed meal (cattle feed), and the bean in the singular
  ['soybean meal', 'soybean meal'], ['soymeal', 'soybean meal'], ['soy meal', 'soybean meal'], ['farelo de soja', 'soybean meal'],
  ['harina de soja', 'soybean meal'], ['harina de soya', 'soybean meal'], ['tourteau de soja', 'soybean meal'], ['tourteaux de soja', 'soybean meal'],
  ['soybean', 'soybeans'], ['soya', 'soybeans'], ['soja', 'soybeans'],
  ['shrimp', 'shrimp'], ['camarones', 'shrimp'], ['camarão', 'shrimp'], ['crevettes', 'shrimp'], ['salmon', 'salmon'], ['salmón', 'salmon'],
  ['salmão', 'salmon'], ['saumon', 'salmon'], ['cod', 'cod'], ['bacalao', 'cod'], ['bacalhau', 'cod'], ['morue', 'cod'], ['seafood', 'seafood'],
  ['mariscos', 'seafood'], ['fruits de mer', 'seafood'], ['pork', 'pork'], ['carne de cerdo', 'pork'], ['porcino', 'pork'], ['carne suína', 'pork'],
  ['carne de porco', 'pork'], ['porc', 'pork'], ['chicken', 'chicken'], ['pollo', 'chicken'], ['frango', 'chicken'], ['poulet', 'chicken'],
  ['poultry', 'poultry'], ['volaille', 'poultry'], ['carne bovina', 'beef'], ['carne de res', 'beef'], ['bœuf', 'beef'], ['boeuf', 'beef'],
  ['beer', 'beer'], ['cerveza', 'beer'], ['cerveja', 'beer'], ['bière', 'beer'], ['wine', 'wine'], ['vinho', 'wine'], ['vin', 'wine'], ['vins', 'wine'], ['vinos', 'wine'], ['vinhos', 'wine'], ['wines', 'wine'],
  // harvests and production in general
  ['harvest', 'harvest'], ['harvests', 'harvest'], ['crop', 'harvest'], ['crops', 'harvest'], ['cosecha', 'harvest'], ['cosechas', 'harvest'], ['zafra', 'harvest'],
  ['colheita', 'harvest'], ['colheitas', 'harvest'], ['safra', 'harvest'], ['safras', 'harvest'], ['récolte', 'harvest'], ['récoltes', 'harvest'], ['vendange', 'harvest'], ['vendanges', 'harvest'],
  ['products', 'products'], ['productos', 'products'], ['produtos', 'products'], ['produits', 'products'],
  // minerals and metals
  ['copper concentrate', 'concentrate'], ['concentrado de cobre', 'concentrate'], ['concentré de cuivre', 'concentrate'], ['cathodes', 'cathodes'], ['cátodos', 'cathodes'],
  ['copper', 'copper'], ['zinc', 'zinc'], ['zinco', 'zinc'], ['tin', 'tin'], ['estaño', 'tin'], ['manganese', 'manganese'], ['manganês', 'manganese'],
  ['manganeso', 'manganese'], ['manganèse', 'manganese'], ['bauxite', 'bauxite'], ['bauxita', 'bauxite'], ['graphite', 'graphite'], ['grafite', 'graphite'],
  ['grafito', 'graphite'], ['rubies', 'gems'], ['rubis', 'gems'], ['rubíes', 'gems'], ['emeralds', 'gems'], ['esmeraldas', 'gems'], ['émeraudes', 'gems'],
  ['gems', 'gems'], ['gemstones', 'gems'], ['pedras preciosas', 'gems'], ['piedras preciosas', 'gems'], ['pierres précieuses', 'gems'],
  // manufactured goods
  // (cars are vehicles, as the Portuguese lexicon's "carros" and the annotated articles have them)
  ['cars', 'cars', 'vehicles'], ['coches', 'cars', 'vehicles'], ['automóviles', 'cars', 'vehicles'], ['automóveis', 'cars', 'vehicles'], ['voitures', 'cars', 'vehicles'], ['textiles', 'textiles'],
  ['têxteis', 'textiles'], ['clothing', 'clothing'], ['roupa', 'clothing'], ['ropa', 'clothing'], ['vêtements', 'clothing'],
  ['footwear', 'footwear'], ['shoes', 'footwear'], ['calçado', 'footwear'], ['calçados', 'footwear'], ['sapatos', 'footwear'], ['calzado', 'footwear'],
  ['zapatos', 'footwear'], ['chaussures', 'footwear'], ['leather', 'leather'], ['couro', 'leather'], ['cuero', 'leather'], ['cuir', 'leather'],
  ['hydropower', 'electricity'], ['hydroelectricity', 'electricity'], ['hydroelectric power', 'electricity'], ['hidroeletricidade', 'electricity'],
  ['energia hidrelétrica', 'electricity'], ['energia hidroelétrica', 'electricity'], ['hidroelectricidad', 'electricity'], ['energía hidroeléctrica', 'electricity'],
  ['hydroélectricité', 'electricity'],
  ['cocoa beans', 'cocoa'], ['coffee beans', 'coffee'], ['fèves de cacao', 'cocoa'], ['granos de cacao', 'cocoa'], ['grãos de cacau', 'cocoa'],
  ['amêndoas de cacau', 'cocoa'], ['grains de café', 'coffee'], ['granos de café', 'coffee'], ['grãos de café', 'coffee'],
  ['auto parts', 'auto parts'], ['car parts', 'auto parts'], ['autopeças', 'auto parts'], ['peças automotivas', 'auto parts'], ['autopartes', 'auto parts'],
  ['pièces automobiles', 'auto parts'], ['pièces détachées automobiles', 'auto parts'],
  // farm produce
  ['soya', 'soy'], ['eggs', 'eggs'], ['ovos', 'eggs'], ['huevos', 'eggs'], ['œufs', 'eggs'], ['oeufs', 'eggs'], ['cheese', 'cheese'], ['queijo', 'cheese'],
  ['queso', 'cheese'], ['fromage', 'cheese'], ['fromages', 'cheese'], ['dairy products', 'dairy'], ['lácteos', 'dairy'], ['laticínios', 'dairy'],
  ['produits laitiers', 'dairy'], ['potatoes', 'potatoes'], ['batatas', 'potatoes'], ['patatas', 'potatoes'], ['pommes de terre', 'potatoes'],
  ['onions', 'onions'], ['cebolas', 'onions'], ['cebollas', 'onions'], ['oignons', 'onions'], ['apples', 'apples'], ['maçãs', 'apples'],
  ['manzanas', 'apples'], ['lamb', 'lamb'], ['mutton', 'lamb'], ['carne de vaca', 'beef'], ['viande bovine', 'beef'], ['viande de bœuf', 'beef'],
  // more minerals, timber and manufactured goods
  ['phosphate', 'phosphate'], ['phosphates', 'phosphate'], ['fosfato', 'phosphate'], ['fosfatos', 'phosphate'], ['coltan', 'coltan'],
  ['silver', 'silver'], ['prata', 'silver'], ['plata', 'silver'], ['logs', 'timber'], ['troncos', 'timber'], ['grumes', 'timber'],
  // live animals
  ['sheep', 'animals'], ['ovinos', 'animals'], ['ovins', 'animals'], ['bovinos', 'animals'], ['bovins', 'animals'],
  ['live animals', 'animals'], ['animais vivos', 'animals'], ['animales vivos', 'animals'], ['animaux vivants', 'animals'],
  ['animals', 'animals'], ['animais', 'animals'], ['animales', 'animals'], ['animaux', 'animals'],
];
