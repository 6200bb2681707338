/**
 * A statistic recogniser over nlcst tokens.
 *
 * `findStatistics` reads the tokens of one sentence (as flattened by `tokensOf`) and finds
 * the number expressions that state a statistic: percentages and rates (`nearly 50%`,
 * `30–50%`, `<5%`), proportions in words (`one-third`, `one in five`, `9 out of 10`),
 * counts of people, studies, cases and processes (`1,200 patients`, `millions of
 * Americans`), multipliers and ratios (`twice as likely`, `3x`, `40% greater`, `10-to-1`)
 * and inferential figures (`p < 0.05`, `95% CI 1.2–3.4`, `OR 1.4`).
 *
 * It leaves out numbers that are not statistics: doses and amounts (`200 mg`, `2
 * capsules`), durations and schedules (`8 weeks`, `twice daily`), dates and years, ages used
 * as group names, list, section and version numbers, prices, times of day and numbers
 * inside citations (`[3]`, `(12)`, `(Smith, 2019)`).
 *
 * Work is linear in the number of tokens: the scan moves forward, every pattern looks at a
 * bounded window of tokens around its start, and a numeral that matches nothing is skipped
 * as a whole. Regular expressions run on single tokens only and cannot backtrack.
 */
import type {Token} from '../model/types.js'
import * as data from '../data/statistics.js'
import {functionWords, verbGroupOpeners} from '../data/grammar.js'
import {instructionOpeners} from '../data/instructions.js'
import {monthNames, numberWords, rangeDashes} from '../data/numbers.js'
import {peopleModifierNouns, peopleNounList} from '../data/people.js'
import {firstNounClass, isBodilyNoun, singular} from '../claims/classes.js'
import {adjectives, alcoholicDrinks, englishWords, wordClasses} from '../data/wordnet.js'
import {PhraseTable, type PhraseTableOptions, type WordSequence} from '../text/phrases.js'
import {
  ownValue,
  parseNumeral,
  spelledFraction,
  spelledNumber,
  spelledProportion,
  startsNumeral,
  type Numeral
} from './numerals.js'

/** The kind of statistic a match states. */
export type StatisticForm = 'percentage' | 'proportion' | 'count' | 'multiplier' | 'inferential'

/** A statistic found in a run of tokens. */
export interface StatisticMatch {
  /** Index of the first token of the expression. */
  from: number
  /** Index after the last token of the expression. */
  to: number
  /** Start offset (of the first token). */
  start: number
  /** End offset (of the last token). */
  end: number
  /** The expression as written, white space collapsed (`nearly 50%`, `1,200 patients`). */
  text: string
  /** What kind of statistic it is. */
  form: StatisticForm
}

/** Options of the recogniser: extra words for its lists (lower case). */
export interface StatisticOptions {
  /** Extra units of doses and amounts (`'puffs'`, `'sprays'`): a number with one is not a statistic. */
  doseUnits?: string[] | null | undefined
  /** Extra units of time (`'fortnights'`): a number with one is a duration, not a statistic. */
  durationUnits?: string[] | null | undefined
  /** Extra nouns whose count is a statistic (`'hospitals'`, `'prescriptions'`). */
  countNouns?: string[] | null | undefined
}

interface Lexicon {
  units: Set<string>
  durations: Set<string>
  countNouns: Set<string>
  /** Approximator phrases, matched backwards from their last word. */
  approximators: PhraseTable<string>
  /** Single-word approximators (for `nearly half`). */
  approximatorWords: Set<string>
  /** Inferential names (`odds ratio`, `hazard ratio`). */
  inferentialNames: PhraseTable<string>
  /** Illustrative cue phrases. */
  cues: PhraseTable<string>
}

const lexicons = new WeakMap<object, Lexicon>()
const noOptions: StatisticOptions = {}

function phraseTable(phrases: readonly string[], options?: PhraseTableOptions): PhraseTable<string> {
  return new PhraseTable(
    phrases.map((phrase) => [phrase, phrase] as const),
    options
  )
}

/** Words in a row (white space and punctuation already left out): each word's lower case. */
class WordRun implements WordSequence {
  constructor(private readonly words: readonly Token[]) {}
  wordAt(position: number): string | undefined {
    return this.words[position]?.lower
  }
  after(position: number): number {
    return position + 1
  }
}

function lexiconFor(options: StatisticOptions): Lexicon {
  const cached = lexicons.get(options)
  if (cached) return cached
  const lower = (list: string[] | null | undefined) => (list ?? []).map((word) => word.toLowerCase())
  const durations = new Set([...data.durationUnits, ...lower(options.durationUnits)])
  const lexicon: Lexicon = {
    units: new Set([...data.doseUnits, ...lower(options.doseUnits), ...durations]),
    durations,
    countNouns: new Set([...data.countNouns, ...lower(options.countNouns)]),
    approximators: phraseTable(data.approximators, {fromEnd: true}),
    approximatorWords: new Set(data.approximators.filter((phrase) => !phrase.includes(' '))),
    inferentialNames: phraseTable(data.inferentialNames),
    cues: phraseTable(data.illustrativeCues)
  }
  lexicons.set(options, lexicon)
  return lexicon
}

/** A numeral read from one or more glued tokens. */
interface Atom {
  /** First solid index. */
  p: number
  /** Solid index after the numeral (after a glued `%`, `+` or `×`). */
  q: number
  num: Numeral
  plus: boolean
  times: boolean
}

/** A found expression, in solid indices `[p, q)`. */
interface Found {
  p: number
  q: number
  form: StatisticForm
}

const markup = /^[*_]+$/
const threeDigits = /^\d{3}(?:\D|$)/
const ordinal = /^(?:st|nd|rd|th)(?:$|[^a-z])/
const glued = /^p(?:[<>=≤≥⩽⩾]|&lt;|&gt;)/
const gluedN = /^n=\d/

/** Find the statistics in a sentence's tokens (white space included). */
export function findStatistics(tokens: Token[], options?: StatisticOptions | null): StatisticMatch[] {
  // Most sentences hold no word that can open a statistic: nothing to scan.
  if (!mayState(tokens)) return []
  const scan = new Scan(tokens, lexiconFor(options ?? noOptions))
  return scan.run()
}

/** A comparative after a multiplier: one of the listed (`more`, `higher`), or the `-er` form of an adjective WordNet
 * knows (`four times safer`, `twice cheaper`, `three times riskier`). */
function comparativeWord(word: string): boolean {
  if (data.comparatives.has(word)) return true
  if (!/^[a-z]{2,}er$/.test(word)) return false
  const stem = word.slice(0, -2)
  const candidates = [word.slice(0, -1), stem, stem.endsWith('i') ? stem.slice(0, -1) + 'y' : stem]
  if (/([bdgmnpt])\1$/.test(stem)) candidates.push(stem.slice(0, -1))
  return candidates.some((candidate) => adjectives.has(candidate))
}

/** The approximators of one word (`about`, `nearly`), from the list of approximators. */
const approximatorWords: ReadonlySet<string> = new Set(data.approximators.filter((phrase) => !phrase.includes(' ')))

/** How many adverbs may stand between *is it* and its word of truth (`Is it really true that`). */
const TRUTH_ADVERBS = 2

/** `Is it really true that half of all runners get hurt?`: does the sentence ask whether what follows holds (a form
 * of *be*, *it*, at most two adverbs, a word of truth, *that*)? The writer states no figure in it. */
export function asksWhetherTrue(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word').slice(0, 4 + TRUTH_ADVERBS)
  if (!data.truthQuestionOpeners.has(words[0]?.lower ?? '') || words[1]?.lower !== 'it') return false
  let k = 2
  while (k < 2 + TRUTH_ADVERBS && /^[a-z]{3,}ly$/.test(words[k]?.lower ?? '')) k++
  return data.truthWords.has(words[k]?.lower ?? '') && words[k + 1]?.lower === 'that'
}

/** How many words may stand between an imperative verb and the `by` of the change it prescribes. */
const PRESCRIBED_WORDS = 8

/**
 * `Cut your mileage by 30 to 50 percent`, `...: never raise your weekly distance by more than 10%`: a percentage
 * after `by` in a clause that opens with an instruction (after `never`, `don't`...: a base verb WordNet knows, then
 * its object's first word) is the change the writer prescribes, as a dose is, not a statistic. (Not `Statins cut your
 * risk by 30%`, `Exercise cuts your risk by 30%`: a subject before the verb.)
 */
export function prescribedChange(tokens: Token[], match: StatisticMatch): boolean {
  if (match.form !== 'percentage') return false
  let k = match.from - 1
  while (k >= 0 && tokens[k].kind !== 'word') k--
  if (tokens[k]?.lower !== 'by') return false
  const words: Token[] = []
  for (let i = k - 1; i >= 0 && words.length <= PRESCRIBED_WORDS; i--) {
    const token = tokens[i]
    if (token.kind === 'word') words.unshift(token)
    else if (token.value === ':' || token.value === ';') break
  }
  if (words.length > PRESCRIBED_WORDS) return false
  let v = 0
  while (v < words.length && instructionOpeners.has(words[v].lower)) v++
  const verb = words[v]?.lower ?? ''
  const isVerb = wordClasses.get(verb)?.some((c) => c.startsWith('verb.')) ?? false
  if (!isVerb || /(?:s|ed|ing)$/.test(verb) || !data.objectOpeners.has(words[v + 1]?.lower ?? '')) return false
  // (`Cut your risk by 30%`, `Lower your blood pressure by 10%`: an outcome promised, a statistic.)
  return !words.slice(v + 1).some((w) => data.probabilityNouns.has(w.lower) || isBodilyNoun(w.lower))
}

/** `findStatistics` without its quick test of the words (tests compare the two). */
export function findStatisticsUnskipped(tokens: Token[], options?: StatisticOptions | null): StatisticMatch[] {
  return new Scan(tokens, lexiconFor(options ?? noOptions)).run()
}

/** The words of a table with a value: its own keys (the readers read own entries only,
 * numerals.ts `ownValue`). */
function answeredKeys(record: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(record).filter((key) => record[key] !== undefined)
}

/** Lower-case words that open a statistic by themselves or as the first word of a phrase: `p`,
 * `r` and `n` before a figure, `half`, `tens` and `millions` of, `doubled`, `double the`, an
 * inferential name (`odds ratio`), a multiplier word (`twice`), a fraction word (`a third`), a
 * spelled number (`twelve`; hyphenated ones are tested apart). The options' words only ever
 * follow a number. */
const openingWords: ReadonlySet<string> = new Set([
  'p',
  'r',
  'n',
  'half',
  'tens',
  ...data.pluralScaleWords,
  ...data.multiplierVerbs,
  ...data.multiplierBaseVerbs,
  ...data.multiplierNouns,
  ...phraseTable(data.inferentialNames).firstWords(),
  ...answeredKeys(data.multiplierWords),
  ...answeredKeys(data.fractionWords),
  ...answeredKeys(numberWords)
])

/** Words as written that open an inferential figure (`OR 1.4`, `95% CI`). */
const openingValues: ReadonlySet<string> = new Set([...data.inferentialAbbreviations, 'CI', 'CrI'])

/**
 * Whether the scan can find a statistic in `tokens`: a word starting with a numeral, or a word
 * that one of its readers opens on (`figureAt`, `multiplierAt`, `proportionAt` in `fromWord`):
 * a hyphenated word, an opening word or value (above), `p<0.05` or `n=40` glued. The scan
 * finds a statistic only where one of them opens, so the test never skips one. (A word without
 * a hyphen is a spelled number exactly when `numberWords` answers for it.)
 */
export function mayState(tokens: readonly Token[]): boolean {
  for (const token of tokens) {
    const kind = token.kind
    if (kind === 'whitespace') continue
    const word = token.lower
    // An inferential name is looked up from any solid token's lower case.
    if (openingWords.has(word)) return true
    if (kind !== 'word') continue
    const value = token.value
    if (startsNumeral(value) || word.includes('-') || openingValues.has(value)) return true
    const first = word.charCodeAt(0)
    // `p<0.05`, `n=40`
    if ((first === 112 || first === 110) && word.length > 1 && (glued.test(word) || gluedN.test(word))) return true
  }
  return false
}

/** Words after an illustrative verb within which its sample comes: `consider a 5-year trial`,
 * `imagine 100 people` (a determiner and an adjective or two between them, no clause). */
const illustrativeWindow = 4

/** Whether the tokens hold a cue that frames numbers as an illustration (`hypothetical`,
 * `in this example`, `consider a 5-year trial`, `imagine 100 people`). */
export function hasIllustrativeCue(tokens: Token[]): boolean {
  const cues = lexiconFor(noOptions).cues
  const words = tokens.filter((token) => token.kind === 'word')
  const sequence = new WordRun(words)
  for (let i = 0; i < words.length; i++) {
    const word = words[i].lower
    const opens = i === 0 || (i === 1 && data.illustrativeLeads.has(words[0].lower))
    if (opens && data.illustrativeVerbs.has(word)) {
      for (let k = i + 1; k <= i + illustrativeWindow && k < words.length; k++) {
        if (data.illustrativeNouns.has(words[k].lower) || startsNumeral(words[k].value)) return true
      }
    }
    if (cues.longestAt(sequence, i)) return true
  }
  return false
}

/** Scale words in a row at most, after a number (`1.2 million`, `two hundred thousand`) or
 * joined by `of` in a vague count (`tens of thousands of millions`). */
const scaleWordsMax = 3
const peopleNouns: ReadonlySet<string> = new Set([...peopleNounList, ...peopleModifierNouns])
const irregularSingulars: Readonly<Record<string, string>> = {man: 'men', woman: 'women', child: 'children'}

/** Is the word a noun of people, singular or plural (`adult`, `patient`, `woman`)? */
function personNoun(word: string): boolean {
  return peopleNouns.has(word) || peopleNouns.has(`${word}s`) || peopleNouns.has(irregularSingulars[word] ?? '')
}

/** Is the word a plural whose singular's first sense in WordNet is a person (`donors`, `beekeepers`,
 * not `watts`): a count of them counts people? */
function personPlural(word: string): boolean {
  // (The singular's class: a plural may be a person's name of its own, `Watts`.)
  const one = singular(word)
  return one !== word && firstNounClass(one) === 'noun.person'
}

/** Is the word a noun of people or of a group of them in its first sense (`adult`, `couple`,
 * `household`)? */
function peopleOrGroup(word: string): boolean {
  if (personNoun(word)) return true
  const wordClass = firstNounClass(word)
  return wordClass === 'noun.person' || wordClass === 'noun.group'
}

/** How many words before a number a word of averaging may stand (`an average of`, `The median
 * wait for a first appointment at a memory clinic has now reached`: the head of the subject). */
const averageWindow = 14
const doseUnitSet: ReadonlySet<string> = new Set(data.doseUnits)

/** How many tokens after a measure `on average` may stand (`years longer on average`). */
const averageAfterWindow = 6

/** How many tokens from a count its clause's frequency may stand (`Every day, nine babies in the UK
 * are born`). */
const frequencyWindow = 10

/** Solid tokens after a number within which its count noun comes (four modifiers and the
 * commas or dashes between them: `40 healthy, active older adults`). */
const countNounWindow = 8

/** Modifier words between a number and its count noun at most (`2,000 healthy older
 * Japanese adults`): a longer run is a clause, and its noun is not what was counted. */
const countNounModifiersMax = 4

/** Words after a percentage within which `by weight` or `by volume` makes it a share of a
 * product (`88% creatine by weight`, `70% cocoa solids by mass`). */
const compositionWindow = 4

/** Words after a proportion within which a verb of allocation makes it a study's design
 * (`half of the group were asked to`, `a third of participants are given`). */
const allocationWindow = 6

class Scan {
  private readonly solid: Token[]
  private readonly index: number[]
  /** Width of the white space before each solid token (0: glued to the previous one).
   * Read from the token stream, not from offsets: markup between two tokens (`<b>30</b>%`,
   * `**17**%`) does not part them. */
  private readonly gap: number[]

  constructor(
    private readonly tokens: Token[],
    private readonly lex: Lexicon
  ) {
    this.solid = []
    this.index = []
    this.gap = []
    let width = 0
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]
      if (token.kind === 'whitespace') {
        width += token.value.length
        continue
      }
      // Emphasis markers of Markdown read as plain text (`**300 patients**`) are transparent.
      if (token.kind === 'symbol' && markup.test(token.value)) continue
      this.solid.push(token)
      this.index.push(i)
      this.gap.push(width)
      width = 0
    }
  }

  run(): StatisticMatch[] {
    const out: StatisticMatch[] = []
    const n = this.solid.length
    let p = 0
    let floor = 0
    while (p < n) {
      const token = this.solid[p]
      let found: Found | undefined
      let next = p + 1
      if (token.kind === 'word' && startsNumeral(token.value)) {
        const atom = this.atom(p)
        if (atom) {
          found = this.fromAtom(atom)
          next = Math.max(next, atom.q)
        }
      } else if (token.kind === 'word') {
        found = this.fromWord(p)
      } else if (
        token.kind === 'symbol' &&
        token.value === '×' &&
        this.glued(p + 1) &&
        startsNumeral(this.value(p + 1))
      ) {
        const atom = this.atom(p + 1)
        if (atom && !atom.num.suffix) found = {p, q: atom.q, form: 'multiplier'}
      }
      if (found) {
        found.p = this.extendLeft(found.p, floor)
        out.push(this.match(found))
        floor = found.q
        next = Math.max(next, found.q)
      }
      p = next
    }
    return out
  }

  // Token access by solid index.
  private lower(p: number): string {
    return p >= 0 && p < this.solid.length ? this.solid[p].lower : ''
  }
  private value(p: number): string {
    return p >= 0 && p < this.solid.length ? this.solid[p].value : ''
  }
  private kind(p: number): Token['kind'] | undefined {
    return p >= 0 && p < this.solid.length ? this.solid[p].kind : undefined
  }
  private isWord(p: number): boolean {
    return this.kind(p) === 'word'
  }
  /** Whether solid `p` touches solid `p - 1` (no white space between). */
  private glued(p: number): boolean {
    return p > 0 && p < this.solid.length && this.gap[p] === 0
  }
  private isUnit(p: number): boolean {
    return this.isWord(p) || this.kind(p) === 'symbol' ? this.lex.units.has(this.lower(p)) : false
  }

  private match(found: Found): StatisticMatch {
    const from = this.index[found.p]
    const to = this.index[found.q - 1] + 1
    let text = ''
    let space = false
    for (let i = from; i < to; i++) {
      const token = this.tokens[i]
      if (token.kind === 'whitespace') space = true
      else if (token.kind === 'symbol' && markup.test(token.value)) continue
      else {
        if (space && text) text += ' '
        text += token.value
        space = false
      }
    }
    // (`1 in 27.`: a sentence's full stop glued to the last number stays out of the match.)
    const last = this.tokens[to - 1]
    const stop = /^[0-9][0-9,]*\.$/.test(last.value) ? 1 : 0
    return {
      from,
      to,
      start: this.tokens[from].start,
      end: last.end - stop,
      text: stop ? text.slice(0, -1) : text,
      form: found.form
    }
  }

  /** Read the numeral starting at solid `p`: digit groups (`1`,`,`,`200`), ranges
   * (`30`,`–`,`40`), a `%`, then a glued `+` or `×`. */
  private atom(p: number): Atom | undefined {
    const parts = [this.value(p)]
    let q = p + 1
    let plus = false
    let times = false
    let percent = false
    let range = false
    const n = this.solid.length
    while (q < n) {
      const token = this.solid[q]
      if (!this.glued(q)) {
        // `8.5 %`: a per cent sign after one space.
        if (!percent && token.kind === 'symbol' && token.value === '%' && this.gap[q] <= 1) {
          parts.push('%')
          percent = true
          q++
          continue
        }
        break
      }
      const last = parts[parts.length - 1]
      const lastCode = last.charCodeAt(last.length - 1)
      const endsInDigit = lastCode >= 48 && lastCode <= 57
      if (
        token.value === ',' &&
        endsInDigit &&
        this.isWord(q + 1) &&
        this.glued(q + 1) &&
        threeDigits.test(this.value(q + 1))
      ) {
        parts.push(',', this.value(q + 1))
        q += 2
        continue
      }
      if (token.kind === 'symbol' && token.value === '%' && !percent) {
        parts.push('%')
        percent = true
        q++
        continue
      }
      if (
        rangeDashes.has(token.value) &&
        !range &&
        this.isWord(q + 1) &&
        this.glued(q + 1) &&
        startsNumeral(this.value(q + 1))
      ) {
        parts.push('-', this.value(q + 1))
        range = true
        percent = false
        q += 2
        continue
      }
      if (token.kind === 'symbol' && token.value === '+') {
        plus = true
        q++
      } else if (token.kind === 'symbol' && token.value === '×') {
        times = true
        q++
      }
      break
    }
    const num = parseNumeral(parts.join(''))
    return num ? {p, q, num, plus, times} : undefined
  }

  /** The position after a per cent word at `q` (`percent`, `per cent`, `percentage
   * points`), or -1. */
  private percentWord(q: number): number {
    const word = this.lower(q)
    if (word === 'per' && this.lower(q + 1) === 'cent') return q + 2
    if (word === 'percentage') {
      const next = this.lower(q + 1)
      return next === 'point' || next === 'points' ? q + 2 : -1
    }
    return data.percentWords.has(word) ? q + 1 : -1
  }

  /** Approximations before `p` (`nearly`, `more than`, `~`), not before `floor`. */
  private extendLeft(p: number, floor: number): number {
    const before = p - 1
    if (before < floor) return p
    if (this.kind(before) === 'symbol' && data.approximatorSymbols.has(this.value(before))) return before
    // Read backwards from the word before `p`, words only, not before `floor`.
    const match = this.lex.approximators.longestAt(
      {
        wordAt: (k) => (k >= floor && this.isWord(k) ? this.lower(k) : undefined),
        after: (k) => k - 1
      },
      before
    )
    return match ? match.last : p
  }

  /** Whether an approximator word stands right before `p` (`nearly half`). */
  private approximated(p: number): boolean {
    return this.extendLeft(p, 0) < p
  }

  private fromAtom(atom: Atom): Found | undefined {
    const {p, num} = atom
    const before = this.lower(p - 1)
    const beforeToken = p > 0 ? this.solid[p - 1] : undefined
    // Prices, labels (section, type, version, week), ages, dates, ordinals, citations.
    if (beforeToken && beforeToken.kind === 'symbol' && data.currencySymbols.has(beforeToken.value)) return undefined
    if (data.labelWords.has(before) || data.ageWords.has(before) || monthNames.has(before)) return undefined
    if (monthNames.has(this.lower(atom.q)) || data.currencyWords.has(this.lower(atom.q))) return undefined
    if (ordinal.test(num.suffix)) return undefined
    if (before === '[' || before === '^') return undefined
    if (before === '(' && !num.percent && !num.suffix && (this.lower(atom.q) === ')' || this.lower(atom.q) === ','))
      return undefined
    const yearLike = num.digits === 4 && !num.grouped && !num.decimal && num.low >= 1000 && num.low <= 2100
    if (yearLike && !num.percent && data.yearPrepositions.has(before)) return undefined

    // `95% CI 1.2–3.4`, `95 percent confidence interval`.
    const afterPercent = num.percent ? atom.q : this.percentWord(atom.q)
    if (afterPercent >= 0 && data.confidenceWords.has(this.lower(afterPercent))) {
      return {p, q: this.interval(afterPercent), form: 'inferential'}
    }

    // Glued suffixes: `3x`, `1.5-fold`, `200mg`, `5-year`, `1,200-patient`.
    const suffix = num.suffix
    if (suffix) {
      if (suffix === 'x' || suffix === '-x') return this.multiplier(p, atom.q, true)
      if (suffix === '-fold' || suffix === 'fold') return {p, q: atom.q, form: 'multiplier'}
      if (suffix === 'k' || suffix === 'bn')
        return this.count(p, atom.q, {plus: atom.plus, spelled: false, value: num.low * (suffix === 'k' ? 1e3 : 1e9)})
      if (suffix.startsWith('-')) {
        const head = suffix.slice(1).split('-', 1)[0]
        if (this.lex.countNouns.has(head) || this.lex.countNouns.has(head + 's')) return {p, q: atom.q, form: 'count'}
      }
      return undefined
    }
    if (atom.times) return this.multiplier(p, atom.q, true)

    if (num.join === 'ratio') {
      if (this.isUnit(atom.q)) return undefined
      return {p, q: atom.q, form: 'multiplier'}
    }
    if (num.join === 'colon') {
      const named =
        data.ratioNouns.has(this.lower(atom.q)) || (before === 'of' && data.ratioNouns.has(this.lower(p - 2)))
      // `outnumber boys by roughly 3:1`: after `by`, a second term of one digit is no time of day
      // (`by 9:05`).
      const by = this.lex.approximatorWords.has(before) ? this.lower(p - 2) : before
      const last = this.value(atom.q - 1)
      const single = /(?:^|:)\d$/.test(last) && (last.includes(':') || this.value(atom.q - 2) === ':')
      return named || (by === 'by' && single) ? {p, q: atom.q, form: 'multiplier'} : undefined
    }
    if (num.join === 'slash') {
      const fraction = num.high !== undefined && num.high > num.low && this.lower(atom.q) === 'of'
      return fraction ? {p, q: atom.q, form: 'proportion'} : undefined
    }
    // `1-in-5` is a proportion; `4-in-1` (a product that does four things) is not.
    if (num.join === 'in')
      return num.high !== undefined && num.high > num.low ? {p, q: atom.q, form: 'proportion'} : undefined

    if (afterPercent >= 0) return this.percentage(p, afterPercent)
    return this.afterNumber(p, atom.q, {
      plus: atom.plus,
      spelled: false,
      value: num.low,
      yearLike,
      range: num.join === 'range'
    })
  }

  /** What follows a plain number (digits or spelled): a range, a proportion, a multiplier,
   * a per cent word, a scale word, a count noun. */
  private afterNumber(
    p: number,
    q: number,
    info: {plus: boolean; spelled: boolean; value: number; yearLike?: boolean; range?: boolean}
  ): Found | undefined {
    const next = this.lower(q)
    // `rose from 900 to 2,100 a year`: a quantity's change between two figures.
    const change = this.changeTo(p, q, info)
    if (change) return change
    // Ranges written with words: `30 to 50%`, `between 30 and 50 percent`, `200 to 300 patients`.
    if (
      !info.range &&
      (next === 'to' || next === 'or' || (next === 'and' && this.lower(p - 1) === 'between') || rangeDashes.has(next))
    ) {
      const second = this.numberAt(q + 1)
      if (second && second.value >= info.value) {
        if (second.atom) {
          if (second.atom.num.suffix || second.atom.times) return undefined
          const percentAt = second.atom.num.percent ? second.atom.q : this.percentWord(second.atom.q)
          if (percentAt >= 0) return this.percentage(p, percentAt)
        } else {
          const percentAt = this.percentWord(second.q)
          if (percentAt >= 0) return this.percentage(p, percentAt)
        }
        return this.afterNumber(p, second.q, {...info, value: second.value, range: true, yearLike: false})
      }
    }
    // `one couple in seven`, `one adult in ten`: a proportion whose noun stands inside it.
    const inside = this.nounInProportion(q, info.value)
    if (inside) return {p, q: inside, form: 'proportion'}
    // Proportions: `1 in 3`, `one in every five`, `9 out of 10`, `7 of 10 studies`.
    if (next === 'in' || (next === 'out' && this.lower(q + 1) === 'of') || (next === 'of' && !info.spelled)) {
      let r = next === 'out' ? q + 2 : q + 1
      if (this.lower(r) === 'every') r++
      else if (next === 'of' && data.denominatorDeterminers.has(this.lower(r))) r++
      const denominator = this.numberAt(r)
      if (
        denominator &&
        denominator.value > info.value &&
        !(denominator.atom && (unitSuffix(denominator.atom) || denominator.atom.num.percent))
      ) {
        const yearDenominator = denominator.atom && denominator.atom.num.digits === 4 && !denominator.atom.num.grouped
        if (
          !this.isUnit(denominator.q) &&
          !(yearDenominator && next === 'in') &&
          !(next === 'of' && denominator.spelled)
        ) {
          return {p, q: denominator.q, form: 'proportion'}
        }
      }
    }
    const times = this.timesAfter(p, q)
    if (times !== false) return times
    if (next === 'fold') return {p, q: q + 1, form: 'multiplier'}
    if (next === 'x' && this.glued(q) === false && data.comparatives.has(this.lower(q + 1)))
      return this.multiplier(p, q + 1, false)
    // Scale words: `1.2 million Americans`, `two hundred patients`.
    let r = q
    let value = info.value
    for (let k = 0; k < scaleWordsMax && data.scaleWords[this.lower(r)] !== undefined && this.lower(r) !== 'k'; k++) {
      value *= data.scaleWords[this.lower(r)]
      r++
    }
    if (info.yearLike && r === q) {
      // A bare year-like number is a count only with a count noun (`of 2000 students`).
      return this.count(p, r, {plus: info.plus, spelled: false, value})
    }
    const counted = this.count(p, r, {plus: info.plus, spelled: info.spelled && r === q, value})
    if (counted) return counted
    // `20 billion live cultures`, `£2.25 billion a year`: a magnitude of millions or more counts
    // whatever it counts.
    if (r > q && value >= data.magnitudeCount) return {p, q: this.rate(r), form: 'count'}
    return info.yearLike ? undefined : this.averaged(p, r)
  }

  /** A measured average from the number at `p` to its measure at `r`: `an average of 7 hours a day`,
   * `The average adult sits for 9.5 hours`, `sleep 6.8 hours a night on average`. (An average dose,
   * `an average of 200 mg`, is an amount; `The average adult eats 3.4 kg of sugar a month`: an average
   * person's amount is a statistic.) */
  private averaged(p: number, r: number): Found | undefined {
    // (`the average of the previous four weeks`: a span of time, where the average is taken.)
    if (data.spanOpeners.has(this.lower(p - 1))) return undefined
    const amount = doseUnitSet.has(this.lower(r)) && !this.averagePersonBefore(p)
    if (!amount && (this.averagedBefore(p) || this.averagedAfter(r)))
      return {p, q: doseUnitSet.has(this.lower(r)) ? r + 1 : this.measureEnd(r), form: 'count'}
    return undefined
  }

  /** Does a word of averaging (`average`, `median`) stand within averageWindow words before `p`? */
  private averagedBefore(p: number): boolean {
    for (let k = p - 1; k >= 0 && k >= p - averageWindow; k--) {
      if (this.kind(k) === 'punctuation' && /^[.;:!?]$/.test(this.value(k))) return false
      if (data.averageWords.has(this.lower(k))) return true
    }
    return false
  }

  /** Does `on average` follow the measure at `q` in its clause (`live three to five years longer on
   * average`, `sleep 6.8 hours a night on average`)? */
  private averagedAfter(q: number): boolean {
    for (let k = q; k < this.solid.length && k < q + averageAfterWindow; k++) {
      if (this.kind(k) === 'punctuation' && /^[.;:!?]$/.test(this.value(k))) return false
      if (this.lower(k) === 'on' && this.lower(k + 1) === 'average') return true
    }
    return false
  }

  /** Does a word of averaging before `p` (averagedBefore's window) stand before a noun of people
   * (`the average adult`, `the median patient`)? */
  private averagePersonBefore(p: number): boolean {
    for (let k = p - 1; k >= 0 && k >= p - averageWindow; k--) {
      if (!data.averageWords.has(this.lower(k))) continue
      if (personNoun(this.lower(k + 1))) return true
      // (`On average our guests leave behind 1.2 kg`: people as the subject after a fronted `on average`.)
      if (this.lower(k - 1) !== 'on') return false
      for (let j = k + 1; j < p; j++) if (personNoun(this.lower(j)) || personPlural(this.lower(j))) return true
      return false
    }
    return false
  }

  /** The end of an averaged measure at `q`: its duration and a rate (`hours a day`). */
  private measureEnd(q: number): number {
    if (!this.lex.durations.has(this.lower(q))) return q
    const r = q + 1
    if ((this.lower(r) === 'a' || this.lower(r) === 'per') && this.lex.durations.has(this.lower(r + 1))) return r + 2
    return r
  }

  /** A number followed (within a few modifiers) by a count noun: `1,200 patients`, `over
   * 300 enzymatic processes`, `2000 healthy, middle-aged men`; with a rate (`5 cases per
   * million`). */
  private count(p: number, q: number, info: {plus: boolean; spelled: boolean; value: number}): Found | undefined {
    const noun = this.countNoun(q)
    if (noun < 0) return undefined
    // (A small spelled count is narrative, `two nurses told me`, unless it is a rate: `nine babies a day`.)
    if (info.spelled && info.value < data.minimumSpelledCount && !this.frequencyNear(p, noun + 1)) return undefined
    // (A small count of people a list does not name, `Three friends of mine`, `our 3 stylists`, is the
    // writer's own company, not a count of a population.)
    if (info.value < data.minimumSpelledCount && !this.lex.countNouns.has(this.lower(noun))) return undefined
    // `65+ adults` is an age group; `300+ functions` a count.
    if (info.plus && info.value <= 120 && data.ageGroupNouns.has(this.lower(noun))) return undefined
    if (data.ageAfterWords.has(this.lower(noun + 1))) return undefined
    // Stock for sale: `only 6 trials still available`, `3 bottles left`.
    const after = this.lower(noun + 1) === 'still' ? this.lower(noun + 2) : this.lower(noun + 1)
    if (data.stockWords.has(after)) return undefined
    return {p, q: this.rate(noun + 1), form: 'count'}
  }

  /** Multipliers after the number that ends at `q`: `3 times more likely`, `three times as many`, `two and a half
   * times as high` (the half belongs to the multiplier); undefined for `3 times a day`; false when no `times`
   * follows. */
  private timesAfter(p: number, q: number): Found | undefined | false {
    const half = this.lower(q) === 'and' && this.lower(q + 1) === 'a' && this.lower(q + 2) === 'half'
    const r = half ? q + 3 : q
    if (this.lower(r) !== 'times') return false
    const after = this.lower(r + 1)
    if (comparativeWord(after) || data.multiplierDeterminers.has(after)) return this.multiplier(p, r + 1, false)
    return undefined
  }

  /** After a number of `value` at `q`, a noun of people or of a group and `in` with a larger number (`one
   * couple in seven`, `one household in five`): the end of that proportion, or 0. */
  private nounInProportion(q: number, value: number): number {
    if (!this.isWord(q) || this.lower(q + 1) !== 'in' || !peopleOrGroup(this.lower(q))) return 0
    const denominator = this.numberAt(q + 2)
    if (!denominator || denominator.value <= value || (denominator.atom && unitSuffix(denominator.atom))) return 0
    return denominator.atom?.num.percent || this.isUnit(denominator.q) ? 0 : denominator.q
  }

  /** The solid index of a count noun at `q` or after up to four modifiers, or -1. */
  private countNoun(q: number): number {
    // `410,000 of you`: a pronoun that always names people (the first and second person plural).
    if (this.lower(q) === 'of' && data.peoplePronouns.has(this.lower(q + 1))) return q + 1
    let r = q
    let words = 0
    for (let steps = 0; steps < countNounWindow && r < this.solid.length; steps++) {
      const token = this.solid[r]
      if (token.kind === 'word') {
        if (this.lex.countNouns.has(token.lower) || personPlural(token.lower)) return r
        if (
          words >= countNounModifiersMax ||
          data.notModifiers.has(token.lower) ||
          this.lex.units.has(token.lower) ||
          startsNumeral(token.value)
        )
          return -1
        if (spelledNumber(token.lower) !== undefined || data.pluralScaleWords.has(token.lower)) return -1
        words++
        r++
        continue
      }
      if (token.kind === 'punctuation' && (token.value === ',' || rangeDashes.has(token.value)) && words > 0) {
        r++
        continue
      }
      return -1
    }
    return -1
  }

  /** Extend a count with a rate: `per million`, `per 100,000 people`, `per year`. */
  private rate(q: number): number {
    if (this.lower(q) !== 'per') return q
    const word = this.lower(q + 1)
    if (data.scaleWords[word] !== undefined || this.lex.durations.has(word)) return q + 2
    const number = this.numberAt(q + 1)
    if (!number) return q
    return this.lex.countNouns.has(this.lower(number.q)) ? number.q + 1 : number.q
  }

  /** A number (digits or spelled) at `q`, with the position after it. */
  private numberAt(q: number): {value: number; q: number; atom?: Atom; spelled: boolean} | undefined {
    if (!this.isWord(q)) return undefined
    const value = this.value(q)
    if (startsNumeral(value)) {
      const atom = this.atom(q)
      if (!atom || atom.num.join) return undefined
      return {value: atom.num.low, q: atom.q, atom, spelled: false}
    }
    const spelled = spelledNumber(this.lower(q))
    return spelled === undefined ? undefined : {value: spelled, q: q + 1, spelled: true}
  }

  /** A percentage ending at `q` (after the `%` or per cent word): checks the words around
   * it, and reads `40% greater` as a multiplier. */
  private percentage(p: number, q: number): Found | undefined {
    const before = this.lower(p - 1)
    const after = this.lower(q)
    if (data.notStatisticBeforePercent.has(before)) return undefined
    if (data.notStatisticAfterPercent.has(after) || data.concentrationNouns.has(after)) return undefined
    // (`a 10% carbamide peroxide gel`: a product's strength with the substance named between.)
    if (this.strengthOfNamed(q)) return undefined
    // (`The 10% rule`: the name of a rule of thumb, after a determiner; not `About 10% rule out surgery`.)
    if (data.ruleNouns.has(after) && data.ruleDeterminers.has(this.lower(p - 1))) return undefined
    if (this.drinkStrength(p, q)) return undefined
    // `100%` alone is an intensifier (`100% natural`, `100% right`, `at 100%`); it states a
    // figure only as a share (`100% of patients`) or a change (`a 100% increase`).
    if (this.value(p) === '100' && after !== 'of' && !data.comparatives.has(after)) return undefined
    // Intensities to aim for (`80-95% max HR`, `70% of your maximum`) and compositions
    // (`88% creatine by weight`) are amounts.
    let r = q
    if (after === 'of') r++
    if (data.intensityDeterminers.has(this.lower(r))) r++
    if (data.intensityWords.has(this.lower(r))) return undefined
    for (let k = q; k < q + compositionWindow; k++) {
      if (this.lower(k) === 'by' && data.compositionWords.has(this.lower(k + 1))) return undefined
    }
    if (data.confidenceWords.has(after)) return {p, q: this.interval(q), form: 'inferential'}
    if (after !== 'as' && data.comparatives.has(after) && this.isWord(q)) {
      return {p, q: this.lower(q + 1) === 'likely' ? q + 2 : q + 1, form: 'multiplier'}
    }
    return {p, q, form: 'percentage'}
  }

  /** Is the percentage at `[p, q)` an alcoholic drink's strength: before the drink (`a 3.5% beer`, `a 5% lager`) or
   * after it and `at` (`a glass of wine at 12.5%`; WordNet's alcoholic beverages)? */
  private drinkStrength(p: number, q: number): boolean {
    const drink = (k: number) => alcoholicDrinks.has(singular(this.lower(k)))
    if (drink(q)) return true
    return this.lower(p - 1) === 'at' && drink(p - 2) && this.lower(q) !== 'of' && !data.comparatives.has(this.lower(q))
  }

  /** A multiplier at `[p, q)` (`3x`, `3 times`), extended with its comparison (`more
   * likely`, `as likely`); `undefined` for a schedule (`3x daily`, `3 times a day`) or a
   * comparison of units (`1,000 times smaller than a milligram`). */
  private multiplier(p: number, q: number, glued: boolean): Found | undefined {
    const after = this.lower(q)
    if (glued && (data.scheduleWords.has(after) || this.lex.durations.has(after) || this.isUnit(q))) return undefined
    // `3x/week`, `2-3x/day`.
    if (glued && (after === '/' || after === 'per') && this.lex.durations.has(this.lower(q + 1))) return undefined
    if (after === 'as') {
      return {p, q: this.isWord(q + 1) ? q + 2 : q + 1, form: 'multiplier'}
    }
    if (data.multiplierDeterminers.has(after)) {
      // `twice the risk`, `1,000 times its weight`.
      return {p, q: this.isWord(q + 1) ? q + 2 : q + 1, form: 'multiplier'}
    }
    if (comparativeWord(after)) {
      let r = q + 1
      if (this.lower(r) === 'likely') r++
      // `1,000 times smaller than a milligram`: a conversion between units.
      if (this.lower(r) === 'than') {
        let u = r + 1
        if (data.unitDeterminers.has(this.lower(u))) u++
        if (this.isUnit(u)) return undefined
      }
      return {p, q: r, form: 'multiplier'}
    }
    return glued ? {p, q, form: 'multiplier'} : undefined
  }

  /** The end of a confidence interval starting with the word at `q` (`CI`, `confidence
   * interval`), its bounds included when written (`CI: 1.1–2.0`, `CI 1.2 to 3.4`). */
  private interval(q: number): number {
    let r = q + 1
    const first = this.lower(q)
    if (
      (first === 'confidence' || first === 'credible') &&
      (this.lower(r) === 'interval' || this.lower(r) === 'intervals')
    )
      r++
    let s = r
    if (this.lower(s) === ':' || this.lower(s) === ',' || this.lower(s) === '=' || this.lower(s) === 'of') s++
    if (this.lower(s) === '[' || this.lower(s) === '(') s++
    if (!this.isWord(s) || !startsNumeral(this.value(s))) return r
    const bound = this.atom(s)
    if (!bound || bound.num.suffix || bound.num.percent) return r
    let end = bound.q
    if (!bound.num.join) {
      const joiner = this.lower(end)
      if (joiner === 'to' || joiner === ',' || joiner === '–' || joiner === '-') {
        const upper = this.numberAt(end + 1)
        if (upper && !upper.spelled) end = upper.q
      }
    }
    if (
      this.lower(end) === ']' ||
      (this.lower(end) === ')' && (this.lower(s - 1) === '(' || this.lower(s - 1) === '['))
    )
      end++
    return end
  }

  /** A statistic that starts with the word at `p`: an inferential figure or a sample size,
   * a multiplier in words, or a proportion or count in words. */
  private fromWord(p: number): Found | undefined {
    const word = this.lower(p)
    const figure = this.figureAt(p, word, this.value(p))
    if (figure !== false) return figure
    const multiplier = this.multiplierAt(p, word)
    if (multiplier !== false) return multiplier
    return this.proportionAt(p, word)
  }

  /** Inferential figures (`p < 0.05`, `OR 1.4`, `95% CI`, `r = 0.45`) and sample sizes (`n = 40`)
   * at `p`; `false` when the word opens none of them (the next reader tries), `undefined`
   * when it does but no figure follows. */
  private figureAt(p: number, word: string, value: string): Found | undefined | false {
    // Inferential figures: `p < 0.05`, `p=0.03`, `P-value of 0.04`, `OR 1.4`, `odds ratio of 2.1`.
    if (word === 'p' || word === 'p-value') {
      let r = p + 1
      const named = word === 'p-value' || this.lower(r) === 'value'
      if (this.lower(r) === 'value') r++
      if (this.kind(r) === 'symbol' && data.comparisonSymbols.has(this.value(r))) r++
      else if (named && data.pValueLinks.has(this.lower(r))) r++
      else return undefined
      const bound = this.numberAt(r)
      return bound && !bound.spelled ? {p, q: bound.q, form: 'inferential'} : undefined
    }
    if (glued.test(word) && startsNumeral(word.slice(word.search(/[0-9.]/)))) return {p, q: p + 1, form: 'inferential'}
    if (data.inferentialAbbreviations.has(value)) {
      let r = p + 1
      const link = this.lower(r)
      if (data.abbreviationLinks.has(link)) r++
      const bound = this.numberAt(r)
      if (bound && !bound.spelled && !bound.atom?.num.percent && !bound.atom?.num.suffix)
        return {p, q: bound.q, form: 'inferential'}
      return undefined
    }
    if (value === 'CI' || value === 'CrI') {
      const end = this.interval(p)
      return end > p + 1 ? {p, q: end, form: 'inferential'} : undefined
    }
    const name = this.lex.inferentialNames.longestAt(
      {wordAt: (k) => this.lower(k) || undefined, after: (k) => k + 1},
      p
    )
    if (name) {
      let r = name.last + 1
      // `(RR)`, `(OR)` after the name.
      if (this.lower(r) === '(' && data.inferentialAbbreviations.has(this.value(r + 1)) && this.lower(r + 2) === ')')
        r += 3
      const link = this.lower(r)
      if (data.nameLinks.has(link)) r++
      const bound = this.numberAt(r)
      if (bound && !bound.spelled && !bound.atom?.num.suffix) return {p, q: bound.q, form: 'inferential'}
      return undefined
    }
    // Correlations: `r = 0.45` (only with `=`: a lone `r` is too many other things).
    if (word === 'r' && this.value(p + 1) === '=') {
      const bound = this.numberAt(p + 2)
      return bound && !bound.spelled ? {p, q: bound.q, form: 'inferential'} : undefined
    }
    // Sample sizes: `n = 1,200`, `n=40`.
    if (word === 'n' && this.value(p + 1) === '=') {
      const bound = this.numberAt(p + 2)
      return bound && !bound.spelled ? {p, q: bound.q, form: 'count'} : undefined
    }
    if (gluedN.test(word)) return {p, q: p + 1, form: 'count'}

    return false
  }

  /** Multipliers in words at `p` (`twice as likely`, `threefold`, `doubled`, `double the
   * risk`); `false` when the word is none. */
  private multiplierAt(p: number, word: string): Found | undefined | false {
    // Multipliers in words: `twice as likely`, `threefold`, `doubled`, `double the risk`.
    const multiple = ownValue(data.multiplierWords, word)
    if (multiple !== undefined) {
      if (word === 'twice' || word === 'thrice') {
        const after = this.lower(p + 1)
        if (data.scheduleWords.has(after)) return undefined
        if (after === 'as' || data.multiplierDeterminers.has(after) || data.comparatives.has(after))
          return this.multiplier(p, p + 1, false)
        // `twice that of a non-drinker`: a demonstrative standing for the compared quantity.
        if ((after === 'that' || after === 'those') && this.lower(p + 2) === 'of')
          return {p, q: p + 3, form: 'multiplier'}
        return undefined
      }
      return this.isUnit(p + 1) ? undefined : {p, q: p + 1, form: 'multiplier'}
    }
    if (data.multiplierVerbs.has(word)) return {p, q: p + 1, form: 'multiplier'}
    // `by a factor of three`, `a factor of 10`: the noun of a multiplier, `of` and a number.
    if (data.multiplierNouns.has(word) && this.lower(p + 1) === 'of') {
      const number = this.lower(p + 2)
      if (/^\d+(?:\.\d+)?\.?$/.test(number) || spelledNumber(number) !== undefined)
        return {p, q: p + 3, form: 'multiplier'}
    }
    if (data.multiplierBaseVerbs.has(word) && data.multiplierDeterminers.has(this.lower(p + 1)) && this.isWord(p + 2)) {
      return {p, q: p + 3, form: 'multiplier'}
    }
    return false
  }

  /** Proportions and counts in words at `p` (`one-third`, `nearly half`, `millions of
   * Americans`, `a third of`, `two thirds`, `twelve percent`, `twelve patients`). */
  private proportionAt(p: number, word: string): Found | undefined {
    // Proportions in one word: `one-third`, `two-thirds`, `one-in-five`.
    if (word.includes('-')) {
      const fraction = spelledFraction(word)
      if (fraction) return this.partOf(p, p + 1)
      if (spelledProportion(word)) return {p, q: p + 1, form: 'proportion'}
    }
    // `half of`, `nearly half`, `half the patients`.
    if (word === 'half') return this.half(p)
    // Vague large counts: `millions of Americans`, `tens of thousands of people`.
    if (data.pluralScaleWords.has(word) || word === 'tens') {
      let r = p + 1
      for (let k = 0; k < scaleWordsMax && this.lower(r) === 'of' && data.pluralScaleWords.has(this.lower(r + 1)); k++)
        r += 2
      if (this.lower(r) !== 'of') return undefined
      const noun = this.countNoun(r + 1)
      return noun < 0 ? undefined : {p, q: this.rate(noun + 1), form: 'count'}
    }
    // `a third of`, `two thirds`, `one half`.
    const numerator = word === 'a' || word === 'an' ? 1 : spelledNumber(word)
    if (numerator === undefined) return undefined
    const fraction = ownValue(data.fractionWords, this.lower(p + 1))
    if (fraction !== undefined && this.isWord(p + 1)) {
      if ((word === 'a' || word === 'an') && this.changedBy(p)) return {p, q: p + 2, form: 'proportion'}
      // `a third smaller than`, `two thirds more likely`: a fraction of a comparison is a multiplier, as a
      // percentage's is (`40% greater`).
      if (data.comparatives.has(this.lower(p + 2)) && this.isWord(p + 2))
        return {p, q: this.lower(p + 3) === 'likely' ? p + 4 : p + 3, form: 'multiplier'}
      // (`a quarter have never flossed`: the proportion as a clause's subject.)
      if (this.subjectProportion(p, p + 2)) return {p, q: p + 2, form: 'proportion'}
      if ((word === 'a' || word === 'an') && this.lower(p + 2) !== 'of') return undefined
      if (this.lower(p + 1) === 'half' && (word === 'a' || word === 'an'))
        return this.half(p + 1) ? this.partOf(p, p + 2) : undefined
      return this.partOf(p, p + 2)
    }
    if (word === 'a' || word === 'an') return undefined
    const percentAt = this.percentWord(p + 1)
    if (percentAt >= 0) return this.percentage(p, percentAt)
    return this.afterNumber(p, p + 1, {plus: false, spelled: true, value: numerator})
  }

  /** Does `by` stand right before `p`, after a verb of a quantity's change (`have risen by`,
   * `Up by`)? */
  private changedBy(at: number): boolean {
    // (`fell by about a third`: one word of approximation between.)
    const p = approximatorWords.has(this.lower(at - 1)) ? at - 1 : at
    if (this.lower(p - 1) !== 'by') return false
    if (data.quantityChangeForms.has(this.lower(p - 2))) return true
    // `reduced the risk of stroke by a third`, `have cut children's sugar intake by a fifth`: a
    // transitive verb of change and its object (apostrophes of a possessive inside it).
    let words = 0
    // (Bounded in tokens too: a run of apostrophes is no object.)
    const floor = p - 2 - 2 * data.CHANGED_OBJECT_WORDS
    for (let k = p - 2; k >= 0 && k >= floor && words <= data.CHANGED_OBJECT_WORDS; k--) {
      const value = this.value(k)
      if (value === "'" || value === '’') continue
      if (!this.isWord(k)) return false
      const word = this.lower(k)
      if (data.transitiveChangeForms.has(word)) return true
      // (`have cut`, `Statins cut`: not `Cut the dose`, `can cut`, `to cut`.)
      if (word === 'cut') return k > 0 && this.isWord(k - 1) && !verbGroupOpeners.has(this.lower(k - 1))
      words++
    }
    return false
  }

  /** A change from the figure at `p` to the one after `to` at `q` (`from 900 to 2,100 a year`), with
   * what it counts (`to 1,450 patients`); not one of units or of percentages (other readers'). */
  private changeTo(p: number, q: number, info: {plus: boolean; value: number; range?: boolean}): Found | undefined {
    if (this.lower(q) !== 'to' || info.range || !this.changedFrom(p)) return undefined
    const second = this.numberAt(q + 1)
    if (!second || second.atom?.num.percent || (second.atom && unitSuffix(second.atom))) return undefined
    return this.count(p, second.q, {...info, spelled: false, value: second.value}) ?? {p, q: second.q, form: 'count'}
  }

  /** Does `from` stand right before `p`, after an intransitive verb of a quantity's change and an
   * adverb or none (`rose from`, `has fallen sharply from`)? */
  private changedFrom(p: number): boolean {
    if (this.lower(p - 1) !== 'from') return false
    return data.quantityChangeForms.has(this.lower(p - 2)) || data.quantityChangeForms.has(this.lower(p - 3))
  }

  /** Is a frequency (`every day`, `each year`, `a week`, `per month`) within frequencyWindow tokens of
   * `[p, q)` in its sentence? A count of people in a span of time is a rate (`nine babies a day`). */
  private frequencyNear(p: number, q: number): boolean {
    const from = Math.max(1, p - frequencyWindow)
    const to = Math.min(this.solid.length, q + frequencyWindow)
    for (let k = from; k < to; k++) {
      if (!this.lex.durations.has(this.lower(k)) || !data.frequencyDeterminers.has(this.lower(k - 1))) continue
      // (Not across a sentence's end: the scan reads one sentence, so only the clause's stops.)
      const [a, b] = k < p ? [k, p] : [q, k]
      if (!this.stopBetween(a, b)) return true
    }
    return false
  }

  /** Is a stop (`.`, `;`, `!`, `?`) among the tokens of `[a, b)`? */
  private stopBetween(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (this.kind(k) === 'punctuation' && /^[.;!?]$/.test(this.value(k))) return true
    return false
  }

  /** A fraction word at `[p, q)` (`one-third`, `a third`): a proportion unless it is a part
   * of an amount or a duration (`one-third cup`, `a quarter of an hour`). */
  private partOf(p: number, q: number): Found | undefined {
    let r = q
    if (this.isUnit(r)) return undefined
    if (this.lower(r) === 'of') {
      r++
      if (data.partOfDeterminers.has(this.lower(r))) r++
      if (this.isUnit(r)) return undefined
    }
    return this.allocation(r) ? undefined : {p, q, form: 'proportion'}
  }

  /** Whether a study's allocation follows within a few words: `(half of the group) were
   * asked to`, `(a third of participants) are administered the statin`, not `were given by`. */
  private allocation(q: number): boolean {
    for (let r = q; r < q + allocationWindow && r < this.solid.length; r++) {
      const word = this.lower(r)
      // (`were given by neighbours`: a passive with its agent tells who gave, not a study's allocation.)
      if (data.allocationAuxiliaries.has(word)) {
        return data.allocationVerbs.has(this.lower(r + 1)) && this.lower(r + 2) !== 'by'
      }
      if (!this.isWord(r)) return false
    }
    return false
  }

  /** `half` as a proportion: `half of adults`, `nearly half`, `half the patients`; not
   * `the other half`, `half an hour`, `half a cup`, `half the battle`. */
  private half(p: number): Found | undefined {
    const before = this.lower(p - 1)
    if (data.notProportionBeforeHalf.has(before) || before === 'by') {
      if (this.changedBy(p)) return {p, q: p + 1, form: 'proportion'}
      if (!(before === 'by' && this.approximated(p))) return undefined
    }
    const after = this.lower(p + 1)
    if (after === 'of') {
      // `half of it`, `half of this`: a part of a thing, not of a population.
      const whole = this.lower(p + 2)
      if (data.notPopulationAfterHalfOf.has(whole)) return undefined
      return this.partOf(p, p + 1)
    }
    if (after === 'a' || after === 'an') return undefined
    // `half as likely to die`: a ratio of chances, as `twice as likely` is.
    if (after === 'as' && data.likelihoodWords.has(this.lower(p + 2))) return {p, q: p + 3, form: 'multiplier'}
    if (this.approximated(p)) return this.isUnit(p + 1) ? undefined : {p, q: p + 1, form: 'proportion'}
    if (data.halfDeterminers.has(after)) {
      return this.countNoun(p + 2) >= 0 && !this.allocation(p + 2) ? {p, q: p + 1, form: 'proportion'} : undefined
    }
    // (`Half said they slept better`: the proportion as a clause's subject.)
    return this.subjectProportion(p, p + 1) ? {p, q: p + 1, form: 'proportion'} : undefined
  }

  /** Is the proportion from `p` to `q` a clause's whole subject (`Half said`, `- a quarter have never flossed`, `, and
   * a third reported`): it opens the sentence or a clause, and a finite verb of having, being or saying follows? */
  private subjectProportion(p: number, q: number): boolean {
    if (!data.proportionSubjectVerbs.has(this.lower(q))) return false
    if (p === 0) return true
    const before = this.lower(p - 1)
    return data.clauseOpenersBeforeProportion.has(before) || (!this.isWord(p - 1) && before !== '%')
  }

  /** Is a product sold by its strength (data.strengthProducts) named at most STRENGTH_WORDS words after `q`
   * (`carbamide peroxide gel`), each word between of its substance: a noun of substance in WordNet (noun.substance),
   * or a word it does not know and no function word (a chemical's name)? */
  private strengthOfNamed(q: number): boolean {
    for (let k = q; k < q + STRENGTH_WORDS + 1 && this.isWord(k); k++) {
      const word = this.lower(k)
      if (data.strengthProducts.has(word)) return k > q
      const unknown = !englishWords.has(word) && !functionWords.has(word)
      if (firstNounClass(word) !== 'noun.substance' && !unknown) return false
    }
    return false
  }
}

/** How many words of a substance may stand between a percentage and the product it is the strength of. */
const STRENGTH_WORDS = 2

/** Does a number carry a suffix of its own (`200mg`, `5-year`)? A sentence's full stop glued to the
 * last number (`1 in 27.`) is none. */
function unitSuffix(atom: Atom): boolean {
  return atom.num.suffix !== '' && atom.num.suffix !== '.'
}
