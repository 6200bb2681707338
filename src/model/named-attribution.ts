/**
 * Named attributions: "A 2017 study in Clinical Nutrition ESPEN found", "Smith and
 * colleagues reported in 2019", "a clinical trial published in Stress and Health (2020)
 * demonstrated". A source when at least two of year, journal, author, institution or
 * study design stand together with a reporting verb (docs/definitions.md, "Source").
 * "A 2012 study found" names only a year: not a source; plain "study" is not a design.
 */
import type {Token} from './types.js'
import {designs, journalNames, places} from '../data/studies.js'
import {
  acronymInstitutions,
  namedSourceColleagues,
  institutionHeads,
  namedSourceInstitutions as institutions,
  namedSourceTitles,
  namedSourceVerbs as reportingVerbs,
  reportingPhraseList
} from '../data/attribution-words.js'
import {compile, matchAll, type Lexicon} from './lexicon.js'
import {journalLeadWords} from '../data/model-words.js'

const designLexicon: Lexicon = compile(designs.map((phrase) => ({phrase, category: 'design'})))
const institutionLexicon: Lexicon = compile(institutions.map((phrase) => ({phrase, category: 'institution'})))
const journalLexicon: Lexicon = compile(journalNames.map((phrase) => ({phrase, category: 'journal'})))
const reporting = new Set(reportingVerbs)
/** Reporting phrases whose source follows them (`according to the Office for National
 * Statistics' 2023 figures`), as word sequences. */
const sourceAfterPhrases: string[][] = reportingPhraseList
  .filter((entry) => entry.sourceAfter)
  .map((entry) => entry.phrase.split(' '))
const placeNames = new Set(places)

/** Tokens before a reporting verb in which its components may stand (tokens count words, spaces
 * and punctuation: 40 is some twenty words, a long subject such as "A 2017 randomised
 * controlled trial of 120 adults at the University of Otago, published in Nutrients,"). */
const componentsBefore = 40

/** Tokens after the verb for a trailing `in`/`by` phrase (`reported in 2019 by Smith et al.`). */
const componentsAfter = 12

export interface Attribution {
  start: number
  end: number
  year: boolean
  journal: boolean
  author: boolean
  institution: boolean
  design: boolean
}

/** The journal written after `published in`, `study in` or `in the journal`, and the authors
 * (`Smith et al.`, `and colleagues`, `Dr. Lee`) in a window: set on `found`, each noted. */
function journalAndAuthors(window: Token[], found: Attribution, note: (start: number) => void): void {
  // `published in X`, `in the journal X`, `study in X` where X is capitalised and not a place.
  for (let i = 0; i < window.length - 2; i++) {
    if (window[i].lower !== 'in' || window[i + 1].kind !== 'whitespace') continue
    const next = window[i + 2]
    const previous = window[i - 2]
    const afterStudy = previous && journalLeadWords.has(previous.lower)
    if (
      next &&
      next.kind === 'word' &&
      /^[A-Z]/.test(next.value) &&
      afterStudy &&
      !placeNames.has(next.lower) &&
      next.lower !== 'the' &&
      !/^(?:19|20)\d\d$/.test(next.value)
    ) {
      found.journal = true
      note(next.start)
    }
    if (next && next.lower === 'the' && window[i + 4] && window[i + 4].lower === 'journal') {
      found.journal = true
      note(next.start)
    }
  }
  // Authors after `by` that follows a study's word (`a 2006 study by Roediger and Karpicke`).
  for (let i = 2; i < window.length - 2; i++) {
    if (window[i].lower !== 'by' || !journalLeadWords.has(window[i - 2]?.lower ?? '')) continue
    const next = window[i + 2]
    if (next.kind === 'word' && /^[A-Z][a-z]/.test(next.value) && !placeNames.has(next.lower)) {
      found.author = true
      note(next.start)
    }
  }
  // Authors: `Smith et al.`, `Smith and colleagues`, `Dr. Lee`, `Professor Carr`.
  for (let i = 0; i < window.length; i++) {
    const token = window[i]
    if (token.kind !== 'word') continue
    const next = window[i + 2]
    if ((token.lower === 'et' && next && /^al\.?$/.test(next.lower)) || namedSourceColleagues.has(token.lower)) {
      found.author = true
      note(token.start)
    }
    if (namedSourceTitles.has(token.lower) && next && /^[A-Z]/.test(next.value)) {
      found.author = true
      note(token.start)
    }
  }
}

/** The first words of `sourceAfterPhrases`. */
const sourceAfterFirsts: ReadonlySet<string> = new Set(sourceAfterPhrases.map((words) => words[0]))

/** Does a reporting phrase whose source follows it start at token `v` (`according to`)? */
function sourceAfterAt(tokens: Token[], v: number): boolean {
  // (Most words open no such phrase: no phrase is matched there.)
  let first = v
  while (tokens[first]?.kind === 'whitespace') first++
  if (!sourceAfterFirsts.has(tokens[first]?.lower ?? '')) return false
  return sourceAfterPhrases.some((words) => {
    let k = v
    for (const word of words) {
      while (tokens[k]?.kind === 'whitespace') k++
      if (tokens[k]?.lower !== word) return false
      k++
    }
    return true
  })
}

/** The named attribution in a sentence, if any: its span runs from its first component to
 * its reporting verb. */
export function namedAttribution(tokens: Token[]): Attribution | undefined {
  // Find a reporting verb first; the components must stand before it or in a `by`/`in` phrase
  // shortly after (`reported in 2019 by Smith et al.`).
  for (let v = 0; v < tokens.length; v++) {
    const verb = tokens[v]
    if (verb.kind !== 'word') continue
    // (`according to X's 2023 report`: the components follow the phrase.)
    const before = !sourceAfterAt(tokens, v)
    if (before && !reporting.has(verb.lower)) continue
    const from = before ? Math.max(0, v - componentsBefore) : v
    const to = Math.min(tokens.length, v + (before ? componentsAfter : componentsBefore))
    const window = tokens.slice(from, to)
    const found: Attribution = {
      start: verb.start,
      end: verb.end,
      year: false,
      journal: false,
      author: false,
      institution: false,
      design: false
    }
    let first = verb.start
    const note = (start: number) => {
      if (start < first) first = start
    }
    for (const token of window) {
      if (token.kind === 'word' && /^(?:19[5-9]\d|20[0-4]\d)$/.test(token.value)) {
        found.year = true
        note(token.start)
      }
    }
    for (const match of matchAll(designLexicon, window)) {
      found.design = true
      note(match.start)
    }
    for (const match of matchAll(institutionLexicon, window)) {
      // (An institution known by its initials counts in capitals only: `WHO`, not the pronoun `who`.)
      const written = window[match.from].value
      if (acronymInstitutions.has(match.phrase) && written !== written.toUpperCase()) continue
      found.institution = true
      note(match.start)
    }
    const named = namedInstitutionIn(window)
    if (named) {
      found.institution = true
      note(named.start)
    }
    for (const match of matchAll(journalLexicon, window)) {
      // A journal is written as a title: "in Sleep", not "improved sleep quality".
      if (!/^[A-Z]/.test(window[match.to - 1].value)) continue
      if (match.start === tokens[0]?.start) continue
      found.journal = true
      note(match.start)
    }
    journalAndAuthors(window, found, note)
    const count =
      Number(found.year) +
      Number(found.journal) +
      Number(found.author) +
      Number(found.institution) +
      Number(found.design)
    if (count >= 2) {
      found.start = first
      return found
    }
  }
  return undefined
}

/** `The Office for National Statistics`, `the Census Bureau`: a capitalised head of an
 * institution's name after another capitalised word or before `of`/`for` and one. */
function namedInstitutionIn(window: Token[]): Token | undefined {
  const words = window.filter((token) => token.kind === 'word')
  const capital = (token: Token | undefined) => token !== undefined && /^[A-Z]/.test(token.value)
  for (let i = 0; i < words.length; i++) {
    const word = words[i]
    // (`the Cycling Association's 2021 count`: the head with its possessive.)
    if (!capital(word) || !institutionHeads.has(word.lower.replace(/['’]s$/, ''))) continue
    const linked = (words[i + 1]?.lower === 'of' || words[i + 1]?.lower === 'for') && capital(words[i + 2])
    if ((i > 0 && capital(words[i - 1]) && words[i - 1].lower !== 'the') || linked) return word
  }
  return undefined
}
