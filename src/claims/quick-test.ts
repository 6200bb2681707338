/**
 * A quick test in front of the claim detector (`findEffects` in `src/model/claims.ts`): can a
 * sentence hold an effect at all? The detector finds effects only at its candidates, and each
 * kind of candidate starts at a word it looks up first: a phrase's or a predicate's first word,
 * an effect verb (the lexicon's, a construction's, or one WordNet files under a class that acts
 * on a thing), a noun of change, of influence or of effect, a comparative of outcome, `will`, a
 * form of *be* before a changed state or `no`, an article after a copula that opens a remedy
 * noun, a verb of the body after `to`. A sentence without any of them has no candidate, so
 * `findEffects` returns nothing for it; the test says "maybe" for every other sentence.
 *
 * Every look-up is the detector's own (its lexicons, tables and functions, or the data they are
 * built from), so a word added to a list is seen here too. `test/rules-speed.test.ts` checks
 * that the test says "maybe" wherever `findEffects` finds an effect.
 */
import type {Token} from '../model/types.js'
import {
  actingVerbEntry,
  constructionVerbs,
  defaultVerbTable,
  verbTable,
  type ClaimLexicons,
  type VerbEntry
} from '../model/claims.js'
import {nextSolid, previousSolid} from '../model/tokens.js'
import {TokenWords} from '../model/lexicon.js'
import {isDegreeForm, lemmaCandidates} from './classes.js'
import {remedyNounEnd, remedyRoleEnd} from './constructions.js'
import {becomeForms, changedStates, changeNouns, effectNouns, endedStateIdioms} from '../data/effects.js'
import {comparativeOutcomes, influenceNouns} from '../data/claim-cues.js'
import {secondVerbClasses, wordClasses} from '../data/wordnet.js'
import {
  articles,
  auxiliaries,
  bePresentPast,
  changeNounPrepositions,
  copulas,
  goalPrepositions,
  haveForms,
  lightVerbs,
  notVerbsInS,
  plainComparatives,
  verbGroupOpeners,
  willForm
} from '../data/grammar.js'

/** What a word can start, whatever stands around it (`ALONE`), or what must stand beside it. */
const ALONE = 1
/** The first word of a phrase or predicate: the phrase must match there. */
const PHRASE = 2
/** The base form of a verb found by its class: after a plural noun (`These cultures break`). */
const AFTER_PLURAL = 4
/** A noun of change before `in`, `of`, `to` (`a drop in`). */
const CHANGE = 8
/** A form of *be* before a changed state or `no` (`was down`, `are no longer`). */
const BE = 16
/** An article after a copula, opening a remedy noun (`is a natural remedy for`). */
const ARTICLE = 32
/** A verb of the body after `to` (`to sleep better`). */
const BODY = 64
/** A verb that may carry a thing into the body (`directs calcium into your bones`): a goal
 * preposition after it; in the base form, after a plural noun too. */
const CARRIES = 128
const CARRIES_AFTER_PLURAL = 256
/** A form of *have* before a comparative (`have keener memory`). */
const HAVE = 512
/** A possessive after a copula, opening a remedy's role (`is nature's answer to`). */
const POSSESSIVE = 1024
/** How many words after a carrying verb its goal preposition may stand (the detector's
 * `CARRIED_WORDS`, and one more). */
const CARRIED_REACH = 6

/** What the test keeps per set of lexicons: the cues of the words already asked. */
const cuesByLexicons = new WeakMap<ClaimLexicons, Map<string, number>>()
/** Bound on the words kept per set of lexicons (words are many on hostile input). */
const KEPT_WORDS = 50_000

const changeNounSet = new Set(changeNouns)
const changedStateSet = new Set(changedStates)
const becomeFormSet = new Set(becomeForms)
const endedIdioms = endedStateIdioms.map((idiom) => idiom.split(' '))

/** The detector's present of a verb whose second WordNet sense is a change (its
 * `secondChangeEntry`). */
function secondChange(lower: string): VerbEntry | undefined {
  const lemma = lemmaCandidates(lower).find(
    (candidate) => secondVerbClasses.get(candidate) === 'verb.change' && !lightVerbs.has(candidate)
  )
  const entry = lemma ? verbTable([lemma]).get(lower) : undefined
  return entry?.form === 'third' || entry?.form === 'base' ? entry : undefined
}

/** A verb the detector finds by its WordNet class (`classVerbAt`): `ALONE` in a finite form,
 * `AFTER_PLURAL` in the base form. */
function classVerb(lower: string): number {
  if (verbGroupOpeners.has(lower) || auxiliaries.has(lower) || copulas.has(lower)) return 0
  const entry = actingVerbEntry(lower) ?? secondChange(lower)
  if (entry?.form === 'third' || entry?.form === 'past') return ALONE
  return entry?.form === 'base' ? AFTER_PLURAL : 0
}

/** A verb that may carry a thing into the body (`transfersIntoBody`): `CARRIES` in the third
 * person (`-s`), `CARRIES_AFTER_PLURAL` in the base form. */
function carryingVerb(lower: string): number {
  const lemma = lemmaCandidates(lower).find((c) => wordClasses.get(c)?.some((k) => k.startsWith('verb.')))
  if (lemma === undefined) return 0
  if (/[a-z]{2}s$/.test(lower) && !notVerbsInS.has(lower)) return CARRIES
  return lemma === lower ? CARRIES_AFTER_PLURAL : 0
}

/** What a candidate of the detector needs to start at this word. */
function cuesOf(lower: string, lexicons: ClaimLexicons): number {
  const alone =
    lexicons.verbs.has(lower) ||
    constructionVerbs.has(lower) ||
    // A noun of influence or of effect (`nounAt`), a comparative outcome (`comparedUsers`), `will`.
    influenceNouns.has(lower) ||
    effectNouns.includes(lower) ||
    comparativeOutcomes.has(lower) ||
    willForm.has(lower) ||
    // A passive of an effect verb (`is lowered by`); a state reached (`become rare`).
    (defaultVerbTable.get(lower) ?? actingVerbEntry(lower))?.form === 'past' ||
    becomeFormSet.has(lower)
  if (alone) return ALONE
  const phrase = lexicons.phrases.table.starts(lower) || lexicons.predicates.table.starts(lower)
  const body = wordClasses.get(lower)?.find((c) => c.startsWith('verb.')) === 'verb.body'
  return (
    (phrase ? PHRASE : 0) |
    classVerb(lower) |
    (changeNounSet.has(lower) ? CHANGE : 0) |
    (bePresentPast.has(lower) ? BE : 0) |
    (articles.has(lower) ? ARTICLE : 0) |
    (body ? BODY : 0) |
    carryingVerb(lower) |
    (haveForms.has(lower) ? HAVE : 0) |
    (/'s$|\u2019s$/.test(lower) ? POSSESSIVE : 0)
  )
}

/** The word nearest before `i` that the detector reads as the head of a plural subject
 * (`wordsBack`: back over symbols, `-` and `'`, to other punctuation) ends in `-s`. */
function pluralBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const token = tokens[k]
    if (token.kind === 'punctuation' && token.value !== '-' && token.value !== "'") return false
    if (token.kind === 'word') return /[a-z]{2}s$/.test(token.lower) && !token.lower.endsWith('ss')
  }
  return false
}

/** Does a phrase or a predicate of the lexicons match at `i` (as `matchAll` matches them)? */
function phraseAt(tokens: Token[], i: number, lexicons: ClaimLexicons): boolean {
  const sequence = new TokenWords(tokens)
  const {phrases, predicates} = lexicons
  const word = tokens[i].lower
  return (
    (phrases.table.starts(word) && phrases.table.longestAt(sequence, i) !== undefined) ||
    (predicates.table.starts(word) && predicates.table.longestAt(sequence, i) !== undefined)
  )
}

/** Does the word at `i`, with cues `cues`, start a candidate given the words beside it? */
function startsAt(tokens: Token[], i: number, cues: number, lexicons: ClaimLexicons): boolean {
  if (cues & PHRASE && phraseAt(tokens, i, lexicons)) return true
  if (cues & AFTER_PLURAL && pluralBefore(tokens, i)) return true
  const next = cues & (CHANGE | BE | HAVE) ? (tokens[nextSolid(tokens, i + 1)]?.lower ?? '') : ''
  if (cues & CHANGE && changeNounPrepositions.has(next)) return true
  if (cues & BE && (changedStateSet.has(next) || next === 'no' || idiomAfter(tokens, i))) return true
  if (cues & HAVE && (isDegreeForm(next) || plainComparatives.has(next))) return true
  if (cues & (ARTICLE | POSSESSIVE) && remedyRoleEnd(tokens, i) > 0) return true
  if (cues & ARTICLE && remedyNounEnd(tokens, i) > 0) return true
  if (cues & (CARRIES | CARRIES_AFTER_PLURAL) && goalAfter(tokens, i)) {
    if (cues & CARRIES || pluralBefore(tokens, i)) return true
  }
  return (cues & BODY) !== 0 && tokens[previousSolid(tokens, i - 1)]?.lower === 'to'
}

/** Does an idiom of an ended state (`a thing of the past`) follow the word at `i`? */
function idiomAfter(tokens: Token[], i: number): boolean {
  return endedIdioms.some((idiom) => {
    let k = i
    for (const word of idiom) {
      k = nextSolid(tokens, k + 1)
      if (tokens[k]?.lower !== word) return false
    }
    return true
  })
}

/** Does a goal preposition (`into`, `to`) stand among the next few tokens after `i`? */
function goalAfter(tokens: Token[], i: number): boolean {
  let k = i
  for (let n = 0; n < CARRIED_REACH; n++) {
    k = nextSolid(tokens, k + 1)
    if (k >= tokens.length) return false
    if (goalPrepositions.has(tokens[k].lower)) return true
  }
  return false
}

/** Can `findEffects` find an effect in these tokens? `false` only when no word of them starts a
 * candidate of the detector. */
export function mayHoldEffect(tokens: Token[], lexicons: ClaimLexicons): boolean {
  let cache = cuesByLexicons.get(lexicons)
  if (!cache) cuesByLexicons.set(lexicons, (cache = new Map()))
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (token.kind !== 'word') continue
    let cues = cache.get(token.lower)
    if (cues === undefined) {
      cues = cuesOf(token.lower, lexicons)
      if (cache.size < KEPT_WORDS) cache.set(token.lower, cues)
    }
    if ((cues & ALONE) !== 0 || (cues !== 0 && startsAt(tokens, i, cues, lexicons))) return true
  }
  return false
}
