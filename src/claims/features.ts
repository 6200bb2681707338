/**
 * The features the claim scorer reads from one sentence of the document model: what the
 * rules found (effects, agents, hedges, boosters, negations, vague attributions), the classes
 * of `./classes.ts` present and where, the sentence's form, and its words and word pairs.
 *
 * Features are names (`agent:drug-stem`, `w:reduces`, `b:may_help`); the scorer hashes them.
 * The same function serves training (`scripts/train.mjs`) and linting, so the two cannot drift.
 */
import type {DocumentModel, Sentence, Token} from '../model/types.js'
import {isInterventionWord} from '../model/claims.js'
import {wordClasses} from '../data/wordnet.js'
import {interventionHeads} from '../data/interventions.js'
import {abbreviationsOf} from '../model/index.js'
import {effectVerbLemma, isBodySubstance, isDrugStemName, isInterventionNoun, isName} from './classes.js'
import {isRuledOutAgent} from './agents.js'
import {unknownWord, WordCache, WordCacheBySet} from '../model/word-cache.js'
import {firstPersonWords, futureMarkers, pronounAgents, secondPersonWords} from '../data/grammar.js'
import {evaluativeWords, outcomeComparatives} from '../data/claim-cues.js'

/** What a sentence's features depend on beyond the sentence: the document's defined
 * abbreviations and topic, and whether the sentence before named an intervention. */
export interface FeatureContext {
  abbreviations: Set<string>
  topic: string | undefined
  previousIntervention: boolean
  /** The sentence before is a lead-in (`Benefits include:`) or a list item of the same run. */
  afterLeadIn: boolean
  /** The rules found an unhedged effect in the sentence before. */
  previousClaim: boolean
  extra: Set<string> | undefined
}

/** The context of every sentence of a document, in order. */
export function featureContexts(model: DocumentModel, extra?: Set<string>): FeatureContext[] {
  const abbreviations = abbreviationsOf(model, extra)
  const named = new NamedBefore(model.sentences, extra)
  const out: FeatureContext[] = []
  // (The last prose sentence or heading before: whether it names an intervention is asked on demand.)
  let previous = -1
  let leadIn = false
  let claim = false
  for (const sentence of model.sentences) {
    out.push(
      new SentenceContext(abbreviations, model.topic, leadIn && sentence.listItem, claim, extra, previous, named)
    )
    if (sentence.kind === 'prose' || sentence.kind === 'heading') previous = sentence.index
    const last = sentence.tokens[sentence.tokens.length - 1]
    leadIn = (last !== undefined && last.value === ':') || (leadIn && sentence.listItem)
    claim = sentence.effects.some((e) => e.intervention && !e.negated && e.hedges.length === 0)
  }
  return out
}

/** Whether a sentence names an intervention (a word of it is an intervention noun), answered when first asked and
 * kept: only a sentence whose first word is a pronoun reads it of the sentence before (`formFeatures`). */
class NamedBefore {
  readonly #sentences: Sentence[]
  readonly #extra: Set<string> | undefined
  /** 0: not asked yet; 1: no; 2: yes. */
  readonly #answers: Uint8Array

  constructor(sentences: Sentence[], extra: Set<string> | undefined) {
    this.#sentences = sentences
    this.#extra = extra
    this.#answers = new Uint8Array(sentences.length)
  }

  names(index: number): boolean {
    if (this.#answers[index] === 0) {
      const extra = this.#extra
      const names = this.#sentences[index].tokens.some((t) => t.kind === 'word' && isInterventionNoun(t.lower, extra))
      this.#answers[index] = names ? 2 : 1
    }
    return this.#answers[index] === 2
  }
}

/** A sentence's `FeatureContext`, with `previousIntervention` read on demand from the sentence before. */
class SentenceContext implements FeatureContext {
  readonly #previous: number
  readonly #named: NamedBefore

  constructor(
    readonly abbreviations: Set<string>,
    readonly topic: string | undefined,
    readonly afterLeadIn: boolean,
    readonly previousClaim: boolean,
    readonly extra: Set<string> | undefined,
    previous: number,
    named: NamedBefore
  ) {
    this.#previous = previous
    this.#named = named
  }

  get previousIntervention(): boolean {
    return this.#previous >= 0 && this.#named.names(this.#previous)
  }
}

/** The feature names of one sentence. `candidate`: what `isClaimCandidate` says of it, when the caller has asked. */
export function sentenceFeatures(sentence: Sentence, context: FeatureContext, candidate?: boolean): string[] {
  const features = new Set<string>(['bias'])
  const add = (name: string) => features.add(name)
  const words = sentence.tokens.filter((t) => t.kind === 'word')
  ruleFeatures(sentence, add)
  classFeatures(sentence, context, add)
  conjunctionFeatures(sentence, context, features, add, candidate ?? isClaimCandidate(sentence, context))
  formFeatures(sentence, context, words, add)
  wordFeatures(words, add)
  return [...features]
}

type Add = (name: string) => void

/** What the rules found: effects and their form, agents, hedges, boosters, negations. */
function ruleFeatures(sentence: Sentence, add: Add): void {
  const effects = sentence.effects
  if (effects.length > 0) add('rule:effect')
  for (const effect of effects) {
    add(`rule:effect-form:${effect.form}`)
    if (effect.intervention) add('rule:agent-intervention')
    if (effect.intervention && !effect.negated && effect.hedges.length === 0) add('rule:unhedged')
    if (effect.intervention && effect.hedges.length > 0) add('rule:hedged')
    if (effect.negated) add('rule:negated')
  }
  if (sentence.hedges.length > 0) add('hedge')
  for (const hedge of sentence.hedges) add(`hedge:${hedge.category}`)
  if (sentence.boosters.length > 0) add('booster')
  if (sentence.negations.length > 0) add('negation')
  if (sentence.vagueAttributions.length > 0) add('vague-attribution')
  if (sentence.listItem) add('form:list-item')
  if (sentence.labelEnd > 0) add('form:label')
}

/** How many words from the start an agent counts as early (the subject's place). */
const EARLY_WORDS = 6

/** The agent and effect classes of the sentence's words, and whether they stand early. */
function classFeatures(sentence: Sentence, context: FeatureContext, add: Add): void {
  const from = sentence.labelEnd
  let firstAgent = -1
  let wordIndex = 0
  for (let i = from; i < sentence.tokens.length; i++) {
    const token = sentence.tokens[i]
    if (token.kind !== 'word') continue
    const word = scorerWord(token.lower, context.extra)
    const classes = classesAt(word, sentence.tokens, i, from, context)
    for (const name of classes) {
      add(`agent:${name}`)
      if (wordIndex < EARLY_WORDS) add(`agent-early:${name}`)
    }
    if (classes.length > 0 && firstAgent < 0) firstAgent = wordIndex
    if (word.lemma) {
      add('effect:wordnet-verb')
      if (word.finiteLike) add('effect:finite-like')
      if (firstAgent >= 0) add('effect:after-agent')
    }
    for (const cue of word.cues) add(cue)
    wordIndex++
  }
}

/** Conjunctions the linear model cannot form by itself, and the sentence's context. */
function conjunctionFeatures(
  sentence: Sentence,
  context: FeatureContext,
  features: Set<string>,
  add: Add,
  candidate: boolean
): void {
  const has = (name: string) => features.has(name)
  const agent = [...features].some((f) => f.startsWith('agent:'))
  const effect = has('effect:wordnet-verb') || has('rule:effect') || has('effect:evaluative')
  const hedged = has('hedge')
  if (agent && effect) add(hedged ? 'x:agent+effect+hedge' : 'x:agent+effect')
  if (!agent && effect && !hedged) add('x:effect-no-agent')
  if (effect && has('form:first-person')) add('x:effect+first-person')
  if (effect && has('form:second-person')) add('x:effect+second-person')
  if (effect && has('form:future')) add('x:effect+future')
  if (effect && sentence.listItem) add('x:effect+list-item')
  if (context.afterLeadIn) add('ctx:after-lead-in')
  if (candidate) add('candidate')
  if (context.previousClaim) add('ctx:after-claim')
  if (sentence.effects.length > 0 && sentence.effects.every((e) => e.hedges.length > 0 || e.negated))
    add('rule:all-hedged')
}

/** The sentence's form: quoted, shouting, a pronoun subject, numbers, its end, its length. */
function formFeatures(sentence: Sentence, context: FeatureContext, words: Token[], add: Add): void {
  const opening = sentence.tokens[0]
  if (opening && /^[“"‘']$/.test(opening.value)) add('form:quoted')
  const capitals = words.filter(
    (w) => w.value.length > 2 && w.value === w.value.toUpperCase() && /[A-Z]/.test(w.value)
  ).length
  if (capitals >= 2) add('form:shouting')
  const first = words.find((w) => w.start >= (sentence.tokens[sentence.labelEnd]?.start ?? 0))
  if (first && pronounAgents.has(first.lower))
    add(context.previousIntervention ? 'agent:pronoun-after-intervention' : 'agent:pronoun')
  if (sentence.tokens.some((t) => /^\d/.test(t.value))) add('form:number')
  const last = sentence.tokens[sentence.tokens.length - 1]
  if (last && last.value === '!') add('form:exclamation')
  if (last && last.value === ':') add('form:lead-in')
  const length = words.length
  add(length < 6 ? 'len:short' : length < 15 ? 'len:medium' : length < 30 ? 'len:long' : 'len:very-long')
}

/** Words and word pairs (numbers folded), and their WordNet classes (noun.body, verb.change). */
function wordFeatures(words: Token[], add: Add): void {
  let previous = '<s>'
  let previousClass = '<s>'
  for (const word of words) {
    const value = /\d/.test(word.lower) ? '<num>' : word.lower
    const names = wordNamesOf(value)
    add(names.word)
    add(`b:${previous}_${value}`)
    previous = value
    for (const name of names.classes) add(name)
    add(`cb:${previousClass}_${names.main}`)
    previousClass = names.main
  }
}

/** The feature names of one word (numbers folded) that its neighbours do not change: its own (`w:`), its WordNet
 * classes' (`c:`), and the main class that names its pair of classes. */
interface WordNames {
  word: string
  classes: string[]
  main: string
}

/** `wordNamesOf`'s answers, kept by word. */
const wordNames = new WordCache<WordNames>()

function wordNamesOf(value: string): WordNames {
  const kept = wordNames.lookup(value)
  if (kept !== unknownWord) return kept
  const classes = classesOf(value)
  return wordNames.keep(value, {
    word: `w:${value}`,
    classes: classes.map((name) => `c:${name}`),
    main: classes[0] ?? (/\d/.test(value) ? 'number' : 'other')
  })
}

/**
 * Stage 1: can the sentence state a claim the rules missed? It must hold an effect word (an effect
 * verb of WordNet's classes, an evaluative predicate) after its label, if any; whether something that
 * is an intervention does it is left to the scorer's features (an agent's class before the effect, a
 * pronoun after a sentence that named an intervention, a label, a list's lead-in). On short copy held
 * out by batch this finds a third more of the claims the rules miss than asking for an agent word
 * first, at the same precision (bench/ACCURACY.md). The scorer only judges candidates.
 */
export function isClaimCandidate(sentence: Sentence, context?: FeatureContext): boolean {
  if (sentence.kind !== 'prose' || sentence.sources.length > 0) return false
  // A hedge anywhere in the sentence, or an effect of an intervention that the rules found
  // (hedged, negated, or already reported), leaves the sentence to the rules: the scorer adds
  // claims, it never overrules a hedge.
  if (sentence.hedges.length > 0 || sentence.effects.some((e) => e.intervention)) return false
  // Nor a sentence that opens with the subject of its first effect, when the rules read every effect's agent as
  // no intervention (`./agents.ts`).
  if (
    sentence.effects.length > 0 &&
    opensWith(sentence, sentence.effects[0].agent) &&
    sentence.effects.every((e) => isRuledOutAgent(e.agent))
  )
    return false
  const tokens = sentence.tokens
  for (let i = sentence.labelEnd; i < tokens.length; i++) {
    const token = tokens[i]
    if (token.kind !== 'word') continue
    const word = scorerWord(token.lower, context?.extra)
    if (word.lemma !== undefined || word.cues[0] === 'effect:evaluative') return true
  }
  return false
}

/** Does the sentence, after its label, open with these words (as written)? */
function opensWith(sentence: Sentence, words: string): boolean {
  const first = nextWord(sentence.tokens, sentence.labelEnd)
  if (first < 0 || words === '') return false
  let text = ''
  for (let i = first; i < sentence.tokens.length && text.length < words.length; i++) text += sentence.tokens[i].value
  return text.startsWith(words)
}

/** The agent classes a word belongs to. */
export function agentClasses(tokens: Token[], index: number, from: number, context: FeatureContext): string[] {
  return classesAt(scorerWord(tokens[index].lower, context.extra), tokens, index, from, context)
}

/** `agentClasses` of the word at `index`, with what the scorer knows of the word alone (`scorerWord`). */
function classesAt(word: ScorerWord, tokens: Token[], index: number, from: number, context: FeatureContext): string[] {
  const lower = tokens[index].lower
  // The body's own hormones and transmitters are a class of their own, not agents.
  if (word.bodySubstance) return ['body-substance']
  const out: string[] = []
  if (word.intervention) out.push(word.intervention)
  if (word.drugStem) out.push('drug-stem')
  if (isName(tokens, index, from + 1)) out.push('name')
  if (context.abbreviations.has(lower)) out.push('abbreviation')
  if (word.head && index > from) out.push('head')
  if (context.topic && word.bare === context.topic) out.push('topic')
  if (word.gerund && index === nextWord(tokens, from)) out.push('gerund-subject')
  return out
}

/** What the scorer reads of a word alone (its lower case) with one set of extra words: the classes of
 * `agentClasses` that depend on nothing else, its effect verb's lemma and its cue classes. */
interface ScorerWord {
  /** One of the body's own hormones or transmitters (`isBodySubstance`), and not one of the extra words. */
  bodySubstance: boolean
  /** `curated` (`isInterventionWord`), else `wordnet` (`isInterventionNoun`), or undefined. */
  intervention: 'curated' | 'wordnet' | undefined
  drugStem: boolean
  /** One of the heads of an intervention's name (`interventionHeads`). */
  head: boolean
  /** The word without a possessive `'s`. */
  bare: string
  /** Shaped as a gerund of four letters or more before `-ing`. */
  gerund: boolean
  /** `effectVerbLemma`. */
  lemma: string | undefined
  /** Ends as a finite verb may (`-s`, not `-ss`; `-ed`). */
  finiteLike: boolean
  /** The features of its cue classes (evaluative, comparative, second and first person, future), in that order. */
  cues: string[]
}

/** `scorerWord`'s answers, kept by word for each set of extra words: the scorer reads the same words in every
 * candidate sentence, and one record answers what was a dozen look-ups in as many tables. */
const scorerWords = new WordCacheBySet<ScorerWord>()

function scorerWord(lower: string, extra: Set<string> | undefined): ScorerWord {
  const cache = scorerWords.for(extra)
  const kept = cache.lookup(lower)
  if (kept !== unknownWord) return kept
  const curated = isInterventionWord(lower, extra)
  const cues: string[] = []
  if (evaluativeWords.has(lower)) cues.push('effect:evaluative')
  if (outcomeComparatives.has(lower)) cues.push('form:comparative')
  if (secondPersonWords.has(lower)) cues.push('form:second-person')
  if (firstPersonWords.has(lower)) cues.push('form:first-person')
  if (futureMarkers.has(lower)) cues.push('form:future')
  return cache.keep(lower, {
    bodySubstance: isBodySubstance(lower) && !(extra?.has(lower) ?? false),
    intervention: curated ? 'curated' : isInterventionNoun(lower, extra) ? 'wordnet' : undefined,
    drugStem: isDrugStemName(lower),
    head: interventionHeads.has(lower),
    bare: lower.replace(/'s$/, ''),
    gerund: /^[a-z]{4,}ing$/.test(lower),
    lemma: effectVerbLemma(lower),
    finiteLike: /(?:[^s]s|ed)$/.test(lower),
    cues
  })
}

/** The WordNet classes of a word, trying its singular and its verb lemma. */
function classesOf(lower: string): string[] {
  const bare = lower.replace(/'s$/, '')
  const direct = wordClasses.get(bare)
  if (direct) return direct
  const singular = bare.endsWith('ies') ? bare.slice(0, -3) + 'y' : bare.endsWith('s') ? bare.slice(0, -1) : undefined
  const fromSingular = singular ? wordClasses.get(singular) : undefined
  if (fromSingular) return fromSingular
  const lemma = effectVerbLemma(bare)
  return lemma ? (wordClasses.get(lemma) ?? []) : []
}

function nextWord(tokens: Token[], from: number): number {
  for (let i = from; i < tokens.length; i++) if (tokens[i].kind === 'word') return i
  return -1
}
