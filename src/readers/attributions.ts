/**
 * The in-text attribution reader: what a sentence says about the study it cites.
 *
 *   "A 2017 study in Clinical Nutrition ESPEN found ..."    year 2017, journal, verb `found`
 *   "a meta-analysis published in Nutrients (2017) reviewed 18 studies"
 *   "(Nutrients, 2018)", "Smith et al. (2019)", "(Smith & Jones, 2019)"
 *   "according to a 2020 Harvard study", "[3]", "[1, 4]", "[2-5]", "¹", "[^3]", "(11)"
 *
 * For each clause that mentions a study it gives the year, journal, authors, institution,
 * design, species, sample size and number of studies where stated, the reporting verb and the
 * claim after it, the citation markers, and the span to place messages on (offsets into the
 * source text). Whether a sentence carries a *named attribution* (a source) is the document
 * model's concern (`src/model/named-attribution.ts`).
 */
import type {Token} from '../model/types.js'
import {
  acronymInstitutions,
  causalBaseOpeners,
  causalDenials,
  causalPhrases,
  causalVerbs,
  claimVerbs,
  clauseOpenersAfterComma,
  colleagueNouns,
  correlationalPhrases,
  eventYearPrepositions,
  nameFunctionWords,
  inclusionWords,
  institutionHeads,
  institutions,
  irregularCausalForms,
  irregularCausalParticiples,
  nameTitles,
  nonHumanQualifiers,
  notCausalBeforeParticiple,
  notClaimAfterReport,
  notNames,
  nounDeterminersBeforeS,
  personTitles,
  proofVerbs,
  publicationVerbs,
  publicationWords,
  reportingPhrases,
  reportingVerbs,
  reviewCountWords,
  reviewKinds,
  reviewNounFollowers,
  sourceAfterPhrases,
  studyNounList,
  studyNouns,
  studyPremodifiers,
  type StudyNoun
} from '../data/attribution-words.js'
import {findCitations, type Citation} from './citations.js'
import {readCounts, type Counts} from './counts.js'
import {
  cellTable,
  designTable,
  findDesigns,
  findSpecies,
  matchPhrase,
  speciesIsPopulation,
  speciesTable,
  type Design
} from './designs.js'
import {PhraseTable} from '../text/phrases.js'
import {designFamilies} from '../data/designs.js'
import {journalFirstWords, matchJournalAt, type JournalRecord} from './journals.js'
import {isCapitalised, isYearNumber, scanItems, type Item} from '../text/words.js'
import {reportDenials} from '../data/negations.js'
import {numberWords} from '../data/numbers.js'

export type {Citation} from './citations.js'

export interface Attribution {
  /** The attribution's span in the source text ("A 2017 study in Clinical Nutrition ESPEN"). */
  start: number
  end: number
  text: string
  year?: number | undefined
  /** Whether the year dates the cited work ("a 2017 study", "published in 2019"), not an event. */
  yearIsPublication: boolean
  journal?: {name: string; record?: JournalRecord | undefined} | undefined
  authors: string[]
  institution?: string | undefined
  /** The design of the study itself (a synthesis "of 18 trials" is a synthesis). */
  designs: Design[]
  /** Species named as its population ("a study in mice"). */
  species: string[]
  /** It is a cell or in-vitro study. */
  inVitro: boolean
  sampleSize?: number | undefined
  studyCount?: number | undefined
  /** The reporting verb ("found", "according to"). */
  verb?: string | undefined
  /** The claim the study is said to support (after the verb), if any. */
  claim?: {start: number; end: number; text: string} | undefined
  /** Causal or efficacy wording in the claim, unless the claim is framed as an association. */
  causal?: {start: number; end: number; text: string} | undefined
  /** The claim itself keeps the finding to animals or cells ("in mice", "in cells"). */
  claimNonHuman: boolean
  /** Citation markers in the clause. */
  citations: Citation[]
  /** A named attribution: two of year, journal, author, institution, design, and a reporting verb. */
  named: boolean
  /** The attribution names a study (a study noun such as "study", "trial", "paper", or a design). */
  study: boolean
}

const reportingPhraseTable = new PhraseTable<string>(reportingPhrases.map((p) => [p, p] as const))
const causalPhraseTable = new PhraseTable<string>(causalPhrases.map((p) => [p, p] as const))
const correlationalTable = new PhraseTable<string>(correlationalPhrases.map((p) => [p, p] as const))
const institutionTable = new PhraseTable<string>(institutions.map((p) => [p, p] as const))
const nonHumanTable = new PhraseTable<string>(nonHumanQualifiers.map((p) => [p, p] as const))
/** How each study noun names a study (`study` alone, `report` after a determiner, `data` never). */
const studyNounKinds: ReadonlyMap<string, StudyNoun['names']> = new Map(
  studyNounList.map((noun) => [noun.word, noun.names] as const)
)

/** Items from model tokens (words split at inner hyphens, offsets kept). A word of ASCII letters
 * (most tokens) is the one item `scanItems` would make of it, made without scanning; digit
 * groups are joined as the items come. */
export function itemsFromTokens(tokens: readonly Token[]): Item[] {
  const items: Item[] = []
  let space = false
  let newline = false
  for (const token of tokens) {
    if (token.kind === 'whitespace') {
      space = true
      if (token.value.includes('\n')) newline = true
      continue
    }
    const value = token.value
    if (asciiShape(value) === 'letters') {
      // nlcst may hold text whose length differs from the source slice (entities): clamp offsets.
      const start = Math.min(token.start, token.end)
      const end = Math.min(token.start + value.length, token.end)
      items.push({kind: 'word', text: value, key: asciiLower(token), start, end, space, newline})
    } else {
      const scanned = scanItems(value, token.start)
      for (let k = 0; k < scanned.length; k++) {
        const item = scanned[k]
        if (item.end > token.end) item.end = token.end
        if (item.start > token.end) item.start = token.end
        if (k === 0) {
          item.space = space
          item.newline = newline
        }
        addItem(items, item)
      }
    }
    space = false
    newline = false
  }
  return items
}

/** Add an item, joining digit groups back into one number (nlcst splits `1,200` into three
 * tokens). */
function addItem(items: Item[], item: Item): void {
  const last = items[items.length - 1]
  const comma = items[items.length - 2]
  if (
    item.kind === 'number' &&
    !item.space &&
    item.text.length === 3 &&
    /^\d{3}$/.test(item.text) &&
    last?.key === ',' &&
    !last.space &&
    comma?.kind === 'number' &&
    /^\d{1,3}(,\d{3})*$/.test(comma.text)
  ) {
    items.pop()
    comma.text += ',' + item.text
    comma.key = comma.text.replace(/,/g, '')
    comma.value = Number(comma.key)
    comma.end = item.end
    return
  }
  items.push(item)
}

interface Span {
  from: number
  to: number
}

/** What an attribution is read from: the years, journals, authors, institutions, designs,
 * species and study nouns of its clause. */
interface Fields {
  years: Array<Span & {value: number; publication: boolean}>
  journals: Array<Span & {name: string; record?: JournalRecord | undefined}>
  authors: Array<Span & {name: string}>
  institutions: Array<Span & {name: string}>
  designs: Array<Span & {design: Design}>
  species: Array<Span & {name: string}>
  inVitro: Span[]
  studyNouns: Span[]
}

/** The fields of a run of items, with its reporting verbs and parenthetical citations, and
 * whether each journal stood in parentheses. */
interface Parts extends Fields {
  journals: Array<Span & {name: string; record?: JournalRecord | undefined; parenthetical: boolean}>
  verbs: Array<Span & {text: string}>
  parentheticals: Array<Span & {kind: 'author-year' | 'journal-year'}>
}

function wordAt(items: readonly Item[], k: number): Item | undefined {
  const item = items[k]
  return item && item.kind !== 'punct' ? item : undefined
}

function isNameWord(item: Item | undefined): boolean {
  if (!item || item.kind !== 'word' || !isCapitalised(item)) return false
  if (notNames.has(item.key) || nameFunctionWords.has(item.key)) return false
  if (item.text.length > 1 && item.text === item.text.toUpperCase() && item.text.length <= 4) return false
  return true
}

function yearValue(item: Item | undefined): number | undefined {
  if (!item) return undefined
  if (isYearNumber(item)) return item.value
  if (item.kind === 'word' && /^\d{4}[a-z]$/.test(item.key)) {
    const n = Number(item.key.slice(0, 4))
    return n >= 1800 && n <= 2099 ? n : undefined
  }
  return undefined
}

/** A journal name in prose: capitalised, and for ordinary-word names, in a citing context. */
function proseJournalAt(items: readonly Item[], k: number, from: number): ReturnType<typeof matchJournalAt> {
  const m = matchJournalAt(items, k)
  if (!m) return undefined
  const first = items[m.from].key === 'the' ? m.from + 1 : m.from
  for (let j = first; j < m.to; j++) {
    const w = items[j]
    if (w.kind === 'word' && !nameFunctionWords.has(w.key) && !isCapitalised(w) && !/^\d/.test(w.key)) return undefined
  }
  // The name must end where a capitalised run ends (`Harvard Medical School` is no journal `Medical ...`).
  const next = items[m.to]
  if (
    next &&
    next.kind === 'word' &&
    isCapitalised(next) &&
    !next.space === false &&
    !nameFunctionWords.has(next.key) &&
    !isYearNumber(next)
  ) {
    const lookup = matchJournalAt(items, first)
    if (lookup && lookup.to === m.to && next.key !== 'study' && isNameWord(next)) return undefined
  }
  const prev = items[m.from - 1]
  const prev2 = items[m.from - 2]
  const citing =
    (prev !== undefined && (prev.key === 'in' || prev.key === 'journal' || prev.key === '(')) ||
    (prev !== undefined &&
      prev.key === 'the' &&
      prev2 !== undefined &&
      (prev2.key === 'in' || prev2.key === 'journal')) ||
    (next !== undefined && next.key === '(' && yearValue(items[m.to + 1]) !== undefined) ||
    (next !== undefined && next.key === ',' && yearValue(items[m.to + 1]) !== undefined && prev?.key === '(')
  if (m.journal.common && !citing) return undefined
  if (!citing && m.from === from) {
    // A non-common journal opening a clause ("JAMA published ...") is fine; a capitalised
    // ordinary word opening a sentence is not a journal.
    if (m.to - m.from === 1 && !/^[A-Z]{2,}$/.test(items[m.from].text)) return undefined
  }
  return m
}

/** Items of an unknown journal's name at most (`the Journal of Research in Medical Sciences`
 * has six; twelve leaves room for `&` and `:` and long society names, and stops at prose). */
const journalNameMaxItems = 12

/** Unknown journals: `the journal X Y`, `the Journal of X`. */
function unknownJournalAt(items: readonly Item[], k: number, lower = k): Span | undefined {
  const item = items[k]
  if (!item || item.kind !== 'word') return undefined
  let start: number
  if (item.key === 'journal' && !isCapitalised(item)) {
    start = k + 1
  } else if (item.key === 'journal' && isCapitalised(item) && items[k + 1]?.key === 'of') {
    start = k
  } else return undefined
  let j = start
  let last = -1
  while (j < items.length && j - start < journalNameMaxItems) {
    const w = items[j]
    if (w.kind === 'word' && isCapitalised(w)) last = j
    else if (
      !(w.kind === 'word' && nameFunctionWords.has(w.key)) &&
      !(w.kind === 'punct' && (w.key === '&' || w.key === ':'))
    )
      break
    j++
  }
  if (last < start) return undefined
  // `the American Journal of Medicine`: the capitalised words before `Journal of` are part of
  // the name as written.
  let first = start
  if (start === k) {
    while (first - 1 >= lower) {
      const w = items[first - 1]
      if (
        w.kind !== 'word' ||
        !isCapitalised(w) ||
        nameFunctionWords.has(w.key) ||
        studyNouns.has(w.key) ||
        isYearNumber(w)
      )
        break
      first--
    }
  }
  return {from: first, to: last + 1}
}

/** Longest citation parenthetical, in items: `(Smith et al., 2019; Jones 2020)` fits; a longer
 * bracket is prose that happens to end in a year. */
const parentheticalMaxItems = 40

/** Items from a word within which a design that starts there must end, when a year is dated
 * by the design after it (`a 2019 cohort study`, `a 2018 randomised trial`): the common
 * design names are two or three items; four leaves one for an inner hyphen. */
const designMaxWords = 4

/** Items either side of a year within which a study noun, a design or a publication word makes
 * it the year of a publication (`a 2019 large Japanese study`: two words between). */
const yearStudyWindow = 4

/** Items after a journal's name within which a year is its publication year
 * (`Nutrients, vol. 9, 2017`). */
const journalYearWindow = 6

/** What an attribution's words name, step by step: parentheticals first (they claim their
 * years, journals and authors), then each word in turn (a year, a journal, an author, an
 * institution, a study noun, a reporting verb), then designs, species and cell studies over
 * the whole span. */
function parts(items: readonly Item[], from: number, to: number): Parts {
  const p: Parts = {
    years: [],
    journals: [],
    authors: [],
    institutions: [],
    designs: [],
    species: [],
    inVitro: [],
    studyNouns: [],
    verbs: [],
    parentheticals: []
  }
  readParentheticals(items, from, to, p)
  for (let k = from; k < to; k++) {
    if (items[k].kind === 'punct') continue
    readYearAt(items, k, from, to, p)
    // A journal or an institution takes its words: the next step starts after it.
    const afterJournal = readJournalAt(items, k, from, to, p)
    if (afterJournal !== undefined) {
      k = afterJournal
      continue
    }
    readAuthorAt(items, k, p)
    const afterInstitution = readInstitutionAt(items, k, from, to, p)
    if (afterInstitution !== undefined) {
      k = afterInstitution
      continue
    }
    readStudyNounAt(items, k, p)
    const afterVerb = readVerbAt(items, k, from, to, p)
    if (afterVerb !== undefined) k = afterVerb
  }
  readDesigns(items, from, to, p)
  readSpecies(items, from, to, p)
  readInVitro(items, from, to, p)
  return p
}

/** Parentheticals: (Name, 2019), (Name et al., 2019; Other 2020), (Nutrients, 2018), (2017). */
function readParentheticals(items: readonly Item[], from: number, to: number, p: Parts): void {
  for (let k = from; k < to; k++) {
    if (items[k].key !== '(') continue
    let close = k + 1
    while (close < to && close < k + parentheticalMaxItems && items[close].key !== ')' && items[close].key !== '(')
      close++
    if (items[close]?.key !== ')') continue
    const lastYear = yearValue(items[close - 1])
    if (lastYear === undefined || close - k < 2) continue
    if (close - k === 2) continue // `(2017)`: handled by its neighbour
    // Split on `;`.
    let partStart = k + 1
    for (let q = k + 1; q <= close; q++) {
      if (q < close && items[q].key !== ';') continue
      const y = yearValue(items[q - 1])
      if (y !== undefined && q - 1 > partStart) {
        const journal = matchJournalAt(items, partStart)
        if (journal && (journal.to === q - 1 || items[journal.to]?.key === ',')) {
          p.journals.push({
            from: journal.from,
            to: journal.to,
            name: joinText(items, journal.from, journal.to),
            record: journal.journal,
            parenthetical: true
          })
          p.parentheticals.push({from: k, to: close + 1, kind: 'journal-year'})
        } else if (
          isNameWord(items[partStart]) ||
          (items[partStart]?.kind === 'word' && isCapitalised(items[partStart]) && items[partStart + 1]?.key === 'et')
        ) {
          for (let a = partStart; a < q - 1; a++) {
            const w = items[a]
            if (
              w.kind === 'word' &&
              w.text.length > 1 &&
              ((isNameWord(w) && items[a - 1]?.key !== '.') ||
                (a === partStart && isCapitalised(w) && !notNames.has(w.key) && w.text !== w.text.toUpperCase()))
            ) {
              p.authors.push({from: a, to: a + 1, name: w.text})
            }
          }
          p.parentheticals.push({from: k, to: close + 1, kind: 'author-year'})
        }
        p.years.push({from: q - 1, to: q, value: y, publication: true})
      }
      partStart = q + 1
    }
  }
}

/** A year at `k`, and whether it dates a publication (`a 2019 study`, `published in 2019`). */
function readYearAt(items: readonly Item[], k: number, from: number, to: number, p: Parts): void {
  const item = items[k]
  const y = yearValue(item)
  if (y !== undefined && !p.years.some((s) => s.from === k)) {
    const prev = items[k - 1]
    const next = items[k + 1]
    const range = (next?.key === '-' || next?.key === '\u2013') && items[k + 2]?.kind === 'number'
    const rangeEnd = (prev?.key === '-' || prev?.key === '\u2013') && items[k - 2]?.kind === 'number'
    const excluded = range || rangeEnd || (prev?.kind === 'word' && eventYearPrepositions.has(prev.key))
    if (!excluded) {
      let publication = false
      const nextWord = wordAt(items, k + 1)
      if (
        nextWord &&
        (studyNouns.has(nextWord.key) ||
          findDesigns(items, k + 1, Math.min(to, k + yearStudyWindow)).some((d) => d.from === k + 1))
      )
        publication = true
      // `a 2020 Harvard study`, `a 2019 large Japanese study`
      for (let q = k + 1; q < Math.min(to, k + yearStudyWindow) && !publication; q++) {
        const w = items[q]
        if (w.kind !== 'word') break
        if (studyNouns.has(w.key) || findDesigns(items, q, Math.min(to, q + designMaxWords)).some((d) => d.from === q))
          publication = true
        else if (!isCapitalised(w) && !studyPremodifiers.has(w.key)) break
      }
      if (prev?.key === '(' && next?.key === ')') publication = true
      for (let b = Math.max(from, k - yearStudyWindow); b < Math.min(to, k + yearStudyWindow); b++)
        if (publicationWords.has(items[b].key) || (b < k && reportingVerbs.has(items[b].key))) publication = true
      if (
        prev?.key === 'in' &&
        items[k - 2] &&
        (studyNouns.has(items[k - 2].key) || reportingVerbs.has(items[k - 2].key))
      )
        publication = true
      if (p.journals.some((j) => j.to <= k && k - j.to <= journalYearWindow)) publication = true
      p.years.push({from: k, to: k + 1, value: y, publication})
    }
  }
}

/** A journal named at `k`; the index of its last word when found. */
function readJournalAt(items: readonly Item[], k: number, from: number, to: number, p: Parts): number | undefined {
  const item = items[k]
  if (
    item.kind === 'word' &&
    (isCapitalised(item) || item.key === 'the') &&
    !p.journals.some((j) => j.from <= k && k < j.to)
  ) {
    const m = proseJournalAt(items, k, from)
    if (m && m.to <= to) {
      p.journals.push({
        from: m.from,
        to: m.to,
        name: joinText(items, items[m.from].key === 'the' ? m.from + 1 : m.from, m.to),
        record: m.journal,
        parenthetical: false
      })
      return m.to - 1
    }
    const unknown = unknownJournalAt(items, k, from)
    if (unknown && unknown.to <= to) {
      p.journals.push({...unknown, name: joinText(items, unknown.from, unknown.to), parenthetical: false})
      // Words taken into the name are not authors.
      p.authors = p.authors.filter((a) => a.to <= unknown.from || a.from >= unknown.to)
      return unknown.to - 1
    }
  }
  if (item.kind === 'word' && item.key === 'journal' && !isCapitalised(item)) {
    const unknown = unknownJournalAt(items, k)
    if (unknown && unknown.to <= to) {
      p.journals.push({...unknown, name: joinText(items, unknown.from, unknown.to), parenthetical: false})
      return unknown.to - 1
    }
  }
  return undefined
}

/** Name words after a title at most: `Professor Anitra Carr` (two), `Dr Mary Jane Smith`
 * (three); the family name is the last of them. */
const titledNameMaxWords = 3

/** An author named at `k` (`Smith et al.`, `Smith and colleagues`, `Professor Carr`). */
function readAuthorAt(items: readonly Item[], k: number, p: Parts): void {
  const item = items[k]
  if (isNameWord(item) || (item.kind === 'word' && isCapitalised(item) && items[k + 1]?.key === 'et')) {
    const et = items[k + 1]?.key === 'et' && items[k + 2]?.key === 'al'
    const andColleagues = items[k + 1]?.key === 'and' && colleagueNouns.has(items[k + 2]?.key ?? '')
    const possessiveTeam = item.text.endsWith("'s") && colleagueNouns.has(items[k + 1]?.key ?? '')
    const narrative = items[k + 1]?.key === '(' && yearValue(items[k + 2]) !== undefined && items[k + 3]?.key === ')'
    const pair =
      (items[k + 1]?.key === 'and' || items[k + 1]?.key === '&') &&
      isNameWord(items[k + 2]) &&
      ((items[k + 3]?.key === '(' && yearValue(items[k + 4]) !== undefined) || items[k + 3]?.key === 'et')
    const titled = items[k - 1] && nameTitles.has(items[k - 1].key)
    const isJournal = p.journals.some((j) => j.from <= k && k < j.to)
    if (!isJournal && (et || andColleagues || possessiveTeam || narrative || pair || titled)) {
      let name = item.text.replace(/'s$/, '')
      let end = k + 1
      if (titled) {
        // `Associate Professor Anitra Carr`: the family name is the last capitalised word.
        while (isNameWord(items[end]) && end - k < titledNameMaxWords) end++
        name = items[end - 1].text
      }
      p.authors.push({from: k, to: end, name})
      if (pair) p.authors.push({from: k + 2, to: k + 3, name: items[k + 2].text})
    }
  }
}

/** Capitalised words before an institution's head at most (`Harvard Medical School`,
 * `London School of Hygiene`: `Royal Free London NHS Hospital` has four). */
const institutionLeadMaxWords = 4

/** Items from an institution's head to the end of its name (`University of Texas Health
 * Science Center`: the head, `of` and four capitalised words). */
const institutionTailMaxItems = 6

/** An institution named at `k`; the index of its last word when found. */
function readInstitutionAt(items: readonly Item[], k: number, from: number, to: number, p: Parts): number | undefined {
  const item = items[k]
  if (item.kind === 'word') {
    const inst = matchPhrase(institutionTable, items, k, to)
    if (inst) {
      const first = items[inst.from]
      const ok = acronymInstitutions.has(inst.value) ? first.text === first.text.toUpperCase() : isCapitalised(first)
      if (ok) {
        p.institutions.push({from: inst.from, to: inst.to, name: joinText(items, inst.from, inst.to)})
        return inst.to - 1
      }
    }
    if (institutionHeads.has(item.key) && isCapitalised(item)) {
      // `University of Otago`, `Harvard Medical School`, `Karolinska Institute`.
      let s = k
      while (
        s - 1 >= from &&
        isCapitalised(items[s - 1]) &&
        items[s - 1].kind === 'word' &&
        k - s < institutionLeadMaxWords &&
        !notNames.has(items[s - 1].key)
      )
        s--
      let e = k + 1
      // (`Office for National Statistics`, `Centre for Ageing Better`: `for` as well as `of`.)
      if ((items[e]?.key === 'of' || items[e]?.key === 'for') && isCapitalised(items[e + 1])) {
        e += 2
        while (e < to && isCapitalised(items[e]) && e - k < institutionTailMaxItems) e++
      }
      if (e - s >= 2) {
        p.institutions.push({from: s, to: e, name: joinText(items, s, e)})
        return e - 1
      }
    }
  }
  return undefined
}

/** A noun that names a study at `k` (`report`, `research` and `analysis` only after a determiner or a year). */
function readStudyNounAt(items: readonly Item[], k: number, p: Parts): void {
  const item = items[k]
  const names = item.kind === 'word' ? studyNounKinds.get(item.key) : undefined
  if (names !== undefined && names !== 'never') {
    const prev = items[k - 1]
    const weak = names === 'after-determiner'
    if (!weak || (prev && (studyPremodifiers.has(prev.key) || yearValue(prev) !== undefined || prev.key === '-')))
      p.studyNouns.push({from: k, to: k + 1})
  }
}

/** A reporting verb or phrase at `k`; the index of a phrase's last word. */
function readVerbAt(items: readonly Item[], k: number, from: number, to: number, p: Parts): number | undefined {
  const item = items[k]
  if (item.kind === 'word') {
    const phrase = matchPhrase(reportingPhraseTable, items, k, to)
    if (phrase) {
      p.verbs.push({from: k, to: phrase.to, text: joinText(items, k, phrase.to)})
      return phrase.to - 1
    }
    const prevKey = items[k - 1]?.key ?? ''
    if (reportingVerbs.has(item.key) && k > from && !studyPremodifiers.has(prevKey))
      p.verbs.push({from: k, to: k + 1, text: item.text})
  }
  return undefined
}

/** Designs, with included designs (after `of`/`including` following a synthesis) dropped. */
function readDesigns(items: readonly Item[], from: number, to: number, p: Parts): void {
  let synthesisEnd = -1
  for (const d of findDesigns(items, from, to)) {
    const family = designFamilies[d.design]
    if (d.design === 'review' && !reviewIsNoun(items, d.from, d.to)) continue
    if (d.design === 'clinical-trial' && items[d.to]?.key === 'and' && items[d.to + 1]?.key === 'error') continue
    if (family !== 'synthesis' && synthesisEnd >= 0 && includedAfter(items, synthesisEnd, d.from)) continue
    if (family !== 'synthesis' && includedAfterCount(items, d.from)) continue
    p.designs.push({from: d.from, to: d.to, design: d.design})
    if (family === 'synthesis') synthesisEnd = d.to
  }
}

/** Species a study was in (`in mice`, `a rat study`). */
function readSpecies(items: readonly Item[], from: number, to: number, p: Parts): void {
  for (const s of findSpecies(items, from, to)) {
    if (
      speciesIsPopulation(items, s.from, s.to, from) ||
      items[s.to]?.key === 'study' ||
      items[s.to]?.key === 'studies'
    )
      p.species.push({from: s.from, to: s.to, name: s.name})
  }
}

/** Cell and test-tube studies (`in vitro`, `cell cultures`). */
function readInVitro(items: readonly Item[], from: number, to: number, p: Parts): void {
  for (let k = from; k < to; k++) {
    if (items[k].kind !== 'word') continue
    const cell = matchPhrase(cellTable, items, k, to)
    if (cell?.value.study) {
      p.inVitro.push({from: cell.from, to: cell.to})
      k = cell.to - 1
    }
  }
}

/** Whether `review` names a study (`a review of 12 trials`, `a 2019 Cochrane review`), not the
 * verb or `peer review`. */
function reviewIsNoun(items: readonly Item[], from: number, to: number): boolean {
  const prev = items[from - 1]
  const next = items[to]
  if (prev && prev.key === 'peer') return false
  if (next && next.kind === 'word' && (reviewNounFollowers.has(next.key) || reportingVerbs.has(next.key))) return true
  if (
    prev &&
    (studyPremodifiers.has(prev.key) ||
      prev.kind === 'number' ||
      reviewCountWords.has(prev.key) ||
      reviewKinds.has(prev.key) ||
      yearValue(prev) !== undefined)
  )
    return true
  return false
}

/** Whether a design at `at` is what a synthesis ending at `end` included ("a meta-analysis
 * of 18 randomized trials"). */
function includedAfter(items: readonly Item[], end: number, at: number): boolean {
  for (let k = end; k < at; k++) {
    const key = items[k].key
    if (inclusionWords.has(key)) return true
    if (items[k].kind === 'punct' && key !== ',' && key !== '-') return false
  }
  return false
}

/** Items back from a design within which a number makes it what was counted (`18 randomized
 * controlled trials`, `two earlier studies`: a number and up to two adjectives). */
const countBeforeDesignWindow = 3

/** A design right after a count ("18 randomized controlled trials", "two earlier studies") names what was counted. */
function includedAfterCount(items: readonly Item[], at: number): boolean {
  for (let k = at - 1, steps = 0; k >= 0 && steps < countBeforeDesignWindow; k--, steps++) {
    const item = items[k]
    if (item.kind === 'number' && !isYearNumber(item)) return true
    if (item.kind !== 'word') return false
  }
  return false
}

function joinText(items: readonly Item[], from: number, to: number): string {
  let out = ''
  for (let k = from; k < to; k++) out += (k > from && items[k].space ? ' ' : '') + items[k].text
  return out
}

/** Clause boundaries: `;`, `:` before a new clause, dashes, and `, while/whereas/but`. */
function clauses(items: readonly Item[]): Span[] {
  const out: Span[] = []
  let start = 0
  for (let k = 0; k < items.length; k++) {
    const item = items[k]
    let cut = false
    if (item.kind === 'punct' && (item.key === ';' || ((item.key === '\u2014' || item.key === '\u2013') && item.space)))
      cut = true
    if (
      item.kind === 'punct' &&
      item.key === ':' &&
      items[k + 1] &&
      (isCapitalised(items[k + 1]) || items[k + 1].kind === 'punct')
    )
      cut = true
    if (item.kind === 'word' && clauseOpenersAfterComma.has(item.key) && items[k - 1]?.key === ',') cut = true
    if (cut && k > start) {
      // A `;` inside a parenthetical does not cut.
      let depth = 0
      for (let q = start; q < k; q++) {
        if (items[q].key === '(') depth++
        else if (items[q].key === ')') depth = Math.max(0, depth - 1)
      }
      if (depth > 0) continue
      out.push({from: start, to: k})
      start = item.kind === 'word' ? k : k + 1
    }
  }
  if (start < items.length) out.push({from: start, to: items.length})
  return out
}

function causalIn(items: readonly Item[], from: number, to: number): Span | undefined {
  for (let k = from; k < to; k++) {
    if (items[k].kind !== 'word') continue
    if (matchPhrase(correlationalTable, items, k, to)) return undefined
  }
  for (let k = from; k < to; k++) {
    const item = items[k]
    if (item.kind !== 'word') continue
    const phrase = matchPhrase(causalPhraseTable, items, k, to)
    if (phrase) return {from: k, to: phrase.to}
    if (!causalVerbs.has(item.key)) continue
    const prev = items[k - 1]
    const prevKey = prev?.key ?? ''
    const base = !item.key.endsWith('s') && !item.key.endsWith('ed') && !irregularCausalForms.has(item.key)
    if (causalDenials.has(prevKey) || (prevKey === 't' && items[k - 2]?.key === "'")) continue
    if (base && !causalBaseOpeners.has(prevKey)) continue
    if (item.key.endsWith('ed') || irregularCausalParticiples.has(item.key)) {
      if (notCausalBeforeParticiple.has(prevKey)) continue
      if (prev && prev.kind === 'punct') continue
    }
    if (item.key.endsWith('s') && nounDeterminersBeforeS.has(prevKey)) continue
    return {from: k, to: k + 1}
  }
  return undefined
}

function nonHumanIn(items: readonly Item[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (items[k].kind === 'word' && matchPhrase(nonHumanTable, items, k, to)) return true
  return false
}

function isClaimVerb(items: readonly Item[], verb: Span & {text: string}): boolean {
  const key = verb.text.toLowerCase().replace(/-/g, ' ')
  if (!claimVerbs.has(key)) return false
  // `reported in 2019`, `reports on an editorial`: not a claim.
  if (publicationVerbs.has(key) && notClaimAfterReport.has(items[verb.to]?.key ?? '')) return false
  return true
}

function emptyAttribution(start: number, end: number, text: string, citations: Citation[]): Attribution {
  return {
    start,
    end,
    text,
    yearIsPublication: false,
    authors: [],
    designs: [],
    species: [],
    inVitro: false,
    claimNonHuman: false,
    citations,
    named: false,
    study: false
  }
}

/** An attribution's fields from what its clause names (a publication year before any other,
 * the first journal and institution), its counts and verb; named with two kinds of field and a
 * verb, a study with a study noun or a design. */
function fillFields(
  attribution: Attribution,
  f: Fields,
  counts: Counts,
  verb: (Span & {text: string}) | undefined
): void {
  const hasStudy = f.studyNouns.length > 0 || f.designs.length > 0
  const pubYears = f.years.filter((y) => y.publication)
  attribution.authors = [...new Set(f.authors.map((x) => x.name))]
  attribution.designs = [...new Set(f.designs.map((x) => x.design))]
  attribution.species = [...new Set(f.species.map((x) => x.name))]
  attribution.inVitro = f.inVitro.length > 0
  const year = pubYears[0] ?? f.years[0]
  if (year) {
    attribution.year = year.value
    attribution.yearIsPublication = year.publication
  }
  if (f.journals.length > 0) attribution.journal = {name: f.journals[0].name, record: f.journals[0].record}
  if (f.institutions.length > 0) attribution.institution = f.institutions[0].name
  if (counts.sampleSize) attribution.sampleSize = counts.sampleSize.value
  if (counts.studyCount) attribution.studyCount = counts.studyCount.value
  if (verb) attribution.verb = verb.text
  const kinds = [
    pubYears.length > 0 && (hasStudy || f.journals.length > 0 || f.authors.length > 0),
    f.journals.length > 0,
    f.authors.length > 0,
    f.institutions.length > 0,
    f.designs.length > 0
  ].filter(Boolean).length
  attribution.named = kinds >= 2 && verb !== undefined
  attribution.study = hasStudy
}

/** Read the attributions in a run of items; `citations` are the markers under the same text. */
function readFromItems(
  items: readonly Item[],
  citations: readonly Citation[],
  slice: (start: number, end: number) => string
): Attribution[] {
  const out: Attribution[] = []
  const masked = new Set<number>()
  for (const c of citations) {
    for (let k = 0; k < items.length; k++) if (items[k].start >= c.start && items[k].end <= c.end) masked.add(k)
  }
  const visible = items.filter((_, k) => !masked.has(k))
  const used = new Set<Citation>()
  for (const clause of clauses(visible)) {
    const p = parts(visible, clause.from, clause.to)
    const clauseStart = visible[clause.from]?.start ?? 0
    const clauseEnd = visible[clause.to - 1]?.end ?? clauseStart
    const cited = citations.filter((c) => !used.has(c) && c.start >= clauseStart - 1 && c.start <= clauseEnd + 1)
    for (const c of cited) used.add(c)
    // Author-year and journal-year parentheticals: attributions of their own.
    out.push(...parentheticalAttributions(visible, p, slice))
    // The clause's own attribution: subject (before the claim verb) and claim.
    const {verbs, according, claimVerb, subject, claim, fields: f} = subjectAndClaim(visible, clause, p)
    const hasStudy = f.studyNouns.length > 0 || f.designs.length > 0
    const pubYears = f.years.filter((y) => y.publication)
    const counts = readCounts(visible, subject.from, subject.to)
    const countSpans: Span[] = [counts.sampleSize, counts.studyCount]
      .filter((c): c is NonNullable<typeof c> => c !== undefined)
      .map((c) => ({from: c.from, to: c.to}))
    const anything =
      f.journals.length +
      f.authors.length +
      f.designs.length +
      f.institutions.length +
      f.species.length +
      f.inVitro.length +
      (hasStudy || f.journals.length > 0 ? pubYears.length : 0) +
      (hasStudy ? countSpans.length : 0)
    if (anything === 0) {
      for (const c of cited) out.push(emptyAttribution(c.start, c.end, c.text, [c]))
      continue
    }
    const spans: Span[] = [
      ...f.years,
      ...f.journals,
      ...f.authors,
      ...f.institutions,
      ...f.designs,
      ...f.species,
      ...f.inVitro,
      ...f.studyNouns,
      ...countSpans
    ].sort((a, b) => a.from - b.from)
    const {fromItem, toItem} = attributionSpan(visible, spans, subject)
    const start = visible[fromItem].start
    const end = visible[Math.max(fromItem, toItem - 1)].end
    const attribution = emptyAttribution(start, end, slice(start, end), cited)
    const verb = claimVerb ?? according ?? verbs[0]
    fillFields(attribution, f, counts, verb)
    if (claim && claim.to > claim.from) readClaim(attribution, visible, claim, claimVerb, slice)
    out.push(attribution)
  }
  // Citations outside every clause (a trailing marker): one attribution each.
  for (const c of citations) {
    if (used.has(c)) continue
    out.push(emptyAttribution(c.start, c.end, c.text, [c]))
  }
  return out.sort((a, b) => a.start - b.start)
}

/** Author-year and journal-year parentheticals (`(Smith et al., 2019)`, `(Nutrients, 2018)`):
 * attributions of their own. */
function parentheticalAttributions(
  visible: readonly Item[],
  p: Parts,
  slice: (start: number, end: number) => string
): Attribution[] {
  const out: Attribution[] = []
  for (const q of p.parentheticals) {
    const within = <T extends Span>(list: T[]): T[] => list.filter((s) => q.from <= s.from && s.to <= q.to)
    const a = emptyAttribution(
      visible[q.from].start,
      visible[q.to - 1].end,
      slice(visible[q.from].start, visible[q.to - 1].end),
      []
    )
    const ys = within(p.years)
    if (ys.length > 0) {
      a.year = ys[0].value
      a.yearIsPublication = true
    }
    const js = within(p.journals)
    if (js.length > 0) a.journal = {name: js[0].name, record: js[0].record}
    a.authors = [...new Set(within(p.authors).map((x) => x.name))]
    a.citations = [{kind: q.kind, numbers: [], text: a.text, start: a.start, end: a.end}]
    out.push(a)
  }
  return out
}

/** The subject of a clause's attribution (before its claim verb, or after `according to`), its
 * claim, and the components named in the subject. */
function subjectAndClaim(
  visible: readonly Item[],
  clause: Span,
  p: Parts
): {
  verbs: Parts['verbs']
  according: Parts['verbs'][number] | undefined
  claimVerb: Parts['verbs'][number] | undefined
  subject: Span
  claim: Span | undefined
  fields: Fields
} {
  const inParenthetical = (s: Span): boolean => p.parentheticals.some((q) => q.from <= s.from && s.to <= q.to)
  const verbs = p.verbs.filter((v) => !inParenthetical(v))
  const according = verbs.find((v) => sourceAfterPhrases.has(v.text.toLowerCase()))
  const claimVerb = verbs.find((v) => v !== according && isClaimVerb(visible, v))
  let subject: Span = {from: clause.from, to: claimVerb ? claimVerb.from : clause.to}
  let claim: Span | undefined = claimVerb ? {from: claimVerb.to, to: clause.to} : undefined
  if (according) {
    // `according to a 2020 Harvard study, X reduces Y` / `X reduces Y, according to ...`
    let comma = according.to
    while (comma < clause.to && visible[comma].key !== ',') comma++
    subject = {from: according.to, to: comma}
    claim =
      according.from > clause.from + 2
        ? {from: clause.from, to: according.from}
        : comma + 1 < clause.to
          ? {from: comma + 1, to: clause.to}
          : undefined
  }
  const pick = <T extends Span>(list: T[]): T[] =>
    list.filter((s) => s.from >= subject.from && s.from < subject.to && !inParenthetical(s))
  const fieldsOf = (): Fields => ({
    years: pick(p.years),
    journals: pick(p.journals),
    authors: pick(p.authors),
    institutions: pick(p.institutions),
    designs: pick(p.designs),
    species: pick(p.species),
    inVitro: pick(p.inVitro),
    studyNouns: pick(p.studyNouns)
  })
  let f = fieldsOf()
  const count = (x: Fields): number =>
    x.journals.length +
    x.authors.length +
    x.designs.length +
    x.institutions.length +
    x.species.length +
    x.inVitro.length +
    x.studyNouns.length +
    x.years.filter((y) => y.publication).length
  if (count(f) === 0 && claimVerb && !according) {
    // A pronoun subject ("He found that ..."): the study, if any, is named after the verb.
    subject = {from: clause.from, to: clause.to}
    claim = undefined
    f = fieldsOf()
  }
  return {verbs, according, claimVerb, subject, claim, fields: f}
}

/** Items between two components of one attribution, at most: `A 2019 trial of 120 adults at the
 * University of Otago` holds together; a component further on belongs to something else. */
const componentGap = 8

/** The items an attribution covers: its first component and those that follow it closely,
 * with a determiner or title before it and a `(2020)` after it. */
function attributionSpan(visible: readonly Item[], spans: Span[], subject: Span): {fromItem: number; toItem: number} {
  let fromItem = spans[0].from
  let toItem = spans[0].to
  for (const x of spans.slice(1)) {
    if (x.from - toItem > componentGap) break
    toItem = Math.max(toItem, x.to)
  }
  for (;;) {
    const prev = visible[fromItem - 1]
    if (fromItem - 1 < subject.from || !prev) break
    if (prev.kind === 'word' && (studyPremodifiers.has(prev.key) || personTitles.has(prev.key))) fromItem--
    else if (
      prev.key === '-' &&
      !prev.space &&
      !visible[fromItem].space &&
      visible[fromItem - 2]?.kind === 'word' &&
      fromItem - 2 >= subject.from
    )
      fromItem -= 2
    else break
  }
  // A `(2020)` right after or around the span's end belongs to it.
  if (visible[toItem]?.key === '(' && yearValue(visible[toItem + 1]) !== undefined && visible[toItem + 2]?.key === ')')
    toItem += 3
  else if (visible[toItem]?.key === ')' && visible[toItem - 2]?.key === '(') toItem++
  return {fromItem, toItem}
}

/** The claim an attribution reports (after `that`), the causal wording in it, and whether
 * it keeps to animals or cells. */
function readClaim(
  attribution: Attribution,
  visible: readonly Item[],
  claim: Span,
  claimVerb: (Span & {text: string}) | undefined,
  slice: (start: number, end: number) => string
): void {
  let cf = claim.from
  if (visible[cf]?.key === 'that') cf++
  if (cf < claim.to) {
    const cs = visible[cf].start
    const ce = visible[claim.to - 1].end
    attribution.claim = {start: cs, end: ce, text: slice(cs, ce)}
    // `it cannot show that K2 caused the difference`: a denied report claims nothing.
    const denied = claimVerb !== undefined && deniedAt(visible, claimVerb.from)
    const causal = denied ? undefined : causalIn(visible, cf, claim.to)
    const proving = claimVerb && proofVerbs.has(claimVerb.text.toLowerCase())
    if (causal) {
      const cs2 = visible[causal.from].start
      const ce2 = visible[causal.to - 1].end
      attribution.causal = {start: cs2, end: ce2, text: slice(cs2, ce2)}
    } else if (!denied && proving && claimVerb && !correlationalIn(visible, cf, claim.to)) {
      attribution.causal = {
        start: visible[claimVerb.from].start,
        end: visible[claimVerb.to - 1].end,
        text: claimVerb.text
      }
    }
    attribution.claimNonHuman = nonHumanIn(visible, cf, claim.to)
  }
}

const denials = new Set(reportDenials)

/** Words before a reporting verb within which a denial denies it (`cannot show`, `did not
 * find`, `does not by itself prove`: three words reach past an auxiliary and an adverb). */
const denialWindow = 3

/** Is the verb at `index` denied by one of the words before it? */
function deniedAt(items: readonly Item[], index: number): boolean {
  let words = 0
  for (let k = index - 1; k >= 0 && words < denialWindow; k--) {
    if (items[k].kind !== 'word') continue
    words++
    if (denials.has(items[k].text.toLowerCase())) return true
  }
  return false
}

function correlationalIn(items: readonly Item[], from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (items[k].kind === 'word' && matchPhrase(correlationalTable, items, k, to)) return true
  return false
}

/**
 * Read the attributions of a sentence from its tokens and the source text. `citationsEnd`
 * extends the range read for citation markers (a citation after the full stop starts the next
 * sentence in nlcst). `items` gives `itemsFromTokens(tokens)` when asked (a caller that reads
 * the sentence's wording too makes them once for both).
 */
export function readAttributions(
  tokens: readonly Token[],
  value: string,
  citationsEnd?: number,
  items?: () => readonly Item[]
): Attribution[] {
  return readTokens(tokens, value, citationsEnd, true, items)
}

/** `readAttributions` without its quick test of the words (tests compare the two). */
export function readAttributionsUnskipped(
  tokens: readonly Token[],
  value: string,
  citationsEnd?: number
): Attribution[] {
  return readTokens(tokens, value, citationsEnd, false)
}

function readTokens(
  tokens: readonly Token[],
  value: string,
  citationsEnd: number | undefined,
  quick: boolean,
  given?: () => readonly Item[]
): Attribution[] {
  if (tokens.length === 0) return []
  const start = tokens[0].start
  const end = Math.max(tokens[tokens.length - 1].end, citationsEnd ?? 0)
  const citations = findCitations(value, start, end)
  // The items, made once: the quick test may need them, and then the reader.
  let made: readonly Item[] | undefined
  const items = given ?? (() => (made ??= itemsFromTokens(tokens)))
  // Most sentences name no study: without a citation nor a word that can start any component
  // of an attribution, `readFromItems` finds nothing.
  if (quick && citations.length === 0 && !tokensMayName(tokens, items)) return []
  return readFromItems(items(), citations, (s, e) => value.slice(s, e))
}

/** Words that make an attribution component alone or after a name (see `mayName`). */
const componentWords: ReadonlySet<string> = new Set([
  // An unknown journal (`the journal X`, `the Journal of X`).
  'journal',
  // An author other than in a dated parenthetical (`Smith et al.`, `Smith and colleagues`,
  // `Smith's team`, `Professor Carr`).
  'et',
  ...colleagueNouns,
  ...nameTitles,
  // An institution by its head (`University of Otago`).
  ...institutionHeads
])

/** Study nouns: a component only with a year (a digit) or a count (`twelve studies`). */
const studyWords: ReadonlySet<string> = new Set(
  studyNounList.filter((noun) => noun.names !== 'never').map((noun) => noun.word)
)

/** Number words `readCounts` counts with (its `countWord`): every own key of `numberWords`
 * but `zero`, and `hundred`. */
const countWords: ReadonlySet<string> = new Set([
  'hundred',
  ...Object.getOwnPropertyNames(numberWords).filter((key) => key !== 'zero')
])

/** Whether some phrase of a table the reader matches word by word starts with `key`: a design,
 * a species, a cell study, an institution, a journal's name. */
const phraseStarts: ReadonlySet<string> = new Set([
  ...designTable.firstWords(),
  ...speciesTable.firstWords(),
  ...cellTable.firstWords(),
  ...institutionTable.firstWords(),
  ...journalFirstWords()
])

/** What the words of a sentence hold for `mayName`. */
interface Clues {
  /** A digit, or a word that makes a component alone: the sentence may name a study. */
  sure: boolean
  studyNoun: boolean
  countWord: boolean
  /** A word that starts a phrase of the tables (matched afterwards on the items). */
  phrase: boolean
}

const SURE = 1
const STUDY = 2
const COUNT = 4
const PHRASE = 8

/** Each clue word with what it is (one look-up per word): `componentWords` are sure clues,
 * the others may be study nouns, count words and phrase starts at once. */
const clueWords: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>()
  const add = (words: Iterable<string>, bit: number): void => {
    for (const word of words) map.set(word, (map.get(word) ?? 0) | bit)
  }
  add(componentWords, SURE)
  add(studyWords, STUDY)
  add(countWords, COUNT)
  add(phraseStarts, PHRASE)
  return map
})()

function addClues(key: string, clues: Clues): void {
  const bits = clueWords.get(key)
  if (bits === undefined) return
  if (bits & SURE) clues.sure = true
  else {
    if (bits & STUDY) clues.studyNoun = true
    if (bits & COUNT) clues.countWord = true
    if (bits & PHRASE) clues.phrase = true
  }
}

function hasDigit(key: string): boolean {
  for (let index = 0; index < key.length; index++) {
    const code = key.charCodeAt(index)
    if (code >= 48 && code <= 57) return true
  }
  return false
}

function itemClues(items: readonly Item[], clues: Clues): void {
  for (const item of items) {
    if (item.kind === 'punct') continue
    if (item.kind === 'number' || hasDigit(item.key)) clues.sure = true
    else addClues(item.key, clues)
    if (clues.sure) return
  }
}

/** Whether the clues leave an attribution possible: a sure clue, a study noun with a count, or
 * a phrase of the tables found in the items. */
function cluesMayName(clues: Clues, items: () => readonly Item[]): boolean {
  if (clues.sure || (clues.studyNoun && clues.countWord)) return true
  return clues.phrase && phraseAt(items())
}

/**
 * Whether a phrase the reader would take is in `items`: a design, a species, a cell study or an
 * institution matched at some word, or a journal's name at a capitalised word or after `the`
 * (as `readJournalAt` asks). The reader matches within a clause; a phrase found there is found
 * at the same word here (a longer limit only lengthens a match), so this never misses one.
 */
function phraseAt(items: readonly Item[]): boolean {
  for (let k = 0; k < items.length; k++) {
    const item = items[k]
    if (item.kind !== 'word') continue
    if (
      matchPhrase(designTable, items, k) ||
      matchPhrase(speciesTable, items, k) ||
      matchPhrase(cellTable, items, k) ||
      matchPhrase(institutionTable, items, k)
    )
      return true
    if ((isCapitalised(item) || item.key === 'the') && matchJournalAt(items, k)) return true
  }
  return false
}

/**
 * Whether `readFromItems` can find an attribution in `items` with no citation marker. An
 * attribution needs a component (its `anything`): a journal, an author, a design, an
 * institution, a species or a cell study, or a publication year or a count beside a study
 * noun or a design; a parenthetical needs a year. So the answer is false when no item holds a
 * digit, no word is `journal`, `et`, a colleague noun, a title or an institution's head, no
 * study noun stands with a count word, and no phrase of the designs, species, cell studies,
 * institutions or journals is found; the test never skips an attribution the reader finds.
 */
export function mayName(items: readonly Item[]): boolean {
  const clues: Clues = {sure: false, studyNoun: false, countWord: false, phrase: false}
  itemClues(items, clues)
  return cluesMayName(clues, () => items)
}

/** `mayName(itemsFromTokens(tokens))`, without making the items of most tokens: a word of
 * ASCII letters is one item whose key is its lower case, a token of ASCII marks only (no letter
 * or digit) makes punctuation items only; other tokens are scanned as `itemsFromTokens` scans
 * them (joining digit groups makes numbers of numbers, which `mayName` answers alike). The
 * items are made only to look for the tables' phrases. */
export function tokensMayName(
  tokens: readonly Token[],
  items: () => readonly Item[] = () => itemsFromTokens(tokens)
): boolean {
  const clues: Clues = {sure: false, studyNoun: false, countWord: false, phrase: false}
  for (const token of tokens) {
    if (token.kind === 'whitespace') continue
    const value = token.value
    const shape = asciiShape(value)
    if (shape === 'letters') addClues(asciiLower(token), clues)
    else if (shape === 'other') itemClues(scanItems(value, token.start), clues)
    if (clues.sure) return true
  }
  return cluesMayName(clues, items)
}

/** The lower case of a token of ASCII letters: the model's `lower` when it is that (it is, made
 * by `normalise`), without making another string. */
function asciiLower(token: Token): string {
  const {value, lower} = token
  if (lower.length !== value.length) return value.toLowerCase()
  for (let index = 0; index < value.length; index++)
    if (lower.charCodeAt(index) !== (value.charCodeAt(index) | 0x20)) return value.toLowerCase()
  return lower
}

/** `letters`: ASCII letters only; `marks`: ASCII without a letter or digit; else `other`. */
function asciiShape(value: string): 'letters' | 'marks' | 'other' {
  let letters = false
  let marks = false
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code >= 0x80 || (code >= 0x30 && code <= 0x39)) return 'other'
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) letters = true
    else marks = true
    if (letters && marks) return 'other'
  }
  return letters ? 'letters' : value.length > 0 ? 'marks' : 'other'
}

/** Read the attributions of a plain text (a sentence), offsets from `base`. */
export function readAttributionsInText(text: string, base = 0): Attribution[] {
  const items = scanItems(text, base)
  const citations = findCitations(text, 0, text.length).map((c) => ({...c, start: c.start + base, end: c.end + base}))
  return readFromItems(items, citations, (s, e) => text.slice(s - base, e - base))
}

/** Causal or efficacy wording anywhere in a sentence, and whether it keeps its claim to animals or cells. */
export function sentenceWording(
  tokens: readonly Token[],
  items: readonly Item[] = itemsFromTokens(tokens)
): {
  causal?: {start: number; end: number; text: string}
  nonHuman: boolean
} {
  const span = causalIn(items, 0, items.length)
  const nonHuman = nonHumanIn(items, 0, items.length)
  if (!span) return {nonHuman}
  const text = items
    .slice(span.from, span.to)
    .map((i, k) => (k > 0 && i.space ? ' ' : '') + i.text)
    .join('')
  return {causal: {start: items[span.from].start, end: items[span.to - 1].end, text}, nonHuman}
}
