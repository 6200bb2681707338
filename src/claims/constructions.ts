/**
 * Effects stated by grammar rather than by an effect verb with the intervention as its
 * subject (issue 13, "effects stated without an effect verb"):
 *
 * - a superlative before a predicate: `is the most effective`, `is one of the most powerful`;
 * - a verb of receiving whose preposition's object is the intervention: `Women benefit from X`,
 *   `Insomnia responds well to X`, `Joint pain improves with X`;
 * - a verb of experiencing an outcome that changed, with the intervention attached or as the
 *   subject's modifier: `People see fewer flares with X`, `X users report lower stress`;
 * - a noun of change said of an intervention: `One of the perks of X is a surge in energy`,
 *   `Studies show a drop in blood pressure with X`;
 * - a verb of making with an object and an adjective of outcome: `makes skin softer`,
 *   `will make your skin look younger`.
 *
 * Each function looks at a bounded window of tokens (named below), so the work stays linear
 * in the sentence's length. None decides whether words name an intervention: the caller
 * passes that test in, so the classes stay in one place (`src/model/claims.ts`).
 */
import type {Token} from '../model/types.js'
import {nextSolid, previousSolid} from '../model/tokens.js'
import {
  changeNouns,
  experiencerVerbs,
  conditionalAttachments,
  frontedAttachments,
  rivalVerbs,
  interventionAttachments,
  useAttachmentWords,
  outcomeChangeVerbs,
  outcomeChangeParticles,
  outcomeAdjectives,
  outcomeMarkers,
  receiverVerbs,
  remedyAdjectives,
  userNouns,
  showingVerbForms,
  appearanceVerbs,
  remedyRoleNouns,
  remedyRolePrepositions,
  superlativeWords
} from '../data/effects.js'
import {
  comparedBases,
  firstNounClass,
  isBodilyGerund,
  isBodilyNoun,
  isBodySubstance,
  isQualityNoun,
  isRemedyNoun,
  isStateWord
} from './classes.js'
import {
  usageWords,
  usageVerbs,
  startingVerbForms,
  quittingVerbForms,
  intakeGerunds,
  takingVerbForms,
  takingWords,
  frequencyWords
} from '../data/interventions.js'
import {adjectives, wordClasses} from '../data/wordnet.js'
import {
  actingVerbClasses,
  afterNounHead,
  clauseOpeners,
  doerObjectClasses,
  clauseOfUse,
  lightVerbs,
  beForms,
  possessiveDeterminers,
  beginningParticiples,
  bePresentPast,
  haveForms,
  stateAdverbs,
  possessivePronounOwners,
  rivalPrepositions,
  rivalObjectEnders,
  personRelativePronouns,
  comparativeModifiers,
  changeNounPrepositions,
  articles,
  remedyCopulas,
  hedgingModals,
  demonstratives,
  focusAdverbs,
  agentPhraseEnders,
  frontedInterventionPrepositions,
  receiverAdverbs,
  objectPronouns,
  personObjectPronouns,
  degreeAdverbs,
  indefinitePersonPronouns,
  universalQuantifiers,
  objectParticles,
  bodyMeasureNouns,
  multiplierApproximators
} from '../data/grammar.js'
import {doubtingStates, influenceNouns, ownLifeObjects, userComparatives} from '../data/claim-cues.js'
import {durationUnits} from '../data/statistics.js'
import {numberWords} from '../data/numbers.js'

/** Is a run of words an intervention (or stands for one)? */
export type InterventionTest = (words: Token[]) => boolean

/** How far after a verb its preposition may stand: two adverbs (`responds very well to`). */
const ADVERBS_BEFORE_PREPOSITION = 3
/** How many words an object noun phrase may have before its attachment (`fewer flares with`). */
const OBJECT_WORDS = 6
/** How many words the intervention's noun phrase may have (`evening primrose oil capsules`). */
const NOUN_PHRASE_WORDS = 6

const receivers = new Map(Object.entries(receiverVerbs))
/** Verbs of an outcome changing on its own, with the ones that do so with a particle (`die down`,
 * `go away`). */
const outcomeChangeSet = new Set([...outcomeChangeVerbs, ...Object.keys(outcomeChangeParticles)])
// (the prepositions of `frontedAttachments` that can follow the verb: `faded within a week of starting X`)
const changeAttachments = ['with', 'after', 'on', 'within', 'since', 'once']
const experiencers = new Set(experiencerVerbs)
const markers = new Set(outcomeMarkers)
const attachments = new Set(interventionAttachments)
const useAttachments = new Set(useAttachmentWords)
const users = new Set(userNouns)
const changes = new Set(changeNouns)
const outcomes = new Set(outcomeAdjectives)
const remedyAdjectiveSet = new Set(remedyAdjectives)

/** The indices of a noun phrase's words from `index` up to punctuation or a clause word, at
 * most `limit`. */
function phraseAt(tokens: Token[], index: number, limit: number): number[] {
  const out: number[] = []
  for (let i = index; i < tokens.length && out.length < limit; i++) {
    const token = tokens[i]
    // `low-sugar`: a hyphen joins two words of one phrase; `residents' minds`: a plural's possessive too.
    if (token.kind === 'whitespace' || (token.value === '-' && tokens[i + 1]?.kind === 'word')) continue
    if ((token.value === "'" || token.value === '’') && /s$/.test(tokens[i - 1]?.lower ?? '') && i > index) continue
    if (token.kind !== 'word' || (clauseOpeners.has(token.lower) && !degreeSo(tokens, i))) break
    out.push(i)
  }
  return out
}

/** Is `so` at `i` the adverb of degree before an adjective or `much` (`so much plumper`, `so soft`), not the
 * conjunction that opens a clause? */
function degreeSo(tokens: Token[], i: number): boolean {
  if (tokens[i].lower !== 'so') return false
  const next = tokens[nextSolid(tokens, i + 1)]
  return next !== undefined && next.kind === 'word' && (degreeAdverbs.has(next.lower) || adjectives.has(next.lower))
}

/** How many words the subject before an influence predicate may have (`The effect of daily magnesium on sleep`). */
const INFLUENCE_SUBJECT_WORDS = 10

/**
 * `Magnesium's effect on sleep is dramatic`, `Their effect on mood has been remarkable`, `The effect of X on sleep
 * is obvious`: a form of *be* at `i` after a subject whose head is an influence noun (influenceNouns) with `on`,
 * owned by an intervention (its possessive, or `of` and its name) or by `its`/`their` (`named`: the sentence before
 * named one), then at most two adverbs and an adjective that does not doubt it or make it nothing (doubtingStates;
 * not after `not`): the end of the predicate and its agent, or undefined.
 */
export function influencePredicate(
  tokens: Token[],
  i: number,
  start: number,
  isIntervention: InterventionTest,
  named: boolean
): {from: number; to: number; agent: string} | undefined {
  const be = tokens[i].lower
  const perfect = be === 'been' && haveForms.has(tokens[previousSolid(tokens, i - 1)]?.lower ?? '')
  if (!bePresentPast.has(be) && !perfect) return undefined
  const to = affirmedStateEnd(tokens, i)
  if (to < 0) return undefined
  // (`has been remarkable`: the predicate runs from the perfect's `has`.)
  const from = perfect ? previousSolid(tokens, i - 1) : i
  const subject = wordsBefore(tokens, from, start, INFLUENCE_SUBJECT_WORDS)
  const head = subject.findIndex((w) => influenceNouns.has(w.lower))
  if (head < 0 || !subject.slice(head + 1).some((w) => w.lower === 'on')) return undefined
  const owner = subject.slice(0, head)
  const last = owner[owner.length - 1]
  if (owner.length === 1 && possessivePronounOwners.has(last.lower)) return named ? {from, to, agent: 'it'} : undefined
  if (last && /['’]s$/.test(last.value)) {
    const words = [...owner.slice(0, -1), {...last, value: last.value.slice(0, -2), lower: last.lower.slice(0, -2)}]
    return isIntervention(words) ? {from, to, agent: words.map((w) => w.value).join(' ')} : undefined
  }
  // `The effect of X on sleep`: the owner after `of`, up to `on`.
  const of = subject.findIndex((w, k) => k > head && w.lower === 'of')
  const on = subject.findIndex((w, k) => k > of && w.lower === 'on')
  const ofWords = of > 0 && on > of ? subject.slice(of + 1, on) : []
  return ofWords.length > 0 && isIntervention(ofWords)
    ? {from, to, agent: ofWords.map((w) => w.value).join(' ')}
    : undefined
}

/** After the form of *be* at `i`, at most two adverbs (in -ly, or of degree: `well`, `so`, `more`) and an adjective
 * that is not of doubtingStates (`dramatic`, `well established`, `more direct`): the index after it, or -1. */
function affirmedStateEnd(tokens: Token[], i: number): number {
  let k = nextSolid(tokens, i + 1)
  for (let n = 0; n < 2 && tokens[k]?.kind === 'word'; n++) {
    const lower = tokens[k].lower
    if (!/[a-z]{2}ly$/.test(lower) && !stateAdverbs.has(lower)) break
    k = nextSolid(tokens, k + 1)
  }
  const word = tokens[k]
  if (word?.kind !== 'word' || !adjectives.has(word.lower) || doubtingStates.has(word.lower)) return -1
  return k + 1
}

/** The words before `end` back to `start` or to punctuation (at most `limit`), in order. */
function wordsBefore(tokens: Token[], end: number, start: number, limit: number): Token[] {
  const out: Token[] = []
  for (let k = end - 1; k >= start && out.length < limit; k--) {
    const token = tokens[k]
    if (token.kind === 'whitespace' || (token.value === '-' && tokens[k + 1]?.kind === 'word')) continue
    if ((token.value === "'" || token.value === '’') && out.length > 0) continue
    if (token.kind !== 'word') break
    out.unshift(token)
  }
  return out
}

/** The words of `phraseAt`. */
function phraseFrom(tokens: Token[], index: number, limit: number): Token[] {
  return phraseAt(tokens, index, limit).map((i) => tokens[i])
}

/** How many words the phrase that opens a sentence may have (`With daily ashwagandha,`, `Within
 * two weeks of switching to a low-sugar diet,`), and
 * how far after its comma the verb may stand (`the stress hormone cortisol drops`). */
const FRONTED_WORDS = 10
const AFTER_FRONTED_WORDS = 6

const fronted = new Set(frontedAttachments)
const conditional = new Set(conditionalAttachments)
const timeUnits = new Set(durationUnits)

/**
 * The intervention of a phrase that opens the sentence at `floor` and attaches it to the
 * clause of the verb at `index` (`With ashwagandha, cortisol levels drop`): its words, or
 * undefined. The verb must stand within a few words after the phrase's comma.
 */
export function frontedAgent(
  tokens: Token[],
  index: number,
  floor: number,
  isIntervention: InterventionTest
): Token[] | undefined {
  let first = nextSolid(tokens, floor)
  // `A month into drinking X,`, `Three weeks into the cleanse,`: a span of time opens the
  // sentence and `into` attaches what was taken, as `After two weeks on X` does.
  const into = spanInto(tokens, first)
  if (into >= 0) first = into
  if (!tokens[first] || (!fronted.has(tokens[first].lower) && !conditional.has(tokens[first].lower) && into < 0))
    return undefined
  // `After a heavy meal, nothing settles the stomach like X`: what nothing else does is X's (comparedWith).
  if (tokens[previousSolid(tokens, index - 1)]?.lower === 'nothing') return undefined
  const words = phraseFrom(tokens, nextSolid(tokens, first + 1), FRONTED_WORDS)
  const last = words[words.length - 1]
  if (!last) return undefined
  const comma = nextSolid(tokens, tokens.indexOf(last, first) + 1)
  if (tokens[comma]?.value !== ',' || comma >= index) return undefined
  let between = 0
  for (let i = comma + 1; i < index; i++) if (tokens[i].kind === 'word') between++
  if (between === 0 || between > AFTER_FRONTED_WORDS) return undefined
  // `After a week on X`: the intervention may follow a word of time; `Since I started taking
  // X`: a word of use.
  const onAt = words.findIndex((w) => frontedInterventionPrepositions.has(w.lower))
  const usedAt = words.findIndex((w) => usageWords.has(w.lower))
  if (conditional.has(tokens[first].lower)) {
    // `If you take vitamin D every day,`: a condition attaches what its verb of use takes.
    const takenAt = words.findIndex((w) => usageVerbs.has(w.lower))
    const taken = takenAt >= 0 ? words.slice(takenAt + 1) : []
    return taken.length > 0 && isIntervention(taken) ? taken : undefined
  }
  const agent = usedAt >= 0 ? words.slice(usedAt + 1) : onAt >= 0 ? words.slice(onAt + 1) : words
  if (agent.length === 0) return undefined
  // (`A month into drinking X`: a word of use names what was taken; `a month into the job` names none.)
  if (into >= 0) return usedAt >= 0 || isIntervention(agent) ? agent : undefined
  // `After two weeks on the cleanse`: a span of time spent on something makes it a regimen.
  if (usedAt < 0 && onAt > 0 && words[onAt].lower === 'on' && words.slice(0, onAt).some((w) => timeUnits.has(w.lower)))
    return agent
  return isIntervention(agent) ? agent : undefined
}

/** The index of `into` after a span of time that opens the sentence at `first` (`A month into`,
 * `Three weeks into`), or -1. */
function spanInto(tokens: Token[], first: number): number {
  const amount = tokens[first]?.lower ?? ''
  if (amount !== 'a' && amount !== 'an' && !/^\d+$/.test(amount) && !Object.hasOwn(numberWords, amount)) return -1
  const unit = nextSolid(tokens, first + 1)
  const into = nextSolid(tokens, unit + 1)
  return timeUnits.has(tokens[unit]?.lower ?? '') && tokens[into]?.lower === 'into' ? into : -1
}

const rivals = new Set(rivalVerbs)

/** Is `lemma` a verb of surpassing? */
export function isRival(lemma: string): boolean {
  return rivals.has(lemma)
}

/** `Nothing beats X`, `nothing compares to X`: the intervention after a verb of surpassing at
 * `index` whose subject is `nothing`, or undefined. */
export function unrivalled(tokens: Token[], index: number, isIntervention: InterventionTest): Token[] | undefined {
  if (tokens[previousSolid(tokens, index - 1)]?.lower !== 'nothing') return undefined
  let next = nextSolid(tokens, index + 1)
  if (tokens[next] && rivalPrepositions.has(tokens[next].lower)) next = nextSolid(tokens, next + 1)
  const phrase = phraseFrom(tokens, next, NOUN_PHRASE_WORDS)
  // The noun phrase ends before its preposition (`a cold shower for waking up`).
  const end = phrase.findIndex((w) => rivalObjectEnders.has(w.lower))
  const object = end > 0 ? phrase.slice(0, end) : phrase
  return object.length > 0 && isIntervention(object) ? object : undefined
}

/** How many words after a verb whose subject is `nothing` its comparison may stand (`Nothing
 * relieves period cramps like a hot water bottle`). */
const COMPARED_WORDS = 10

/** Words that open what an effect is compared with (`like X`, `faster than X`). */
const comparisonWords: ReadonlySet<string> = new Set(['like', 'than'])

/** `Nothing relieves cramps like a hot water bottle`, `Nothing clears a foggy head faster than a
 * swim`: the intervention an effect verb at `index`, whose subject is `nothing`, is compared
 * with; or undefined. */
export function comparedWith(tokens: Token[], index: number, isIntervention: InterventionTest): Token[] | undefined {
  // (`none soothes sore hands like X`: `none` as `nothing` is.)
  const before = tokens[previousSolid(tokens, index - 1)]?.lower
  if (before !== 'nothing' && before !== 'none') return undefined
  let words = 0
  for (
    let k = nextSolid(tokens, index + 1);
    k < tokens.length && words < COMPARED_WORDS;
    k = nextSolid(tokens, k + 1)
  ) {
    const token = tokens[k]
    if (token.kind !== 'word') return undefined
    words++
    if (!comparisonWords.has(token.lower)) continue
    const phrase = phraseFrom(tokens, nextSolid(tokens, k + 1), NOUN_PHRASE_WORDS)
    return phrase.length > 0 && isIntervention(phrase) ? phrase : undefined
  }
  return undefined
}

/**
 * The first word of a superlative before a predicate at `from` (`the most effective`,
 * `one of the most powerful`, `one of the best ... for`), or `from` itself.
 */
export function superlativeFrom(tokens: Token[], from: number, floor: number): number {
  let at = from
  const back = (index: number): number => previousSolid(tokens, index - 1)
  let p = back(at)
  if (tokens[at].lower !== 'the' && p >= floor && (tokens[p].lower === 'most' || tokens[p].lower === 'least')) {
    at = p
    p = back(at)
    if (p >= floor && tokens[p].lower === 'the') {
      at = p
      p = back(at)
    } else return from
  }
  if (tokens[at].lower === 'the' && p >= floor && tokens[p].lower === 'of') {
    const one = back(p)
    if (one >= floor && tokens[one].lower === 'one') at = one
  }
  return at
}

/**
 * A verb of receiving at `index` (`benefit`, `responds`, `improves`) followed, after at most
 * two adverbs, by its preposition and an intervention: the intervention's words, or
 * undefined.
 */
export function receivedFrom(
  tokens: Token[],
  index: number,
  lemma: string,
  isIntervention: InterventionTest
): Token[] | undefined {
  // A verb of an outcome changing on its own takes its intervention after `with`, `after` or
  // `on` (`Cortisol levels drop with ashwagandha`, `the flares faded after X`).
  const prepositions = receivers.get(lemma) ?? (outcomeChangeSet.has(lemma) ? changeAttachments : undefined)
  if (!prepositions) return undefined
  // `My migraines vanished the week I started feverfew`: a span of time and a clause, as `after`.
  let after = nextSolid(tokens, index + 1)
  // (`cleared up`, `stopped aching`: a particle, or the gerund of what stopped.)
  const gerund = lemma === 'stop' && /[a-z]{2}ing$/.test(tokens[after]?.lower ?? '')
  const particle = objectParticles.has(tokens[after]?.lower ?? '')
  if (particle || gerund) after = nextSolid(tokens, after + 1)
  const clause = outcomeChangeSet.has(lemma) ? timeClauseStart(tokens, after) : -1
  if (clause > 0) {
    const phrase = phraseFrom(tokens, clause, NOUN_PHRASE_WORDS)
    // (`the month I cut out aged cheese`: what is given up is the object after the verb and its particle.)
    const quit = phrase.findIndex((w) => quittingVerbForms.has(w.lower))
    if (quit >= 0) {
      const object = phrase.slice(objectParticles.has(phrase[quit + 1]?.lower ?? '') ? quit + 2 : quit + 1)
      return object.length > 0 && isIntervention(object) ? object : undefined
    }
    return phrase.some((w) => usageVerbs.has(w.lower) || startingVerbForms.has(w.lower)) && isIntervention(phrase)
      ? phrase
      : undefined
  }
  let i = gerund || particle ? after : nextSolid(tokens, index + 1)
  for (
    let k = 0;
    k < ADVERBS_BEFORE_PREPOSITION &&
    i < tokens.length &&
    tokens[i].kind === 'word' &&
    !prepositions.includes(tokens[i].lower);
    k++
  ) {
    if (!(/ly$/.test(tokens[i].lower) || receiverAdverbs.has(tokens[i].lower))) return undefined
    i = nextSolid(tokens, i + 1)
  }
  if (!tokens[i] || !prepositions.includes(tokens[i].lower)) return undefined
  const phrase = phraseFrom(tokens, afterTimeSpan(tokens, i + 1), NOUN_PHRASE_WORDS)
  return phrase.length > 0 && isIntervention(phrase) ? phrase : undefined
}

/** `the week (that)`, `the day (when)` at `at`: where the clause after the span of time starts, or -1. */
function timeClauseStart(tokens: Token[], at: number): number {
  const unit = nextSolid(tokens, at + 1)
  if (tokens[at]?.lower !== 'the' || !timeUnits.has(tokens[unit]?.lower ?? '')) return -1
  const next = nextSolid(tokens, unit + 1)
  return tokens[next]?.lower === 'that' || tokens[next]?.lower === 'when' ? nextSolid(tokens, next + 1) : next
}

/** After a span of time and `of` at `at` (`a week of`, `three days of`), where the phrase of use
 * starts (`within a week of switching to X`); else `at`. */
function afterTimeSpan(tokens: Token[], at: number): number {
  const unit = nextSolid(tokens, nextSolid(tokens, at) + 1)
  const of = nextSolid(tokens, unit + 1)
  if (!timeUnits.has(tokens[unit]?.lower ?? '') || tokens[of]?.lower !== 'of') return at
  return of + 1
}

/** Is `lemma` a verb of receiving? */
export function isReceiver(lemma: string): boolean {
  return receivers.has(lemma)
}

/** Is `lemma` a verb of experiencing? */
export function isExperiencer(lemma: string): boolean {
  return experiencers.has(lemma)
}

/**
 * A verb of experiencing at `index` whose object is an outcome that changed (`fewer flares`,
 * `lower stress`): the intervention attached after the object (`with X`, `after taking X`),
 * or, when `subject` holds a user of one (`X users`, `people taking X`), that; else undefined.
 */
export function experiencedWith(
  tokens: Token[],
  index: number,
  subject: Token[],
  isIntervention: InterventionTest,
  isUse?: InterventionTest
): Token[] | undefined {
  const object = phraseAt(tokens, nextSolid(tokens, index + 1), OBJECT_WORDS + 1)
  // An outcome marker (`fewer`, `better`) or a comparative of an adjective of outcome (`calmer`).
  const marker = object.findIndex(
    (i) => markers.has(tokens[i].lower) || (/er$/.test(tokens[i].lower) && isOutcomeAdjective(tokens[i].lower))
  )
  if (marker < 0) return undefined
  for (let k = marker + 1; k < object.length; k++) {
    const word = tokens[object[k]].lower
    // (`fewer attacks after three sessions`, `by the fourth session`: a unit of use, `isUse`.)
    const use = isUse !== undefined && useAttachments.has(word)
    if (!attachments.has(word) && !use) continue
    const next = object[k + 1]
    const after = word === 'after' && next !== undefined && intakeGerunds.has(tokens[next].lower) ? object[k + 2] : next
    const phrase = after === undefined ? [] : phraseFrom(tokens, after, NOUN_PHRASE_WORDS)
    if (phrase.length > 0 && (isIntervention(phrase) || (use && isUse(phrase)))) return phrase
  }
  return usedBy(subject, isIntervention)
}

/** The intervention a subject uses: `ashwagandha users`, `people taking creatine`,
 * `patients on the drug`, `kids who take fish oil`, `the yoga group`; or undefined. */
export function usedBy(subject: Token[], isIntervention: InterventionTest): Token[] | undefined {
  // (`Research shows that sauna users`: the users' phrase opens after a complementiser.)
  let from = 0
  for (let k = 0; k < subject.length; k++) {
    const word = subject[k].lower
    if (word === 'that') from = k + 1
    if (users.has(word) && k > from && isIntervention(subject.slice(from, k))) return subject.slice(from, k)
    // `Participants in the yoga group`: a trial's arm named after its intervention.
    if ((word === 'group' || word === 'arm') && k > 0 && isIntervention(subject.slice(Math.max(0, k - 3), k)))
      return subject.slice(Math.max(0, k - 3), k + 1)
    // (`people who regularly consume X`: an adverb may stand between.)
    const before = /[a-z]{3}ly$/.test(subject[k - 1]?.lower ?? '') ? subject[k - 2] : subject[k - 1]
    const taking =
      takingWords.has(word) || (takingVerbForms.has(word) && personRelativePronouns.has(before?.lower ?? ''))
    if (!taking || k + 1 >= subject.length) continue
    // `people who eat walnuts every day`: the words of frequency after what is taken are not its.
    let end = subject.length
    while (end > k + 2 && frequencyWords.has(subject[end - 1].lower)) end--
    if (isIntervention(subject.slice(k + 1, end))) return subject.slice(k + 1, end)
  }
  return undefined
}

/** How many words an imperative's object may have before `with` (`Get glowing, even skin with`). */
const IMPERATIVE_OBJECT_WORDS = 8

/**
 * An imperative that promises an outcome with an intervention (`Boost your immunity with zinc`,
 * `Get glowing skin with our serum`, `Say goodbye to wrinkles with X`): the index of the
 * `with`'s phrase and its words, or undefined. `outcome(k)` says whether the imperative's verb
 * at 0.. and its object up to `k` state an outcome; the caller decides by class.
 */
export function imperativeWith(
  tokens: Token[],
  first: number,
  isIntervention: InterventionTest,
  outcome: (k: number) => boolean
): Token[] | undefined {
  let words = 0
  for (
    let k = nextSolid(tokens, first + 1);
    k < tokens.length && words < IMPERATIVE_OBJECT_WORDS;
    k = nextSolid(tokens, k + 1)
  ) {
    const token = tokens[k]
    // (`Feel lighter, brighter and more energised with X`: commas between the outcome's words.)
    if (token.kind === 'punctuation' && token.value !== '-' && token.value !== ',') return undefined
    if (token.kind !== 'word') continue
    words++
    if (token.lower !== 'with' && !(token.lower === 'thanks' && tokens[nextSolid(tokens, k + 1)]?.lower === 'to'))
      continue
    const at = nextSolid(tokens, token.lower === 'with' ? k + 1 : nextSolid(tokens, k + 1) + 1)
    const phrase = phraseFrom(tokens, at, NOUN_PHRASE_WORDS)
    return phrase.length > 0 && isIntervention(phrase) && outcome(k) ? phrase : undefined
  }
  return undefined
}

/** How many words a subject that uses an intervention may have (`Kids who take fish oil`). */
const USER_SUBJECT_WORDS = 8

/**
 * A comparative of outcome at `index` right after a verb whose subject uses an intervention
 * (`Patients on the drug lived longer`, `Kids who take fish oil do better`): the verb's index
 * and the intervention's words, or undefined.
 */
export function comparedUsers(
  tokens: Token[],
  index: number,
  floor: number,
  isIntervention: InterventionTest
): {from: number; agent: Token[]} | undefined {
  const multiplied = multiplierStart(tokens, index)
  if (!userComparatives.has(tokens[index].lower) && multiplied < 0) return undefined
  const verb = previousSolid(tokens, (multiplied < 0 ? index : multiplied) - 1)
  if (verb <= floor || tokens[verb].kind !== 'word' || comparativeModifiers.has(tokens[verb].lower)) return undefined
  const subject: Token[] = []
  for (
    let i = previousSolid(tokens, verb - 1);
    i >= floor && subject.length < USER_SUBJECT_WORDS;
    i = previousSolid(tokens, i - 1)
  ) {
    if (tokens[i].kind !== 'word') break
    subject.unshift(tokens[i])
  }
  const agent = usedBy(subject, isIntervention)
  return agent ? {from: verb, agent} : undefined
}

/**
 * `twice as likely`, `around three times as likely`: a multiplier at `index` (`twice`, `thrice`, or `times` after a
 * number, an approximator before it) before `as`, said of users as a comparative is (`Women taking inositol were
 * twice as likely to ovulate`): the index where the multiplier starts, or -1.
 */
function multiplierStart(tokens: Token[], index: number): number {
  const lower = tokens[index].lower
  if (tokens[nextSolid(tokens, index + 1)]?.lower !== 'as') return -1
  if (lower === 'twice' || lower === 'thrice') return index
  if (lower !== 'times') return -1
  const number = previousSolid(tokens, index - 1)
  const value = tokens[number]?.lower ?? ''
  if (!/^[0-9]+(?:\.[0-9]+)?$/.test(value) && numberWords[value] === undefined) return -1
  const before = previousSolid(tokens, number - 1)
  return multiplierApproximators.has(tokens[before]?.lower ?? '') ? before : number
}

/** How many modifiers a noun of change may have before its article (`a sudden 40% drop`). */
const CHANGE_MODIFIER_WORDS = 4

/**
 * A noun of change at `index` followed by `in`/`of`/`to` (`a surge in energy`), after a
 * copula whose subject names an intervention (`One of the perks of X is a surge in`) or after
 * a reporting verb with the intervention attached after it (`show a drop in blood pressure
 * with X`): the first token of the effect (its article) and the intervention's words.
 */
export function changeOf(
  tokens: Token[],
  index: number,
  floor: number,
  isIntervention: InterventionTest
): {from: number; agent: Token[]} | undefined {
  if (!changes.has(tokens[index].lower)) return undefined
  const after = nextSolid(tokens, index + 1)
  if (!tokens[after] || !changeNounPrepositions.has(tokens[after].lower)) return undefined
  // Back over the noun's modifiers (`a 40% drop`, `a dramatic surge`) to its article.
  let from = index
  let p = previousSolid(tokens, index - 1)
  for (let k = 0; k < CHANGE_MODIFIER_WORDS && p >= floor && tokens[p].kind !== 'punctuation'; k++) {
    if (articles.has(tokens[p].lower)) {
      from = p
      p = previousSolid(tokens, p - 1)
      break
    }
    from = p
    p = previousSolid(tokens, p - 1)
  }
  if (p < floor || tokens[p].kind !== 'word') return undefined
  const head = tokens[p].lower
  if (bePresentPast.has(head)) {
    const subject: Token[] = []
    for (let i = p - 1; i >= floor && subject.length < 12; i--) {
      const token = tokens[i]
      if (token.kind === 'punctuation') break
      if (token.kind === 'word') subject.unshift(token)
    }
    return subject.length > 0 && isIntervention(subject) ? {from, agent: subject} : undefined
  }
  if (showingVerbForms.has(head)) {
    // The intervention attached after the change's own phrase: `a drop in blood pressure with X`.
    const rest = phraseAt(tokens, nextSolid(tokens, after + 1), OBJECT_WORDS)
    for (const at of rest) {
      if (!attachments.has(tokens[at].lower)) continue
      const phrase = phraseFrom(tokens, nextSolid(tokens, at + 1), NOUN_PHRASE_WORDS)
      if (phrase.length > 0 && isIntervention(phrase)) return {from, agent: phrase}
    }
  }
  return undefined
}

/**
 * A verb of making at `index` (`makes`, `leaves`, `will make`) whose object, of at most four
 * words, is followed (after `look`/`feel`, if any) by a comparative (`softer`, `more supple`)
 * or an adjective of outcome (`healthy`, `supple`), or, when the object names the body (a
 * bodily noun: `blood sugar`, `the bowels`), by any state word (`steady`, `moving`): the index
 * after that adjective, or -1.
 */
/** Is the word a person by its first noun sense (`children`, `athletes`; WordNet's noun.person)? */
function personNoun(lower: string): boolean {
  return firstNounClass(lower) === 'noun.person'
}

export function causativeEnd(tokens: Token[], index: number): number {
  const words = phraseAt(tokens, nextSolid(tokens, index + 1), 7)
  let bodily = false
  for (let k = 1; k < words.length && k <= 5; k++) {
    let at = k
    let word = tokens[words[k]].lower
    // A bodily object, or a person (`keeps you regular`, `leaves you bloated`).
    // (`your immune system firing`: a two-word compound that WordNet names as one bodily noun.)
    const pair = k > 1 ? `${tokens[words[k - 2]].lower}_${tokens[words[k - 1]].lower}` : ''
    bodily ||=
      isBodilyNoun(tokens[words[k - 1]].lower) ||
      (pair !== '' && isBodilyNoun(pair)) ||
      (k === 1 && objectPronouns.has(tokens[words[0]].lower)) ||
      // (`keeps children free of colds`: a person named by a noun, WordNet's noun.person.)
      (k <= 2 && personNoun(tokens[words[k - 1]].lower)) ||
      ownedAttribute(tokens, words, k - 1)
    if (appearanceVerbs.has(word) && words[k + 1] !== undefined) {
      at = k + 1
      word = tokens[words[at]].lower
    }
    if ((word === 'more' || word === 'less') && words[at + 1] !== undefined) return words[at + 1] + 1
    // (`makes you pee more`, `makes you sweat less`: a person's bodily act, WordNet's verb.body, done more or less.)
    if ((word === 'more' || word === 'less') && k === 2 && bodily && bodyVerb(tokens[words[1]].lower))
      return words[at] + 1
    // `keeps colds away`, `keeps the flu at bay`: a particle of warding off.
    if (word === 'away' || (word === 'bay' && tokens[words[at - 1]]?.lower === 'at')) return words[at] + 1
    // `keeps blood sugar in check`, `keeps cravings under control`, `keeps cortisol in balance`:
    // a particle of holding down or steady.
    if (
      ((word === 'check' || word === 'balance') && tokens[words[at - 1]]?.lower === 'in') ||
      (word === 'control' && tokens[words[at - 1]]?.lower === 'under')
    )
      return words[at] + 1
    // `gave me my energy back`: a particle of restoring.
    if (word === 'back') return words[at] + 1
    // `keeps energy up`, `keeps cholesterol down`: *keep* with a particle of level after a bodily object.
    // (A quality, a body's substance or a measure of one: `energy`, `cortisol`, `levels`.)
    const level = tokens[words[at - 1]].lower
    const levelled = bodily || isQualityNoun(level) || isBodySubstance(level) || bodyMeasureNouns.has(level)
    if (levelled && (word === 'up' || word === 'down') && /^ke(?:ep|pt)/.test(tokens[index].lower)) return words[at] + 1
    // `keeps calcium out of your arteries`: kept out of a part of the body.
    if (word === 'out' && tokens[words[at + 1] ?? -1]?.lower === 'of') {
      const place = words.slice(at + 2).find((w) => isBodilyNoun(tokens[w].lower))
      if (place !== undefined) return place + 1
    }
    if (isOutcomeAdjective(word)) return words[at] + 1
    // `keeps blood sugar steady`, `gets the bowels moving`: any state of an object of the body.
    // (`will get you started` tells of beginning, not of a state.)
    if (bodily && isStateWord(word) && !isBodilyNoun(word) && !beginningParticiples.has(word)) return words[at] + 1
    // (`keeps your heart rate lower`: the comparative of an adjective, whatever its stem is as a noun.)
    // (Not after a pronoun alone: `makes them darker` says it of tea leaves.)
    if (bodily && !objectPronouns.has(tokens[words[0]].lower) && comparativeOfAdjective(word)) return words[at] + 1
    // (`makes you feel lighter`: after a person and *feel*, the comparative is how that person feels.)
    const felt = k === 1 && at === 2 && feelForms.has(tokens[words[1]].lower)
    if (felt && personObjectPronouns.has(tokens[words[0]].lower) && comparativeOfAdjective(word)) return words[at] + 1
  }
  return -1
}

/** Is the word a verb of the body in WordNet (`pee`, `sweat`, `sleep`, `breathe`)? */
function bodyVerb(lower: string): boolean {
  return wordClasses.get(lower)?.includes('verb.body') ?? false
}

/** The forms of *feel*, the verb of a person's sensing (of appearanceVerbs). */
const feelForms: ReadonlySet<string> = new Set(['feel', 'feeling'])

/** Is the word the comparative of a WordNet adjective (`lower`, `steadier`, `bigger`)? */
function comparativeOfAdjective(word: string): boolean {
  if (!/^[a-z]{2,}er$/.test(word)) return false
  return comparedBases(word.slice(0, -2)).some((base) => adjectives.has(base))
}

/** `her stamina`, `your energy`: the word at `words[k]` is an attribute or a phenomenon (WordNet's
 * first noun sense: noun.attribute, noun.phenomenon) owned by a person (a possessive determiner
 * before it in the phrase): a quality of that person. */
function ownedAttribute(tokens: Token[], words: number[], k: number): boolean {
  if (!isQualityNoun(tokens[words[k]].lower)) return false
  return words.slice(0, k).some((w) => possessiveDeterminers.has(tokens[w].lower))
}

/** An adjective of outcome or its comparative (`softer`, `healthier`, `slimmer`). */
export function isOutcomeAdjective(word: string): boolean {
  if (outcomes.has(word)) return true
  if (!/[a-z]{3}er$/.test(word)) return false
  const base = word.slice(0, -2)
  return (
    outcomes.has(base) ||
    outcomes.has(base.replace(/i$/, 'y')) ||
    outcomes.has(base.replace(/(.)\1$/, '$1')) ||
    outcomes.has(base + 'e')
  )
}

/**
 * `is the ultimate stress buster`, `is a natural mood booster`, `is a powerful pain reliever`:
 * a noun of one who does an effect (an `-er` of a verb that acts on a thing, see
 * isEffectVerb) after a noun of the body's states, feelings, processes, attributes or
 * substances (`stress`, `mood`, `pain`, `energy`, `fat`) that is its object. The index after
 * the doer noun, or -1.
 */
function effectDoerEnd(tokens: Token[], words: number[]): number {
  for (let k = 1; k < words.length; k++) {
    const doer = tokens[words[k]].lower
    const object = tokens[words[k - 1]].lower
    if (!/[a-z]{3}er$/.test(doer) || !doerObject(object)) continue
    const stem = doer.slice(0, -2)
    if ([stem, stem + 'e', stem.replace(/(.)\1$/, '$1')].some((verb) => isEffectVerb(verb))) return words[k] + 1
  }
  return -1
}

/** Is the lemma a verb whose first sense acts on a thing (grammar's actingVerbClasses: `boost`,
 * `relieve`, `burn`, `bust`), not a light verb? */
function isEffectVerb(lemma: string): boolean {
  const sense = wordClasses.get(lemma)?.find((c) => c.startsWith('verb.'))
  return sense !== undefined && actingVerbClasses.has(sense) && !lightVerbs.has(lemma)
}

/** Is the word a noun of the body's states, feelings, processes, attributes or substances? */
function doerObject(lower: string): boolean {
  const noun = wordClasses.get(lower)?.find((c) => c.startsWith('noun.'))
  // (`stress` is first a stress on a syllable, but a bodily noun: `stress buster`.)
  return (noun !== undefined && doerObjectClasses.has(noun)) || isBodilyNoun(lower)
}

/**
 * `is a natural antihistamine`, `is a potent antioxidant`: after a copula, an article, an
 * adjective of strength or nature, and a noun of WordNet's drug, medicine and remedy trees
 * (at most one more word between): the index after the noun, or -1.
 */
export function remedyNounEnd(tokens: Token[], article: number): number {
  if (!articles.has(tokens[article].lower)) return -1
  const copula = previousSolid(tokens, article - 1)
  if (copula < 0 || !remedyCopula(tokens, copula)) return -1
  const words = phraseAt(tokens, nextSolid(tokens, article + 1), 3)
  const doer = effectDoerEnd(tokens, words)
  if (doer > 0) return doer
  // `the cheapest antidepressant there is`: a superlative makes one of `the` too.
  const superlative = words.length >= 2 && isSuperlative(tokens[words[0]].lower)
  if (tokens[article].lower === 'the' && !superlative) return -1
  if (words.length < 2 || (!remedyAdjectiveSet.has(tokens[words[0]].lower) && !superlative)) return -1
  for (let k = 1; k < words.length; k++) {
    const word = tokens[words[k]].lower
    // The remedy noun heads the phrase: `a natural amino acid compound` is a compound.
    const next = tokens[nextSolid(tokens, words[k] + 1)]
    const head = next === undefined || next.kind !== 'word' || afterNounHead.has(next.lower)
    if (isRemedyNoun(word) && head) return words[k] + 1
  }
  return -1
}

const superlativeWordSet = new Set(superlativeWords)
const remedyRoles = new Set(remedyRoleNouns)
const rolePrepositions = new Set(remedyRolePrepositions)

/** A superlative adjective: `best`, `ultimate`, or an -est form that is no lemma of WordNet's
 * (`cheapest`; not `forest`, `honest`). */
function isSuperlative(lower: string): boolean {
  if (superlativeWordSet.has(lower)) return true
  return /[a-z]{3}est$/.test(lower) && !wordClasses.has(lower) && !adjectives.has(lower)
}

/** Is the word at `copula` a copula before a remedy's noun: a form of *be* (remedyCopulas), or `be` after a
 * modal that hedges (`might be the miracle fix for`)? */
function remedyCopula(tokens: Token[], copula: number): boolean {
  const lower = tokens[copula].lower
  if (remedyCopulas.has(lower)) return true
  let modal = previousSolid(tokens, copula - 1)
  // (`may well be the miracle`, `might just be`: an adverb of likelihood or focus between.)
  const adverb = tokens[modal]?.lower ?? ''
  if (adverb === 'well' || focusAdverbs.has(adverb) || /[a-z]{3}ly$/.test(adverb))
    modal = previousSolid(tokens, modal - 1)
  return lower === 'be' && hedgingModals.has(tokens[modal]?.lower ?? '')
}

/** How many modifiers may stand between the article and a remedy's role noun (`the most
 * reliable`, `nature's own`). */
const ROLE_MODIFIERS = 3

/**
 * `is the most reliable fix for jet lag`, `is nature's answer to allergies`: after a copula, an
 * article or a possessive, up to ROLE_MODIFIERS modifiers and a noun of a remedy's role
 * (remedyRoleNouns: `fix`, `cure`, `answer`), then `for` or `to` and a bodily noun phrase: the
 * index after the preposition, or -1.
 */
export function remedyRoleEnd(tokens: Token[], opener: number): number {
  const lower = tokens[opener].lower
  // (`your first defence against colds`: a possessive determiner opens it too.)
  if (!articles.has(lower) && !/'s$|’s$/.test(lower) && !possessiveDeterminers.has(lower)) return -1
  const copula = previousSolid(tokens, opener - 1)
  // (`Elderberry syrup: nature's shield against colds`: a label's colon says what it is.)
  const label = tokens[copula]?.value === ':' && copula > 0
  if (copula < 0 || (!remedyCopula(tokens, copula) && !label)) return -1
  const words = phraseAt(tokens, nextSolid(tokens, opener + 1), ROLE_MODIFIERS + 1)
  let superlative = false
  for (const at of words) {
    const word = tokens[at].lower
    const preposition = nextSolid(tokens, at + 1)
    const prepositionWord = tokens[preposition]?.lower ?? ''
    // `the single most important mineral for a good night's sleep`: a superlative of any noun, then
    // `for` and a bodily noun phrase.
    if (superlative && prepositionWord === 'for' && healthAfter(tokens, preposition)) return preposition + 1
    superlative ||= isSuperlative(word) || word === 'most'
    // (`a genuine game changer for`: the open compound of the listed `game-changer`.)
    const gameChanger = word === 'changer' && tokens[previousSolid(tokens, at - 1)]?.lower === 'game'
    if (!remedyRoles.has(word) && !gameChanger) continue
    // `For restless legs, a glycinate capsule is the fix.`: the bodily noun in a fronted `for` phrase.
    if (tokens[preposition] === undefined || tokens[preposition].kind !== 'word')
      return frontedHealthFor(tokens, copula) ? at + 1 : -1
    if (!rolePrepositions.has(prepositionWord)) {
      // (`the miracle fix for`: a role noun that modifies another is read on to the next.)
      if (remedyRoles.has(prepositionWord)) continue
      return -1
    }
    return healthAfter(tokens, preposition) || everythingAfter(tokens, preposition) ? preposition + 1 : -1
  }
  return -1
}

/** Does the sentence open, before `before`, with `For` and a bodily noun phrase (`For restless legs
 * and night cramps,`)? */
function frontedHealthFor(tokens: Token[], before: number): boolean {
  const first = nextSolid(tokens, 0)
  return first < before && tokens[first]?.lower === 'for' && healthAfter(tokens, first)
}

/** How many words after a role's preposition its bodily noun may stand (`for a good night's sleep`). */
const ROLE_OBJECT_WORDS = 4

/** A bodily noun or gerund within ROLE_OBJECT_WORDS words after `at` (`to allergies`, `for
 * jet lag`, `to bloating`). */
function healthAfter(tokens: Token[], at: number): boolean {
  // (`for anyone with a strong family history of heart disease`: after a person and `with`, the condition's noun
  // phrase, of up to WITH_CONDITION_WORDS words.)
  const person = nextSolid(tokens, at + 1)
  const lower = tokens[person]?.lower ?? ''
  const withAt = nextSolid(tokens, person + 1)
  if ((indefinitePersonPronouns.has(lower) || personNoun(lower)) && tokens[withAt]?.lower === 'with')
    return healthWithin(tokens, withAt, WITH_CONDITION_WORDS)
  return healthWithin(tokens, at, ROLE_OBJECT_WORDS)
}

/** How many words the condition after `a person with` may have. */
const WITH_CONDITION_WORDS = 8

/** A bodily noun or gerund within `limit` words after `at` (see healthAfter). */
function healthWithin(tokens: Token[], at: number, limit: number): boolean {
  // (`to longer, calmer naps`: commas between the modifiers of one noun.)
  const words: number[] = []
  for (let k = nextSolid(tokens, at + 1); k < tokens.length && words.length < limit; k = nextSolid(tokens, k + 1)) {
    if (tokens[k].value === ',' && tokens[nextSolid(tokens, k + 1)]?.kind === 'word') continue
    // (`for that 4pm slump`: right after the preposition, `that` opens a noun phrase, not a clause.)
    const determiner = words.length === 0 && demonstratives.has(tokens[k].lower)
    if (tokens[k].kind !== 'word' || (clauseOpeners.has(tokens[k].lower) && !determiner)) break
    words.push(k)
  }
  return words.some((k, n) => {
    const word = tokens[k].lower
    const next = tokens[words[n + 1] ?? -1]?.lower
    // (`for my cortisol`: the body's own substance, a biomarker.)
    return (
      isBodilyNoun(word) ||
      isBodilyGerund(word) ||
      isBodySubstance(word) ||
      (next !== undefined && isBodilyNoun(`${word}_${next}`))
    )
  })
}

/** `a cure for (almost) everything`: a panacea, after an adverb of degree or none. */
function everythingAfter(tokens: Token[], at: number): boolean {
  let k = nextSolid(tokens, at + 1)
  if (degreeAdverbs.has(tokens[k]?.lower ?? '')) k = nextSolid(tokens, k + 1)
  return universalQuantifiers.has(tokens[k]?.lower ?? '')
}

/**
 * A verb of changing at `index` whose object is someone's own life or body part (`have changed
 * my life`, `changed her skin`): a testimonial's effect claim. The object is a possessive and,
 * within two words, a noun of WordNet's noun.body or of life and health.
 */
export function changesOwn(tokens: Token[], index: number): boolean {
  const words = phraseAt(tokens, nextSolid(tokens, index + 1), 3)
  if (words.length < 2 || !possessiveDeterminers.has(tokens[words[0]].lower)) return false
  return words.slice(1).some((i) => {
    const word = tokens[i].lower
    const singular = word.replace(/s$/, '')
    return ownLifeObjects.has(word) || (wordClasses.get(word) ?? wordClasses.get(singular) ?? [])[0] === 'noun.body'
  })
}

/** How many words after a passive participle its `by` phrase may stand (`is relieved within
 * minutes by`), and how many words that phrase's intervention may have. */
const PASSIVE_GAP_WORDS = 4

/**
 * A passive effect with the intervention as its agent: a form of *be* (adverbs between), the
 * past participle of an effect verb at `index`, and a `by` phrase naming the intervention, or a
 * clause of use (`when you take X`, `once you start X`) after it: `Blood pressure is lowered by
 * beetroot juice`, `Inflammation is reduced when you take omega-3`. The index of the form of
 * *be* and the intervention's words, or undefined.
 */
export function passiveAgent(
  tokens: Token[],
  index: number,
  floor: number,
  isIntervention: InterventionTest
): {from: number; agent: Token[]} | undefined {
  let be = previousSolid(tokens, index - 1)
  while (be >= floor && tokens[be]?.kind === 'word' && /^[a-z]{3,}ly$/.test(tokens[be].lower))
    be = previousSolid(tokens, be - 1)
  if (be < floor || !tokens[be] || !beForms.has(tokens[be].lower)) return undefined
  let k = nextSolid(tokens, index + 1)
  for (let gap = 0; gap <= PASSIVE_GAP_WORDS && k >= 0 && k < tokens.length; gap++) {
    const token = tokens[k]
    // (`is lengthened, too, by a warm bath`: an aside between commas.)
    if (token.value === ',') {
      k = nextSolid(tokens, k + 1)
      continue
    }
    if (token.kind !== 'word') return undefined
    if (token.lower === 'by') {
      const agent = phraseFrom(tokens, nextSolid(tokens, k + 1), NOUN_PHRASE_WORDS)
      const end = agent.findIndex((w) => agentPhraseEnders.has(w.lower))
      const words = end > 0 ? agent.slice(0, end) : agent
      if (words.length > 0 && isIntervention(words)) return {from: be, agent: words}
      // (`by one evening in our sauna`: a span of time and where it is spent is a session as a whole.)
      return end > 0 && isIntervention(agent) ? {from: be, agent} : undefined
    }
    if (clauseOfUse.has(token.lower)) {
      // `when you take omega-3`, `once you start using X`: the intervention after a verb of use.
      const clause = phraseFrom(tokens, nextSolid(tokens, k + 1), NOUN_PHRASE_WORDS + 2)
      const verb = clause.findIndex((w) => usageVerbs.has(w.lower))
      const words = verb >= 0 ? clause.slice(verb + 1).filter((w) => !frequencyWords.has(w.lower)) : []
      return words.length > 0 && isIntervention(words) ? {from: be, agent: words} : undefined
    }
    k = nextSolid(tokens, k + 1)
  }
  return undefined
}
