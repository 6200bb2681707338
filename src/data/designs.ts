/**
 * Study designs as health writing and reference titles name them.
 *
 * Each phrase is a sequence of lower-case words (hyphenated words are split, so
 * `meta-analysis` is `meta analysis`). The design readers (`../designs.ts`) match the longest
 * phrase at each word. The families follow the usual evidence hierarchy: syntheses
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
 * Phrases naming a design. `review` alone is a design only as a noun heading a study phrase
 * (the readers check that); `trial` alone is a clinical trial.
 */
export const designPhrases: ReadonlyArray<readonly [string, Design]> = [
  ['meta analysis', 'meta-analysis'],
  ['meta analyses', 'meta-analysis'],
  ['metaanalysis', 'meta-analysis'],
  ['metaanalyses', 'meta-analysis'],
  ['meta analytic', 'meta-analysis'],
  ['meta regression', 'meta-analysis'],
  ['pooled analysis', 'meta-analysis'],
  ['pooled analyses', 'meta-analysis'],
  ['network meta analysis', 'meta-analysis'],
  ['systematic review', 'systematic-review'],
  ['systematic reviews', 'systematic-review'],
  ['systematic literature review', 'systematic-review'],
  ['systematic and meta analytic review', 'meta-analysis'],
  ['cochrane review', 'systematic-review'],
  ['cochrane reviews', 'systematic-review'],
  ['umbrella review', 'systematic-review'],
  ['scoping review', 'review'],
  ['narrative review', 'review'],
  ['literature review', 'review'],
  ['review of the literature', 'review'],
  ['mini review', 'review'],
  ['critical review', 'review'],
  ['review', 'review'],
  ['reviews', 'review'],
  ['overview', 'review'],
  ['randomized controlled trial', 'randomised-controlled-trial'],
  ['randomised controlled trial', 'randomised-controlled-trial'],
  ['randomized controlled trials', 'randomised-controlled-trial'],
  ['randomised controlled trials', 'randomised-controlled-trial'],
  ['randomized clinical trial', 'randomised-controlled-trial'],
  ['randomised clinical trial', 'randomised-controlled-trial'],
  ['randomized clinical trials', 'randomised-controlled-trial'],
  ['randomized trial', 'randomised-controlled-trial'],
  ['randomised trial', 'randomised-controlled-trial'],
  ['randomized trials', 'randomised-controlled-trial'],
  ['randomised trials', 'randomised-controlled-trial'],
  ['randomized controlled study', 'randomised-controlled-trial'],
  ['randomised controlled study', 'randomised-controlled-trial'],
  ['randomized study', 'randomised-controlled-trial'],
  ['randomised study', 'randomised-controlled-trial'],
  ['randomized', 'randomised-controlled-trial'],
  ['randomised', 'randomised-controlled-trial'],
  ['rct', 'randomised-controlled-trial'],
  ['rcts', 'randomised-controlled-trial'],
  ['placebo controlled', 'randomised-controlled-trial'],
  ['double blind', 'randomised-controlled-trial'],
  ['clinical trial', 'clinical-trial'],
  ['clinical trials', 'clinical-trial'],
  ['controlled trial', 'clinical-trial'],
  ['controlled trials', 'clinical-trial'],
  ['pilot trial', 'clinical-trial'],
  ['crossover trial', 'clinical-trial'],
  ['crossover study', 'clinical-trial'],
  ['cross over trial', 'clinical-trial'],
  ['intervention study', 'clinical-trial'],
  ['interventional study', 'clinical-trial'],
  ['trial', 'clinical-trial'],
  ['trials', 'clinical-trial'],
  ['cohort', 'cohort'],
  ['cohorts', 'cohort'],
  ['prospective study', 'cohort'],
  ['prospective studies', 'cohort'],
  ['prospective longitudinal', 'cohort'],
  ['longitudinal study', 'cohort'],
  ['longitudinal studies', 'cohort'],
  ['follow up study', 'cohort'],
  ['case control', 'case-control'],
  ['case controlled', 'case-control'],
  ['cross sectional', 'cross-sectional'],
  ['observational', 'observational'],
  ['epidemiological study', 'observational'],
  ['epidemiologic study', 'observational'],
  ['epidemiological studies', 'observational'],
  ['population based study', 'observational'],
  ['ecological study', 'observational'],
  ['retrospective study', 'observational'],
  ['retrospective analysis', 'observational'],
  ['survey', 'survey'],
  ['surveys', 'survey'],
  ['poll', 'survey'],
  ['questionnaire study', 'survey'],
  ['case report', 'case-report'],
  ['case reports', 'case-report'],
  ['case series', 'case-report'],
  ['a case of', 'case-report'],
  ['in vitro', 'in-vitro'],
  ['test tube', 'in-vitro'],
  ['cell culture', 'in-vitro'],
  ['cell cultures', 'in-vitro'],
  ['cell line', 'in-vitro'],
  ['cell lines', 'in-vitro'],
  ['cell study', 'in-vitro'],
  ['cell studies', 'in-vitro'],
  ['cultured cells', 'in-vitro'],
  ['animal study', 'animal'],
  ['animal studies', 'animal'],
  ['animal model', 'animal'],
  ['animal models', 'animal'],
  ['in animals', 'animal'],
  ['rodent study', 'animal'],
  ['rodent studies', 'animal'],
  ['in vivo', 'animal']
]

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
