/**
 * Study designs as health writing and reference titles name them: one list of design phrases
 * for the design readers (`../readers/designs.ts`), which match the longest phrase at each
 * word, and for the document model's named sources (`designs` in `./studies.ts` derives from
 * it). The families follow the usual evidence hierarchy: syntheses
 * (meta-analysis, systematic review, review), interventional studies (randomised controlled
 * trial, clinical trial), observational studies (cohort, case-control, cross-sectional,
 * survey, other observational), case reports, and the two populations that are not people
 * (animal, in vitro / cell).
 */

/** A study design. */
export type Design =
  | 'meta-analysis'
  | 'systematic-review'
  | 'review'
  | 'randomised-controlled-trial'
  | 'clinical-trial'
  | 'cohort'
  | 'case-control'
  | 'cross-sectional'
  | 'observational'
  | 'survey'
  | 'case-report'
  | 'animal'
  | 'in-vitro'

/** How each design is named in messages. */
export const designLabels: Record<Design, string> = {
  'meta-analysis': 'meta-analysis',
  'systematic-review': 'systematic review',
  review: 'review',
  'randomised-controlled-trial': 'randomised controlled trial',
  'clinical-trial': 'clinical trial',
  cohort: 'cohort study',
  'case-control': 'case-control study',
  'cross-sectional': 'cross-sectional study',
  observational: 'observational study',
  survey: 'survey',
  'case-report': 'case report',
  animal: 'animal study',
  'in-vitro': 'in-vitro (cell) study'
}

/** The family of a design: designs of one family never contradict each other outright. */
export type DesignFamily = 'synthesis' | 'interventional' | 'observational' | 'case' | 'animal' | 'in-vitro'

export const designFamilies: Record<Design, DesignFamily> = {
  'meta-analysis': 'synthesis',
  'systematic-review': 'synthesis',
  review: 'synthesis',
  'randomised-controlled-trial': 'interventional',
  'clinical-trial': 'interventional',
  cohort: 'observational',
  'case-control': 'observational',
  'cross-sectional': 'observational',
  observational: 'observational',
  survey: 'observational',
  'case-report': 'case',
  animal: 'animal',
  'in-vitro': 'in-vitro'
}

/**
 * A phrase that names a study design. The design readers (`../readers/designs.ts`) match the
 * longest phrase at each word of a reference title or an in-text attribution and compare the
 * design it states with a reference entry's; the document model counts any of them as the
 * design of a named source (docs/definitions.md, "Source"), which needs only to know that a
 * design is named, not which one.
 */
export interface DesignPhrase {
  /** The words as written, lower case; a hyphen stands for a hyphen or a space (`meta-analysis`,
   * `meta analysis`). */
  readonly phrase: string
  /**
   * The design the phrase states. `undefined`: the words name a specific kind of study (a named
   * source's design) but state no design a reference entry could be held to, so the readers
   * pass them over: an adjective without its noun (`prospective`, `crossover`: the readers take
   * `prospective study`, `crossover trial`), a study that may have any design (`pilot study`,
   * `lab study`), or a species before `study`, which the readers read from the species list
   * (`mouse study`: `speciesStudyNouns`).
   */
  readonly design: Design | undefined
}

/**
 * The design phrases. `review` alone is a design only as a noun heading a study phrase (the
 * readers check that); `trial` alone is a clinical trial.
 */
export const designPhraseList: readonly DesignPhrase[] = [
  {phrase: 'meta-analysis', design: 'meta-analysis'},
  {phrase: 'meta-analyses', design: 'meta-analysis'},
  {phrase: 'metaanalysis', design: 'meta-analysis'},
  {phrase: 'metaanalyses', design: 'meta-analysis'},
  {phrase: 'meta-analytic', design: 'meta-analysis'},
  {phrase: 'meta-regression', design: 'meta-analysis'},
  {phrase: 'pooled analysis', design: 'meta-analysis'},
  {phrase: 'pooled analyses', design: 'meta-analysis'},
  {phrase: 'network meta-analysis', design: 'meta-analysis'},
  {phrase: 'systematic review', design: 'systematic-review'},
  {phrase: 'systematic reviews', design: 'systematic-review'},
  {phrase: 'systematic literature review', design: 'systematic-review'},
  {phrase: 'systematic and meta-analytic review', design: 'meta-analysis'},
  {phrase: 'cochrane review', design: 'systematic-review'},
  {phrase: 'cochrane reviews', design: 'systematic-review'},
  {phrase: 'umbrella review', design: 'systematic-review'},
  {phrase: 'scoping review', design: 'review'},
  {phrase: 'narrative review', design: 'review'},
  {phrase: 'literature review', design: 'review'},
  {phrase: 'review of the literature', design: 'review'},
  {phrase: 'mini-review', design: 'review'},
  {phrase: 'critical review', design: 'review'},
  {phrase: 'review', design: 'review'},
  {phrase: 'reviews', design: 'review'},
  {phrase: 'overview', design: 'review'},
  {phrase: 'randomized controlled trial', design: 'randomised-controlled-trial'},
  {phrase: 'randomised controlled trial', design: 'randomised-controlled-trial'},
  {phrase: 'randomized controlled trials', design: 'randomised-controlled-trial'},
  {phrase: 'randomised controlled trials', design: 'randomised-controlled-trial'},
  {phrase: 'randomized clinical trial', design: 'randomised-controlled-trial'},
  {phrase: 'randomised clinical trial', design: 'randomised-controlled-trial'},
  {phrase: 'randomized clinical trials', design: 'randomised-controlled-trial'},
  {phrase: 'randomized trial', design: 'randomised-controlled-trial'},
  {phrase: 'randomised trial', design: 'randomised-controlled-trial'},
  {phrase: 'randomized trials', design: 'randomised-controlled-trial'},
  {phrase: 'randomised trials', design: 'randomised-controlled-trial'},
  {phrase: 'randomized controlled study', design: 'randomised-controlled-trial'},
  {phrase: 'randomised controlled study', design: 'randomised-controlled-trial'},
  {phrase: 'randomized study', design: 'randomised-controlled-trial'},
  {phrase: 'randomised study', design: 'randomised-controlled-trial'},
  {phrase: 'randomized', design: 'randomised-controlled-trial'},
  {phrase: 'randomised', design: 'randomised-controlled-trial'},
  {phrase: 'rct', design: 'randomised-controlled-trial'},
  {phrase: 'rcts', design: 'randomised-controlled-trial'},
  {phrase: 'placebo-controlled', design: 'randomised-controlled-trial'},
  {phrase: 'double-blind', design: 'randomised-controlled-trial'},
  {phrase: 'clinical trial', design: 'clinical-trial'},
  {phrase: 'clinical trials', design: 'clinical-trial'},
  {phrase: 'controlled trial', design: 'clinical-trial'},
  {phrase: 'controlled trials', design: 'clinical-trial'},
  {phrase: 'pilot trial', design: 'clinical-trial'},
  {phrase: 'crossover trial', design: 'clinical-trial'},
  {phrase: 'crossover study', design: 'clinical-trial'},
  {phrase: 'cross-over trial', design: 'clinical-trial'},
  {phrase: 'intervention study', design: 'clinical-trial'},
  {phrase: 'interventional study', design: 'clinical-trial'},
  {phrase: 'trial', design: 'clinical-trial'},
  {phrase: 'trials', design: 'clinical-trial'},
  {phrase: 'crossover', design: undefined},
  {phrase: 'pilot study', design: undefined},
  {phrase: 'cohort', design: 'cohort'},
  {phrase: 'cohorts', design: 'cohort'},
  {phrase: 'prospective study', design: 'cohort'},
  {phrase: 'prospective studies', design: 'cohort'},
  {phrase: 'prospective longitudinal', design: 'cohort'},
  {phrase: 'longitudinal study', design: 'cohort'},
  {phrase: 'longitudinal studies', design: 'cohort'},
  {phrase: 'follow-up study', design: 'cohort'},
  {phrase: 'prospective', design: undefined},
  {phrase: 'longitudinal', design: undefined},
  {phrase: 'case-control', design: 'case-control'},
  {phrase: 'case-controlled', design: 'case-control'},
  {phrase: 'cross-sectional', design: 'cross-sectional'},
  {phrase: 'observational', design: 'observational'},
  {phrase: 'epidemiological study', design: 'observational'},
  {phrase: 'epidemiologic study', design: 'observational'},
  {phrase: 'epidemiological studies', design: 'observational'},
  {phrase: 'population-based study', design: 'observational'},
  {phrase: 'ecological study', design: 'observational'},
  {phrase: 'retrospective study', design: 'observational'},
  {phrase: 'retrospective analysis', design: 'observational'},
  {phrase: 'retrospective', design: undefined},
  {phrase: 'survey', design: 'survey'},
  {phrase: 'surveys', design: 'survey'},
  {phrase: 'poll', design: 'survey'},
  {phrase: 'questionnaire study', design: 'survey'},
  {phrase: 'case report', design: 'case-report'},
  {phrase: 'case reports', design: 'case-report'},
  {phrase: 'case series', design: 'case-report'},
  {phrase: 'a case of', design: 'case-report'},
  {phrase: 'in vitro', design: 'in-vitro'},
  {phrase: 'test-tube', design: 'in-vitro'},
  {phrase: 'cell culture', design: 'in-vitro'},
  {phrase: 'cell cultures', design: 'in-vitro'},
  {phrase: 'cell line', design: 'in-vitro'},
  {phrase: 'cell lines', design: 'in-vitro'},
  {phrase: 'cell study', design: 'in-vitro'},
  {phrase: 'cell studies', design: 'in-vitro'},
  {phrase: 'cultured cells', design: 'in-vitro'},
  {phrase: 'lab study', design: undefined},
  {phrase: 'animal study', design: 'animal'},
  {phrase: 'animal studies', design: 'animal'},
  {phrase: 'animal model', design: 'animal'},
  {phrase: 'animal models', design: 'animal'},
  {phrase: 'in animals', design: 'animal'},
  {phrase: 'rodent study', design: 'animal'},
  {phrase: 'rodent studies', design: 'animal'},
  {phrase: 'mouse study', design: undefined},
  {phrase: 'rat study', design: undefined},
  {phrase: 'in vivo', design: 'animal'}
]

/** The phrases that state a design, as the readers' phrase table takes them (words split at
 * hyphens: the readers' items pass over a hyphen between two words). */
export const designPhrases: ReadonlyArray<readonly [string, Design]> = designPhraseList.flatMap(({phrase, design}) =>
  design === undefined ? [] : [[phrase.replaceAll('-', ' '), design] as const]
)

/**
 * Animals a study is done in. A species word names the population when it follows `in`, `of`
 * or `on`, or stands before `study`/`model` (the readers check that).
 */
export const species: readonly string[] = [
  'mice',
  'mouse',
  'murine',
  'rats',
  'rat',
  'rodents',
  'rodent',
  'hamsters',
  'hamster',
  'rabbits',
  'rabbit',
  'guinea pigs',
  'pigs',
  'piglets',
  'swine',
  'porcine',
  'dogs',
  'canine',
  'cats',
  'feline',
  'sheep',
  'cattle',
  'cows',
  'bovine',
  'horses',
  'equine',
  'chickens',
  'broilers',
  'hens',
  'zebrafish',
  'fish',
  'drosophila',
  'fruit flies',
  'flies',
  'worms',
  'c elegans',
  'caenorhabditis elegans',
  'monkeys',
  'primates',
  'macaques',
  'animals'
]

/**
 * A word that names cells or tissue studied outside a body. `study`: it makes an in-text
 * attribution a cell study by itself (`a test-tube study`, `in cell lines`); `cells` or
 * `cultured` alone may be the cells a study in people measured (`immune cells`).
 */
export interface CellWord {
  phrase: string
  study: boolean
}

/** The cell words. */
export const cellWordList: readonly CellWord[] = [
  ...['in vitro', 'cell line', 'cell lines', 'cell culture', 'cell cultures', 'test tube'].map((phrase) => ({
    phrase,
    study: true
  })),
  ...['cells', 'cell', 'test tubes', 'petri dish', 'tissue culture', 'cultured'].map((phrase) => ({
    phrase,
    study: false
  }))
]

/** The words that make a study's population cells outside a body: the modifiers of the in-vitro designs' study
 * nouns (`cell studies`) and the one-word in-vitro designs (`test-tube`). Before a study's noun they make it no study
 * in people (`in cell and animal studies`). (read in src/model/claims.ts) */
export const cellStudyWords: ReadonlySet<string> = new Set(
  designPhraseList
    .filter(({design}) => design === 'in-vitro')
    .map(({phrase}) => phrase.split(' '))
    .filter((words) => words.length === 1 || (words.length === 2 && /^stud(?:y|ies)$/.test(words[1])))
    .map((words) => words[0])
)

/** Nouns after a species that make it the population of a study (`a mouse model`, `rat
 * experiments`). */
export const speciesStudyNouns: ReadonlySet<string> = new Set([
  'study',
  'studies',
  'model',
  'models',
  'experiments',
  'experiment',
  'trial'
])

/** Words before a species (a few words back) that make it the population of a study (`in
 * mice`, `of obese rats`, `using zebrafish`, `fed a high-fat diet`). */
export const speciesPopulationWords: ReadonlySet<string> = new Set(['in', 'of', 'on', 'using', 'with', 'fed'])

/**
 * Designs in people, strongest claim first: when an attribution names more than one (`a
 * review of cohort studies`), the first of these is the design it says the study has, and
 * the one compared with the reference entry's. Animal and cell studies come after all of
 * them.
 */
export const designPrecedence: readonly Design[] = [
  'meta-analysis',
  'systematic-review',
  'review',
  'randomised-controlled-trial',
  'clinical-trial',
  'cohort',
  'case-control',
  'cross-sectional',
  'case-report',
  'survey',
  'observational'
]

/** Words after `review` in a title that make it the head of its phrase (`A review of ...`,
 * `Systematic review and meta-analysis`, `a review on ...`). */
export const titleReviewFollowers: ReadonlySet<string> = new Set(['of', 'and', 'on'])

/** Articles before `review` in a title that make it a noun (`A review`, `The review`). */
export const titleReviewArticles: ReadonlySet<string> = new Set(['a', 'an', 'the'])

/**
 * PubMed publication types (lower case) and the design each states, for a linked record
 * (src/records/entry.ts). A type the list does not name (`journal article`, `english
 * abstract`) states no design; the record's title may still name one.
 */
export const publicationTypeDesigns: ReadonlyArray<readonly [string, Design]> = [
  ['meta-analysis', 'meta-analysis'],
  ['systematic review', 'systematic-review'],
  ['review', 'review'],
  ['randomized controlled trial', 'randomised-controlled-trial'],
  ['pragmatic clinical trial', 'clinical-trial'],
  ['controlled clinical trial', 'clinical-trial'],
  ['clinical trial', 'clinical-trial'],
  ['clinical trial, phase i', 'clinical-trial'],
  ['clinical trial, phase ii', 'clinical-trial'],
  ['clinical trial, phase iii', 'clinical-trial'],
  ['clinical trial, phase iv', 'clinical-trial'],
  ['observational study', 'observational'],
  ['case reports', 'case-report']
]

/**
 * MeSH headings of a linked record (lower case) that name the species it studied, and the
 * species word of the list above that an attribution would use for it (`swine` → `pigs`).
 */
export const meshSpecies: Readonly<Record<string, string>> = {
  mice: 'mice',
  rats: 'rats',
  swine: 'pigs',
  dogs: 'dogs',
  rabbits: 'rabbits',
  zebrafish: 'zebrafish',
  'drosophila melanogaster': 'fruit flies'
}
