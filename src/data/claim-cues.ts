/**
 * Cue words of the claim model beyond the effect and intervention lists (./effects.ts,
 * ./interventions.ts): what turns a phrase into an effect, a list into a list of benefits, a
 * body substance into something taken. Each set says why it exists and where it is read.
 */

/** Nouns of influence that state an effect when evaluated (`a positive impact on`). (read in src/model/claims.ts) */
export const influenceNouns: ReadonlySet<string> = new Set(['impact', 'effect', 'effects', 'influence'])

/** Adjectives that doubt an influence or make it nothing (WordNet's similar-to sets of *uncertain*,
 * *questionable*, *negligible* and *exaggerated*): `Its effect on sleep is unclear` states no effect, as
 * `Its effect on sleep is dramatic` does. (read in src/claims/constructions.ts) */
export const doubtingStates: ReadonlySet<string> = new Set([
  'unclear',
  'uncertain',
  'unknown',
  'unproven',
  'unproved',
  'doubtful',
  'questionable',
  'disputed',
  'debated',
  'controversial',
  'contested',
  'negligible',
  'minimal',
  'insignificant',
  'mixed',
  'inconsistent',
  'exaggerated',
  'overstated',
  'overblown',
  'overrated',
  'unconvincing'
])

/**
 * Adjectives that evaluate an influence as real and good or strong (`a positive impact`).
 * (read in src/model/claims.ts)
 */
export const influenceEvaluations: ReadonlySet<string> = new Set([
  'positive',
  'beneficial',
  'powerful',
  'profound',
  'calming',
  'soothing',
  'protective',
  'dramatic',
  'remarkable',
  'noticeable',
  'measurable',
  'strong',
  'huge',
  'major',
  'significant',
  'healing',
  'anti-inflammatory',
  'antioxidant',
  'restorative'
])

/**
 * Words before `to` that make the infinitive after it an effect claim (`proven to lower`,
 * `its ability to ease`, `a proven way to relieve`). (read in src/model/claims.ts)
 */
export const infinitiveHeads: ReadonlySet<string> = new Set([
  'ability',
  'able',
  'way',
  'ways',
  'proven',
  'shown',
  'known',
  'found',
  'helps',
  'help',
  'helped',
  'works',
  'work',
  'guaranteed',
  'clinically'
])

/** Participles of testing that make the infinitive after them a claim when an adverb of the
 * evidence's kind stands before them (`clinically studied to increase`, `clinically tested to
 * calm`); alone (`studied to see whether`) they claim nothing. (read in src/model/claims.ts) */
export const testingParticiples: ReadonlySet<string> = new Set(['studied', 'tested', 'validated'])

/** Adverbs of the evidence's kind (`clinically`, `scientifically`, `medically`). */
export const evidenceAdverbs: ReadonlySet<string> = new Set(['clinically', 'scientifically', 'medically'])

/**
 * Reporting verbs of vague attributions (`studies show`, `experts agree`, `science proves`): the
 * clause after them holds the claim. (read in src/model/claims.ts)
 */
export const vagueReportingVerbs: ReadonlySet<string> = new Set([
  'show',
  'shows',
  'showed',
  'shown',
  'prove',
  'proves',
  'proved',
  'proven',
  'confirm',
  'confirms',
  'confirmed',
  'reveal',
  'reveals',
  'revealed',
  'demonstrate',
  'demonstrates',
  'demonstrated',
  'agree',
  'agrees',
  'say',
  'says',
  'said',
  'find',
  'finds',
  'found',
  'claim',
  'claims',
  'report',
  'reports',
  'reported'
])

/**
 * Routes of administration other than `oral` (pharmacology's routes: under the tongue, through the cheek, on the skin,
 * through it, into the vagina or rectum, into the nose, breathed in, into a vein, a muscle, under the skin). (read
 * through `takenForms`)
 */
export const administrationRoutes: readonly string[] = [
  'sublingual',
  'buccal',
  'topical',
  'transdermal',
  'vaginal',
  'rectal',
  'intranasal',
  'inhaled',
  'intravenous',
  'intramuscular',
  'subcutaneous'
]

/**
 * Words that make a body substance something taken (`melatonin supplements`, `taking DHEA`).
 * (read in src/model/claims.ts)
 */
export const takenForms: ReadonlySet<string> = new Set([
  'supplement',
  'supplements',
  'supplementation',
  'supplemental',
  'pill',
  'pills',
  'tablet',
  'tablets',
  'capsule',
  'capsules',
  'gummies',
  'gummy',
  'injection',
  'injections',
  'gel',
  'cream',
  'patch',
  'patches',
  'spray',
  'therapy',
  'replacement',
  'dose',
  'doses',
  'dosing',
  'taking',
  'taken',
  'intake',
  'drops',
  'oral',
  'synthetic',
  'exogenous',
  // The other routes of administration besides `oral` (`Transdermal testosterone`, `vaginal oestrogen`,
  // `sublingual B12`): a substance given by one is taken. (`nasal` is left out: as often the body's own place.)
  ...administrationRoutes
])

/**
 * Words of biomarkers: a phrase with one is about a measurement, not a treatment (`Serum TTR`).
 * (read in src/model/claims.ts)
 */
export const biomarkerWords: ReadonlySet<string> = new Set([
  'serum',
  'plasma',
  'blood',
  'level',
  'levels',
  'cell',
  'cells',
  'expression',
  'gene',
  'genes',
  'receptor',
  'receptors',
  'concentration',
  'concentrations',
  'marker',
  'markers'
])

/**
 * Verbs that affirm an effect noun of an intervention (`confirmed the clinical effectiveness of`).
 * (read in src/model/claims.ts)
 */
export const affirmingVerbs: ReadonlySet<string> = new Set([
  'confirmed',
  'confirms',
  'confirm',
  'demonstrated',
  'demonstrates',
  'demonstrate',
  'showed',
  'shows',
  'show',
  'proved',
  'proves',
  'prove',
  'established',
  'establishes',
  'establish'
])

/**
 * Objects of a change to someone's own life or health, beside WordNet's noun.body
 * (`changed my life`). (read in src/claims/constructions.ts)
 */
export const ownLifeObjects: ReadonlySet<string> = new Set([
  'life',
  'lives',
  'health',
  'body',
  'mood',
  'sleep',
  'energy',
  'appearance',
  'confidence',
  'routine',
  'wellbeing',
  'well-being'
])

/**
 * Evaluative adjectives that state an effect when said of an intervention (`effective`, `powerful`,
 * `safe`). (read in src/claims/features.ts)
 */
export const evaluativeWords: ReadonlySet<string> = new Set([
  'effective',
  'powerful',
  'potent',
  'beneficial',
  'safe',
  'healthy',
  'best',
  'great',
  'ideal',
  'perfect',
  'excellent',
  'essential',
  'crucial',
  'vital',
  'key',
  'important',
  'proven',
  'remarkable',
  'amazing',
  'incredible',
  'miracle',
  'wonder',
  'superior',
  'efficient',
  'helpful',
  'useful',
  'good',
  'harmful',
  'toxic',
  'dangerous',
  'natural',
  'gentle',
  'strong',
  'anti-inflammatory',
  'antioxidant',
  'antibacterial',
  'antiviral'
])

/** A comparative of outcome, and where it can state one. */
export interface OutcomeComparative {
  word: string
  /**
   * Said of the person who uses an intervention, right after a verb (`lived longer`, `do better`,
   * `heal quicker`, `look younger`). The others are said of a measure or a part of the body
   * (`lower blood pressure`, `clearer skin`): after a verb they modify its object (`had lower
   * cholesterol`), so they do not make the verb an outcome.
   */
  ofUser: boolean
}

/**
 * Comparatives of degree that state an outcome changed (`better sleep`, `fewer flares`, `lived
 * longer`): one list for every reader of them (issue 18 merged four drifted copies). Read as the
 * opening of an outcome item of a list (`- Better blood flow`, src/claims/fragments.ts), as the
 * marker of a changed outcome after a verb of experiencing (`see fewer flares`, `outcomeMarkers` of
 * src/data/effects.ts), as a feature of the scorer (src/claims/features.ts) and, the `ofUser`
 * ones, after a verb whose subject uses an intervention (src/claims/constructions.ts,
 * src/claims/rewording.ts). Superlatives (`best`) are evaluative words, not comparatives.
 */
export const outcomeComparativeList: readonly OutcomeComparative[] = [
  {word: 'better', ofUser: true},
  {word: 'more', ofUser: true},
  {word: 'less', ofUser: true},
  {word: 'fewer', ofUser: true},
  {word: 'faster', ofUser: true},
  {word: 'quicker', ofUser: true},
  {word: 'longer', ofUser: true},
  {word: 'deeper', ofUser: true},
  {word: 'stronger', ofUser: true},
  {word: 'healthier', ofUser: true},
  {word: 'younger', ofUser: true},
  {word: 'greater', ofUser: false},
  {word: 'lower', ofUser: false},
  {word: 'higher', ofUser: false},
  {word: 'thicker', ofUser: false},
  {word: 'clearer', ofUser: false},
  {word: 'smoother', ofUser: false},
  {word: 'firmer', ofUser: false}
]

/** Every comparative of outcome (see outcomeComparativeList). */
export const outcomeComparatives: ReadonlySet<string> = new Set(outcomeComparativeList.map((entry) => entry.word))

/** The comparatives of outcome said of the person who uses an intervention (see OutcomeComparative). */
export const userComparatives: ReadonlySet<string> = new Set(
  outcomeComparativeList.filter((entry) => entry.ofUser).map((entry) => entry.word)
)

/**
 * Nouns of change, protection or effect that make a short list item an outcome (`- Weight loss`).
 * (read in src/claims/fragments.ts)
 */
export const outcomeNouns: ReadonlySet<string> = new Set([
  'loss',
  'increase',
  'increases',
  'reduction',
  'reductions',
  'decrease',
  'improvement',
  'improvements',
  'gain',
  'gains',
  'boost',
  'relief',
  'drop',
  'growth',
  'recovery',
  'protection',
  'prevention',
  'repair',
  'support',
  'balance',
  'regulation',
  'control',
  // nouns of an effect itself, named with its kind (`- Neuroprotective effects`, `- Calming properties`)
  'effects',
  'properties',
  'action'
])

/**
 * Words that make a lead-in announce benefits (`Benefits include:`, `X helps in three ways:`).
 * (read in src/claims/fragments.ts)
 */
export const benefitLeadWords: ReadonlySet<string> = new Set([
  'benefit',
  'benefits',
  'advantages',
  'results',
  'helps',
  'help',
  'supports',
  'support',
  'beneficial',
  'improves',
  'boosts',
  'works',
  'delivers',
  'offers',
  'provides',
  'gives',
  'reasons',
  'effects',
  'can',
  'will',
  'proven',
  'include',
  'includes'
])

/**
 * Words that make a lead-in announce symptoms, causes, risks or steps: no list of benefits.
 * (read in src/claims/fragments.ts)
 */
export const notBenefitLists: ReadonlySet<string> = new Set([
  'symptoms',
  'symptom',
  'signs',
  'sign',
  'causes',
  'cause',
  'risks',
  'risk',
  'side',
  'complications',
  'warning',
  'ingredients',
  'contains',
  'steps',
  'tips',
  'avoid'
])

/**
 * Words of a heading that announce what an intervention does (`Benefits`, `Why it works`).
 * (read in src/claims/fragments.ts)
 */
export const benefitHeadings: ReadonlySet<string> = new Set([
  'benefit',
  'benefits',
  'advantages',
  'results',
  'works',
  'effects',
  'perks',
  'pros'
])

/**
 * Evaluative words the scorer may place a finding on when no effect verb follows an agent.
 * (read in src/claims/place.ts)
 */
export const evaluativeHeads: ReadonlySet<string> = new Set([
  'effective',
  'powerful',
  'potent',
  'beneficial',
  'safe',
  'best',
  'ideal',
  'perfect',
  'essential',
  'crucial',
  'vital',
  'key',
  'proven',
  'remarkable',
  'superior',
  'great',
  'excellent',
  'harmful',
  'toxic',
  'dangerous'
])

/**
 * Determiners and modifiers between a verb of discussing and its noun phrase
 * (`examines the potential benefits of`, `learn about the main benefits`), stepped over to find the
 * verb. (read in src/model/claims.ts)
 */
export const discussedPhraseWords: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'these',
  'those',
  'some',
  'many',
  'potential',
  'possible',
  'about',
  'of',
  'all',
  'main',
  'key',
  'top'
])
