/**
 * Where a claim the scorer accepted is stated, when the rules found no unhedged effect in
 * its sentence: an effect the rules found (hedged elsewhere, or said of an agent they did not
 * know), else the first finite-looking effect verb after an agent (`Lumivex erases`), else
 * an evaluative predicate (`is remarkably effective`), else the sentence's first verb-like
 * word. Each candidate carries its agent and, where obvious, a hedged rewording.
 */
import type {Effect, Sentence, Token} from '../model/types.js'
import {agentClasses, type FeatureContext} from './features.js'
import {effectVerbLemma} from './classes.js'
import {defaultVerbTable} from '../model/claims.js'
import {bePresentPast, determiners, notVerbsInS, subjectPronounAgents, willForm} from '../data/grammar.js'
import {numberWords} from '../data/numbers.js'
import {evaluativeHeads} from '../data/claim-cues.js'

/** The lemma of an effect verb: the curated list's or WordNet's classes'. */
function effectLemma(lower: string): string | undefined {
  return defaultVerbTable.get(lower)?.lemma ?? effectVerbLemma(lower)
}

/** A claim candidate for a sentence the scorer accepted. */
export function claimPlace(sentence: Sentence, context: FeatureContext): Effect {
  const found = sentence.effects.find((e) => !e.negated && e.intervention)
  if (found) return found
  const tokens = sentence.tokens
  const from = sentence.labelEnd
  let agent = ''
  let agentToken: Token | undefined
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i]
    if (token.kind !== 'word') continue
    // (The agent's own word is no verb of it: `Capsules dissolve`.)
    if (!agent && agentClasses(tokens, i, from, context).length > 0) {
      agent = token.value
      agentToken = token
      continue
    }
    const previous = previousWord(tokens, i)
    if (willForm.has(previous?.lower ?? '') && effectLemma(token.lower) === token.lower && previous) {
      return effect(sentence, previous, token, agent, `may ${token.lower}`)
    }
    if (notVerbsInS.has(token.lower)) continue
    const lemma = effectLemma(token.lower)
    // `Lumivex erases`, `the serum visibly tightens`: a finite verb right after its agent
    // (adverbs between) takes the hedge; elsewhere the place is kept and no fix offered.
    if (lemma && agent && /(?:[^s]s|ed)$/.test(token.lower) && subjectBefore(tokens, i, from, context)) {
      const hedged = token.lower.endsWith('ed') ? `may have ${token.lower}` : `may ${lemma}`
      return effect(sentence, token, token, agent, matchCase(token.value, hedged))
    }
  }
  const other = sentence.effects.find((e) => !e.negated)
  if (other)
    return {...other, agent: '', intervention: false, expected: undefined} as Effect & {expected?: string | undefined}
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i]
    if (token.kind !== 'word' || !evaluativeHeads.has(token.lower)) continue
    const previous = previousWord(tokens, i)
    if (previous && bePresentPast.has(previous.lower)) return effect(sentence, previous, token, agent, undefined)
    return effect(sentence, token, token, agent, undefined)
  }
  // (Neither the agent's word nor a noun after a determiner or a number is the verb: `Take two capsules`.)
  const words = tokens.filter((t) => t.kind === 'word' && t.start >= (tokens[from]?.start ?? 0))
  const verbLike = (w: Token, k: number) => !notVerbsInS.has(w.lower) && w !== agentToken && !opensNoun(words[k - 1])
  const verb =
    words.find((w, k) => verbLike(w, k) && /(?:[^s]s|ed)$/.test(w.lower) && effectLemma(w.lower) !== undefined) ??
    words.find(
      (w, k) => k > 0 && verbLike(w, k) && (effectLemma(w.lower) !== undefined || bePresentPast.has(w.lower))
    ) ??
    words[0] ??
    tokens[0]
  return effect(sentence, verb, verb, agent, undefined)
}

/** Does this word open a noun phrase, so that the word after it is a noun (`two capsules`, `your cravings`)? */
function opensNoun(word: Token | undefined): boolean {
  return word !== undefined && (determiners.has(word.lower) || /\d/.test(word.lower) || word.lower in numberWords)
}

function effect(
  sentence: Sentence,
  first: Token,
  last: Token,
  agent: string,
  expected: string | undefined
): Effect & {expected?: string | undefined} {
  return {...spanEffect(sentence, first, last, 'finite', agent), intervention: agent !== '', expected}
}

/** An effect over the tokens `first` to `last` of a sentence, said of `agent`. */
export function spanEffect(sentence: Sentence, first: Token, last: Token, form: Effect['form'], agent: string): Effect {
  const from = sentence.tokens.indexOf(first)
  const to = sentence.tokens.indexOf(last) + 1
  const text = sentence.tokens
    .slice(from, to)
    .map((t) => (t.kind === 'whitespace' ? ' ' : t.value))
    .join('')
  return {
    from,
    to,
    start: first.start,
    end: last.end,
    text,
    phrase: text.toLowerCase(),
    form,
    agent,
    intervention: true,
    hedges: [],
    negated: false
  }
}

/** Is the word before `index` (adverbs in -ly skipped) of an agent class? */
function subjectBefore(tokens: Token[], index: number, from: number, context: FeatureContext): boolean {
  for (let i = index - 1; i >= from; i--) {
    const token = tokens[i]
    if (token.kind === 'whitespace') continue
    if (token.kind !== 'word') return false
    if (/ly$/.test(token.lower) && token.lower.length > 4) continue
    return agentClasses(tokens, i, from, context).length > 0 || subjectPronounAgents.has(token.lower)
  }
  return false
}

function previousWord(tokens: Token[], index: number): Token | undefined {
  for (let i = index - 1; i >= 0; i--) {
    if (tokens[i].kind === 'word') return tokens[i]
    if (tokens[i].kind !== 'whitespace') return undefined
  }
  return undefined
}

function matchCase(actual: string, replacement: string): string {
  return /^[A-Z]/.test(actual) ? replacement[0].toUpperCase() + replacement.slice(1) : replacement
}
