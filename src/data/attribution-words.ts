/**
 * The words an in-text attribution is built from: the nouns that name a study, the verbs that
 * report a finding, the nouns that count people and studies, institutions, and the causal
 * wording that a design may or may not carry. All lower case; multi-word entries are
 * space-separated words (hyphens split: `co-authored` is `co authored`).
 */

/** Nouns that name a study or a publication (a design word also does). */
export const studyNouns: ReadonlySet<string> = new Set([
  'study', 'studies', 'paper', 'papers', 'article', 'articles', 'report', 'reports', 'analysis', 'analyses',
  're analysis', 'reanalysis', 'research', 'experiment', 'experiments', 'investigation', 'editorial', 'letter',
  'publication', 'trial', 'trials', 'review', 'reviews', 'survey', 'surveys', 'data'
])

/**
 * A verb that reports what a study found. `namedSource`: it completes a named attribution in
 * the document model, which makes the sentence sourced ("A 2017 trial in Nutrients found").
 * The model has always used the narrower set (past and present forms of the verbs of a
 * finding); widening it would change which sentences count as sourced, so it is a field here
 * rather than a second list. `read`: the attributions reader takes it as an attribution's
 * verb (it reads "according to" as a phrase, below, not as a verb).
 */
export interface ReportingVerb {
  word: string
  namedSource: boolean
  read: boolean
}

/** The reporting verbs, in both uses. */
export const reportingVerbList: readonly ReportingVerb[] = [
  ...[
    'found', 'finds', 'showed', 'shows', 'shown', 'demonstrated', 'demonstrates', 'reported', 'reports',
    'concluded', 'concludes', 'suggested', 'suggests', 'revealed', 'reveals', 'indicated', 'indicates',
    'observed', 'observes', 'confirmed', 'confirms', 'noted', 'notes', 'discovered', 'reviewed', 'analysed',
    'analyzed', 'examined', 'published', 'linked', 'proved', 'established', 'determined', 'identified',
    'estimated', 'measured', 'tested', 'compared', 'followed'
  ].map((word) => ({word, namedSource: true, read: true})),
  ...[
    'find', 'show', 'demonstrate', 'report', 'conclude', 'concluding', 'suggest', 'reveal', 'indicate',
    'discovers', 'reviews', 'analyses', 'analyzes', 'examines', 'investigated', 'investigates', 'links',
    'proves', 'proven', 'establishes', 'documented', 'highlighted', 'assessed', 'evaluated', 'looked',
    'recorded', 'tracked', 'stated', 'states', 'says', 'said', 'claimed', 'claims', 'argued', 'argues',
    'wrote', 'writes', 'explained', 'explains', 'described', 'describes', 'pointed', 'points', 'associated',
    'surveyed'
  ].map((word) => ({word, namedSource: false, read: true})),
  ...['according'].map((word) => ({word, namedSource: true, read: false}))
]

/** Verbs the attributions reader takes as an attribution's verb. */
export const reportingVerbs: ReadonlySet<string> = new Set(reportingVerbList.filter((verb) => verb.read).map((verb) => verb.word))

/** Verbs that complete a named attribution in the document model. */
export const namedSourceVerbs: ReadonlySet<string> = new Set(reportingVerbList.filter((verb) => verb.namedSource).map((verb) => verb.word))

/** Reporting phrases of more than one word, as word sequences. */
export const reportingPhrases: readonly string[] = [
  'according to', 'published in', 'appeared in', 'reported in', 'co authored', 'looked at', 'points to',
  'pointed to', 'has found', 'have found', 'has shown', 'have shown', 'has demonstrated', 'have demonstrated'
]

/** Verbs of causation and efficacy: what an observational, animal or cell study cannot show in people. */
export const causalVerbs: ReadonlySet<string> = new Set([
  'cause', 'causes', 'caused', 'causing', 'prevent', 'prevents', 'prevented', 'reduce', 'reduces', 'reduced',
  'lower', 'lowers', 'lowered', 'decrease', 'decreases', 'decreased', 'improve', 'improves', 'improved',
  'increase', 'increases', 'increased', 'boost', 'boosts', 'boosted', 'cure', 'cures', 'cured', 'treat',
  'treats', 'treated', 'reverse', 'reverses', 'reversed', 'protect', 'protects', 'protected', 'eliminate',
  'eliminates', 'eliminated', 'alleviate', 'alleviates', 'alleviated', 'relieve', 'relieves', 'relieved',
  'enhance', 'enhances', 'enhanced', 'raise', 'raises', 'raised', 'slow', 'slows', 'slowed', 'stop', 'stops',
  'stopped', 'kill', 'kills', 'killed', 'shrink', 'shrinks', 'shrank', 'inhibit', 'inhibits', 'inhibited',
  'trigger', 'triggers', 'triggered', 'promote', 'promotes', 'promoted', 'restore', 'restores', 'restored',
  'extend', 'extends', 'extended', 'halve', 'halves', 'halved', 'cut', 'cuts', 'suppress', 'suppresses',
  'suppressed', 'block', 'blocks', 'blocked', 'benefit', 'benefits', 'benefited', 'works', 'worked',
  'leads', 'led', 'results', 'resulted', 'makes', 'made', 'helps', 'helped'
])

/** Phrases of causation spanning words. */
export const causalPhrases: readonly string[] = [
  'leads to', 'led to', 'lead to', 'results in', 'resulted in', 'result in', 'is effective', 'was effective',
  'are effective', 'were effective', 'is responsible for', 'was responsible for', 'protects against',
  'protected against', 'is caused by', 'are caused by', 'was caused by', 'helps prevent', 'helped prevent'
]

/** Framing that makes a finding correlational: a claim framed so is not causal. */
export const correlationalPhrases: readonly string[] = [
  'associated with', 'association with', 'association between', 'linked to', 'linked with', 'link between',
  'correlated with', 'correlation with', 'correlation between', 'related to', 'connected to', 'tied to',
  'less likely', 'more likely', 'lower risk', 'higher risk', 'reduced risk', 'increased risk', 'lower odds',
  'higher odds', 'lower rates', 'higher rates', 'lower rate', 'higher rate', 'relative risk', 'odds ratio',
  'hazard ratio', 'no association', 'inverse association', 'were at', 'was at', 'tended to', 'tend to'
]

/** Words that, standing in a claim, keep an animal or cell finding to animals or cells. */
export const nonHumanQualifiers: readonly string[] = [
  'mice', 'mouse', 'murine', 'rats', 'rat', 'rodents', 'rodent', 'animals', 'animal', 'hamsters', 'rabbits',
  'pigs', 'piglets', 'dogs', 'cats', 'zebrafish', 'fish', 'flies', 'worms', 'monkeys', 'primates', 'cells',
  'cell', 'in vitro', 'test tube', 'test tubes', 'tissue', 'cultures', 'culture', 'petri', 'lab', 'laboratory'
]

/** Nouns that count people in a sample. */
export const peopleNouns: ReadonlySet<string> = new Set([
  'people', 'persons', 'person', 'participants', 'participant', 'patients', 'patient', 'adults', 'adult',
  'subjects', 'volunteers', 'individuals', 'women', 'men', 'children', 'kids', 'infants', 'babies',
  'adolescents', 'teenagers', 'teens', 'students', 'athletes', 'smokers', 'seniors', 'elderly', 'residents',
  'respondents', 'nurses', 'doctors', 'physicians', 'veterans', 'workers', 'employees', 'pregnancies',
  'mothers', 'fathers', 'couples', 'twins', 'girls', 'boys', 'americans', 'cases', 'controls', 'users',
  'consumers', 'drinkers', 'runners', 'cyclists', 'swimmers', 'soldiers', 'members', 'households'
])

/** Nouns that count studies in a synthesis. */
export const studyCountNouns: ReadonlySet<string> = new Set([
  'studies', 'trials', 'rcts', 'papers', 'articles', 'reports', 'cohorts', 'experiments', 'publications',
  'datasets', 'meta analyses', 'reviews'
])

/** Adjectives that may stand between a number and the people or studies it counts. */
export const countModifiers: ReadonlySet<string> = new Set([
  'healthy', 'adult', 'older', 'young', 'younger', 'elderly', 'middle', 'aged', 'overweight', 'obese',
  'pregnant', 'postmenopausal', 'premenopausal', 'male', 'female', 'american', 'british', 'japanese',
  'chinese', 'european', 'danish', 'swedish', 'finnish', 'dutch', 'german', 'french', 'italian', 'spanish',
  'korean', 'australian', 'canadian', 'uk', 'us', 'university', 'college', 'school', 'hospitalized',
  'hospitalised', 'diabetic', 'depressed', 'sedentary', 'active', 'trained', 'untrained', 'randomized',
  'randomised', 'controlled', 'clinical', 'observational', 'prospective', 'cohort', 'earlier', 'previous',
  'major', 'international', 'large', 'small', 'separate', 'independent', 'different', 'published', 'human',
  'eligible', 'individual', 'high', 'quality', 'new', 'recent', 'other', 'more', 'than', 'over', 'about',
  'nearly', 'almost', 'around', 'approximately', 'some', 'roughly', 'at', 'least', 'just', 'under', 'only',
  'more than', 'of', 'the', 'with', 'including', 'insomnia', 'sleep', 'chronic', 'mild', 'moderate'
])

/**
 * An institution a writer names as the source of a study. Multi-word entries are word
 * sequences. `namedSource`: the document model counts it as the institution of a named
 * attribution; `read`: the attributions reader reads it as one (the reader finds the generic
 * words, `X University`, `Institute of Y`, through the heads below instead).
 */
export interface Institution {
  name: string
  namedSource: boolean
  read: boolean
}

/** The institutions, in both uses. */
export const institutionList: readonly Institution[] = [
  ...[
    'harvard', 'stanford', 'yale', 'princeton', 'oxford', 'cambridge', 'johns hopkins', 'mayo clinic',
    'cleveland clinic', 'mit', 'ucla', 'ucsf', 'karolinska', 'nih', 'national institutes of health', 'cdc',
    'who', 'world health organization', 'nhs', 'fda', 'cochrane', 'national cancer institute',
    'american heart association'
  ].map((name) => ({name, namedSource: true, read: true})),
  ...[
    'uc berkeley', 'berkeley', 'columbia', 'cornell', 'duke', 'emory', 'tufts',
    'karolinska institute', 'karolinska institutet', 'imperial college', "king's college", 'kings college',
    'ucl', 'monash', 'mcgill', 'centers for disease control', 'nice', 'kaiser permanente',
    'memorial sloan kettering', 'md anderson', 'scripps', 'salk institute', 'max planck',
    'pasteur institute', 'weizmann institute', 'otago', 'massey', 'waikato', 'canterbury', 'auckland',
    'sydney', 'melbourne', 'toronto', 'edinburgh', 'glasgow', 'bristol', 'manchester', 'leeds', 'copenhagen',
    'helsinki', 'uppsala', 'leiden', 'amsterdam', 'utrecht', 'zurich', 'eth zurich', 'heidelberg', 'tokyo',
    'kyoto', 'seoul', 'tsinghua', 'peking', 'fudan', 'american cancer society', 'public health england'
  ].map((name) => ({name, namedSource: false, read: true})),
  // Named in health writing as a study's source, but not (yet) read by the attributions reader.
  ...['efsa', 'usda', 'american diabetes association'].map((name) => ({name, namedSource: true, read: false})),
  // Generic words: alone they make an institution for the model ("a university study").
  ...['university', 'institute', 'institut', 'college', 'hospital', 'school of medicine', 'medical school'].map((name) => ({name, namedSource: true, read: false}))
]

/** Institutions the attributions reader reads by name. */
export const institutions: readonly string[] = institutionList.filter((entry) => entry.read).map((entry) => entry.name)

/** Institutions that count in the document model's named attributions. */
export const namedSourceInstitutions: readonly string[] = institutionList.filter((entry) => entry.namedSource).map((entry) => entry.name)

/** Head nouns of institution names (`X University`, `University of X`, `X Medical School`). */
export const institutionHeads: ReadonlySet<string> = new Set([
  'university', 'universities', 'college', 'institute', 'institutes', 'institutet', 'hospital', 'hospitals',
  'clinic', 'school', 'centre', 'center', 'foundation', 'laboratory', 'laboratories', 'academy', 'council',
  'agency', 'department', 'ministry', 'society', 'association', 'organization', 'organisation'
])

/** Words that are never an author's family name, even capitalised. */
export const notNames: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'one', 'another', 'in', 'on', 'at', 'of', 'for', 'by',
  'from', 'with', 'and', 'or', 'but', 'as', 'to', 'if', 'when', 'while', 'after', 'before', 'since', 'during',
  'however', 'also', 'study', 'studies', 'research', 'researchers', 'scientists', 'trial', 'review',
  'analysis', 'report', 'paper', 'data', 'evidence', 'results', 'findings', 'journal', 'university',
  'according', 'professor', 'dr', 'doctor', 'mr', 'mrs', 'ms', 'see', 'figure', 'fig', 'table', 'ref',
  'reference', 'references', 'note', 'notes', 'source', 'sources', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'spring', 'summer', 'autumn', 'fall',
  'winter', 'i', 'we', 'you', 'he', 'she', 'it', 'they', 'our', 'their', 'his', 'her', 'its', 'my', 'your',
  'there', 'here', 'what', 'which', 'who', 'how', 'why', 'where', 'then', 'so', 'thus', 'yet', 'still',
  'now', 'today', 'recently', 'previously', 'earlier', 'later', 'first', 'second', 'third', 'both', 'all',
  'some', 'many', 'most', 'several', 'few', 'each', 'every', 'no', 'not', 'other', 'such', 'only', 'even',
  'more', 'less', 'very', 'similarly', 'likewise', 'overall', 'together', 'meanwhile', 'moreover',
  'furthermore', 'additionally', 'indeed', 'notably', 'importantly', 'interestingly', 'surprisingly'
])

/** Function words: lower case inside capitalised names ("Journal of the ..."), stop words for topics. */
export const functionWords: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'for', 'to', 'with', 'by', 'from', 'as', 'its', 'is',
  'are', 'was', 'were', 'be', 'been', 'that', 'this', 'these', 'those', 'it', 'their', 'into', 'than', 'via',
  'not', 'no', 'but', 'which', 'who', 'whom', 'what', 'how', 'has', 'have', 'had', 'do', 'does', 'did', 'can',
  'could', 'may', 'might', 'will', 'would', 'should', 'shall', 'also', 'such', 'between', 'among', 'after',
  'before', 'during', 'over', 'under', 'about', 'more', 'most', 'less', 'both', 'all', 'any', 'some', 'other',
  'there', 'here', 'we', 'our', 'you', 'your', 'they', 'them', 'he', 'she', 'his', 'her', 'i', 'my', 'if',
  'so', 'while', 'when', 'where', 'then', 'very', 'much', 'many', 'each', 'per', 'vs', 'versus', 'de', 'van',
  'von', 'der', 'du', 'la', 'le', 'di', 'da'
])

/** Words too general to tell two studies' topics apart. */
export const topicStopWords: ReadonlySet<string> = new Set([
  'study', 'studies', 'trial', 'trials', 'review', 'reviews', 'systematic', 'meta', 'analysis', 'analyses',
  'effect', 'effects', 'effective', 'role', 'health', 'healthy', 'human', 'humans', 'people', 'adults',
  'patients', 'participants', 'found', 'showed', 'shows', 'concluding', 'concluded', 'reported', 'published',
  'new', 'novel', 'evidence', 'research', 'data', 'results', 'using', 'based', 'among', 'significantly',
  'particularly', 'especially', 'individuals', 'including', 'supporting', 'support', 'improved', 'improve',
  'improves', 'reduced', 'reduce', 'reduces', 'increase', 'increased', 'risk', 'level', 'levels', 'clinical',
  'controlled', 'randomized', 'randomised', 'placebo', 'double', 'blind', 'year', 'years', 'demonstrated',
  'highlighting', 'helping', 'indirectly', 'well', 'being', 'overall', 'one', 'two', 'three'
])
