/**
 * Outcome fragments: the items of a list that a lead-in introduces as what an intervention
 * does. "Creatine supports muscle building through:" followed by "- Increased training
 * volume", "- Reduced muscle breakdown"; "The benefits:" followed by "- Weight loss". Each
 * item states an effect of the lead-in's intervention (or of the document's topic) without a
 * verb of its own.
 *
 * The grammar decides, not a word list of outcomes: an item is an outcome when it opens with
 * a past participle or gerund of an effect verb (`Improved`, `Increasing`), a base form of one
 * (`Burn fat`, as a list of what a product does), a comparative (`Better`, `Faster`, `More`),
 * or, in a short item or after a number, a noun of change (`loss`, `increase`, `reduction`).
 * A lead-in counts when it ends with a colon, has no hedge, and names an intervention, the
 * document's topic, a benefit, or an effect; a list of symptoms, signs, causes or risks is no
 * list of benefits.
 */
import type {Effect, Sentence, Token} from '../model/types.js'
import {defaultVerbTable} from '../model/claims.js'
import {effectVerbLemma, isInterventionNoun} from './classes.js'
import {spanEffect} from './place.js'
import {benefitHeadings, benefitLeadWords, notBenefitLists, outcomeComparatives, outcomeNouns} from '../data/claim-cues.js'

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
  const agent = words.find((w) => isInterventionNoun(w.lower, extra))
  const benefit = words.some((w) => benefitLeadWords.has(w.lower) || defaultVerbTable.get(w.lower)?.form === 'third')
  if (agent && benefit) return {agent: agent.value}
  if (benefit && topic) return {agent: topic}
  return undefined
}

/** A heading such as `## Other benefits` or `## Benefits of beetroot` opens a list of outcomes
 * of the intervention it names, or of the document's topic. */
export function headingLeadIn(sentence: Sentence, topic: string | undefined, extra?: Set<string>): LeadIn | undefined {
  if (sentence.hedges.length > 0 || sentence.negations.length > 0) return undefined
  const words = sentence.tokens.filter((t) => t.kind === 'word')
  if (!words.some((w) => benefitHeadings.has(w.lower)) || words.some((w) => notBenefitLists.has(w.lower))) return undefined
  const agent = words.find((w) => isInterventionNoun(w.lower, extra))
  if (agent) return {agent: agent.value}
  return topic ? {agent: topic} : undefined
}

/** The outcome an item of a benefit list states, placed on its opening words. */
export function outcomeFragment(sentence: Sentence, leadIn: LeadIn): Effect | undefined {
  if (!sentence.listItem || sentence.kind !== 'prose' || sentence.hedges.length > 0 || sentence.negations.length > 0) return undefined
  const words = sentence.tokens.filter((t) => t.kind === 'word')
  const first = words[0]
  if (!first) return undefined
  const lower = first.lower
  if (/^\d/.test(lower)) {
    // `8-14% increase in strength`: a number and a noun of change within three words.
    const noun = words.slice(1, 4).find((w) => outcomeNouns.has(w.lower))
    return noun ? fragment(sentence, first, noun, leadIn) : undefined
  }
  const entry = defaultVerbTable.get(lower)
  const lemma = entry?.lemma ?? effectVerbLemma(lower)
  const opensWithEffect =
    outcomeComparatives.has(lower) ||
    (lemma !== undefined && (/ed$/.test(lower) || /ing$/.test(lower) || entry?.form === 'base' || entry?.form === 'past' || entry?.form === 'participle'))
  if (opensWithEffect) return fragment(sentence, first, words[1] ?? first, leadIn)
  // `Weight loss`, `Appetite reduction`: a short item naming a change.
  if (words.length <= 4) {
    const noun = words.find((w) => outcomeNouns.has(w.lower))
    if (noun) return fragment(sentence, first, noun, leadIn)
  }
  return undefined
}

function fragment(sentence: Sentence, first: Token, last: Token, leadIn: LeadIn): Effect {
  return spanEffect(sentence, first, last, 'fragment', leadIn.agent)
}
