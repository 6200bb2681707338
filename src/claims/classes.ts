/**
 * Word classes for finding claim candidates beyond the hand-made lists: each class comes
 * from a general resource or from the grammar, never from one document.
 *
 * - intervention nouns: WordNet's drug, medicine, food, supplement, therapy, exercise and
 *   diet trees (`../data/wordnet.ts`), plus the curated cues of `../data/interventions.ts`;
 * - drug names: a word ending in an INN stem (`../data/drug-stems.ts`) that is no English word;
 * - names: a capitalised word that WordNet does not know, or one marked ™ or ®, is a brand or
 *   a product (`Lumivex`), unless it opens the sentence and WordNet knows its lower case;
 * - heads: `X supplementation`, `X therapy`, `X cream`: the head makes X an intervention;
 * - abbreviations defined in the document (`cyclosporine A (CsA)`) stand for what they abbreviate;
 * - effect verbs: WordNet's verbs of change, of the body and of emotion, plus the curated list.
 */
import {
  adjectives,
  bodilyNouns,
  interventionCompounds,
  bodySubstances,
  effectVerbs as wordnetVerbs,
  englishWords,
  interventionNouns,
  ownableBodyNouns,
  plantNouns,
  remedyNouns,
  wordClasses
} from '../data/wordnet.js'
import {drugStems} from '../data/drug-stems.js'
import {
  closedClassAdjectives,
  functionWords,
  healthNounClasses,
  irregularPlurals,
  labelNounClasses,
  notProductClasses,
  conditionSuffixes
} from '../data/grammar.js'
import {interventionHeads, notInterventions} from '../data/interventions.js'
import {isInterventionWord} from '../model/claims.js'
import type {Token} from '../model/types.js'
import {unknownWord, WordCache, WordCacheBySet} from '../model/word-cache.js'

const notIntervention = new Set(notInterventions)
const stems = [...drugStems].sort((a, b) => b.length - a.length)

/** The singular of a plural noun, roughly (`probiotics` → `probiotic`, `berries` → `berry`). */
export function singular(lower: string): string {
  const irregular = irregularPlurals.get(lower)
  if (irregular !== undefined) return irregular
  if (lower.length > 4 && lower.endsWith('ies')) return lower.slice(0, -3) + 'y'
  // `stretches`, `crunches`, `brushes`: after -ch and -sh English writes -es (but `aches` is `ache`).
  if (lower.length > 5 && /(?:ch|sh)es$/.test(lower) && !englishWords.has(lower.slice(0, -1))) return lower.slice(0, -2)
  if (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss')) return lower.slice(0, -1)
  return lower
}

/** Is the word a drug name by its INN stem (`vibegron`, `sitagliptin`)? */
export function isDrugStemName(lower: string): boolean {
  // (Asked after the word's other classes, whose answers share its record: kept by word.)
  const known = drugStemCache.lookup(lower)
  if (known !== unknownWord) return known
  return drugStemCache.keep(lower, isDrugStemNameUncached(lower))
}

/** `isDrugStemName` without its cache. */
function isDrugStemNameUncached(lower: string): boolean {
  if (lower.length < 6 || !/^[a-z]+$/.test(lower) || englishWords.has(lower)) return false
  for (const stem of stems) {
    if (lower.length >= stem.length + 2 && lower.endsWith(stem)) return true
  }
  return false
}

/** Is a word, as written, a product or brand name: capitalised (not all capitals), at least
 * four letters, and no English word in WordNet (`Lumivex`, `Radiance+`, `Glowvera`)? */
export function isProductName(value: string): boolean {
  const known = productNameCache.lookup(value)
  if (known !== unknownWord) return known
  return productNameCache.keep(value, isProductNameUncached(value))
}

/** `isProductName` without its cache. */
function isProductNameUncached(value: string): boolean {
  const bare = value.replace(/(?:'s|’s)$/, '')
  // A capitalised word (`Lumivex`), or one with a capital inside (`CalmNest`, `FlexaBright`: brands
  // are written so).
  if (!/^[A-Z][a-z][a-z0-9]{2,}\+?$/.test(bare) && !/^[A-Z][a-z]+[A-Z][A-Za-z0-9]*\+?$/.test(bare)) return false
  const lower = bare.toLowerCase().replace(/\+$/, '')
  if (functionWords.has(lower)) return false
  // `Stronger`, `Biggest`, `Healthier`: a comparative or superlative of an English adjective.
  if (isDegreeForm(lower)) return false
  // (`Hypokalaemia`, `Oesophagus`: a British spelling of a word WordNet spells the American way.)
  const american = lower.replace(/ae|oe/g, 'e')
  const known = englishWords.has(lower) || englishWords.has(singular(lower)) || englishWords.has(american)
  // (`Sarcopenia`, `Fibromyalgia`: a medical term for a condition by its suffix.)
  const condition = lower.length >= 6 && conditionSuffixes.some((suffix) => lower.endsWith(suffix))
  return !known && !notIntervention.has(lower) && !condition
}

/**
 * `aligners`, `straighteners`: a noun in -er or -or made from a verb (WordNet's), which no dictionary
 * knows: English makes such nouns for a doer or an instrument, and a new one names a new device or
 * product (`Aligners straighten teeth`). Known ones (`trainer`, `runner`) are left to their senses.
 */
export function isInstrumentCoinage(lower: string): boolean {
  const singular = lower.replace(/s$/, '')
  if (!/^[a-z]{4,}(?:er|or)$/.test(singular) || englishWords.has(singular) || englishWords.has(lower)) return false
  const stem = singular.slice(0, -2)
  return [stem, `${stem}e`].some((verb) => wordClasses.get(verb)?.some((c) => c.startsWith('verb.')) ?? false)
}

/** How many words a product's title-cased name may have (`Morning Lift`, `Deep Rest Night Drops`). */
const TITLED_NAME_WORDS = 4

/**
 * `Morning Lift`, `Joint Ease`: a label of two to TITLED_NAME_WORDS words each capitalised, none a
 * function word or a comparative (`Better Sleep` names a benefit), whose head is no bodily noun
 * (`Deep Sleep`), no person, place or time (notProductClasses: `Top Tip`) and no word of saying or
 * knowing (labelNounClasses: `Fun Fact`, `Small Print`): a product named in
 * English words, as a table's first cell or a bold label names one.
 */
export function isTitledName(words: Token[]): boolean {
  if (words.length < 2 || words.length > TITLED_NAME_WORDS) return false
  const titled = words.every(
    (w) => /^[A-Z][a-z]+$/.test(w.value) && !functionWords.has(w.lower) && !isDegreeForm(w.lower)
  )
  if (!titled) return false
  const head = words[words.length - 1].lower
  const kind = firstNounClass(head)
  if (kind !== undefined && (notProductClasses.has(kind) || labelNounClasses.has(kind))) return false
  return !isBodilyNoun(head)
}

/** Is the word a comparative or superlative of an English adjective (`smoother`, `healthier`,
 * `biggest`)? */
export function isDegreeForm(lower: string): boolean {
  const degree = /^(.+?)(?:er|est)$/.exec(lower)
  return degree !== null && comparedBases(degree[1]).some((base) => englishWords.has(base))
}

/** The adjectives a comparative's stem may come from (`strong`, `big` of `bigg`, `healthy` of
 * `healthi`, `large` of `larg`). */
export function comparedBases(stem: string): string[] {
  return [stem, stem + 'e', stem.replace(/i$/, 'y'), stem.replace(/(.)\1$/, '$1')]
}

/** Is the word one of the body's own substances (a hormone, a neurotransmitter)? */
export function isBodySubstance(lower: string): boolean {
  return bodySubstances.has(lower.replace(/'s$|’s$/, ''))
}

/** Is a word a remedy by kind (WordNet's drug, medicine, remedy, antioxidant, stimulant and
 * probiotic trees: `antihistamine`, `painkillers`)? */
export function isRemedyNoun(lower: string): boolean {
  const bare = lower.replace(/'s$|’s$|s'$/, '')
  return remedyNouns.has(bare) || remedyNouns.has(singular(bare))
}

/** Is the word an intervention noun in WordNet's classes or the curated list? */
export function isInterventionNoun(lower: string, extra?: Set<string>): boolean {
  // (Asked of most words of a document, by the detector and the scorer's features: kept by word.)
  const cache = interventionNounCache.for(extra)
  const known = cache.lookup(lower)
  if (known !== unknownWord) return known
  return cache.keep(lower, isInterventionNounUncached(lower, extra))
}

/** `isInterventionNoun` without its cache. */
function isInterventionNounUncached(lower: string, extra?: Set<string>): boolean {
  const bare = lower.replace(/'s$|’s$|s'$/, '')
  if (notIntervention.has(bare)) return false
  return (
    interventionNouns.has(bare) ||
    interventionNouns.has(singular(bare)) ||
    // (`lactobacilli`: the Latin plural in -i of a noun in -us.)
    (bare.length > 4 && bare.endsWith('i') && isLatinSingularIntervention(`${bare.slice(0, -1)}us`, extra)) ||
    isInterventionWord(bare, extra) ||
    isPlantNoun(bare) ||
    closedCompoundIntervention(singular(bare))
  )
}

/** Is `us`, the singular in -us of a Latin plural in -i, an intervention's noun? */
function isLatinSingularIntervention(us: string, extra?: Set<string>): boolean {
  return interventionNouns.has(us) || isInterventionWord(us, extra)
}

/** The shortest tail and head of a closed compound (`black|currant`), and its longest length (a longer word
 * is read as no compound: a hostile 1 MB word costs nothing). */
const COMPOUND_TAIL = 5
const COMPOUND_HEAD = 3
const COMPOUND_MAX = 30

/** `blackcurrant`, `sourcherries`: a word no dictionary knows, an English word joined to a noun of WordNet's
 * intervention trees (a kind of that noun, as `black currant` is a currant)? */
function closedCompoundIntervention(word: string): boolean {
  if (word.length < COMPOUND_HEAD + COMPOUND_TAIL || word.length > COMPOUND_MAX) return false
  if (englishWords.has(word) || !/^[a-z]+$/.test(word)) return false
  for (let k = COMPOUND_HEAD; k <= word.length - COMPOUND_TAIL; k++)
    if (interventionNouns.has(word.slice(k)) && englishWords.has(word.slice(0, k))) return true
  return false
}

/** Do two words name an intervention together (`tai chi`, `green tea`: WordNet's two-word lemmas of
 * the intervention trees)? */
export function isInterventionCompound(first: string, second: string): boolean {
  // (Most words open no compound: no string is built for them.)
  if (!compoundFirsts.has(first)) return false
  return interventionCompounds.has(`${first}_${second}`) || interventionCompounds.has(`${first}_${singular(second)}`)
}

const compoundFirsts: ReadonlySet<string> = new Set([...interventionCompounds].map((c) => c.slice(0, c.indexOf('_'))))

/** Is the word a plant's name (`feverfew`, `valerian`), and a plant in its first sense (not
 * `sage` the person, `palm` the hand's)? Herbal remedies are named by their plant. */
export function isPlantNoun(lower: string): boolean {
  const word = plantNouns.has(lower) ? lower : singular(lower)
  return plantNouns.has(word) && firstNounClass(word) === 'noun.plant'
}

/** The WordNet class of a noun's first sense, for the word or its singular (`cramps` → cramp,
 * `sinuses` → sinus). */
export function firstNounClass(lower: string): string | undefined {
  const known = nounClassCache.lookup(lower)
  if (known !== unknownWord) return known
  return nounClassCache.keep(lower, firstNounClassUncached(lower))
}

/** `firstNounClass` without its cache. */
function firstNounClassUncached(lower: string): string | undefined {
  const classes =
    wordClasses.get(lower) ?? wordClasses.get(lower.replace(/e?s$/, '')) ?? wordClasses.get(singular(lower))
  return classes?.find((c) => c.startsWith('noun.'))
}

/** Is the noun bodily: its first sense a part, state or process of the body or a feeling
 * (healthNounClasses), or its first or second sense a part of the body, a physical condition,
 * a symptom, a bodily process or pain (WordNet, `bodilyNouns`: `heart`, `headache`, whose
 * first senses are figures of speech), or a faculty of the mind (`memory`)? Plurals are read as
 * their singular; function words never are. */
export function isBodilyNoun(lower: string): boolean {
  const known = bodilyNounCache.lookup(lower)
  if (known !== unknownWord) return known
  return bodilyNounCache.keep(lower, isBodilyNounUncached(lower))
}

/** `isBodilyNoun` without its cache. */
function isBodilyNounUncached(lower: string): boolean {
  // `will`, a faculty in WordNet, is first a modal here.
  if (functionWords.has(lower)) return false
  const noun = firstNounClass(lower)
  if (noun !== undefined && healthNounClasses.has(noun)) return true
  // (`person` is a human body in its second sense, but people are no part of one; nor is any of
  // WordNet's top concepts: organism, creature, feeling.)
  const single = firstNounClass(singular(lower))
  if (noun === 'noun.person' || single === 'noun.person' || single === 'noun.Tops') return false
  return bodilyNouns.has(lower) || bodilyNouns.has(lower.replace(/e?s$/, '')) || bodilyNouns.has(singular(lower))
}

/** Is the word a state a thing can be kept or left in: a WordNet adjective that is no closed-class
 * word (`steady`, `dry`, `healthy`; not `up`, `all`), or the `-ing` or `-ed` form of a verb
 * (`moving`, `bloated`), as after a causative's bodily object (`keeps blood sugar steady`, `gets the bowels
 * moving`)? */
export function isStateWord(lower: string): boolean {
  if (functionWords.has(lower) || closedClassAdjectives.has(lower)) return false
  // `non-existent`: WordNet writes most such adjectives without the hyphen.
  if (adjectives.has(lower) || (lower.includes('-') && adjectives.has(lower.replaceAll('-', '')))) return true
  // The -ing or -ed form of a verb (`moving`, `bloated`).
  const stem = /[a-z]{2}ing$/.test(lower) ? lower.slice(0, -3) : /[a-z]{3}ed$/.test(lower) ? lower.slice(0, -2) : ''
  if (stem === '') return false
  return [stem, stem + 'e', stem.replace(/(.)\1$/, '$1')].some((verb) =>
    (wordClasses.get(verb) ?? []).some((c) => c.startsWith('verb.'))
  )
}

/** Is the noun in WordNet's bodily trees themselves (`colic`, `itch`, `arthritis`), not only a
 * state in its first sense (`mess`)? */
export function inBodilyTrees(lower: string): boolean {
  return bodilyNouns.has(lower)
}

/** A bodily process or state named by a gerund (`bloating`, `wheezing`): the `-ing` form of a
 * bodily noun (`bloat`) or of a verb whose first sense is of the body (`wheeze`). */
export function isBodilyGerund(lower: string): boolean {
  if (!/[a-z]{3}ing$/.test(lower)) return false
  const stem = lower.slice(0, -3)
  return [stem, stem + 'e'].some(
    (base) => isBodilyNoun(base) || wordClasses.get(base)?.find((c) => c.startsWith('verb.')) === 'verb.body'
  )
}

/** Is the token a product or brand name: capitalised and unknown to WordNet, or marked ™, ®
 * or `+`? */
export function isName(tokens: Token[], index: number, sentenceStart: number): boolean {
  const token = tokens[index]
  if (token.kind !== 'word' || !/^[A-Z]/.test(token.value) || token.value.length < 3) return false
  const next = tokens[index + 1]
  // A mark written onto the word (`Lumivex™`, `Radiance+`) makes it a product's name.
  if (next && (next.value === '™' || next.value === '®' || next.value === '+')) return true
  if (/^[A-Z0-9-]+$/.test(token.value)) return false
  const lower = token.lower.replace(/'s$/, '')
  if (!/^[a-z][a-z0-9+-]*$/.test(lower)) return false
  void sentenceStart
  return !englishWords.has(lower) && !englishWords.has(singular(lower))
}

/** Is the word a form of an effect verb (WordNet's change, body, emotion verbs)? */
export function effectVerbLemma(lower: string): string | undefined {
  // (Asked of every word of a candidate sentence by the scorer's features: kept by word.)
  const known = effectVerbCache.lookup(lower)
  if (known !== unknownWord) return known
  return effectVerbCache.keep(
    lower,
    lemmaCandidates(lower).find((c) => wordnetVerbs.has(c))
  )
}

/** The word itself and the lemmas its inflection may come from (`studies` → study, `soothed`
 * → soothe, `stopping` → stop), for a lookup in a verb list. */
export function lemmaCandidates(lower: string): string[] {
  const candidates = [lower]
  if (lower.endsWith('ies')) candidates.push(lower.slice(0, -3) + 'y')
  if (lower.endsWith('es')) candidates.push(lower.slice(0, -2))
  if (lower.endsWith('s')) candidates.push(lower.slice(0, -1))
  if (lower.endsWith('ied')) candidates.push(lower.slice(0, -3) + 'y')
  if (lower.endsWith('ed')) candidates.push(lower.slice(0, -2), lower.slice(0, -1), lower.slice(0, -3))
  if (lower.endsWith('ing')) candidates.push(lower.slice(0, -3), lower.slice(0, -3) + 'e', lower.slice(0, -4))
  return candidates.filter((c, i) => i === 0 || c.length > 2)
}

/** How many words before an abbreviation's parenthesis may name what it stands for, and how
 * many after it may say what kind of thing that is (`(CsA) is an immunosuppressant`). */
const DEFINED_WORDS_BEFORE = 4
const DEFINED_WORDS_AFTER = 6

const namesOne = (lower: string, extra?: Set<string>): boolean =>
  isInterventionNoun(lower, extra) || isDrugStemName(lower) || interventionHeads.has(lower)

/** Does the abbreviation in the parenthesis at `open` stand for an intervention: one of the
 * four words before it names one (`ciclosporin eye drops (CsD)`), or the words after it call
 * it a remedy (`cyclosporine A (CsA) is an immunosuppressant`, WordNet's drug trees)? */
function definesIntervention(tokens: Token[], open: number, extra?: Set<string>): boolean {
  let words = 0
  for (let k = open - 1; k >= 0 && words < DEFINED_WORDS_BEFORE; k--) {
    if (tokens[k].kind !== 'word') continue
    words++
    if (namesOne(tokens[k].lower, extra)) return true
  }
  words = 0
  for (let k = open + 3; k < tokens.length && words < DEFINED_WORDS_AFTER; k++) {
    if (tokens[k].kind === 'punctuation' && /^[.;:!?]$/.test(tokens[k].value)) break
    if (tokens[k].kind !== 'word') continue
    words++
    if (isRemedyNoun(tokens[k].lower) || namesOne(tokens[k].lower, extra)) return true
  }
  return false
}

/** The characters of the tokens `definedAbbreviations` looks for: an opening parenthesis and the product marks. */
const abbreviationMarks = /[(+™®]/

/** Names the document gives an intervention: abbreviations it defines (`cyclosporine A
 * (CsA)`) and products it marks (`Radiance+`, `Lumivex™`). */
export function definedAbbreviations(
  sentences: Array<{tokens: Token[]; text?: string}>,
  extra?: Set<string>
): Set<string> {
  const out = new Set<string>()
  for (const sentence of sentences) {
    // (A model's sentence holds its tokens' text, one string: without a `(` or a mark in it, no token is one, and
    // the sentence defines nothing. Read so, most sentences cost one scan of a string instead of a walk of tokens.)
    if (sentence.text !== undefined && !abbreviationMarks.test(sentence.text)) continue
    const tokens = sentence.tokens
    for (let i = 0; i < tokens.length - 2; i++) {
      // `Radiance+ reduces`: a mark written onto a capitalised word names a product.
      const mark = tokens[i + 1]?.value
      if ((mark === '+' || mark === '™' || mark === '®') && isName(tokens, i, 0)) out.add(tokens[i].lower)
      if (tokens[i].value !== '(') continue
      const inner = tokens[i + 1]
      if (
        !inner ||
        inner.kind !== 'word' ||
        tokens[i + 2]?.value !== ')' ||
        !/^[A-Za-z0-9-]{2,8}$/.test(inner.value) ||
        !/[A-Z]/.test(inner.value)
      )
        continue
      if (definesIntervention(tokens, i, extra)) out.add(inner.lower)
    }
  }
  return out
}

/** How many sentences from the document's start its title may stand (after a front matter's or a byline's). */
const TITLE_WITHIN = 3

/**
 * `# Vela Smart Posture Shirt` ... `Vela relieves back pain`: the name a page's title gives its product,
 * though it is an English word. The title is the document's first heading; its first word (or its second)
 * is capitalised and no function word, comparative or intervention word of its own; its last word (before a
 * dash or colon) is a made thing or a food (WordNet's first noun sense: `Shirt`, `Mask`, `Soda`); and the name recurs
 * capitalised inside a later sentence (not as its first word), as a name does and a title's adjective
 * (`Smart`) does not.
 */
export function titleNames(sentences: Array<{tokens: Token[]; kind: string}>, extra?: Set<string>): Set<string> {
  const out = new Set<string>()
  const at = sentences.findIndex((s) => s.kind === 'heading')
  if (at < 0 || at >= TITLE_WITHIN) return out
  const words = sentences[at].tokens.filter((t) => t.kind === 'word')
  const stop = sentences[at].tokens.findIndex((t) => t.value === ':' || t.value === '—' || t.value === '–')
  const titled = stop < 0 ? words : words.filter((w) => w.start < sentences[at].tokens[stop].start)
  const head = titled[titled.length - 1]
  const kind = titled.length < 2 ? undefined : firstNounClass(head.lower)
  if (kind !== 'noun.artifact' && kind !== 'noun.food') return out
  // (`# Lullpod Drift Weighted Sleep Mask`: a name of two words, either of which the page may use.)
  for (const name of titled.slice(0, Math.min(TITLE_NAME_WORDS, titled.length - 1))) {
    if (!/^[A-Z][a-z]{2,}$/.test(name.value) || functionWords.has(name.lower) || isDegreeForm(name.lower)) break
    if (isInterventionWord(name.lower, extra)) continue
    if (recursCapitalised(sentences, at, name.value)) out.add(name.lower)
  }
  return out
}

/** How many of a title's first words may be its product's name. */
const TITLE_NAME_WORDS = 2

/** Does the word recur capitalised inside a sentence other than the one at `at` (not as its first word)? */
function recursCapitalised(sentences: Array<{tokens: Token[]}>, at: number, value: string): boolean {
  return sentences.some(
    (s, k) =>
      k !== at &&
      s.tokens.some(
        (t, i) => i > 0 && t.kind === 'word' && t.value.replace(/['’]s$/, '') === value && !firstWord(s.tokens, i)
      )
  )
}

/** Is the word at `i` the first word of its tokens? */
function firstWord(tokens: Token[], i: number): boolean {
  for (let k = 0; k < i; k++) if (tokens[k].kind === 'word') return false
  return true
}

/** The answers of `isProductName`, `firstNounClass`, `isBodilyNoun`, `isInterventionNoun`, `isDrugStemName` and
 * `effectVerbLemma`, kept by word (../model/word-cache.ts). */
const productNameCache = new WordCache<boolean>()
const nounClassCache = new WordCache<string | undefined>()
const bodilyNounCache = new WordCache<boolean>()
const interventionNounCache = new WordCacheBySet<boolean>()
const drugStemCache = new WordCache<boolean>()
const effectVerbCache = new WordCache<string | undefined>()

/** Is the word, or its singular, a noun with a bodily sense past its first two (`airways`)? */
export function ownableBodyNoun(lower: string): boolean {
  return ownableBodyNouns.has(lower) || ownableBodyNouns.has(singular(lower))
}

/** Is the noun a quality (its first sense WordNet's noun.attribute or noun.phenomenon: `stamina`,
 * `energy`), a person's own when a possessive stands before it? */
export function isQualityNoun(lower: string): boolean {
  const kind = firstNounClass(lower)
  return kind === 'noun.attribute' || kind === 'noun.phenomenon'
}
