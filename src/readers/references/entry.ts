/**
 * Reading one reference entry into fields: authors, year, title, journal, volume/issue/pages,
 * DOI, PMID/PMCID, URL, and the study design its title states. Handles APA, Vancouver, AMA,
 * Harvard and MLA shapes, bare titles with `Retrieved from: URL`, `_Journal_: "Title"` lines
 * and links. Every step is a forward scan over the entry's words.
 */
import {titleDesigns, findSpecies, speciesIsPopulation, type Design} from '../designs.js'
import {
  journalByDoi,
  journalByUrl,
  matchJournalAt,
  nameKey,
  yearOfVolume,
  type JournalHit,
  type JournalRecord
} from '../journals.js'
import {readCounts} from '../counts.js'
import {findIdentifiers} from '../../text/identifiers.js'
import {htmlToPlain, markdownToPlain, type PlainText} from '../../text/markup.js'
import {isCapitalised, isYearNumber, scanItems, type Item} from '../../text/words.js'
import {monthNames as months} from '../../data/numbers.js'
import {labelNouns} from '../../data/labels.js'
import {
  abbreviationsBeforeDot,
  authorListWords,
  editorWords,
  maskedAccessPhrases,
  yearBlockers
} from '../../data/references.js'
import {markerOf} from './sections.js'

/** The journal of an entry: a record of the journals table when known, and the name as written. */
export interface EntryJournal {
  name: string
  record?: JournalRecord | undefined
  /** How it was recognised: by its name in the entry, or by an identifier. */
  via: 'name' | 'doi' | 'issn' | 'url' | 'pii'
}

export interface EntryFields {
  /** Family names (or an organisation's name), in order. */
  authors: string[]
  year?: number | undefined
  /** Where the year comes from: written in the entry, a volume-to-year rule, an Elsevier PII (±1). */
  yearSource?: 'text' | 'volume' | 'pii' | undefined
  title?: string | undefined
  journal?: EntryJournal | undefined
  volume?: string | undefined
  issue?: string | undefined
  pages?: string | undefined
  doi?: string | undefined
  pmid?: string | undefined
  pmcid?: string | undefined
  /** The first URL of the entry. */
  url?: string | undefined
  urls: string[]
  /** Designs the title states ('animal' when its population is a species). */
  designs: Design[]
  /** Species its title names as the population. */
  species: string[]
  sampleSize?: number | undefined
  studyCount?: number | undefined
}

/** Blank out identifiers and boilerplate so only bibliographic words remain. */
function bodyOf(text: string, spans: Array<[number, number]>): string {
  const chars = text.split('')
  for (const [s, e] of spans) for (let k = s; k < e && k < chars.length; k++) chars[k] = ' '
  let body = chars.join('')
  const lower = body.toLowerCase()
  const mask = body.split('')
  for (const phrase of maskedAccessPhrases) {
    let at = lower.indexOf(phrase)
    while (at >= 0) {
      const before = lower[at - 1]
      if (before === undefined || !/[a-z]/.test(before)) for (let k = at; k < at + phrase.length; k++) mask[k] = ' '
      at = lower.indexOf(phrase, at + phrase.length)
    }
  }
  body = mask.join('')
  return body
}

function isInitials(item: Item): boolean {
  if (item.kind !== 'word') return false
  const t = item.text
  if (t.length > 3) return false
  return t === t.toUpperCase() && /^[A-Z\u00C0-\u00DE]+$/.test(t)
}

interface AuthorBlock {
  authors: string[]
  /** Item index after the block (its closing punctuation included). */
  end: number
  year?: number | undefined
}

function namesOf(items: readonly Item[], from: number, to: number): string[] {
  const names: string[] = []
  let hasInitials = false
  for (let k = from; k < to; k++) if (isInitials(items[k])) hasInitials = true
  if (!hasInitials && !items.slice(from, to).some((i) => i.key === 'et' || i.key === ',')) {
    // An organisation: the whole block.
    const text = items
      .slice(from, to)
      .map((i) => (i.space ? ' ' : '') + i.text)
      .join('')
      .trim()
      .replace(/[.,]$/, '')
    return text ? [text] : []
  }
  for (let k = from; k < to; k++) {
    const item = items[k]
    if (item.key === '[' || item.key === '(') {
      // `[Hundreds of authors]`, `(ed)`: not names.
      const close = item.key === '[' ? ']' : ')'
      while (k < to && items[k].key !== close) k++
      continue
    }
    if (item.kind !== 'word' || !isCapitalised(item) || isInitials(item) || authorListWords.has(item.key)) continue
    // Given names in `Surname, Given,` (MLA) follow a comma after a surname; keep both (matching takes any).
    let name = item.text
    while (
      items[k + 1]?.key === '-' &&
      !items[k + 1].space &&
      items[k + 2]?.kind === 'word' &&
      isCapitalised(items[k + 2]) &&
      !isInitials(items[k + 2])
    ) {
      name += '-' + items[k + 2].text
      k += 2
    }
    names.push(name)
  }
  return names
}

function hasLowercaseRun(items: readonly Item[], from: number, to: number): boolean {
  let run = 0
  for (let k = from; k < to; k++) {
    const item = items[k]
    if (item.kind === 'word' && !isCapitalised(item) && !authorListWords.has(item.key)) {
      run++
      if (run >= 3) return true
    } else if (item.kind === 'word') run = 0
  }
  return false
}

/** The author block at the start of an entry (APA, Harvard, Vancouver, AMA, MLA), if any. */
function readAuthorBlock(items: readonly Item[]): AuthorBlock | undefined {
  const apa = apaAuthorBlock(items)
  if (apa !== undefined) return apa === 'none' ? undefined : apa
  const run = scanNameRun(items)
  if ('authors' in run) return run
  return nameRunBlock(items, run)
}

/** Items of an APA author list before its `(year)` at most (`Smith, J. A., Jones, B., & Lee,
 * C.` is 17 items; forty hold five or six authors with initials). */
const apaAuthorsMaxItems = 40

/** Items from an APA date's `(` to its `)` at most (`(2019, March 4)`, `(n.d.)`). */
const apaDateMaxItems = 8

/** APA: authors (YYYY). The first `(year)` within `apaAuthorsMaxItems`, after name-like text; `'none'`
 * when such a year stands after text with no names (no author block at all); `undefined`
 * when the entry is not written so. */
function apaAuthorBlock(items: readonly Item[]): AuthorBlock | 'none' | undefined {
  const n = items.length
  // APA: authors (YYYY). — the first `(year)` within the author window, after name-like text.
  for (let i = 1; i < Math.min(n, apaAuthorsMaxItems); i++) {
    if (items[i].key !== '(') continue
    const y = items[i + 1]
    const yearItem = y && (isYearNumber(y) || (y.kind === 'word' && /^\d{4}[a-z]$/.test(y.key)))
    const nd = y && y.key === 'n' && items[i + 2]?.key === '.' && items[i + 3]?.key === 'd'
    if (!yearItem && !nd) continue
    if (hasLowercaseRun(items, 0, i)) return undefined
    let close = i + 2
    while (close < n && close < i + apaDateMaxItems && items[close].key !== ')') close++
    if (items[close]?.key !== ')') continue
    let end = close + 1
    if (items[end]?.key === '.') end++
    const authors = namesOf(items, 0, i)
    if (authors.length === 0) return 'none'
    return {authors, end, year: yearItem ? Number(y.key.slice(0, 4)) : undefined}
  }
  return undefined
}

/** What a name-like run at the start of an entry holds (Vancouver, Harvard, MLA). */
interface NameRun {
  lastDot: number
  initials: boolean
  etAl: boolean
  editor: boolean
  units: number
}

/** After `et al` at `k`: past its full stop and a bracketed note (`et al [Hundreds of
 * authors]`); where the run goes on, and its last full stop (-1: none). */
function skipEtAl(items: readonly Item[], k: number): {k: number; lastDot: number} {
  let lastDot = -1
  k += 2
  if (items[k]?.key === '.') {
    lastDot = k
    k++
  }
  if (items[k]?.key === '[') {
    while (k < items.length && items[k].key !== ']') k++
    k++
    if (lastDot < k - 1) lastDot = k - 1
  }
  return {k, lastDot}
}

/** The full stop after an editor note whose `(` is at `k` (`(eds.).`), if there is one. */
function editorNoteDot(items: readonly Item[], k: number): number | undefined {
  k += 2
  if (items[k]?.key === '.') k++
  if (items[k]?.key === ')') k++
  return items[k]?.key === '.' ? k : undefined
}

/** Scan the name-like run at the start of an entry: a Harvard block (`names, YYYY.`) as soon as
 * it is seen, else what the run held. One pass over the run's items, kept whole: it is a state
 * machine (a surname just seen, a full stop after initials) whose every step reads that state;
 * the `et al` and editor notes are read apart. */
function scanNameRun(items: readonly Item[]): AuthorBlock | NameRun {
  const n = items.length
  let k = 0
  let initials = false
  let etAl = false
  let editor = false
  let lastDot = -1
  let units = 0
  let prevSurname = false
  let afterInitialDot = false
  while (k < n) {
    const item = items[k]
    // `Campbell R. Sugar Fraud.`: after initials and their full stop, a new surname needs a separator.
    if (
      afterInitialDot &&
      item.kind === 'word' &&
      isCapitalised(item) &&
      !isInitials(item) &&
      !authorListWords.has(item.key)
    )
      break
    if (item.kind !== 'punct' || item.key !== '.')
      afterInitialDot = afterInitialDot && item.kind === 'word' && isInitials(item)
    if (item.kind === 'word') {
      if (item.key === 'et' && items[k + 1]?.key === 'al') {
        etAl = true
        const after = skipEtAl(items, k)
        k = after.k
        if (after.lastDot >= 0) lastDot = after.lastDot
        prevSurname = false
        continue
      }
      if (authorListWords.has(item.key)) {
        k++
        continue
      }
      if (!isCapitalised(item)) break
      if (isInitials(item)) {
        if (prevSurname || items[k - 1]?.key === '.' || items[k - 1]?.key === ',' || items[k - 1]?.key === '-')
          initials = true
        prevSurname = false
      } else {
        if (!prevSurname) units++
        prevSurname = !labelNouns.has(item.key)
      }
      k++
      continue
    }
    if (item.kind === 'number') {
      // Harvard: names, YYYY.
      if (isYearNumber(item) && items[k - 1]?.key === ',' && k > 1) {
        const authors = namesOf(items, 0, k - 1)
        let end = k + 1
        if (items[end]?.key === '.' || items[end]?.key === ')') end++
        if (authors.length > 0 && (initials || etAl || units >= 1)) return {authors, end, year: item.value}
      }
      break
    }
    const mark = item.key
    if (mark === '.') {
      lastDot = k
      if (items[k - 1] && isInitials(items[k - 1])) afterInitialDot = true
    }
    if (mark === '(' && editorWords.has(items[k + 1]?.key ?? '')) {
      editor = true
      lastDot = editorNoteDot(items, k) ?? lastDot
      break
    }
    if (mark === ',' || mark === '.' || mark === '&' || mark === '-' || mark === ';' || mark === '\u2010') {
      k++
      continue
    }
    break
  }
  return {lastDot, initials, etAl, editor, units}
}

/** The author block a name-like run makes, if it is one: initials, `et al.` or an editor, and
 * (for one name alone) a title of three words or more after it. */
function nameRunBlock(items: readonly Item[], run: NameRun): AuthorBlock | undefined {
  const {lastDot, initials, etAl, editor, units} = run
  if (lastDot <= 0 || !(initials || etAl || editor)) return undefined
  // One name unit with no `et al.` must be followed by a title of three words or more.
  if (units <= 1 && !etAl && !editor) {
    const following = items.slice(lastDot + 1).filter((i) => i.kind === 'word').length
    if (following < 2) return undefined
    if (labelNouns.has(items[0].key)) return undefined
  }
  let authors: string[]
  if (editor) {
    // `Ancel Keys (ed).`: given name first; the family name is the last capitalised word.
    const paren = items.findIndex((i) => i.key === '(')
    const names = items
      .slice(0, paren < 0 ? lastDot : paren)
      .filter((i) => i.kind === 'word' && isCapitalised(i) && !isInitials(i))
    authors = names.length > 0 ? [names[names.length - 1].text] : []
  } else authors = namesOf(items, 0, lastDot)
  if (authors.length === 0) return undefined
  return {authors, end: lastDot + 1}
}

const boundaryMarks = new Set(['.', '?', '!', ':', '\u201D', '\u201C', '"', '\u2019', ']'])
const afterNameMarks = new Set(['.', ',', ';', ':', ')', '(', '[', '\u201D', '"'])

function isEmphasised(item: Item, emphasis: Array<[number, number]>): boolean {
  return emphasis.some(([s, e]) => item.start >= s && item.start < e)
}

/** A year then `;`/`:`/`(` right after a name: the Vancouver tail (`BMJ 2016;353:i1246`). */
function strongTail(items: readonly Item[], at: number): boolean {
  const y = items[at]
  if (!y || !isYearNumber(y)) return false
  let k = at + 1
  if (items[k]?.kind === 'word' && months.has(items[k].key)) k++
  if (items[k]?.kind === 'number' && (items[k].value ?? 0) <= 31) k++
  const next = items[k]
  return next !== undefined && (next.key === ';' || next.key === ':' || next.key === '(' || next.key === ',')
}

function findJournalName(
  items: readonly Item[],
  from: number,
  emphasis: Array<[number, number]>
): {match: ReturnType<typeof matchJournalAt> & object; first: boolean} | undefined {
  for (let i = from; i < items.length; i++) {
    const item = items[i]
    if (item.kind !== 'word') continue
    const prev = items[i - 1]
    const first = i === from || (prev !== undefined && i - 1 < from)
    const atBoundary =
      first ||
      (prev !== undefined && boundaryMarks.has(prev.key)) ||
      (isEmphasised(item, emphasis) && (!prev || !isEmphasised(prev, emphasis)))
    const m = matchJournalAt(items, i)
    if (!m) continue
    const next = items[m.to]
    const endsWell =
      next === undefined ||
      afterNameMarks.has(next.key) ||
      next.kind === 'number' ||
      (next.kind === 'word' && /^\d/.test(next.key))
    if (!endsWell) continue
    if (
      m.journal.common &&
      !isCapitalised(items[m.from]) &&
      !(items[m.from].key === 'the' && isCapitalised(items[m.from + 1]))
    )
      continue
    if (atBoundary || strongTail(items, m.to)) {
      // The first segment is the title unless the name is followed by a year or volume, or is
      // emphasised and followed by a colon (`_JAMA_ : "Title"`).
      if (first) {
        const colonTitle = next !== undefined && next.key === ':' && isEmphasised(item, emphasis)
        const numbered =
          next !== undefined &&
          (next.kind === 'number' ||
            (next.key === '.' && items[m.to + 1]?.kind === 'number') ||
            (next.key === ',' && items[m.to + 1]?.kind === 'number'))
        if (!colonTitle && !numbered && !(next === undefined && i > from)) continue
      }
      return {match: m, first}
    }
  }
  return undefined
}

/** The end (item index) of the first sentence-like segment from `from`. */
function segmentEnd(items: readonly Item[], from: number): number {
  for (let k = from; k < items.length; k++) {
    const item = items[k]
    if (item.kind !== 'punct' || item.key !== '.') continue
    const prev = items[k - 1]
    const next = items[k + 1]
    if (prev && prev.kind === 'word' && abbreviationsBeforeDot.has(prev.key)) continue
    if (prev && prev.kind === 'word' && prev.text.length === 1 && prev.text === prev.text.toLowerCase()) continue
    if (next === undefined) return k
    if (
      next.kind === 'number' ||
      isCapitalised(next) ||
      next.kind === 'punct' ||
      (next.kind === 'word' && /^\d/.test(next.text))
    ) {
      if (!next.space && next.kind !== 'punct' && prev?.kind === 'word' && prev.text.length === 1) continue
      return k
    }
  }
  return items.length
}

function joinItems(items: readonly Item[], from: number, to: number): string {
  let out = ''
  for (let k = from; k < to; k++) out += (k > from && items[k].space ? ' ' : '') + items[k].text
  return out.trim()
}

function trimPunct(items: readonly Item[], from: number, to: number): [number, number] {
  let s = from
  let e = to
  while (s < e && items[s].kind === 'punct' && items[s].key !== '(' && items[s].key !== '[') s++
  while (
    e > s &&
    items[e - 1].kind === 'punct' &&
    items[e - 1].key !== ')' &&
    items[e - 1].key !== '?' &&
    items[e - 1].key !== ']'
  )
    e--
  return [s, e]
}

/** Words before a year within which an access word makes it an access date (`Accessed 4
 * May 2021`, `last updated on 2020`). */
const yearBlockerWindow = 4

function yearCandidates(items: readonly Item[]): number[] {
  const out: number[] = []
  for (let k = 0; k < items.length; k++) {
    const item = items[k]
    const year =
      isYearNumber(item) ||
      (item.kind === 'word' &&
        /^\d{4}[a-z]$/.test(item.key) &&
        Number(item.key.slice(0, 4)) >= 1800 &&
        Number(item.key.slice(0, 4)) <= 2099)
    if (!year) continue
    let blocked = false
    for (let b = Math.max(0, k - yearBlockerWindow); b < k; b++) if (yearBlockers.has(items[b].key)) blocked = true
    // ISO dates `2018-01-05` are access dates in references.
    if (
      items[k + 1]?.key === '-' &&
      !items[k + 1].space &&
      items[k + 2]?.kind === 'number' &&
      items[k + 2].text.length === 2 &&
      items[k + 3]?.key === '-'
    )
      blocked = true
    // Ranges `1968-73`, `1968–1973` describe what was studied.
    if (
      (items[k + 1]?.key === '-' || items[k + 1]?.key === '\u2013') &&
      items[k + 2]?.kind === 'number' &&
      !items[k + 1].space
    )
      blocked = true
    if (
      (items[k - 1]?.key === '-' || items[k - 1]?.key === '\u2013') &&
      items[k - 2]?.kind === 'number' &&
      !items[k - 1].space
    )
      blocked = true
    if (!blocked) out.push(k)
  }
  return out
}

interface Numbers {
  volume?: string | undefined
  issue?: string | undefined
  pages?: string | undefined
  year?: number | undefined
}

/** Items of an issue in parentheses after a volume at most (`11(3)`, `9(Suppl 2)`, `(3-4)`). */
const issueMaxItems = 6

/** Volume, issue and pages after the journal name (and a year, a month, a day). */
function readNumbers(items: readonly Item[], from: number): Numbers {
  const out: Numbers = {}
  let k = from
  const skipPunct = (): void => {
    while (
      k < items.length &&
      items[k].kind === 'punct' &&
      (items[k].key === '.' || items[k].key === ',' || items[k].key === ';' || items[k].key === ':')
    )
      k++
  }
  skipPunct()
  if (isYearNumber(items[k])) {
    out.year = items[k].value
    k++
    if (items[k]?.kind === 'word' && months.has(items[k].key)) k++
    if (items[k]?.kind === 'number' && (items[k].value ?? 99) <= 31 && items[k + 1]?.key !== '(') k++
    skipPunct()
  }
  if (items[k]?.kind === 'word' && /^(vol|volume)$/.test(items[k].key)) {
    k++
    skipPunct()
  }
  const vol = items[k]
  if (vol && vol.kind === 'number' && !isYearNumber(vol)) {
    if (vol.text.includes('.')) {
      // MLA `13.2` is volume 13, issue 2.
      const [v, i] = vol.text.split('.')
      out.volume = v
      out.issue = i
    } else out.volume = vol.text
    k++
  } else return out
  if (items[k]?.key === '(') {
    let close = k + 1
    while (close < items.length && close < k + issueMaxItems && items[close].key !== ')') close++
    if (items[close]?.key === ')') {
      const inner = joinItems(items, k + 1, close)
      if (/^\d{4}$/.test(inner) && out.year === undefined) out.year = Number(inner)
      else if (!out.issue) out.issue = inner.replace(/\s+/g, '')
      k = close + 1
    }
  } else if (items[k]?.key === '.' && items[k + 1]?.kind === 'number' && items[k + 2]?.key === ';') {
    // `51. 15; 1111-1113`
    out.issue = items[k + 1].text
    k += 2
  }
  skipPunct()
  if (items[k]?.kind === 'word' && /^(pp|p|pages|art|article)$/.test(items[k].key)) {
    k++
    skipPunct()
  }
  const first = items[k]
  if (first && (first.kind === 'number' || (first.kind === 'word' && /^[a-z]?\d+$/i.test(first.text)))) {
    let pages = first.text
    if (
      (items[k + 1]?.key === '-' || items[k + 1]?.key === '\u2013') &&
      items[k + 2] &&
      items[k + 2].kind !== 'punct'
    ) {
      pages += '-' + items[k + 2].text
    }
    out.pages = pages
  }
  return out
}

/** A title without surrounding quotes and stray symbols (mojibake of quotes included). */
function cleanTitle(title: string): string {
  let s = 0
  let e = title.length
  while (s < e && !/[\p{L}\p{N}(]/u.test(title[s])) s++
  while (e > s && !/[\p{L}\p{N})?]/u.test(title[e - 1])) e--
  return title.slice(s, e)
}

/** Read an entry's fields from its source text, step by step: identifiers, authors, title and
 * journal, numbers and year, what the identifiers tell, and what the title says of the study. */
export function readEntryFields(raw: string, format: 'text' | 'markdown' | 'html'): EntryFields {
  const plain = entryText(raw, format)
  const fields: EntryFields = {authors: [], urls: [], designs: [], species: []}
  const found = readIdentifierFields(plain, fields)
  const body = bodyOf(
    plain.text,
    found.filter((f) => f.start >= 0).map((f) => [f.start, f.end] as [number, number])
  )
  const items = scanItems(body)

  const block = readAuthorBlock(items)
  let titleFrom = block ? block.end : 0
  if (block) fields.authors = block.authors
  while (
    titleFrom < items.length &&
    items[titleFrom].kind === 'punct' &&
    items[titleFrom].key !== '(' &&
    items[titleFrom].key !== '['
  )
    titleFrom++

  const layout = titleAndJournal(items, titleFrom, plain.emphasis)
  const {journalName, unknownJournal} = layout
  let numbersFrom = layout.numbersFrom
  const [ts, te] = trimPunct(items, layout.titleFrom, layout.titleTo)
  const titleHasWords = items.slice(ts, te).some((i) => i.kind === 'word' && /\p{L}{2}/u.test(i.text))
  if (te > ts && titleHasWords) fields.title = cleanTitle(joinItems(items, ts, te))

  if (journalName) {
    const m = journalName.match
    fields.journal = {name: joinItems(items, m.from, m.to), record: m.journal, via: 'name'}
  } else if (unknownJournal) {
    fields.journal = {name: joinItems(items, unknownJournal.from, unknownJournal.to), via: 'name'}
    numbersFrom = unknownJournal.to
  }

  readNumberFields(items, fields, {block, numbersFrom, ts, te, journalName})
  readFieldsFromIdentifiers(fields)
  readStudyFields(items, fields, ts, te)
  return fields
}

/** An entry's plain text, with a list marker left in it (`(1) Paoli A, ...`) blanked out. */
function entryText(raw: string, format: 'text' | 'markdown' | 'html'): PlainText {
  const plain: PlainText =
    format === 'html'
      ? htmlToPlain(raw)
      : format === 'markdown'
        ? markdownToPlain(raw)
        : {text: raw, urls: [], emphasis: []}
  const marker = markerOf(plain.text)
  if (marker && marker.kind === 'number') {
    plain.text = ' '.repeat(marker.contentAt) + plain.text.slice(marker.contentAt)
  }
  return plain
}

/** The URLs, DOI, PMID and PMCID of an entry (in its text or its links) into `fields`; the
 * identifiers found, those in the text with their offsets. */
function readIdentifierFields(plain: PlainText, fields: EntryFields): ReturnType<typeof findIdentifiers> {
  const found = findIdentifiers(plain.text)
  for (const url of plain.urls) {
    if (!found.some((f) => f.kind === 'url' && f.value === url)) {
      const extra = findIdentifiers(url)
      if (extra.length === 0 && /^(https?:)?\/\//.test(url))
        extra.push({kind: 'url', value: url, start: 0, end: url.length})
      for (const f of extra) found.push({...f, start: -1, end: -1})
    }
  }
  for (const f of found) {
    if (f.kind === 'url' && !fields.urls.includes(f.value)) fields.urls.push(f.value)
    if (f.kind === 'doi' && !fields.doi) fields.doi = f.value
    if (f.kind === 'pmid' && !fields.pmid) fields.pmid = f.value
    if (f.kind === 'pmcid' && !fields.pmcid) fields.pmcid = f.value
  }
  fields.url = fields.urls[0]
  return found
}

/** Items of an unknown journal's name between a title and a Vancouver tail at most (`Pain
 * Physician.`, `J Clin Sleep Med.`): a longer segment is more title. */
const unknownJournalMaxItems = 12

/** Where the title and the journal stand after the authors: a known journal's name, or an
 * unknown journal (before a Vancouver tail, or emphasised after the title). */
function titleAndJournal(
  items: Item[],
  start: number,
  emphasis: PlainText['emphasis']
): {
  journalName: ReturnType<typeof findJournalName>
  unknownJournal: {from: number; to: number} | undefined
  titleFrom: number
  titleTo: number
  numbersFrom: number | undefined
} {
  let titleFrom = start
  const journalName = findJournalName(items, titleFrom, emphasis)
  let unknownJournal: {from: number; to: number} | undefined
  let titleTo: number
  let numbersFrom: number | undefined
  if (journalName && !journalName.first) {
    titleTo = journalName.match.from
    numbersFrom = journalName.match.to
  } else if (journalName && journalName.first) {
    // `_Journal_ : "Title"` or a bare `Journal. 2017;9:429.`
    numbersFrom = journalName.match.to
    const afterColon = items[journalName.match.to]?.key === ':' ? journalName.match.to + 1 : undefined
    if (afterColon !== undefined) {
      titleFrom = afterColon
      titleTo = items.length
    } else {
      titleFrom = journalName.match.to
      titleTo = titleFrom
    }
  } else {
    titleTo = segmentEnd(items, titleFrom)
    // A journal we do not know, between the title and a Vancouver tail: `Title. Pain Physician. 2016;19(1):E97.`
    if (titleTo < items.length) {
      const s2 = titleTo + 1
      const e2 = segmentEnd(items, s2)
      const tail = e2 > s2 && e2 - s2 <= unknownJournalMaxItems ? readNumbers(items, e2) : {}
      if ((tail as Numbers).volume !== undefined && items.slice(s2, e2).every((i) => i.kind !== 'number')) {
        unknownJournal = {from: s2, to: e2}
      }
    }
    // An emphasised run after the title is an unknown journal (APA: `Title? *Journal*, 36(2)`).
    for (let k = titleFrom + 2; k < items.length; k++) {
      const item = items[k]
      if (item.kind === 'punct' || !isEmphasised(item, emphasis) || isEmphasised(items[k - 1], emphasis)) continue
      let e = k
      while (
        e < items.length &&
        (isEmphasised(items[e], emphasis) ||
          (items[e].kind === 'punct' && e + 1 < items.length && isEmphasised(items[e + 1], emphasis)))
      )
        e++
      const next = items[e]
      if (
        next &&
        (next.key === ',' || next.key === '.') &&
        (items[e + 1]?.kind === 'number' || isYearNumber(items[e + 1]))
      ) {
        titleTo = Math.min(titleTo, k)
        unknownJournal = {from: k, to: e}
      }
      break
    }
  }
  return {journalName, unknownJournal, titleFrom, titleTo, numbersFrom}
}

/** Volume, issue and pages after the journal, and the year (the author block's, the
 * numbers', or a year near the title). */
function readNumberFields(
  items: Item[],
  fields: EntryFields,
  where: {
    block: ReturnType<typeof readAuthorBlock>
    numbersFrom: number | undefined
    ts: number
    te: number
    journalName: ReturnType<typeof findJournalName>
  }
): void {
  const {block, numbersFrom, ts, te, journalName} = where
  const numbers = numbersFrom !== undefined ? readNumbers(items, numbersFrom) : {}
  if (numbers.volume) fields.volume = numbers.volume
  if (numbers.issue) fields.issue = numbers.issue
  if (numbers.pages) fields.pages = numbers.pages
  if (block?.year !== undefined) {
    fields.year = block.year
    fields.yearSource = 'text'
  } else if (numbers.year !== undefined) {
    fields.year = numbers.year
    fields.yearSource = 'text'
  } else {
    const candidates = yearCandidates(items)
    const after = candidates.find((k) => k >= te)
    const before = candidates.find((k) => k < ts)
    // A book's year closing its title: `Seven Countries: ..., 1980.`
    const closing = candidates.find((k) => k === te - 1 && items[k - 1]?.key === ',')
    const pick = after ?? before ?? closing
    if (pick !== undefined) {
      fields.year = Number(items[pick].key.slice(0, 4))
      fields.yearSource = 'text'
    }
  }
  if (!fields.volume && !journalName && te < items.length) {
    // A journal we do not know, before a Vancouver tail: `Title. Some J. 2019;12(3):45.`
    const tail = readNumbers(items, te)
    if (tail.volume) {
      fields.volume = tail.volume
      if (tail.issue) fields.issue = tail.issue
      if (tail.pages) fields.pages = tail.pages
    }
  }
}

/** Journal and year from the DOI or a URL (a journal's own DOI prefix or site), and the year
 * from a known journal's volume. */
function readFieldsFromIdentifiers(fields: EntryFields): void {
  let hit: JournalHit | undefined
  if (fields.doi) hit = journalByDoi(fields.doi)
  if (!hit) for (const url of fields.urls) if ((hit = journalByUrl(url))) break
  if (hit) {
    if (!fields.journal) fields.journal = {name: hit.journal.name, record: hit.journal, via: hit.via}
    if (hit.volume !== undefined && !fields.volume) fields.volume = String(hit.volume)
    if (hit.issue !== undefined && !fields.issue) fields.issue = hit.issue
    if (fields.year === undefined && hit.year !== undefined && fields.journal.record === hit.journal) {
      fields.year = hit.year
      fields.yearSource = hit.yearApproximate ? 'pii' : 'volume'
    }
  }
  if (fields.year === undefined && fields.journal?.record && fields.volume && /^\d+$/.test(fields.volume)) {
    const year = yearOfVolume(fields.journal.record, Number(fields.volume))
    if (year !== undefined) {
      fields.year = year
      fields.yearSource = 'volume'
    }
  }
}

/** Design, species and counts from the title (or the body when there is no title). */
function readStudyFields(items: Item[], fields: EntryFields, ts: number, te: number): void {
  const designFrom = te > ts ? ts : 0
  const designTo = te > ts ? te : items.length
  fields.designs = titleDesigns(items, designFrom, designTo)
  fields.species = findSpecies(items, designFrom, designTo)
    .filter((s) => speciesIsPopulation(items, s.from, s.to, designFrom))
    .map((s) => s.name)
  const counts = readCounts(items, designFrom, designTo)
  if (counts.sampleSize) fields.sampleSize = counts.sampleSize.value
  if (counts.studyCount) fields.studyCount = counts.studyCount.value
}

/** The key a journal is compared by: its record's name, or its written name's words. */
export function journalKey(journal: {name: string; record?: JournalRecord | undefined}): string {
  return journal.record ? 'record:' + journal.record.name : 'name:' + nameKey(journal.name).join(' ')
}
