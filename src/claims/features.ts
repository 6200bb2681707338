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
import {
  definedAbbreviations,
  effectVerbLemma,
  isBodySubstance,
  isDrugStemName,
  isInterventionNoun,
  isName
} from './classes.js'
import {isRuledOutAgent} from './agents.js'
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
  const abbreviations = definedAbbreviations(model.sentences, extra)
  const out: FeatureContext[] = []
  let previous = false
  let leadIn = false
  let claim = false
  for (const sentence of model.sentences) {
    out.push({
      abbreviations,
      topic: model.topic,
      previousIntervention: previous,
      afterLeadIn: leadIn && sentence.listItem,
      previousClaim: claim,
      extra
    })
    if (sentence.kind === 'prose' || sentence.kind === 'heading') {
      previous = sentence.tokens.some((t) => t.kind === 'word' && isInterventionNoun(t.lower, extra))
    }
    const last = sentence.tokens[sentence.tokens.length - 1]
    leadIn = (last !== undefined && last.value === ':') || (leadIn && sentence.listItem)
    claim = sentence.effects.some((e) => e.intervention && !e.negated && e.hedges.length === 0)
  }
  return out
}

/** The feature names of one sentence. */
export function sentenceFeatures(sentence: Sentence, context: FeatureContext): string[] {
  const features = new Set<string>(['bias'])
  const add = (name: string) => features.add(name)
  const words = sentence.tokens.filter((t) => t.kind === 'word')
  ruleFeatures(sentence, add)
  classFeatures(sentence, context, add)
  conjunctionFeatures(sentence, context, features, add)
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
  if (sentence.kind !== 'prose') add(`kind:${sentence.kind}`)
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
    const classes = agentClasses(sentence.tokens, i, from, context)
    for (const name of classes) {
      add(`agent:${name}`)
      if (wordIndex < EARLY_WORDS) add(`agent-early:${name}`)
    }
    if (classes.length > 0 && firstAgent < 0) firstAgent = wordIndex
    const lemma = effectVerbLemma(token.lower)
    if (lemma) {
      add('effect:wordnet-verb')
      if (/(?:[^s]s|ed)$/.test(token.lower)) add('effect:finite-like')
      if (firstAgent >= 0) add('effect:after-agent')
    }
    if (evaluativeWords.has(token.lower)) add('effect:evaluative')
    if (outcomeComparatives.has(token.lower)) add('form:comparative')
    if (secondPersonWords.has(token.lower)) add('form:second-person')
    if (firstPersonWords.has(token.lower)) add('form:first-person')
    if (futureMarkers.has(token.lower)) add('form:future')
    wordIndex++
  }
}

/** Conjunctions the linear model cannot form by itself, and the sentence's context. */
function conjunctionFeatures(sentence: Sentence, context: FeatureContext, features: Set<string>, add: Add): void {
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
  if (isClaimCandidate(sentence, context)) add('candidate')
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
    add(`w:${value}`)
    add(`b:${previous}_${value}`)
    previous = value
    const classes = classesOf(value)
    for (const name of classes) add(`c:${name}`)
    const main = classes[0] ?? (/\d/.test(value) ? 'number' : 'other')
    add(`cb:${previousClass}_${main}`)
    previousClass = main
  }
}

/**
 * Stage 1: can the sentence state a claim the rules missed? It must hold an effect word (an effect
 * verb of WordNet's classes, an evaluative predicate) after its label, if any; whether something that
 * is an intervention does it is left to the scorer's features (an agent's class before the effect, a
 * pronoun after a sentence that named an intervention, a label, a list's lead-in). On short copy held
 * out by batch this finds a third more of the claims the rules miss than asking for an agent word
 * first, at the same precision (bench/ACCURACY.md). The scorer only judges candidates.
 */
export function isClaimCandidate(sentence: Sentence, _context?: FeatureContext): boolean {
  if (!judgedKinds.has(sentence.kind) || sentence.sources.length > 0) return false
  // An effect of an intervention that the rules found (hedged, negated, or already reported) leaves the sentence
  // to the rules: the scorer adds claims, it never overrules a hedge the rules tied to an effect. A hedge they tied
  // to none (`It might sound odd, but ...`) is one of its features.
  if (sentence.effects.some((e) => e.intervention)) return false
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
    if (token.kind === 'word' && (effectVerbLemma(token.lower) !== undefined || evaluativeWords.has(token.lower)))
      return true
  }
  return false
}

/** The kinds of sentence the scorer judges: prose, and instructions (`Ask anyone who has tried it: the soak
 * melts tension`, `Pair these habits with adjustments and you'll keep headaches away`), which the rules read only
 * in the shapes they know. */
export const judgedKinds: ReadonlySet<string> = new Set(['prose', 'instruction'])

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
  const token = tokens[index]
  const lower = token.lower
  // The body's own hormones and transmitters are a class of their own, not agents.
  if (isBodySubstance(lower) && !(context.extra?.has(lower) ?? false)) return ['body-substance']
  const out: string[] = []
  if (isInterventionWord(lower, context.extra)) out.push('curated')
  else if (isInterventionNoun(lower, context.extra)) out.push('wordnet')
  if (isDrugStemName(lower)) out.push('drug-stem')
  if (isName(tokens, index, from + 1)) out.push('name')
  if (context.abbreviations.has(lower)) out.push('abbreviation')
  if (interventionHeads.has(lower) && index > from) out.push('head')
  if (context.topic && lower.replace(/'s$/, '') === context.topic) out.push('topic')
  if (/^[a-z]{4,}ing$/.test(lower) && index === nextWord(tokens, from)) out.push('gerund-subject')
  return out
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
