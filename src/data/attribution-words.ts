/**
 * The words an in-text attribution is built from: the nouns that name a study, the verbs that
 * report a finding, the nouns that count people and studies, institutions, and the causal
 * wording that a design may or may not carry. All lower case; multi-word entries are
 * space-separated words (hyphens split: `co-authored` is `co authored`).
 */
import {species} from './designs.js'
import {monthNames} from './numbers.js'
import {associationPhrases} from './hedges.js'
import {peopleModifierNouns, peopleNounList} from './people.js'

/**
 * A noun that names a study or a publication (a design word also does). `names`: whether it
 * makes its clause name a study on its own (`a study found`), only after a determiner or a
 * year (`the report`, `2019 research`: bare, "research shows" names nothing), or never
 * (`data` only dates a year: "2019 data").
 */
export interface StudyNoun {
  word: string
  names: 'alone' | 'after-determiner' | 'never'
  /** A number in parentheses after it is a citation (`a review (4)`, `the data (7)`;
   * src/model/sources.ts): without such a noun, `(1)` may be a count or a list label. The
   * model has always used this narrower set; widening it (`an experiment (2)`, `a letter (3)`)
   * would take more numbers for citations, so it is a field here rather than a second list (it
   * was one, `citedNouns` in src/data/model-words.ts). */
  cited: boolean
}

/** The study nouns, by how they name a study. */
export const studyNounList: readonly StudyNoun[] = [
  ...[
    'study',
    'studies',
    'paper',
    'papers',
    'article',
    'articles',
    'trial',
    'trials',
    'review',
    'reviews',
    'survey'
  ].map((word) => ({word, names: 'alone' as const, cited: true})),
  ...[
    'analyses',
    're analysis',
    'reanalysis',
    'experiment',
    'experiments',
    'investigation',
    'editorial',
    'letter',
    'publication',
    'surveys'
  ].map((word) => ({word, names: 'alone' as const, cited: false})),
  ...['report', 'reports', 'analysis', 'research'].map((word) => ({
    word,
    names: 'after-determiner' as const,
    cited: true
  })),
  {word: 'data', names: 'never', cited: true}
]

/** Nouns that name a study or a publication, in any use (a year before one dates it). */
export const studyNouns: ReadonlySet<string> = new Set(studyNounList.map((noun) => noun.word))

/**
 * A verb that reports what a study found. `namedSource`: it completes a named attribution in
 * the document model, which makes the sentence sourced ("A 2017 trial in Nutrients found").
 * The model has always used the narrower set (past and present forms of the verbs of a
 * finding); widening it would change which sentences count as sourced, so it is a field here
 * rather than a second list. `read`: the attributions reader takes it as an attribution's
 * verb (it reads "according to" as a phrase, below, not as a verb). `claim`: what follows it
 * is the finding the study is said to support ("found that ..."); a verb of method
 * ("reviewed", "measured") reports no claim. `proof`: it asserts a cause by itself ("proved
 * that ...") unless the claim is framed as an association. `publication`: it may report a
 * publication rather than a finding ("reported in 2019", "reports on an editorial"): before
 * one of `notClaimAfterReport` it reports no claim.
 */
export interface ReportingVerb {
  word: string
  namedSource: boolean
  read: boolean
  claim: boolean
  proof: boolean
  publication: boolean
  /** Right after a number in parentheses, it makes the number a citation (`a trial (4)
   * found`, `(3) showed`; src/model/sources.ts). The model has always used the past and
   * present forms of the commonest verbs of a finding or a report; widening it (`(3)
   * estimated`, `(2) linked`, `(5) shown`) would take more numbers for citations, so it is a
   * field here rather than a second list (it was one, in src/data/model-words.ts). */
  citationFollower: boolean
}

/** Verbs of one kind: `words` with the same fields (`citationFollower` false unless given). */
function verbs(
  words: readonly string[],
  fields: Omit<ReportingVerb, 'word' | 'citationFollower'> & {citationFollower?: boolean | undefined}
): ReportingVerb[] {
  return words.map((word) => ({word, ...fields, citationFollower: fields.citationFollower ?? false}))
}

/** The reporting verbs, in every use. */
export const reportingVerbList: readonly ReportingVerb[] = [
  ...verbs(
    [
      'found',
      'finds',
      'showed',
      'shows',
      'demonstrated',
      'concluded',
      'suggested',
      'suggests',
      'observed',
      'confirmed'
    ],
    {namedSource: true, read: true, claim: true, proof: false, publication: false, citationFollower: true}
  ),
  ...verbs(
    [
      'shown',
      'demonstrates',
      'concludes',
      'revealed',
      'reveals',
      'indicated',
      'indicates',
      'observes',
      'confirms',
      'noted',
      'notes',
      'discovered',
      'linked',
      'determined',
      'identified',
      'estimated'
    ],
    {namedSource: true, read: true, claim: true, proof: false, publication: false}
  ),
  ...verbs(['reported', 'reports'], {
    namedSource: true,
    read: true,
    claim: true,
    proof: false,
    publication: true,
    citationFollower: true
  }),
  ...verbs(['proved', 'established'], {namedSource: true, read: true, claim: true, proof: true, publication: false}),
  ...verbs(
    ['reviewed', 'analysed', 'analyzed', 'examined', 'published', 'measured', 'tested', 'compared', 'followed'],
    {
      namedSource: true,
      read: true,
      claim: false,
      proof: false,
      publication: false
    }
  ),
  ...verbs(
    [
      'find',
      'show',
      'demonstrate',
      'conclude',
      'concluding',
      'suggest',
      'discovers',
      'links',
      'stated',
      'states',
      'says',
      'said',
      'claimed',
      'claims',
      'argued',
      'argues',
      'explained',
      'explains'
    ],
    {namedSource: false, read: true, claim: true, proof: false, publication: false}
  ),
  ...verbs(['proves', 'proven', 'establishes'], {
    namedSource: false,
    read: true,
    claim: true,
    proof: true,
    publication: false
  }),
  ...verbs(
    [
      'report',
      'reveal',
      'indicate',
      'reviews',
      'analyses',
      'analyzes',
      'examines',
      'investigated',
      'investigates',
      'documented',
      'highlighted',
      'assessed',
      'evaluated',
      'looked',
      'recorded',
      'tracked',
      'wrote',
      'writes',
      'described',
      'describes',
      'pointed',
      'points',
      'associated',
      'surveyed'
    ],
    {namedSource: false, read: true, claim: false, proof: false, publication: false}
  ),
  ...verbs(['according'], {namedSource: true, read: false, claim: false, proof: false, publication: false})
]

/** Verbs the attributions reader takes as an attribution's verb. */
export const reportingVerbs: ReadonlySet<string> = new Set(
  reportingVerbList.filter((verb) => verb.read).map((verb) => verb.word)
)

/** Verbs that complete a named attribution in the document model. */
export const namedSourceVerbs: ReadonlySet<string> = new Set(
  reportingVerbList.filter((verb) => verb.namedSource).map((verb) => verb.word)
)

/**
 * A reporting phrase of more than one word, as a word sequence. `claim` as for a verb;
 * `sourceAfter`: the source follows the phrase and the claim stands apart from it, before
 * or after a comma ("according to a 2020 Harvard study, X reduces Y").
 */
export interface ReportingPhrase {
  phrase: string
  claim: boolean
  sourceAfter: boolean
}

/** The reporting phrases. */
export const reportingPhraseList: readonly ReportingPhrase[] = [
  {phrase: 'according to', claim: false, sourceAfter: true},
  ...['published in', 'appeared in', 'reported in', 'co authored', 'looked at'].map((phrase) => ({
    phrase,
    claim: false,
    sourceAfter: false
  })),
  ...[
    'points to',
    'pointed to',
    'has found',
    'have found',
    'has shown',
    'have shown',
    'has demonstrated',
    'have demonstrated'
  ].map((phrase) => ({phrase, claim: true, sourceAfter: false}))
]

/** Reporting phrases of more than one word, as word sequences. */
export const reportingPhrases: readonly string[] = reportingPhraseList.map((entry) => entry.phrase)

/** Verbs and phrases whose object is the finding reported (`found that ...`), lower case,
 * hyphens as spaces. */
export const claimVerbs: ReadonlySet<string> = new Set([
  ...reportingVerbList.filter((verb) => verb.claim).map((verb) => verb.word),
  ...reportingPhraseList.filter((entry) => entry.claim).map((entry) => entry.phrase)
])

/** Verbs that assert a cause by themselves (`proved that ...`). */
export const proofVerbs: ReadonlySet<string> = new Set(
  reportingVerbList.filter((verb) => verb.proof).map((verb) => verb.word)
)

/** Verbs that may report a publication rather than a finding (`reported in 2019`). */
export const publicationVerbs: ReadonlySet<string> = new Set(
  reportingVerbList.filter((verb) => verb.publication).map((verb) => verb.word)
)

/** Phrases after which the source follows and the claim stands apart (`according to`). */
export const sourceAfterPhrases: ReadonlySet<string> = new Set(
  reportingPhraseList.filter((entry) => entry.sourceAfter).map((entry) => entry.phrase)
)

/** Words after `reported`/`reports` that make it a report of publication, not of a finding
 * (`reported in 2019`, `reports on an editorial`). */
export const notClaimAfterReport: ReadonlySet<string> = new Set(['in', 'on', 'by', 'at'])

/** Verbs of causation and efficacy: what an observational, animal or cell study cannot show in people. */
export const causalVerbs: ReadonlySet<string> = new Set([
  'cause',
  'causes',
  'caused',
  'causing',
  'prevent',
  'prevents',
  'prevented',
  'reduce',
  'reduces',
  'reduced',
  'lower',
  'lowers',
  'lowered',
  'decrease',
  'decreases',
  'decreased',
  'improve',
  'improves',
  'improved',
  'increase',
  'increases',
  'increased',
  'boost',
  'boosts',
  'boosted',
  'cure',
  'cures',
  'cured',
  'treat',
  'treats',
  'treated',
  'reverse',
  'reverses',
  'reversed',
  'protect',
  'protects',
  'protected',
  'eliminate',
  'eliminates',
  'eliminated',
  'alleviate',
  'alleviates',
  'alleviated',
  'relieve',
  'relieves',
  'relieved',
  'enhance',
  'enhances',
  'enhanced',
  'raise',
  'raises',
  'raised',
  'slow',
  'slows',
  'slowed',
  'stop',
  'stops',
  'stopped',
  'kill',
  'kills',
  'killed',
  'shrink',
  'shrinks',
  'shrank',
  'inhibit',
  'inhibits',
  'inhibited',
  'trigger',
  'triggers',
  'triggered',
  'promote',
  'promotes',
  'promoted',
  'restore',
  'restores',
  'restored',
  'extend',
  'extends',
  'extended',
  'halve',
  'halves',
  'halved',
  'cut',
  'cuts',
  'suppress',
  'suppresses',
  'suppressed',
  'block',
  'blocks',
  'blocked',
  'benefit',
  'benefits',
  'benefited',
  'works',
  'worked',
  'leads',
  'led',
  'results',
  'resulted',
  'makes',
  'made',
  'helps',
  'helped'
])

/** Phrases of causation spanning words. */
export const causalPhrases: readonly string[] = [
  'leads to',
  'led to',
  'lead to',
  'results in',
  'resulted in',
  'result in',
  'is effective',
  'was effective',
  'are effective',
  'were effective',
  'is responsible for',
  'was responsible for',
  'protects against',
  'protected against',
  'is caused by',
  'are caused by',
  'was caused by',
  'helps prevent',
  'helped prevent'
]

/** Framing that makes a finding correlational: a claim framed so is not causal. The wording of
 * an association (src/data/hedges.ts, shared with unhedged-claim's hedges), and of risk,
 * odds and tendency. */
export const correlationalPhrases: readonly string[] = [
  ...associationPhrases,
  'less likely',
  'more likely',
  'lower risk',
  'higher risk',
  'reduced risk',
  'increased risk',
  'lower odds',
  'higher odds',
  'lower rates',
  'higher rates',
  'lower rate',
  'higher rate',
  'relative risk',
  'odds ratio',
  'hazard ratio',
  'no association',
  'inverse association',
  'were at',
  'was at',
  'tended to',
  'tend to'
]

/** Words besides the species of src/data/designs.ts that, standing in a claim, keep a finding
 * to animals or cells: the singular `animal`, and cells, tissue and the laboratory. */
export const nonSpeciesQualifiers: readonly string[] = [
  'animal',
  'cells',
  'cell',
  'in vitro',
  'test tube',
  'test tubes',
  'tissue',
  'cultures',
  'culture',
  'petri',
  'lab',
  'laboratory'
]

/** Words that, standing in a claim, keep an animal or cell finding to animals or cells: every
 * species the designs reader knows (one list: this one had kept 20 of them, so that a claim
 * `in young sheep` read as one about people), and the words above. */
export const nonHumanQualifiers: readonly string[] = [...species, ...nonSpeciesQualifiers]

/** Nouns that count people in a sample: the people nouns of src/data/people.ts (those that
 * also modify another too), and the two groups of a case-control study. */
export const peopleNouns: ReadonlySet<string> = new Set([
  ...peopleNounList,
  ...peopleModifierNouns,
  'cases',
  'controls'
])

/**
 * Nouns that count studies (`18 studies`, `12 RCTs`). The number before one is how many
 * studies a synthesis pooled to the counts reader (`a meta-analysis of 18 studies`, checked
 * against its reference entry) and a count statistic to the statistics reader (`countNouns` in
 * statistics.ts: a count of studies is a figure that needs a source). One list for both: until
 * issue 18 each kept its own (12 words each, 10 in common). The counts reader reads words split
 * at hyphens and takes `meta-analyses` as `meta` `analyses` itself.
 */
export const studyCountNounList: readonly string[] = [
  'studies',
  'trials',
  'rcts',
  'papers',
  'articles',
  'reviews',
  'meta-analyses',
  'cohorts',
  'surveys',
  'experiments',
  'reports',
  'publications',
  'datasets'
]

/** The study count nouns, to look a word up. */
export const studyCountNouns: ReadonlySet<string> = new Set(studyCountNounList)

/** Adjectives that may stand between a number and the people or studies it counts. */
export const countModifiers: ReadonlySet<string> = new Set([
  'healthy',
  'adult',
  'older',
  'young',
  'younger',
  'elderly',
  'middle',
  'aged',
  'overweight',
  'obese',
  'pregnant',
  'postmenopausal',
  'premenopausal',
  'male',
  'female',
  'american',
  'british',
  'japanese',
  'chinese',
  'european',
  'danish',
  'swedish',
  'finnish',
  'dutch',
  'german',
  'french',
  'italian',
  'spanish',
  'korean',
  'australian',
  'canadian',
  'uk',
  'us',
  'university',
  'college',
  'school',
  'hospitalized',
  'hospitalised',
  'diabetic',
  'depressed',
  'sedentary',
  'active',
  'trained',
  'untrained',
  'randomized',
  'randomised',
  'controlled',
  'clinical',
  'observational',
  'prospective',
  'cohort',
  'earlier',
  'previous',
  'major',
  'international',
  'large',
  'small',
  'separate',
  'independent',
  'different',
  'published',
  'human',
  'eligible',
  'individual',
  'high',
  'quality',
  'new',
  'recent',
  'other',
  'more',
  'than',
  'over',
  'about',
  'nearly',
  'almost',
  'around',
  'approximately',
  'some',
  'roughly',
  'at',
  'least',
  'just',
  'under',
  'only',
  'more than',
  'of',
  'the',
  'with',
  'including',
  'insomnia',
  'sleep',
  'chronic',
  'mild',
  'moderate'
])

/**
 * An institution a writer names as the source of a study. Multi-word entries are word
 * sequences. `namedSource`: the document model counts it as the institution of a named
 * attribution; `read`: the attributions reader reads it as one (the reader finds the generic
 * words, `X University`, `Institute of Y`, through the heads below instead). `acronym`: it
 * is known by its initials, which are ordinary words in lower case ("who", "nice"): the
 * reader takes it only when written in capitals (`WHO`).
 */
export interface Institution {
  name: string
  namedSource: boolean
  read: boolean
  acronym: boolean
}

/** Institutions known by their initials (a field of each entry, below). */
const acronyms: ReadonlySet<string> = new Set([
  'who',
  'nice',
  'nih',
  'cdc',
  'fda',
  'nhs',
  'mit',
  'ucla',
  'ucsf',
  'ucl',
  'efsa',
  'usda'
])

/** Institutions of one kind: `names` with the same fields. */
function institutionsOf(names: readonly string[], fields: {namedSource: boolean; read: boolean}): Institution[] {
  return names.map((name) => ({name, ...fields, acronym: acronyms.has(name)}))
}

/** The institutions, in every use. */
export const institutionList: readonly Institution[] = [
  ...institutionsOf(
    [
      'harvard',
      'stanford',
      'yale',
      'princeton',
      'oxford',
      'cambridge',
      'johns hopkins',
      'mayo clinic',
      'cleveland clinic',
      'mit',
      'ucla',
      'ucsf',
      'karolinska',
      'nih',
      'national institutes of health',
      'cdc',
      'who',
      'world health organization',
      'nhs',
      'fda',
      'cochrane',
      'national cancer institute',
      'american heart association'
    ],
    {namedSource: true, read: true}
  ),
  ...institutionsOf(
    [
      'uc berkeley',
      'berkeley',
      'columbia',
      'cornell',
      'duke',
      'emory',
      'tufts',
      'karolinska institute',
      'karolinska institutet',
      'imperial college',
      "king's college",
      'kings college',
      'ucl',
      'monash',
      'mcgill',
      'centers for disease control',
      'nice',
      'kaiser permanente',
      'memorial sloan kettering',
      'md anderson',
      'scripps',
      'salk institute',
      'max planck',
      'pasteur institute',
      'weizmann institute',
      'otago',
      'massey',
      'waikato',
      'canterbury',
      'auckland',
      'sydney',
      'melbourne',
      'toronto',
      'edinburgh',
      'glasgow',
      'bristol',
      'manchester',
      'leeds',
      'copenhagen',
      'helsinki',
      'uppsala',
      'leiden',
      'amsterdam',
      'utrecht',
      'zurich',
      'eth zurich',
      'heidelberg',
      'tokyo',
      'kyoto',
      'seoul',
      'tsinghua',
      'peking',
      'fudan',
      'american cancer society',
      'public health england'
    ],
    {namedSource: false, read: true}
  ),
  // Named in health writing as a study's source, but not (yet) read by the attributions reader.
  ...institutionsOf(['efsa', 'usda', 'american diabetes association'], {namedSource: true, read: false}),
  // Generic words: alone they make an institution for the model ("a university study").
  ...institutionsOf(
    ['university', 'institute', 'institut', 'college', 'hospital', 'school of medicine', 'medical school'],
    {namedSource: true, read: false}
  )
]

/** Institutions the attributions reader reads by name. */
export const institutions: readonly string[] = institutionList.filter((entry) => entry.read).map((entry) => entry.name)

/** Institutions that count in the document model's named attributions. */
export const namedSourceInstitutions: readonly string[] = institutionList
  .filter((entry) => entry.namedSource)
  .map((entry) => entry.name)

/** Institutions the reader takes only in capitals (`WHO`, `NICE`). */
export const acronymInstitutions: ReadonlySet<string> = new Set(
  institutionList.filter((entry) => entry.acronym).map((entry) => entry.name)
)

/** Head nouns of institution names (`X University`, `University of X`, `X Medical School`). */
export const institutionHeads: ReadonlySet<string> = new Set([
  'university',
  'universities',
  'college',
  'institute',
  'institutes',
  'institutet',
  'hospital',
  'hospitals',
  'clinic',
  'school',
  'centre',
  'center',
  'foundation',
  'laboratory',
  'laboratories',
  'academy',
  'council',
  'agency',
  'department',
  'ministry',
  'society',
  'association',
  'organization',
  'organisation',
  // public bodies (`Office for National Statistics`, `Census Bureau`, `Food Standards Authority`)
  'office',
  'bureau',
  'authority',
  'commission'
])

/** Words that are never an author's family name, even capitalised. */
export const notNames: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'one',
  'another',
  'in',
  'on',
  'at',
  'of',
  'for',
  'by',
  'from',
  'with',
  'and',
  'or',
  'but',
  'as',
  'to',
  'if',
  'when',
  'while',
  'after',
  'before',
  'since',
  'during',
  'however',
  'also',
  'study',
  'studies',
  'research',
  'researchers',
  'scientists',
  'trial',
  'review',
  'analysis',
  'report',
  'paper',
  'data',
  'evidence',
  'results',
  'findings',
  'journal',
  'university',
  'according',
  'professor',
  'dr',
  'doctor',
  'mr',
  'mrs',
  'ms',
  'see',
  'figure',
  'fig',
  'table',
  'ref',
  'reference',
  'references',
  'note',
  'notes',
  'source',
  'sources',
  // Month names and their abbreviations (`Smith, March 2019`), one list with the readers'.
  ...monthNames,
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'i',
  'we',
  'you',
  'he',
  'she',
  'it',
  'they',
  'our',
  'their',
  'his',
  'her',
  'its',
  'my',
  'your',
  'there',
  'here',
  'what',
  'which',
  'who',
  'how',
  'why',
  'where',
  'then',
  'so',
  'thus',
  'yet',
  'still',
  'now',
  'today',
  'recently',
  'previously',
  'earlier',
  'later',
  'first',
  'second',
  'third',
  'both',
  'all',
  'some',
  'many',
  'most',
  'several',
  'few',
  'each',
  'every',
  'no',
  'not',
  'other',
  'such',
  'only',
  'even',
  'more',
  'less',
  'very',
  'similarly',
  'likewise',
  'overall',
  'together',
  'meanwhile',
  'moreover',
  'furthermore',
  'additionally',
  'indeed',
  'notably',
  'importantly',
  'interestingly',
  'surprisingly'
])

/** Function words that stand lower case inside capitalised names ("Journal of the ...") and are
 * no names themselves (read in src/readers/attributions.ts, and as topic stop words in
 * rules/mismatched-attribution); `functionWords` of grammar.ts is the closed class that is never
 * a product name. */
export const nameFunctionWords: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'in',
  'on',
  'at',
  'for',
  'to',
  'with',
  'by',
  'from',
  'as',
  'its',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'that',
  'this',
  'these',
  'those',
  'it',
  'their',
  'into',
  'than',
  'via',
  'not',
  'no',
  'but',
  'which',
  'who',
  'whom',
  'what',
  'how',
  'has',
  'have',
  'had',
  'do',
  'does',
  'did',
  'can',
  'could',
  'may',
  'might',
  'will',
  'would',
  'should',
  'shall',
  'also',
  'such',
  'between',
  'among',
  'after',
  'before',
  'during',
  'over',
  'under',
  'about',
  'more',
  'most',
  'less',
  'both',
  'all',
  'any',
  'some',
  'other',
  'there',
  'here',
  'we',
  'our',
  'you',
  'your',
  'they',
  'them',
  'he',
  'she',
  'his',
  'her',
  'i',
  'my',
  'if',
  'so',
  'while',
  'when',
  'where',
  'then',
  'very',
  'much',
  'many',
  'each',
  'per',
  'vs',
  'versus',
  'de',
  'van',
  'von',
  'der',
  'du',
  'la',
  'le',
  'di',
  'da'
])

/** Words too general to tell two studies' topics apart. */
export const topicStopWords: ReadonlySet<string> = new Set([
  'study',
  'studies',
  'trial',
  'trials',
  'review',
  'reviews',
  'systematic',
  'meta',
  'analysis',
  'analyses',
  'effect',
  'effects',
  'effective',
  'role',
  'health',
  'healthy',
  'human',
  'humans',
  'people',
  'adults',
  'patients',
  'participants',
  'found',
  'showed',
  'shows',
  'concluding',
  'concluded',
  'reported',
  'published',
  'new',
  'novel',
  'evidence',
  'research',
  'data',
  'results',
  'using',
  'based',
  'among',
  'significantly',
  'particularly',
  'especially',
  'individuals',
  'including',
  'supporting',
  'support',
  'improved',
  'improve',
  'improves',
  'reduced',
  'reduce',
  'reduces',
  'increase',
  'increased',
  'risk',
  'level',
  'levels',
  'clinical',
  'controlled',
  'randomized',
  'randomised',
  'placebo',
  'double',
  'blind',
  'year',
  'years',
  'demonstrated',
  'highlighting',
  'helping',
  'indirectly',
  'well',
  'being',
  'overall',
  'one',
  'two',
  'three'
])

/**
 * Prepositions before a year that date an event or bound a range, not a publication
 * (`from 2010 to 2015`, `since 1990`, `before 2020`): such a year is not the study's.
 */
export const eventYearPrepositions: ReadonlySet<string> = new Set([
  'between',
  'from',
  'since',
  'until',
  'till',
  'to',
  'by',
  'through',
  'throughout',
  'before',
  'after',
  'circa'
])

/**
 * Words that may stand before a study noun inside an attribution (`a recent large Japanese
 * study`): determiners, adjectives of size, time and standing, and nationalities. A year
 * still dates the study across them (`a 2019 large Japanese study`), the attribution's span
 * reaches back over them, and `report`, `research` and `analysis` name a study after one.
 */
export const studyPremodifiers: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'one',
  'another',
  'this',
  'these',
  'those',
  'recent',
  'new',
  'large',
  'small',
  'major',
  'landmark',
  'earlier',
  'previous',
  'later',
  'famous',
  'now',
  'infamous',
  'separate',
  'same',
  'first',
  'second',
  'older',
  'newer',
  'big',
  'huge',
  'mega',
  'key',
  'pivotal',
  'seminal',
  'japanese',
  'american',
  'british',
  'european',
  'chinese',
  'swedish',
  'danish',
  'german',
  'french',
  'italian',
  'spanish',
  'australian',
  'canadian',
  'korean',
  'finnish',
  'dutch',
  'norwegian',
  'nationwide',
  'national',
  'international',
  'clinical'
])

/**
 * A noun that stands for a study's authors beside a name. `read`: the attributions reader
 * takes the name before `and` or `'s` and it as an author (`Smith and colleagues`, `Smith's
 * team`); `namedSource`: the document model counts the noun alone as the author component of
 * a named attribution (`Smith and colleagues reported`, `his co-authors found`). The model has
 * always used the narrower set: `team` or `researchers` alone name no one.
 */
export interface ColleagueNoun {
  word: string
  read: boolean
  namedSource: boolean
}

/** The colleague nouns. */
export const colleagueNounList: readonly ColleagueNoun[] = [
  {word: 'colleagues', read: true, namedSource: true},
  ...['coworkers', 'co-workers', 'team', 'associates', 'collaborators', 'researchers'].map((word) => ({
    word,
    read: true,
    namedSource: false
  })),
  ...['co-authors', 'coauthors'].map((word) => ({word, read: false, namedSource: true}))
]

/** Nouns after `Smith and` or `Smith's` that make Smith an author (`Smith and colleagues`). */
export const colleagueNouns: ReadonlySet<string> = new Set(
  colleagueNounList.filter((noun) => noun.read).map((noun) => noun.word)
)

/** Nouns that make the author component of a named attribution in the document model. */
export const namedSourceColleagues: ReadonlySet<string> = new Set(
  colleagueNounList.filter((noun) => noun.namedSource).map((noun) => noun.word)
)

/**
 * A title before a person's name. `beforeName`: the attributions reader takes the
 * capitalised word after it as a family name (`Professor Carr`, `Dr Smith`); `lead` and
 * `author` stand before a title or a noun (`lead author Dr Smith`, `author Jane Smith`), so a
 * name is read from the title that follows them. Every title stays inside the reader's
 * attribution span. `namedSource`: the document model counts it with a capitalised word after
 * it as the author component of a named attribution (the narrower set it has always used).
 */
export interface PersonTitle {
  word: string
  beforeName: boolean
  namedSource: boolean
}

/** The titles. */
export const personTitleList: readonly PersonTitle[] = [
  ...['dr', 'professor', 'prof'].map((word) => ({word, beforeName: true, namedSource: true})),
  ...['doctor', 'associate', 'assistant', 'researcher'].map((word) => ({word, beforeName: true, namedSource: false})),
  ...['lead', 'author'].map((word) => ({word, beforeName: false, namedSource: false}))
]

/** Every title (an attribution's span reaches back over one). */
export const personTitles: ReadonlySet<string> = new Set(personTitleList.map((title) => title.word))

/** Titles after which a capitalised word is a family name. */
export const nameTitles: ReadonlySet<string> = new Set(
  personTitleList.filter((title) => title.beforeName).map((title) => title.word)
)

/** Titles that make the author component of a named attribution in the document model. */
export const namedSourceTitles: ReadonlySet<string> = new Set(
  personTitleList.filter((title) => title.namedSource).map((title) => title.word)
)

/**
 * Words of publishing within a few words of a year that make it the year of a publication
 * (`published in 2019`, `a 2019 editorial`, `a 2021 re-analysis`).
 */
export const publicationWords: ReadonlySet<string> = new Set([
  'published',
  'publish',
  'publishes',
  'appeared',
  'reported',
  'released',
  'printed',
  'issued',
  'editorial',
  'letter',
  'paper',
  'article',
  're-analysis',
  'reanalysis'
])

/**
 * Words that open a new clause after a comma (`, while others found ...`): an attribution
 * does not reach across one, so a second study in the same sentence is read on its own.
 */
export const clauseOpenersAfterComma: ReadonlySet<string> = new Set([
  'while',
  'whereas',
  'but',
  'however',
  'although',
  'though'
])

/** Words before `review` that count reviews, making it a noun (`two reviews`, `several reviews`). */
export const reviewCountWords: ReadonlySet<string> = new Set(['two', 'three', 'several', 'many', 'both'])

/** Words after `review` that make it a noun (`a review of ...`, `a review published in ...`,
 * `review articles`); a reporting verb after it does too (`a review found`). */
export const reviewNounFollowers: ReadonlySet<string> = new Set([
  'of',
  'published',
  'in',
  'paper',
  'papers',
  'article',
  'articles'
])

/** Words before `review` that name a kind of review (`a systematic review`, `Cochrane review`). */
export const reviewKinds: ReadonlySet<string> = new Set(['systematic', 'literature', 'cochrane', 'narrative'])

/**
 * Words between a synthesis and a design that make the design what the synthesis included
 * (`a meta-analysis of 18 randomized trials`, `a review pooling cohort studies`): the
 * attribution's design is the synthesis, not the trials.
 */
export const inclusionWords: ReadonlySet<string> = new Set([
  'of',
  'including',
  'included',
  'from',
  'pooling',
  'pooled',
  'combining',
  'combined',
  'across',
  'considered',
  'considering',
  'analysed',
  'analyzed',
  'analysing',
  'analyzing',
  'reviewed',
  'reviewing',
  'examined',
  'examining',
  'covering',
  'covered',
  'summarised',
  'summarized'
])

/**
 * Irregular forms of causal verbs that end neither in `-s` nor in `-ed`, so that they are not
 * taken for base forms (`led to`, `cut the risk`). `participle`: it is checked as a past
 * participle is (`had led`, `was made`: not a claim of cause); `cut` and `shrank` are not.
 */
export interface CausalForm {
  word: string
  participle: boolean
}

/** The irregular causal forms. */
export const irregularCausalFormList: readonly CausalForm[] = [
  ...['led', 'made'].map((word) => ({word, participle: true})),
  ...['cut', 'shrank'].map((word) => ({word, participle: false}))
]

/** Irregular causal forms that are not base forms. */
export const irregularCausalForms: ReadonlySet<string> = new Set(irregularCausalFormList.map((form) => form.word))

/** Irregular causal forms checked as past participles. */
export const irregularCausalParticiples: ReadonlySet<string> = new Set(
  irregularCausalFormList.filter((form) => form.participle).map((form) => form.word)
)

/** Words right before a causal verb that deny it (`did not cause`, `can't prevent`: `nt`). */
export const causalDenials: ReadonlySet<string> = new Set(['not', 'never', 'nt', 'no', 'cannot'])

/**
 * Words before a base-form causal verb that make it a verb of the claim (`can reduce`, `helps
 * lower`, `to prevent`); without one, a base form is a noun or an imperative (`a cut`,
 * `Reduce stress`).
 */
export const causalBaseOpeners: ReadonlySet<string> = new Set([
  'to',
  'can',
  'could',
  'may',
  'might',
  'will',
  'would',
  'does',
  'did',
  'do',
  'helps',
  'help',
  'helped'
])

/**
 * Words before a past form of a causal verb (`-ed`, `led`, `made`) that make it no claim of
 * cause: a perfect or passive (`had reduced`, `were improved`), an adjective (`the improved
 * scores`, `with reduced pain`) or an outcome observed (`showed reduced`, `saw improved`).
 */
export const notCausalBeforeParticiple: ReadonlySet<string> = new Set([
  'had',
  'has',
  'have',
  'with',
  'of',
  'a',
  'an',
  'the',
  'showed',
  'show',
  'shows',
  'found',
  'and',
  'in',
  'for',
  'to',
  'at',
  'significantly',
  'being',
  'be',
  'been',
  'were',
  'was',
  'is',
  'are',
  'experienced',
  'reported',
  'saw',
  'see'
])

/** Determiners before an `-s` form of a causal verb that make it a plural noun (`the effects`,
 * `its benefits`). */
export const nounDeterminersBeforeS: ReadonlySet<string> = new Set(['the', 'a', 'its', 'their'])
