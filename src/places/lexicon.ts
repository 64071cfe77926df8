/**
 * Small hand-written word lists the recogniser uses as context cues (folded: lower case, no accents).
 * General language data for pt/en/es/fr — nothing here is specific to any article.
 */

const set = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Function words and very common sentence starters: a capitalised one at a sentence start is not a name. */
export const FUNCTION_WORDS = set(`
a o as os um uma uns umas de do da dos das no na nos nas em ao aos à às e ou mas que se com por para pelo pela
pelos pelas sem sob sobre entre ate apos desde durante segundo conforme como quando onde porque este esta estes
estas esse essa isso isto aquele aquela ele ela eles elas nao sim ja tambem ainda mais menos muito muitos pouco
the a an of in on at to for from by with without into onto over under after before during since until as and or but
if then than that this these those there here it its he she they we you his her their our my your who whom which
what when where why how not no yes all any some many much more most other such each every both either neither
el la los las un una unos unas del al en con por para sin sobre entre tras desde hasta segun durante y o pero que
si como cuando donde porque este esta estos estas ese esa eso esto aquel aquella ello ella ellos ellas no ya tambien
le la les un une des du de en au aux et ou mais que qui si avec pour par sans sur sous entre apres avant depuis
pendant selon comme quand ou parce ce cet cette ces il elle ils elles nous vous on ne pas plus moins tres aussi
meanwhile however although though while also yet still even just only now today yesterday tomorrow last next
new old first second third according after is are was were be been being has have had will would can could
shall should may might must do does did said says say told
`);

/** Titles of office among them, which name the place they govern after "de/of" ("Presidente da Zâmbia"), folded. */
export const OFFICE_TITLES = set(`
president presidente presidenta minister ministro ministra ministre chancellor chanceler canciller secretary secretario
secretaria secretaire governor governador governadora gobernador gouverneur mayor prefeito prefeita alcalde maire
king queen rei rainha rey reina roi reine premier emir sultan
`);
/** Words that introduce a person's name (titles, roles), lower-cased and folded. */
export const PERSON_TITLES = set(`
mr mrs ms miss dr prof sir dame lord lady president presidente presidenta president vice premier prime minister
ministro ministra ministre chanceler chancellor canciller secretary secretario secretaria secretaire senator
senador senadora senateur sen rep representative congressman congresswoman deputado deputada diputado diputada
depute governor governador governadora gobernador gouverneur gov mayor prefeito prefeita alcalde maire judge juiz
juiza juez juge justice general gen colonel col coronel captain capt capitao capitan capitaine lieutenant lt
sergeant sgt officer detective det sheriff deputy chief coach king queen prince princess rei rainha principe
princesa rey reina roi reine pope papa father padre pere rev reverend bishop bispo obispo eveque sheikh emir
ayatollah imam rabbi dom don dona dona sr sra srta senhor senhora senor senora monsieur madame mme mlle
marques marquis marques conde comte duque duc duke visconde vicomte barao baron earl infante ditador dictator dictateur lider leader lider chefe jefe chef spokesman spokeswoman porta-voz portavoz
ceo founder fundador director diretor diretora directeur professor professora professeur doctor doutor doutora
pastor saint-pierre herr frau brother sister
`);

/** Common first names across the four languages and news (a capitalised name after one is a surname). */
export const FIRST_NAMES = set(`
john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond
jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian
keith roger terry gerald harold sean carl arthur lawrence dylan jesse bryan billy joe bruce gabriel
logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley
kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen
amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet
catherine maria heather diane ruth julie olivia joyce kelly lauren christina joan evelyn judith
megan andrea cheryl hannah jacqueline martha gloria teresa ann sara frances kathryn janice jean abigail
alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany
charlotte marie kayla alexis lori hillary barack bill joe kamala boris emmanuel angela vladimir sergei sergey
dmitry dmitri alexei aleksandr alexander mikhail yuri igor ivan nikolai viktor volodymyr petro xi li wang zhang
kim moon park shinzo fumio narendra recep benjamin ali mohammed muhammad ahmed mahmoud hassan hussein abdul omar
joao jose antonio francisco carlos paulo pedro lucas luiz luis marcos gabriel rafael daniel marcelo bruno
eduardo felipe rodrigo manuel fernando ricardo jorge alberto sergio diego miguel javier alejandro pablo andres
luiz inacio jair dilma michel geraldo ana maria francisca antonia adriana juliana marcia fernanda patricia aline
jean pierre michel philippe alain nicolas francois jacques bernard christophe laurent frederic eric olivier
paris florence sydney chelsea madison charlotte victoria georgia virginia dallas india
marine segolene anne isabelle sylvie catherine nathalie valerie alvaro mario rui nuno jorge vitor vasco tiago
joaquim armando fernando augusto artur afonso henrique duarte goncalo diogo hugo filipe helder sergio aníbal anibal
cavaco durao mario teresa manuela isabel ines beatriz leonor mariana rita sofia catarina joana helena lucia
graca fatima conceicao margarida paula cristina susana sandra raquel marta silvia vera carla ricardo
manoel cesar rogerio ernesto aquilino almeida alfredo abel adelino agostinho alvaro amadeu americo anselmo
baltasar bento bernardo caetano camilo candido cipriano claudio custodio domingos edgar emilio ermelinda
eugenio fausto feliciano fernao firmino gaspar gil guilherme horacio humberto inacio jaime jeronimo julio
leonel lourenco luciano marcelino mauricio narciso nelson norberto octavio orlando osvaldo otavio quirino
raul reinaldo romeu rogerio rolando rui salvador sebastiao severino silvestre simao teofilo tomas urbano
valter vasco venancio vicente virgilio xavier zeferino adriano aurelio belmiro
`);

/**
 * Common Portuguese and Spanish surnames (folded): next to a town's name they make a person's name
 * ("Rui Santana Nunes"); several are also towns, which only a cue or context then makes places.
 */
export const SURNAMES = set(`
silva santos ferreira pereira oliveira costa rodrigues martins jesus sousa fernandes goncalves gomes lopes marques
alves almeida ribeiro pinto carvalho teixeira moreira correia mendes nunes soares vieira monteiro cardoso rocha
raposo neves coelho cruz cunha pires ramos reis simoes antunes matos fonseca machado araujo barbosa tavares
lourenco castro figueiredo azevedo freitas henriques dias baptista batista miranda campos vaz leite brito
magalhaes pacheco sequeira quintas bastos amaral valente seabra
gutierrez gonzalez fernandez lopez martinez sanchez perez gomez diaz hernandez alvarez jimenez moreno munoz
romero navarro torres dominguez vazquez ramirez ruiz serrano blanco suarez molina ortega delgado ortiz
`);

/** Words after a place that make it part of an organisation, team, newspaper or facility name. */
export const ORG_HEADS = set(`
university college school academy institute police department dept sheriff office council board commission
committee authority agency bureau court jail prison hospital clinic medical center centre church cathedral
chapel temple mosque synagogue museum library zoo airport station port harbor harbour bridge stadium arena park
mall hotel casino theater theatre symphony orchestra band times post herald tribune journal news daily gazette
chronicle observer telegraph record register star sun globe review press radio tv television club fc united
rangers giants county city town township village borough district parish area region state national federal
regional international public community company corp corporation inc ltd group bank trust fund foundation
association society union league party government ministry army navy marines forces force guard fire rescue
emergency water power electric energy gas oil airlines airways railway railroad transit express high middle
elementary senior junior republicans democrats assembly senate house parliament legislature congress cabinet
chamber commerce open marathon games cup festival fair show series championship tournament county's sheriffs
ministerio ministere universidade universidad universite associacao asociacion camara conselho consejo conseil
banco banque instituto institut escola escuela ecole fundacao fundacion fondation igreja iglesia eglise museu museo
musee teatro tribunal governo gobierno gouvernement assembleia asamblea assemblee partido parti federacao
federacion comissao comision grupo groupe clube liga ligue empresa companhia compania compagnie sociedade sociedad
societe jornal diario radio televisao policia exercito ejercito armee forca fuerza secretaria departamento agencia
agence servico servicio centro estacao estacion gare aeroporto aeropuerto aeroport estadio stade palacio palais
convento mosteiro catedral cathedrale capela colegio liceu faculdade facultad faculte sindicato syndicat cooperativa
conferencia cimeira cumbre sommet tratado traite acordo acuerdo accord declaracao lei ley loi feira campeonato copa
taca coupe jogos juegos jeux premio prix orquestra orquesta orchestre hospital hopital prefeitura municipio
regiao region embaixada embajada ambassade consulado consulat embassy consulate ministry ministries office forum
summit treaty agreement accord declaration act law
`);

/**
 * Nouns after a town's name that mark local news about that town ("a Paris teen", "Athens firefighters",
 * "the Toledo City Council", "Richmond residents"): evidence for a small namesake of a world city.
 */
export const LOCAL_NOUNS = set(`
man woman men women boy girl teen teenager couple family resident residents native natives homeowner homeowners
police sheriff mayor council city township county schools school district officials firefighters
`);

/** Street-type words: "Dublin Road" is a street, not Dublin. */
export const STREET_WORDS = set(`
street st road rd avenue ave boulevard blvd drive dr lane ln way highway hwy freeway expressway parkway pkwy
court ct place pl square sq terrace circle trail pike turnpike route alley row rua avenida travessa calle
carrera paseo rue allee chemin quai
`);

/** Compass and modifier words that may precede a place without making it another name. */
export const PLACE_MODIFIERS = set(`
north south east west northern southern eastern western central upper lower greater northeast northwest southeast
southwest northeastern northwestern southeastern southwestern mid downtown metro metropolitan suburban rural inner
outer historic old
`);

/** Nouns that, followed by "of/de", announce a region ("região de Kursk", "province of Idlib"). */
export const REGION_CUES = set(`
regiao region regione provincia province oblast oblasti estado state etat departamento departement department
distrito district condado county governorate governorat gouvernorat prefecture prefeitura krai territory
territorio territoire canton comarca municipio municipality
`);

/**
 * Adjectives of institutions that follow their noun in pt/es/fr: a town's name before one is the noun that heads an
 * institution's name ("Guarda Nacional Republicana", "la Garde républicaine", "Marina Nacional").
 */
export const INSTITUTION_ADJECTIVES = set(`
nacional nacionais nacionales nationale nationales national republicana republicano republicaine republicain civil
civile federal federale municipal municipale presidencial presidentielle revolucionaria revolucionario
revolutionnaire costeira costera cotiere
`);

/** Nouns after a name that make it a region ("Kursk region", "Kursk Oblast", "Idlib province"). */
export const REGION_SUFFIXES = set(`region oblast province governorate krai prefecture territory raion`);

/** Prepositions that put a name in a place role ("em Beja", "in Bath", "à Nice"). */
export const LOCATIVES = set(`in at near from to into em no na nos nas para desde ate perto junto en desde hacia a au aux dans pres vers de`);

/** Nouns that, followed by "of/de" (maybe with an adjective between), announce a town. */
export const CITY_CUES = set(`
cidade city ciudad ville town village aldeia vila pueblo localidade localidad capital porto port puerto
municipio commune bairro suburb neighborhood neighbourhood freguesia concelho lugar povoacao autarca autarquia
camara edil
`);

/** Connectors inside names or between an organisation and an embedded place. */
export const CONNECTORS = set(`de do da dos das of the del la le les du des di d von van al el y e et and`);

/** Link words found only inside whole names, never read as connectors elsewhere ("Dar es Salaam", "Frankfurt am Main"). */
export const NAME_LINKS = set(`es upon am an sur sul en ul ur bin`);

/** Prepositions of place ("in", "em", "na"...) used in "Wonsan, na Coreia do Norte". */
export const LOCATIVE_PREPOSITIONS = set(`in em no na nos nas en a au aux at near perto cerca pres`);

/** Lower-case first words allowed in a name ("mer Noire", "rio Tejo", "golfe Persique"). */
export const LOWER_NAME_HEADS = set(`
mer ocean golfe detroit canal lac fleuve bande plateau oblast peninsule peninsula pays etat kraï krai rio mar golfo estreito
oceano faixa provincia regiao lago isla ilha ile iles ilhas islas monte mont montagnes cordilheira cordillera
paises monarquias monarchies
`);

/**
 * People who travel, named by nationality ("trabajadores filipinos", "Filipino nurses"): the nationality
 * says where they come from, not where the story happens (folded; "Spanish police" is not among them).
 */
export const TRAVELLERS = set(`
workers nurses migrants refugees students tourists pilgrims immigrants nationals fishermen sailors passengers seasonal
trabalhadores enfermeiros enfermeiras migrantes refugiados estudantes turistas peregrinos imigrantes pescadores passageiros temporarios
trabajadores trabajadoras jornaleros jornaleras temporeros temporeras estudiantes inmigrantes pasajeros
travailleurs travailleuses infirmieres infirmiers refugies etudiants touristes pelerins immigres ressortissants pecheurs passagers saisonniers
`);

/** Verbs of saying: a lone capitalised word right before or after one is a person ("Clark said"). */
export const SPEECH_VERBS = set(`
said says told added explained noted wrote asked stated argued insisted recalled warned replied continued
disse diz afirmou declarou explicou acrescentou contou garantiu sublinhou referiu adiantou
dijo dice afirmo declaro explico agrego anadio senalo aseguro
dit declare explique ajoute affirme souligne
`);

/**
 * Verbs of what people do and places do not (meet, travel, praise): a lone capitalised word of a small town right
 * before one is a person ("Lula viajou para a China", "Modi met", "Sánchez se reunió"). Not verbs of receiving or
 * hosting, which towns do too ("Brumadinho recebeu ajuda").
 */
export const PERSON_ACTS = set(`
met visited travelled traveled flew spoke urged thanked praised criticized criticised promised vowed pledged
visitou viajou reuniu encontrou conversou discursou elogiou criticou agradeceu prometeu
visito viajo reunio hablo elogio critico agradecio prometio
rencontre visite voyage salue critique remercie promis
`);

/**
 * Street, water-body and landform words after a capitalised name ("Main Street", "Wichita Drive",
 * "Hudson River", "Fire Island", "Napa Valley"): the whole phrase is a place of its own (kind other),
 * located at the town the article is about. Buildings ("High School", "Center") are not: news corpora
 * disagree on them and they rarely matter on a map.
 */
export const STREET_TAILS = set(`
street st road rd avenue ave boulevard blvd drive parkway pkwy highway hwy trail turnpike pike expressway freeway
river creek lake bayou island islands valley beach bay forest mountain mountains canyon park peninsula desert
`);

/** Words that come before a name or number: "Highway 19", "Lake Tahoe", "Rua Augusta", "avenida da Liberdade". */
export const STREET_HEADS = set(`
highway interstate route lake rua avenida av travessa calcada alameda largo praca estrada calle plaza paseo rue
boulevard cais terreiro bairro rotunda praceta beco
`);

/**
 * Language names that are also demonyms, folded: English, Portuguese, French, Spanish, Russian, Chinese, German,
 * Italian, Japanese, Korean, Ukrainian, Turkish, Greek, Dutch, Polish and Persian in pt/en/es/fr. After a language
 * cue they name the language, not a place: "in English", "em português", "en français", "speaks French", "língua
 * portuguesa", "the English language", "aulas de inglês", "teaches Russian".
 */
export const LANGUAGE_WORDS = set(`
english portuguese french spanish russian chinese german italian japanese korean ukrainian turkish greek dutch polish persian
ingles portugues frances espanhol russo chines alemao italiano japones coreano ucraniano turco grego holandes polaco polones persa
espanol ruso chino aleman griego
anglais portugais francais espagnol russe chinois allemand italien japonais coreen ukrainien turc grec neerlandais polonais persan
`);
/** Feminine forms, a language only after a language noun ("língua portuguesa", "langue française", "lengua china"). */
export const LANGUAGE_WORDS_F = set(`
inglesa portuguesa francesa espanhola espanola russa rusa chinesa china alema alemana italiana japonesa coreana ucraniana turca grega griega holandesa polaca
anglaise portugaise francaise espagnole chinoise allemande italienne japonaise coreenne ukrainienne turque grecque neerlandaise polonaise
`);
/** Words right before a language name that make it one: prepositions and verbs of speaking/writing. */
export const LANGUAGE_CUES = set(`
in into em en
speak speaks spoke spoken speaking fluent translated dubbed subtitled
fala falam falar falou falava falando fluente traduzido traduzida legendado dublado
habla hablan hablar hablo hablaba hablando traducido doblado subtitulado
parle parlent parler parlait parlant traduit double sous-titre
`);
/**
 * Verbs of teaching and learning: before a language name they make it one when no noun follows ("teaches English",
 * "aprendem português", "apprendre le français" is no demonym), but "trained Russian pilots" names the pilots' country.
 */
export const LANGUAGE_STUDY_VERBS = set(`
teach teaches taught teaching learn learns learned learnt learning study studies studied studying
ensina ensinam ensinar ensinou ensinava ensinando aprende aprendem aprender aprendeu aprendia aprendendo estuda estudam estudar estudou estudava estudando
ensena ensenan ensenar enseno ensenaba ensenando aprendio aprendia estudia estudian estudiar estudio estudiaba
enseigne enseignent enseigner enseignait apprend apprennent apprendre appris apprenait etudie etudient etudier etudiait
`);
/**
 * Nouns of teaching that take a language after "de" ("aulas de inglês", "professor de português", "clases de ruso",
 * "cours de français": a lower-case language word there is the subject taught).
 */
export const LANGUAGE_SUBJECT_NOUNS = set(`
ensino aula aulas curso cursos professor professora professores professoras docente docentes aluno alunos aluna alunas exame exames prova provas escola escolas licao licoes disciplina
ensenanza clase clases profesor profesora profesores profesoras alumno alumnos academia academias examen examenes leccion lecciones asignatura
cours professeur professeurs professeure enseignant enseignants enseignante enseignement lecon lecons classe classes ecole ecoles examen examens eleve eleves
interprete interpretes traducteur traducteurs traductrice tradutor tradutores tradutora traductor traductores traductora
`);
/**
 * Nouns right after a language name (or joined to it by a hyphen) that make it one: "English teacher", "Russian speakers",
 * "French-speaking", "Chinese lessons".
 */
export const LANGUAGE_AFTER = set(`
teacher teachers class classes lesson lessons course courses speaker speakers speaking tuition proficiency fluency grammar dictionary subtitles translation translations
`);
/** Language nouns: before a language name ("língua portuguesa", "idioma inglés") or after ("English language"). */
export const LANGUAGE_NOUNS = set(`language languages lingua idioma lengua langue`);
/** Words joining two language names ("in English and Spanish"). */
export const LANGUAGE_JOINERS = set(`and or e ou y o et`);
