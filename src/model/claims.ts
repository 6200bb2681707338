/**
 * Effect claims in a sentence: effect words (verbs, phrases, predicates), the agent each is
 * said of, whether that agent is an intervention, and which hedges and negations govern it.
 *
 * Clause structure is approximated from punctuation and conjunctions: a sentence splits into
 * segments at `;`, `:`, dashes and `but`/`however`; a contrastive subordinate clause
 * (`while`, `although`, `whereas`, `unlike`, `despite`) is its own segment up to the next
 * comma. A hedge governs the effects of its own segment only, so in "While other forms may
 * irritate the gut, glycinate minimizes side effects" the *may* does not reach *minimizes*.
 * Every search is bounded, so the work is linear in the sentence's length.
 */
import type {Effect, LexiconMatch, Token} from './types.js'
import type {Lexicon} from './lexicon.js'
import {matchAll} from './lexicon.js'
import {
  aspectualVerbs,
  ergativeVerbs,
  healthObjectVerbs,
  outcomeChangeVerbs,
  outcomeChangeParticles,
  changedStates,
  efficacyWords,
  reliefNouns,
  changeNouns,
  stateIntensifiers,
  becomeForms,
  endedStateIdioms,
  suitabilityPredicates,
  outcomeMarkers,
  particleVerbs,
  endingIdioms,
  onsetVerbs,
  rivalVerbs,
  benefitNouns,
  benefitObjectVerbs,
  causativeVerbs,
  changingVerbs,
  effectNouns,
  finiteOnlyVerbs,
  otherSenseParticles,
  effectPhrases,
  effectPredicates,
  effectVerbs,
  experiencerVerbs,
  irregular,
  receiverVerbs,
  givingVerbForms,
  helpedWords,
  takingOffVerbs,
  deedQuantities
} from '../data/effects.js'
import {boosters as defaultBoosters} from '../data/boosters.js'
import {
  effectVerbLemma,
  firstNounClass,
  isBodilyNoun,
  isDegreeForm,
  isStateWord,
  isInterventionCompound,
  isBodilyGerund,
  inBodilyTrees,
  isBodySubstance,
  lemmaCandidates,
  isDrugStemName,
  isInterventionNoun,
  isProductName,
  isRemedyNoun,
  ownableBodyNoun,
  isQualityNoun,
  isInstrumentCoinage,
  isTitledName,
  singular
} from '../claims/classes.js'
import {
  adjectives,
  authorityNouns,
  bodyFluids,
  bodyPartNouns,
  followerNouns,
  sellerMediaNouns,
  hominidNouns,
  englishWords,
  secondVerbClasses,
  sensesActingVerbs,
  wordClasses
} from '../data/wordnet.js'
import {
  causativeEnd,
  remedyRoleEnd,
  changeOf,
  changesOwn,
  comparedUsers,
  experiencedWith,
  frontedAgent,
  imperativeWith,
  isOutcomeAdjective,
  isRival,
  unrivalled,
  isExperiencer,
  isReceiver,
  receivedFrom,
  influencePredicate,
  remedyNounEnd,
  passiveAgent,
  superlativeFrom,
  usedBy,
  comparedWith
} from '../claims/constructions.js'
import {
  anaphors,
  interventionSuffixes,
  interventionWords,
  notInterventionAbbreviations,
  notInterventions,
  interventionHeads,
  levelWords,
  practiceHeads,
  stateHeads,
  usageVerbs
} from '../data/interventions.js'
import {
  conditionalOpeners,
  determiners,
  functionWords,
  actingVerbClasses,
  conditionSuffixes,
  lightVerbs,
  subordinators,
  temporalSubordinators,
  questionableVerbs,
  seekingWords,
  quoteMarks,
  objectEnders,
  objectParticles,
  fallingAsleepPhrases,
  deniedFutures,
  returningVerbs,
  agentSkips,
  auxiliaries,
  possessiveDeterminers,
  predicateModifiers,
  beForms,
  bePresentPast,
  sensoryCopulas,
  spanPrepositions,
  nourishmentNouns,
  demonstratives,
  watchingVerbs,
  subjectAnaphors,
  complementTakers,
  contrastiveConjunctions,
  subjectPronouns,
  reasonSubordinators,
  verblessAttachments,
  exchangeVerbs,
  conjunctiveAdverbials,
  contrastiveSubordinators,
  copulas,
  correlationalParticiples,
  notGerunds,
  actionNouns,
  assertingVerbForms,
  writerPronouns,
  notProductClasses,
  distributiveDeterminers,
  shortVerbGerunds,
  notSubjects,
  notVerbsInS,
  pronounAgents,
  nounFollowers,
  nounPhraseBreakers,
  objectPronouns,
  subjectPronounAgents,
  promisedStateVerbs,
  personalTitles,
  plainComparatives,
  willForm,
  openingPrepositions,
  pluralSubjects,
  irregularPlurals,
  goalPrepositions,
  pathNouns,
  useNouns,
  bodyMeasureNouns,
  comparativeMeasures,
  remedyCopulas,
  degreeAdverbs,
  causingVerbForms,
  postmodifierPrepositions,
  relativePronouns,
  sentenceAdverbs,
  verbGroupOpeners,
  objectlessFollowers,
  conditionalSubordinators,
  embeddedQuestionOpeners,
  absenceQuantifiers,
  personObjectWords,
  rewrittenAuxiliaries,
  haveForms,
  doForms,
  loadBounds,
  listConjunctions,
  reducedRelativePrepositions,
  finitePastLeaders,
  participleLeaders,
  pluralOrPossessiveDeterminers,
  articles,
  irregularPerfectParticiples,
  frontedPhraseOpeners,
  progressiveBe,
  containingWords,
  openingQuotes,
  namingParticiples,
  indefiniteReporters,
  reportingForms,
  sellerDeterminers,
  findingVerbForms,
  hedgingModals,
  clauseCoordinators,
  clauseSubjects,
  personPronouns,
  tradeNameNouns,
  mediaDeterminers,
  whRelativePronouns,
  nominativeAnaphors,
  singularBeForms,
  partDeterminers,
  productPartClasses,
  hearsayVerbs,
  hearsayPlaces,
  reportedTo,
  thatWords,
  clauseOpeners,
  routineAdjectives,
  spanTimeWords,
  exerciseUnits,
  focusAdverbs,
  onsetSubordinators,
  firstPersons,
  startingPasts,
  personObjectPronouns,
  routineTimes,
  routinePrepositions
} from '../data/grammar.js'
import {
  affirmingVerbs,
  biomarkerWords,
  evidenceAdverbs,
  ownLifeObjects,
  infinitiveHeads,
  testingParticiples,
  influenceEvaluations,
  influenceNouns,
  takenForms,
  vagueReportingVerbs,
  discussedPhraseWords
} from '../data/claim-cues.js'
import {numberWords} from '../data/numbers.js'
import {doseUnits, durationUnits, massUnits, volumeUnits} from '../data/statistics.js'
import {clauseNegations, comparableNegations, evidenceNouns} from '../data/negations.js'
import {cellStudyWords, speciesStudyNouns} from '../data/designs.js'
import {unknownWord, WordCache, WordCacheBySet} from './word-cache.js'
import {inQuotedQuestion} from './sentences.js'
import {isBodilyCompound} from './bodily-compounds.js'

export type VerbForm = 'base' | 'third' | 'past' | 'participle'

export interface VerbEntry {
  lemma: string
  form: VerbForm
}

/** Inflect a regular verb: [third person, past, participle]. */
export function inflect(lemma: string): [string, string, string] {
  if (irregular[lemma]) return irregular[lemma]
  const third = /(?:s|x|z|ch|sh)$/.test(lemma)
    ? lemma + 'es'
    : /[^aeiou]y$/.test(lemma)
      ? lemma.slice(0, -1) + 'ies'
      : lemma + 's'
  // `drop` → dropped, dropping: one syllable ending in one vowel and one consonant doubles it.
  const stem = /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(lemma) ? lemma + lemma.slice(-1) : lemma
  const past = lemma.endsWith('e') ? lemma + 'd' : /[^aeiou]y$/.test(lemma) ? lemma.slice(0, -1) + 'ied' : stem + 'ed'
  const participle = lemma.endsWith('ee')
    ? lemma + 'ing'
    : lemma.endsWith('e')
      ? lemma.slice(0, -1) + 'ing'
      : stem + 'ing'
  return [third, past, participle]
}

/** Build the map from a verb form to its lemma and form. */
export function verbTable(lemmas: string[]): Map<string, VerbEntry> {
  const table = new Map<string, VerbEntry>()
  for (const lemma of lemmas) {
    const [third, past, participle] = inflect(lemma)
    for (const [word, form] of [
      [participle, 'participle'],
      [past, 'past'],
      [third, 'third'],
      [lemma, 'base']
    ] as Array<[string, VerbForm]>) {
      if (!table.has(word)) table.set(word, {lemma, form})
    }
  }
  return table
}

export interface ClaimLexicons {
  verbs: Map<string, VerbEntry>
  phrases: Lexicon
  predicates: Lexicon
  interventions: Set<string>
  allow: Lexicon | undefined
}

/** The curated effect verbs and the verbs that state an effect only with a benefit as their
 * object (`gives you an energy boost`, `offers relief`; checked where they are found). */
export const defaultVerbs = [...effectVerbs, ...benefitObjectVerbs.filter((verb) => !effectVerbs.includes(verb))]
/** The curated effect verbs, inflected: built once, shared by the readers of `src/claims/`. */
export const defaultVerbTable: Map<string, VerbEntry> = verbTable(defaultVerbs)
/** Effect phrases: the curated list and every inflection of the phrasal verbs and idioms of removing. */
export const defaultPhrases = [
  ...effectPhrases,
  ...Object.entries(particleVerbs).flatMap(([lemma, particle]) =>
    [lemma, ...inflect(lemma)].map((form) => `${form} ${particle}`)
  ),
  ...Object.entries(onsetVerbs).flatMap(([lemma, particle]) =>
    [lemma, ...inflect(lemma)].map((form) => `${form} ${particle}`)
  ),
  ...Object.entries(endingIdioms).flatMap(([lemma, complements]) =>
    [lemma, ...inflect(lemma)].flatMap((form) => complements.map((complement) => `${form} ${complement}`))
  )
]
export const defaultPredicates = [...effectPredicates, ...effectPredicates.flatMap(comparativePredicate)]

/** `gentle on` → `gentler on`, `kind to` → `kinder to`: the comparative of a predicate of manner (an adjective
 * and `on` or `to`), by the grammar's regular -er for an adjective of one syllable or of two ending in -y or
 * -le (not `toxic to`, whose comparative is `more toxic`). */
function comparativePredicate(phrase: string): string[] {
  const match = /^([a-z]+) (on|to)$/.exec(phrase)
  if (!match || !adjectives.has(match[1])) return []
  const [, word, preposition] = match
  const syllables = word.match(/[aeiouy]+/g)?.length ?? 0
  const regular = syllables === 1 || (syllables === 2 && /(?:[^aeiou]y|le)$/.test(word))
  // (`key to` has none: its -y follows a vowel.)
  if (!regular || /[aeiou]y$/.test(word)) return []
  const stem = word.endsWith('e') ? word.slice(0, -1) : word.endsWith('y') ? `${word.slice(0, -1)}i` : word
  const comparative = `${stem}er ${preposition}`
  return effectPredicates.includes(comparative) ? [] : [comparative]
}

/** Verbs whose effect is stated by a construction around them (`src/claims/constructions.ts`). */
export const constructionVerbs: Map<string, VerbEntry> = verbTable([
  ...Object.keys(receiverVerbs),
  ...experiencerVerbs,
  ...causativeVerbs,
  ...changingVerbs,
  ...aspectualVerbs,
  ...outcomeChangeVerbs,
  ...rivalVerbs,
  ...Object.keys(particleVerbs),
  ...Object.keys(outcomeChangeParticles)
])
/** How many words a `but not X,` aside may hold before its comma. */
const ASIDE_WORDS = 6
/** How many tokens back from a comma the `but` of an aside may stand. */
const ASIDE_STEPS = 20
/** How many words before a predicate its copula or subject pronoun may stand (`is also highly`). */
const PREDICATE_WORDS = 4
/** How many words before an effect noun its owner may stand (`magnesium's proven benefits`). */
const OWNER_WORDS = 3
/** How many words before an effect noun an affirming verb may stand (`confirmed the clinical
 * effectiveness of`). */
const AFFIRMER_WORDS = 4

const outcomeChanges = new Set(outcomeChangeVerbs)
const changedStateSet = new Set(changedStates)
const comparableNegationSet = new Set(comparableNegations)
const outcomeParticles = new Map(Object.entries(outcomeChangeParticles))
const ergatives = new Set(ergativeVerbs)
const healthObjectVerbSet = new Set(healthObjectVerbs)

/** Does the verb at `i` stand without an object: the clause ends, or an adverb or a
 * preposition follows it? */
function noObject(tokens: Token[], i: number): boolean {
  let at = nextSolidIndex(tokens, i + 1)
  // `Your breathing speeds up and ...`: a particle with no noun after it is no object either.
  const particle = objectParticles.has(tokens[at]?.lower ?? '')
  if (particle) at = nextSolidIndex(tokens, at + 1)
  const next = tokens[at]
  if (!next || next.kind !== 'word') return true
  if (listConjunctions.has(next.lower) || next.lower === 'but') {
    // `slows and your heart rate drops`: a new clause follows (`improves and steadies mood`
    // shares its object).
    const after = tokens[nextSolidIndex(tokens, at + 1)]?.lower ?? ''
    if (particle || determiners.has(after) || subjectPronounAgents.has(after)) return true
  }
  // `speeds up as you climb`: after a particle, a subordinator opens another clause.
  if (particle && subordinators.has(next.lower)) return true
  // An adverb in -ly, not a noun that ends so (`belly fat`).
  return (
    objectlessFollowers.has(next.lower) || (/[a-z]ly$/.test(next.lower) && firstNounClass(next.lower) === undefined)
  )
}
const outcomeMarkerSet = new Set(outcomeMarkers)

/** Boosters that are a participle alone (`guaranteed`, `proven`): in a sentence with no verb they are no verb. */
const boosterParticiples: ReadonlySet<string> = new Set(
  defaultBoosters.map((b) => b.phrase).filter((phrase) => /^[a-z]+(?:ed|en)$/.test(phrase))
)
const interventionSet = new Set(interventionWords)
const notInterventionSet = new Set(notInterventions)
const anaphorSet = new Set(anaphors)
const objectVerbs = new Set(benefitObjectVerbs)
const finiteOnly = new Set(finiteOnlyVerbs)
const clauseNegationSet = new Set(clauseNegations)
const evidenceNounSet = new Set(evidenceNouns)

/** How many words before a noun of influence its evaluation may stand (`its positive impact`,
 * `a truly powerful effect`): an adjective and one adverb. */
const EVALUATION_WORDS = 2

/** Is an evaluating adjective among the two words before `index`? */
function evaluativeBefore(tokens: Token[], index: number): boolean {
  let i = previousSolidIndex(tokens, index - 1)
  for (let k = 0; k < EVALUATION_WORDS && i >= 0 && tokens[i].kind === 'word'; k++) {
    if (influenceEvaluations.has(tokens[i].lower)) return true
    i = previousSolidIndex(tokens, i - 1)
  }
  return false
}
const particleSenses = new Map(Object.entries(otherSenseParticles))
const benefitNounSet = new Set(benefitNouns)
const changeNounSet: ReadonlySet<string> = new Set(changeNouns)
const notAbbreviations = new Set(notInterventionAbbreviations)

/** Verbs whose object is followed by an adjective or a noun: give, make, leave, keep, get. */
function givingVerb(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && givingVerbForms.has(token.lower)
}

export interface Segment {
  /** Token indices [from, to). */
  from: number
  to: number
  subordinate: boolean
}

/** The quotation marks that close each opening one. */
const closingQuotes: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ['“', '”'],
  ['‘', '’'],
  ["'", "'"]
])

/** If an opening quotation mark at `index` follows a participle of naming (`titled`, `called`), the index of
 * the mark that closes it (the quotation is a title), else -1. */
function titleQuoteEnd(tokens: Token[], index: number): number {
  const close = closingQuotes.get(tokens[index].value)
  if (close === undefined || !namingParticiples.has(tokens[previousSolidIndex(tokens, index - 1)]?.lower ?? ''))
    return -1
  for (let k = index + 1; k < tokens.length && k <= index + TITLE_TOKENS; k++) if (tokens[k].value === close) return k
  return -1
}

/** How many tokens (words, spaces, marks) a quoted title may hold: a headline's length. */
const TITLE_TOKENS = 60

/** The comma that closes `but not X,` (at most six words) after `but` at `index`, or -1. */
function insertionEnd(tokens: Token[], index: number): number {
  const not = nextSolidIndex(tokens, index + 1)
  if (tokens[not]?.lower !== 'not') return -1
  let words = 0
  for (let k = not + 1; k < tokens.length; k++) {
    const token = tokens[k]
    if (token.kind === 'word' && ++words > ASIDE_WORDS) return -1
    if (token.kind === 'punctuation') return token.value === ',' && words > 0 ? k : -1
  }
  return -1
}

/** Split a sentence's tokens (from `start`) into clause segments; parenthetical content is
 * left out of every segment. */
export function segmentsOf(tokens: Token[], start: number): {segments: Segment[]; inParens: boolean[]} {
  const segments: Segment[] = []
  const inParens = new Array<boolean>(tokens.length).fill(false)
  let from = start
  let subordinate = false
  let depth = 0
  const close = (at: number) => {
    if (at > from) segments.push({from, to: at, subordinate})
  }
  for (let i = start; i < tokens.length; i++) {
    const token = tokens[i]
    if (token.kind === 'punctuation' && (token.value === '(' || token.value === '[')) {
      depth++
      inParens[i] = true
      continue
    }
    if (token.kind === 'punctuation' && (token.value === ')' || token.value === ']')) {
      if (depth > 0) depth--
      inParens[i] = true
      continue
    }
    if (depth > 0) {
      inParens[i] = true
      continue
    }
    if (strongBreak(tokens, i)) {
      close(i)
      from = i + 1
      subordinate = false
      continue
    }
    if (token.kind === 'punctuation' && token.value === ',' && subordinate) {
      close(i)
      from = i + 1
      subordinate = false
      continue
    }
    // `Whether you lift or run, creatine delivers`, `If magnesium calms you, take it`: the
    // clause of a question or condition that opens the sentence ends at its comma.
    // `Ear drops, on the other hand, clear`, `X, however, eases`: a conjunctive adverbial between
    // commas is an aside, like a parenthesis; the clause runs on across it.
    // `a thread titled "magnesium changed my life"`: a quoted title is a name, like a parenthesis.
    const adverbial = token.kind === 'word' ? adverbialAsideEnd(tokens, i) : titleQuoteEnd(tokens, i)
    if (adverbial > 0) {
      for (let k = i; k <= adverbial; k++) inParens[k] = true
      i = adverbial
      continue
    }
    if (
      token.kind === 'word' &&
      (contrastiveSubordinators.has(token.lower) ||
        contrastiveConjunctions.has(token.lower) ||
        conditionalOpeners.has(token.lower))
    ) {
      // `even though`, `while` at the start or after a comma; `but` after a comma or at the start.
      const previous = previousSolidIndex(tokens, i - 1)
      const atStart = previous < from
      const afterComma = previous >= 0 && tokens[previous].value === ','
      if (
        (contrastiveSubordinators.has(token.lower) && (atStart || afterComma || tokens[previous]?.lower === 'even')) ||
        (conditionalOpeners.has(token.lower) && atStart)
      ) {
        close(i)
        from = i
        subordinate = true
      } else if (token.lower === 'but' && afterComma && insertionEnd(tokens, i) !== -1) {
        // `Surgical, but not medical treatment, led to ...`: an aside, like a parenthesis.
        const end = insertionEnd(tokens, i)
        for (let k = i; k <= end; k++) inParens[k] = true
        i = end
      } else if (contrastiveConjunctions.has(token.lower) && (atStart || afterComma)) {
        close(i)
        from = i
        subordinate = false
      }
    }
  }
  close(tokens.length)
  return {segments, inParens}
}

/** How many words a conjunctive adverbial may have (`on the other hand`). */
const ADVERBIAL_WORDS = 4

/** The comma that closes a conjunctive adverbial opened at `i` right after a comma (`, however,`,
 * `, on the other hand,`), or -1. */
function adverbialAsideEnd(tokens: Token[], i: number): number {
  if (tokens[previousSolidIndex(tokens, i - 1)]?.value !== ',') return -1
  const words: string[] = []
  for (let k = i; k < tokens.length; k = nextSolidIndex(tokens, k + 1)) {
    // (`X may taste odd, though, and will ease`: before a conjunction the adverbial opens a clause.)
    const next = tokens[nextSolidIndex(tokens, k + 1)]?.lower ?? ''
    if (tokens[k].value === ',')
      return conjunctiveAdverbials.has(words.join(' ')) && !listConjunctions.has(next) ? k : -1
    if (tokens[k].kind !== 'word' || words.length === ADVERBIAL_WORDS) return -1
    words.push(tokens[k].lower)
  }
  return -1
}

/** How many words an aside between a subject and its verb may hold (`, which my grandmother swore
 * by and which costs pennies at any market stall,`), and how many the subject before it (a noun
 * phrase or a list of them: `Ginger, peppermint and fennel`). */
const SUBJECT_ASIDE_WORDS = 20
const ASIDE_SUBJECT_WORDS = 8
/** How many tokens the walk back through an aside may take (words, spaces and marks). */
const SUBJECT_ASIDE_STEPS = 4 * SUBJECT_ASIDE_WORDS

/**
 * `Nana's bone broth, simmered overnight with garlic, knocks`, `Sertraline, now the most widely
 * prescribed drug of its class, lifts`, `Ginger, which my grandmother swore by, settles`: when the
 * comma at `comma` closes an aside that the sentence's opening noun phrase (or list of them) is
 * set off by, that phrase's words: the subject of the verb after the comma. The phrase opens with
 * no preposition, subordinator, pronoun or verb and holds no verb of its own.
 */
function subjectBeforeAside(tokens: Token[], comma: number, start: number): Token[] | undefined {
  let open = -1
  let words = 0
  for (let k = comma - 1; k > start && words <= SUBJECT_ASIDE_WORDS && k > comma - SUBJECT_ASIDE_STEPS; k--) {
    const token = tokens[k]
    if (token.value === ',') {
      open = k
      break
    }
    if (token.kind === 'word') words++
    else if (strongBreak(tokens, k) || token.value === '(' || token.value === ')') return undefined
  }
  if (open < 0 || words === 0) return undefined
  // Read back from the aside to the sentence's start, at most ASIDE_SUBJECT_WORDS words (a walk
  // that stays bounded on a long run of commas).
  const subject: Token[] = []
  for (let k = open - 1; k >= start; k--) {
    const token = tokens[k]
    if (open - k > SUBJECT_ASIDE_STEPS) return undefined
    if (token.kind === 'word') subject.unshift(token)
    else if (token.kind !== 'whitespace' && token.value !== ',' && token.value !== '-' && !apostrophe(token.value))
      return undefined
    if (subject.length > ASIDE_SUBJECT_WORDS) return undefined
  }
  const first = subject[0]?.lower ?? ''
  if (subject.length === 0) return undefined
  const opener =
    (functionWords.has(first) && !determiners.has(first)) ||
    objectEnders.has(first) ||
    openingPrepositions.has(first) ||
    subordinators.has(first) ||
    subjectPronouns.has(first) ||
    wordClasses.get(first)?.[0]?.startsWith('verb.') === true
  if (opener) return undefined
  const verbal = subject.some((w) => {
    const form = defaultVerbTable.get(w.lower)?.form
    return beForms.has(w.lower) || auxiliaries.has(w.lower) || form === 'third' || form === 'past'
  })
  return verbal ? undefined : subject
}

/** Does the comma at `comma` close an aside after a plural subject or a list (`Ginger and fennel,
 * steeped after dinner, settle`), which a base form agrees with? */
function pluralBeforeAside(tokens: Token[], comma: number, start: number): boolean {
  const subject = subjectBeforeAside(tokens, comma, start)
  if (!subject) return false
  return subject.some((w) => listConjunctions.has(w.lower)) || pluralSubject(subject[subject.length - 1].lower)
}

/** Does the comma at `comma` close an aside after the subject (`but not X`, `however`, an
 * apposition, or any aside after the sentence's opening noun phrase)? */
function afterSubjectAside(tokens: Token[], comma: number, start: number): boolean {
  return (
    closesAside(tokens, comma) ||
    closesAdverbial(tokens, comma) ||
    closesApposition(tokens, comma, start) ||
    subjectBeforeAside(tokens, comma, start) !== undefined
  )
}

/** Does an aside after the subject, or a relative clause, close between `from` and `to` (`Thyme,
 * which costs almost nothing, soothes`; `Unlike X, which barely touches insomnia, our tonic works`:
 * the aside's denial denies nothing of the verb after it)? */
function asideClosedBetween(tokens: Token[], from: number, to: number, start: number): boolean {
  for (let k = from; k < to; k++) {
    if (tokens[k].value !== ',') continue
    if (
      subjectBeforeAside(tokens, k, start) ||
      closesRelative(tokens, k, start) ||
      closesAside(tokens, k) ||
      closesFrontedRelative(tokens, k, start)
    )
      return true
  }
  return false
}

/** How many tokens a fronted phrase with a relative clause may hold (`For anyone who cannot sleep,`). */
const FRONTED_RELATIVE_TOKENS = 40

/** Does the comma at `comma` close a phrase that opens the sentence with a preposition and holds a relative clause
 * (`For anyone who cannot sleep, magnesium calms the mind`: the clause's negation ends there)? */
function closesFrontedRelative(tokens: Token[], comma: number, start: number): boolean {
  const first = nextSolidIndex(tokens, start)
  if (first >= comma || comma - first > FRONTED_RELATIVE_TOKENS || !openingPrepositions.has(tokens[first].lower))
    return false
  let relative = false
  for (let k = first + 1; k < comma; k++) {
    const token = tokens[k]
    if (token.kind === 'punctuation' && !apostrophe(token.value)) return false
    if (token.kind === 'word' && whRelativePronouns.has(token.lower)) relative = true
  }
  return relative
}

/** Is the value an apostrophe, straight or curly? */
function apostrophe(value: string): boolean {
  return value === "'" || value === '’'
}

/** Does the comma at `comma` close a conjunctive adverbial (`Ear drops, however, clear`)? */
function closesAdverbial(tokens: Token[], comma: number): boolean {
  let k = previousSolidIndex(tokens, comma - 1)
  for (let words = 0; words < ADVERBIAL_WORDS && tokens[k]?.kind === 'word'; words++) {
    const before = previousSolidIndex(tokens, k - 1)
    if (tokens[before]?.value === ',') return adverbialAsideEnd(tokens, k) === comma
    k = before
  }
  return false
}

/** Does the token at `i` end a segment whatever follows: `;`, `:`, a dash, a table's bar? */
function strongBreak(tokens: Token[], i: number): boolean {
  const token = tokens[i]
  return (
    (token.kind === 'punctuation' || token.kind === 'symbol') &&
    (token.value === ';' ||
      token.value === ':' ||
      token.value === '—' ||
      token.value === '|' ||
      ((token.value === '–' || token.value === '-') && tokens[i - 1]?.kind === 'whitespace'))
  )
}

function previousSolidIndex(tokens: Token[], index: number): number {
  let i = index
  while (i >= 0 && tokens[i].kind === 'whitespace') i--
  return i
}

function nextSolidIndex(tokens: Token[], index: number): number {
  let i = index
  while (i < tokens.length && tokens[i].kind === 'whitespace') i++
  return i
}

/** Strip a possessive and a plural `s` for lexicon look-ups. */
function stems(lower: string): string[] {
  const base = lower.replace(/'s$|s'$/, '')
  const out = [lower, base]
  if (base.endsWith('s') && base.length > 3) out.push(base.slice(0, -1))
  if (base.endsWith('es') && base.length > 4) out.push(base.slice(0, -2))
  return out
}

/** Is an agent word an upper-case abbreviation naming a treatment (`MT`, `CPAP`, `YY-312`)? */
export function isTreatmentAbbreviation(value: string): boolean {
  if (
    value.length < 2 ||
    value.length > 8 ||
    !/^[A-Z][A-Z0-9-]*[A-Z0-9]$/.test(value) ||
    !/[A-Z].*[A-Z0-9]/.test(value)
  )
    return false
  const lower = value.toLowerCase()
  // `COVID-19`, `IL-6`: a condition or a molecule with a number is still that.
  return !notAbbreviations.has(lower) && !notAbbreviations.has(lower.replace(/-\d+$/, ''))
}

/** `Low iron causes fatigue`, `Your blood sugar damages your kidneys`: a word of level (`levelWords`) opening the
 * phrase, or one of the body's fluids (WordNet's, a fluid in its first sense: `blood`, `plasma`) opening it or just
 * before its head, makes the phrase a substance's level in the body, a state, as `iron deficiency` is; unless a
 * word of a form taken stands in it (`low doses of aspirin`, `a low fat diet`). */
function substanceLevel(words: Token[]): boolean {
  let first = 0
  while (first < words.length - 1 && determiners.has(words[first].lower)) first++
  if (words.length - first < 2) return false
  // (Asked of every agent phrase: the word of level or the fluid first, the words of a form taken only then.)
  const fluid = (w: Token) => bodyFluids.has(w.lower) && firstNounClass(w.lower) === 'noun.body'
  if (!levelWords.has(words[first].lower) && !fluid(words[first]) && !fluid(words[words.length - 2])) return false
  for (let k = first + 1; k < words.length; k++)
    if (interventionHeads.has(words[k].lower) || takenForms.has(words[k].lower)) return false
  return true
}

/** Is a noun phrase (an agent's words) an intervention? A cue word counts unless a
 * non-intervention head stands before it ("individuals with higher intakes of fruit"); a
 * gerund phrase is a practice ("Crossing your arms relieves pain"); an upper-case treatment
 * abbreviation counts unless the phrase is about a biomarker ("Serum TTR"). */
export function isInterventionPhrase(words: Token[], context: {extra: Set<string> | undefined}): boolean {
  // `Iron deficiency causes fatigue`: the phrase names a state of the body.
  if (words.length > 1 && stateHeads.has(words[words.length - 1].lower)) return false
  if (substanceLevel(words)) return false
  for (let i = 0; i < words.length; i++) {
    const word = words[i]
    const lower = word.lower
    // (`Letters from Mum`: a maker's or sender's name after the head makes no intervention of it.)
    if (i > 0 && makerAt(words, i)) return false
    if (deniedAt(words, i, context.extra)) return false
    // (`Cold weather`, `warm nights`: an adjective before a head of weather, time or place describes it.)
    const described =
      i < words.length - 1 &&
      adjectives.has(lower) &&
      !materialClasses.has(firstNounClass(lower) ?? '') &&
      describedHead(words[words.length - 1].lower)
    if (isInterventionWord(lower, context.extra) && !described) {
      // The body's own hormones and transmitters are agents only when taken: "testosterone
      // is crucial for libido" is physiology, "testosterone gel restores libido" a claim.
      if (
        isBodySubstance(lower) &&
        !(context.extra?.has(lower) ?? false) &&
        // (`low-dose melatonin`: a part of a hyphenated word counts.)
        !words.some((w) => takenForms.has(w.lower) || w.lower.split('-').some((part) => takenForms.has(part)))
      )
        continue
      return true
    }
    // Classes no list can hold: a drug name by its INN stem (`Vibegron`), a product or brand
    // name that no dictionary knows (`Lumivex`, `Radiance+`).
    if (isDrugStemName(lower) || (isProductName(word.value) && !personalTitles.has(words[i - 1]?.lower ?? '')))
      return true
    // A noun of WordNet's intervention trees (drugs, remedies, supplements, foods: `citrulline`,
    // `spinach`) that no curated list holds.
    // (`my shoulders`: a part of someone's body, though WordNet also has it as a cut of meat.)
    if (isInterventionNoun(lower, context.extra) && !isBodySubstance(lower) && !ownedBodyPart(words, i) && !described)
      return true
    if (routineAt(words, i)) return true
    // `A morning spent digging`, `an hour spent walking`: a span of time spent at a practice.
    if (
      lower === 'spent' &&
      i > 0 &&
      firstNounClass(words[i - 1].lower) === 'noun.time' &&
      practiceGerund(words[i + 1])
    )
      return true
    // `a 6:30 pranayama session`: a practice's form of doing after a noun that names the practice.
    if (i === words.length - 1 && practiceSession(words)) return true
    // `the Glide`, `our ClearLine range`, `The Mindful Minutes app`: a name in capitals after a determiner.
    if (namedAfterDeterminer(words, i)) return true
    // `aligners`, `de-puffers`: a new noun of an instrument, a verb's -er that no dictionary knows.
    if ((i === words.length - 1 || makerAt(words, i + 1)) && isInstrumentCoinage(lower)) return true
    // `Twenty minutes outdoors`, `Three minutes in our chamber`: a span of time spent somewhere is a session.
    if (i === 0 && spanSession(words)) return true
    // `Two glasses`, `A teaspoon`, `Two spoonfuls`: a count of a unit of a dose names the dose taken.
    if (i === 1 && countOpeners(words[0].lower) && servingUnit(lower)) return true
    // `tai chi`: two words that name one together.
    const next = words[i + 1]?.lower
    if (next !== undefined && isInterventionCompound(lower, next)) return true
    // `beta-alanine`, `L-theanine`: a hyphenated name whose last part names one.
    const last = lower.includes('-') ? lower.slice(lower.lastIndexOf('-') + 1) : ''
    if (last.length >= 4 && isInterventionNoun(last, context.extra) && !isBodySubstance(last)) return true
    // `Doing a crossword`, `Going to bed earlier`: a gerund with its object (of a verb of two
    // letters too).
    // (`Falling oestrogen`, `Rising cortisol`: before one of the body's own substances, a gerund tells of the
    // substance's course, no practice; one of taking, `Taking melatonin`, is the practice.)
    const gerund = /^[a-z]{3,}ing$/.test(lower) || shortVerbGerunds.has(lower)
    const course = isBodySubstance(words[1]?.lower ?? '') && !takenForms.has(lower)
    if (i === 0 && gerund && words.length > 1 && !notGerunds.has(lower) && !course) return true
  }
  if (words.some((w) => biomarkerWords.has(w.lower))) return false
  return words.some((w) => isTreatmentAbbreviation(w.value))
}

/** Does a word of notInterventions at `i`, before the phrase's last word, deny that the phrase names an
 * intervention? Not when it modifies what follows or opens its phrase. */
function deniedAt(words: Token[], i: number, extra: Set<string> | undefined): boolean {
  const lower = words[i].lower
  if (!notInterventionSet.has(stems(lower)[1]) || i >= words.length - 1 || anaphorSet.has(lower)) return false
  // `sleep gummies`, `joint cream`: a noun right before the intervention's noun modifies it.
  // (`slow leg circles`: an adjective before a compound whose head names one.)
  const modifies =
    isInterventionWord(words[i + 1].lower, extra) ||
    (i === words.length - 3 && adjectives.has(lower) && isInterventionNoun(words[i + 2].lower, extra))
  // (`Those squats`: a demonstrative before a noun opens its phrase; `those with arthritis` are people.)
  // (`Those slow leg circles`: an adjective may stand between.)
  const noun = adjectives.has(words[i + 1].lower) && words.length > i + 2 ? words[i + 2] : words[i + 1]
  const determines = determiners.has(lower) && firstNounClass(noun.lower) !== undefined
  return !modifies && !determines
}

const doseUnitSet: ReadonlySet<string> = new Set(doseUnits)

/** `a daily crossword`, `your nightly bath`; `prayer before bed`, `a walk after dinner`, `a session after
 * every run`: an act or a thing (habitHead) after an adjective of recurrence or before a time of the day's
 * routine or of what recurs is a habit. */
function routineAt(words: Token[], i: number): boolean {
  const lower = words[i].lower
  // (`Regular sessions`, `daily sessions`: a practice's unit of doing after an adjective of recurrence.)
  if (routineAdjectives.has(lower)) return habitHead(words[i + 1]) || practiceHeads.has(words[i + 1]?.lower ?? '')
  // (`A quick stroll up the aisle every hour`: an act and, later in its phrase, what recurs.)
  if (recurringDeterminers.has(lower) && durationUnitSet.has(words[i + 1]?.lower ?? ''))
    return words.slice(0, i).some((w) => habitHead(w) || practiceGerund(w))
  if (!routinePrepositions.has(lower) || i === 0 || !(habitHead(words[i - 1]) || practiceGerund(words[i - 1])))
    return false
  // (`a foam roller session after every long run`: whatever recurs.)
  if (recurringDeterminers.has(words[i + 1]?.lower ?? '') && words.length > i + 2) return true
  const time = determiners.has(words[i + 1]?.lower ?? '') ? words[i + 2] : words[i + 1]
  return time !== undefined && routineTimes.has(time.lower)
}

/** Determiners of what recurs (`after every run`, `before each meal`). */
const recurringDeterminers: ReadonlySet<string> = new Set(['every', 'each'])

/** Is the word the gerund of a verb (`digging`, `walking`), no bodily noun (`bleeding`)? */
function practiceGerund(word: Token | undefined): boolean {
  // (`carb-loading`, `foam-rolling`: the gerund is the last part of a hyphenated word.)
  const last = word?.lower.slice(word.lower.lastIndexOf('-') + 1) ?? ''
  if (!/^[a-z]{3,}ing$/.test(last) || notGerunds.has(last)) return false
  return !isBodilyNoun(last) && verbLemmaOf(last) !== undefined
}

/** Determiners before a product's name in running text (`the Glide`, `our ClearLine range`). */
const nameDeterminers: ReadonlySet<string> = new Set(['the', 'this', ...possessiveDeterminers])

/** How many capitalised words a product's name after a determiner may have (`the Mindful Minutes app`). */
const NAME_AFTER_DETERMINER_WORDS = 3

/**
 * `the Glide`, `our ClearLine range`, `The Mindful Minutes app`: one to three capitalised words after a
 * determiner, then a common noun or the phrase's end: a product's name in running text, whatever the
 * words mean alone. Not a name whose head (the common noun after it, or its last word) is a person, a
 * group, a place, a time or a state of the body (notProductClasses: `the Royal Free clinic`, `the
 * Government`, `the Monday`).
 */
function namedAfterDeterminer(words: Token[], i: number): boolean {
  if (i === 0 || !nameDeterminers.has(words[i - 1].lower) || !capitalisedName(words[i])) return false
  if (i >= 2 && capitalisedName(words[i - 2])) return false
  let j = i
  while (j + 1 < words.length && j + 1 < i + NAME_AFTER_DETERMINER_WORDS && capitalisedName(words[j + 1])) j++
  const after = words[j + 1]
  if (after !== undefined && capitalisedName(after)) return false
  const head = after !== undefined && /^[a-z]+$/.test(after.value) ? after.lower : words[j].lower
  const kind = firstNounClass(head) ?? firstNounClass(head.replace(/s$/, ''))
  return kind === undefined || !notProductClasses.has(kind)
}

/** A capitalised word (`Glide`) or one with a capital inside (`ClearLine`), no function word. */
function capitalisedName(word: Token): boolean {
  return /^[A-Z][a-z]+(?:[A-Z][a-z]+)*\+?$/.test(word.value) && !functionWords.has(word.lower)
}

/** Classes of WordNet (first noun sense) of what a reader does or uses as a habit: acts (`prayer`),
 * made things (`bath`), foods, and what is read or written (`crossword`, `journal`). */
const habitClasses: ReadonlySet<string> = new Set(['noun.act', 'noun.artifact', 'noun.food', 'noun.communication'])

/** Is the word the name of an act or a thing done as a habit (habitClasses), not a state of the body? */
function habitHead(word: Token | undefined): boolean {
  if (word === undefined || isBodilyNoun(word.lower)) return false
  const kind = firstNounClass(word.lower) ?? firstNounClass(word.lower.replace(/s$/, ''))
  return kind !== undefined && habitClasses.has(kind)
}

/** Does the word count what follows (`a`, `one`, `two`, `2`)? */
function countOpeners(lower: string): boolean {
  return lower === 'a' || lower === 'an' || Object.hasOwn(numberWords, lower) || /^[0-9]{1,3}$/.test(lower)
}

/** Is the word a unit of a dose (doseUnits: `capsules`, `glasses`, `teaspoon`), or a containerful
 * (WordNet's noun.quantity in `-ful`: `spoonful`, `handfuls`)? */
function servingUnit(lower: string): boolean {
  if (doseUnitSet.has(lower)) return true
  return /[a-z]{3}fuls?$/.test(lower) && firstNounClass(lower) === 'noun.quantity'
}

/** Is the word at `i` a part of the body (its first noun sense: `shoulder`, `breast`) owned by a
 * possessive before it in the phrase (`my shoulders`)? */
function ownedBodyPart(words: Token[], i: number): boolean {
  if (!words.slice(0, i).some((w) => possessiveDeterminers.has(w.lower))) return false
  return bodyPart(words[i].lower)
}

/** Is the word a part of the body (WordNet's first noun sense, of it or of it less an `s`, is noun.body)? */
function bodyPart(lower: string): boolean {
  return firstNounClass(lower) === 'noun.body' || firstNounClass(lower.replace(/s$/, '')) === 'noun.body'
}

/** Is the verb's first WordNet sense a change (verb.change: `thicken`, `harden`, `shrink`)? */
function changeVerb(lemma: string): boolean {
  return firstVerbClass(lemma) === 'verb.change'
}

/** The WordNet class of a verb's most frequent sense (`verb.change`, `verb.body`...), if any. */
function firstVerbClass(lemma: string): string | undefined {
  return wordClasses.get(lemma)?.find((c) => c.startsWith('verb.'))
}

/** How many words a practice named by a gerund may have (`cold water swimming`). */
const GERUND_PRACTICE_WORDS = 3

/** `Flossing`, `foam rolling`, `dry brushing`, `oil pulling`: a practice named by a verb's gerund,
 * alone or after the words that modify it (the agent of an effect on the body, agentOf), with no determiner
 * (`your breathing` is the reader's, not a practice) and no bodily process (`blood clotting`). */
function modifiedGerund(words: Token[]): boolean {
  if (words.length < 1 || words.length > GERUND_PRACTICE_WORDS) return false
  const head = words[words.length - 1].lower
  if (!/^[a-z]{3,}ing$/.test(head) || notGerunds.has(head) || isBodilyNoun(head)) return false
  if (verbLemmaOf(head) === undefined) return false
  return words
    .slice(0, -1)
    .every(
      (w) =>
        /^[a-z-]+$/.test(w.lower) &&
        !functionWords.has(w.lower) &&
        !determiners.has(w.lower) &&
        !possessiveDeterminers.has(w.lower)
    )
}

/** How many words after a predicate's copula its bodily complement may stand (`is one of the
 * best things you can do for your mental health`). */
const PREDICATE_BODY_WORDS = 12

/** Does the effect act on the body: a verb's bodily object (healthObject) or, for a phrase, the
 * object after its last word (`put an end to my back pain`); for a predicate a bodily noun before
 * the clause ends? */
function actsOnBody(tokens: Token[], effect: {from: number; to?: number; form: Effect['form']}): boolean {
  if (effect.form !== 'predicate') {
    const phraseObject = effect.to !== undefined && effect.to > effect.from + 1 && healthObject(tokens, effect.to - 1)
    // (`A walk lowers cortisol`: the body's own substance, a biomarker, as the object.)
    const substance = isBodySubstance(tokens[nextSolidIndex(tokens, effect.to ?? effect.from + 1)]?.lower ?? '')
    // (`A slow walk flushes the lactic acid from your legs`: a thing carried into or out of the body.)
    const carried = effect.form === 'finite' && transfersIntoBody(tokens, effect.from, 0)
    return healthObject(tokens, effect.from) || phraseObject || substance || carried || movesPerson(tokens, effect.from)
  }
  let words = 0
  for (let k = effect.from + 1; k < tokens.length && words < PREDICATE_BODY_WORDS; k++) {
    const token = tokens[k]
    if (token.kind === 'punctuation' && token.value !== '-') return false
    if (token.kind !== 'word') continue
    words++
    // (`is the cheapest antidepressant there is`: a remedy by kind acts on the body.)
    if (isBodilyNoun(token.lower) || isRemedyNoun(token.lower)) return true
  }
  return false
}

/** Is the -s word at `i` a noun (WordNet's first noun class for its singular) followed by the base
 * form of a verb that acts on a thing, itself followed by an object of health (`Fennel seeds
 * settle bloating`)? */
function pluralNounBeforeVerb(tokens: Token[], i: number): boolean {
  if (firstNounClass(tokens[i].lower) === undefined) return false
  const next = nextSolidIndex(tokens, i + 1)
  const word = tokens[next]
  // (`Cardio torches belly fat`: a bodily noun after the -s word is its object, not a verb.)
  if (word?.kind !== 'word' || objectParticles.has(word.lower) || isBodilyNoun(word.lower)) return false
  const entry = actingVerbEntry(word.lower)
  return entry?.form === 'base' && entry.lemma === word.lower && healthObject(tokens, next)
}

/** `rehydrate you`, `energise them`: a verb of change or of the body (first sense), or a verb
 * redone (`rehydrate`), with a person pronoun as its object. */
function personChanged(tokens: Token[], i: number, lemma: string): boolean {
  const sense = firstVerbClass(lemma)
  // (`changes you` is said of a life, changesOwn's matter.)
  if (changingVerbs.includes(lemma)) return false
  if (sense !== 'verb.change' && sense !== 'verb.body' && !redoneVerb(lemma)) return false
  // (A person, the reader or the writer, not `them`, which stands for things as often as for people.)
  const object = tokens[nextSolidIndex(tokens, i + 1)]?.lower ?? ''
  return personObjectPronouns.has(object) && object !== 'them'
}

const readerFutures: ReadonlySet<string> = new Set(["you'll"])

/** How many words a person object of a verb of emotion may have (`calm anxious children`). */
const PERSON_OBJECT_WORDS = 3

/** `Weighted blankets calm anxious children`: a verb whose first WordNet sense is one of emotion,
 * with a person (WordNet's noun.person) as its object, acts on a mind. */
function movesPerson(tokens: Token[], i: number): boolean {
  const lemma = verbLemmaOf(tokens[i].lower)
  if (!lemma || firstVerbClass(lemma) !== 'verb.emotion') return false
  return objectWordsAfter(tokens, i, PERSON_OBJECT_WORDS).some((w) => firstNounClass(w.lower) === 'noun.person')
}

/** Up to `limit` words after the verb at `i`, to the first that ends an object (objectEnders)
 * or the first token that is no word. */
function objectWordsAfter(tokens: Token[], i: number, limit: number): Token[] {
  const out: Token[] = []
  for (
    let k = nextSolidIndex(tokens, i + 1);
    k < tokens.length && out.length < limit;
    k = nextSolidIndex(tokens, k + 1)
  ) {
    if (tokens[k].kind !== 'word' || objectEnders.has(tokens[k].lower)) break
    out.push(tokens[k])
  }
  return out
}

/** `a daily walk`, `your morning run`, `a brisk swim`: a phrase whose head is an act (WordNet's
 * first noun sense) of a verb of motion (its first verb sense). */
function movementAct(words: Token[]): boolean {
  const head = words[words.length - 1]?.lower
  if (head === undefined || words.length > GERUND_PRACTICE_WORDS + 1) return false
  const noun = wordClasses.get(head) ? head : head.replace(/s$/, '')
  const classes = wordClasses.get(noun)
  // (`movements`, `adjustments`: a noun made from its verb by -ment has the verb's class.)
  const verb = classes?.find((c) => c.startsWith('verb.')) ?? firstVerbClass(noun.replace(/ment$/, ''))
  return classes?.find((c) => c.startsWith('noun.')) === 'noun.act' && bodilyTouchActs.has(verb ?? '')
}

/** How many words a product's part may have (`the breathable cotton weave`). */
const PRODUCT_PART_WORDS = 5

/** `The suction lifts tight fascia`, `the breathable cotton weave wicks`: on a page whose title names a product, a
 * part or feature of it (a made thing, a quality, a phenomenon or an act, WordNet's first noun sense) opened by
 * `the`, `its` or `our`. */
function productPart(words: Token[], context: AgentContext): boolean {
  if (context.product === undefined || words.length < 2 || words.length > PRODUCT_PART_WORDS) return false
  if (!partDeterminers.has(words[0].lower)) return false
  const head = words[words.length - 1].lower
  return !isBodilyNoun(head) && productPartClasses.has(firstNounClass(head) ?? firstNounClass(singular(head)) ?? '')
}

/** WordNet's classes of a verb whose noun is an act done with or to the body: moving (`walk`), the body's own
 * (`shave`, `snooze`) and touch (`stroke`, `hug`): such an act is a practice (movementAct). */
const bodilyTouchActs: ReadonlySet<string> = new Set(['verb.motion', 'verb.body', 'verb.contact'])

/** `The two-step system tightens skin`, `Weighted blankets ease anxiety`: a phrase whose head is a
 * made thing (WordNet's first noun sense is an artifact), a device or product, as the agent of
 * an effect on the body. */
function deviceHead(words: Token[]): boolean {
  const head = words[words.length - 1]?.lower
  if (head === undefined || words.length > GERUND_PRACTICE_WORDS + 1) return false
  // (`your immune system`, `the digestive system`: a compound WordNet names as a part of the body.)
  const before = words[words.length - 2]?.lower
  if (before !== undefined && isBodilyNoun(`${before}_${head}`)) return false
  return firstNounClass(head) === 'noun.artifact'
}

/** WordNet's classes of a thing a word names first as a noun (`lavender`, `salt`, `honey`): before a head it
 * names a material, even where it is also an adjective (`lavender mist`). */
const materialClasses: ReadonlySet<string> = new Set(['noun.plant', 'noun.food', 'noun.substance', 'noun.artifact'])

/** WordNet's classes of a head that an adjective before it describes, not names: weather, times, places. */
const describedClasses: ReadonlySet<string> = new Set(['noun.phenomenon', 'noun.time', 'noun.location'])

/** Is the word a head of weather, time or place (describedClasses) that names no intervention? */
function describedHead(lower: string): boolean {
  const kind = firstNounClass(lower) ?? firstNounClass(lower.replace(/s$/, ''))
  return kind !== undefined && describedClasses.has(kind) && !isInterventionWord(lower)
}

/** Does a run of tokens name an intervention (a word of any agent class)? For the sentence
 * after it (`it`, `this`) and for a label (`**Beetflow:** ...`). */
export function namesIntervention(tokens: Token[], extra: Set<string> | undefined): boolean {
  return tokens.some((t) => t.kind === 'word' && isInterventionPhrase([t], {extra}))
}

/** Is a word an intervention cue? */
export function isInterventionWord(lower: string, extra?: Set<string>): boolean {
  const cache = interventionWordCache.for(extra)
  const known = cache.lookup(lower)
  if (known !== unknownWord) return known
  return cache.keep(lower, isInterventionWordUncached(lower, extra))
}

/** `isInterventionWord` without its cache. */
function isInterventionWordUncached(lower: string, extra?: Set<string>): boolean {
  const forms = stems(lower)
  if (forms.some((form) => notInterventionSet.has(form))) return false
  // (`colds`: the plural of a listed mass noun of exposure, `cold`, whose first WordNet sense is a state of the
  // body, an illness, counts that state, not the exposure.)
  const one = lower.endsWith('s') && !interventionSet.has(lower) ? lower.slice(0, -1) : ''
  if (one !== '' && interventionSet.has(one) && firstNounClass(one) === 'noun.state') return false
  if (forms.some((form) => interventionSet.has(form) || (extra !== undefined && extra.has(form)))) return true
  // (`oestrogen`, `haemorrhoid cream`: the British spelling of a listed word, which WordNet's classes hold as its
  // synonym but the curated list does not.)
  if (/ae|oe/.test(lower) && forms.some((form) => interventionSet.has(form.replace(/ae|oe/g, 'e')))) return true
  const base = forms[1]
  // `gummy`, `capsule`: the singular of a listed plural (`gummies`, `capsules`).
  const plural = /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`
  if (base === lower && interventionSet.has(plural)) return true
  if (base.length > 5 && interventionSuffixes.some((suffix) => base.endsWith(suffix))) return true
  // Hyphenated compounds: `l-theanine`, `glycinate-bound`, `probiotic-rich`.
  if (base.includes('-'))
    return base
      .split('-')
      .some((part) => part.length > 2 && (interventionSet.has(part) || (extra !== undefined && extra.has(part))))
  return false
}

export interface AgentContext {
  /** Does the sentence before (or the list's lead-in) name an intervention? */
  previousIntervention: boolean
  /** The document's topic, if any. */
  topic: string | undefined
  /** The sentence's label (`Caffeine and alcohol:`), if any, and whether it names an intervention. */
  labelIntervention: boolean
  labelText: string
  /** Extra intervention words from options. */
  extra: Set<string> | undefined
  /** Whether the sentence is (the start of) a list item, where fragments are at home. */
  listItem?: boolean | undefined
  /** The product the page's title names (`# SoleCalm Foot Soak`), if any. */
  product?: string | undefined
}

interface AgentResult {
  text: string
  intervention: boolean
  /** Token index where the effect's clause starts (its subject), for the scope of modals. */
  clauseFrom?: number | undefined
  /** The earlier effect this one shares its subject with (`X improves Y and reduces Z`). */
  inherited?: Effect | undefined
  /** The causative verb whose object the agent is (`makes it ideal for`): the effect runs
   * from it, so a fix hedges that verb (`may make it ideal for`). */
  causative?: number | undefined
  /** The agent is what the effect is compared with after `nothing` (`Nothing relieves cramps like
   * X`): that `nothing` praises X, it denies nothing. */
  compared?: boolean | undefined
}

/** The segment that holds the token at `at`, or undefined: segments are in order and apart, so a binary
 * search (a sentence of thousands of clauses stays linear). */
function segmentAt(segments: Segment[], at: number): Segment | undefined {
  let low = 0
  let high = segments.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    if (segments[mid].to <= at) low = mid + 1
    else if (segments[mid].from > at) high = mid - 1
    else return segments[mid]
  }
  return undefined
}

/** The items of `items` (in order of `from`) that start in `[span.from, span.to)`, found by binary search. */
function within<T extends {from: number}>(items: readonly T[], span: {from: number; to: number}): T[] {
  let low = 0
  let high = items.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (items[mid].from < span.from) low = mid + 1
    else high = mid
  }
  let end = low
  while (end < items.length && items[end].from < span.to) end++
  return items.slice(low, end)
}

/** The index of the first item of `items` (in order of `from`) at or after `from`, from `low` on. */
function firstFrom<T extends {from: number}>(items: readonly T[], from: number, low = 0): number {
  let high = items.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (items[mid].from < from) low = mid + 1
    else high = mid
  }
  return low
}

/** The last item of `items` (in order of `from`) that starts in `[span.from, span.to)`, by binary search:
 * `within(items, span).at(-1)` without copying the items before it (an effect's earlier effects in a sentence
 * of thousands of clauses). */
function lastWithin<T extends {from: number}>(items: readonly T[], span: {from: number; to: number}): T | undefined {
  const low = firstFrom(items, span.from)
  const end = firstFrom(items, span.to, low)
  return end > low ? items[end - 1] : undefined
}

/** Find the effects of a sentence. `start` is the token index where analysis begins (after
 * a label). */
export function findEffects(
  tokens: Token[],
  start: number,
  lexicons: ClaimLexicons,
  hedges: LexiconMatch[],
  negations: LexiconMatch[],
  context: AgentContext
): Effect[] {
  // `**Gout:** Lowers uric acid`: the label's closing markup belongs to the label.
  if (start > 0) start = afterMarkup(tokens, start)
  const {segments, inParens} = segmentsOf(tokens, start)
  // (In order of position, as `within` reads them.)
  const ordered = hedges.every((h, k) => k === 0 || hedges[k - 1].from <= h.from)
  hedges = ordered ? hedges : [...hedges].sort((a, b) => a.from - b.from)
  const effects: Effect[] = []
  // (Read at the first effect found: most sentences have none.)
  let disputed: {verb: number; but: number} | undefined | null = null
  // (Read once: in a sentence with no question mark, no quotation asks.)
  const asks = tokens.some((t) => t.value === '?')
  for (const candidate of effectCandidates(tokens, start, lexicons, context, inParens)) {
    const segment = segmentAt(segments, candidate.from)
    if (!segment) continue
    const found = agentOf(tokens, candidate, segment, effects, context, start, lexicons)
    // A construction names its intervention itself (`benefit from X`); the clause stays the
    // one the walk back found, for the scope of its modals.
    const agent: AgentResult = candidate.agent
      ? {text: candidate.agent, intervention: true, clauseFrom: found.clauseFrom ?? segment.from}
      : (frontedFor(tokens, candidate, found, start, context) ?? found)
    // `how magnesium works` asks a question; it states no effect.
    if (questionableVerbs.has(candidate.phrase) && embeddedQuestion(tokens, candidate.from, segment.from)) continue
    // `If magnesium calms you, take it at night`: a condition states no effect.
    if (segment.subordinate && conditionalSubordinators.has(tokens[nextSolidIndex(tokens, segment.from)]?.lower ?? ''))
      continue
    // `"Will yoga fix my back?" asked Ann`: a quoted question asks, even when the sentence goes on.
    if (asks && inQuotedQuestion(tokens, candidate.from)) continue
    // A modal inside the effect's own words belongs to a relative clause in it (`the best thing
    // you can do for`), not to the effect.
    const governing = governingHedges(tokens, candidate, agent, segment, hedges, inParens, lexicons).filter(
      (h) => !(h.category === 'modal' && h.from > candidate.from && h.to < candidate.to)
    )
    // A negation governs an effect up to five words after it ("does not clog", "do not
    // expect strong cognitive or health benefits"); "no evidence that", "little evidence
    // that" govern the rest of their clause.
    const negated = negations.some(
      (n) =>
        !(agent.compared && comparableNegationSet.has(n.phrase)) &&
        n.from >= segment.from &&
        n.to <= candidate.from &&
        !inParens[n.from] &&
        (clauseNegationSet.has(n.phrase) ||
          deniesEvidence(tokens, n) ||
          (wordsBetweenCounted(tokens, n.to, candidate.from) <= NEGATION_WORDS &&
            !coordinatedClauseBetween(tokens, n.to, candidate.from) &&
            !asideClosedBetween(tokens, n.to, candidate.from, start)))
    )
    // `which makes it ideal for`: the effect runs from the causative verb, finite or not.
    const causative = agent.causative !== undefined && agent.causative >= 0 ? agent.causative : undefined
    const from = causative ?? extendCopula(tokens, candidate.from, candidate.form, segment.from)
    const form =
      causative === undefined ? candidate.form : /ing$/.test(tokens[causative].lower) ? 'participle' : 'finite'
    // `The makers say X improves elasticity, but they have shared no data`: a report the writer
    // disputes distances the effect as a hedge does.
    if (disputed === null) disputed = disputedSpan(tokens, negations)
    const report = disputedReport(tokens, disputed, candidate)
    effects.push({
      from,
      to: candidate.to,
      start: tokens[from].start,
      end: tokens[candidate.to - 1].end,
      text: '',
      phrase: candidate.phrase,
      form,
      agent: agent.text,
      intervention: agent.intervention,
      hedges: report ? [...governing, report] : governing,
      negated
    })
  }
  return effects
}

/**
 * `The makers say X improves elasticity, but none of us has seen the data`: a verb of asserting
 * (assertingVerbForms) whose subject is not the writer (`I`, `we`), and a later `, but` with a
 * negation after it: the writer reports a claim and disputes it. Read once per sentence: the first
 * such verb and the last such `, but` (an effect between them is distanced), or undefined.
 */
function disputedSpan(tokens: Token[], negations: LexiconMatch[]): {verb: number; but: number} | undefined {
  let verb = -1
  let but = -1
  for (let k = 0; k < tokens.length; k++) {
    const lower = tokens[k].lower
    // (`You'll read online that X cures`: what one reads or hears is someone's word too.)
    const hearsay = hearsayVerbs.has(lower) && readThat(tokens, k)
    if (
      verb < 0 &&
      (assertingVerbForms.has(lower) || hearsay) &&
      !writerPronouns.has(tokens[previousSolidIndex(tokens, k - 1)]?.lower ?? '')
    )
      verb = k
    else if (verb >= 0 && tokens[k].value === ',' && tokens[nextSolidIndex(tokens, k + 1)]?.lower === 'but') but = k
  }
  return verb >= 0 && but >= 0 && negations.some((n) => n.from > but) ? {verb, but} : undefined
}

/** Is `that` the next word after the verb at `k`, or the one after a word of place (`read online that`)? */
function readThat(tokens: Token[], k: number): boolean {
  const next = nextSolidIndex(tokens, k + 1)
  if (thatWords.has(tokens[next]?.lower ?? '')) return true
  return hearsayPlaces.has(tokens[next]?.lower ?? '') && tokenAfterIs(tokens, next, thatWords)
}

/** How many words a reporter may have before its verb of asserting (`Some of our readers`). */
const REPORTER_WORDS = 6

/**
 * Reports the writer distances by their reporter, as hedges of distancing on the verb: what an
 * indefinite part of lay people says (`Some people say`, `A few readers told us`), what the seller
 * says of its product (`The company says`, `Verdalux says`, `its makers insist`), and what the
 * writer has only read or heard (`I keep reading that`). Not a vague authority (`experts say`:
 * the vague attributions, `vague`), not the seller's own customers (`our customers tell us`).
 */
export function distancedReports(tokens: Token[], vague: LexiconMatch[]): LexiconMatch[] {
  const found: LexiconMatch[] = []
  // (`According to the box,`: what a product is sold in or with says, at the sentence's start too.)
  for (let k = 0; k < tokens.length; k++) {
    const lower = tokens[k].lower
    if (lower === 'according' && printedOn(tokens, k, true)) {
      const token = tokens[k]
      found.push({from: k, to: k + 1, start: token.start, end: token.end, phrase: lower, category: 'distancing'})
      continue
    }
    if (k === 0) continue
    const told = (lower === 'told' || lower === 'tell') && tokenAfterIs(tokens, k, reportedTo)
    const hearsay = hearsayVerbs.has(lower) && tokenAfterIs(tokens, k, thatWords) && writerBefore(tokens, k)
    // (`Regulars swear by it`: to swear by a thing is to praise it, no report of what it does.)
    const asserting = assertingVerbForms.has(lower) && tokens[nextSolidIndex(tokens, k + 1)]?.lower !== 'by'
    // (`Some people find that ginger gives them heartburn`: what a part of people finds, a partial report.)
    const partFinds = findingVerbForms.has(lower) && partOfPeopleBefore(tokens, k, vague)
    // (`I used to tell everyone that fasting cures diabetes`: what someone said once and says no longer.)
    // (`It says on the tin that`: the words are printed on what the product is sold in.)
    const given = (asserting || lower === 'tell') && (usedToBefore(tokens, k) || printedOn(tokens, k))
    if (!hearsay && !partFinds && !given && !((asserting || told) && distancedReporter(tokens, k, vague))) continue
    const token = tokens[k]
    found.push({from: k, to: k + 1, start: token.start, end: token.end, phrase: lower, category: 'distancing'})
  }
  return found
}

/** How many words may stand between `in` and the animal it names (`in lab rats`, `in obese mice`). */
const LIMIT_WORDS = 2

/**
 * Explicit limits to animals, hedges as `in mice` is (`In rodents, creatine protects brain cells`, `... lowers blood
 * pressure in dogs.`): `in`, then within LIMIT_WORDS words a plural noun whose first sense WordNet files under
 * noun.animal, the phrase opening its clause or closing the sentence (not `Zinc in oysters boosts immunity`, where
 * it says where the agent is found).
 */
export function animalLimits(tokens: Token[]): LexiconMatch[] {
  return limitsAfterIn(tokens, (k) => {
    let j = nextSolidIndex(tokens, k + 1)
    for (let words = 0; words < LIMIT_WORDS && tokens[j]?.kind === 'word' && !animalPlural(tokens[j].lower); words++)
      j = nextSolidIndex(tokens, j + 1)
    return tokens[j]?.kind === 'word' && animalPlural(tokens[j].lower) ? j : -1
  })
}

/** How many words may stand between `in` and the noun of a study it limits (`in cell and animal studies`). */
const STUDY_LIMIT_WORDS = 4

/**
 * Studies whose population is not people, as limits (`In cell and animal studies, these compounds dampen
 * inflammation`): `in`, then within STUDY_LIMIT_WORDS words a noun of a study (`studies`, `models`, `experiments`)
 * after a word that names animals (WordNet's noun.animal, not the hominid tree) or cells studied outside a body, and
 * no word of people (`in human and animal studies` is no limit); the phrase opening its clause or closing the
 * sentence, as `animalLimits`'s.
 */
export function studyLimits(tokens: Token[]): LexiconMatch[] {
  return limitsAfterIn(tokens, (k) => {
    let j = nextSolidIndex(tokens, k + 1)
    let population = false
    let people = false
    for (let words = 0; words < STUDY_LIMIT_WORDS && tokens[j]?.kind === 'word'; words++) {
      const lower = tokens[j].lower
      if (speciesStudyNouns.has(lower)) break
      if (nonHumanPopulation(lower)) population = true
      else if (hominidNouns.has(singular(lower)) || firstNounClass(singular(lower)) === 'noun.person') people = true
      j = nextSolidIndex(tokens, j + 1)
    }
    return population && !people && speciesStudyNouns.has(tokens[j]?.lower ?? '') ? j : -1
  })
}

/** The limits that open with `in` at `k` and end at the token `end(k)` returns (-1: none there), where the phrase
 * opens its clause or closes the sentence. */
function limitsAfterIn(tokens: Token[], end: (k: number) => number): LexiconMatch[] {
  const found: LexiconMatch[] = []
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].lower !== 'in') continue
    const j = end(k)
    if (j < 0) continue
    const before = tokens[previousSolidIndex(tokens, k - 1)]
    const after = tokens[nextSolidIndex(tokens, j + 1)]
    const opens = before === undefined || before.kind === 'punctuation'
    const closes = after === undefined || sentenceClosers.has(after.value)
    if (opens || closes)
      found.push({
        from: k,
        to: j + 1,
        start: tokens[k].start,
        end: tokens[j].end,
        phrase: 'in animals',
        category: 'limit'
      })
  }
  return found
}

/** Does the word name animals or cells studied outside a body (`animal`, `rodent`, `cell`, `test-tube`)? */
function nonHumanPopulation(lower: string): boolean {
  const one = singular(lower)
  if (cellStudyWords.has(lower) || cellStudyWords.has(one)) return true
  return firstNounClass(one) === 'noun.animal' && !hominidNouns.has(one) && !bodyPartNouns.has(one)
}

/** Punctuation that closes a sentence or a clause at its end (`... in dogs.`, `... in rats;`, `(in pigs)`). */
const sentenceClosers: ReadonlySet<string> = new Set(['.', '!', '?', ';', ')'])

/** Is the word a plural noun whose first sense is an animal (`rodents`, `pigs`, `mice`), not of the human kind
 * (`humans`)? */
function animalPlural(lower: string): boolean {
  const one = singular(lower)
  // (`in strained calves`: a part of the body too; `in ageing mice`: a mouse is a black eye only far down.)
  return one !== lower && firstNounClass(lower) === 'noun.animal' && !hominidNouns.has(one) && !bodyPartNouns.has(one)
}

/** Is the word after `k` one of `words`? */
function tokenAfterIs(tokens: Token[], k: number, words: ReadonlySet<string>): boolean {
  return words.has(tokens[nextSolidIndex(tokens, k + 1)]?.lower ?? '')
}

/** Does the writer (`I`, `I've`, `I keep`) stand within two words before `k`? */
function writerBefore(tokens: Token[], k: number): boolean {
  return wordsBack(tokens, k - 1, 0, 2).some((w) => writerPronouns.has(w.lower.split(/['’]/)[0]))
}

/** `The brand's website`, `the company's leaflet`, `Verdalux's label`: a thing of the seller's, named by the seller's
 * possessive (after `the`: a trade name's noun or a body of people; alone: a product's name). */
function sellersThing(reporter: Token[]): boolean {
  const owner =
    reporter.length === 3 && reporter[0].lower === 'the' ? reporter[1] : reporter.length === 2 ? reporter[0] : undefined
  if (owner === undefined || !/['’]s$/.test(owner.lower)) return false
  const bare = owner.lower.slice(0, -2)
  if (reporter.length === 2) return isProductName(owner.value.slice(0, -2))
  return tradeNameNouns.has(bare) || firstNounClass(bare) === 'noun.group'
}

/** Does `on` or `in` (or `to`, with `to` set) and a determiner of `mediaDeterminers` and a noun of sellerMediaNouns
 * follow the word at `k` (`says on the box`, `claims in its advert`, `according to the label`)? */
function printedOn(tokens: Token[], k: number, to = false): boolean {
  const on = nextSolidIndex(tokens, k + 1)
  if (to ? tokens[on]?.lower !== 'to' : tokens[on]?.lower !== 'on' && tokens[on]?.lower !== 'in') return false
  const determiner = nextSolidIndex(tokens, on + 1)
  if (!mediaDeterminers.has(tokens[determiner]?.lower ?? '')) return false
  return sellerMediaNouns.has(singular(tokens[nextSolidIndex(tokens, determiner + 1)]?.lower ?? ''))
}

/** Does `used to` stand right before the verb at `k` (a habit of the past, given up)? */
function usedToBefore(tokens: Token[], k: number): boolean {
  const to = previousSolidIndex(tokens, k - 1)
  return tokens[to]?.lower === 'to' && tokens[previousSolidIndex(tokens, to - 1)]?.lower === 'used'
}

/** Is the reporter before the verb of asserting at `k` an indefinite part of people or the seller? */
function distancedReporter(tokens: Token[], k: number, vague: LexiconMatch[]): boolean {
  if (vague.some((v) => v.from < k && v.to >= k)) return false
  // `Zentrix, a powder sold online, says`, `Fans, however, insist`: the reporter stands before an aside.
  const aside = asideBefore(tokens, k)
  // (`Dave, who runs a roofing firm, says`: someone the writer names, as `my physio` is.)
  if (aside && personPronouns.has(tokens[nextSolidIndex(tokens, aside.open + 1)]?.lower ?? '')) return false
  const opened = reporterWordsBefore(tokens, aside?.open ?? k)
  // (`One brand on my shelf says`: the reporter ends before a phrase that places it, not before `of`.)
  const placed = opened.findIndex((w, i) => i > 0 && w.lower !== 'of' && postmodifierPrepositions.has(w.lower))
  const reporter = placed > 0 ? opened.slice(0, placed) : opened
  // `The box says`, `its label claims`: what a product is sold in or with says the seller's word (not `our label`:
  // the seller's own voice).
  // (`The SlimLeaf box says`, `The Velvet Dew tub claims`: the product's name may stand between.)
  if (
    reporter.length >= 2 &&
    mediaDeterminers.has(reporter[0].lower) &&
    sellerMediaNouns.has(singular(reporter[reporter.length - 1].lower)) &&
    reporter.slice(1, -1).every((w) => capitalisedName(w))
  )
    return true
  // `The brand's website says`, `Verdalux's leaflet claims`: what the seller's own page or paper says.
  if (sellersThing(reporter)) return true
  // (`our customers tell us`: the seller's own voice, a claim; `my physio says`: someone the writer names.)
  if (reporter.length === 0 || reporter.some((w) => possessiveDeterminers.has(w.lower) && w.lower !== 'their'))
    return false
  const head = reporter[reporter.length - 1]
  // `one bestselling capsule, Luna Bloom 1000, promises`: a product named in apposition to its kind.
  if (aside && isInterventionWord(head.lower) && titledAside(tokens, aside)) return true
  const kind = firstNounClass(head.lower)
  const people = kind === 'noun.person' || kind === 'noun.group'
  if (indefiniteReporters.has(reporter[0].lower) && people) return true
  // `The company says`, `The brand insists`: the maker, a body of people named with `the`; `its
  // makers insist`: the product's own people.
  // (`The brand says`: a trade name stands for its maker.)
  if (reporter.length === 2 && reporter[0].lower === 'the' && (kind === 'noun.group' || tradeNameNouns.has(head.lower)))
    return true
  // (`One brand says`, `A brand insists`: a seller, one of many.)
  if (reporter.length === 2 && sellerDeterminers.has(reporter[0].lower) && tradeNameNouns.has(head.lower)) return true
  if (reporter.length === 2 && reporter[0].lower === 'its' && people) return true
  // (`their makers claim`, `their fans insist`: the people of what was named before, not of authority: `their
  // doctors say` is a vague authority's word.)
  const theirs = reporter.length === 2 && reporter[0].lower === 'their'
  if (theirs && (people || layPeople(head.lower)) && !authorityNouns.has(singular(head.lower))) return true
  // (`Participants in the yoga group reported less back pain`: *report* before an outcome that changed tells of what
  // they felt, not of what someone says.)
  const experienced =
    reportingForms.has(tokens[k].lower) && outcomeMarkerSet.has(tokens[nextSolidIndex(tokens, k + 1)]?.lower ?? '')
  const lay = layPeople(head.lower) && !experienced
  return (reporter.length === 1 && (isProductName(head.value) || lay)) || productsPeople(reporter)
}

/** The words of a reporter before `end` (at most REPORTER_WORDS, back to punctuation), after a word that opens a
 * clause (`and`, `that`). */
function reporterWordsBefore(tokens: Token[], end: number): Token[] {
  const words = wordsBack(tokens, end - 1, 0, REPORTER_WORDS)
  const first = words.findIndex((w) => clauseOpeners.has(w.lower))
  return first >= 0 ? words.slice(first + 1) : words
}

/** Is the subject before the verb at `k` an indefinite part of people (`Some people`, `Many women`, `A few of our
 * readers`), no vague authority? */
function partOfPeopleBefore(tokens: Token[], k: number, vague: LexiconMatch[]): boolean {
  if (vague.some((v) => v.from < k && v.to >= k)) return false
  const reporter = reporterWordsBefore(tokens, k)
  const head = reporter[reporter.length - 1]
  if (head === undefined || !indefiniteReporters.has(reporter[0].lower)) return false
  const kind = firstNounClass(head.lower)
  return (kind === 'noun.person' || kind === 'noun.group') && !authorityNouns.has(singular(head.lower))
}

/** How many words an aside between commas before a verb of asserting may have (`, a capsule sold mainly through
 * social media adverts,`). */
const REPORTER_ASIDE_WORDS = 12

/** The commas around an aside that closes just before the verb at `k` (`Zentrix, a powder sold online, says`), or
 * undefined: an opening comma within REPORTER_ASIDE_WORDS words, no other punctuation between, a word before it. */
function asideBefore(tokens: Token[], k: number): {open: number; close: number} | undefined {
  const close = previousSolidIndex(tokens, k - 1)
  if (tokens[close]?.value !== ',') return undefined
  let words = 0
  for (let i = close - 1; i > 0 && words <= REPORTER_ASIDE_WORDS; i--) {
    const token = tokens[i]
    if (token.kind === 'word') words++
    else if (token.value === ',')
      return words > 0 && tokens[previousSolidIndex(tokens, i - 1)]?.kind === 'word' ? {open: i, close} : undefined
    else if (token.kind === 'punctuation' && token.value !== '-' && token.value !== "'") return undefined
  }
  return undefined
}

/** Is the aside a title-cased name of at most three words (`Luna Bloom 1000`)? */
function titledAside(tokens: Token[], aside: {open: number; close: number}): boolean {
  const words = wordsBack(tokens, aside.close - 1, aside.open + 1, 4)
  return words.length > 0 && words.length <= 3 && words.every((w) => /^[A-Z0-9]/.test(w.value))
}

/** A bare plural of lay people (`Parents swear`, `Fans say`): an indefinite group, as `Some fans` is; a person
 * first (not people of authority: `Doctors say`, `Nutritionists insist`, WordNet's experts, professionals and
 * scientists), or one who follows or uses a thing in any sense (`fans`, `devotees`). */
function layPeople(lower: string): boolean {
  const one = singular(lower)
  if (one === lower) return false
  return followerNouns.has(one) || (firstNounClass(lower) === 'noun.person' && !authorityNouns.has(one))
}

/** `The makers of Zentrix`, `The founder of Velora`: people of a product named after `of`, its makers as `its
 * makers` are. */
function productsPeople(reporter: Token[]): boolean {
  const of = reporter.findIndex((w) => w.lower === 'of')
  if (of !== 2 || reporter[0].lower !== 'the' || of + 1 >= reporter.length) return false
  return firstNounClass(reporter[1].lower) === 'noun.person' && isProductName(reporter[of + 1].value)
}

/** The verb of a disputed report (disputedSpan) as a hedge of distancing on an effect between it
 * and the `, but`, or undefined. */
function disputedReport(
  tokens: Token[],
  span: {verb: number; but: number} | undefined,
  candidate: {from: number; to: number}
): LexiconMatch | undefined {
  if (!span || span.verb >= candidate.from || span.but < candidate.to) return undefined
  const token = tokens[span.verb]
  return {
    from: span.verb,
    to: span.verb + 1,
    start: token.start,
    end: token.end,
    phrase: token.lower,
    category: 'distancing'
  }
}

/** The copula at most four words before `index` (`is an easy way`), or -1. */
function copulaBefore(tokens: Token[], index: number, floor: number): number {
  let words = 0
  for (
    let i = previousSolidIndex(tokens, index - 1);
    i >= floor && words < PREDICATE_WORDS;
    i = previousSolidIndex(tokens, i - 1)
  ) {
    if (tokens[i].kind !== 'word') return -1
    if (copulas.has(tokens[i].lower)) return i
    words++
  }
  return -1
}

/** How many words of a noun phrase may stand between a verb of discussing and its noun. */
const DISCUSSED_WORDS = 3

/**
 * Is the noun phrase at `index` the object of a verb of discussing or thinking (`examines the
 * health benefits of`, `explore the benefits`, `learn about the benefits`): a verb whose most
 * frequent sense WordNet files under verb.communication or verb.cognition? Verbs of showing
 * (`show`, `prove`, `confirm`) are not among them: they affirm what follows.
 */
function discussedAt(tokens: Token[], index: number, floor: number): boolean {
  let words = 0
  for (
    let i = previousSolidIndex(tokens, index - 1);
    i >= floor && words <= DISCUSSED_WORDS;
    i = previousSolidIndex(tokens, i - 1)
  ) {
    const token = tokens[i]
    if (token.kind !== 'word') return false
    words++
    if (discussedPhraseWords.has(token.lower)) continue
    if (affirmingVerbs.has(token.lower) || vagueReportingVerbs.has(token.lower)) return false
    const lemma = verbLemmaOf(token.lower)
    const sense = lemma ? firstVerbClass(lemma) : undefined
    return sense === 'verb.communication' || sense === 'verb.cognition'
  }
  return false
}

/** The lemma of an inflected word that WordNet knows as a verb (`examines` → examine), if any. */
function verbLemmaOf(lower: string): string | undefined {
  const known = verbLemmaCache.lookup(lower)
  if (known !== unknownWord) return known
  return verbLemmaCache.keep(lower, verbLemmaUncached(lower))
}

/** `verbLemmaOf` without its cache. */
function verbLemmaUncached(lower: string): string | undefined {
  return lemmaCandidates(lower).find((candidate) => wordClasses.get(candidate)?.some((c) => c.startsWith('verb.')))
}

/** The index after the markup (`**`, `__`, `*`) and white space at `index`. */
function afterMarkup(tokens: Token[], index: number): number {
  let i = index
  while (
    i < tokens.length &&
    (tokens[i].kind === 'whitespace' || (tokens[i].kind !== 'word' && /^[*_]+$/.test(tokens[i].value)))
  )
    i++
  return i < tokens.length ? i : index
}

/** The effect words of a sentence, in order: phrases and predicates first (verbs inside them
 * are not counted twice), then constructions, verbs and nouns of effect. */
function effectCandidates(
  tokens: Token[],
  start: number,
  lexicons: ClaimLexicons,
  context: AgentContext,
  inParens: boolean[]
): Candidate[] {
  const candidates: Candidate[] = []
  const covered = new Array<boolean>(tokens.length).fill(false)
  const isIntervention = (words: Token[]) => isInterventionPhrase(words, context)
  const take = (candidate: Candidate): void => {
    candidates.push(candidate)
    for (let i = candidate.from; i < candidate.to; i++) covered[i] = true
  }
  for (const match of matchAll(lexicons.phrases, tokens)) {
    // A phrase inside a longer one (`health benefits` in `have health benefits`) is part of it.
    if (match.from < start || inParens[match.from] || covered[match.from]) continue
    // `Results in people on dialysis have been mixed`: at the start of a prose sentence without
    // a label, a plural `-s` word is the subject's noun, not a verb of a fragment.
    if (
      !context.listItem &&
      start === 0 &&
      previousSolidIndex(tokens, match.from - 1) < 0 &&
      /[^s]s$/.test(tokens[match.from].lower) &&
      /^[A-Z]/.test(tokens[match.from].value)
    )
      continue
    // `This article examines the health benefits of X`: benefits as the topic of a discussion.
    if (discussedAt(tokens, match.from, start)) continue
    // (`is brought down by our extract`: a phrasal verb's passive, said of the `by` phrase.)
    const passive = phrasalPassive(tokens, match.from, start, orNamedBefore(isIntervention, context))
    take(passive ?? {from: match.from, to: match.to, phrase: match.phrase, form: 'finite'})
  }
  for (const match of matchAll(lexicons.predicates, tokens)) {
    if (match.from < start || inParens[match.from] || covered[match.from]) continue
    // `perfect for travel` praises a product; `perfect for sensitive skin` claims an effect.
    if (suitability.has(match.phrase) && !healthComplement(tokens, match.to)) continue
    // `is the most effective`, `is one of the most powerful`: the superlative is part of it.
    const superlative = superlativeFrom(tokens, match.from, start)
    // `is safe, natural and effective`: the copula before a list of predicates starts the effect.
    const coordinated = coordinatedFrom(tokens, superlative, start)
    const from = coordinated ?? superlative
    if (coordinated === undefined && !predicatePlace(tokens, from, start)) continue
    // `Less effective than X` as a fragment: the words of degree are part of the predicate.
    take({
      from: coordinated === undefined ? modifiersFrom(tokens, from, start) : from,
      to: match.to,
      phrase: match.phrase,
      form: 'predicate'
    })
  }
  for (let i = start; i < tokens.length; i++) {
    if (tokens[i].kind !== 'word' || covered[i] || inParens[i] || insideName(tokens, i, start)) continue
    const candidate =
      constructionAt(tokens, i, start, context, isIntervention) ??
      verbAt(tokens, i, start, lexicons, context) ??
      nounAt(tokens, i, start, lexicons, context)
    if (!candidate) continue
    take(candidate)
    i = candidate.to - 1
  }
  return candidates.sort((a, b) => a.from - b.from)
}

/** An effect verb at `i` in a place where it states an effect (`reduces`, `helps regulate`). */
function verbAt(
  tokens: Token[],
  i: number,
  start: number,
  lexicons: ClaimLexicons,
  context: AgentContext
): Candidate | undefined {
  // `jet lag`: a word that opens a bodily noun of two words (WordNet's `jet_lag`) is no verb.
  if (bodilyCompoundAt(tokens, i)) return undefined
  // `Cold plunges will knock`, `taping your mouth shut can hide`: a word before a modal ends its subject, and
  // is no verb.
  if (modalAfter(tokens, i)) return undefined
  // `for each time zone crossed`, `per mile walked`: a past form after a noun counted one by one modifies it.
  if (tokens[i].lower.endsWith('ed') && distributedNounBefore(tokens, i, start)) return undefined
  const taken = quantityTakenOff(tokens, i, start, context)
  if (taken) return taken
  const entry = lexicons.verbs.get(tokens[i].lower)
  if (!entry) return classVerbAt(tokens, i, start, lexicons, context) ?? bodilyOutcomeAt(tokens, i)
  const form = verbPlace(tokens, i, entry, start, context.labelIntervention, lexicons.verbs)
  if (!form) return undefined
  if (objectVerbs.has(entry.lemma) && !benefitObject(tokens, i) && !qualifiedStateObject(tokens, i)) return undefined
  if (healthObjectVerbSet.has(entry.lemma) && !healthObject(tokens, i)) return undefined
  // `supports up to 150 kg`, `holds two litres`: an object of mass or volume is a load or a capacity, not
  // a change to a body (a verb of change keeps it: `sheds 3 kg`).
  if (loadAfter(tokens, i) && !changeVerb(entry.lemma)) return undefined
  // `Rosemary grows well in dry soil`: an intransitive use changes its subject only.
  // So do verbs whose first sense is a change (`Oats thicken when they soak`, `The gel hardens`).
  if ((ergatives.has(entry.lemma) || changeVerb(entry.lemma)) && form === 'finite' && noObject(tokens, i))
    return undefined
  if (form !== 'finite' && finiteOnly.has(entry.lemma)) return undefined
  // `calcium that builds up in artery walls`: a particle that changes the verb's sense.
  // (`cuts back pain`: a particle that is a part of the body before a bodily noun opens the object.)
  const particle = nextSolidIndex(tokens, i + 1)
  const bodilyPair = isBodilyNoun(tokens[particle]?.lower ?? '') && healthObject(tokens, particle)
  if (particleSenses.get(entry.lemma)?.includes(tokens[particle]?.lower ?? '') && !bodilyPair) return undefined
  // `helps regulate`, `help to lower`: the effect runs to the verb after.
  let to = i + 1
  if (entry.lemma === 'help' || entry.lemma === 'aid') {
    const next = nextSolidIndex(tokens, i + 1)
    const after = tokens[next]?.lower === 'to' ? nextSolidIndex(tokens, next + 1) : next
    if (tokens[after] && tokens[after].kind === 'word' && lexicons.verbs.get(tokens[after].lower)?.form === 'base')
      to = after + 1
    else if (tokens[after] && tokens[after].kind === 'word' && helpedWords.has(tokens[after].lower)) to = after + 1
  }
  // (A progressive's verb group starts at its *be*: `are strengthening` → `may be strengthening`.)
  const from = form === 'finite' && entry.form === 'participle' ? previousSolidIndex(tokens, i - 1) : i
  return {from, to, phrase: entry.lemma, form}
}

/** How many words a noun counted one by one may have before a participle after it (`each time zone`). */
const DISTRIBUTED_WORDS = 3

/** Does a noun phrase opened by `per`, or by `each`, `every` or `any` after a preposition (`for each`; not the
 * subject's `Every walk lowered`), end right before `i`, with no verb in it? */
function distributedNounBefore(tokens: Token[], i: number, start: number): boolean {
  const words = wordsBack(tokens, i - 1, start, DISTRIBUTED_WORDS + 2)
  const opener = words.findIndex(
    (w, k) =>
      w.lower === 'per' || (distributiveDeterminers.has(w.lower) && k > 0 && objectEnders.has(words[k - 1].lower))
  )
  return opener >= 0 && opener < words.length - 1 && words.slice(opener + 1).every((w) => !verbOnly(w.lower))
}

/** Is the next word a modal (`will`, `can`: a verb group's opener other than `to` and *do*)? */
function modalAfter(tokens: Token[], i: number): boolean {
  const next = tokens[nextSolidIndex(tokens, i + 1)]?.lower ?? ''
  return verbGroupOpeners.has(next) && next !== 'to' && !doForms.has(next)
}

/** Is the word before `i` (an adverb between them allowed: `will quickly ease`) the future's `will`? (The
 * other modals hedge, `can ease`, or advise, `should target`.) */
function futureBefore(tokens: Token[], i: number, start: number): boolean {
  const k = wordBeforeAdverb(tokens, i)
  return k >= start && (tokens[k].lower === 'will' || /['’]ll$/.test(tokens[k].lower))
}

/** The word before `i`, past one adverb in -ly (`will quickly ease`, `may finally cool`). */
function wordBeforeAdverb(tokens: Token[], i: number): number {
  const k = previousSolidIndex(tokens, i - 1)
  return k >= 0 && tokens[k].lower.endsWith('ly') ? previousSolidIndex(tokens, k - 1) : k
}

/** Is the word before `i` (an adverb between them allowed: `may finally cool`) a modal that hedges (`may`, `might`,
 * `could`, `can`)? A base form after one is a verb, whose effect the modal hedges: found, it still takes a
 * booster (`This miracle blend may finally cool your hot flashes`). */
function hedgingModalBefore(tokens: Token[], i: number, start: number): boolean {
  const k = wordBeforeAdverb(tokens, i)
  return k >= start && hedgingModals.has(tokens[k].lower)
}

const loadUnits: ReadonlySet<string> = new Set([...massUnits, ...volumeUnits])

/** Does a quantity of mass or volume follow the verb at `i` (`up to 150 kg`, `2 litres`, `150kg`)? */
function loadAfter(tokens: Token[], i: number): boolean {
  let k = nextSolidIndex(tokens, i + 1)
  for (let n = 0; n < 2 && loadBounds.has(tokens[k]?.lower ?? ''); n++) k = nextSolidIndex(tokens, k + 1)
  const number = tokens[k]
  if (number?.kind !== 'word' || !(/^[0-9]/.test(number.value) || numberWords[number.lower] !== undefined)) return false
  const glued = /^[0-9.,]+([a-z]+)$/.exec(number.lower)
  if (glued) return loadUnits.has(glued[1])
  return loadUnits.has(tokens[nextSolidIndex(tokens, k + 1)]?.lower ?? '')
}

/** Is the word at `i` a present verb after the noun `before` (`Lullwave plays`, `tea contains`): a
 * third-person form of a WordNet verb after a word that is no plural, and before no base form of a verb
 * (`Fennel seeds settle`: then the -s word is the noun)? */
function presentVerbAfterNoun(tokens: Token[], i: number, before: Token): boolean {
  const lower = tokens[i].lower
  if (!/[a-z]{2}s$/.test(lower) || /s$/.test(before.lower) || determiners.has(before.lower)) return false
  const lemma = verbLemmaOf(lower)
  if (lemma === undefined || lemma === lower) return false
  const next = tokens[nextSolidIndex(tokens, i + 1)]
  return !(next?.kind === 'word' && actingVerbEntry(next.lower)?.form === 'base')
}

/** `Our Glow Boost drip floods`: is the word at `i` capitalised after a capitalised word that does not open
 * the sentence, so part of a name in title case rather than a verb? (`Ashwagandha Reduces Stress`: after
 * the sentence's first word a capital may be a title's.) */
function insideName(tokens: Token[], i: number, start: number): boolean {
  if (!/^[A-Z][a-z]/.test(tokens[i].value)) return false
  const before = previousSolidIndex(tokens, i - 1)
  if (before < start || tokens[before].kind !== 'word' || !/^[A-Z][a-z]/.test(tokens[before].value)) return false
  return previousSolidIndex(tokens, before - 1) >= start
}

/** Does the token end a subject before the verb: a closing bracket or quotation mark, or a strength's `%`
 * before a third person (`Tretinoin at 0.025% fades`)? */
function subjectCloser(previous: Token, entry: VerbEntry): boolean {
  if (previous.value === '%') return entry.form === 'third'
  return previous.kind === 'punctuation' && (previous.value === ')' || previous.value === '”' || previous.value === '"')
}

/** `hot flushes`: is the word at `p` only an adjective (WordNet has it as no noun or verb), in lower case
 * (`JointFlex Ultra rebuilds`: a capitalised word is part of a name), and not after a determiner (`This
 * gummy calms`: there it is the noun)? An -s word after it is a plural noun, not a verb. */
function adjectiveBefore(tokens: Token[], p: number, start: number): boolean {
  const word = p >= start ? tokens[p] : undefined
  if (word?.kind !== 'word' || word.value !== word.lower || !adjectives.has(word.lower)) return false
  if (wordClasses.get(word.lower) !== undefined) return false
  const before = tokens[previousSolidIndex(tokens, p - 1)]?.lower ?? ''
  // (`Singing together lifts`, `started early reduces`: after a verb's -ing or -ed form the word is its adverb.)
  if (/[a-z]{2}(?:ing|ed)$/.test(before) && verbLemmaOf(before) !== undefined) return false
  return !determiners.has(before) && !possessiveDeterminers.has(before)
}

/** Is the word before `i` a common noun (lower case, a noun and no adjective in WordNet: `coffee`,
 * `breakfast`) that can end a prepositional phrase before a verb at `i`? */
function phraseEndsBefore(tokens: Token[], i: number): boolean {
  const before = tokens[previousSolidIndex(tokens, i - 1)]
  if (!before || before.kind !== 'word' || before.value !== before.lower) return false
  // (`temporal bone specimens`, `in primary care`: an adjective modifies the word after it.)
  return firstNounClass(before.lower) !== undefined && !adjectives.has(before.lower)
}

/** How many words the amount taken off may have (`a good ten points`). */
const AMOUNT_WORDS = 4

/** A verb of taking an amount off (takingOffVerbs), finite, with `off` and a bodily or owned
 * measure after the amount (`knocks points off your blood pressure`), or undefined. */
function quantityTakenOff(tokens: Token[], i: number, start: number, context: AgentContext): Candidate | undefined {
  // (Most words have no `off` among the words after them: the verb's lemma is not looked up.)
  if (!offAfter(tokens, i)) return undefined
  const lemma = verbLemmaOf(tokens[i].lower)
  if (lemma === undefined || !takingOffVerbs.has(lemma)) return undefined
  let k = i
  for (let words = 0; words <= AMOUNT_WORDS; words++) {
    k = nextSolidIndex(tokens, k + 1)
    if (tokens[k]?.kind !== 'word') return undefined
    if (tokens[k].lower !== 'off') continue
    // (`takes off`, `knocked off work`: the particle first, no amount.)
    if (words === 0) return undefined
    // (`takes ten years off you`: a person as the whole of what it is taken off.)
    const after = tokens[nextSolidIndex(tokens, k + 1)]?.lower ?? ''
    const owned = possessiveDeterminers.has(after) || (personObjectPronouns.has(after) && after !== 'them')
    if (!owned && !healthObject(tokens, k)) return undefined
    const entry = verbTable([lemma]).get(tokens[i].lower)
    if (!entry || verbPlace(tokens, i, entry, start, context.labelIntervention, defaultVerbTable) !== 'finite')
      return undefined
    return {from: i, to: i + 1, phrase: lemma, form: 'finite'}
  }
  return undefined
}

/** Is `off` one of the AMOUNT_WORDS + 1 words after `i`, with nothing but words and white space before it (where
 * `quantityTakenOff` looks for it)? */
function offAfter(tokens: Token[], i: number): boolean {
  let k = i
  for (let words = 0; words <= AMOUNT_WORDS; words++) {
    k = nextSolidIndex(tokens, k + 1)
    if (tokens[k]?.kind !== 'word') return false
    if (tokens[k].lower === 'off') return true
  }
  return false
}

/** Does the word at `k` open, with the word after it, a bodily noun that WordNet names as one
 * (`jet lag`, `hot flashes`)? */
function bodilyCompoundAt(tokens: Token[], k: number): boolean {
  const next = tokens[nextSolidIndex(tokens, k + 1)]
  return next?.kind === 'word' && isBodilyCompound(tokens[k].lower, next.lower)
}

/** Is the word before *be* at `be` a noun of thought or telling that no intervention is named by
 * (`aim`, `goal`, `answer`, `secret`: WordNet's noun.cognition, noun.communication, noun.motive)? */
function aimBefore(tokens: Token[], be: number, start: number): boolean {
  const k = previousSolidIndex(tokens, be - 1)
  if (k < start || tokens[k].kind !== 'word' || isInterventionWord(tokens[k].lower)) return false
  const sense = firstNounClass(tokens[k].lower)
  return sense === 'noun.cognition' || sense === 'noun.communication' || sense === 'noun.motive'
}

const wordnetVerbEntries = new Map<string, VerbEntry | undefined>()

/** The inflection of a WordNet verb of change, body or emotion (`shrinks` → shrink, third). */
export function classVerbEntry(lower: string): VerbEntry | undefined {
  if (wordnetVerbEntries.has(lower)) return wordnetVerbEntries.get(lower)
  const lemma = effectVerbLemma(lower)
  const entry = lemma ? verbTable([lemma]).get(lower) : undefined
  if (wordnetVerbEntries.size < 50_000) wordnetVerbEntries.set(lower, entry)
  return entry
}

const actingVerbEntries = new Map<string, VerbEntry | undefined>()

/** `rehydrate`, `repopulate`: `re-` before a verb WordNet knows, the whole unknown to it, is a
 * change (doing the verb again, restoring). */
function redoneVerb(lemma: string): boolean {
  if (!/^re[a-z]{4,}$/.test(lemma) || firstVerbClass(lemma.slice(2)) === undefined) return false
  // (`refuel`, `regain`: a verb redone that WordNet files under possession gives back what was spent.)
  return !wordClasses.has(lemma) || firstVerbClass(lemma) === 'verb.possession'
}

/** The inflection of a verb whose most frequent sense acts on a thing (actingVerbClasses:
 * `settles`, `combats`, `protects`); `include`, `want`, `contain`, `describe` have other first
 * senses. */
export function actingVerbEntry(lower: string): VerbEntry | undefined {
  if (actingVerbEntries.has(lower)) return actingVerbEntries.get(lower)
  const lemma = lemmaCandidates(lower).find((candidate) => {
    const sense = firstVerbClass(candidate)
    // A verb of perception acts on a thing when it acts on someone's senses (`numbs`, `stings`).
    // (`fuels your brain`: the verb of a noun of nourishment, whatever WordNet files it under.)
    const acting =
      sense !== undefined &&
      (actingVerbClasses.has(sense) || sensesActingVerbs.has(candidate) || nourishmentNouns.has(candidate))
    return (acting && !lightVerbs.has(candidate)) || redoneVerb(candidate)
  })
  const entry = lemma ? verbTable([lemma]).get(lower) : undefined
  if (actingVerbEntries.size < 50_000) actingVerbEntries.set(lower, entry)
  return entry
}

/** Does a plural noun opened by a determiner, or opening the sentence, stand right before `i`
 * (`These cultures`, `Our drops`, `Pelvic floor exercises`)? */
function pluralSubjectBefore(tokens: Token[], i: number, start: number): boolean {
  const end = verbStart(tokens, i, start)
  const floor = openingFloor(tokens, end, start)
  // (`Those slow leg circles`: a determiner may open four words.)
  const back = wordsBack(tokens, end - 1, floor, 4)
  const words = back.length === 4 && !determiners.has(back[0].lower) ? back.slice(1) : back
  const head = words[words.length - 1]
  if (!head || !/[a-z]{2}s$/.test(head.lower) || head.lower.endsWith('ss')) return false
  // (`Ragweed triggers hay fever`: the -s word is the verb; so is a word WordNet knows only as a verb,
  // `£3.50, rebuilds tired muscles`.)
  if (defaultVerbTable.has(head.lower) || verbOnly(head.lower.slice(0, -1))) return false
  // Opened by a determiner, or the whole of the sentence before the verb (`Pelvic floor exercises`), or
  // of its clause after a short opening and a comma (`No, and whole-grain carbs steady`).
  const opening = wordsBetween(tokens, floor, end) === words.length && words.length <= 3
  return (words.length >= 2 && determiners.has(words[0].lower)) || opening
}

/** `Whole-grain carbs actually steady`: the index of an adverb between a subject and the verb at `i`, or `i`. */
function verbStart(tokens: Token[], i: number, start: number): number {
  const adverb = previousSolidIndex(tokens, i - 1)
  return adverb > start && subjectVerbAdverb(tokens[adverb]) ? adverb : i
}

/** An adverb that may stand between a subject and its verb (`also`, `actually`)? */
function subjectVerbAdverb(token: Token): boolean {
  const lower = token.lower
  return token.kind === 'word' && ((lower.endsWith('ly') && !notSubjects.has(lower)) || sentenceAdverbs.has(lower))
}

/** How many words a sentence's opening before its comma may hold (`No,`, `In short,`, `Yes, and`), and how
 * many tokens before a verb its comma may stand. */
const OPENING_WORDS = 2
const OPENING_REACH = 24

/** Where the clause of the word at `i` starts: after a short opening, its comma and an `and` (`No, and`), or
 * at `start`. */
function openingFloor(tokens: Token[], i: number, start: number): number {
  let comma = i - 1
  const inWord = (token: Token) => token.kind !== 'punctuation' || token.value === '-' || token.value === "'"
  // (Read back over a subject's few words only: a sentence of thousands of words costs no more per verb.)
  const floor = Math.max(start, i - OPENING_REACH)
  while (comma > floor && inWord(tokens[comma])) comma--
  if (comma <= start || tokens[comma].value !== ',' || wordsBetween(tokens, start, comma) > OPENING_WORDS) return start
  const next = nextSolidIndex(tokens, comma + 1)
  return tokens[next]?.lower === 'and' ? next + 1 : comma + 1
}

/** The present (third person, or base after a plural subject) of a verb whose second sense is a
 * change and whose first is another kind (`resets`: first to set a counter anew; `ends`: first to
 * have an end). Only the present: such past forms are mostly adjectives (`hospital acquired
 * infections`). */
function secondChangeEntry(lower: string): VerbEntry | undefined {
  if (secondChangeEntries.has(lower)) return secondChangeEntries.get(lower)
  const lemma = lemmaCandidates(lower).find(
    (candidate) => secondVerbClasses.get(candidate) === 'verb.change' && !lightVerbs.has(candidate)
  )
  const entry = lemma ? verbTable([lemma]).get(lower) : undefined
  const third = entry?.form === 'third' || entry?.form === 'base' ? entry : undefined
  if (secondChangeEntries.size < 50_000) secondChangeEntries.set(lower, third)
  return third
}

const secondChangeEntries = new Map<string, VerbEntry | undefined>()

/**
 * A verb that no list holds but whose most frequent sense acts on a thing (change, the
 * body, emotion, motion, contest, social acts, contact, creation) (`shrinks`, `whitens`, `heals`),
 * finite, whose object is a part of the body, a bodily state or
 * process, or a feeling (WordNet's noun.body, noun.state, noun.process, noun.feeling: `an
 * enlarged prostate`, `your metabolism`, `the flu`, `anxiety`). Without such an object
 * these verbs mostly say other things (`the shop opens`, `prices shrink`).
 */
function classVerbAt(
  tokens: Token[],
  i: number,
  start: number,
  lexicons: ClaimLexicons,
  context: AgentContext
): Candidate | undefined {
  if (actingOrChangeEntry(tokens[i].lower) === undefined) return undefined
  const lower = tokens[i].lower
  // Modals and auxiliaries are no verbs of change (`can` is one in WordNet: to put in a can);
  // nor are particles (`up`: to increase, in WordNet; `tops up` is a verb and its particle).
  if (verbGroupOpeners.has(lower) || auxiliaries.has(lower) || copulas.has(lower) || objectParticles.has(lower))
    return undefined
  const entry = actingVerbEntry(lower) ?? secondChangeEntry(lower)
  // Inflected forms, or a base form after a plural subject (`These cultures break down
  // histamine`): a bare `root` or `sleep` elsewhere is more often a noun.
  const afterAside = (k: number) => tokens[k]?.value === ',' && pluralBeforeAside(tokens, k, start)
  // (`Two glasses before breakfast wake up your digestion`: a plural head before a phrase of time or use.)
  const verb = verbStart(tokens, i, start)
  const headBefore = () => headBeforePhrase(tokens, previousSolidIndex(tokens, verb - 1), start)
  const plural = () =>
    pluralSubjectBefore(tokens, i, start) ||
    afterAside(previousSolidIndex(tokens, i - 1)) ||
    // (`Fans of the keto diet say`, `with the SleepWell pillow ends`: after a word that is no noun of
    // its own the word is the phrase's noun, not a verb; so is an intervention's noun.)
    (!isInterventionNoun(lower) &&
      phraseEndsBefore(tokens, verb) &&
      pluralSubjectBefore(tokens, (headBefore() ?? -2) + 1, start)) ||
    pluralSubjectBefore(tokens, makerPhraseBefore(tokens, i, start), start)
  if (!entry) return undefined
  // `are guaranteed to settle travel sickness`: a base form in the infinitive after a head that
  // makes it an effect (infinitivePlace).
  const infinitive =
    entry.form === 'base' &&
    tokens[previousSolidIndex(tokens, i - 1)]?.lower === 'to' &&
    infinitivePlace(tokens, previousSolidIndex(tokens, i - 1), start) === 'infinitive'
  // `Lullwave plays pink noise, deepening your slow-wave sleep`: a participle after a comma, said of
  // the clause's subject.
  const participle =
    entry.form === 'participle' && tokens[previousSolidIndex(tokens, i - 1)]?.value === ',' && i > start
  // (`Cold plunges will knock out soreness`: a base form after `will` is the verb group's.)
  const afterModal = entry.form === 'base' && (futureBefore(tokens, i, start) || hedgingModalBefore(tokens, i, start))
  if (!infinitive && !participle && entry.form !== 'third' && entry.form !== 'past' && !afterModal && !plural())
    return undefined
  const place = infinitive
    ? 'infinitive'
    : verbPlace(tokens, i, entry, start, context.labelIntervention, lexicons.verbs)
  if (place !== 'infinitive' && place !== 'finite' && !(participle && place === 'participle')) return undefined
  // `Fennel seeds settle bloating`: a plural noun before the verb that acts, not a verb itself.
  if (entry.form === 'third' && pluralNounBeforeVerb(tokens, i)) return undefined
  const acted = healthObject(tokens, i) || personChanged(tokens, i, entry.lemma)
  return acted ? {from: i, to: i + 1, phrase: entry.lemma, form: place} : undefined
}

/** WordNet's classes of verbs (first sense) whose imperative is an act of the reader's body: moving
 * (`walk`, `swim`, `go`) and the body's own (`breathe`, `nap`). */
const bodilyActClasses: ReadonlySet<string> = new Set(['verb.motion', 'verb.body'])

/**
 * The claim of an imperative that promises an outcome with an intervention: `Boost your
 * immunity with zinc` (an effect verb and a bodily object), `Get glowing skin with our serum`,
 * `Experience deeper sleep with magnesium` (a verb of experiencing and an outcome), `Say
 * goodbye to wrinkles with X`. Instructions (`Mix the powder with water`, `Boost the flavour
 * with salt`) name no such outcome. Placed on the imperative's verb, with no fix.
 */
export function imperativeEffect(tokens: Token[], extra: Set<string> | undefined): Effect | undefined {
  const first = nextSolidIndex(tokens, 0)
  const verb = tokens[first]
  if (!verb || verb.kind !== 'word') return undefined
  const lower = verb.lower
  const effect = defaultVerbTable.get(lower) ?? classVerbEntry(lower)
  const experiencing =
    experiencerVerbs.includes(lower) ||
    lower === 'lose' ||
    (lower === 'say' && tokens[nextSolidIndex(tokens, first + 1)]?.lower === 'goodbye')
  // (`Sleep better tonight with Calmio`: a verb of the body and the better state it promises.)
  const bodily =
    (firstVerbClass(verbLemmaOf(lower) ?? lower) === 'verb.body' || fallingAsleepEnd(tokens, first) > 0) &&
    bareOutcome(tokens, first) !== undefined
  if (!experiencing && !bodily && effect?.form !== 'base') return undefined
  const outcome = (k: number): boolean => {
    if (bodily) return true
    // `Boost your immunity`: the reader's own body or state (`Boost the flavour` is cooking).
    if (!experiencing)
      return tokens.slice(first + 1, k).some((t) => possessiveDeterminers.has(t.lower)) && healthObject(tokens, first)
    for (let i = first + 1; i < k; i++) {
      const word = tokens[i].lower
      if (
        tokens[i].kind === 'word' &&
        (outcomeMarkerSet.has(word) ||
          ownLifeObjects.has(word) ||
          isOutcomeAdjective(word) ||
          lower === 'say' ||
          lower === 'lose')
      )
        return true
    }
    return false
  }
  const agent = imperativeWith(tokens, first, (words) => isInterventionPhrase(words, {extra}), outcome)
  if (!agent) return undefined
  return {
    from: first,
    to: first + 1,
    start: verb.start,
    end: verb.end,
    text: verb.value,
    phrase: effect?.lemma ?? lower,
    form: 'fragment',
    agent: wordsText(agent),
    intervention: true,
    hedges: [],
    negated: false
  }
}

/** `Stick with it and your sleep will be deeper than ever`: an instruction that goes on to promise
 * a state of the reader's body (promisedState) is a claim, placed on `will` and its verb. */
export function instructionPromise(tokens: Token[], context: AgentContext): Effect | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'word') continue
    const found = promisedState(tokens, i, 0, context) ?? experiencedAfterUse(tokens, i, context)
    if (!found) continue
    const last = tokens[found.to - 1]
    return {
      from: found.from,
      to: found.to,
      start: tokens[found.from].start,
      end: last.end,
      text: tokens
        .slice(found.from, found.to)
        .map((t) => (t.kind === 'word' ? t.value : ' '))
        .join(''),
      phrase: found.phrase,
      form: found.form,
      agent: found.agent ?? 'it',
      intervention: true,
      hedges: [],
      negated: false
    }
  }
  return undefined
}

/** How many words after a verb of experiencing its outcome may stand (`feel the difference`). */
const EXPERIENCED_WORDS = 3

/** `Try it for 30 days and feel the difference`: an instruction to use an intervention (or `it`,
 * one named before) and, after `and`, to experience an outcome: placed on the verb of
 * experiencing, with no fix (the claim needs rewriting, not a modal). */
function experiencedAfterUse(tokens: Token[], i: number, context: AgentContext): Candidate | undefined {
  const verb = nextSolidIndex(tokens, i + 1)
  if (tokens[i].lower !== 'and' || !experiencerVerbs.includes(tokens[verb]?.lower ?? '')) return undefined
  const first = nextSolidIndex(tokens, 0)
  if (!usageVerbs.has(tokens[first]?.lower ?? '')) return undefined
  const object = tokens.slice(first + 1, i).filter((t) => t.kind === 'word')
  const end = object.findIndex((t) => objectEnders.has(t.lower))
  const used = end >= 0 ? object.slice(0, end) : object
  const named =
    (used[0]?.lower === 'it' && (context.previousIntervention || context.topic !== undefined)) ||
    isInterventionPhrase(used.slice(0, 4), context)
  if (!named) return undefined
  let words = 0
  for (let k = nextSolidIndex(tokens, verb + 1); k < tokens.length && words < EXPERIENCED_WORDS; k++) {
    if (tokens[k].kind !== 'word') continue
    words++
    if (outcomeMarkerSet.has(tokens[k].lower))
      return {from: verb, to: verb + 1, phrase: tokens[verb].lower, form: 'fragment', agent: wordsText(used)}
  }
  return undefined
}

/** The first word after a subordinator of reason that a comma opens (`, because`, `, since`, `, as`)
 * or after a comma's `which`, or -1: an instruction's reason is a clause of its own (`Start with X,
 * because it calms`), and so is what it says of what it names (`Take X, which calms`). */
export function reasonClauseStart(tokens: Token[]): number {
  for (let i = 0; i < tokens.length; i++) {
    // (`Pack a snack after training; a banana replenishes their energy`: a semicolon opens a clause of its own;
    // so does a parenthesis that opens on a pronoun, `(it flushes toxins out of your liver)`.)
    if (tokens[i].value === ';') return nextSolidIndex(tokens, i + 1)
    const inside = nextSolidIndex(tokens, i + 1)
    // (`Take a walk round the lake: it resets your focus`: a colon that opens on a pronoun too.)
    // (`it'll keep you sharp`: the pronoun with its auxiliary glued on.)
    const pronoun = (tokens[inside]?.lower ?? '').split(/['’]/)[0]
    if ((tokens[i].value === '(' || tokens[i].value === ':') && subjectAnaphors.has(pronoun)) return inside
    if (tokens[i].kind !== 'word' || tokens[previousSolidIndex(tokens, i - 1)]?.value !== ',') continue
    if (reasonSubordinators.has(tokens[i].lower)) return nextSolidIndex(tokens, i + 1)
    // `Take X, which calms the nerves`: a relative clause said of what the instruction names,
    // read from its verb.
    // (`Try the Sandalwood blend, whose argan oil wakes up sleepy follicles`: its part, named after `whose`.)
    if (tokens[i].lower === 'which' || tokens[i].lower === 'whose') return nextSolidIndex(tokens, i + 1)
  }
  return -1
}

/** How many words after a better state its attachment may stand (`thicker, fuller hair in 90
 * days with`). */
const VERBLESS_ATTACHMENT_WORDS = 8

/**
 * `Guaranteed thicker, fuller hair in 90 days with the HaloGrow laser cap`, `The result: whiter
 * teeth after a month of our strips`: a sentence with no verb of its own that names a better state
 * of the body (a comparative or adjective of outcome before a bodily noun) and, after it, the
 * intervention it comes with (`with`, `from`, `after`, `thanks to`). Placed on the better state,
 * with no fix.
 */
export function verblessPromise(tokens: Token[], context: AgentContext): Effect | undefined {
  // (No verb: no copula or auxiliary, no third person, and no past but an opening `Guaranteed`:
  // not `Tear osmolarity increased`.)
  const first = nextSolidIndex(tokens, 0)
  for (let k = first; k < tokens.length; k++) {
    const token = tokens[k]
    if (token.kind !== 'word') continue
    const form = defaultVerbTable.get(token.lower)?.form
    if (beForms.has(token.lower) || auxiliaries.has(token.lower) || form === 'third') return undefined
    const pastVerb = /[a-z]{2}ed$/.test(token.lower) && verbLemmaOf(token.lower) !== undefined
    // (`Tinnitus relief guaranteed with X`: a booster's participle is no verb of the sentence.)
    if (k > first && (form === 'past' || pastVerb) && !boosterParticiples.has(token.lower)) return undefined
  }
  for (let k = 0; k < tokens.length; k++) {
    const lower = tokens[k].lower
    if (tokens[k].kind !== 'word' || !betterStateAt(tokens, k)) continue
    const agent = attachedIntervention(tokens, k, context)
    if (!agent) return undefined
    return fragmentEffect(tokens, {from: k, to: nextSolidIndex(tokens, k + 1) + 1, phrase: lower}, agent)
  }
  return undefined
}

/** The intervention attached within VERBLESS_ATTACHMENT_WORDS words after `k` (`with X`, `from
 * X`, `after X`), or undefined. */
function attachedIntervention(tokens: Token[], k: number, context: AgentContext): Token[] | undefined {
  let at = k
  for (let words = 0; words < VERBLESS_ATTACHMENT_WORDS; words++) {
    at = nextSolidIndex(tokens, at + 1)
    const token = tokens[at]
    if (token === undefined || (token.kind !== 'word' && token.value !== ',')) return undefined
    if (token.kind !== 'word' || !verblessAttachments.has(token.lower)) continue
    const phrase: Token[] = []
    for (
      let j = nextSolidIndex(tokens, at + 1);
      tokens[j]?.kind === 'word' && phrase.length < 6;
      j = nextSolidIndex(tokens, j + 1)
    )
      phrase.push(tokens[j])
    // (`after a month of our strips`: the span of time is not what was used.)
    const used = withoutSpan(phrase)
    if (used.length > 0 && isInterventionPhrase(used, context)) return used
    // (`whiter teeth after a single forty-minute session in our chair`: a unit of use is the
    // treatment itself.)
    const core = withoutTrailingPhrase(used)
    if (core.length > 0 && core.length <= USE_WORDS && useNouns.has(core[core.length - 1].lower)) return used
  }
  return undefined
}

const durationUnitSet: ReadonlySet<string> = new Set(durationUnits)

/** How many words a condition before `and` may have (`Rub a crushed sage leaf on a mouth ulcer before bed`). */
const CONDITION_WORDS = 12

/**
 * `Take X and your headaches are gone`, `Ten slow breaths and you'll feel calmer`, `One
 * adjustment, and the tension is gone`: a condition told by coordination. What comes before `and`
 * (an instruction, or a noun phrase with no verb of its own) is the cause of the state of the body
 * promised after it (promisedState, presentOutcome). The agent is the instruction's object or the
 * noun phrase; placed on the outcome's verb, with no fix (the sentence needs rewriting, not a modal).
 */
export function conditionalPromise(tokens: Token[], context: AgentContext): Effect | undefined {
  // (`"Three weeks with Plumbline and my back pain is gone."`: a testimony in quotation marks.)
  let first = nextSolidIndex(tokens, 0)
  if (quoteMarks.has(tokens[first]?.value ?? '')) first = nextSolidIndex(tokens, first + 1)
  const and = conditionEnd(tokens, first)
  if (and < 0) return undefined
  const comma = previousSolidIndex(tokens, and - 1)
  const said = verblessWords(tokens, first, tokens[comma]?.value === ',' ? comma : and, CONDITION_WORDS)
  // (`I take magnesium at night and the cramps have stopped`: a first person's use, told as testimony, is
  // the condition an instruction would give.)
  const user = said !== undefined && said.length > 2 && firstPersons.has(said[0].lower) && usageVerbs.has(said[1].lower)
  const words = user ? said.slice(1) : said
  // (`I'm so happy you've found it`: a clause, with its subject.)
  if (!words || words.length === 0 || words.some((w) => subjectPronouns.has(w.lower.split(/['’]/)[0]))) return undefined
  // An instruction's verb is not its agent (`Sip FuelForge between rounds`): its object is.
  const imperative =
    user || (verbLemmaOf(words[0].lower) === words[0].lower && !isInterventionPhrase([words[0]], context))
  // (`Swap your coffee for matcha`: what is taken in exchange stands after `for`.)
  const exchanged = imperative && exchangeVerbs.has(words[0].lower) ? words.findIndex((w) => w.lower === 'for') : -1
  const used = exchanged > 0 ? words.slice(exchanged + 1) : imperative ? words.slice(1) : words
  let agent = conditionAgent(used)
  if (agent.length === 0) return undefined
  // The condition is an intervention, a product's name, or an act (`Ten slow breaths`; not `Lock
  // the door`, `One look at the view`), taken or consumed (`Sip X`).
  // (What a first person uses names an intervention itself: not `I use the side door`.)
  if (user && !isInterventionPhrase(agent, context)) return undefined
  const head = agent[agent.length - 1].lower
  const act = !imperative && firstNounClass(head.replace(/s$/, '')) === 'noun.act'
  const consumed = imperative && firstVerbClass(words[0].lower) === 'verb.consumption'
  // (`Walk every day`, `Go to bed earlier`: an imperative of moving or of the body is the act itself.)
  if (imperative && bodilyActClasses.has(firstVerbClass(words[0].lower) ?? '') && !isInterventionPhrase(agent, context))
    agent = words
  // (`Take it for 30 days and your cold will clear`: `it` for what was named before.)
  else if (!(act || consumed || anaphoricAgent(agent, context) || isInterventionPhrase(agent, context)))
    return undefined
  const from = nextSolidIndex(tokens, and + 1)
  let found: Candidate | undefined
  for (let i = from; i < tokens.length && !found; i++)
    if (tokens[i].kind === 'word') found = promisedState(tokens, i, from, {...context, previousIntervention: true})
  // `... and sleep better`, `... and wake up refreshed`: the reader's own verb of the body or of
  // seeming, with the better state it promises, and no subject.
  found ??= bareOutcome(tokens, from)
  // `... and you'll never hit that 4 p.m. slump again`: a bodily state ended for good.
  found ??= neverAgain(tokens, from) ?? returnDenied(tokens, from) ?? farewell(tokens, from)
  // (`Rub sage on a mouth ulcer and it will be gone`: `it` for the bodily noun of the condition.)
  found ??= presentOutcome(
    tokens,
    from,
    words.some((w) => isBodilyNoun(w.lower))
  )
  return found ? fragmentEffect(tokens, found, agent) : undefined
}

/**
 * `The cultures in sauerkraut crowd out the bacteria behind bloating, so your stomach settles within
 * days`: a clause that names an intervention, then `, so` and a state of the body that changes or
 * is promised (presentOutcome): the result the intervention brings. The agent is the intervention
 * named before the comma; placed on the outcome's verb, with no fix. (The caller leaves hedged
 * and negated sentences alone.)
 */
export function resultPromise(tokens: Token[], context: AgentContext): Effect | undefined {
  let comma = -1
  for (let k = 0; k < tokens.length - 1 && comma < 0; k++)
    if (tokens[k].value === ',' && tokens[nextSolidIndex(tokens, k + 1)]?.lower === 'so') comma = k
  // `I switched to magnesium glycinate: the leg cramps are gone`: else a colon (or a semicolon) before the
  // outcome.
  const colon = comma < 0
  for (let k = 1; k < tokens.length - 1 && comma < 0; k++)
    if (tokens[k].value === ':' || tokens[k].value === ';') comma = k
  if (comma < 0) return undefined
  const cause = tokens.slice(0, comma).filter((t) => t.kind === 'word')
  // The words that name an intervention, or a device at the head of the clause's subject before
  // its present verb (`A white-noise machine blocks`).
  // (`High blood sugar is ...`: a word after a part of the body names no intervention.)
  // (`TOXIC`: an English word in capitals is emphasis, not an abbreviation.)
  const named = cause.filter(
    (t, k) =>
      isInterventionPhrase([t], context) &&
      !(k > 0 && firstNounClass(cause[k - 1].lower) === 'noun.body') &&
      !(t.value === t.value.toUpperCase() && englishWords.has(t.lower))
  )
  const device = [2, 3, 4].find((n) => /[a-z]s$/.test(cause[n]?.lower ?? '') && deviceHead(cause.slice(0, n)))
  const agent = named.length > 0 ? named : device !== undefined ? cause.slice(0, device) : []
  if (agent.length === 0) return undefined
  const after = nextSolidIndex(tokens, comma + 1)
  const found = colon ? outcomeAfterColon(tokens, after) : presentOutcome(tokens, nextSolidIndex(tokens, after + 1))
  return found ? fragmentEffect(tokens, found, agent) : undefined
}

/** After a colon at `from`, an outcome (presentOutcome) that opens its first clause or a clause
 * after `and` (`I sleep straight through now and the leg cramps are gone`). */
function outcomeAfterColon(tokens: Token[], from: number): Candidate | undefined {
  const found = presentOutcome(tokens, from)
  if (found) return found
  // (`does the job: deeper sleep and fewer wake-ups`: a better state named without a verb; `no snoring` after it
  // is a negation, which keeps the sentence from this reading.)
  if (tokens[from]?.kind === 'word' && betterStateAt(tokens, from))
    return {from, to: nextSolidIndex(tokens, from + 1) + 1, phrase: 'be', form: 'fragment'}
  for (let k = from; k < tokens.length; k++) {
    if (tokens[k].kind === 'punctuation' && tokens[k].value !== ',') return undefined
    if (tokens[k].lower !== 'and') continue
    const clause = presentOutcome(tokens, nextSolidIndex(tokens, k + 1))
    if (clause) return clause
  }
  return undefined
}

/** How many words may stand between `never` and `again` (`never hit that 4 p.m. slump again`). */
const NEVER_AGAIN_WORDS = 7

/** After `from`, the reader (`you`, `you'll`, `you will`) and `never`, then a bodily noun and `again`
 * within NEVER_AGAIN_WORDS words: a bodily state promised to end for good, from `never` to `again`. */
function neverAgain(tokens: Token[], from: number): Candidate | undefined {
  let k = from
  if (tokens[k]?.lower === 'you' || tokens[k]?.lower === "you'll" || tokens[k]?.lower === 'you’ll')
    k = nextSolidIndex(tokens, k + 1)
  if (tokens[k]?.lower === 'will') k = nextSolidIndex(tokens, k + 1)
  if (k === from || tokens[k]?.lower !== 'never') return undefined
  let bodily = false
  for (let n = 0, j = nextSolidIndex(tokens, k + 1); n < NEVER_AGAIN_WORDS && tokens[j]?.kind === 'word'; n++) {
    if (tokens[j].lower === 'again') return bodily ? {from: k, to: j + 1, phrase: 'never', form: 'fragment'} : undefined
    bodily ||= isBodilyNoun(tokens[j].lower)
    j = nextSolidIndex(tokens, j + 1)
  }
  return undefined
}

/** How many words may stand between `say goodbye to` and the bodily state it bids farewell (`that 3 p.m. slump`). */
const FAREWELL_WORDS = 4

/** `... and say goodbye to cramp for good`: the reader bids a bodily state farewell, as in an imperative
 * (imperativeEffect's `Say goodbye to`): a state ended. Placed on `say goodbye`. */
function farewell(tokens: Token[], from: number): Candidate | undefined {
  const goodbye = nextSolidIndex(tokens, from + 1)
  const to = nextSolidIndex(tokens, goodbye + 1)
  if (tokens[from]?.lower !== 'say' || tokens[goodbye]?.lower !== 'goodbye' || tokens[to]?.lower !== 'to')
    return undefined
  for (let n = 0, k = nextSolidIndex(tokens, to + 1); n < FAREWELL_WORDS && tokens[k]?.kind === 'word'; n++) {
    if (isBodilyNoun(tokens[k].lower)) return {from, to: goodbye + 1, phrase: 'say', form: 'fragment'}
    k = nextSolidIndex(tokens, k + 1)
  }
  return undefined
}

/** How many words the bodily subject of a return denied may have (`gum disease`, `those awful cold sores`). */
const RETURN_SUBJECT_WORDS = 4

/** `... and gum disease simply won't come back`, `the cramps will never return`: a bodily subject, a future
 * denied (`won't`, `will not`, `will never`), an adverb or none, and a verb of returning (returningVerbs):
 * a bodily state ended for good, as neverAgain. */
function returnDenied(tokens: Token[], from: number): Candidate | undefined {
  let k = from
  let bodily = false
  for (let n = 0; n < RETURN_SUBJECT_WORDS && tokens[k]?.kind === 'word' && !deniedFutures.has(tokens[k].lower); n++) {
    bodily ||= isBodilyNoun(tokens[k].lower)
    k = nextSolidIndex(tokens, k + 1)
  }
  if (!bodily || !deniedFutures.has(tokens[k]?.lower ?? '')) return undefined
  const denial = k
  k = nextSolidIndex(tokens, k + 1)
  // (`will` denies only with `not` or `never` after it.)
  const denied = tokens[k]?.lower === 'not' || tokens[k]?.lower === 'never'
  if (!denied && tokens[denial].lower === 'will') return undefined
  if (denied) k = nextSolidIndex(tokens, k + 1)
  if (/[a-z]{3}ly$/.test(tokens[k]?.lower ?? '')) k = nextSolidIndex(tokens, k + 1)
  const particle = returningVerbs.get(tokens[k]?.lower ?? '')
  if (particle === undefined) return undefined
  const next = nextSolidIndex(tokens, k + 1)
  if (particle !== '' && tokens[next]?.lower !== particle) return undefined
  return {from: denial, to: (particle === '' ? k : next) + 1, phrase: 'return', form: 'fragment'}
}

/** At `verb`, a base form of a verb of the body or of seeming (`sleep`, `wake`, `feel`) and the
 * better state it promises (promisedOutcome: `better`, `refreshed`, `calmer`), or undefined. */
function bareOutcome(tokens: Token[], verb: number): Candidate | undefined {
  const lower = tokens[verb]?.kind === 'word' ? tokens[verb].lower : ''
  // (`Nod off in minutes`: a phrase of falling asleep is the state reached.)
  const asleep = fallingAsleepEnd(tokens, verb)
  if (asleep > 0 && verbLemmaOf(lower) === lower) return {from: verb, to: asleep + 1, phrase: lower, form: 'fragment'}
  if (verbLemmaOf(lower) !== lower || !(bodyVerb(lower) || promisedStateVerbs.has(lower))) return undefined
  const state = promisedOutcome(tokens, verb, true)
  return state ? {from: verb, to: tokens.indexOf(state, verb) + 1, phrase: lower, form: 'fragment'} : undefined
}

/** The index of the last word of a phrase of falling asleep (fallingAsleepPhrases: `nod off`, `drifts off`,
 * `fall asleep`) whose verb stands at `verb`, or -1. */
function fallingAsleepEnd(tokens: Token[], verb: number): number {
  const token = tokens[verb]
  if (token?.kind !== 'word') return -1
  const particle = fallingAsleepPhrases.get(verbLemmaOf(token.lower) ?? token.lower)
  const next = nextSolidIndex(tokens, verb + 1)
  return particle !== undefined && tokens[next]?.lower === particle ? next : -1
}

/** An effect said of a named intervention, spanning `found`, with no fix (the sentence needs
 * rewording, not a modal): what the sentence-wide constructions return. */
function fragmentEffect(tokens: Token[], found: {from: number; to: number; phrase: string}, agent: Token[]): Effect {
  return {
    from: found.from,
    to: found.to,
    start: tokens[found.from].start,
    end: tokens[found.to - 1].end,
    text: '',
    phrase: found.phrase,
    form: 'fragment',
    agent: wordsText(agent),
    intervention: true,
    hedges: [],
    negated: false
  }
}

/** How many words the regimen after a verb of starting may have (`taping my mouth shut at night`). */
const REGIMEN_WORDS = 8

/**
 * `since I started on this tonic I sleep straight through`, `since I started taping my mouth shut at night,
 * my snoring has completely gone`: a first person's regimen begun (onsetSubordinators, a verb of starting,
 * and an intervention or a practice), and in the main clause a state of the body that changed or holds
 * (presentOutcome): testimony of an effect. Placed on the outcome, with no fix.
 */
export function startedTestimony(tokens: Token[], context: AgentContext): Effect | undefined {
  for (let k = 0; k < tokens.length; k++) {
    if (!onsetSubordinators.has(tokens[k].lower)) continue
    const person = nextSolidIndex(tokens, k + 1)
    const verb = nextSolidIndex(tokens, person + 1)
    if (!firstPersons.has(tokens[person]?.lower ?? '') || !startingPasts.has(tokens[verb]?.lower ?? '')) continue
    let from = nextSolidIndex(tokens, verb + 1)
    if (tokens[from]?.lower === 'on' || tokens[from]?.lower === 'to') from = nextSolidIndex(tokens, from + 1)
    const regimen: Token[] = []
    let end = from
    for (; end < tokens.length && regimen.length < REGIMEN_WORDS; end = nextSolidIndex(tokens, end + 1)) {
      const token = tokens[end]
      if (token.kind !== 'word' || (regimen.length > 0 && firstPersons.has(token.lower))) break
      // (`since I started on magnesium my cramps have vanished`: a possessive after what was taken opens the
      // main clause; not `taking my vitamins`.)
      if (possessiveDeterminers.has(token.lower) && isInterventionPhrase(regimen, context)) break
      regimen.push(token)
    }
    const taken = regimen.length > 0 && (isInterventionPhrase(regimen, context) || practiceGerund(regimen[0]))
    if (!taken) continue
    // The main clause: after the regimen's comma or its own subject, or before the subordinator.
    const main = tokens[end]?.value === ',' ? nextSolidIndex(tokens, end + 1) : tokens[end]?.kind === 'word' ? end : 0
    const outcome = presentOutcome(tokens, main)
    if (outcome && (main > k || outcome.from < k)) return fragmentEffect(tokens, outcome, regimen)
  }
  return undefined
}

/** How many words the name before a closing parenthesis may have (`CALMLEAF 10% Full-Spectrum Oil`). */
const PARENTHESISED_NAME_WORDS = 8

/**
 * `Glycolic peel, 45 minutes, €120 (fades sun spots after one session)`, `CALMLEAF Oil (melts away anxiety
 * in minutes)`: a parenthesis that closes the sentence and opens on an effect verb in the third person
 * (after a pronoun or none) with a bodily object, after words that name an intervention: its effect, said in
 * passing. The agent is
 * the sentence's words before the first comma or the parenthesis.
 */
export function parentheticalClaim(tokens: Token[], context: AgentContext): Effect | undefined {
  let close = previousSolidIndex(tokens, tokens.length - 1)
  if (tokens[close]?.value === '.' || tokens[close]?.value === '!') close = previousSolidIndex(tokens, close - 1)
  if (tokens[close]?.value !== ')') return undefined
  let open = close - 1
  while (open > 0 && tokens[open].value !== '(' && tokens[open].value !== ')') open--
  if (open <= 0 || tokens[open].value !== '(') return undefined
  // (`(it settles the stomach after a heavy lunch)`: a pronoun for what was named before the parenthesis.)
  let verb = nextSolidIndex(tokens, open + 1)
  const pronoun = tokens[verb]?.lower ?? ''
  if (subjectAnaphors.has(pronoun)) verb = nextSolidIndex(tokens, verb + 1)
  const lower = tokens[verb]?.lower ?? ''
  const entry = defaultVerbTable.get(lower) ?? actingVerbEntry(lower)
  // (`(they settle a queasy stomach)`: a plural pronoun's verb in the base form.)
  const agrees = entry?.form === 'third' || (entry?.form === 'base' && (pronoun === 'they' || pronoun === 'these'))
  if (!agrees || !healthObject(tokens, verb)) return undefined
  const before = tokens.slice(0, open)
  if (!namesIntervention(before, context.extra)) return undefined
  const comma = before.findIndex((t) => t.value === ',')
  const agent = wordsBack(tokens, (comma > 0 ? comma : open) - 1, 0, PARENTHESISED_NAME_WORDS)
  return agent.length > 0 ? fragmentEffect(tokens, {from: verb, to: verb + 1, phrase: entry.lemma}, agent) : undefined
}

/** The `and` after at most CONDITION_WORDS words from `first` (commas and hyphens allowed, no other
 * punctuation), or -1. */
function conditionEnd(tokens: Token[], first: number): number {
  let words = 0
  for (let k = first; k >= 0 && k < tokens.length && words <= CONDITION_WORDS; k = nextSolidIndex(tokens, k + 1)) {
    const token = tokens[k]
    if (token.kind === 'word') {
      if (token.lower === 'and') return words > 0 ? k : -1
      words++
    } else if (token.value !== ',' && token.value !== '-') return -1
  }
  return -1
}

/** How many words the subject of a promised outcome may have (`your tight lower back muscles`). */
const OUTCOME_SUBJECT_WORDS = 5

/** What a condition told by coordination names from `used` (its words after an imperative's verb, or all):
 * the phrase up to a preposition other than `of`; after a span of time and `with`, `on` or `in`, what follows. */
/** Is the condition's agent an anaphor alone (`it`, `them`, `this`) for an intervention named before or the topic? */
function anaphoricAgent(agent: Token[], context: AgentContext): boolean {
  return (
    agent.length === 1 &&
    objectAnaphors.has(agent[0].lower) &&
    (context.previousIntervention || context.topic !== undefined)
  )
}

function conditionAgent(used: Token[]): Token[] {
  // (`FuelForge between rounds`: the phrase ends at a preposition other than `of`.)
  const ender = used.findIndex(
    (w) => w.lower !== 'of' && !determiners.has(w.lower) && (objectEnders.has(w.lower) || functionWords.has(w.lower))
  )
  const agent = ender > 0 ? used.slice(0, ender) : used
  // (`Five minutes with the CalmKit app`, `Three weeks on magnesium`: a span of time spent with or on what is used.)
  if (ender > 0 && durationUnitSet.has(agent[agent.length - 1].lower) && spanPrepositions.has(used[ender].lower))
    return used.slice(ender + 1)
  return agent
}

/** `your headaches are gone`, `your reaction times stay sharp`, `your knees stop aching`, `tight
 * shoulders simply unwind`: a clause from `from` whose subject names a part or state of the body
 * (or is `you`) and whose verb tells of its change or a state it keeps. */
function presentOutcome(tokens: Token[], start: number, bodilyBefore = false): Candidate | undefined {
  // `and watch the jitters disappear`: an imperative of watching and the clause it watches.
  const watched = watchingVerbs.has(tokens[start]?.lower ?? '')
  const from = watched ? nextSolidIndex(tokens, start + 1) : start
  // The subject is the reader or opens with a possessive or `the` (`Anxiety and depression are
  // linked`: a bare noun after `and` is coordinated with the one before).
  const opener = tokens[from]?.lower ?? ''
  // `he's calmer`, `you're brighter`: a pronoun and its copula in one token.
  if (/^[a-z]+['’](?:s|re|m)$/.test(opener) && subjectPronouns.has(opener.split(/['’]/)[0])) {
    const state = stateAfterCopula(tokens, from)
    return state > 0 ? {from, to: state, phrase: 'be', form: 'fragment'} : undefined
  }
  const anaphor = bodilyBefore && objectAnaphors.has(opener)
  // (`watch that memory sharpen`: a demonstrative opens the subject as `the` does.)
  const opens = opener === 'the' || demonstratives.has(opener) || possessiveDeterminers.has(opener)
  if (!subjectPronouns.has(opener) && !opens && !anaphor) return undefined
  const subject: Token[] = []
  for (let k = from; k >= 0 && k < tokens.length; k = nextSolidIndex(tokens, k + 1)) {
    const token = tokens[k]
    if (token.kind !== 'word') return undefined
    // (`your baby will sleep through`: a person of the reader's own.)
    const ownPerson = (w: Token) => opener === 'your' && firstNounClass(w.lower) === 'noun.person'
    // (`your stamina`, `your energy`: a person's own quality, WordNet's noun.attribute or noun.phenomenon.)
    // (`your cholesterol`: a substance after a possessive, its level in the reader's body, WordNet's noun.substance.)
    const ownQuality = (w: Token) =>
      possessiveDeterminers.has(opener) && (isQualityNoun(w.lower) || firstNounClass(w.lower) === 'noun.substance')
    const bodily =
      anaphor ||
      subject.some(
        (w) =>
          subjectPronouns.has(w.lower) ||
          isBodilyNoun(w.lower) ||
          isBodilyGerund(w.lower) ||
          biomarkerWords.has(w.lower) ||
          ownPerson(w) ||
          ownQuality(w)
      )
    if (bodily) {
      // (`and watch your stamina soar`: after a verb of watching, a bare verb of change or motion.)
      const to = watched && watchedChange(token) ? k + 1 : outcomePredicateEnd(tokens, k)
      // (`you wake up rested`: a particle's effect starts at its verb.)
      const verb = previousSolidIndex(tokens, k - 1)
      const phrasal = objectParticles.has(token.lower) && subject.length > 1 && verbLemmaOf(tokens[verb].lower)
      const at = phrasal ? verb : k
      if (to > 0) return {from: at, to, phrase: verbLemmaOf(tokens[at].lower) ?? tokens[at].lower, form: 'fragment'}
      // `the tension headaches that have dogged you for years are gone`: past a relative clause.
      if (relativePronouns.has(token.lower)) return outcomeAfterRelative(tokens, k)
    }
    if (subject.length === OUTCOME_SUBJECT_WORDS) return undefined
    subject.push(token)
  }
  return undefined
}

/** How many words a relative clause inside an outcome's subject may hold (`that have dogged you
 * for years`). */
const OUTCOME_RELATIVE_WORDS = 8

/** The outcome's predicate after the relative clause opened at `relative` (the first place within
 * OUTCOME_RELATIVE_WORDS words where one ends: outcomePredicateEnd), or undefined. */
function outcomeAfterRelative(tokens: Token[], relative: number): Candidate | undefined {
  let k = relative
  for (let words = 0; words <= OUTCOME_RELATIVE_WORDS; words++) {
    k = nextSolidIndex(tokens, k + 1)
    const token = tokens[k]
    if (token?.kind !== 'word') return undefined
    if (words === 0) continue
    const to = outcomePredicateEnd(tokens, k)
    if (to > 0) return {from: k, to, phrase: verbLemmaOf(token.lower) ?? token.lower, form: 'fragment'}
  }
  return undefined
}

/** After the copula at `copula`, one adverb or none and a changed or better state (`gone`,
 * `calmer`, `visibly brighter`): the index after the state, or -1. */
function stateAfterCopula(tokens: Token[], copula: number): number {
  const next = nextSolidIndex(tokens, copula + 1)
  const after = tokens[next]?.kind === 'word' ? tokens[next].lower : ''
  // (`fast asleep`: an intensifier of the state.)
  const state = /[a-z]{3}ly$/.test(after) || stateIntensifiers.has(after) ? nextSolidIndex(tokens, next + 1) : next
  const lower = tokens[state]?.kind === 'word' ? tokens[state].lower : ''
  // `I'm sleeping soundly`, `you're breathing easier`: a progressive of a verb of the body and the
  // better state it promises.
  const body = /[a-z]{3}ing$/.test(lower) ? verbLemmaOf(lower) : undefined
  if (body !== undefined && bodyVerb(body)) {
    const promised = promisedOutcome(tokens, state, true)
    return promised ? tokens.indexOf(promised, state) + 1 : -1
  }
  return changedStateSet.has(lower) || isOutcomeAdjective(lower) || isDegreeForm(lower) ? state + 1 : -1
}

/** The end of an outcome's predicate from `k`: a copula or a verb of keeping (`stay`, `remain`,
 * `feel`) and a state (`gone`, `sharp`, `calmer`); `stop` and a gerund; or, after an adverb, a
 * present verb whose first sense is a change or of the body (`vanish`, `unwind`). Else -1. */
function outcomePredicateEnd(tokens: Token[], k: number): number {
  // (`will be gone`: the future, as promisedState reads it.)
  let verb = willForm.has(tokens[k].lower) ? nextSolidIndex(tokens, k + 1) : k
  // (`have gone`, `has eased`: the perfect of a change.)
  if (haveForms.has(tokens[verb]?.lower ?? '')) {
    let done = nextSolidIndex(tokens, verb + 1)
    // (`has completely gone`: an adverb of degree between; `has just vanished`, one of focus.)
    const between = tokens[done]?.lower ?? ''
    if (/[a-z]{3}ly$/.test(between) || focusAdverbs.has(between)) done = nextSolidIndex(tokens, done + 1)
    const lower = tokens[done]?.lower ?? ''
    const lemma = /[a-z]{2}ed$/.test(lower) ? verbLemmaOf(lower) : undefined
    // (`have stopped`: a verb of an outcome changing on its own, whatever its first sense.)
    const changed =
      lower === 'gone' ||
      (lemma !== undefined && (firstVerbClass(lemma) === 'verb.change' || outcomeChanges.has(lemma)))
    return changed ? done + 1 : -1
  }
  if (/[a-z]{3}ly$/.test(tokens[verb]?.lower ?? '')) verb = nextSolidIndex(tokens, verb + 1)
  const word = tokens[verb]
  // (`you can pause`: a modal is no verb of change, whatever WordNet's `can`.)
  if (word?.kind !== 'word' || (verbGroupOpeners.has(word.lower) && !willForm.has(word.lower))) return -1
  const lemma = verbLemmaOf(word.lower)
  const next = nextSolidIndex(tokens, verb + 1)
  const after = tokens[next]?.kind === 'word' ? tokens[next].lower : ''
  if (beForms.has(word.lower) || (lemma !== undefined && promisedStateVerbs.has(lemma)))
    return stateAfterCopula(tokens, verb)
  if (lemma === 'stop' && /[a-z]{2}ing$/.test(after)) return next + 1
  if (lemma === undefined || /ed$/.test(word.lower) || /ing$/.test(word.lower)) return -1
  // A word that is first a noun (`fade`, `times`) is the verb only after an adverb or where the
  // clause ends or a preposition follows (`your dark spots fade within days`; not `reaction times stay`).
  const noun = wordClasses.get(lemma)?.[0]?.startsWith('noun.') === true
  // (The clause's end is a full stop, not the end of a fragment: `- irritability and mood changes`.)
  const ends = tokens[verb + 1]?.value === '.' || tokens[verb + 1]?.value === '!'
  // (After a pronoun the word is its verb: `I sleep straight through`.)
  const pronoun = subjectPronouns.has(tokens[previousSolidIndex(tokens, verb - 1)]?.lower ?? '')
  // (`your cold clears faster`: a comparative or an adverb after it makes it the verb too.)
  const modified = /[a-z]{3}ly$/.test(after) || plainComparatives.has(after) || isDegreeForm(after)
  if (noun && verb === k && !ends && !pronoun && !modified && !objectEnders.has(after) && !functionWords.has(after))
    return -1
  const kind = firstVerbClass(lemma)
  // (`your stomach settles`: a verb of an outcome changing on its own, whatever its first sense.)
  const changes =
    kind === 'verb.change' ||
    kind === 'verb.body' ||
    secondVerbClasses.get(lemma) === 'verb.change' ||
    outcomeChanges.has(lemma)
  return changes ? verb + 1 : -1
}

/** Does the comma at `k` stand between two adjectives (WordNet's, or comparatives: `deep, unbroken`, `deeper,
 * more restful`)? */
function adjectiveComma(tokens: Token[], k: number): boolean {
  const before = tokens[previousSolidIndex(tokens, k - 1)]?.lower ?? ''
  const after = tokens[nextSolidIndex(tokens, k + 1)]?.lower ?? ''
  const adjective = (w: string) => adjectives.has(w) || isDegreeForm(w) || plainComparatives.has(w)
  return adjective(before) && (adjective(after) || after === 'more')
}

/** Is the word only ever a verb in WordNet (`weaken`, `strengthen`)? */
function verbOnly(lower: string): boolean {
  const classes = wordClasses.get(lower)
  return classes !== undefined && classes.every((c) => c.startsWith('verb.'))
}

/** How many words after a verb its object's noun may stand (`shrinks an enlarged prostate`). */
const OBJECT_NOUN_WORDS = 4

/** Is the object after the verb at `i` a part of the body, a bodily state or process, or a
 * feeling? */
function healthObject(tokens: Token[], i: number): boolean {
  let words = 0
  let particleSeen = false
  for (
    let k = nextSolidIndex(tokens, i + 1);
    k < tokens.length && words < OBJECT_NOUN_WORDS;
    k = nextSolidIndex(tokens, k + 1)
  ) {
    const token = tokens[k]
    // `the good bacteria in your colon`: what lies in a part of the body is bodily.
    if (words > 0 && token.lower === 'in' && bodilyPlaceAfter(tokens, k)) return true
    // `removes the bacteria that cause bad breath`: what causes a bodily state is one too.
    if (words > 0 && relativePronouns.has(token.lower)) {
      const verb = nextSolidIndex(tokens, k + 1)
      if (causingVerbForms.has(tokens[verb]?.lower ?? '')) {
        k = verb
        continue
      }
      // `crowds out the microbes that leave you bloated`: what makes a bodily state.
      const causative = constructionVerbs.get(tokens[verb]?.lower ?? '')
      if (causative && causativeVerbs.includes(causative.lemma) && causativeEnd(tokens, verb) > 0) return true
      // `buffers the acid that builds up in working muscles`: what lies in the body.
      if (relativeInBody(tokens, verb)) return true
    }
    // `every bit of tension`, `every ounce of stress`: a quantity's `of` goes on to what it measures.
    if (
      token.lower === 'of' &&
      words > 0 &&
      firstNounClass(tokens[previousSolidIndex(tokens, k - 1)].lower) === 'noun.quantity'
    )
      continue
    // `our residents' minds`: the apostrophe of a plural's possessive.
    if (pluralPossessive(tokens, k)) continue
    if (passedInObject(tokens, k, words)) continue
    if (token.kind !== 'word' || objectEnders.has(token.lower) || beForms.has(token.lower)) return false
    // `an upset stomach`: after a determiner a verb's form is an adjective; elsewhere a verb
    // (`Low zinc levels weaken immunity`) ends the object.
    // (A possessive is a determiner too: `your racing mind`.)
    const before = tokens[previousSolidIndex(tokens, k - 1)].lower
    // (`hot flushes`: after a word that is only an adjective, the word is a noun too.)
    // (`a deep, calm sleep`: after a comma between adjectives, as after the first adjective.)
    const afterDeterminer =
      (words > 0 &&
        (determiners.has(before) ||
          possessiveDeterminers.has(before) ||
          (adjectives.has(before) && wordClasses.get(before) === undefined) ||
          (before === ',' && adjectiveComma(tokens, previousSolidIndex(tokens, k - 1))))) ||
      distributiveDeterminers.has(before)
    // A particle first (`breaks up scar tissue`; WordNet knows `up` only as a verb), not a word of
    // the object.
    if (words === 0 && !particleSeen && objectParticles.has(token.lower)) {
      particleSeen = true
      continue
    }
    if (
      !afterDeterminer &&
      !bodilyCompoundAt(tokens, k) &&
      (defaultVerbTable.has(token.lower) || verbOnly(token.lower))
    )
      return false
    // `Tinnitus is common, and our programme silences it`: a pronoun for a bodily noun before it.
    if (words === 0 && objectAnaphors.has(token.lower)) return bodilyNounBefore(tokens, i)
    words++
    if (conditionTerm(token.lower) || bodilyAdjective(token.lower) || isBodilyGerund(token.lower)) return true
    if (ownedBodily(tokens, i, k) || bodilyDoer(token.lower)) return true
    // `post-acne marks`: a part of a hyphenated word counts (`acne`, a bodily state).
    // (`feels very cold`: after an adverb of degree the word is an adjective, not the noun.)
    const adjective = degreeAdverbs.has(tokens[previousSolidIndex(tokens, k - 1)]?.lower ?? '')
    for (const part of token.lower.replace(/'s$/, '').split('-')) {
      if (isBodilyNoun(part) && !determiners.has(part) && !adjective) return true
    }
    // `cools hot flashes`: a two-word compound that WordNet names as one bodily noun.
    const next = tokens[nextSolidIndex(tokens, k + 1)]
    if (next?.kind === 'word' && isBodilyCompound(token.lower, next.lower)) return true
  }
  return false
}

/** `snorers`, `light sleepers`: a person named by the -er noun of a verb of the body (WordNet's noun.person,
 * and its verb's first sense verb.body), whom an effect on that act changes. */
function bodilyDoer(lower: string): boolean {
  const one = singular(lower)
  if (!/^[a-z]{3,}er$/.test(one) || firstNounClass(one) !== 'noun.person') return false
  const stem = one.slice(0, -2)
  return firstVerbClass(stem) === 'verb.body' || firstVerbClass(`${stem}e`) === 'verb.body'
}

/** Does an object's reading pass over the token at `k`, after `words` words: a comma between two adjectives of
 * one noun (`a deep, calm sleep`), or a demonstrative `that` right after the verb, before an adjective (`stops
 * that awful nausea`)? */
function passedInObject(tokens: Token[], k: number, words: number): boolean {
  if (tokens[k].value === ',') return words > 0 && adjectiveComma(tokens, k)
  return words === 0 && tokens[k].lower === 'that' && adjectives.has(tokens[nextSolidIndex(tokens, k + 1)]?.lower ?? '')
}

/** Is the token at `k` the apostrophe of a plural's possessive (`residents'`), glued to an -s word? */
function pluralPossessive(tokens: Token[], k: number): boolean {
  const token = tokens[k]
  if (token.value !== "'" && token.value !== '’') return false
  const before = tokens[k - 1]
  return before?.kind === 'word' && /s$/.test(before.lower)
}

/** Is the word at `k`, in the object of the verb at `i`, someone's own body: a measure of it (`your iron
 * stores`), a quality (`your energy`, `my stamina`: WordNet's noun.attribute or noun.phenomenon, not before
 * the noun it modifies: `your energy bills`), the body's own substance owned or measured (`your cortisol`,
 * `cortisol levels`), or a noun with a bodily sense past its first two (`your airways`)? Past another verb
 * (`Eucalyptus steam opens your airways`) the noun is that verb's object. */
function ownedBodily(tokens: Token[], i: number, k: number): boolean {
  const lower = tokens[k].lower
  const owned = ownedPhrase(tokens, i, k)
  if (bodyMeasureNouns.has(lower) && owned) return true
  if (isBodySubstance(lower) && (owned || measureAfter(tokens, k))) return true
  if (!owned || thirdPersonBetween(tokens, i, k)) return false
  return ownableBodyNoun(lower) || (isQualityNoun(lower) && !nounAfter(tokens, k))
}

/** Is the word after `k` a noun (WordNet knows it as one, not as a function word)? */
function nounAfter(tokens: Token[], k: number): boolean {
  const next = tokens[nextSolidIndex(tokens, k + 1)]
  return (
    next?.kind === 'word' &&
    !functionWords.has(next.lower) &&
    firstNounClass(next.lower.replace(/s$/, '')) !== undefined
  )
}

/** Is a third-person verb (`opens`) between `i` and `k`? */
function thirdPersonBetween(tokens: Token[], i: number, k: number): boolean {
  for (let j = i + 1; j < k; j++)
    if (tokens[j].kind === 'word' && actingVerbEntry(tokens[j].lower)?.form === 'third') return true
  return false
}

/** Is the word after `k` a noun of measure (`levels`, `count`)? */
function measureAfter(tokens: Token[], k: number): boolean {
  const next = tokens[nextSolidIndex(tokens, k + 1)]
  return next?.kind === 'word' && bodyMeasureNouns.has(next.lower)
}

/** Is the word a bare verb whose first sense is a change, a motion or of the body (`soar`, `melt`,
 * `vanish`), as a verb of watching takes it? */
function watchedChange(token: Token): boolean {
  if (verbLemmaOf(token.lower) !== token.lower) return false
  const sense = firstVerbClass(token.lower)
  return sense === 'verb.change' || sense === 'verb.motion' || sense === 'verb.body'
}

/** Pronouns that stand as an object for a noun named before (`silences it`, `soothes them`). */
const objectAnaphors: ReadonlySet<string> = new Set(['it', 'them'])

/** Is a part or state of the body named in a clause before the one of `i` (before the last comma
 * or semicolon before it: `Heartburn is miserable, and X settles it`; not `Calcium that builds up
 * in artery walls stiffens them`, where the walls are inside the subject)? */
function bodilyNounBefore(tokens: Token[], i: number): boolean {
  let boundary = i - 1
  while (boundary >= 0 && tokens[boundary].value !== ',' && tokens[boundary].value !== ';') boundary--
  for (let k = 0; k < boundary; k++) if (tokens[k].kind === 'word' && isBodilyNoun(tokens[k].lower)) return true
  return false
}

/** After a relative clause's verb at `verb`, a particle or none, then `in` and a part of the body? */
function relativeInBody(tokens: Token[], verb: number): boolean {
  if (tokens[verb]?.kind !== 'word' || verbLemmaOf(tokens[verb].lower) === undefined) return false
  let k = nextSolidIndex(tokens, verb + 1)
  if (objectParticles.has(tokens[k]?.lower ?? '')) k = nextSolidIndex(tokens, k + 1)
  return tokens[k]?.lower === 'in' && bodilyPlaceAfter(tokens, k)
}

/** After `in` at `k`, a possessive or article or none, at most one modifier, and a part of the
 * body (`in your colon`, `in the gut`, `in working muscles`)? */
function bodilyPlaceAfter(tokens: Token[], k: number): boolean {
  let at = nextSolidIndex(tokens, k + 1)
  if (possessiveDeterminers.has(tokens[at]?.lower ?? '') || tokens[at]?.lower === 'the')
    at = nextSolidIndex(tokens, at + 1)
  // One modifier first (`in working muscles`, `in your lower back`).
  for (let words = 0; words < 2; words++) {
    const noun = tokens[at]
    if (noun?.kind !== 'word') return false
    if (firstNounClass(noun.lower) === 'noun.body') return true
    at = nextSolidIndex(tokens, at + 1)
  }
  return false
}

/** An adjective made from a bodily noun (`colicky` colic, `itchy` itch, `arthritic` arthritis,
 * `diabetic` diabetes, `asthmatic` asthma)? */
function bodilyAdjective(lower: string): boolean {
  if (lower.length < 5) return false
  const stems = /ky$|y$/.test(lower)
    ? [lower.replace(/ky$/, ''), lower.replace(/y$/, '')]
    : /ic$/.test(lower)
      ? [lower.replace(/ic$/, 'is'), lower.replace(/ic$/, 'es'), lower.replace(/tic$/, '')]
      : []
  return stems.some((stem) => stem.length >= 3 && inBodilyTrees(stem))
}

/** Does a possessive determiner stand between the verb at `i` and the word at `k`? */
function ownedPhrase(tokens: Token[], i: number, k: number): boolean {
  for (let j = i + 1; j < k; j++) if (possessiveDeterminers.has(tokens[j].lower)) return true
  return false
}

/** A noun of effect at `i` owned by or affirmed of an intervention (`magnesium's benefits`,
 * `its positive impact on`). A word of the verb table is never read as a noun here. */
function nounAt(
  tokens: Token[],
  i: number,
  start: number,
  lexicons: ClaimLexicons,
  context: AgentContext
): Candidate | undefined {
  const lower = tokens[i].lower
  if (lexicons.verbs.has(lower)) return undefined
  // `its positive impact on mental clarity`: an evaluated noun of influence, owned.
  const evaluated = influenceNouns.has(lower) && evaluativeBefore(tokens, i)
  // `Ginger's anti-nausea power`, `its cortisol-taming punch`: a noun of force named by its action.
  const acting = actionNouns.has(lower) && actingModifierBefore(tokens, i)
  const owned =
    (effectNouns.includes(lower) &&
      (possessedByIntervention(tokens, i, context) || affirmedOfIntervention(tokens, i, context))) ||
    ((evaluated || acting) && possessedByIntervention(tokens, i, context))
  return owned && !discussedAt(tokens, i, start) ? {from: i, to: i + 1, phrase: lower, form: 'noun'} : undefined
}

/** Does a word of acting stand right before the noun at `i`: acting against something
 * (`anti-nausea`, antiAction) or the -ing form of a verb of change, alone or after its object
 * (`soothing`, `cortisol-taming`, `fat-burning`)? */
function actingModifierBefore(tokens: Token[], i: number): boolean {
  const before = tokens[previousSolidIndex(tokens, i - 1)]
  if (before?.kind !== 'word') return false
  const last = before.lower.slice(before.lower.lastIndexOf('-') + 1)
  if (antiAction(before.lower)) return true
  const lemma = /[a-z]{3}ing$/.test(last) ? verbLemmaOf(last) : undefined
  return lemma !== undefined && (defaultVerbTable.has(lemma) || changeVerb(lemma) || bodyVerb(last))
}

/**
 * The hedges that govern a candidate. Epistemic verbs, adverbs, correlational framing and
 * limits govern their whole clause; a modal governs only the verb group it stands in
 * ("Chronic inflammation can disrupt the axis, and magnesium helps" leaves *helps* unhedged).
 */
function governingHedges(
  tokens: Token[],
  candidate: Candidate,
  agent: AgentResult,
  segment: Segment,
  hedges: LexiconMatch[],
  inParens: boolean[],
  lexicons: ClaimLexicons
): LexiconMatch[] {
  const inSegment = segmentHedges(segment, hedges, inParens)
  // (A segment of very many hedges: a sample, see `sampledHedges`.)
  const sampled = inSegment.all.length > SAMPLE_ABOVE
  const inClause = (from: number, to: number) =>
    sampled ? sampledHedges(tokens, candidate, inSegment, from, to) : clauseHedges(inSegment, from, to)
  let governing: LexiconMatch[]
  if (agent.inherited) {
    const from = agent.inherited.from
    // A modal reaches a coordinated verb only in the base form: "may improve sleep and
    // reduce waking" is hedged twice, "may improve sleep and reduces waking" is not.
    const entry = lexicons.verbs.get(tokens[candidate.from].lower)
    const form = entry?.form
    // After `may have reduced`, a coordinated past form is a participle of the same `have`.
    const perfect = tokens[from].lower === 'have' || tokens[previousSolidIndex(tokens, from - 1)]?.lower === 'have'
    // (`can calm the nerves and upset the stomach`: a past that is also the base form, as `cut`, `upset`, `hurt`
    // are, is the base form the modal reaches.)
    const sameAsBase = entry?.lemma === tokens[candidate.from].lower
    const inflected = candidate.form === 'finite' && (form === 'third' || (form === 'past' && !perfect && !sameAsBase))
    // `might shorten a cold and will reduce its severity`: a verb with an auxiliary or modal of
    // its own is a verb group of its own, out of the first modal's reach.
    const ownGroup = ownVerbGroup(tokens, candidate.from, agent.inherited.to, hedges)
    governing = [
      ...agent.inherited.hedges.filter((h) => !((inflected || ownGroup) && local(h))),
      ...inClause(from + 1, candidate.from)
    ]
  } else if (agent.clauseFrom !== undefined) {
    // (A predicate's own words may hold its modal: `can be helpful`.)
    governing = inClause(agent.clauseFrom, candidate.form === 'predicate' ? candidate.to : candidate.from)
  } else governing = sampled ? inClause(-Infinity, Infinity) : inSegment.all
  const kept = governing.filter((h) => governs(tokens, candidate, h))
  return sampled ? sampleEnds(tokens, kept) : kept
}

/** Whether the hedge `h` of a candidate's clause or segment governs it. */
function governs(tokens: Token[], candidate: Candidate, h: LexiconMatch): boolean {
  // "eases nausea linked to pregnancy": a participle after the effect that describes its
  // object is no hedge of the effect.
  // (`The app, which anyone can download, cuts stress`: a modal in a relative aside governs its own verb.)
  // (`Alcohol chews up your REM sleep, which is partly why we...`: a hedge in a relative clause after the
  // effect governs that clause.)
  return (
    !(h.from > candidate.from && describesNoun(tokens, h)) &&
    !(
      local(h) &&
      h.from < candidate.from &&
      candidate.from - h.from < ASIDE_REACH &&
      inRelativeAside(tokens, h.from, candidate.from)
    ) &&
    !(h.from >= candidate.to && h.from - candidate.to < ASIDE_REACH && relativeBetween(tokens, candidate.to, h.from)) &&
    !(h.category === 'distancing' && h.from >= candidate.to && !trailingReport(tokens, candidate.to, h.from)) &&
    !(h.category === 'distancing' && h.to <= candidate.from && writersClauseBetween(tokens, h.to, candidate.from)) &&
    // (`Regular walking appears to ease low mood, and it improves sleep`: a hedge of its own clause; a hedge before its
    // that-clause, `suggests that ...`, reaches a clause joined to it by `and`.)
    !(clauseWide(h) && h.to <= candidate.from && clauseOfItsOwnBetween(tokens, h, candidate.from)) &&
    // (`Exercise improves insulin sensitivity whether or not your weight changes`: a concession after the effect.)
    !(h.category === 'question' && h.from >= candidate.to) &&
    // (`Running strengthens your knees, so don't worry that it will wear them out`: a fear governs its that-clause.)
    !(h.category === 'fear' && h.from >= candidate.to)
  )
}

/** Hedges that govern their clause, not one word (modals and adjectives), nor the whole sentence (limits, `in mice`),
 * nor a report (distancing, read by `writersClauseBetween`). */
function clauseWide(h: LexiconMatch): boolean {
  return !local(h) && h.category !== 'limit' && h.category !== 'distancing'
}

/** Does a clause of its own, `, and` or `, but` and a subject (`it`, `they`, `the`...), open between the hedge `h`
 * and `to`? After a hedge that takes a that-clause (`suggests that`), `, and` may go on inside it: only `, but`. */
function clauseOfItsOwnBetween(tokens: Token[], h: LexiconMatch, to: number): boolean {
  const before = tokens[nextSolidIndex(tokens, h.to)]?.lower === 'that' || tokens[h.to - 1]?.lower === 'that'
  for (let k = h.to; k < to; k++) {
    if (tokens[k].value !== ',') continue
    const conjunction = nextSolidIndex(tokens, k + 1)
    const word = tokens[conjunction]?.lower ?? ''
    if (!clauseCoordinators.has(word) || (before && word === 'and')) continue
    const subject = tokens[nextSolidIndex(tokens, conjunction + 1)]?.lower ?? ''
    if (clauseSubjects.has(subject)) return true
  }
  return false
}

/** `Fans say it is the best thing for their gut, and it really does soothe...`: does a clause of the writer's own,
 * `, and` or `, but` and a subject (`it`, `they`, `the`...), open between a report's verb and an effect? */
function writersClauseBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (tokens[k].value !== ',') continue
    const conjunction = nextSolidIndex(tokens, k + 1)
    if (!clauseCoordinators.has(tokens[conjunction]?.lower ?? '')) continue
    const subject = tokens[nextSolidIndex(tokens, conjunction + 1)]?.lower ?? ''
    if (clauseSubjects.has(subject)) return true
  }
  return false
}

/** `Magnesium eases cramps, my gran swears`: is the report at `report`, after an effect that ends at `end`, a
 * trailing aside on it (near, with no clause word between), not a clause of its own (`and Joan swears by it`)? */
function trailingReport(tokens: Token[], end: number, report: number): boolean {
  if (report - end >= ASIDE_REACH) return false
  for (let k = end; k < report; k++) if (tokens[k].kind === 'word' && clauseOpeners.has(tokens[k].lower)) return false
  return true
}

/**
 * A segment of more than `SAMPLE_ABOVE` hedges (none in ordinary prose: one sentence of thousands of clauses, each
 * with a hedge) gives each of its effects a sample of the hedges that govern it, not all of them: for each kind of
 * hedge (local or not, describing a noun or not), the first `SAMPLE_ENDS` and the last `SAMPLE_ENDS` that govern it,
 * in their order. An effect in a relative clause has no clause limit (see `relativeAntecedent`), so each held every
 * hedge of its segment: 64 million entries for one sentence of 8,000 clauses. The sample is empty exactly when the
 * whole list is (what the rules read), and an effect that inherits it keeps a hedge of a kind exactly when it would
 * from the whole list, as long as no more than `SAMPLE_ENDS` hedges of that kind lie within `ASIDE_REACH` tokens of
 * the effects along the chain (the only ones a later effect's filter drops, besides all local ones or those after it
 * that describe a noun).
 */
const SAMPLE_ABOVE = 256
const SAMPLE_ENDS = 32

/** The sample of `clauseHedges(hedges, from, to)` that governs `candidate` (see above), found from either end of
 * each kind's hedges (those a filter drops lie near the candidate, so the walks are short). */
function sampledHedges(
  tokens: Token[],
  candidate: Candidate,
  hedges: SegmentHedges,
  from: number,
  to: number
): LexiconMatch[] {
  const {all} = hedges
  const kinds = (hedges.kinds ??= kindsOf(tokens, all))
  // (The findings' own filter: a modal inside the effect's words belongs to a relative clause in it.)
  const ok = (k: number) =>
    governs(tokens, candidate, all[k]) &&
    !(all[k].category === 'modal' && all[k].from > candidate.from && all[k].to < candidate.to)
  const picked: number[] = []
  kinds.forEach((list, kind) => {
    // Local hedges only in the clause; those that describe a noun only up to the effect.
    const low = kind & 1 ? firstIndexFrom(list, all, from) : 0
    let high = kind & 1 ? firstIndexFrom(list, all, to) : list.length
    if (kind & 2) high = Math.min(high, firstIndexFrom(list, all, candidate.from + 1))
    let forward = low
    for (let n = 0; forward < high && n < SAMPLE_ENDS; forward++)
      if (ok(list[forward]) && ++n) picked.push(list[forward])
    for (let back = high - 1, n = 0; back >= forward && n < SAMPLE_ENDS; back--)
      if (ok(list[back]) && ++n) picked.push(list[back])
  })
  return picked.sort((a, b) => a - b).map((k) => all[k])
}

/** The hedges' indices in `all`, by kind: 1 for a local hedge, plus 2 for one that describes a noun. */
function kindsOf(tokens: Token[], all: LexiconMatch[]): number[][] {
  const kinds: number[][] = [[], [], [], []]
  all.forEach((h, k) => kinds[kindOf(tokens, h)].push(k))
  return kinds
}

function kindOf(tokens: Token[], h: LexiconMatch): number {
  return (local(h) ? 1 : 0) + (describesNoun(tokens, h) ? 2 : 0)
}

/** The first position in `list` (indices in `all`, in order) whose hedge starts at or after `from`. */
function firstIndexFrom(list: number[], all: LexiconMatch[], from: number): number {
  let low = 0
  let high = list.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (all[list[mid]].from < from) low = mid + 1
    else high = mid
  }
  return low
}

/** `governing` (an inherited sample and a sample of the segment, in that order) cut to a sample again: of each
 * kind, the `SAMPLE_ENDS` first and last in the text, in their order in `governing`. */
function sampleEnds(tokens: Token[], governing: LexiconMatch[]): LexiconMatch[] {
  if (governing.length <= 4 * 2 * SAMPLE_ENDS) return governing
  const kinds: number[][] = [[], [], [], []]
  governing.forEach((h, k) => kinds[kindOf(tokens, h)].push(k))
  const keep = new Set<number>()
  for (const list of kinds) {
    list.sort((a, b) => governing[a].from - governing[b].from || a - b)
    for (const k of list.length > 2 * SAMPLE_ENDS ? [...list.slice(0, SAMPLE_ENDS), ...list.slice(-SAMPLE_ENDS)] : list)
      keep.add(k)
  }
  return governing.filter((_, k) => keep.has(k))
}

/** A segment's hedges outside parentheses (in order), and where its local ones (modals, adjectives) are among
 * them. */
interface SegmentHedges {
  all: LexiconMatch[]
  /** Indices in `all` of the hedges that govern their whole clause. */
  wide: number[]
  /** Indices in `all` of the local ones. */
  local: number[]
  /** Indices in `all` by kind, read for a segment of many hedges (see `sampledHedges`). */
  kinds?: number[][]
}

/** Each segment's hedges, read at its first effect. A segment is made by `segmentsOf` for one call of
 * `findEffects`, which reads it with that call's hedges only. (Read once: a sentence of thousands of
 * clauses, each with a hedge, was quadratic when every effect filtered every hedge of its segment.) */
const hedgesOfSegment = new WeakMap<Segment, SegmentHedges>()

function segmentHedges(segment: Segment, hedges: LexiconMatch[], inParens: boolean[]): SegmentHedges {
  const known = hedgesOfSegment.get(segment)
  if (known) return known
  const read: SegmentHedges = {all: within(hedges, segment).filter((h) => !inParens[h.from]), wide: [], local: []}
  read.all.forEach((h, k) => (local(h) ? read.local : read.wide).push(k))
  hedgesOfSegment.set(segment, read)
  return read
}

/** The hedges of a segment that reach an effect whose clause runs over `[from, to)`: every hedge that
 * governs its whole clause, and the local ones that start in the clause, in their order in the segment. */
function clauseHedges(hedges: SegmentHedges, from: number, to: number): LexiconMatch[] {
  const {all, wide, local} = hedges
  // The local ones from `from` on, by binary search (their `from` grows with their index).
  let low = 0
  let high = local.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (all[local[mid]].from < from) low = mid + 1
    else high = mid
  }
  const out: LexiconMatch[] = []
  let w = 0
  for (let l = low; l < local.length && all[local[l]].from < to; l++) {
    while (w < wide.length && wide[w] < local[l]) out.push(all[wide[w++]])
    out.push(all[local[l]])
  }
  while (w < wide.length) out.push(all[wide[w++]])
  return out
}

/** Is a relative clause opened (`, which`, `, who`) between `from` and `to`? */
function relativeBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to && k < from + ASIDE_REACH; k++)
    if (tokens[k].value === ',' && relativePronouns.has(tokens[nextSolidIndex(tokens, k + 1)]?.lower ?? '')) return true
  return false
}

/** Is the token at `at` inside a relative aside (`, which anyone can download,`) that closes before
 * `before`? */
function inRelativeAside(tokens: Token[], at: number, before: number): boolean {
  // (Bounded: an aside of ASIDE_REACH tokens on either side of the hedge.)
  let open = at - 1
  while (open >= 0 && open > at - ASIDE_REACH && tokens[open].value !== ',') open--
  if (open < 0 || tokens[open].value !== ',') return false
  if (!relativePronouns.has(tokens[nextSolidIndex(tokens, open + 1)]?.lower ?? '')) return false
  for (let k = at + 1; k < before && k < at + ASIDE_REACH; k++) if (tokens[k].value === ',') return true
  return false
}

/** How many tokens a relative aside or clause is read over, around a hedge (the walks stay linear on long
 * sentences of many hedges). */
const ASIDE_REACH = 60

interface Candidate {
  from: number
  to: number
  phrase: string
  form: Effect['form']
  /** The intervention's words, when the construction names it (`benefit from X`). */
  agent?: string | undefined
}

/** How far back `how`/`why` makes a clause an embedded question (`Here is how X works`). */
const QUESTION_WINDOW = 8

function embeddedQuestion(tokens: Token[], from: number, floor: number): boolean {
  let words = 0
  for (let i = from - 1; i >= floor && words < QUESTION_WINDOW; i--) {
    if (tokens[i].kind !== 'word') continue
    words++
    if (embeddedQuestionOpeners.has(tokens[i].lower)) return true
  }
  return false
}

/** A passive effect at `i` whose agent is the intervention (`Blood pressure is lowered by
 * beetroot juice`), as a predicate from its auxiliary (fix: `may be lowered`). */
function passiveCandidate(
  tokens: Token[],
  i: number,
  start: number,
  isIntervention: (words: Token[]) => boolean
): Candidate | undefined {
  if (passiveEntryOf(tokens[i].lower)?.form !== 'past') return undefined
  const passiveEntry = defaultVerbTable.get(tokens[i].lower) ?? actingVerbEntry(tokens[i].lower)
  if (passiveEntry?.form === 'past') {
    // A device as the agent too (`Headaches are relieved by this roll-on`), of a bodily subject.
    const device = (words: Token[]): boolean => deviceHead(words) && bodilySubject(tokens, i, start)
    const passive = passiveAgent(tokens, i, start, (words) => isIntervention(words) || device(words))
    // A verb found by class must change the body's state (`Blood pressure is lowered`), not a
    // study's (`The trial was co-authored by`); a listed effect verb is one already.
    if (passive && (defaultVerbTable.has(tokens[i].lower) || bodilySubject(tokens, passive.from, start)))
      return {
        from: passive.from,
        to: i + 1,
        phrase: passiveEntry.lemma,
        form: 'predicate',
        agent: wordsText(passive.agent)
      }
  }
  return undefined
}

/** The phrasal verbs of removing (particleVerbs), inflected: `brought` → bring. */
const particleVerbTable: Map<string, VerbEntry> = verbTable(Object.keys(particleVerbs))

/** `Inflammation is brought down by our turmeric extract`: the past participle of a phrasal verb of removing
 * (particleVerbs) with its particle right after it, in a passive whose `by` phrase names the intervention. */
function phrasalPassive(
  tokens: Token[],
  i: number,
  start: number,
  isIntervention: (words: Token[]) => boolean
): Candidate | undefined {
  const entry = particleVerbTable.get(tokens[i].lower)
  const particle = nextSolidIndex(tokens, i + 1)
  if (entry?.form !== 'past' || tokens[particle]?.lower !== particleVerbs[entry.lemma]) return undefined
  const passive = passiveAgent(tokens, i, start, isIntervention)
  if (!passive) return undefined
  const phrase = `${entry.lemma} ${particleVerbs[entry.lemma]}`
  return {from: passive.from, to: particle + 1, phrase, form: 'predicate', agent: wordsText(passive.agent)}
}

/** A construction at token `i` (constructionCore); a progressive (`My acne is fading`) runs
 * from its form of *be*, so that its fix reads `may be fading`. */
function constructionAt(
  tokens: Token[],
  i: number,
  start: number,
  context: AgentContext,
  isIntervention: (words: Token[]) => boolean
): Candidate | undefined {
  // (`does more for your heart`: a deed done to the body; `X = deeper sleep`: an outcome equated.)
  const candidate =
    doneForBody(tokens, i, start) ??
    equatedOutcome(tokens, i, start, isIntervention) ??
    meansOutcome(tokens, i) ??
    constructionCore(tokens, i, start, context, isIntervention)
  const be = previousSolidIndex(tokens, i - 1)
  if (
    candidate?.from === i &&
    candidate.form === 'finite' &&
    /ing$/.test(tokens[i].lower) &&
    beForms.has(tokens[be]?.lower ?? '')
  )
    return {...candidate, from: be, form: 'predicate'}
  return candidate
}

/** `Swapping your second glass for a spritz means you wake up with a clear head`, `Magnesium means deeper sleep`:
 * `means` (or `meant`) before a state of the body it brings (presentOutcome, or a better state), said of its
 * subject. Placed on `means` (→ `may mean`). */
function meansOutcome(tokens: Token[], i: number): Candidate | undefined {
  const lower = tokens[i].lower
  if (lower !== 'means' && lower !== 'meant') return undefined
  let k = nextSolidIndex(tokens, i + 1)
  if (tokens[k]?.lower === 'that') k = nextSolidIndex(tokens, k + 1)
  if (tokens[k]?.kind !== 'word') return undefined
  const brought = betterStateAt(tokens, k) || presentOutcome(tokens, k) !== undefined
  return brought ? {from: i, to: i + 1, phrase: 'mean', form: 'finite'} : undefined
}

/** How many words the outcomes after `=` may have (`a calmer nervous system, deeper sleep and a happier digestion`). */
const EQUATED_WORDS = 12

/** How many words the practice before `=` may have (`Legs up the wall for five minutes`). */
const EQUATING_WORDS = 8

/**
 * `Ten minutes of journalling = a calmer mind`, `Creatine + beta-alanine = faster recovery`: at the word
 * after an `=`, an outcome of the body qualified by an adjective or a comparative (`calmer`, `more`,
 * `zero`), said of the practice or intervention before the `=`. The sign states the effect, so the
 * finding stands on the outcome, with no fix (the sentence needs rewording, not a modal).
 */
function equatedOutcome(
  tokens: Token[],
  i: number,
  start: number,
  isIntervention: (words: Token[]) => boolean
): Candidate | undefined {
  const sign = previousSolidIndex(tokens, i - 1)
  if (sign <= start || tokens[sign].value !== '=') return undefined
  const outcome = equatedWords(tokens, sign)
  // (Lower case: `ADA = American Diabetes Association` defines a name.)
  const qualifier = (w: Token) =>
    w.value === w.lower && (adjectives.has(w.lower) || isDegreeForm(w.lower) || plainComparatives.has(w.lower))
  // (`more reps, faster recovery`: any item of a list of outcomes, its noun within two words of its qualifier.)
  const body = outcome.findIndex(
    (w, k) =>
      (isBodilyNoun(w.lower) || benefitNounSet.has(w.lower)) && outcome.slice(Math.max(0, k - 2), k).some(qualifier)
  )
  if (body < 0) return undefined
  // (No `=` before it among the practice's words: `Total = 3 tablets = ...` equates no practice.)
  // (Bounded: the practice's words and the spaces between them.)
  const floor = Math.max(start, sign - 2 * EQUATING_WORDS - 2)
  for (let k = sign - 1; k >= floor; k--) if (tokens[k].value === '=') return undefined
  const practice = wordsBack(tokens, sign - 1, start, EQUATING_WORDS)
  const practised =
    isIntervention(practice) || practice.some((w) => practiceGerund(w) || isIntervention([w])) || bodilyAct(practice[0])
  if (practice.length === 0 || !practised) return undefined
  return {
    from: sign,
    to: tokens.indexOf(outcome[body], sign) + 1,
    phrase: '=',
    form: 'noun',
    agent: wordsText(practice)
  }
}

/** The words after `=` at `sign`, through a list's commas, to the clause's end or the next `=` (EQUATED_WORDS at
 * most). */
function equatedWords(tokens: Token[], sign: number): Token[] {
  const out: Token[] = []
  for (let k = sign + 1; k < tokens.length && out.length < EQUATED_WORDS; k++) {
    const token = tokens[k]
    // (Another `=` ends it: `ADA = American Diabetes Association CRP = ...` is a list of definitions.)
    if ((token.kind === 'punctuation' && /^[.;:!?]$/.test(token.value)) || token.value === '=') break
    if (token.kind === 'word') out.push(token)
  }
  return out
}

/** `Legs up the wall`, `Walk daily`: a practice opened by a part of the body or by a verb of moving or
 * of the body (bodilyActClasses). */
function bodilyAct(word: Token): boolean {
  const noun = firstNounClass(word.lower) ?? firstNounClass(word.lower.replace(/s$/, ''))
  return noun === 'noun.body' || bodilyActClasses.has(firstVerbClass(word.lower) ?? '')
}

/** How many words after `for` the bodily noun of a deed may stand (`for my low mood`). */
const DEED_BODY_WORDS = 4

/**
 * `does more for your mental health than any pill`, `has done wonders for my joints`: *do* as the verb,
 * a quantity of good (deedQuantities) and `for` a part or state of the body, finite (after a perfect's
 * *have*, from it: fix `may have done`). The verb of a deed done to the body.
 */
function doneForBody(tokens: Token[], i: number, start: number): Candidate | undefined {
  const lower = tokens[i].lower
  if (!doForms.has(lower) && lower !== 'done') return undefined
  const quantity = nextSolidIndex(tokens, i + 1)
  if (!deedQuantities.has(tokens[quantity]?.lower ?? '')) return undefined
  const forAt = nextSolidIndex(tokens, quantity + 1)
  if (tokens[forAt]?.lower !== 'for') return undefined
  const body = objectWordsAfter(tokens, forAt, DEED_BODY_WORDS).some(
    (w) => isBodilyNoun(w.lower) || conditionTerm(w.lower)
  )
  if (!body) return undefined
  const before = previousSolidIndex(tokens, i - 1)
  if (lower === 'done') {
    // (`has done more for`: a perfect; `to have done`, `the work done for` are none.)
    return before >= start && haveForms.has(tokens[before].lower)
      ? {from: before, to: forAt + 1, phrase: 'do', form: 'finite'}
      : undefined
  }
  // (`to do more for your heart`: an infinitive is an aim, not a deed done.)
  if (before >= start && (tokens[before].lower === 'to' || verbGroupOpeners.has(tokens[before].lower))) return undefined
  return {from: i, to: forAt + 1, phrase: 'do', form: 'finite'}
}

/** Did the sentences before (or the document's topic) name an intervention, for `it`, `its`, `their`? */
function namedBefore(context: AgentContext): boolean {
  return context.previousIntervention || context.topic !== undefined
}

/** The verb of change whose attachments a changed state after a copula takes (`was gone after`, `is better since`). */
const CHANGED_STATE_LEMMA = 'disappear'

/** A state of the body that changed, ended or is promised, stated with a copula or `will` at `i`. */
function stateConstruction(
  tokens: Token[],
  i: number,
  start: number,
  context: AgentContext,
  isIntervention: (words: Token[]) => boolean
): Candidate | undefined {
  // `After a month on X, my cholesterol was down`: a changed state after a copula; `my skin is
  // firmer`, `fine lines are visibly plumped`: a better state or an effect's participle said of
  // a bodily subject.
  const state = nextSolidIndex(tokens, i + 1)
  // (`After a week with the Glide, my back feels looser`: a verb of perception links a better state too.)
  const sensory = sensoryCopulas.has(tokens[i].lower)
  // (`My eczema has gone since ...`: the perfect of *go* is the state `gone`.)
  const goneSince = haveForms.has(tokens[i].lower) && tokens[state]?.lower === 'gone'
  if (bePresentPast.has(tokens[i].lower) || sensory || goneSince) {
    const changed = !sensory && changedStateSet.has(tokens[state]?.lower ?? '') ? state + 1 : -1
    const end = changed > 0 ? changed : bodilyBefore(tokens, i, start) ? betterOrAffectedEnd(tokens, i) : -1
    const agent = end > 0 ? frontedAgent(tokens, i, start, isIntervention) : undefined
    if (agent) return {from: i, to: end, phrase: 'be', form: 'predicate', agent: wordsText(agent)}
    // `His stiffness was gone after six weeks on them`: a bodily state changed takes what it came after, as a verb
    // of change does (`the flares faded after a week on X`).
    const after =
      changed > 0 && changesBodily(tokens, i, start)
        ? receivedFrom(tokens, changed - 1, CHANGED_STATE_LEMMA, isIntervention)
        : undefined
    if (after) return {from: i, to: changed, phrase: 'be', form: 'predicate', agent: wordsText(after)}
  }
  // `With X, period cramps become a thing of the past`: a bodily state said to have ended.
  if (bePresentPast.has(tokens[i].lower) || becomeFormSet.has(tokens[i].lower)) {
    let end = endedIdiomEnd(tokens, i)
    // `With X, flare-ups become rare`, `become less frequent`: a state reached.
    if (end < 0 && becomeFormSet.has(tokens[i].lower)) end = reachedStateEnd(tokens, i)
    // (`my flare-ups have become almost non-existent`: someone's own state, as `My flares faded` is.)
    const agent =
      end > 0 && changesBodily(tokens, i, start) ? frontedAgent(tokens, i, start, isIntervention) : undefined
    if (agent) return {from: i, to: end, phrase: 'be', form: 'predicate', agent: wordsText(agent)}
  }
  return endedState(tokens, i, start, context) ?? promisedState(tokens, i, start, context)
}

/** After the copula at `copula`, a better state (stateAfterCopula: `firmer`, `visibly brighter`) or,
 * after an adverb or none, the participle of an effect (a listed effect verb's, or of a verb of
 * change: `visibly plumped`, `restored`): the index after it, or -1. */
function betterOrAffectedEnd(tokens: Token[], copula: number): number {
  const better = stateAfterCopula(tokens, copula)
  if (better > 0) return better
  let k = nextSolidIndex(tokens, copula + 1)
  if (/[a-z]{3}ly$/.test(tokens[k]?.lower ?? '')) k = nextSolidIndex(tokens, k + 1)
  const lower = tokens[k]?.kind === 'word' ? tokens[k].lower : ''
  const lemma = /[a-z]ed$/.test(lower) ? verbLemmaOf(lower) : undefined
  const affected = defaultVerbTable.get(lower)?.form === 'past' || (lemma !== undefined && changeVerb(lemma))
  return affected ? k + 1 : -1
}

const endedIdioms = endedStateIdioms.map((idiom) => idiom.split(' '))
const becomeFormSet = new Set(becomeForms)

/** The index after an idiom of an ended state (`a thing of the past`) right after the copula at
 * `i`, or -1. */
function endedIdiomEnd(tokens: Token[], i: number): number {
  for (const idiom of endedIdioms) {
    let k = i
    let matched = true
    for (const word of idiom) {
      k = nextSolidIndex(tokens, k + 1)
      if (tokens[k]?.lower !== word) {
        matched = false
        break
      }
    }
    if (matched) return k + 1
  }
  return -1
}

/** The index after a state reached after *become* at `i` (`rare`, `less frequent`, `calmer`), or -1. */
function reachedStateEnd(tokens: Token[], i: number): number {
  let k = nextSolidIndex(tokens, i + 1)
  // One adverb of degree first (`almost non-existent`, `far less frequent`).
  if (degreeAdverbs.has(tokens[k]?.lower ?? '') || /[a-z]{3}ly$/.test(tokens[k]?.lower ?? ''))
    k = nextSolidIndex(tokens, k + 1)
  if (plainComparatives.has(tokens[k]?.lower ?? '')) k = nextSolidIndex(tokens, k + 1)
  const word = tokens[k]
  return word?.kind === 'word' && (isDegreeForm(word.lower) || isStateWord(word.lower)) ? k + 1 : -1
}

/** Does a bodily noun stand in the clause before `i`, after its last comma (`period cramps`)? */
function bodilyBefore(tokens: Token[], i: number, start: number): boolean {
  for (let k = i - 1; k >= start; k--) {
    if (tokens[k].value === ',') return false
    if (tokens[k].kind === 'word' && (isBodilyNoun(tokens[k].lower) || isBodilyGerund(tokens[k].lower))) return true
  }
  return false
}

/** Is what changes before the verb at `i` bodily: a part or state of the body (bodilyBefore), one
 * of the body's substances or a measure of them (`Cortisol levels drop`, `blood pressure falls`),
 * or someone's own (`My flares faded`)? */
function changesBodily(tokens: Token[], i: number, start: number): boolean {
  if (bodilyBefore(tokens, i, start)) return true
  for (let k = i - 1; k >= start && tokens[k].value !== ','; k--) {
    const lower = tokens[k].lower
    if (tokens[k].kind !== 'word') continue
    if (isBodySubstance(lower) || biomarkerWords.has(lower) || bodyMeasureNouns.has(lower)) return true
    if (possessiveDeterminers.has(lower) && lower !== 'our') return true
  }
  return false
}

/** Constructions of the body whose agent is the subject, found as for any verb. */
function bodilyConstruction(tokens: Token[], i: number, start: number): Candidate | undefined {
  // `Vitamin K2 directs calcium into your bones`: a thing carried into the body.
  if (transfersIntoBody(tokens, i, start))
    return {from: i, to: i + 1, phrase: verbLemmaOf(tokens[i].lower) ?? tokens[i].lower, form: 'finite'}
  // `People who eat walnuts have sharper memories`: a better bodily state had (the agent is
  // what the subject's people take).
  const had = betterStateEnd(tokens, i)
  if (had > 0) return {from: i, to: had, phrase: 'have', form: 'finite'}
  // `is the fastest way to a sharper memory`: a way to a better bodily state.
  return wayToBetterState(tokens, i, start)
}

/** How many words the better state after a way may have (`a sharper long-term memory`). */
const WAY_STATE_WORDS = 3

/** How many words a copula may stand before a way's noun (`is the fastest`, `is by far the easiest`). */
const WAY_COPULA_WORDS = 5

/** At a noun of way (pathNouns: `way`, `shortcut`) after a copula, `to`, an article or none, a
 * comparative and a bodily noun phrase (`is the fastest way to a sharper memory`, `is a shortcut
 * to deeper sleep`): a predicate from the copula to the comparative. */
function wayToBetterState(tokens: Token[], i: number, start: number): Candidate | undefined {
  if (!pathNouns.has(tokens[i].lower) || tokens[nextSolidIndex(tokens, i + 1)]?.lower !== 'to') return undefined
  let k = nextSolidIndex(tokens, nextSolidIndex(tokens, i + 1) + 1)
  const article = articles.has(tokens[k]?.lower ?? '')
  if (article) k = nextSolidIndex(tokens, k + 1)
  const lower = tokens[k]?.lower ?? ''
  if ((!isDegreeForm(lower) && !plainComparatives.has(lower)) || !healthObject(tokens, k)) return undefined
  // (`a way to lower blood pressure`: without an article, a verb's base form is the verb.)
  if (!article && defaultVerbTable.has(lower)) return undefined
  const copula = wordsBack(tokens, i - 1, start, WAY_COPULA_WORDS).find((w) => remedyCopulas.has(w.lower))
  if (!copula) return undefined
  // The span ends with the noun phrase (`a sharper memory`).
  let end = k
  for (let words = 0; words < WAY_STATE_WORDS; words++) {
    const after = nextSolidIndex(tokens, end + 1)
    if (tokens[after]?.kind !== 'word' || objectEnders.has(tokens[after].lower)) break
    end = after
  }
  return {from: tokens.indexOf(copula, start), to: end + 1, phrase: 'a way to', form: 'predicate'}
}

/** How many words the thing carried may have (`calcium`, `more oxygen-rich blood`). */
const CARRIED_WORDS = 4

/** `Vitamin K2 directs calcium into your bones`, `carries oxygen to the muscles`: a verb in the
 * third person at `i`, or a base form after a plural subject (no noun after a determiner), that
 * is no stative verb (`involves`, `contains`), its object of at most CARRIED_WORDS words (no verb
 * among them), then a preposition of goal (`into`, `to`, `through`) and a bodily noun phrase
 * (healthObject). The agent is the subject, found as for any verb. */
function transfersIntoBody(tokens: Token[], i: number, start: number): boolean {
  // Most words have no preposition of goal or source after them: nothing to look up (issue 14g).
  if (!goalWithin(tokens, i)) return false
  const lower = tokens[i].lower
  // (`have put an end to`: an auxiliary carries nothing.)
  if (haveForms.has(lower) || auxiliaries.has(lower) || beForms.has(lower)) return false
  // The third person (`directs`), or a base form after a plural subject (`greens carry`).
  // (No third person ends in -ss: `compress`, `dress` are base forms.)
  const third = /[a-z]{2}s$/.test(lower) && !lower.endsWith('ss') && !notVerbsInS.has(lower)
  const lemma = verbLemmaOf(lower)
  if (!(third || pluralSubjectBefore(tokens, i, start)) || lemma === undefined) return false
  if ((!third && lemma !== lower) || firstVerbClass(lemma) === 'verb.stative') return false
  // `Castor oil packs draw toxins out of the liver`: a plural noun before the verb that carries.
  const next = nextSolidIndex(tokens, i + 1)
  if (third && tokens[next]?.kind === 'word' && verbLemmaOf(tokens[next].lower) === tokens[next].lower) {
    if (transfersIntoBody(tokens, next, start)) return false
  }
  const previous = previousSolidIndex(tokens, i - 1)
  if (previous < start || tokens[previous].kind !== 'word' || determiners.has(tokens[previous].lower)) return false
  const subject = tokens[previous].lower
  if (notSubjects.has(subject) && !pronounAgents.has(subject) && !relativePronouns.has(subject)) return false
  let k = i
  for (let words = 0; words <= CARRIED_WORDS; words++) {
    k = nextSolidIndex(tokens, k + 1)
    const token = tokens[k]
    if (token?.kind !== 'word') return false
    // (`to` before a verb is an infinitive's: `leaves are left to ferment`.)
    if (goalPrepositions.has(token.lower)) return words > 0 && !verbAfter(tokens, k) && healthObject(tokens, k)
    // `draws toxins out of the liver`, `flushes waste from the kidneys`: a thing taken out of the body.
    const of = nextSolidIndex(tokens, k + 1)
    if (token.lower === 'out' && tokens[of]?.lower === 'of') return words > 0 && healthObject(tokens, of)
    if (token.lower === 'from') return words > 0 && healthObject(tokens, k)
    if (objectEnders.has(token.lower) || relativePronouns.has(token.lower)) return false
    // (`transit times can lead to`: a modal opens a verb group, so no object stands before it.)
    const verbal = beForms.has(token.lower) || auxiliaries.has(token.lower) || verbGroupOpeners.has(token.lower)
    if (verbal || defaultVerbTable.has(token.lower)) return false
    if (/[a-z]{3}ing$/.test(token.lower) && verbLemmaOf(token.lower) !== undefined) return false
  }
  return false
}

/** Is a preposition of goal or source (`into`, `to`, `through`, `out`, `from`) among the
 * CARRIED_WORDS + 1 words after `i`? */
function goalWithin(tokens: Token[], i: number): boolean {
  let k = i
  for (let words = 0; words <= CARRIED_WORDS; words++) {
    k = nextSolidIndex(tokens, k + 1)
    const token = tokens[k]
    if (token?.kind !== 'word') return false
    if (goalPrepositions.has(token.lower) || token.lower === 'out' || token.lower === 'from') return true
  }
  return false
}

/** Is the word after `k` a verb and no noun (`to ferment`, `to reduce`)? */
function verbAfter(tokens: Token[], k: number): boolean {
  const next = tokens[nextSolidIndex(tokens, k + 1)]
  return next?.kind === 'word' && (verbOnly(next.lower) || defaultVerbTable.get(next.lower)?.form === 'base')
}

/** How many words a had state's noun phrase may hold (`sharper long-term memories`). */
const HAD_STATE_WORDS = 3

/** After a finite *have* at `i`, a comparative (`sharper`, `better`, `lower`) and a bodily noun
 * object of health after it (healthObject: `have sharper memories`, `has lower blood pressure`):
 * the index after that noun phrase (at most HAD_STATE_WORDS words), or -1. */
function betterStateEnd(tokens: Token[], i: number): number {
  if (!haveForms.has(tokens[i].lower) || tokens[previousSolidIndex(tokens, i - 1)]?.lower === 'to') return -1
  let comparative = nextSolidIndex(tokens, i + 1)
  // (`have a lower body fat percentage`)
  if (articles.has(tokens[comparative]?.lower ?? '')) comparative = nextSolidIndex(tokens, comparative + 1)
  const lower = tokens[comparative]?.lower ?? ''
  if (!isDegreeForm(lower) && !plainComparatives.has(lower)) return -1
  if (!healthObject(tokens, comparative)) return -1
  // The span ends at the noun phrase's last word.
  let end = comparative
  for (let words = 0; words < HAD_STATE_WORDS; words++) {
    const k = nextSolidIndex(tokens, end + 1)
    if (tokens[k]?.kind !== 'word' || objectEnders.has(tokens[k].lower)) break
    end = k
  }
  return end + 1
}

/** A construction of `src/claims/constructions.ts` at token `i`: a verb of receiving,
 * experiencing or making, or a noun of change. */
function constructionCore(
  tokens: Token[],
  i: number,
  start: number,
  context: AgentContext,
  isIntervention: (words: Token[]) => boolean
): Candidate | undefined {
  const token = tokens[i]
  const change = changeOf(tokens, i, start, isIntervention)
  if (change)
    return {
      from: change.from,
      to: nextSolidIndex(tokens, i + 1) + 1,
      phrase: token.lower,
      form: 'noun',
      agent: wordsText(change.agent)
    }
  // `Patients on the drug lived longer`: users of an intervention fare better.
  const compared = comparedUsers(tokens, i, start, isIntervention)
  if (compared)
    return {
      from: compared.from,
      to: i + 1,
      phrase: token.lower,
      form: 'finite',
      agent: wordsText(compared.agent)
    }
  // `Blood pressure is lowered by beetroot juice`: a passive whose agent is the intervention.
  const passive = passiveCandidate(tokens, i, start, orNamedBefore(isIntervention, context))
  if (passive) return passive
  const state = stateConstruction(tokens, i, start, context, isIntervention)
  if (state) return state
  const bodily = bodilyConstruction(tokens, i, start)
  if (bodily) return bodily
  const ended = endedSymptom(tokens, i, start, context, isIntervention)
  if (ended) return ended
  const predicate = copulaConstruction(tokens, i, start, isIntervention, namedBefore(context))
  if (predicate) return predicate
  const entry = constructionVerbs.get(token.lower)
  // `My lines are disappearing`: a progressive is a finite verb group.
  const progressive =
    entry?.form === 'participle' && beForms.has(tokens[previousSolidIndex(tokens, i - 1)]?.lower ?? '')
  if (!entry || (entry.form === 'participle' && !progressive) || (!progressive && !constructionPlace(tokens, i, start)))
    return undefined
  // `Nothing beats a cold shower for`: the intervention is the object.
  if (isRival(entry.lemma)) {
    const agent = unrivalled(tokens, i, isIntervention)
    if (agent) return {from: i, to: i + 1, phrase: entry.lemma, form: 'finite', agent: wordsText(agent)}
  }
  // `With ashwagandha, cortisol levels drop`: the opening phrase names the intervention.
  // `the pain went away`, `the rash cleared up`: a verb of change with its particle.
  const particle = outcomeParticles.get(entry.lemma)
  const to =
    particle && tokens[nextSolidIndex(tokens, i + 1)]?.lower === particle ? nextSolidIndex(tokens, i + 1) + 1 : i + 1
  if (outcomeChanges.has(entry.lemma) || to > i + 1 || isReceiver(entry.lemma)) {
    const agent = frontedAgent(tokens, i, start, isIntervention)
    if (agent) return {from: i, to, phrase: entry.lemma, form: 'finite', agent: wordsText(agent)}
    if (!isReceiver(entry.lemma) && testimony(tokens, i, entry, start, context))
      return {from: i, to, phrase: entry.lemma, form: 'finite', agent: 'it'}
  }
  // (A change on its own is an effect of what comes after it when what changes is bodily: `The
  // fog faded after lunch` names none.)
  if (isReceiver(entry.lemma) || ((outcomeChanges.has(entry.lemma) || to > i + 1) && changesBodily(tokens, i, start))) {
    const agent = receivedFrom(tokens, i, entry.lemma, isIntervention)
    if (agent) return {from: i, to, phrase: entry.lemma, form: 'finite', agent: wordsText(agent)}
  }
  if (isExperiencer(entry.lemma)) {
    const experienced = experiencedCandidate(tokens, i, start, entry, context, isIntervention)
    if (experienced) return experienced
    // `Vegetarians see particularly strong cognitive benefits`: benefits with no source named
    // are the document's topic's.
    if (
      context.topic &&
      benefitObject(tokens, i) &&
      !absenceQuantifiers.has(tokens[nextSolidIndex(tokens, i + 1)]?.lower ?? '')
    )
      return {from: i, to: i + 1, phrase: entry.lemma, form: 'finite', agent: context.topic}
  }
  return infinitiveAfterTo(tokens, i, subjectConstruction(tokens, i, entry))
}

/** A verb of experiencing an outcome that changed, with what it came with (experiencedWith): an intervention, or
 * (`Most of our patients have fewer attacks after three sessions`) a unit of use of what is named. */
function experiencedCandidate(
  tokens: Token[],
  i: number,
  start: number,
  entry: VerbEntry,
  context: AgentContext,
  isIntervention: (words: Token[]) => boolean
): Candidate | undefined {
  const named = context.topic ?? (context.previousIntervention ? 'it' : undefined)
  const isUse = named === undefined ? undefined : useOf
  const agent = experiencedWith(tokens, i, wordsBack(tokens, i - 1, start, 8), isIntervention, isUse)
  if (!agent) return undefined
  const text = named !== undefined && useOf(agent) && !isIntervention(agent) ? named : wordsText(agent)
  return {from: i, to: i + 1, phrase: entry.lemma, form: 'finite', agent: text}
}

/** Is the phrase a unit of use (`three sessions`, `the fourth session`): at most USE_WORDS words, the last a noun of
 * use? */
function useOf(words: Token[]): boolean {
  const last = words[words.length - 1]
  return last !== undefined && words.length <= USE_WORDS && useNouns.has(last.lower)
}

/** `is proven to keep colds away`: a construction's verb after `to` is an infinitive, whose agent is
 * its head's subject. */
function infinitiveAfterTo(tokens: Token[], i: number, made: Candidate | undefined): Candidate | undefined {
  return made && tokens[previousSolidIndex(tokens, i - 1)]?.lower === 'to' ? {...made, form: 'infinitive'} : made
}

/** `my knees no longer ache`, `her hands no longer itch`: at `no`, `longer` and a verb that names a
 * state of the body (its noun is a bodily state: `ache`, `itch`, `cramp`) after a possessed bodily
 * subject: the symptom has stopped, as `stopped aching` says. The agent is a fronted phrase's
 * intervention, the one named before, or the subject's own (agentOf). */
function endedSymptom(
  tokens: Token[],
  i: number,
  start: number,
  context: AgentContext,
  isIntervention: (words: Token[]) => boolean
): Candidate | undefined {
  const longer = nextSolidIndex(tokens, i + 1)
  if (tokens[i].lower !== 'no' || tokens[longer]?.lower !== 'longer') return undefined
  const verb = nextSolidIndex(tokens, longer + 1)
  const lemma = verbLemmaOf(tokens[verb]?.lower ?? '')
  if (lemma === undefined || !symptomVerb(lemma) || ownBodilyStateBefore(tokens, i, start) === undefined)
    return undefined
  const candidate: Candidate = {from: i, to: verb + 1, phrase: 'stop', form: 'finite'}
  const agent = frontedAgent(tokens, i, start, isIntervention)
  if (agent) return {...candidate, agent: wordsText(agent)}
  return context.previousIntervention || context.topic !== undefined ? {...candidate, agent: 'it'} : candidate
}

/** A verb that names a state of the body: its noun is a bodily state of WordNet (`ache`, `itch`,
 * `cramp`, `throb`), not an act (`wheeze`). */
function symptomVerb(lemma: string): boolean {
  return isBodilyNoun(lemma) && firstNounClass(lemma) === 'noun.state' && firstVerbClass(lemma) !== undefined
}

/** What a copula at `i` says of its subject: a remedy noun, a remedy's role (`is the most reliable
 * fix for jet lag`), or the focus of a pseudo-cleft (`are what magnesium gave`). */
function copulaConstruction(
  tokens: Token[],
  i: number,
  start: number,
  isIntervention: (words: Token[]) => boolean,
  named: boolean
): Candidate | undefined {
  const remedyEnd = remedyNounEnd(tokens, i)
  if (remedyEnd > 0) return {from: i, to: remedyEnd, phrase: 'a remedy noun', form: 'predicate'}
  const roleEnd = remedyRoleEnd(tokens, i)
  if (roleEnd > 0) return {from: i, to: roleEnd, phrase: 'a remedy role', form: 'predicate'}
  const reasonEnd = reasonRoleEnd(tokens, i)
  if (reasonEnd > 0) return {from: i, to: reasonEnd, phrase: 'the reason', form: 'predicate'}
  const foodEnd = bodilyFoodEnd(tokens, i)
  if (foodEnd > 0) return {from: i, to: foodEnd, phrase: 'a remedy role', form: 'predicate'}
  // `Magnesium's effect on sleep is dramatic`: an influence said to be real.
  const influence = influencePredicate(tokens, i, start, isIntervention, named)
  if (influence) return {...influence, phrase: 'be', form: 'predicate'}
  return whatCleft(tokens, i, start, isIntervention) ?? doneCleft(tokens, i, start, isIntervention, named)
}

/** How many modifiers may stand between the copula and a part of the body that a food feeds (`are proper brain
 * food`). */
const FOOD_MODIFIERS = 2

/** `are proper brain food`, `is real skin food`: after a form of *be* at most FOOD_MODIFIERS modifiers, a noun of
 * the body and a noun of what feeds or mends it (nourishmentNouns): the index after that noun, or -1. */
function bodilyFoodEnd(tokens: Token[], i: number): number {
  if (!beForms.has(tokens[previousSolidIndex(tokens, i - 1)]?.lower ?? '')) return -1
  let k = i
  for (let words = 0; words <= FOOD_MODIFIERS && tokens[k]?.kind === 'word'; words++) {
    const next = nextSolidIndex(tokens, k + 1)
    if (nourishmentNouns.has(tokens[next]?.lower ?? '') && isBodilyNoun(tokens[k].lower)) return next + 1
    k = next
  }
  return -1
}

/** `is the reason I finally sleep through the night`, `is the reason why my skin glows`: after a
 * copula, `the reason` and a clause that tells of a state of the body (presentOutcome): the index
 * after `reason`, or -1. */
function reasonRoleEnd(tokens: Token[], i: number): number {
  const reason = nextSolidIndex(tokens, i + 1)
  if (tokens[i].lower !== 'the' || tokens[reason]?.lower !== 'reason') return -1
  if (!beForms.has(tokens[previousSolidIndex(tokens, i - 1)]?.lower ?? '')) return -1
  let clause = nextSolidIndex(tokens, reason + 1)
  if (tokens[clause]?.lower === 'why' || tokens[clause]?.lower === 'that') clause = nextSolidIndex(tokens, clause + 1)
  return presentOutcome(tokens, clause) ? reason + 1 : -1
}

/** How many words the subject of a pseudo-cleft's `what` clause may have (`two kiwis a day`), and
 * how far before its copula the better state may stand (`Lower blood pressure, stronger bones and a
 * calmer gut: that is`). */
const CLEFT_AGENT_WORDS = 6
const irregularPasts: ReadonlySet<string> = new Set(Object.values(irregular).map((forms) => forms[1]))

/** The lemma of each irregular form (`felt` → feel). */
const irregularLemmas: ReadonlyMap<string, string> = new Map(
  Object.entries(irregular).flatMap(([lemma, forms]) => forms.map((form) => [form, lemma] as const))
)
const CLEFT_FOCUS_WORDS = 12

/**
 * `Fewer hot flushes and deeper sleep are what magnesium gave our members`, `Stronger bones: that is
 * what two kiwis a day bring`: a pseudo-cleft whose focus, before the copula, is a better state of
 * the body (a comparative or adjective of outcome before a bodily noun) and whose `what` clause has
 * the intervention as its subject. Placed on the copula and the clause, with no fix.
 */
function whatCleft(
  tokens: Token[],
  i: number,
  start: number,
  isIntervention: (words: Token[]) => boolean
): Candidate | undefined {
  if (tokens[i].lower !== 'what') return undefined
  const be = previousSolidIndex(tokens, i - 1)
  if (be < start || !beForms.has(tokens[be].lower)) return undefined
  const words: Token[] = []
  for (let k = nextSolidIndex(tokens, i + 1); k < tokens.length; k = nextSolidIndex(tokens, k + 1)) {
    const word = tokens[k]
    if (word.kind !== 'word' || words.length > CLEFT_AGENT_WORDS) return undefined
    // The verb: a word that can be one and does not go on the intervention's name (`calcium
    // supplements promise`: *supplements* is its noun).
    const verb =
      words.length > 0 &&
      (verbLemmaOf(word.lower) !== undefined || irregularPasts.has(word.lower)) &&
      !isIntervention([word])
    if (verb) {
      const named = isIntervention(words) || words.some((w) => isIntervention([w]))
      // (A focus before a colon may have been read as the sentence's label: `Softer knees: that is`.)
      const end = focusEnd(tokens, be, 0)
      if (!named || !betterStateBefore(tokens, end, end < be ? 0 : start)) return undefined
      return {from: be, to: k + 1, phrase: 'be', form: 'fragment', agent: wordsText(words)}
    }
    words.push(word)
  }
  return undefined
}

/**
 * `What zinc does is shorten colds`, `what it really does is clear the brain fog`: a pseudo-cleft of *do* whose
 * focus, after the copula at `i` (an adverb between allowed), is an effect verb's base form. The `what` clause stands
 * within CLEFT_AGENT_WORDS + 2 words before its *do*, and its subject is an intervention, or `it`/`they` (`named`: the
 * sentences before named one, or the sentence names one before `what`). The effect, with no fix, or undefined.
 */
function doneCleft(
  tokens: Token[],
  i: number,
  start: number,
  isIntervention: (words: Token[]) => boolean,
  named: boolean
): Candidate | undefined {
  if (!bePresentPast.has(tokens[i].lower)) return undefined
  let verb = nextSolidIndex(tokens, i + 1)
  if (/[a-z]{2}ly$/.test(tokens[verb]?.lower ?? '')) verb = nextSolidIndex(tokens, verb + 1)
  const lemma = verbLemmaOf(tokens[verb]?.lower ?? '')
  if (lemma === undefined || tokens[verb].lower !== lemma) return undefined
  let done = previousSolidIndex(tokens, i - 1)
  if (done >= start && /[a-z]{2}ly$/.test(tokens[done].lower)) done = previousSolidIndex(tokens, done - 1)
  if (done < start || !doForms.has(tokens[done].lower)) return undefined
  const words = wordsBack(tokens, done - 1, start, CLEFT_AGENT_WORDS + 2)
  const what = words.findIndex((w) => w.lower === 'what')
  if (what < 0) return undefined
  const subject = words.slice(what + 1).filter((w) => !/[a-z]{2}ly$/.test(w.lower))
  const pronoun = subject.length === 1 && subjectAnaphors.has(subject[0].lower)
  // (`Fasting might help, but what it really does is clear the fog`: the pronoun's antecedent in the sentence.)
  const before = pronoun && (named || namesIntervention(tokens.slice(start, tokens.indexOf(words[what])), undefined))
  if (subject.length === 0 || !(pronoun ? before : isIntervention(subject))) return undefined
  return {from: verb, to: verb + 1, phrase: lemma, form: 'fragment', agent: pronoun ? 'it' : wordsText(subject)}
}

/** How many words a pseudo-cleft's focus may hold after its copula (`was the lavender pillow spray`), and
 * how far after the effect the copula may stand (`What finally put an end to my 3 a.m. wake-ups was`). */
const CLEFT_NAMED_WORDS = 6
const CLEFT_COPULA_WORDS = 10

/**
 * `What finally put an end to my wake-ups was the lavender spray`, `A daily glass of kefir is what stopped my
 * flare-ups`: the effect's clause is a pseudo-cleft's `what` clause, and the intervention its focus, after
 * the copula that follows the clause or before the copula that opens it. The focus as the agent, or undefined.
 */
function whatClauseAgent(
  tokens: Token[],
  content: Token[],
  effect: {from: number; to?: number},
  context: AgentContext
): AgentResult | undefined {
  const what = content[content.length - 1]
  if (what?.lower !== 'what') return undefined
  const at = tokens.lastIndexOf(what, effect.from)
  const focus = content.length === 1 ? focusAfterCopula(tokens, effect.to ?? effect.from + 1) : content.slice(0, -1)
  // (`Castor oil? That's what thickens sparse brows`: a demonstrative focus, its copula glued on or not, stands
  // for what was named before.)
  const copula = previousSolidIndex(tokens, at - 1)
  const before = tokens[copula]?.lower ?? ''
  const subject = bePresentPast.has(before) ? previousSolidIndex(tokens, copula - 1) : copula
  const [head, clitic] = (tokens[subject]?.lower ?? '').split(/['’]/)
  const demonstrative = demonstratives.has(head) && (subject === copula ? clitic === 's' : clitic === undefined)
  if (demonstrative && context.previousIntervention && previousSolidIndex(tokens, subject - 1) < 0)
    return {text: 'it', intervention: true, clauseFrom: subject}
  if (content.length > 1 && !bePresentPast.has(before)) return undefined
  return focus && isInterventionPhrase(focus, context)
    ? {
        text: wordsText(focus),
        intervention: true,
        clauseFrom: content.length === 1 ? at : tokens.lastIndexOf(focus[0], at)
      }
    : undefined
}

/** The words after the first copula within CLEFT_COPULA_WORDS words from `from` in the clause, up to
 * punctuation (`was the lavender pillow spray`), or undefined. */
function focusAfterCopula(tokens: Token[], from: number): Token[] | undefined {
  let words = 0
  for (let k = from; k < tokens.length && k < from + 4 * CLEFT_COPULA_WORDS && words <= CLEFT_COPULA_WORDS; k++) {
    if (tokens[k].kind === 'punctuation' && tokens[k].value !== '-' && tokens[k].value !== "'") return undefined
    if (tokens[k].kind !== 'word') continue
    words++
    if (bePresentPast.has(tokens[k].lower)) {
      const focus: Token[] = []
      for (let n = k + 1; n < tokens.length && n < k + 4 * CLEFT_NAMED_WORDS && focus.length < CLEFT_NAMED_WORDS; n++) {
        if (tokens[n].kind === 'punctuation' && tokens[n].value !== '-') break
        if (tokens[n].kind === 'word') focus.push(tokens[n])
      }
      return focus.length > 0 ? focus : undefined
    }
  }
  return undefined
}

/** Where the focus of a pseudo-cleft ends: at its copula, or before `that` or `this` and the
 * colon or dash that resumes it (`Stronger bones: that is what`). */
function focusEnd(tokens: Token[], be: number, start: number): number {
  const that = previousSolidIndex(tokens, be - 1)
  if (that < start || (tokens[that].lower !== 'that' && tokens[that].lower !== 'this')) return be
  const mark = previousSolidIndex(tokens, that - 1)
  return mark >= start && (tokens[mark].value === ':' || tokens[mark].value === '—') ? mark : be
}

/** Is a comparative or an adjective of outcome before a bodily noun (healthObject) among the
 * CLEFT_FOCUS_WORDS words before `be`? */
function betterStateBefore(tokens: Token[], be: number, start: number): boolean {
  return wordsBack(tokens, be - 1, start, CLEFT_FOCUS_WORDS).some((word) =>
    betterStateAt(tokens, tokens.indexOf(word, start))
  )
}

/** Is the word at `k` a comparative or an adjective of outcome before a bodily noun (`deeper
 * sleep`, `softer knees`, `calmer skin`)? */
function betterStateAt(tokens: Token[], k: number): boolean {
  const lower = tokens[k].lower
  const better = isDegreeForm(lower) || plainComparatives.has(lower) || isOutcomeAdjective(lower)
  if (better && healthObject(tokens, k)) return true
  // (`Tinnitus relief`, `joint pain relief`: a noun of relief (reliefNouns) after the state relieved.)
  const before = tokens[previousSolidIndex(tokens, k - 1)]
  return reliefNouns.has(lower) && before?.kind === 'word' && isBodilyNoun(before.lower)
}

/** Constructions whose agent is the verb's subject, found as for any verb: a verb of making
 * (`makes skin softer`), of changing one's life, or of aspect (`starts working`). */
function subjectConstruction(tokens: Token[], i: number, entry: VerbEntry): Candidate | undefined {
  // `makes skin softer`: the subject is the agent, found as for any verb.
  // `gives you glowing skin`: *give* only with a person as its first object (`gives the tea a
  // stronger flavour` is about the tea).
  const personObject =
    entry.lemma !== 'give' || personObjectWords.has(tokens[nextSolidIndex(tokens, i + 1)]?.lower ?? '')
  // (`a patch made for women with hot flushes`: a preposition after the verb opens no object.)
  const object = !objectEnders.has(tokens[nextSolidIndex(tokens, i + 1)]?.lower ?? '')
  if (causativeVerbs.includes(entry.lemma) && personObject && object && causativeEnd(tokens, i) > 0)
    return {from: i, to: i + 1, phrase: entry.lemma, form: 'finite'}
  // `these creams have changed my life`: the subject is the agent.
  if (changingVerbs.includes(entry.lemma) && changesOwn(tokens, i))
    return {from: i, to: i + 1, phrase: entry.lemma, form: 'finite'}
  // `starts working within an hour`, `begins to fade dark spots`: the subject is the agent.
  if (aspectualVerbs.includes(entry.lemma)) {
    const effect = aspectualEffect(tokens, i, entry.lemma)
    if (effect) return {from: i, to: effect.to, phrase: effect.lemma, form: 'finite'}
  }
  // `brings the swelling down`, `has brought my blood pressure down`: a phrasal verb of removing
  // with its bodily object between the verb and the particle.
  const particle = splitParticleAt(tokens, i, entry.lemma)
  if (particle > 0) return {from: i, to: i + 1, phrase: entry.lemma, form: 'finite'}
  return undefined
}

/** How many words a phrasal verb's object may have between the verb and its particle. */
const SPLIT_OBJECT_WORDS = 4

/** The particle of a phrasal verb of removing (particleVerbs) after its bodily object (`brings
 * the swelling down`), or -1. */
function splitParticleAt(tokens: Token[], i: number, lemma: string): number {
  const particle = particleVerbs[lemma]
  // (A base form after a plural subject: `Daily sessions bring blood pressure down`.)
  // (Or after a coordination of interventions: `Lavender and chamomile bring your cortisol down`.)
  const p = previousSolidIndex(tokens, i - 1)
  const before = tokens[p]?.lower ?? ''
  // (Or after `to`: `is guaranteed to bring your cholesterol down`.)
  const base =
    constructionVerbs.get(tokens[i].lower)?.form === 'base' &&
    (/[a-z]{2}s$/.test(before) ||
      before === 'to' ||
      (p > 0 && tokens[p].kind === 'word' && coordinatedInterventions(tokens, p, 0)))
  if (particle === undefined || (entryForm(tokens[i].lower) === undefined && !base)) return -1
  let k = i
  for (let words = 0; words <= SPLIT_OBJECT_WORDS; words++) {
    k = nextSolidIndex(tokens, k + 1)
    if (tokens[k]?.kind !== 'word') return -1
    // (`knocks you out`, `brings me down`: a person pronoun as the whole object.)
    const person = words === 1 && personObjectPronouns.has(tokens[nextSolidIndex(tokens, i + 1)]?.lower ?? '')
    if (tokens[k].lower === particle) return words > 0 && (person || healthObject(tokens, i)) ? k : -1
  }
  return -1
}

/** The form of a finite verb (`brings`, `brought`), or undefined for a base or -ing form. */
function entryForm(lower: string): VerbForm | undefined {
  const form = constructionVerbs.get(lower)?.form
  return form === 'third' || form === 'past' ? form : undefined
}

/** The effect verb an aspectual verb at `i` carries: an `-ing` form (`starts working`) or `to`
 * and a base form (`begins to fade`, `goes on to strengthen`) of an effect verb or of *work*,
 * right after it or after the particle *on*. */
function aspectualEffect(tokens: Token[], i: number, lemma: string): {to: number; lemma: string} | undefined {
  let next = nextSolidIndex(tokens, i + 1)
  // `keeps on working`, `goes on to strengthen`: *go* is aspectual only with its particle.
  const particle = tokens[next]?.lower === 'on'
  if (particle) next = nextSolidIndex(tokens, next + 1)
  else if (lemma === 'go') return undefined
  const infinitive = tokens[next]?.lower === 'to'
  if (infinitive) next = nextSolidIndex(tokens, next + 1)
  const token = tokens[next]
  if (!token || token.kind !== 'word') return undefined
  const entry =
    defaultVerbTable.get(token.lower) ??
    classVerbEntry(token.lower) ??
    (token.lower === 'work' || token.lower === 'working'
      ? {lemma: 'work', form: token.lower === 'work' ? 'base' : 'participle'}
      : undefined)
  if (!entry || entry.form !== (infinitive ? 'base' : 'participle')) return undefined
  return {to: next + 1, lemma: entry.lemma}
}

/** A verb of a construction stands after its subject or a modal, not after a determiner,
 * a preposition or `to`, and not at the start of a sentence. */
function constructionPlace(tokens: Token[], index: number, start: number): boolean {
  const p = previousSolidIndex(tokens, index - 1)
  // (`Ibuprofen (Nurofen) brings a fever down`: a parenthesis closes the subject.)
  if (p >= start && tokens[p].value === ')') return true
  if (p < start || tokens[p].kind !== 'word') return false
  const previous = tokens[p].lower
  // (`is proven to keep colds away`: `to` after a head that makes its verb an effect.)
  if (previous === 'to') return infinitivePlace(tokens, p, start) === 'infinitive'
  if (verbGroupOpeners.has(previous)) return true
  return !notSubjects.has(previous)
}

/** `With a low-sugar diet, my headaches cleared up`: a phrase of change (found before the
 * constructions) whose subject is no intervention takes the intervention of the opening phrase. */
function frontedFor(
  tokens: Token[],
  candidate: Candidate,
  found: AgentResult,
  start: number,
  context: AgentContext
): AgentResult | undefined {
  const head = candidate.phrase.split(' ')[0]
  const lemma = constructionVerbs.get(head)?.lemma ?? head
  if (found.intervention || !(outcomeChanges.has(lemma) || outcomeParticles.has(lemma))) return undefined
  const isIntervention = (words: Token[]): boolean => isInterventionPhrase(words, context)
  // (`My rash cleared up with zinc cream`, `... once I switched to oat baths`: after the phrase.)
  // (What changes is bodily: `The fog cleared up after lunch` names no effect.)
  const after = changesBodily(tokens, candidate.from, start)
    ? receivedFrom(tokens, candidate.from, lemma, isIntervention)
    : undefined
  const agent = frontedAgent(tokens, candidate.from, start, isIntervention) ?? after
  return agent ? {...found, text: wordsText(agent), intervention: true} : undefined
}

const suitability = new Set(suitabilityPredicates)

/** A medical term for a condition by its suffix (`fibromyalgia`, `tendinitis`), six letters at
 * least, that WordNet does not file otherwise. */
function conditionTerm(lower: string): boolean {
  return (
    lower.length >= 6 &&
    !wordClasses.has(lower) &&
    conditionSuffixes.some((suffix) => lower.endsWith(suffix) || lower.endsWith(suffix + 's'))
  )
}

/** How many words after a predicate of suitability its complement's health word may stand
 * (`ideal for people with arthritis`). */
const COMPLEMENT_WORDS = 5

/** Is there, right after a predicate of suitability, a state of the body or mind, a bodily
 * attribute (WordNet's first noun sense), an effect (a gerund of a verb that acts on a thing),
 * or the reader (`you`, `your …`)? */
function healthComplement(tokens: Token[], from: number): boolean {
  let words = 0
  for (
    let k = nextSolidIndex(tokens, from);
    k >= 0 && k < tokens.length && words < COMPLEMENT_WORDS;
    k = nextSolidIndex(tokens, k + 1)
  ) {
    const token = tokens[k]
    // (`for deep, uninterrupted sleep`: commas between the modifiers of one noun.)
    if (token.value === ',' && words > 0 && tokens[nextSolidIndex(tokens, k + 1)]?.kind === 'word') continue
    if (token.kind !== 'word') return false
    words++
    const lower = token.lower
    // `good for you`, `great for your heart`: the reader or the reader's own.
    if (objectPronouns.has(lower) || (words === 1 && possessiveDeterminers.has(lower))) return true
    if (/ing$/.test(lower) && (defaultVerbTable.has(lower) || actingVerbEntry(lower) !== undefined)) return true
    if (conditionTerm(lower)) return true
    // (`for small flats`: an adjective before its noun modifies it, though WordNet has `the small of the back`.)
    if (adjectives.has(lower) && tokens[nextSolidIndex(tokens, k + 1)]?.kind === 'word') continue
    for (const part of lower.split('-')) {
      if (isBodilyNoun(part) || firstNounClass(part) === 'noun.attribute') return true
    }
  }
  return false
}

/** How many words before a passive's auxiliary its subject may have (`Blood sugar spikes are`). */
const PASSIVE_SUBJECT_WORDS = 4

/** Does the subject before the auxiliary at `be` name a part, state, process or attribute of
 * the body (WordNet's first noun sense, as healthObject reads it) or a biomarker? */
function bodilySubject(tokens: Token[], be: number, start: number): boolean {
  return wordsBack(tokens, be - 1, start, PASSIVE_SUBJECT_WORDS).some((w) => {
    if (biomarkerWords.has(w.lower)) return true
    return isBodilyNoun(w.lower) || firstNounClass(w.lower) === 'noun.attribute'
  })
}

/** `We tried the gel for a month. My knee pain went away.`: after a sentence that names an
 * intervention (or in a document about one), a change in the past of the writer's or reader's own bodily state (a
 * possessive and a bodily noun right before the verb) tells what the intervention did. */
function testimony(tokens: Token[], i: number, entry: VerbEntry, start: number, context: AgentContext): boolean {
  const named = context.previousIntervention || context.topic !== undefined
  if (!named || (entry.form !== 'past' && entry.form !== 'participle')) return false
  return ownBodilyStateBefore(tokens, i, start) !== undefined
}

/** The possessive of a possessed bodily state (`my knee pain`, `your skin`) that stands right
 * before the verb group at `i` (its auxiliaries skipped: `my eczema had calmed down`), if any. */
function ownBodilyStateBefore(tokens: Token[], i: number, start: number): Token | undefined {
  const words = wordsBack(tokens, i - 1, start, OWN_STATE_WORDS + 1)
  while (
    words.length > 0 &&
    (auxiliaries.has(words[words.length - 1].lower) || beForms.has(words[words.length - 1].lower))
  )
    words.pop()
  let owner = words.length - 1
  while (owner >= 0 && !possessiveDeterminers.has(words[owner].lower)) owner--
  if (owner < 0) return undefined
  return words.slice(owner + 1).some((w) => isBodilyNoun(w.lower)) ? words[owner] : undefined
}

/** `Take X daily. Your skin will be smoother than ever.`: after a sentence that names an
 * intervention (or in a document about one, or after one named earlier in the sentence), `will`
 * and a verb of being or seeming promise a state of the reader's own body: a comparative, a
 * changed state (`gone`, `better`) or the participle of an effect (`restored`). The candidate
 * spans `will` and its verb, so the fix reads `may be`. */
function promisedState(tokens: Token[], i: number, start: number, context: AgentContext): Candidate | undefined {
  // (`you'll` is one token: the reader and the future.)
  const contracted = readerFutures.has(tokens[i].lower.replace('’', "'"))
  if (!willForm.has(tokens[i].lower) && !contracted) return undefined
  // `you will sleep better`, `you will wake up feeling refreshed`: the reader, with a verb of the
  // body as well as one of being or seeming.
  const you = contracted ? tokens[i] : tokens[previousSolidIndex(tokens, i - 1)]
  const reader = contracted || you?.lower === 'you' ? you : undefined
  const verb = nextSolidIndex(tokens, i + 1)
  const verbWord = tokens[verb]?.lower ?? ''
  const bodily = reader !== undefined && bodyVerb(verbWord)
  // `your gut will thank you with better digestion`: any verb, and a better bodily state after it.
  const word =
    (promisedStateVerbs.has(verbWord) || bodily
      ? promisedOutcome(tokens, verb, bodily)
      : betterStateAfter(tokens, verb)) ??
    (reader ? depictiveState(tokens, verb) : undefined) ??
    tokens[fallingAsleepEnd(tokens, verb)]
  if (!word) return undefined
  const owner = reader ?? ownBodilyStateBefore(tokens, i, start)
  if (!owner) return undefined
  const named =
    context.previousIntervention ||
    context.topic !== undefined ||
    tokens
      .slice(start, tokens.indexOf(owner, start))
      .some((t) => t.kind === 'word' && isInterventionPhrase([t], context))
  return named ? {from: i, to: verb + 1, phrase: 'be', form: 'finite', agent: 'it'} : undefined
}

/** `you'll arrive rested`, `you'll walk out refreshed`: after the reader's verb (and a particle), a participle
 * of an outcome (isOutcomeAdjective, in -ed) that says in what state the reader does it: a depictive. */
function depictiveState(tokens: Token[], verb: number): Token | undefined {
  if (tokens[verb]?.kind !== 'word') return undefined
  let state = nextSolidIndex(tokens, verb + 1)
  if (objectParticles.has(tokens[state]?.lower ?? '')) state = nextSolidIndex(tokens, state + 1)
  const word = tokens[state]
  return word?.kind === 'word' && /[a-z]ed$/.test(word.lower) && isOutcomeAdjective(word.lower) ? word : undefined
}

/** How many words after a promise's verb its better state may stand (`thank you with better`). */
const PROMISED_STATE_WORDS = 4

/** A comparative (`better`, `fewer`, `softer`) within PROMISED_STATE_WORDS words after the verb at
 * `verb`, before a bodily noun phrase (healthObject: `better digestion`), or undefined. */
function betterStateAfter(tokens: Token[], verb: number): Token | undefined {
  let k = verb
  for (let words = 0; words < PROMISED_STATE_WORDS; words++) {
    k = nextSolidIndex(tokens, k + 1)
    const token = tokens[k]
    if (token?.kind !== 'word') return undefined
    if ((isDegreeForm(token.lower) || plainComparatives.has(token.lower)) && healthObject(tokens, k)) return token
  }
  return undefined
}

/** `the simplest way to sleep better`, `proven to breathe easier`: an infinitive of a verb of the
 * body with a comparative after it, an outcome the infinitive's head promises. */
function bodilyOutcomeAt(tokens: Token[], i: number): Candidate | undefined {
  const lower = tokens[i].lower
  if (tokens[previousSolidIndex(tokens, i - 1)]?.lower !== 'to' || !bodyVerb(lower)) return undefined
  const next = nextSolidIndex(tokens, i + 1)
  const after = tokens[next]?.lower ?? ''
  if (!isDegreeForm(after) && !plainComparatives.has(after)) return undefined
  return {from: i, to: next + 1, phrase: lower, form: 'infinitive'}
}

/** `Three weeks in, my hands are no longer stiff`: after a sentence that names an intervention
 * (or in a document about one), a state of one's own body that has ended (`no longer` and a word
 * after a copula) tells what the intervention did, as testimony does. The `no longer` lies inside
 * the span, so it negates nothing. */
function endedState(tokens: Token[], i: number, start: number, context: AgentContext): Candidate | undefined {
  if (!bePresentPast.has(tokens[i].lower)) return undefined
  const no = nextSolidIndex(tokens, i + 1)
  const longer = nextSolidIndex(tokens, no + 1)
  if (tokens[no]?.lower !== 'no' || tokens[longer]?.lower !== 'longer') return undefined
  const state = nextSolidIndex(tokens, longer + 1)
  if (tokens[state]?.kind !== 'word') return undefined
  const named = context.previousIntervention || context.topic !== undefined
  if (!named || ownBodilyStateBefore(tokens, i, start) === undefined) return undefined
  return {from: i, to: state + 1, phrase: 'be', form: 'predicate', agent: 'it'}
}

/** `My knees have never felt stronger`, `I've never slept better`: `never` in the perfect before a verb of
 * seeming, being or of the body and a comparative praises a state as the best yet; it denies nothing. */
export function praisingNever(tokens: Token[], negation: {from: number; to: number}): boolean {
  if (tokens[negation.from]?.lower !== 'never') return false
  // (In the perfect: `My cramps never got better` denies.)
  const have = tokens[previousSolidIndex(tokens, negation.from - 1)]?.lower ?? ''
  if (!haveForms.has(have) && !/['’]ve$/.test(have)) return false
  const verb = nextSolidIndex(tokens, negation.to)
  const lower = tokens[verb]?.lower ?? ''
  const lemma = irregularLemmas.get(lower) ?? verbLemmaOf(lower)
  if (!beForms.has(lower) && (lemma === undefined || !(bodyVerb(lemma) || promisedStateVerbs.has(lemma)))) return false
  const state = tokens[nextSolidIndex(tokens, verb + 1)]?.lower ?? ''
  return isDegreeForm(state) || plainComparatives.has(state)
}

/** Is the verb's first WordNet sense one of the body (`sleep`, `wake`, `breathe`)? */
function bodyVerb(lower: string): boolean {
  return firstVerbClass(lower) === 'verb.body'
}

/** The word after a promise's verb at `verb` that names the outcome: a comparative (`softer`,
 * `more supple`), a changed state (`gone`), a participle of an effect (`restored`), or after a
 * verb of the body a particle and `feeling` first (`wake up feeling refreshed`). */
function promisedOutcome(tokens: Token[], verb: number, bodily: boolean): Token | undefined {
  let state = nextSolidIndex(tokens, verb + 1)
  if (bodily && objectParticles.has(tokens[state]?.lower ?? '')) state = nextSolidIndex(tokens, state + 1)
  if (bodily && tokens[state]?.lower === 'feeling') state = nextSolidIndex(tokens, state + 1)
  // (`you'll sleep like a baby`: a verb of the body and a simile of its manner.)
  const article = nextSolidIndex(tokens, state + 1)
  const compared = tokens[nextSolidIndex(tokens, article + 1)]
  if (
    bodily &&
    tokens[state]?.lower === 'like' &&
    articles.has(tokens[article]?.lower ?? '') &&
    compared?.kind === 'word'
  )
    return compared
  // One adverb of degree or manner (`visibly firmer`, `much deeper`), or a measure (`years
  // younger`, `ten years younger`).
  const count = tokens[state]
  if (count?.kind === 'word' && (/^\d+$/.test(count.lower) || Object.hasOwn(numberWords, count.lower)))
    state = nextSolidIndex(tokens, state + 1)
  const adverb = tokens[state]
  if (
    adverb?.kind === 'word' &&
    (/[a-z]ly$/.test(adverb.lower) || adverb.lower === 'much' || stateIntensifiers.has(adverb.lower))
  ) {
    state = nextSolidIndex(tokens, state + 1)
    // `you'll sleep soundly`: a verb of the body and its manner, where the clause ends.
    if (bodily && /[a-z]ly$/.test(adverb.lower) && tokens[state]?.kind !== 'word') return adverb
  } else if (tokens[state]?.kind === 'word' && comparativeMeasures.has(tokens[state].lower))
    state = nextSolidIndex(tokens, state + 1)
  const word = tokens[state]
  if (word?.kind !== 'word') return undefined
  const lower = word.lower
  const promised =
    isDegreeForm(lower) ||
    plainComparatives.has(lower) ||
    changedStateSet.has(lower) ||
    // (`you'll feel rested`: an adjective of outcome after a verb of being or seeming.)
    (promisedStateVerbs.has(tokens[verb]?.lower ?? '') && isOutcomeAdjective(lower)) ||
    (defaultVerbTable.get(lower)?.form ?? '') === 'past' ||
    (bodily && /[a-z]ed$/.test(lower) && verbLemmaOf(lower) !== undefined)
  return promised ? word : undefined
}

/** How many words a possessed bodily state may have before its verb (`my lower back pain`). */
const OWN_STATE_WORDS = 4

/** How many adjectives may stand between `no` and its noun of evidence (`no good clinical evidence`). */
const EVIDENCE_ADJECTIVES = 2

/** `no good evidence`, `no clinical proof`: `no` before a noun of evidence denies the clause. */
function deniesEvidence(tokens: Token[], negation: LexiconMatch): boolean {
  if (negation.phrase !== 'no') return false
  let k = negation.to
  for (let words = 0; words <= EVIDENCE_ADJECTIVES; words++) {
    k = nextSolidIndex(tokens, k)
    const token = tokens[k]
    if (!token || token.kind !== 'word') return false
    if (evidenceNounSet.has(token.lower)) return true
    k++
  }
  return false
}

/** How far a negation reaches: five words (`does not clog`, `do not expect strong cognitive or
 * health benefits`); a longer gap is another clause's business. */
const NEGATION_WORDS = 5

/** Does a comma and a coordinating conjunction (`, and`, `, but`) open another clause between
 * `from` and `to` (`not painful, and your sleep will be deeper`: the negation stays behind)? */
function coordinatedClauseBetween(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (tokens[i].value !== ',') continue
    const next = tokens[nextSolidIndex(tokens, i + 1)]
    if (next && next.kind === 'word' && (listConjunctions.has(next.lower) || next.lower === 'but')) return true
  }
  return false
}

/** The words between `from` and `to`, counted up to one past NEGATION_WORDS. */
function wordsBetween(tokens: Token[], from: number, to: number): number {
  let count = 0
  for (let i = from; i < to && count <= NEGATION_WORDS; i++) if (tokens[i].kind === 'word') count++
  return count
}

/** `wordsBetween` from a count of the sentence's words made once (a sentence of thousands of clauses, each with
 * a negation and an effect, counted the words after every earlier negation at every effect). */
function wordsBetweenCounted(tokens: Token[], from: number, to: number): number {
  let counts = wordCounts.get(tokens)
  if (!counts) {
    // (The words before each token.)
    counts = new Uint32Array(tokens.length + 1)
    for (let i = 0; i < tokens.length; i++) counts[i + 1] = counts[i] + (tokens[i].kind === 'word' ? 1 : 0)
    wordCounts.set(tokens, counts)
  }
  return to <= from ? 0 : Math.min(counts[Math.min(to, tokens.length)] - counts[from], NEGATION_WORDS + 1)
}

const wordCounts = new WeakMap<Token[], Uint32Array>()

/** A correlational participle that follows a noun, not a form of *be* ("nausea linked to
 * pregnancy", not "is linked to", "are strongly associated with"). */
function describesNoun(tokens: Token[], hedge: LexiconMatch): boolean {
  if (hedge.category !== 'correlational' || !correlationalParticiples.has(tokens[hedge.from].lower)) return false
  let p = previousSolidIndex(tokens, hedge.from - 1)
  while (p >= 0 && tokens[p].kind === 'word' && /ly$/.test(tokens[p].lower)) p = previousSolidIndex(tokens, p - 1)
  return p >= 0 && tokens[p].kind === 'word' && !beForms.has(tokens[p].lower)
}

/** How far back, in words, a verb's own auxiliary may stand (`will certainly reduce`). */
const OWN_GROUP_WINDOW = 3

/** Whether the verb at `at` has an auxiliary or modal of its own after `after` that is no
 * hedge (`and will certainly reduce`, `and does reduce`). */
function ownVerbGroup(tokens: Token[], at: number, after: number, hedges: LexiconMatch[]): boolean {
  let words = 0
  for (
    let i = previousSolidIndex(tokens, at - 1);
    i >= after && words < OWN_GROUP_WINDOW;
    i = previousSolidIndex(tokens, i - 1)
  ) {
    if (tokens[i].kind !== 'word') return false
    words++
    const lower = tokens[i].lower
    if ((verbGroupOpeners.has(lower) && lower !== 'to') || auxiliaries.has(lower))
      return !hedges.some((h) => h.from <= i && i < h.to)
    if (!/[a-z]ly$/.test(lower)) return false
  }
  return false
}

/** Modals and adjectives of likelihood govern only their own verb group or noun phrase. */
function local(hedge: LexiconMatch): boolean {
  return hedge.category === 'modal' || hedge.category === 'adjective'
}

/** Include a copula right before a predicate (`is effective`), so a fix can rewrite it. */
function extendCopula(tokens: Token[], from: number, form: Effect['form'], floor: number): number {
  if (form === 'finite') {
    // Emphatic `does enhance`, `did have`: the fix replaces the auxiliary too.
    let previous = previousSolidIndex(tokens, from - 1)
    // `will definitely shorten`: over adverbs to the auxiliary.
    while (
      previous > floor &&
      tokens[previous].kind === 'word' &&
      /[a-z]ly$/.test(tokens[previous].lower) &&
      previous > from - 6
    )
      previous = previousSolidIndex(tokens, previous - 1)
    if (previous >= floor && rewrittenAuxiliaries.has(tokens[previous].lower)) return previous
    // (`it'll keep you sharp`: a pronoun with `will` glued on, which the fix rewrites as `it may`.)
    const [pronoun, clitic] = tokens[previous]?.lower.split(/['’]/) ?? []
    if (previous >= floor && clitic === 'll' && (subjectPronouns.has(pronoun) || subjectAnaphors.has(pronoun)))
      return previous
    // `have changed my life`, `has improved sleep`: the auxiliary with its participle.
    if (
      previous >= floor &&
      haveForms.has(tokens[previous].lower) &&
      (/ed$|[^aeiou]en$/.test(tokens[from].lower) || irregularPerfectParticiples.has(tokens[from].lower))
    )
      return previous
    return from
  }
  if (form !== 'predicate') return from
  const previous = previousSolidIndex(tokens, from - 1)
  // `is remarkably effective`: over adverbs to the copula, so the fix replaces them too.
  let adverb = previous
  while (adverb > floor && tokens[adverb].kind === 'word' && mannerAdverb(tokens[adverb]) && adverb > from - 6)
    adverb = previousSolidIndex(tokens, adverb - 1)
  if (adverb !== previous && adverb >= floor && copulas.has(tokens[adverb].lower)) return adverb
  if (previous >= floor && copulas.has(tokens[previous].lower)) return previous
  // `is a powerful tool for`, `is the best type for`, `are the key to`
  if (previous >= floor && articles.has(tokens[previous].lower)) {
    const before = previousSolidIndex(tokens, previous - 1)
    if (before >= floor && copulas.has(tokens[before].lower)) return before
  }
  return from
}

/** How many words a list of coordinated predicates may hold before the last (`proven,
 * affordable, and effective`). */
const COORDINATED_WORDS = 6

/** The copula before a coordinated list of predicates that ends at `index` (`is safe, natural
 * and effective`), or undefined when `index` is not the last of such a list. */
function coordinatedFrom(tokens: Token[], index: number, start: number): number | undefined {
  const conjunction = previousSolidIndex(tokens, index - 1)
  if (conjunction < start || !listConjunctions.has(tokens[conjunction].lower)) return undefined
  let words = 0
  for (let i = conjunction - 1; i >= start && words <= COORDINATED_WORDS; i--) {
    const token = tokens[i]
    if (token.kind === 'whitespace' || (token.kind === 'punctuation' && token.value === ',')) continue
    if (token.kind !== 'word') return undefined
    if (copulas.has(token.lower)) return i
    // Only adjectives and adverbs stand in the list: no determiner, no noun head before it.
    if (notSubjects.has(token.lower) || listConjunctions.has(token.lower)) return undefined
    words++
  }
  return undefined
}

/** A predicate counts after a copula (within three words), after `it`/`them` (`making it
 * ideal for`), or at the start of a fragment (`Best for cognitive function`). */
function predicatePlace(tokens: Token[], index: number, start: number): boolean {
  let i = index - 1
  let words = 0
  while (i >= start && words < PREDICATE_WORDS) {
    const token = tokens[i]
    if (token.kind === 'word') {
      words++
      if (copulas.has(token.lower) || token.lower === 'it' || token.lower === 'them') return true
      if (token.lower === 'not' || token.lower === 'no') return true
    } else if (token.kind === 'punctuation' && token.value !== '-') {
      break
    }
    i--
  }
  // Fragment start: nothing but white space, markup, adverbs or degree words (`Primarily
  // useful as`, `Proven safe and effective`, `Less effective than`) before it (after the label).
  let previous = previousSolidIndex(tokens, index - 1)
  while (
    previous >= start &&
    tokens[previous].kind === 'word' &&
    (/ly$/.test(tokens[previous].lower) || predicateModifiers.has(tokens[previous].lower)) &&
    previous > index - 6
  ) {
    previous = previousSolidIndex(tokens, previous - 1)
  }
  return (
    previous < start ||
    (tokens[previous].kind === 'punctuation' && /^[,:;(]$/.test(tokens[previous].value) && previous < start + 2)
  )
}

/** The first of the words of degree that open a predicate fragment before `index` (`Less`
 * in `Less effective than`), or `index` itself. */
function modifiersFrom(tokens: Token[], index: number, start: number): number {
  let from = index
  for (
    let p = previousSolidIndex(tokens, index - 1);
    p >= start && p > index - 6 && tokens[p].kind === 'word' && predicateModifiers.has(tokens[p].lower);
    p = previousSolidIndex(tokens, p - 1)
  )
    from = p
  return from
}

/** How many words after a past form its clause's own finite verb may stand (`started before symptoms kick in can`). */
const REDUCED_RELATIVE_WORDS = 5

/** Is a third-person verb of the lexicon or a modal among the REDUCED_RELATIVE_WORDS words after `index`, with no
 * punctuation or clause word between? */
function finiteVerbAhead(tokens: Token[], index: number, verbs: Map<string, VerbEntry>): boolean {
  let k = index
  for (let words = 0; words < REDUCED_RELATIVE_WORDS; words++) {
    k = nextSolidIndex(tokens, k + 1)
    const token = tokens[k]
    if (token?.kind !== 'word' || clauseOpeners.has(token.lower)) return false
    if (verbs.get(token.lower)?.form === 'third' || (verbGroupOpeners.has(token.lower) && token.lower !== 'to'))
      return true
  }
  return false
}

/** Is the past form at `index` (after the token at `p`) an adjective or a participle that
 * describes a noun, not a finite verb? */
function pastAsAdjective(
  tokens: Token[],
  index: number,
  p: number,
  entry: VerbEntry,
  start: number,
  verbs: Map<string, VerbEntry>
): boolean {
  const previous = p >= start ? tokens[p] : undefined
  const prevLower = previous?.lower ?? ''
  // `lowering elevated levels`: a past form after a gerund is an adjective.
  if (
    entry.form === 'past' &&
    previous &&
    previous.kind === 'word' &&
    /[a-z]ing$/.test(prevLower) &&
    verbs.get(prevLower)?.form === 'participle'
  )
    return true
  // `... of TBSA burned.`: a past form that ends the sentence has no object: a participle after
  // its noun, or an intransitive use (`symptoms improved`), not an effect stated of an agent.
  if (entry.form === 'past') {
    const n = nextSolidIndex(tokens, index + 1)
    if (n >= tokens.length || (tokens[n].kind === 'punctuation' && /^[.!?…]$/.test(tokens[n].value))) return true
    // `usually shortened to CBT-I`: a past form before `to` and an abbreviation in capitals gives a name.
    if (tokens[n].lower === 'to' && /^[A-Z][A-Z][A-Z0-9-]*$/.test(tokens[nextSolidIndex(tokens, n + 1)]?.value ?? ''))
      return true
    // `powder dissolved in water`, `cells treated with zinc`: a past participle straight
    // before a preposition describes the noun before it (a reduced relative clause).
    if (
      !finiteOnly.has(entry.lemma) &&
      tokens[n].kind === 'word' &&
      reducedRelativePrepositions.has(tokens[n].lower) &&
      previous &&
      previous.kind === 'word' &&
      !finitePastLeaders.has(prevLower)
    )
      return true
  }
  // `an antihistamine started early reduces sneezing`: a past form before its clause's own finite verb is a
  // reduced relative.
  if (entry.form === 'past' && previous?.kind === 'word' && !finitePastLeaders.has(prevLower))
    if (finiteVerbAhead(tokens, index, verbs)) return true
  // `refuels tired muscles`: a past form between a present verb (a word WordNet knows only as a verb) and a
  // noun is an adjective of that noun.
  if (entry.form === 'past' && /[a-z]s$/.test(prevLower) && verbOnly(verbLemmaOf(prevLower) ?? '')) {
    const noun = tokens[nextSolidIndex(tokens, index + 1)]?.lower ?? ''
    if ((firstNounClass(noun) ?? firstNounClass(noun.replace(/s$/, ''))) !== undefined) return true
  }
  // `to tired muscles`, `into damaged hair`: a past form right after a preposition of goal is an
  // adjective (a verb after `to` is a base form).
  if (entry.form === 'past' && goalPrepositions.has(prevLower) && tokens[index].lower !== entry.lemma) return true
  // `during chemically induced differentiation`, `in massively burned patients`: a past form
  // after an adverb that follows a preposition or determiner is an adjective.
  if (
    entry.form === 'past' &&
    previous &&
    previous.kind === 'word' &&
    /[a-z]ly$/.test(prevLower) &&
    prevLower.length > 4
  ) {
    let q = previousSolidIndex(tokens, p - 1)
    while (q >= start && tokens[q].kind === 'word' && /[a-z]ly$/.test(tokens[q].lower))
      q = previousSolidIndex(tokens, q - 1)
    if (q >= start && tokens[q].kind === 'word' && notSubjects.has(tokens[q].lower) && !beForms.has(tokens[q].lower))
      return true
  }
  return false
}

/** Where a base form states an effect: after `to` and a head (`proven to lower`), after a
 * modal, after a plural or pronoun subject (`Probiotics reduce`), or as a label's fragment. */
function basePlace(
  tokens: Token[],
  index: number,
  p: number,
  start: number,
  afterLabel: boolean
): Effect['form'] | undefined {
  const previous = p >= start ? tokens[p] : undefined
  const prevLower = previous?.lower ?? ''
  const atStart = previous === undefined
  if (prevLower === 'to') return infinitivePlace(tokens, p, start)
  if (verbGroupOpeners.has(prevLower)) return 'finite'
  // `Adderall & Ritalin | Increase levels of dopamine`: a fragment said of its label.
  if (atStart) return afterLabel && start > 0 ? 'finite' : undefined
  // (`The matcha boost is`: before a singular *be* the word is its subject's noun.)
  if (singularBeForms.has(tokens[nextSolidIndex(tokens, index + 1)]?.lower ?? '') && !subjectPronouns.has(prevLower))
    return undefined
  // A base form is a finite verb after a plural or pronoun subject (`Probiotics reduce`,
  // `Both increase`, `that promote`, `Magnesium and glycine promote`); after other words it
  // is usually a noun (`this optimal balance`).
  let s = p
  // Adverbs between subject and verb (`Probiotics also reduce`, `Statins effectively lower`).
  while (
    s > start &&
    tokens[s].kind === 'word' &&
    ((/ly$/.test(tokens[s].lower) && !notSubjects.has(tokens[s].lower)) || sentenceAdverbs.has(tokens[s].lower))
  )
    s = previousSolidIndex(tokens, s - 1)
  const subject = tokens[s]
  // `will definitely shorten`: a modal before the adverbs.
  if (s < p && subject && verbGroupOpeners.has(subject.lower) && subject.lower !== 'to') return 'finite'
  // (`This section needs`, `this post mentions`: after singular `this` a base form is a noun; its verb agrees.)
  if (s === p && subject?.lower === 'this') return undefined
  if (subject && subject.kind === 'word' && !notSubjects.has(subject.lower)) {
    // `gives you plump skin`, `leaves them soft`: a pronoun that is the object of a verb
    // of giving or making is followed by an adjective, not by its own verb.
    if (objectPronouns.has(subject.lower) && givingVerb(tokens[previousSolidIndex(tokens, s - 1)])) return undefined
    // (`with our 7-day juice cleanse`: the word ends a prepositional phrase whose noun is no subject.)
    if (nounOfPhrase(tokens, s, start)) return undefined
    if (pluralSubject(subject.lower) || coordinatedInterventions(tokens, s, start)) return 'finite'
    // `Two kiwis before bed help`, `Capsules with meals reduce`: the subject's head before a
    // prepositional phrase of time or use that ends right before the verb.
    const head = headBeforePhrase(tokens, s, start)
    if (head !== undefined && pluralSubject(tokens[head].lower)) return 'finite'
    // (`Clear aligners from Alinea straighten`: the subject's head before its maker's name.)
    const maker = makerPhraseBefore(tokens, index, start)
    const made = maker >= 0 ? tokens[previousSolidIndex(tokens, maker - 1)] : undefined
    return made?.kind === 'word' && pluralSubject(made.lower) ? 'finite' : undefined
  }
  if (previous && previous.kind === 'punctuation' && previous.value === ')') return 'finite'
  // `Probiotics, which are friendly bacteria, provide`: the verb after a relative clause.
  if (
    previous &&
    previous.value === ',' &&
    (closesRelative(tokens, p, start) ||
      closesAside(tokens, p) ||
      closesParticipial(tokens, p, start) ||
      closesAdverbial(tokens, p) ||
      pluralBeforeAside(tokens, p, start))
  )
    return 'finite'
  return undefined
}

/** How many words a prepositional phrase's noun phrase may have before a word that looks like a verb. */
const PHRASE_NOUN_WORDS = 4

/** Is the word at `s` inside a prepositional phrase opened by a preposition and a determiner (`with our
 * 7-day juice`), with no plural head before the preposition (`People on the keto diet` have one)? */
function nounOfPhrase(tokens: Token[], s: number, start: number): boolean {
  let k = s
  for (let words = 0; words < PHRASE_NOUN_WORDS && k >= start && tokens[k]?.kind === 'word'; words++) {
    const lower = tokens[k].lower
    if (determiners.has(lower) || possessiveDeterminers.has(lower)) {
      const preposition = previousSolidIndex(tokens, k - 1)
      const word = tokens[preposition]?.lower ?? ''
      // (A conjunction is no preposition: `, and its leg-press machines build`.)
      if (preposition < start || !objectEnders.has(word) || listConjunctions.has(word) || word === 'but') return false
      const head = previousSolidIndex(tokens, preposition - 1)
      return !(head >= start && tokens[head].kind === 'word' && pluralSubject(tokens[head].lower))
    }
    k = previousSolidIndex(tokens, k - 1)
  }
  return false
}

/** Can the word be a plural (or mass-noun intervention) subject of a base form: a plural pronoun
 * or relative (`Both`, `that`), a plural noun (`probiotics`), or an intervention's word
 * (`Magnesium and glycine promote`)? */
function pluralSubject(lower: string): boolean {
  if (pluralSubjects.has(lower) || relativePronouns.has(lower) || irregularPlurals.has(lower)) return true
  if (/[^s]s$|s'$/.test(lower) && lower.length > 3) return true
  // (`Lactobacilli seal`: the Latin plural of an intervention's noun in -us.)
  if (lower.length > 4 && lower.endsWith('i') && isInterventionNoun(lower)) return true
  return isInterventionWord(lower)
}

/** Does the word at `s` close a coordination of interventions' nouns, which a base form agrees
 * with (`Fennel and peppermint ease`, `chamomile, lemon balm and passionflower settle`)? */
function coordinatedInterventions(tokens: Token[], s: number, start: number): boolean {
  if (!isInterventionNoun(tokens[s].lower)) return false
  const and = previousSolidIndex(tokens, s - 1)
  if (and <= start || !listConjunctions.has(tokens[and].lower)) return false
  const before = tokens[previousSolidIndex(tokens, and - 1)]
  return before !== undefined && before.kind === 'word' && isInterventionNoun(before.lower)
}

/** How many words a prepositional phrase after a subject may hold (`before bed`, `with a meal`,
 * `at the first sign of a cold`). */
const SUBJECT_PHRASE_WORDS = 6

/** The last word before a prepositional phrase of time or use (postmodifierPrepositions) that ends
 * at `last`, within SUBJECT_PHRASE_WORDS words and inside the clause, or undefined. */
function headBeforePhrase(tokens: Token[], last: number, start: number): number | undefined {
  let k = last
  for (let words = 0; words < SUBJECT_PHRASE_WORDS && k > start; words++) {
    const token = tokens[k]
    if (token.kind !== 'word') return undefined
    if (postmodifierPrepositions.has(token.lower)) {
      const head = previousSolidIndex(tokens, k - 1)
      return head >= start && tokens[head].kind === 'word' && k < last ? head : undefined
    }
    k = previousSolidIndex(tokens, k - 1)
  }
  return undefined
}

/** How many words a participial aside may hold (`, steeped together after dinner,`). */
const PARTICIPIAL_WORDS = 8

/** Does the comma at `comma` close an aside opened by a comma and a past participle (`Ginger and
 * fennel, steeped together after dinner, settle`)? */
function closesParticipial(tokens: Token[], comma: number, start: number): boolean {
  const first = asideOpening(tokens, comma, start)
  return first !== undefined && (/[a-z]{3}ed$/.test(first) || irregularPerfectParticiples.has(first))
}

/** The first word of an aside that the comma at `comma` closes, opened by a comma within
 * PARTICIPIAL_WORDS words (hyphens and apostrophes inside it: `at your child's check-up`). */
function asideOpening(tokens: Token[], comma: number, start: number): string | undefined {
  let k = previousSolidIndex(tokens, comma - 1)
  for (let words = 0; words < PARTICIPIAL_WORDS * 2 && k > start; words++) {
    const before = previousSolidIndex(tokens, k - 1)
    if (tokens[before]?.value === ',') return tokens[k].kind === 'word' ? tokens[k].lower : undefined
    if (tokens[k].kind !== 'word' && tokens[k].value !== '-' && tokens[k].value !== "'" && tokens[k].value !== '’')
      return undefined
    k = before
  }
  return undefined
}

/** Is the third-person form at `index` followed by `and`/`or` and, after at most one adverb,
 * another third-person verb of the table (`Reduces or even eliminates`)? */
function coordinatedThird(tokens: Token[], index: number, verbs: Map<string, VerbEntry>): boolean {
  const conjunction = nextSolidIndex(tokens, index + 1)
  if (!listConjunctions.has(tokens[conjunction]?.lower ?? '')) return false
  let next = nextSolidIndex(tokens, conjunction + 1)
  if (tokens[next] && (/[a-z]ly$/.test(tokens[next].lower) || sentenceAdverbs.has(tokens[next].lower)))
    next = nextSolidIndex(tokens, next + 1)
  return tokens[next] !== undefined && verbs.get(tokens[next].lower)?.form === 'third'
}

/** A base form after `to` (at `to`) is an effect in the infinitive after a head that makes it
 * one: `proven to lower`, `its ability to ease`, `clinically studied to increase`. */
function infinitivePlace(tokens: Token[], to: number, start: number): Effect['form'] | undefined {
  const q = previousSolidIndex(tokens, to - 1)
  if (q < start) return undefined
  if (infinitiveHeads.has(tokens[q].lower)) return 'infinitive'
  const r = previousSolidIndex(tokens, q - 1)
  return testingParticiples.has(tokens[q].lower) && r >= start && evidenceAdverbs.has(tokens[r].lower)
    ? 'infinitive'
    : undefined
}

/** Decide whether a verb-looking word is used as a verb stating an effect, and how. */
function verbPlace(
  tokens: Token[],
  index: number,
  entry: VerbEntry,
  start: number,
  afterLabel: boolean,
  verbs: Map<string, VerbEntry>
): Effect['form'] | undefined {
  let p = previousSolidIndex(tokens, index - 1)
  // A product's mark belongs to its name: `Radiance+ reduces`, `Lumivex™ erases`.
  if (
    p > start &&
    tokens[p].kind === 'symbol' &&
    (tokens[p].value === '+' || tokens[p].value === '™' || tokens[p].value === '®') &&
    tokens[p - 1].kind === 'word'
  )
    p--
  // (`"Fermented foods might...," says X`: an opening quotation mark leaves the word at the start.)
  if (p >= start && openingQuotes.has(tokens[p].value) && previousSolidIndex(tokens, p - 1) < start) p = start - 1
  const previous = p >= start ? tokens[p] : undefined
  const prevLower = previous?.lower ?? ''
  const atStart = previous === undefined
  // `to upset`, `may cut`: a past form that is also the base form is the base after `to` or a modal.
  if (entry.form === 'past' && tokens[index].lower === entry.lemma && verbGroupOpeners.has(prevLower))
    entry = {lemma: entry.lemma, form: 'base'}
  if (entry.form === 'participle') {
    // A sentence-initial gerund is a subject ("Maintaining a healthy gut is..."), not an effect.
    if (atStart) return undefined
    if (previous && previous.kind === 'punctuation' && previous.value === ',') return 'participle'
    if (participleLeaders.has(prevLower)) return 'participle'
    // `These drops are strengthening the immunity of children`: a progressive is a finite verb group
    // (not after an aim or an answer: `Our aim is improving sleep` names the aim).
    if (progressiveBe.has(prevLower) && !aimBefore(tokens, p, start)) return 'finite'
    return undefined
  }
  if (entry.form === 'base') return basePlace(tokens, index, p, start, afterLabel)
  // (`if flushes are affecting your life`: an -s word before a copula or an auxiliary is that verb's subject.)
  const following = tokens[nextSolidIndex(tokens, index + 1)]?.lower ?? ''
  if (entry.form === 'third' && (beForms.has(following) || (auxiliaries.has(following) && !doForms.has(following))))
    return undefined
  // third person and past
  if (atStart) {
    // `Causes range from stress to illness`, `Causes of insomnia vary`: a plural noun that
    // opens the sentence and is followed by `of`, a conjunction, a modal or a verb is the subject.
    const next = tokens[nextSolidIndex(tokens, index + 1)]
    // (`Helps maintain healthy skin` is a fragment: *help* takes a bare verb.)
    // (`Reduces or even eliminates hot flashes`, `Improves and stabilizes mood`: verbs coordinated.)
    if (
      entry.form === 'third' &&
      next &&
      next.kind === 'word' &&
      !coordinatedThird(tokens, index, verbs) &&
      (nounFollowers.has(next.lower) ||
        (verbs.get(next.lower)?.form === 'base' && entry.lemma !== 'help' && entry.lemma !== 'aid'))
    )
      return undefined
    return entry.form === 'third' ? 'finite' : undefined
  }
  // `Walking more eases`: `more` or `less` after a gerund opening the clause is its adverb; the -s word a verb.
  if (entry.form === 'third' && gerundAdverbBefore(tokens, p, start)) return 'finite'
  // `Addressing these triggers`, `one of the best sleep aids`: after a plural determiner or `one of`, a noun.
  if (entry.form === 'third' && pluralNounAfter(tokens, p, start, index)) return undefined
  if (entry.form === 'past' && pastAsAdjective(tokens, index, p, entry, start, verbs)) return undefined
  // (`hot flushes`: after a word that is only an adjective, an -s word is a plural noun, not a verb.)
  if (entry.form === 'third' && adjectiveBefore(tokens, p, start)) return undefined
  if (previous && previous.kind === 'word' && !notSubjects.has(prevLower)) return 'finite'
  if (previous && subjectCloser(previous, entry)) return 'finite'
  if (previous && previous.value === ',' && afterSubjectAside(tokens, p, start)) return 'finite'
  // `**Ashwagandha:** In men, supports healthy levels`: a fragment said of its label, after an opening phrase.
  if (
    previous &&
    previous.value === ',' &&
    afterLabel &&
    start > 0 &&
    entry.form === 'third' &&
    openingPhrase(tokens, start, p)
  )
    return 'finite'
  return undefined
}

/** How many words may stand between `one of` and the plural noun it asks for (`one of the most searched-for sleep`). */
const PARTITIVE_WORDS = 5
/** The same span in tokens (words, spaces and marks such as the hyphen of `searched-for`). */
const PARTITIVE_TOKENS = 24

/** Does the -s word at `index` (after `p`) name a plural noun: after a plural or possessive determiner, after
 * `one of`, or a unit of time or measure counted by a number (`for 60 seconds`)? */
function pluralNounAfter(tokens: Token[], p: number, start: number, index: number): boolean {
  if (p >= start && pluralOrPossessiveDeterminers.has(tokens[p].lower)) return true
  if (p >= start && /^\d+$/.test(tokens[p].value)) {
    const unit = firstNounClass(singular(tokens[index].lower))
    if (unit === 'noun.time' || unit === 'noun.quantity') return true
  }
  return afterOneOf(tokens, p, start)
}

/** `one of the most popular sleep aids`: is the -s word after `p` the first one after `one of` (within five
 * words, none of them an -s word but a determiner)? `one of` asks for a plural noun; the verb comes after it. */
function afterOneOf(tokens: Token[], p: number, start: number): boolean {
  for (let k = p, words = 0; k >= start && k > p - PARTITIVE_TOKENS; k = previousSolidIndex(tokens, k - 1)) {
    const token = tokens[k]
    if (token.kind !== 'word') continue
    if (++words > PARTITIVE_WORDS) return false
    if (token.lower === 'of') return tokens[previousSolidIndex(tokens, k - 1)]?.lower === 'one'
    if (/s$/.test(token.lower) && !determiners.has(token.lower) && !possessiveDeterminers.has(token.lower)) return false
  }
  return false
}

/** Is the word at `p` `more` or `less` right after a gerund that opens the clause at `start` (`Walking more`)? */
function gerundAdverbBefore(tokens: Token[], p: number, start: number): boolean {
  const lower = tokens[p]?.lower
  if (lower !== 'more' && lower !== 'less') return false
  const gerund = previousSolidIndex(tokens, p - 1)
  return gerund >= start && previousSolidIndex(tokens, gerund - 1) < start && practiceGerund(tokens[gerund])
}

/** The longest opening phrase taken before a fragment's verb, in words (`In older adults with diabetes,`). */
const OPENING_PHRASE_WORDS = 6

/** Is tokens[start, comma) a short prepositional phrase (`In men`) and nothing else? */
function openingPhrase(tokens: Token[], start: number, comma: number): boolean {
  const first = nextSolidIndex(tokens, start)
  if (first >= comma || !openingPrepositions.has(tokens[first].lower)) return false
  let words = 0
  for (let i = first; i < comma; i++) {
    if (tokens[i].kind === 'punctuation') return false
    if (tokens[i].kind === 'word' && ++words > OPENING_PHRASE_WORDS) return false
  }
  return true
}

/** How many words an apposition and the subject before it may each have (`The active ingredient,
 * bakuchiol,`; `Our sleep spray, made with lavender and chamomile,`; `ten minutes of slow
 * breathing in bed`). */
const APPOSITION_WORDS = 8

/** The words of tokens[from, to) if none of them is a finite verb or an auxiliary, else undefined. */
function verblessWords(tokens: Token[], from: number, to: number, limit = APPOSITION_WORDS): Token[] | undefined {
  const words: Token[] = []
  for (let k = from; k < to; k++) {
    const token = tokens[k]
    if (token.kind === 'punctuation' || token.kind === 'symbol') return undefined
    if (token.kind !== 'word') continue
    const form = defaultVerbTable.get(token.lower)?.form
    if (form === 'third' || auxiliaries.has(token.lower) || beForms.has(token.lower)) return undefined
    if (form === 'past' && words.length > 0) return undefined
    words.push(token)
    if (words.length > limit) return undefined
  }
  return words
}

/** The subject of a verb right after a comma: the segment's, or, when the comma closes an aside
 * opened by a participle or a relative pronoun, the sentence's (`Fluoride varnish, painted on at
 * the check-up, stops decay`: the aside names no agent of its own). */
function subjectAcrossAside(
  tokens: Token[],
  from: number,
  segment: Segment,
  context: AgentContext,
  start: number,
  lexicons: ClaimLexicons
): AgentResult {
  // `water or diluted juice is fine`: a past form right after `or` modifies the noun after it, a conjunct.
  if (tokens[previousSolidIndex(tokens, from - 1)]?.lower === 'or' && /ed$/.test(tokens[from].lower))
    return {text: '', intervention: false}
  // (`The drip floods your cells and clears`: the subject ends at the first clause's own verb.)
  const subject = subjectOf(tokens, segment, context, start, lexicons, from, true)
  if (subject.intervention) return subject
  const comma = previousSolidIndex(tokens, from - 1)
  const before = tokens[comma]?.value === ',' ? subjectBeforeAside(tokens, comma, start) : undefined
  if (before && isInterventionPhrase(before, context))
    return {text: wordsText(before), intervention: true, clauseFrom: start}
  const aside =
    tokens[comma]?.value === ',' &&
    (closesParticipial(tokens, comma, start) ||
      relativePronouns.has(asideOpening(tokens, comma, start) ?? '') ||
      closesAdverbial(tokens, comma) ||
      before !== undefined)
  return aside ? subjectOf(tokens, {...segment, from: start}, context, start, lexicons, from) : subject
}

/** How many words a subject may hold before a clause of time inside it (`A cup of chamomile before you go to
 * bed calms`). */
const TIMED_SUBJECT_WORDS = 8

/** `A cup of chamomile before you go to bed calms your nerves`: the subject before a clause of time that has a
 * subject of its own (a person's pronoun) and stands inside the sentence's subject, when it names an
 * intervention; or undefined. */
function subjectAroundTimeClause(
  tokens: Token[],
  subordinator: number,
  clause: Token[],
  segment: Segment,
  context: AgentContext
): AgentResult | undefined {
  if (clause.length < 2 || !subjectPronouns.has(clause[0].lower)) return undefined
  const words = verblessWords(tokens, segment.from, subordinator)
  if (!words || words.length === 0 || words.length > TIMED_SUBJECT_WORDS) return undefined
  const text = wordsText(words)
  if (isInterventionPhrase(words, context)) return {text, intervention: true, clauseFrom: segment.from}
  const byClass = agentByClass(tokens, words, {from: subordinator, form: 'finite'}, context)
  return byClass ? {...byClass, text: byClass.text || text, clauseFrom: segment.from} : undefined
}

/** The apposition that the comma at `comma` closes, after a subject from the sentence's start
 * (`The active ingredient, bakuchiol, firms`): its words, or undefined. */
function appositionBefore(tokens: Token[], comma: number, start: number): Token[] | undefined {
  let open = comma - 1
  while (open > start && tokens[open].value !== ',') open--
  if (open <= start) return undefined
  const apposition = verblessWords(tokens, open + 1, comma)
  const subject = verblessWords(tokens, start, open)
  // (`Stress, but not magnesium, disrupts sleep`: an aside, not an apposition.)
  const first = apposition?.[0]?.lower ?? ''
  if (listConjunctions.has(first) || contrastiveConjunctions.has(first) || first === 'not') return undefined
  return apposition && apposition.length > 0 && subject && subject.length > 0 ? apposition : undefined
}

/** Does the comma at `comma` close an apposition after the subject? */
function closesApposition(tokens: Token[], comma: number, start: number): boolean {
  return appositionBefore(tokens, comma, start) !== undefined
}

/** Does the comma at `comma` close a `but not X,` aside? */
function closesAside(tokens: Token[], comma: number): boolean {
  for (let k = comma - 1, steps = 0; k >= 0 && steps < ASIDE_STEPS; k--, steps++) {
    if (tokens[k].lower === 'but') return insertionEnd(tokens, k) === comma
    // (`, not either one alone,`: an aside of contrast opened by `not` alone.)
    if (tokens[k].value === ',') return insertionEnd(tokens, k) === comma
  }
  return false
}

/** Is a benefit noun among the next six words (`offers a gentler solution`)? */
function benefitObject(tokens: Token[], index: number): boolean {
  let words = 0
  for (let i = index + 1; i < tokens.length && words < 6; i++) {
    const token = tokens[i]
    if (token.kind === 'punctuation' && /^[.;:!?]$/.test(token.value)) return false
    if (token.kind !== 'word') continue
    words++
    // (`brings a 39% reduction in cholesterol`: a change is what it brings.)
    if (benefitNounSet.has(token.lower) || antiAction(token.lower) || changeNounSet.has(token.lower)) return true
  }
  return false
}

/** How many words a giving verb's object of a qualified bodily state may have (`vivid, sometimes odd
 * dreams`). */
const QUALIFIED_STATE_WORDS = 5

/** `gives you deeper sleep`, `delivers clearer skin`, `brings calmer, steadier moods`: after a person
 * or none, a bodily noun that ends the object with an adjective or a comparative before it. A state of
 * the body so qualified is a benefit, as a benefit noun is (benefitObject); a bare one (`gives you sleep
 * data`) is not, unless it is given to a person and is no part of the body (`gives me headaches`). */
function qualifiedStateObject(tokens: Token[], i: number): boolean {
  let k = nextSolidIndex(tokens, i + 1)
  const person = personObjectPronouns.has(tokens[k]?.lower ?? '')
  if (person) k = nextSolidIndex(tokens, k + 1)
  let qualified = false
  for (let words = 0; k < tokens.length && words < QUALIFIED_STATE_WORDS; k = nextSolidIndex(tokens, k + 1)) {
    const token = tokens[k]
    if (token.kind === 'punctuation' && token.value === ',' && qualified) continue
    // (`gives you that glow`: a determiner may open what is given to a person.)
    const opener = person && words === 0 && determiners.has(token.lower)
    if (token.kind !== 'word' || (objectEnders.has(token.lower) && !opener)) return false
    words++
    const bodily = isBodilyNoun(token.lower)
    // (`gives me headaches`, `gave her diarrhoea`: given to a person, a bodily noun that is no part of the body, an
    // ailment or a symptom, needs no qualifying: it is what the giver causes.)
    if (bodily && (qualified || (person && !bodyPart(token.lower))) && !wordAfter(tokens, k)) return true
    if (adjectives.has(token.lower) || isDegreeForm(token.lower)) qualified = true
    // (`gives the tea a stronger flavour`: before its adjective, only a determiner or an adverb; a noun
    // there is a first object that is no person. `gives me stomach cramps`: a bodily noun may modify the state.)
    else if (
      !qualified &&
      !determiners.has(token.lower) &&
      !possessiveDeterminers.has(token.lower) &&
      !/ly$/.test(token.lower) &&
      !(person && bodily)
    )
      return false
  }
  return false
}

/** Is the token after `k` a word that is no object's end (the noun at `k` then modifies it)? */
function wordAfter(tokens: Token[], k: number): boolean {
  const next = tokens[nextSolidIndex(tokens, k + 1)]
  return next?.kind === 'word' && !objectEnders.has(next.lower)
}

/** `anti-inflammatory`, `antiviral`, `anti-ageing`: a word of acting against something (`anti` and an
 * English word of four letters or more), which names what a remedy does (`brings anti-inflammatory
 * power`). */
function antiAction(lower: string): boolean {
  const rest = lower.startsWith('anti-') ? lower.slice(5) : lower.startsWith('anti') ? lower.slice(4) : ''
  return rest.length >= 4 && (englishWords.has(rest) || adjectives.has(rest) || englishWords.has(lower))
}

/** Does the comma at `comma` close a `, which ...` or `, who ...` clause? */
function closesRelative(tokens: Token[], comma: number, start: number): boolean {
  for (let i = comma - 1; i >= start && i > comma - 40; i--) {
    const token = tokens[i]
    if (token.kind === 'punctuation' && token.value === ',') {
      const next = tokens[nextSolidIndex(tokens, i + 1)]
      return next !== undefined && (next.lower === 'which' || next.lower === 'who')
    }
  }
  return false
}

/** `magnesium's benefits`, `its effectiveness`: an effect noun owned by an intervention. */
function possessedByIntervention(tokens: Token[], index: number, context: AgentContext): boolean {
  let i = index - 1
  let words = 0
  while (i >= 0 && words < OWNER_WORDS) {
    const token = tokens[i]
    if (token.kind === 'word') {
      words++
      if (/'s$/.test(token.lower) && isInterventionWord(token.lower, context.extra)) return true
      if ((token.lower === 'its' || token.lower === 'their') && context.previousIntervention) return true
    } else if (token.kind === 'punctuation') break
    i--
  }
  return false
}

/** "confirmed the clinical effectiveness of influenza vaccination": an effect noun of an
 * intervention, affirmed by the verb before it (within three words). */
function affirmedOfIntervention(tokens: Token[], index: number, context: AgentContext): boolean {
  let i = index - 1
  let words = 0
  let affirmed = false
  while (i >= 0 && words < AFFIRMER_WORDS) {
    const token = tokens[i]
    if (token.kind === 'word') {
      words++
      if (affirmingVerbs.has(token.lower)) {
        affirmed = true
        break
      }
    } else if (token.kind === 'punctuation') break
    i--
  }
  if (!affirmed) return false
  const of = nextSolidIndex(tokens, index + 1)
  if (tokens[of]?.lower !== 'of') return false
  words = 0
  for (let k = of + 1; k < tokens.length && words < 5; k++) {
    const token = tokens[k]
    if (token.kind === 'punctuation') break
    if (token.kind !== 'word') continue
    words++
    if (isInterventionWord(token.lower, context.extra)) return true
  }
  return false
}

/** The agent of an infinitive's effect at `from`: the owner of an ability (`its ability to
 * lower`), the subject of `is a way to`, or the subject before the head word (`is known to
 * enhance`, `proven to lower`); undefined when the head lies outside the segment. */
function infinitiveAgent(
  tokens: Token[],
  from: number,
  segment: Segment,
  earlier: Effect[],
  context: AgentContext,
  start: number,
  lexicons: ClaimLexicons
): AgentResult | undefined {
  const head = previousSolidIndex(tokens, previousSolidIndex(tokens, from - 1) - 1)
  const owner = abilityOwner(tokens, head, segment, context)
  if (owner) return owner
  // `is an easy way to lower`: the subject before the copula of the head noun.
  // (`recommended as a way to prevent` reports a recommendation: no copula, no claim.)
  if (head >= segment.from && /^ways?$/.test(tokens[head].lower)) {
    const copula = copulaBefore(tokens, head, segment.from)
    return copula >= 0
      ? agentOf(tokens, {from: copula, form: 'finite'}, segment, earlier, context, start, lexicons)
      : (appositionOwner(tokens, head, start, context) ?? {text: '', intervention: false})
  }
  if (head >= segment.from)
    return agentOf(tokens, {from: head, form: 'finite'}, segment, earlier, context, start, lexicons)
  return undefined
}

/** How many words a way's apposition may have before its noun (`the most natural`). */
const APPOSED_WAY_WORDS = 4

/** `Activated charcoal powder, the natural way to detox`: the intervention a way's noun phrase stands in
 * apposition to, a phrase with no verb from the sentence's start to the comma before it. */
function appositionOwner(tokens: Token[], head: number, start: number, context: AgentContext): AgentResult | undefined {
  let k = head
  for (let words = 0; words <= APPOSED_WAY_WORDS && k > start; words++) {
    k = previousSolidIndex(tokens, k - 1)
    if (tokens[k]?.value === ',') {
      const owner = verblessWords(tokens, start, k)
      return owner && owner.length > 0 && isInterventionPhrase(owner, context)
        ? {text: wordsText(owner), intervention: true, clauseFrom: start}
        : undefined
    }
    if (tokens[k]?.kind !== 'word') return undefined
  }
  return undefined
}

/** The agent of an effect found by its construction or class when the clause's subject names
 * none itself: what `nothing` is compared with, what the people of the subject take, or a
 * practice or device acting on the body. */
function agentByClass(
  tokens: Token[],
  content: Token[],
  effect: {from: number; to?: number; form: Effect['form']},
  context: AgentContext
): AgentResult | undefined {
  const isIntervention = (words: Token[]): boolean => isInterventionPhrase(words, context)
  // `Nothing relieves cramps like a hot water bottle`: what the effect is compared with.
  // (`like a walk in the woods`: a practice by its act of moving, as a subject's is.)
  const rival = (words: Token[]): boolean =>
    isIntervention(words) || movementAct(withoutTrailingPhrase(words)) || modifiedGerund(words)
  const compared =
    content.length === 1 && comparableNegationSet.has(content[0].lower)
      ? comparedWith(tokens, effect.from, rival)
      : undefined
  if (compared) return {text: wordsText(compared), intervention: true, compared: true}
  // `Patients who switched to the Mediterranean diet cut their risk`: what they take.
  const taken = usedBy(content, isIntervention)
  if (taken) return {text: wordsText(taken), intervention: true}
  // `Foam rolling eases sore calves`, `A daily walk lowers blood pressure`: a practice named by
  // a gerund or by an act of moving, when what it acts on is bodily (`Industrial farming has
  // reduced mineral content` names no practice of health).
  // (A device's predicate is praise of the thing: `Its folding frame is perfect for small flats`.)
  // `A warm bath before bed`: the classes read the phrase without its phrase of time or use.
  // (`ten minutes of slow breathing`: a span of time of a practice is the practice.)
  const spanless = withoutSpan(content)
  const core = withoutTrailingPhrase(spanless)
  // (`Ten minutes of journalling`: after a span of time, a gerund on its own names the practice.)
  // (`of journalling each morning`: the agent's words come without their determiners.)
  const spanGerund =
    spanless !== content &&
    core.length > 0 &&
    gerundOfPractice(core[0].lower) &&
    // (`An hour of potting up`: a phrasal verb's particle stays with its gerund.)
    core.slice(1).every((w) => firstNounClass(w.lower) === 'noun.time' || objectParticles.has(w.lower))
  // `One session wakes the brain up`, `a short session before lectures`: a unit of use of the
  // document's topic (or of the intervention named just before), when it acts on the body.
  const head = core[core.length - 1]?.lower ?? ''
  const named = context.topic ?? (context.previousIntervention ? 'it' : undefined)
  if (useNouns.has(head) && named !== undefined && core.length <= USE_WORDS && actsOnBody(tokens, effect))
    return {text: named, intervention: true}
  // (A device's predicate holds when a state of the body follows it: `is a quick fix for snoring`, not
  // `is perfect for small flats`.)
  const end = effect.to ?? effect.from + 1
  const bodily = effect.form !== 'predicate' || healthComplement(tokens, tokens[end]?.lower === 'for' ? end + 1 : end)
  // (`Inkwell Calm heals the skin`: a product named in English words, as a label names one.)
  const device =
    bodily &&
    ((deviceHead(core) && !partOfBody(content, core)) ||
      sellersOwn(core) ||
      isTitledName(core) ||
      productPart(core, context))
  if ((modifiedGerund(core) || spanGerund || movementAct(core) || device) && actsOnBody(tokens, effect))
    return {text: '', intervention: true}
  return undefined
}

/** `the lining of your womb`, `the cells of the gut`: a thing (a head of noun.artifact) of a part of the body is a
 * part of it, no device: the phrase after `of` ends in a bodily noun. */
function partOfBody(content: Token[], core: Token[]): boolean {
  const last = content[content.length - 1]
  return content[core.length]?.lower === 'of' && last !== undefined && isBodilyNoun(last.lower)
}

/** Is the word an `-ing` form of a verb: of one WordNet knows (`stretching`), or made from a word it knows
 * and does not itself know (`journalling` from journal)? */
function gerundOfPractice(lower: string): boolean {
  if (!/[a-z]{3}ing$/.test(lower)) return false
  if (verbLemmaOf(lower) !== undefined) return true
  const stem = lower.slice(0, -3)
  const undoubled = /([a-z])\1$/.test(stem) ? stem.slice(0, -1) : stem
  return !englishWords.has(lower) && (englishWords.has(stem) || englishWords.has(undoubled))
}

/** `Our junior size soothes`, `Our top pick cleared up`: a noun phrase opened by the seller's
 * `our` whose head is no part or state of the body, no person or body of people, no time or
 * place or process (notProductClasses): in a seller's voice, what it offers. */
function sellersOwn(words: Token[]): boolean {
  if (words.length < 2 || words.length > USE_WORDS || words[0].lower !== 'our') return false
  const head = words[words.length - 1].lower
  // (`Our daughter Ada`: a name after a noun of a person is that person's.)
  const before = words[words.length - 2]
  if (/^[A-Z]/.test(words[words.length - 1].value) && firstNounClass(before.lower) === 'noun.person') return false
  const kind = firstNounClass(head)
  return kind !== undefined && !notProductClasses.has(kind) && !isBodilyNoun(head)
}

/** `Twenty minutes outdoors`, `Three minutes at minus 110°C in our chamber`, `Ten minutes a day`, `Forty
 * laps a week`: a count of a unit of time or of exercise (exerciseUnits) and a place or a rate after it (not
 * `of`, which withoutSpan reads, nor a word of time: `Ten minutes later`), with no pronoun and no one's own
 * body in it. */
function spanSession(all: Token[]): boolean {
  // (`Just ten minutes a day`: an adverb of focus before the count; `Half an hour`: a half of one unit.)
  const focused = focusAdverbs.has(all[0]?.lower ?? '') ? all.slice(1) : all
  const words = focused[0]?.lower === 'half' && countOpeners(focused[1]?.lower ?? '') ? focused.slice(1) : focused
  const unit = words[1]?.lower ?? ''
  if (words.length < 3 || !countOpeners(words[0].lower) || !(durationUnitSet.has(unit) || exerciseUnits.has(unit)))
    return false
  const next = words[2].lower
  if (next === 'of' || spanTimeWords.has(next)) return false
  // (Someone's own body or a person is a subject of its own: `Ten minutes in my legs ached`.)
  return !words.some(
    (w, k) =>
      subjectPronouns.has(w.lower) || (k > 0 && possessiveDeterminers.has(words[k - 1].lower) && isBodilyNoun(w.lower))
  )
}

/** The words after a span of time that opens a phrase (`ten minutes of slow breathing` → `slow
 * breathing`), or all of them. */
function withoutSpan(words: Token[]): Token[] {
  return words.length > 3 && durationUnitSet.has(words[1].lower) && words[2].lower === 'of' ? words.slice(3) : words
}

/** How many words a unit of use may have (`one short session`, `a 20-minute wind-down session`). */
const USE_WORDS = 6

/** How many words a phrase of time or use after an agent may hold (`before bed`, `after a meal`). */
const TRAILING_PHRASE_WORDS = 3

/** The words before a trailing phrase of time or use (postmodifierPrepositions: `A warm bath
 * before bed` → `A warm bath`; a distributive determiner: `Dry brushing every evening` → `Dry
 * brushing`) or of its maker (`Clear aligners from Alinea`), or all of them. */
function withoutTrailingPhrase(words: Token[]): Token[] {
  // (`music sessions with Maureen on the keyboard`: two phrases after the head, read off one at a time.)
  const once = trailingPhraseCut(words)
  return once === words ? words : trailingPhraseCut(once)
}

/** The words before a phrase of at most TRAILING_PHRASE_WORDS words after a postmodifying preposition, a
 * distributive determiner or a maker's name that ends them, or all of them. */
function trailingPhraseCut(words: Token[]): Token[] {
  for (let k = words.length - 2; k >= 1 && words.length - k - 1 <= TRAILING_PHRASE_WORDS; k--)
    if (
      postmodifierPrepositions.has(words[k].lower) ||
      distributiveDeterminers.has(words[k].lower) ||
      makerAt(words, k)
    )
      return words.slice(0, k)
  return words
}

/** Does the phrase end in a practice's session after a noun naming the practice (`a qigong session`)? */
function practiceSession(words: Token[]): boolean {
  const last = words.length - 1
  return last > 0 && practiceHeads.has(words[last].lower) && practiceNounBefore(words[last - 1])
}

/** Is the word a noun that can name a practice before its session (`qigong`, `tapping`; not `short`,
 * `morning`): a word WordNet knows only as a noun (or not at all), and no word of time? */
function practiceNounBefore(word: Token): boolean {
  const lower = word.lower
  if (word.kind !== 'word' || functionWords.has(lower) || adjectives.has(lower) || /^[0-9]/.test(lower)) return false
  const kind = firstNounClass(lower)
  return kind !== 'noun.time' && kind !== 'noun.person' && kind !== 'noun.group'
}

/** `Clear aligners from Alinea straighten`: the index of `from` before a capitalised name that ends
 * right before `i`, or -1. */
function makerPhraseBefore(tokens: Token[], i: number, start: number): number {
  const name = previousSolidIndex(tokens, i - 1)
  const by = previousSolidIndex(tokens, name - 1)
  if (by <= start || !/^[A-Z]/.test(tokens[name].value)) return -1
  return tokens[by].lower === 'from' ? by : -1
}

/** `Clear aligners from Alinea`: is `from` at `k` before a capitalised name, the maker of what comes before?
 * (Not `by`: `treated by L-thyroxine` names a treatment.) */
function makerAt(words: Token[], k: number): boolean {
  return words[k]?.lower === 'from' && /^[A-Z]/.test(words[k + 1]?.value ?? '')
}

/** The agent of an effect. */
function agentOf(
  tokens: Token[],
  effect: {from: number; to?: number; form: Effect['form']},
  segment: Segment,
  earlier: Effect[],
  context: AgentContext,
  start: number,
  lexicons: ClaimLexicons
): AgentResult {
  if (effect.form === 'infinitive') {
    const found = infinitiveAgent(tokens, effect.from, segment, earlier, context, start, lexicons)
    if (found) return found
  }
  if (effect.form === 'participle') {
    const inherited = inheritedAgent(earlier, segment)
    if (inherited) return inherited
    // `By enhancing GABA activity, magnesium glycinate calms...`: the clause's subject.
    return subjectOf(tokens, segment, context, start, lexicons, effect.from, true)
  }
  if (effect.form === 'noun') return {text: '', intervention: true}
  const {words, firstIndex, boundary, at: i} = listedClauseBefore(tokens, effect, segment, context)
  const content = clauseContent(words, effect.form, context)
  const nominative = nominativeAgent(tokens, content, {...effect, boundary, segment}, context, start)
  if (nominative) return nominative
  const text = wordsText(content)
  const timed = boundary === 'temporal' ? subjectAroundTimeClause(tokens, i, content, segment, context) : undefined
  if (boundary === 'temporal') return timed ?? {text, intervention: false, clauseFrom: firstIndex}
  // After a complementizer (`the directors can state that X reduced`, `research suggests
  // that X reduces`), the matrix clause's modals govern too.
  const clauseStart = boundary === 'that' ? segment.from : firstIndex
  // `making creatine useful for`, `which makes it ideal for`: said of the causative's object.
  const made =
    effect.form === 'predicate'
      ? causativeAgent(tokens, content, {firstIndex, effect: effect.from, clauseFrom: clauseStart}, context, start)
      : undefined
  if (made) return made
  // `making it ideal for`, `leaving it gentle on`: said of the clause's subject.
  if (effect.form === 'predicate' && content.length > 0 && /ing$/.test(content[0].lower) && content.length <= 3) {
    const inherited = inheritedAgent(earlier, segment)
    if (inherited) return inherited
    return subjectOf(tokens, segment, context, start, lexicons, effect.from)
  }
  const cleft = whatClauseAgent(tokens, content, effect, context)
  if (cleft || isInterventionPhrase(content, context) || takenForEfficacy(tokens, effect, content))
    return cleft ?? {text, intervention: true, clauseFrom: clauseStart}
  const byClass = agentByClass(tokens, content, effect, context)
  if (byClass) return {...byClass, text: byClass.text || text, clauseFrom: clauseStart}
  if (boundary === 'that' && content.length > 0) {
    const subject = subjectBeforeThat(tokens, i, segment, context, lexicons)
    if (subject) return subject
  }

  if (content.length === 0) {
    if (boundary === 'relative') return relativeAntecedent(tokens, i, segment, context, start, lexicons)
    // `Magnesium is not only cheap, but also reduces cramps`, `It might help, though, and will
    // reduce`: the subject of the clause before the conjunction.
    const conjunction = words[0]?.lower ?? ''
    if (contrastiveConjunctions.has(conjunction) || listConjunctions.has(conjunction))
      return (
        inheritedAgent(earlier, segment) ??
        subjectOf(tokens, {...segment, from: start}, context, start, lexicons, firstIndex)
      )
    if (boundary === 'and' || boundary === 'comma') {
      const inherited = inheritedAgent(earlier, segment)
      if (inherited?.intervention) return inherited
      const subject = subjectAcrossAside(tokens, effect.from, segment, context, start, lexicons)
      return subject.intervention ? subject : (inherited ?? subject)
    }
    return fragmentAgent(segment, context, start)
  }

  // An anaphor (`it`, `this stability`, `both`) stands for an intervention named before.
  if (opensWithAnaphor(content) || afterWhose(tokens, firstIndex))
    return anaphorAgent(tokens, {text, firstIndex, effect: effect.from, clauseFrom: clauseStart}, context, start)
  // `Try magnesium. Your muscles relax within minutes.`: the reader's own body, changing in the
  // present right after a sentence that names an intervention, changes by it.
  if (effect.form === 'finite' && context.previousIntervention && readersBody(content))
    return {text: 'it', intervention: true, clauseFrom: clauseStart}
  return {text, intervention: false, clauseFrom: clauseStart}
}

/** How many words a subject of efficacy may have (`Low-dose melatonin`, `Transdermal estradiol gel`). */
const EFFICACY_SUBJECT_WORDS = 3

/** `Melatonin works best on eastward flights`, `Oestrogen is more effective than...`: is the subject one of the
 * body's own substances (its head, in a phrase of at most EFFICACY_SUBJECT_WORDS) of which the effect says efficacy
 * (efficacyWords), said only of what is taken? */
function takenForEfficacy(tokens: Token[], effect: {from: number; to?: number}, content: Token[]): boolean {
  const head = content[content.length - 1]
  if (!head || content.length > EFFICACY_SUBJECT_WORDS || !isBodySubstance(head.lower)) return false
  // (`Your cortisol works against you`: someone's own.)
  if (possessiveDeterminers.has(content[0].lower)) return false
  for (let k = effect.from; k < (effect.to ?? effect.from + 1); k++) if (efficacyWords.has(tokens[k].lower)) return true
  return false
}

/** The agent of the last earlier effect in the segment, which an effect shares (`X improves Y and reduces Z`). */
function inheritedAgent(earlier: Effect[], segment: Segment): AgentResult | undefined {
  const last = lastWithin(earlier, segment)
  return last ? {text: last.agent, intervention: last.intervention, inherited: last} : undefined
}

/** `before you fly they stop`, `☀️ They keep`: a nominative anaphor that ends a subject's words after a time
 * clause or a symbol is the whole subject, and stands for what was named before. */
function nominativeAgent(
  tokens: Token[],
  content: Token[],
  at: {from: number; boundary: string; segment: Segment},
  context: AgentContext,
  start: number
): AgentResult | undefined {
  const last = content.at(-1)
  if (!last || content.length < 2 || !nominativeAnaphors.has(last.lower)) return undefined
  // (Found back from the verb, not forward from the segment's start: a sentence of thousands of clauses stays linear.)
  let k = at.from - 1
  while (k > at.segment.from && tokens[k] !== last) k--
  const symbol = !/[\p{L}\p{N}]/u.test(tokens[previousSolidIndex(tokens, k - 1)]?.value ?? 'a')
  if (!(at.boundary === 'temporal' && content.length > 2) && !symbol) return undefined
  return anaphorAgent(tokens, {text: last.value, firstIndex: k, effect: at.from, clauseFrom: k}, context, start)
}

/** `Add beetroot powder, whose nitrates open`: is the subject at `first` a part of what `whose` points back to? */
function afterWhose(tokens: Token[], first: number): boolean {
  return tokens[previousSolidIndex(tokens, first - 1)]?.lower === 'whose'
}

/** Does the subject open with an anaphor (`it`, `this stability`, `both`; `it'll`, its auxiliary glued on)
 * and hold no word that names no intervention? */
function opensWithAnaphor(content: Token[]): boolean {
  const first = content[0].lower
  const anaphor = anaphorSet.has(first) || anaphorSet.has(first.split(/['’]/)[0])
  return anaphor && !content.some((w) => notInterventionSet.has(stems(w.lower)[1]))
}

/** How many words the reader's bodily subject may have (`your lower back muscles`). */
const READERS_BODY_WORDS = 4

/** `your muscles`, `your lower back`: a subject opened by `your` whose head is a part or state of
 * the body. */
function readersBody(content: Token[]): boolean {
  if (content.length < 2 || content.length > READERS_BODY_WORDS || content[0].lower !== 'your') return false
  return isBodilyNoun(content[content.length - 1].lower)
}

/** The agent an anaphor (`it`, `this`) at `at.firstIndex` stands for: the label's intervention,
 * the one named before (in the sentence or the one before it), or the main clause's subject it
 * points forward to. */
function anaphorAgent(
  tokens: Token[],
  at: {text: string; firstIndex: number; effect: number; clauseFrom: number},
  context: AgentContext,
  start: number
): AgentResult {
  const {text, firstIndex, clauseFrom} = at
  if (context.labelIntervention) return {text, intervention: true, clauseFrom}
  // `X may improve sleep, and it reduces waking`: the intervention named earlier in the sentence.
  const earlierInSentence = firstNamingWord(tokens, start, context) < firstIndex
  return {
    text,
    intervention:
      context.previousIntervention ||
      earlierInSentence ||
      cataphoricSubject(tokens, firstIndex, at.effect, start, context) ||
      (context.topic !== undefined && /^it$/i.test(text)),
    clauseFrom
  }
}

/** The first word of a sentence's tokens from `start` on that names an intervention (`a daily crossword`: or
 * is the second of a pair of words that names a habit by its adjective), or Infinity. */
function firstNamingWord(tokens: Token[], start: number, context: AgentContext): number {
  // (Read once per sentence: an anaphor in each of thousands of clauses read the sentence back to its start.)
  const known = namingWords.get(tokens)
  if (known && known.start === start && known.context === context) return known.at
  let at = Infinity
  let previous: Token | undefined
  for (let k = start; k < tokens.length && at === Infinity; k++) {
    const token = tokens[k]
    if (token.kind !== 'word') continue
    if (isInterventionPhrase([token], context) || (previous && routineAt([previous, token], 0))) at = k
    previous = token
  }
  namingWords.set(tokens, {start, context, at})
  return at
}

const namingWords = new WeakMap<Token[], {start: number; context: AgentContext; at: number}>()

const causativeForms = new Set(causativeVerbs.flatMap((lemma) => [lemma, ...inflect(lemma)]))

/** The agent of a predicate said of a causative's object (`which makes it ideal for`), with
 * the causative's index, if the object is or stands for an intervention. */
function causativeAgent(
  tokens: Token[],
  content: Token[],
  at: {firstIndex: number; effect: number; clauseFrom: number},
  context: AgentContext,
  start: number
): AgentResult | undefined {
  const made = causativeObject(content)
  if (!made) return undefined
  const causative = tokens.indexOf(made.verb, at.firstIndex)
  if (isInterventionPhrase(made.object, context)) return {text: wordsText(made.object), intervention: true, causative}
  if (anaphorSet.has(made.object[0].lower) && made.object.length === 1) {
    const agent = anaphorAgent(tokens, {...at, text: made.object[0].value}, context, start)
    return agent.intervention ? {...agent, causative} : undefined
  }
  return undefined
}

/** The object of a causative verb that opens a predicate's clause (`making creatine` →
 * creatine, `which makes it` → it), or nothing. */
function causativeObject(content: Token[]): {verb: Token; object: Token[]} | undefined {
  const verb = content.findIndex((w) => causativeForms.has(w.lower))
  return verb >= 0 && verb <= 1 && verb < content.length - 1
    ? {verb: content[verb], object: content.slice(verb + 1)}
    : undefined
}

/** The words of a phrase as written, one space apart. */
function wordsText(words: Token[]): string {
  return words.map((w) => w.value).join(' ')
}

/** How many words the main clause's subject may have after a fronted clause. */
const MAIN_SUBJECT_WORDS = 6

/** `Because it crosses the barrier, this form of magnesium works`: a pronoun in a clause that
 * opens the sentence with a subordinator stands for the main clause's subject, after its comma. */
function cataphoricSubject(
  tokens: Token[],
  pronoun: number,
  effect: number,
  start: number,
  context: AgentContext
): boolean {
  const opener = nextSolidIndex(tokens, start)
  if (opener < 0 || opener > pronoun || !subordinators.has(tokens[opener].lower)) return false
  let comma = effect
  while (comma < tokens.length && tokens[comma].value !== ',' && tokens[comma].value !== '.') comma++
  if (tokens[comma]?.value !== ',') return false
  const subject: Token[] = []
  for (let k = comma + 1; k < tokens.length && subject.length < MAIN_SUBJECT_WORDS; k++) {
    const token = tokens[k]
    if (token.kind === 'punctuation') break
    if (token.kind !== 'word') continue
    subject.push(token)
    if (isInterventionPhrase(subject, context)) return true
  }
  return false
}

/** The words of a clause that may name the agent of its effect: after a vague attribution's
 * reporting verb, without adverbs, auxiliaries, modals and words of degree. */
function clauseContent(words: Token[], form: Effect['form'], context: AgentContext): Token[] {
  // `Clinical studies show ashwagandha reduces`: a vague attribution is neither source nor
  // hedge (docs/definitions.md); the agent is the clause after its reporting verb.
  let reported = -1
  for (let k = 0; k < words.length; k++) if (vagueReportingVerbs.has(words[k].lower)) reported = k
  let clause = reported >= 0 && reported < words.length - 1 ? words.slice(reported + 1) : words
  // `because it raises`: the subordinator opens the clause; the subject follows it.
  if (clause.length > 1 && subordinators.has(clause[0].lower)) clause = clause.slice(1)
  // `..., but also reduces`: a conjunction opens the clause and is no subject.
  if (clause.length > 0 && contrastiveConjunctions.has(clause[0].lower)) clause = clause.slice(1)
  // Words of degree before a predicate (`Less effective`, `Proven safe`) are no subject.
  // (`Twenty minutes of pedalling each way`: a distributive determiner before its noun opens a phrase of the
  // subject; floating, `They each reduce`, it is skipped.)
  const determinerAt = (k: number) =>
    distributiveDeterminers.has(clause[k].lower) && firstNounClass(clause[k + 1]?.lower ?? '') !== undefined
  const content = clause.filter(
    (w, k) =>
      (!agentSkips.has(w.lower) || determinerAt(k)) &&
      !verbGroupOpeners.has(w.lower) &&
      !copulas.has(w.lower) &&
      !auxiliaries.has(w.lower) &&
      !(
        /ly$/.test(w.lower) &&
        w.lower.length > 4 &&
        !isInterventionWord(w.lower, context.extra) &&
        !routineAdjectives.has(w.lower)
      ) &&
      !(form === 'predicate' && predicateModifiers.has(w.lower))
  )
  // `Probiotics are the key to`: the article belongs to the predicate.
  while (form === 'predicate' && content.length > 1 && articles.has(content[content.length - 1].lower)) content.pop()
  // `the way we treat diabetes`: a pronoun of a person in the subject case (not `they` or `you`, which may
  // stand for things) right before a finite verb is its whole subject.
  const last = content[content.length - 1]?.lower ?? ''
  if (form === 'finite' && content.length > 1 && subjectPronouns.has(last) && last !== 'they' && last !== 'you')
    return content.slice(-1)
  return content
}

/** `Glycinate's ability to support`, `its ability to ease`: the possessor of the head word
 * before an infinitive is its agent. */
function abilityOwner(tokens: Token[], head: number, segment: Segment, context: AgentContext): AgentResult | undefined {
  if (head < segment.from || (tokens[head].lower !== 'ability' && tokens[head].lower !== 'able')) return undefined
  const owner = previousSolidIndex(tokens, head - 1)
  const word = owner >= segment.from ? tokens[owner] : undefined
  if (word && (word.lower === 'its' || word.lower === 'their'))
    return {text: word.value, intervention: context.previousIntervention, clauseFrom: owner}
  if (word && /'s$/.test(word.lower))
    return {text: word.value, intervention: isInterventionWord(word.lower, context.extra), clauseFrom: owner}
  return undefined
}

/** An adverb of manner or degree (`truly`, `gently`): an -ly word of more than four letters. */
function mannerAdverb(word: Token): boolean {
  return word.lower.length > 4 && word.lower.endsWith('ly')
}

/** How many tokens the walk back to a clause's start may take (twice that with a parenthetical). */
const CLAUSE_STEPS = 40

/** Walk back from an effect to the start of its clause: the segment's start, a comma, a
 * relative pronoun, `and`/`or`, at most CLAUSE_STEPS tokens; parentheticals are skipped. The
 * clause's words, its first word's index, what ended it, and the index where the walk stopped. */
function clauseBefore(
  tokens: Token[],
  from: number,
  segment: Segment
): {
  words: Token[]
  firstIndex: number
  boundary: 'start' | 'comma' | 'relative' | 'and' | 'that' | 'temporal'
  at: number
} {
  let i = from - 1
  const words: Token[] = []
  let firstIndex = from
  let steps = 0
  const end = (boundary: 'start' | 'comma' | 'relative' | 'and' | 'that' | 'temporal') => ({
    words,
    firstIndex,
    boundary,
    at: i
  })
  while (i >= segment.from && steps < CLAUSE_STEPS) {
    const token = tokens[i]
    steps++
    if (token.kind === 'punctuation' && (token.value === ')' || token.value === ']')) {
      // Skip a parenthetical: `Certain drugs (PPIs, diuretics) deplete magnesium`.
      let depth = 1
      i--
      while (i >= segment.from && depth > 0 && steps < 2 * CLAUSE_STEPS) {
        if (tokens[i].value === ')' || tokens[i].value === ']') depth++
        else if (tokens[i].value === '(' || tokens[i].value === '[') depth--
        i--
        steps++
      }
      continue
    }
    if (token.kind === 'punctuation' && token.value === ',') return end('comma')
    if (
      token.kind === 'word' &&
      relativePronouns.has(token.lower) &&
      words.every(
        (w) => auxiliaries.has(w.lower) || verbGroupOpeners.has(w.lower) || agentSkips.has(w.lower) || mannerAdverb(w)
      )
    )
      return end('relative')
    if (
      token.kind === 'word' &&
      listConjunctions.has(token.lower) &&
      words.every((w) => agentSkips.has(w.lower) || verbGroupOpeners.has(w.lower))
    )
      return end('and')
    if (token.kind === 'word' && token.lower === 'that') return end('that')
    // `should be diluted before it touches the skin`: a clause of time states no effect. After
    // a bare noun phrase and before a noun (`Stretching before bed prevents cramps`) the word is
    // a preposition inside the subject, and the walk goes on.
    if (
      token.kind === 'word' &&
      temporalSubordinators.has(token.lower) &&
      !prepositionInSubject(tokens, i, words, segment)
    )
      return end('temporal')
    // `Chia seeds swell when they soak up water`: a clause of condition states no effect either.
    if (token.kind === 'word' && conditionalSubordinators.has(token.lower) && words.length > 0) return end('temporal')
    if (token.kind === 'word') {
      words.unshift(token)
      firstIndex = i
    }
    i--
  }
  return end('start')
}

/** How many items before its last two a list in a subject may have, and how many words each. */
const LIST_ITEMS = 6
const LIST_ITEM_WORDS = 3

/** clauseBefore, but when the words before the effect end a list (`lips and noses`) and name no
 * intervention, the list's earlier items and the words before them too, when together they name one
 * (`Applying SPF 50 to cheeks, lips and noses prevents`). */
function listedClauseBefore(
  tokens: Token[],
  effect: {from: number; form: Effect['form']},
  segment: Segment,
  context: AgentContext
): ReturnType<typeof clauseBefore> {
  const last = clauseBefore(tokens, effect.from, segment)
  // (`, and it reduces`: a pronoun after the conjunction opens a clause, not a list's last item.)
  const listEnd =
    last.words.length <= LIST_ITEM_WORDS &&
    last.words.some((w) => listConjunctions.has(w.lower)) &&
    !last.words.some((w) => subjectPronouns.has(w.lower) || anaphorSet.has(w.lower))
  if (last.boundary !== 'comma' || !listEnd) return last
  if (isInterventionPhrase(clauseContent(last.words, effect.form, context), context)) return last
  let words = last.words
  let before = last
  for (let items = 0; items < LIST_ITEMS && before.boundary === 'comma'; items++) {
    before = clauseBefore(tokens, before.at, segment)
    // (No clause of its own: `iron intake was higher than..., and women had`.)
    const verbal = (w: Token) =>
      beForms.has(w.lower) || auxiliaries.has(w.lower) || verbGroupOpeners.has(w.lower) || finiteVerb(w.lower)
    if (before.words.some(verbal)) return last
    words = [...before.words, ...words]
    if (before.words.length === 0 || before.words.length > LIST_ITEM_WORDS) break
  }
  const listed = {...before, words}
  return isInterventionPhrase(clauseContent(words, effect.form, context), context) ? listed : last
}

/** Is the word a third-person or past form of a verb (`lowers`, `helped`)? */
function finiteVerb(lower: string): boolean {
  const form = defaultVerbTable.get(lower)?.form
  return form === 'third' || form === 'past'
}

/** How many words a subject may have before a preposition of time in it (`Magnesium glycinate
 * before bed`, `A teaspoon of apple cider vinegar before dinner`). */
const SUBJECT_BEFORE_PREPOSITION = 8

/** Is the subordinator at `at` a preposition inside a subject: one to SUBJECT_BEFORE_PREPOSITION
 * words before it from the clause's start, none of them a verb, and a noun phrase after it (not
 * a pronoun that opens a clause: `before it touches`)? */
function prepositionInSubject(tokens: Token[], at: number, after: Token[], segment: Segment): boolean {
  if (after.length === 0 || subjectPronounAgents.has(after[0].lower) || objectPronouns.has(after[0].lower)) return false
  // (`started before symptoms kick in`: a plural and a base form that agrees with it make a clause of time.)
  const last = after[after.length - 1]
  const verb = tokens[nextSolidIndex(tokens, tokens.indexOf(last, at) + 1)]
  if (/[a-z]{2}s$/.test(last.lower) && verb?.kind === 'word' && verbLemmaOf(verb.lower) === verb.lower) return false
  const before = wordsBack(tokens, at - 1, segment.from, SUBJECT_BEFORE_PREPOSITION + 1)
  // (The walk back stops at the clause's comma or start: `For most people, a magnesium
  // supplement before bed is`.)
  if (before.length === 0 || before.length > SUBJECT_BEFORE_PREPOSITION) return false
  // After a determiner or `of` a verb's form is an adjective (`A warm bath before bed`, `Ten minutes of
  // quiet prayer before bed`).
  return before.every(
    (w, k) =>
      (k > 0 && (determiners.has(before[k - 1].lower) || before[k - 1].lower === 'of')) ||
      (!defaultVerbTable.has(w.lower) &&
        !auxiliaries.has(w.lower) &&
        !beForms.has(w.lower) &&
        !verbGroupOpeners.has(w.lower) &&
        !verbOnly(w.lower))
  )
}

/** `The blend of herbs that stunned researchers worked by ...`: `that` (at `that`) after a
 * noun opens a relative clause on the subject, which stands before it from the clause's start. */
function subjectBeforeThat(
  tokens: Token[],
  that: number,
  segment: Segment,
  context: AgentContext,
  lexicons: ClaimLexicons
): AgentResult | undefined {
  const before = previousSolidIndex(tokens, that - 1)
  const antecedent = wordsBack(tokens, before, segment.from, 8)
  const opening = wordsBetween(tokens, segment.from, before + 1) === antecedent.length
  if (!opening || before < segment.from || tokens[before].kind !== 'word') return undefined
  const word = tokens[before].lower
  if (
    complementTakers.has(word) ||
    vagueReportingVerbs.has(word) ||
    lexicons.verbs.has(word) ||
    !isInterventionPhrase(antecedent, context)
  )
    return undefined
  return {text: wordsText(antecedent), intervention: true, clauseFrom: segment.from}
}

/** How many words a noun phrase before a comma may have (`tart cherry juice`). */
const COMMA_PHRASE_WORDS = 4

/** Where the noun phrase ending before the comma at `comma` may start: after the nearest word
 * before it that ends a phrase (a preposition, a verb, a function word), within COMMA_PHRASE_WORDS. */
function nounPhraseFloor(tokens: Token[], comma: number, start: number): number {
  let k = previousSolidIndex(tokens, comma - 1)
  for (let words = 0; words < COMMA_PHRASE_WORDS && k >= start; words++) {
    const token = tokens[k]
    if (token.kind !== 'word' || functionWords.has(token.lower) || objectEnders.has(token.lower)) return k + 1
    if (defaultVerbTable.has(token.lower) || verbOnly(token.lower)) return k + 1
    k = previousSolidIndex(tokens, k - 1)
  }
  return Math.max(start, k + 1)
}

/** Does a word of the phrase name an intervention, the body's own substances only when taken
 * (`melatonin gummies`, not `the hormone melatonin`), or the phrase a practice's session? */
function namesTakenIntervention(words: Token[], context: AgentContext): boolean {
  const taken = words.some((w) => takenForms.has(w.lower))
  if (practiceSession(words)) return true
  return words.some(
    (w) =>
      (isInterventionWord(w.lower, context.extra) || isInterventionNoun(w.lower, context.extra)) &&
      (taken || !isBodySubstance(w.lower))
  )
}

/** The agent of an effect in a relative clause: the noun phrase before its pronoun (at
 * `pronoun`), through a copula to its subject. */
function relativeAntecedent(
  tokens: Token[],
  pronoun: number,
  segment: Segment,
  context: AgentContext,
  start: number,
  lexicons: ClaimLexicons
): AgentResult {
  // `..., which flushes`: the antecedent stands before the comma of a non-restrictive clause.
  const comma = previousSolidIndex(tokens, pronoun - 1)
  // `It's the beetroot juice, not the new plan, that shaves`: a cleft's focus before an aside.
  const cleft =
    tokens[comma]?.value === ',' && tokens[pronoun].lower === 'that' ? cleftFocusEnd(tokens, comma, start) : -1
  let antecedent =
    cleft >= 0
      ? nounPhraseBack(tokens, cleft, start, lexicons)
      : tokens[comma]?.value === ',' && tokens[pronoun].lower === 'which'
        ? nounPhraseBack(tokens, comma - 1, nounPhraseFloor(tokens, comma, start), lexicons)
        : nounPhraseBack(tokens, pronoun - 1, segment.from, lexicons)
  // `Probiotics are living microorganisms that boost health`: the predicate noun is its subject.
  const before =
    antecedent.length > 0
      ? previousSolidIndex(tokens, tokens.indexOf(antecedent[0], Math.max(0, pronoun - 40)) - 1)
      : -1
  let subject: Token[] = []
  if (before >= segment.from && copulas.has(tokens[before].lower) && !namesTakenIntervention(antecedent, context)) {
    subject = nounPhraseBack(tokens, before - 1, segment.from, lexicons)
    antecedent = [...subject, ...antecedent]
  }
  // `on the hunt for a cream that will get rid of lines`: what is sought does not exist yet.
  if (sought(tokens, antecedent, pronoun)) return {text: wordsText(antecedent), intervention: false}
  // A relative clause's effect is presupposed by its main clause, whose hedges govern it
  // too ("Medicines which increase dopamine may hold the key"): no clause limit.
  // (The body's own substances are agents only when taken: `Melatonin is the hormone that
  // controls sleep` is physiology.)
  // (`Hushroot is the one that delivers`, `Vibegron is the drug that`: a product's or a drug's name too.)
  const named = subject.some((w) => isProductName(w.value) || isDrugStemName(w.lower))
  // (`the post-dinner walk, which flattens`: an act of moving, by its head.)
  const moving = tokens[comma]?.value === ',' && antecedent.length > 0 && movementAct(antecedent.slice(-1))
  if (namesTakenIntervention(antecedent, context) || named || moving)
    return {text: wordsText(antecedent), intervention: true}
  // `Tart cherries are packed with natural melatonin, which resets your body clock`: the body's own
  // substance in what is taken.
  if (containedInIntervention(tokens, antecedent, segment.from, pronoun, context))
    return {text: wordsText(antecedent), intervention: true}
  if (context.labelIntervention && pronoun - 1 < start + 12) return {text: context.labelText, intervention: true}
  // `CRUNCHWELL Oat & Seed Bar — slow-release energy that keeps you full`: an apposition after a dash
  // restates the intervention named before the dash.
  const dashed = appositionAfterDash(tokens, antecedent, start, context)
  if (dashed) return {text: wordsText(dashed), intervention: true}
  // `The snack boxes in the canteen, which keep blood sugar steady`: the head before the phrase that ends it.
  const outer = headBeforeAntecedent(tokens, antecedent, {from: segment.from, pronoun}, lexicons)
  if (outer && namesTakenIntervention(outer, context)) return {text: wordsText(outer), intervention: true}
  return {text: wordsText(antecedent), intervention: false}
}

/** The noun phrase before a preposition that opens the antecedent (`The new snack boxes` before `in the
 * canteen`), or undefined. */
function headBeforeAntecedent(
  tokens: Token[],
  antecedent: Token[],
  at: {from: number; pronoun: number},
  lexicons: ClaimLexicons
): Token[] | undefined {
  if (antecedent.length === 0) return undefined
  const preposition = previousSolidIndex(tokens, tokens.lastIndexOf(antecedent[0], at.pronoun) - 1)
  if (preposition <= at.from || !objectEnders.has(tokens[preposition].lower)) return undefined
  const head = nounPhraseBack(tokens, preposition - 1, at.from, lexicons)
  // (The relative's verb agrees with it: `The oat bars in the staff room, which keep`; not `the tablets in a
  // drawer, which keeps them dry`, said of the drawer.)
  const verb = tokens[nextSolidIndex(tokens, at.pronoun + 1)]?.lower ?? ''
  const plural = /[^s]s$/.test(head[head.length - 1]?.lower ?? '')
  return head.length > 0 && plural !== /[^s]s$/.test(verb) ? head : undefined
}

/** How many words the name before an apposition's dash may have. */
const DASHED_NAME_WORDS = 6

/** The words before a dash that opens the antecedent's phrase, when they open the sentence and name an
 * intervention. */
function appositionAfterDash(
  tokens: Token[],
  antecedent: Token[],
  start: number,
  context: AgentContext
): Token[] | undefined {
  if (antecedent.length === 0) return undefined
  const dash = previousSolidIndex(tokens, tokens.indexOf(antecedent[0], start) - 1)
  if (dash <= start || !apposingDashes.has(tokens[dash].value)) return undefined
  const name = wordsBack(tokens, dash - 1, start, DASHED_NAME_WORDS)
  // (The name opens the sentence, as a product's does before its tagline: not `measured using
  // polysomnography – a machine that measures`.)
  if (name.length === 0 || previousSolidIndex(tokens, tokens.indexOf(name[0], start) - 1) >= start) return undefined
  return namesIntervention(name, context.extra) ? name : undefined
}

/** Dashes that set off an apposition (`X — a blend that ...`). */
const apposingDashes: ReadonlySet<string> = new Set(['—', '–'])

/** Is the antecedent a substance of the body's own (`melatonin`) that follows a word of containing
 * (containingWords: `packed with`, `rich in`, `full of`, `contains`) after a word that names an
 * intervention in the same clause? */
function containedInIntervention(
  tokens: Token[],
  antecedent: Token[],
  floor: number,
  pronoun: number,
  context: AgentContext
): boolean {
  if (antecedent.length === 0 || !antecedent.some((w) => isBodySubstance(w.lower))) return false
  const first = tokens.indexOf(antecedent[0], Math.max(floor, pronoun - 40))
  const word = previousSolidIndex(tokens, first - 1)
  if (word < floor || !containingWords.has(tokens[word].lower)) return false
  for (let k = floor; k < word; k++)
    if (tokens[k].kind === 'word' && isInterventionPhrase([tokens[k]], context)) return true
  return false
}

/** How many words an aside inside a cleft may have (`, not the new training plan,`). */
const CLEFT_ASIDE_WORDS = 10

/** In a cleft that opens the sentence (`It is`, `It's`), the last token of its focus before the
 * aside that the comma at `comma` closes (`It's the beetroot juice, not the new plan, that`), or -1. */
function cleftFocusEnd(tokens: Token[], comma: number, start: number): number {
  const first = tokens[nextSolidIndex(tokens, start)]?.lower.replace('’', "'") ?? ''
  const second = tokens[nextSolidIndex(tokens, nextSolidIndex(tokens, start) + 1)]?.lower ?? ''
  if (first !== "it's" && !(first === 'it' && beForms.has(second))) return -1
  let words = 0
  for (let k = comma - 1; k > start && words <= CLEFT_ASIDE_WORDS; k--) {
    if (tokens[k].value === ',') return k - 1
    if (tokens[k].kind === 'word') words++
  }
  return -1
}

/** How many words before a sought thing the word of seeking may stand (`looking for a good`). */
const SEEKING_WORDS = 4

/** Is the antecedent an indefinite thing that someone seeks (`looking for a serum that`)? */
function sought(tokens: Token[], antecedent: Token[], pronoun: number): boolean {
  let article = antecedent.length - 1
  while (article >= 0 && antecedent[article].lower !== 'a' && antecedent[article].lower !== 'an') article--
  if (article < 0) return false
  const at = tokens.lastIndexOf(antecedent[article], pronoun)
  return wordsBack(tokens, at - 1, 0, SEEKING_WORDS).some((w) => seekingWords.has(w.lower))
}

/** The clause starts with the effect: a fragment (`Reduces cortisol output`) whose agent is
 * its label or the topic, or a clause after `:` that continues a sentence. */
function fragmentAgent(segment: Segment, context: AgentContext, start: number): AgentResult {
  if (context.labelIntervention) return {text: context.labelText, intervention: true, clauseFrom: segment.from}
  if (segment.from <= start) {
    if (context.previousIntervention) return {text: 'it', intervention: true, clauseFrom: segment.from}
    if (context.topic) return {text: context.topic, intervention: true, clauseFrom: segment.from}
  }
  return {text: '', intervention: false, clauseFrom: segment.from}
}

/** The subject of a segment: its words up to the first verb-like word. */
function subjectOf(
  tokens: Token[],
  segment: Segment,
  context: AgentContext,
  start: number,
  lexicons: ClaimLexicons,
  until: number,
  stopAtVerb = false
): AgentResult {
  // After a leading `By ...ing ...,` phrase, the subject follows the comma.
  let from = segment.from
  const first = tokens[nextSolidIndex(tokens, from)]
  if (first && frontedPhraseOpeners.has(first.lower)) {
    for (let i = from; i < segment.to && i < from + 60; i++) {
      if (tokens[i].value === ',') {
        from = i + 1
        break
      }
    }
  }
  const words: Token[] = []
  // The subject stands before the effect (`In men, supports ...` has none); a participle
  // before its subject (`By enhancing X, magnesium calms`) leaves the words after the comma.
  const end = until > from ? Math.min(until, segment.to) : segment.to
  for (let i = from; i < end && words.length < 12; i++) {
    const token = tokens[i]
    if (token.kind === 'punctuation' && token.value === ',') break
    if (token.kind !== 'word') continue
    if (copulas.has(token.lower) || verbGroupOpeners.has(token.lower) || haveForms.has(token.lower)) break
    const entry = lexicons.verbs.get(token.lower)
    // (`Our Glow Boost drip`: a capitalised word inside a name is the name's.)
    if (entry && entry.form !== 'participle' && words.length > 0 && !insideName(tokens, i, start)) break
    // (For a participle's subject: `Lullwave plays pink noise, deepening`: the clause's own verb.)
    if (stopAtVerb && words.length > 0 && presentVerbAfterNoun(tokens, i, words[words.length - 1])) break
    words.push(token)
  }
  const text = wordsText(words)
  if (isInterventionPhrase(words, context)) return {text, intervention: true}
  // (`it settles restless legs and keeps you still`: an anaphor of an intervention named before.)
  const named = context.previousIntervention || context.labelIntervention
  if (words.length === 1 && anaphorSet.has(words[0].lower) && named) return {text, intervention: true}
  // A practice, an act of moving or a device acting on the body (`Fluoride varnish, painted on
  // at the check-up, stops decay`).
  const byClass = words.length > 0 ? agentByClass(tokens, words, {from: until, form: 'finite'}, context) : undefined
  if (byClass) return {...byClass, text: byClass.text || text}
  // `The active ingredient, bakuchiol, firms`: the apposition names the subject.
  const comma = previousSolidIndex(tokens, until - 1)
  const apposition = tokens[comma]?.value === ',' ? appositionBefore(tokens, comma, segment.from) : undefined
  if (apposition && isInterventionPhrase(apposition, context)) return {text: wordsText(apposition), intervention: true}
  // (`Her favourite wind-down, ten minutes of slow breathing in bed, switches off`: a practice.)
  const appositionClass = apposition
    ? agentByClass(tokens, apposition, {from: until, form: 'finite'}, context)
    : undefined
  if (apposition && appositionClass) return {...appositionClass, text: appositionClass.text || wordsText(apposition)}
  if (words.length > 0 && anaphorSet.has(words[0].lower))
    return {text, intervention: context.previousIntervention || context.labelIntervention}
  if (words.length === 0 && segment.from <= start && (context.labelIntervention || context.previousIntervention))
    return {text: context.labelText || 'it', intervention: true}
  return {text, intervention: false}
}

/** `isIntervention`, or a demonstrative's noun phrase for the intervention named before (demonstrativeAnaphor): a
 * passive's `by` phrase reads `was cleared up by this stuff` as a subject reads `This stuff cleared`. */
function orNamedBefore(
  isIntervention: (words: Token[]) => boolean,
  context: AgentContext
): (words: Token[]) => boolean {
  return (words: Token[]) => isIntervention(words) || demonstrativeAnaphor(words, context)
}

/** `this stuff`, `these little things`: a demonstrative's noun phrase standing for the intervention named before
 * (or in the label), as an anaphor opening a subject does. */
function demonstrativeAnaphor(words: Token[], context: AgentContext): boolean {
  return (
    words.length > 1 &&
    demonstratives.has(words[0].lower) &&
    (context.previousIntervention || context.labelIntervention)
  )
}

/** The noun phrase that ends at `from` (at most eight words), read back to punctuation, a
 * verb, `to`, or a form of *be*: the antecedent of a relative pronoun after it. */
function nounPhraseBack(tokens: Token[], from: number, floor: number, lexicons: ClaimLexicons): Token[] {
  const out: Token[] = []
  for (let i = from; i >= floor && out.length < 8; i--) {
    const token = tokens[i]
    // A quoted name belongs to its phrase (`a new "Slim Capsule" that`).
    if (token.kind === 'punctuation' && quoteMarks.has(token.value)) continue
    if (token.kind === 'punctuation' && token.value !== '-' && token.value !== "'") break
    if (token.kind !== 'word') continue
    if (
      out.length > 0 &&
      (token.lower === 'to' ||
        copulas.has(token.lower) ||
        auxiliaries.has(token.lower) ||
        verbGroupOpeners.has(token.lower) ||
        nounPhraseBreakers.has(token.lower) ||
        lexicons.verbs.has(token.lower))
    )
      break
    out.unshift(token)
  }
  return out
}

function wordsBack(tokens: Token[], from: number, floor: number, limit: number): Token[] {
  const out: Token[] = []
  for (let i = from; i >= floor && out.length < limit; i--) {
    const token = tokens[i]
    if (token.kind === 'punctuation' && token.value !== '-' && token.value !== "'") break
    if (token.kind === 'word') out.unshift(token)
  }
  return out
}

/** The answers of `isInterventionWord` and `verbLemmaOf`, kept by word (./word-cache.ts). */
const interventionWordCache = new WordCacheBySet<boolean>()
const verbLemmaCache = new WordCache<string | undefined>()

/** `actingVerbEntry(lower) ?? secondChangeEntry(lower)`, kept by word: `classVerbAt` finds nothing at a word without
 * either entry, and most words have none. */
function actingOrChangeEntry(lower: string): VerbEntry | undefined {
  const known = actingOrChangeCache.lookup(lower)
  if (known !== unknownWord) return known
  return actingOrChangeCache.keep(lower, actingVerbEntry(lower) ?? secondChangeEntry(lower))
}

const actingOrChangeCache = new WordCache<VerbEntry | undefined>()

/** `defaultVerbTable.get(lower) ?? actingVerbEntry(lower)`, kept by word: `passiveCandidate` finds nothing at a word
 * whose entry is no past form, as most words are. */
function passiveEntryOf(lower: string): VerbEntry | undefined {
  const known = passiveEntryCache.lookup(lower)
  if (known !== unknownWord) return known
  return passiveEntryCache.keep(lower, defaultVerbTable.get(lower) ?? actingVerbEntry(lower))
}

const passiveEntryCache = new WordCache<VerbEntry | undefined>()
