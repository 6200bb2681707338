/**
 * Negations: a negated effect is not a claim of effect ("it is not a miracle cure",
 * "saturated fat does not clog the arteries"). A negation governs an effect when it stands
 * shortly before it in the same clause.
 */
export const negations: string[] = [
  'not',
  'no',
  'never',
  'cannot',
  "can't",
  "don't",
  "doesn't",
  "didn't",
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "won't",
  "wouldn't",
  "shouldn't",
  "haven't",
  "hasn't",
  "hadn't",
  'nor',
  'neither',
  'none',
  // the negative indefinite pronouns (with `none`, `nothing` and `no one` through `no`)
  'nobody',
  'without',
  'fails to',
  'failed to',
  'fail to',
  'lack of',
  'little evidence',
  'no evidence',
  'not enough evidence',
  'unlikely',
  'barely',
  'hardly',
  'nothing'
]

/** Fixed expressions whose negative word asserts rather than denies: the correlative `not
 * only ... but also`, `not just`, certainty idioms (`no doubt`, `without a doubt`, `no
 * wonder`) and superlatives (`nothing beats`). A negation inside one of them is no negation. */
export const notNegations: readonly string[] = [
  'not only',
  'not just',
  // the same with the negation contracted onto its auxiliary (`doesn't just mask pain, it heals`)
  "doesn't just",
  "don't just",
  "doesn't only",
  "don't only",
  "isn't just",
  "aren't just",
  // a negated verb of forgetting tells the reader to remember (`Don't forget that X relaxes...`)
  "don't forget",
  'don’t forget',
  'do not forget',
  'never forget',
  // praise too great to give in full (`I can't recommend magnesium enough`, `can't say enough about it`)
  ...["can't", 'can’t', 'cannot', "couldn't", 'could not'].flatMap((cannot) => [
    `${cannot} recommend * enough`,
    `${cannot} recommend * * enough`,
    `${cannot} praise * enough`,
    `${cannot} say enough`
  ]),
  'no doubt',
  'without a doubt',
  'without doubt',
  'no wonder',
  // what everyone knows (`It's no secret that green tea...`)
  'no secret',
  'no question',
  // `Nothing beats X`: the verbs of surpassing of src/data/effects.ts (rivalVerbs) after `nothing`.
  'nothing beats',
  'nothing compares',
  'nothing rivals',
  'nothing matches',
  'nothing tops',
  'nothing outperforms'
]

/** Negations of evidence that govern the rest of their clause, however far the effect stands
 * (`there is no evidence that fish oil, taken daily for years, prevents dementia`). */
export const clauseNegations: readonly string[] = ['little evidence', 'no evidence', 'not enough evidence']

/** Nouns of evidence: after `no` and up to two adjectives (`no good evidence`, `no clinical
 * proof`, `no reliable data`) the negation governs the rest of the clause, as clauseNegations
 * do. */
export const evidenceNouns: readonly string[] = ['evidence', 'proof', 'data', 'research', 'support']

/** Words that deny the report after them (`cannot show`, `did not prove`): the attribution
 * then claims nothing (read by src/readers/attributions.ts). */
export const reportDenials: readonly string[] = [
  'not',
  'cannot',
  "can't",
  "didn't",
  "doesn't",
  "don't",
  'never',
  'nor',
  "couldn't",
  "won't",
  'no'
]

/** Negations that a comparison turns into a superlative claim (`Nothing settles a stomach like
 * ginger tea`, `none soothes sore hands like X`): with a compared intervention they negate
 * nothing. (read in src/model/claims.ts) */
export const comparableNegations: readonly string[] = ['nothing', 'none']

/** Words of a short answer that say no (`No, and oats steady your energy`): before a comma they answer a
 * question and negate nothing after it. (read in src/model/index.ts) */
export const answerNegations: ReadonlySet<string> = new Set(['no', 'nope', 'nah'])
