/**
 * Outcome fragments: the items of a list that a lead-in introduces as what an intervention
 * does. "Creatine supports muscle building through:" followed by "- Increased training
 * volume", "- Reduced muscle breakdown"; "The benefits:" followed by "- Weight loss". Each
 * item states an effect of the lead-in's intervention (or of the document's topic) without a
 * verb of its own.
 *
 * The grammar decides, not a word list of outcomes: an item is an outcome when it opens with
 * a past participle or gerund of an effect verb (`Improved`, `Increasing`), a base or third
 * person form of one (`Burn fat`, `Shortens colds`, as a list of what a product does), a
 * comparative (`Better`, `Faster`, `More`),
 * or, in a short item or after a number, a noun of change (`loss`, `increase`, `reduction`).
 * A lead-in counts when it ends with a colon, has no hedge, and names an intervention, the
 * document's topic, a benefit, or an effect; a list of symptoms, signs, causes or risks is no
 * list of benefits.
 */
import type {Effect, Sentence, Token} from '../model/types.js'
import {actingVerbEntry, defaultVerbTable, isInterventionPhrase} from '../model/claims.js'
import {effectVerbLemma, firstNounClass, isBodilyNoun, isDegreeForm, isInterventionNoun} from './classes.js'
import {spanEffect} from './place.js'
import {boosters} from '../data/boosters.js'
import {wordClasses} from '../data/wordnet.js'
import {determiners, partDeterminers, sincePrepositions} from '../data/grammar.js'
import {usageWords} from '../data/interventions.js'
import {changedStates} from '../data/effects.js'
import {
  benefitHeadings,
  benefitLeadWords,
  notBenefitLists,
  outcomeComparatives,
  outcomeNouns
} from '../data/claim-cues.js'

const boosterScopes = new Map(boosters.map((b) => [b.phrase, b.scope]))

/** What a lead-in says: whether items after it are outcomes, and whose. */
export interface LeadIn {
  agent: string
}

/** The lead-in a sentence opens for the list items after it, if any. */
export function leadInOf(sentence: Sentence, topic: string | undefined, extra?: Set<string>): LeadIn | undefined {
  const last = sentence.tokens[sentence.tokens.length - 1]
  if (!last || last.value !== ':' || sentence.hedges.length > 0 || sentence.negations.length > 0) return undefined
  const words = sentence.tokens.filter((t) => t.kind === 'word')
  if (words.some((w) => notBenefitLists.has(w.lower))) return undefined
  const agent = leadAgent(words, extra)
  // `X has been clinically proven to:` promises that each item is what X does.
  const promised = sentence.boosters.some((b) => boosterScopes.get(b.phrase) === 'infinitive')
  // (`Since starting ZenDrops:`, `After a month of kefir:`: what followed the intervention's start.)
  const since = words[0] !== undefined && sincePrepositions.has(words[0].lower)
  const benefit =
    promised ||
    since ||
    words.some((w) => benefitLeadWords.has(w.lower) || defaultVerbTable.get(w.lower)?.form === 'third')
  if (since && !agent) return undefined
  if (agent && benefit) return {agent: agent.value}
  if (benefit && topic) return {agent: topic}
  return undefined
}

/** The intervention a lead-in names: a word that names one rather than its use (`uses`). */
function leadAgent(words: Token[], extra: Set<string> | undefined): Token | undefined {
  // A product or drug named by class (`Slimvia`, `vibegron`) counts as well as a listed noun.
  const agents = words.filter((w) => isInterventionNoun(w.lower, extra) || isInterventionPhrase([w], {extra}))
  return agents.find((w) => !usageWords.has(w.lower)) ?? agents[0]
}

/** What a document's first heading names (`# SoleCalm Magnesium Foot Soak`, `# Alderline Poise: the office
 * chair...`): the first word that names an intervention or a product, or undefined. */
export function titleAgent(sentence: Sentence, extra?: Set<string>): string | undefined {
  return leadAgent(
    sentence.tokens.filter((t) => t.kind === 'word'),
    extra
  )?.value
}

/** A heading such as `## Other benefits`, `## Benefits of beetroot` or `## 2. Faster recovery`
 * opens a list of outcomes of the intervention it names, or of the document's topic. */
export function headingLeadIn(sentence: Sentence, topic: string | undefined, extra?: Set<string>): LeadIn | undefined {
  if (sentence.hedges.length > 0 || sentence.negations.length > 0) return undefined
  const words = sentence.tokens.filter((t) => t.kind === 'word' && !/^\d+[.)]?$/.test(t.value))
  // `## Benefits`, or a heading that names an outcome (`## 1. Better sleep`, `## Faster recovery`).
  // (`## How it works` lists steps or a mechanism; `## Why it works` announces what it does.)
  const how = words.some((w) => w.lower === 'how')
  // (`## Why people love it`, `## Why it works`: a heading that asks why gives the reasons to use it.)
  const announces =
    words.some((w) => benefitHeadings.has(w.lower) && !(how && w.lower === 'works')) ||
    (words[0] !== undefined && (outcomeComparatives.has(words[0].lower) || words[0].lower === 'why'))
  if (!announces || words.some((w) => notBenefitLists.has(w.lower))) return undefined
  const agent = leadAgent(words, extra)
  if (agent) return {agent: agent.value}
  return topic ? {agent: topic} : undefined
}

/** How many words open a longer item's head phrase (`Neuroprotective effects` of
 * `Neuroprotective effects in aging adults`). */
const HEAD_PHRASE_WORDS = 3

/** The outcome an item of a benefit list states, placed on its opening words. */
export function outcomeFragment(sentence: Sentence, leadIn: LeadIn): Effect | undefined {
  if (!sentence.listItem || sentence.kind !== 'prose' || sentence.hedges.length > 0 || sentence.negations.length > 0)
    return undefined
  const words = sentence.tokens.filter((t) => t.kind === 'word')
  // (`- **Sleep:** deeper, calmer nights`: after a label that names a part or faculty of the body, a comparative
  // states what became of it; else the item is read whole, its label too: `- **Faster recovery:** ...`.)
  const labelHead = sentence.tokens
    .slice(0, sentence.labelEnd)
    .filter((t) => t.kind === 'word')
    .at(-1)
  const afterLabel =
    labelHead !== undefined && isBodilyNoun(labelHead.lower)
      ? itemOutcome(
          sentence,
          sentence.tokens.slice(sentence.labelEnd).filter((t) => t.kind === 'word'),
          leadIn,
          true
        )
      : undefined
  return afterLabel ?? itemOutcome(sentence, words, leadIn, false)
}

/** The outcome the item's `words` state (all of them, or those after a label of the body, `bodyLabel`). */
function itemOutcome(sentence: Sentence, words: Token[], leadIn: LeadIn, bodyLabel: boolean): Effect | undefined {
  const first = words[0]
  if (!first) return undefined
  const lower = first.lower
  // (`Visibly firmer skin`, `Noticeably calmer skin`: an adverb in -ly before the comparative that opens the item.)
  const second = words[1]?.lower ?? ''
  if (/[a-z]ly$/.test(lower) && (outcomeComparatives.has(second) || (second.endsWith('er') && isDegreeForm(second))))
    return itemOutcome(sentence, words.slice(1), leadIn, bodyLabel)
  // (After a label only a comparative states what became of the body: `- **Body:** twist off the cap` instructs.)
  if (bodyLabel && !outcomeComparatives.has(lower) && !(lower.endsWith('er') && isDegreeForm(lower))) return undefined
  if (/^\d/.test(lower)) {
    // `8-14% increase in strength`: a number and a noun of change within three words.
    const noun = words.slice(1, 4).find((w) => outcomeNouns.has(w.lower))
    return noun ? fragment(sentence, first, noun, leadIn) : undefined
  }
  // (`Backed by a pilot`, `Loved by runners`: a participle with its agent says who stands behind it, no outcome.)
  if (/[a-z]ed$/.test(lower) && words[1]?.lower === 'by') return undefined
  // (`Folding frame`, `Reclining seat`: an -ing form before a made thing describes the thing.)
  if (/[a-z]ing$/.test(lower) && madeThingAfter(words)) return undefined
  const entry = defaultVerbTable.get(lower)
  const lemma = entry?.lemma ?? effectVerbLemma(lower)
  // A base form no verb list holds is a verb when no noun follows it (`Remove stubborn fat`,
  // `Tighten your skin`); before a noun it is a noun's modifier (`sleep history`).
  const bareVerb = !entry && lemma === lower && !(words[1] !== undefined && nounOnly(words[1].lower))
  // (`Sharper focus`, `Calmer skin`: a comparative of any English adjective before a part or faculty of the body.)
  const comparedBody =
    lower.endsWith('er') &&
    isDegreeForm(lower) &&
    (bodyLabel || (words[1] !== undefined && isBodilyNoun(words[1].lower)))
  const opensWithEffect =
    outcomeComparatives.has(lower) ||
    comparedBody ||
    (lemma !== undefined &&
      (/ed$/.test(lower) ||
        /ing$/.test(lower) ||
        entry?.form === 'base' ||
        bareVerb ||
        entry?.form === 'third' ||
        entry?.form === 'past' ||
        entry?.form === 'participle'))
  // `Shortens colds`, `Helps maintain healthy skin`: a verb whose subject is the lead-in's
  // intervention, so its fix is a hedged verb (`May shorten`).
  if (entry?.form === 'third')
    return spanEffect(
      sentence,
      first,
      (entry.lemma === 'help' || entry.lemma === 'aid') && words[1] ? words[1] : first,
      'finite',
      leadIn.agent
    )
  // `Improved oxygen delivery` names an outcome with its noun; `Increase your energy` is a verb.
  const base = entry?.form === 'base' || bareVerb
  // (After a label of the body the item's first word is what became of it: `deeper`, `sharper`.)
  if (opensWithEffect) return fragment(sentence, first, base || bodyLabel ? first : (words[1] ?? first), leadIn)
  // `Weight loss`, `Appetite reduction`: a short item naming a change, or an item whose head
  // phrase does (`Neuroprotective effects in older adults`).
  // An item opened by a determiner names a topic (`the long-term effects of treatment`).
  const noun = words.slice(0, words.length <= 4 ? 4 : HEAD_PHRASE_WORDS).find((w) => outcomeNouns.has(w.lower))
  if (noun && !determiners.has(lower)) return fragment(sentence, first, noun, leadIn)
  return undefined
}

/** Add the outcome a list item states under a lead-in, unless the item names its own
 * intervention. `- Shortens colds`: the item's own verb is the effect, and the lead-in names
 * its agent. */
export function addOutcome(sentence: Sentence, leadIn: LeadIn): void {
  // An item that names its own intervention keeps it; one whose agent is only `it` (the list's
  // intervention, named before) takes the lead-in's name.
  if (sentence.effects.some((e) => e.intervention && e.agent !== 'it')) return
  const outcome = outcomeFragment(sentence, leadIn)
  if (!outcome) {
    // (`- **Tilt-forward seat:** opens the hip angle`, `- **Circulation:** the spikes draw blood to the skin`: an
    // effect said of no agent, or of a part of what the list speaks of, is the lead-in's.)
    for (const effect of sentence.effects)
      if (!effect.intervention && !effect.negated && effect.hedges.length === 0 && partOrNone(effect.agent))
        Object.assign(effect, {agent: leadIn.agent, intervention: true})
    return
  }
  const verb = sentence.effects.find((e) => e.form === 'finite' && e.from === outcome.from && !e.negated)
  if (verb) Object.assign(verb, {agent: outcome.agent, intervention: true})
  else sentence.effects = [...sentence.effects, outcome]
}

/** Is the word after the first a made thing (WordNet's noun.artifact, first sense)? */
function madeThingAfter(words: Token[]): boolean {
  return words[1] !== undefined && firstNounClass(words[1].lower) === 'noun.artifact'
}

/** How many words a part of what a list speaks of may have (`the glass-bead fill`). */
const PART_WORDS = 4

/** Is an agent's text empty, or a short phrase opened by `the`, `its` or `our` (`the spikes`, `its added
 * glycine`): a part of what the list speaks of? */
function partOrNone(agent: string): boolean {
  if (agent === '') return true
  const words = agent.split(' ')
  return words.length <= PART_WORDS && partDeterminers.has(words[0].toLowerCase())
}

/** `- Increase your energy` under `X has been proven to:` completes the lead-in: an item that
 * opens with the base form of an effect verb is an outcome of the list, not an instruction to
 * the reader. */
export function outcomeInstruction(sentence: Sentence, leadIn: LeadIn): boolean {
  if (!sentence.listItem || sentence.labelEnd > 0) return false
  const first = sentence.tokens.find((t) => t.kind === 'word')
  if (!first || (defaultVerbTable.get(first.lower)?.form !== 'base' && effectVerbLemma(first.lower) !== first.lower))
    return false
  return outcomeFragment({...sentence, kind: 'prose'}, leadIn) !== undefined
}

/** How many words the bodily state before an item's dash may have (`Dark circles under the eyes –`). */
const STATE_ITEM_WORDS = 6

/** Dashes and a colon that part an item's bodily state from what became of it. */
const stateItemSeparators: ReadonlySet<string> = new Set(['–', '—', '-', ':'])

/**
 * `- Age spots – eliminated`, `- Dark circles: gone`: a list item that names a bodily state
 * (a part, state or process of the body: isBodilyNoun) and, after a dash or colon, what became of
 * it (the past participle of an effect verb, or a changed state). In a document about an
 * intervention, or in a list after a sentence that names one, the item states that
 * intervention's effect: placed on the participle, said of `agent`.
 */
export function stateOutcomeItem(sentence: Sentence, agent: string): Effect | undefined {
  if (!sentence.listItem || sentence.hedges.length > 0 || sentence.negations.length > 0) return undefined
  const tokens = sentence.tokens
  const separator = tokens.findIndex((t) => t.kind !== 'word' && stateItemSeparators.has(t.value))
  if (separator <= 0) return undefined
  const before = tokens.slice(0, separator).filter((t) => t.kind === 'word')
  if (before.length === 0 || before.length > STATE_ITEM_WORDS || !before.some((w) => itemStateNoun(w.lower)))
    return undefined
  if (before.some((w) => defaultVerbTable.get(w.lower)?.form === 'third')) return undefined
  const at = tokens.findIndex((t, k) => k > separator && t.kind === 'word')
  const outcome = at < 0 ? undefined : tokens[at]
  if (!outcome) return undefined
  // (`Battery life: up to seven days`: a bound of a quantity, no changed state.)
  if (tokens.slice(at + 1).find((t) => t.kind === 'word')?.lower === 'to') return undefined
  const entry = defaultVerbTable.get(outcome.lower) ?? actingVerbEntry(outcome.lower)
  if (entry?.form !== 'past' && !changedStateWords.has(outcome.lower)) return undefined
  return spanEffect(sentence, outcome, outcome, 'predicate', agent)
}

const changedStateWords: ReadonlySet<string> = new Set(changedStates)

/** The noun classes of what such an item names besides the body's parts and states: the body's
 * shapes (`wrinkles`, `creases`: WordNet files them under shape, not under the body). Attributes
 * are not (`blemishes`, but also `price`). */
const itemStateClasses: ReadonlySet<string> = new Set(['noun.shape'])

/** Can an item's noun name a state of the body: a bodily noun, or a shape? */
function itemStateNoun(lower: string): boolean {
  return isBodilyNoun(lower) || itemStateClasses.has(firstNounClass(lower) ?? '')
}

/** Is the word a noun and nothing else in WordNet (`history`, `belly`)? */
function nounOnly(lower: string): boolean {
  const classes = wordClasses.get(lower)
  return classes !== undefined && classes.every((c) => c.startsWith('noun.'))
}

function fragment(sentence: Sentence, first: Token, last: Token, leadIn: LeadIn): Effect {
  return spanEffect(sentence, first, last, 'fragment', leadIn.agent)
}
