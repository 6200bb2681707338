/**
 * Hedged rewordings for effect words: `reduces` → `may reduce`, `is effective` → `may be
 * effective`, `helps regulate` → `may help regulate`. Only where the rewording is obvious;
 * participles (`, reducing anxiety`) get none.
 */
import type {Effect, Sentence} from '../model/types.js'
import {actingVerbEntry, classVerbEntry, constructionVerbs, defaultVerbTable, inflect} from '../model/claims.js'
import {irregular} from '../data/effects.js'
import {userComparatives} from '../data/claim-cues.js'
import {doForms, haveForms, irregularPerfectParticiples} from '../data/grammar.js'
import {
  copulaRewrite,
  irregularParticiples as participles,
  phraseHeads,
  progressiveRewrite
} from '../data/rewordings.js'

const phraseHeadBases = new Set(Object.values(phraseHeads))

/** A past participle after a perfect's *have*, in any case (`has improved`, `have Seen`): -ed, -en, or an
 * irregular one. Only ASCII capitals are folded, as a case-insensitive regular expression does for ASCII words. */
function perfectParticiple(word: string): boolean {
  return /ed$|en$/i.test(word) || irregularPerfectParticiples.has(word.replace(/[A-Z]+/g, (c) => c.toLowerCase()))
}

export function hedgedRewording(effect: Effect): string | undefined {
  const words = effect.text.split(/\s+/)
  const first = words[0]
  const lower = first.toLowerCase().replace(/’/g, "'")
  const capital = /^[A-Z]/.test(first)
  const withCase = (text: string) => (capital ? text[0].toUpperCase() + text.slice(1) : text)
  if (effect.form === 'predicate') {
    const copula = copulaRewrite[lower]
    if (copula) return withCase([copula, ...words.slice(1)].join(' '))
    // `has been remarkable` → `may have been remarkable`.
    if (haveForms.has(lower) && words[1]?.toLowerCase() === 'been')
      return withCase(['may have', ...words.slice(1)].join(' '))
    // A fragment: `Best for sleep` → `May be best for sleep`.
    return withCase(['may be', lower, ...words.slice(1)].join(' '))
  }
  if (effect.form === 'finite') {
    // `does enhance` → `may enhance`, `did reduce` → `may have reduced`, `did have` → `may have had`.
    // `will improve` → `may improve`; `has improved`, `have changed` → `may have improved`.
    if (lower === 'will' && words.length > 1) return withCase(['may', ...words.slice(1)].join(' '))
    // `are strengthening` → `may be strengthening`, `was easing` → `may have been easing`.
    const progressive = progressiveRewrite[lower]
    if (progressive && words.length === 2 && /[a-z]ing$/i.test(words[1]))
      return withCase([progressive, ...words.slice(1)].join(' '))
    // `you'll sleep` → `you may sleep`, `it'll keep` → `it may keep`.
    const future = /^([a-z]+)['’]ll$/.exec(lower)
    if (future && words.length > 1) return withCase([future[1], 'may', ...words.slice(1)].join(' '))
    if (haveForms.has(lower) && words.length > 1 && perfectParticiple(words[1])) {
      return withCase(['may have', ...words.slice(1)].join(' '))
    }
    if (doForms.has(lower) && words.length > 1) {
      const verb = words[1].toLowerCase()
      // `do better`, `does wonders for`: *do* is the verb itself, not an auxiliary, before a comparative
      // or a word that is no verb's base form.
      if (userComparatives.has(verb) || !baseVerb(verb))
        return withCase([lower === 'did' ? 'may have done' : 'may do', ...words.slice(1)].join(' '))
      if (lower !== 'did') return withCase(['may', verb, ...words.slice(2)].join(' '))
      const past =
        verb === 'have'
          ? 'had'
          : defaultVerbTable.get(verb)?.form === 'base' || Object.hasOwn(irregular, verb)
            ? inflect(verb)[1]
            : undefined
      return past ? withCase(['may have', past, ...words.slice(2)].join(' ')) : undefined
    }
    const entry =
      defaultVerbTable.get(lower) ?? constructionVerbs.get(lower) ?? classVerbEntry(lower) ?? actingVerbEntry(lower)
    if (entry) {
      if (entry.form === 'third' || entry.form === 'base')
        return withCase(['may', entry.lemma, ...words.slice(1)].join(' '))
      if (entry.form === 'past')
        return withCase(
          ['may have', entry.lemma === lower ? lower : participleOf(entry.lemma, lower), ...words.slice(1)].join(' ')
        )
    }
    if (lower === 'had') return withCase(['may have had', ...words.slice(1)].join(' '))
    // `lived longer`: a regular past before a comparative of outcome.
    if (words.length > 1 && /[a-z]ed$/.test(lower) && userComparatives.has(words[1].toLowerCase()))
      return withCase(['may have', ...words].join(' '))
    const head = phraseHeads[lower] ?? (phraseHeadBases.has(lower) ? lower : undefined)
    if (head) return withCase(['may', head, ...words.slice(1)].join(' '))
    // A construction's verb in the third person (`directs` of `directs calcium into`): its lemma.
    if (words.length === 1 && inflect(effect.phrase)[0] === lower) return withCase(['may', effect.phrase].join(' '))
  }
  return undefined
}

/** Is the word a verb's base form (`enhance`, `have`, `help`), as after an auxiliary *do*? */
function baseVerb(word: string): boolean {
  if (word === 'have' || Object.hasOwn(irregular, word)) return true
  const entry =
    defaultVerbTable.get(word) ?? constructionVerbs.get(word) ?? classVerbEntry(word) ?? actingVerbEntry(word)
  return entry?.form === 'base'
}

/** `reduced` stays `reduced` after `may have`; irregular pasts (`fought`, `felt`) likewise. */
function participleOf(_lemma: string, past: string): string {
  return participles[past] ?? past
}

/**
 * One finding for an effect and the coordinated effects after it with the same agent
 * (`improves sleep quality and reduces night-time waking`), so that its fix leaves no unhedged
 * verb behind: the modal of `may improve` does not reach `reduces`, so the fix rewrites it
 * too (`may improve sleep quality and reduce night-time waking`). Undefined when there is no
 * such chain or no fix for its first effect.
 */
export function chainedFinding(
  sentence: Sentence,
  first: Effect,
  claims: Effect[]
): (Effect & {expected: string}) | undefined {
  const rest = claims.filter(
    (e) => e.from > first.from && e.form === 'finite' && e.agent === first.agent && e.hedges.length === 0 && !e.negated
  )
  const head = hedgedRewording(first)
  if (rest.length === 0 || first.form !== 'finite' || !head) return undefined
  const last = rest[rest.length - 1]
  let expected = head
  let previous = first
  for (const effect of rest) {
    expected += textBetween(sentence, previous.to, effect.from, true)
    const [verb, ...more] = effect.text.split(/\s+/)
    const entry =
      defaultVerbTable.get(verb.toLowerCase()) ??
      constructionVerbs.get(verb.toLowerCase()) ??
      classVerbEntry(verb.toLowerCase())
    // `may improve ... and reduces` → `reduce`; after `may have`, a past form is its participle.
    const bare = entry && entry.form === 'third' ? entry.lemma : verb
    expected += [bare, ...more].join(' ')
    previous = effect
  }
  return {
    ...first,
    to: last.to,
    end: last.end,
    text: first.text + textBetween(sentence, first.to, last.from) + last.text,
    expected
  }
}

/** The text of a sentence's tokens [from, to); with `bare`, an inflected effect verb after a
 * comma (`calms the mind, relaxes muscles and improves sleep`) becomes its base form, as the
 * items of a list of verbs after one modal must. */
function textBetween(sentence: Sentence, from: number, to: number, bare = false): string {
  let afterComma = false
  let out = ''
  for (let i = from; i < to; i++) {
    const token = sentence.tokens[i]
    if (token.kind === 'whitespace') {
      out += ' '
      continue
    }
    const entry = bare && afterComma && token.kind === 'word' ? defaultVerbTable.get(token.lower) : undefined
    out += entry && entry.form === 'third' ? entry.lemma : token.value
    afterComma = token.value === ','
  }
  return out
}
