/**
 * The checks of mismatched-attribution, as pure functions over what the readers found:
 *
 * 1. against the references: an attribution that no entry can match (a journal, year or
 *    author named in the text and stated by no entry), one whose matched entry contradicts it
 *    (design, year, number of studies or participants, journal, authors), and a numbered
 *    citation past the end of the list (or a footnote with no definition);
 * 2. against the document: the same study (same citation number, same journal and year, or
 *    same first author and year) described with a different design, year or numbers;
 * 3. design against claim: causal or efficacy wording attributed to an observational design,
 *    and an animal or cell study stated as an effect in people.
 *
 * Matching is by the fields both sides state; where an entry lacks a field, it neither matches
 * nor contradicts on it.
 */
import type {Attribution, Citation} from '../../src/readers/attributions.js'
import {designsContradict, describeDesigns, designLabels, type Design} from '../../src/readers/designs.js'
import {designFamilies, designPrecedence} from '../../src/data/designs.js'
import {topicStopWords, nameFunctionWords} from '../../src/data/attribution-words.js'
import {describeEntry, type ReferenceEntry, type ReferenceList} from '../../src/readers/references.js'
import {journalKey} from '../../src/readers/references/entry.js'
import {foldKey} from '../../src/text/words.js'
import {nameKey} from '../../src/readers/journals.js'
import type {StudyRecord} from '../../src/records/types.js'
import {describeRecord, plainJournal, recordEntry} from '../../src/records/entry.js'

export type CheckKind =
  | 'past-end'
  | 'no-footnote'
  | 'contradiction'
  | 'unmatched'
  | 'inconsistent'
  | 'causal-design'
  | 'animal-claim'
  | 'no-references'
  | 'record-contradiction'
  | 'record-animal'
  | 'record-topic'
  | 'same-identifier'

export interface Finding {
  check: CheckKind
  start: number
  end: number
  reason: string
  note?: string | undefined
}

/** One attribution to check, with where it stands. */
export interface Placed {
  attribution: Attribution
  /** Index of its sentence (one finding per sentence). */
  sentence: number
  /** 1-based line of the attribution. */
  line: number
  /** The sentence carries a link, URL, DOI or PMID: the attribution is backed by it. */
  linked: boolean
  /** Causal or efficacy wording anywhere in the sentence (for cited animal studies). */
  sentenceCausal?: {start: number; end: number; text: string} | undefined
  /** The sentence keeps its claim to animals or cells. */
  sentenceNonHuman: boolean
  /** Keys of the DOIs, PMIDs and PMCIDs the sentence links to (`doi:10.1/x`, `pmid:123`). */
  identifiers?: string[] | undefined
  /** The sentence's text (link URLs left out), for the topic check against a record. */
  sentenceText?: string | undefined
}

export interface CheckOptions {
  /** Flag named attributions when the document has no reference list at all. */
  requireReferences: boolean
  /** Records of the identifiers the sentences link to, by key (only when resolution is on). */
  records?: ReadonlyMap<string, StudyRecord> | undefined
}

const priority: CheckKind[] = [
  'past-end',
  'no-footnote',
  'contradiction',
  'record-contradiction',
  'unmatched',
  'inconsistent',
  'same-identifier',
  'record-animal',
  'causal-design',
  'animal-claim',
  'record-topic',
  'no-references'
]

interface Library {
  all: ReferenceEntry[]
  numbered: ReferenceList | undefined
  positional: ReferenceList | undefined
  footnotes: ReferenceList | undefined
  lists: ReferenceList[]
}

function library(lists: readonly ReferenceList[], extra: readonly ReferenceEntry[]): Library {
  const withEntries = lists.filter((l) => l.entries.length > 0)
  const footnotes = withEntries.find((l) => l.kind === 'footnotes')
  const others = withEntries.filter((l) => l.kind !== 'footnotes')
  const numbered = others.filter((l) => l.numbered).sort((a, b) => b.entries.length - a.entries.length)[0]
  const positional = others
    .filter((l) => !l.numbered && l.kind === 'section')
    .sort((a, b) => b.entries.length - a.entries.length)[0]
  const all: ReferenceEntry[] = []
  for (const list of withEntries) for (const entry of list.entries) all.push(entry)
  for (const entry of extra) all.push(entry)
  return {all, numbered, positional, footnotes, lists: withEntries}
}

/** A list's entries by number and by label (the first of each), and its highest number: looked
 * up once per citation instead of a scan of the list. */
interface ListIndex {
  byNumber: Map<number, ReferenceEntry>
  byLabel: Map<string | undefined, ReferenceEntry>
  maxNumber: number
}

const listIndexes = new WeakMap<ReferenceList, ListIndex>()

function indexOfList(list: ReferenceList): ListIndex {
  let index = listIndexes.get(list)
  if (!index) {
    index = {byNumber: new Map(), byLabel: new Map(), maxNumber: 0}
    for (const entry of list.entries) {
      if (entry.number !== undefined && !index.byNumber.has(entry.number)) index.byNumber.set(entry.number, entry)
      if (!index.byLabel.has(entry.label)) index.byLabel.set(entry.label, entry)
      index.maxNumber = Math.max(index.maxNumber, entry.number ?? 0)
    }
    listIndexes.set(list, index)
  }
  return index
}

function quote(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim()
  return '\u201C' + (t.length > max ? t.slice(0, max - 1).trimEnd() + '\u2026' : t) + '\u201D'
}

function listLabel(list: ReferenceList): string {
  if (list.kind === 'footnotes') return `the footnotes (line ${list.line})`
  const heading = list.heading ? list.heading.replace(/[#*_:]/g, '').trim() : 'notes'
  return `the ${heading || 'reference'} list (line ${list.line})`
}

function entriesCount(n: number): string {
  return n === 1 ? '1 entry' : `${n} entries`
}

// ---- Field comparisons ----------------------------------------------------------------

type Verdict = 'match' | 'contradict' | 'unknown'

function yearVerdict(a: Attribution, e: ReferenceEntry): Verdict {
  if (a.year === undefined || !a.yearIsPublication || e.year === undefined) return 'unknown'
  const slack = e.yearSource === 'pii' ? 1 : 0
  return Math.abs(a.year - e.year) <= slack ? 'match' : 'contradict'
}

function journalVerdict(a: Attribution, e: ReferenceEntry): Verdict {
  if (!a.journal || !e.journal) return 'unknown'
  return journalKey(a.journal) === journalKey(e.journal) ? 'match' : 'contradict'
}

function authorVerdict(a: Attribution, e: ReferenceEntry): Verdict {
  if (a.authors.length === 0 || e.authors.length === 0) return 'unknown'
  const names = new Set(e.authors.flatMap((n) => n.split(/[\s-]+/)).map((n) => foldKey(n)))
  return a.authors.some((n) => names.has(foldKey(n))) ? 'match' : 'contradict'
}

function mainDesign(a: Attribution): Design | undefined {
  for (const d of designPrecedence) if (a.designs.includes(d)) return d
  if (a.species.length > 0 || a.designs.includes('animal')) return 'animal'
  if (a.inVitro || a.designs.includes('in-vitro')) return 'in-vitro'
  return undefined
}

function designVerdict(a: Attribution, e: ReferenceEntry): Verdict {
  const said = mainDesign(a)
  if (!said || e.designs.length === 0) return 'unknown'
  return designsContradict(said, e.designs) ? 'contradict' : 'match'
}

function countVerdict(said: number | undefined, stated: number | undefined): Verdict {
  if (said === undefined || stated === undefined) return 'unknown'
  return said === stated ? 'match' : 'contradict'
}

function yearOf(e: ReferenceEntry): string {
  if (e.year === undefined) return ''
  if (e.yearSource === 'volume') return `${e.year} (volume ${e.volume})`
  if (e.yearSource === 'pii') return `about ${e.year}`
  return String(e.year)
}

/** One difference between an attribution and what it is matched to: what the text says, what
 * the reference (or record) states. */
export interface Difference {
  field: 'year' | 'journal' | 'author' | 'design' | 'studies' | 'participants'
  /** `says 2016`, `names American Journal of Medicine`. */
  said: string
  /** `is from 2006`, `is in Nutrients` (`are ...` for several entries). */
  stated: string
}

/** The differences between an attribution and entries it is matched to: all entries that
 * state a field must contradict. */
export function differences(a: Attribution, entries: readonly ReferenceEntry[]): Difference[] {
  const out: Difference[] = []
  const all = (verdict: (e: ReferenceEntry) => Verdict): boolean =>
    entries.length > 0 && entries.every((e) => verdict(e) === 'contradict')
  const one = entries.length === 1 ? entries[0] : undefined
  if (all((e) => yearVerdict(a, e)))
    out.push({
      field: 'year',
      said: `says ${a.year}`,
      stated: one ? `is from ${yearOf(one)}` : 'are from ' + entries.map(yearOf).join(', ')
    })
  if (all((e) => journalVerdict(a, e)))
    out.push({
      field: 'journal',
      said: `names ${a.journal?.name}`,
      stated: one ? `is in ${one.journal?.name}` : 'are in ' + entries.map((e) => e.journal?.name).join(', ')
    })
  if (all((e) => authorVerdict(a, e)))
    out.push({
      field: 'author',
      said: `names ${a.authors.join(' and ')}`,
      stated: one ? `is by ${one.authors.slice(0, 3).join(', ')}` : 'are by others'
    })
  if (all((e) => designVerdict(a, e))) {
    const said = mainDesign(a) as Design
    out.push({
      field: 'design',
      said: `says ${article(designLabels[said])} ${designLabels[said]}`,
      stated: one
        ? `is ${article(describeDesigns(one.designs))} ${describeDesigns(one.designs)}`
        : 'are of other designs'
    })
  }
  if (all((e) => countVerdict(a.studyCount, e.studyCount)))
    out.push({
      field: 'studies',
      said: `says ${a.studyCount} studies`,
      stated: one ? `reports ${one.studyCount}` : 'report other numbers'
    })
  if (all((e) => countVerdict(a.sampleSize, e.sampleSize)))
    out.push({
      field: 'participants',
      said: `says ${a.sampleSize} participants`,
      stated: one ? `reports ${one.sampleSize}` : 'report other numbers'
    })
  return out
}

function whoOf(entries: readonly ReferenceEntry[]): string {
  return entries.length === 1
    ? describeEntry(entries[0])
    : `references ${entries.map((e) => e.number ?? e.index).join(', ')}`
}

/** The contradictions between an attribution and entries it is matched to, one sentence each. */
function contradictions(a: Attribution, entries: readonly ReferenceEntry[]): string[] {
  const who = whoOf(entries)
  return differences(a, entries).map((d) => `${d.said}, but ${who} ${d.stated}`)
}

/**
 * One reason naming every difference: with one, `“…” says 2016, but reference 1 (…) is from
 * 2006`; with several, `“…” differs from reference 1 (…) in 3 ways: it says 2016, but the
 * reference is from 2006; it names American Journal of Medicine, but the reference is in
 * Nutrients; it says a randomised controlled trial, but the reference is a meta-analysis`.
 */
export function differencesReason(a: Attribution, found: readonly Difference[], who: string, noun: string): string {
  if (found.length === 1) return `${quote(a.text)} ${found[0].said}, but ${who} ${found[0].stated}`
  const parts = found.map((d) => `it ${d.said}, but the ${noun} ${d.stated}`)
  return `${quote(a.text)} differs from ${who} in ${found.length} ways: ${parts.join('; ')}`
}

function article(phrase: string): string {
  return /^[aeiou]/i.test(phrase) ? 'an' : 'a'
}

// ---- Topic overlap ----------------------------------------------------------------------

function stem(word: string): string {
  let w = foldKey(word)
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y'
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1)
  return w
}

function contentWords(text: string): Set<string> {
  const out = new Set<string>()
  for (const raw of text.split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length < 3 || /^\d+$/.test(raw)) continue
    const key = foldKey(raw)
    if (nameFunctionWords.has(key) || topicStopWords.has(key)) continue
    out.add(stem(raw))
  }
  return out
}

// ---- The checks -------------------------------------------------------------------------

function isEnumeration(citations: readonly Citation[], value: string): boolean {
  // `(1) all-cause mortality, (2) coronary heart disease`: list numbering, not citations.
  const parens = citations.filter((c) => c.kind === 'parenthetical-number')
  if (parens.length < 2) return false
  const firsts = parens.map((c) => c.numbers[0])
  const consecutive = firsts.every((n, k) => k === 0 || n === firsts[k - 1] + 1)
  const followedByWord = parens.every((c) => /^\s*[\p{L}]/u.test(value.slice(c.end, c.end + 3)))
  return consecutive && followedByWord
}

export function checkAttributions(
  value: string,
  placed: readonly Placed[],
  lists: readonly ReferenceList[],
  extra: readonly ReferenceEntry[],
  options: CheckOptions
): Map<number, Finding> {
  const lib = library(lists, extra)
  const found = new Map<number, Finding>()
  const add = (sentence: number, finding: Finding): void => {
    const current = found.get(sentence)
    if (!current || priority.indexOf(finding.check) < priority.indexOf(current.check)) found.set(sentence, finding)
  }
  const hasReferences = lib.all.length > 0
  let entryIndex: EntryIndex | undefined

  const citedEntries = citeEntries(value, placed, lib, add)

  for (const p of placed) {
    const a = p.attribution
    const cited = citedEntries.get(p)
    // 1. Against the references.
    if (cited) {
      const found = differences(a, cited)
      if (found.length > 0) {
        add(p.sentence, {
          check: 'contradiction',
          start: a.start,
          end: a.end,
          reason: differencesReason(a, found, whoOf(cited), cited.length === 1 ? 'reference' : 'references')
        })
      }
    } else if (
      hasReferences &&
      !p.linked &&
      a.citations.every((c) => c.kind === 'author-year' || c.kind === 'journal-year') &&
      (a.named || a.citations.length > 0)
    ) {
      const finding = matchUnnumbered(p, lib, (entryIndex ??= new EntryIndex(lib.all)), value)
      if (finding) add(p.sentence, finding)
    }
    // 1b. Against the records of the works the sentence links to.
    if (!cited && options.records && p.identifiers && p.identifiers.length > 0) {
      const record = p.identifiers.map((k) => options.records?.get(k)).find((r): r is StudyRecord => r !== undefined)
      if (record) {
        const finding = checkRecord(p, record)
        if (finding) add(p.sentence, finding)
      }
    }
    // 3. Design against claim.
    checkDesignAgainstClaim(p, cited, add)
    // 4. No reference list at all.
    if (
      !hasReferences &&
      options.requireReferences &&
      !p.linked &&
      (a.named || a.citations.some((c) => c.kind === 'author-year' || c.kind === 'journal-year'))
    ) {
      add(p.sentence, {
        check: 'no-references',
        start: a.start,
        end: a.end,
        reason: `${quote(a.text)} names a study, but the document has no reference list to check it against`
      })
    }
  }

  // 2. Against the document: the same study described two ways.
  checkConsistency(placed, citedEntries, found, add)
  if (options.records) checkSameIdentifier(placed, found, add)
  return found
}

/** Which entries each attribution cites by number or footnote; a number past the end of its
 * list and a footnote without a definition are findings. */
function citeEntries(
  value: string,
  placed: readonly Placed[],
  lib: Library,
  add: (sentence: number, finding: Finding) => void
): Map<Placed, ReferenceEntry[]> {
  const citedEntries = new Map<Placed, ReferenceEntry[]>()
  for (const p of placed) {
    const a = p.attribution
    const citations = a.citations.filter((c) => c.kind !== 'author-year' && c.kind !== 'journal-year')
    if (citations.length === 0 || lib.all.length === 0) continue
    if (isEnumeration(citations, value)) continue
    const entries: ReferenceEntry[] = []
    for (const c of citations) {
      if (c.kind === 'footnote') {
        const list = lib.footnotes
        const entry = list ? indexOfList(list).byLabel.get(c.label) : undefined
        if (entry) entries.push(entry)
        else if (list) {
          add(p.sentence, {
            check: 'no-footnote',
            start: c.start,
            end: c.end,
            reason:
              `${quote(c.text)} has no footnote definition: ` +
              `${listLabel(list)} define${list.entries.length === 1 ? 's' : ''} ` +
              list.entries
                .slice(0, 8)
                .map((e) => `[^${e.label}]`)
                .join(', ')
          })
        }
        continue
      }
      const list = lib.numbered ?? (c.kind === 'parenthetical-number' ? undefined : lib.positional)
      if (!list) continue
      if (c.kind === 'parenthetical-number' && !lib.numbered) continue
      for (const n of c.numbers) {
        const entry = list.numbered ? indexOfList(list).byNumber.get(n) : list.entries[n - 1]
        if (entry) entries.push(entry)
        else {
          const max = list.numbered ? indexOfList(list).maxNumber : list.entries.length
          if (n > max)
            add(p.sentence, {
              check: 'past-end',
              start: c.start,
              end: c.end,
              reason:
                `${quote(c.text)} points past the end of ${listLabel(list)}: it has ` +
                `${entriesCount(list.entries.length)}${list.numbered ? `, numbered up to ${max}` : ''}`
            })
        }
      }
    }
    if (entries.length > 0) citedEntries.set(p, entries)
  }
  return citedEntries
}

/** Design against claim: causal wording for an observational design, and a study in animals
 * or cells (named, or the entry it cites) stated as an effect in people. */
function checkDesignAgainstClaim(
  p: Placed,
  cited: ReferenceEntry[] | undefined,
  add: (sentence: number, finding: Finding) => void
): void {
  const a = p.attribution
  const design = mainDesign(a)
  if (
    design &&
    designFamilies[design] === 'observational' &&
    !a.designs.some((d) => designFamilies[d] === 'synthesis' || designFamilies[d] === 'interventional') &&
    a.causal
  ) {
    add(p.sentence, {
      check: 'causal-design',
      start: a.start,
      end: a.end,
      reason:
        `${quote(a.text)} is ${article(designLabels[design])} ` +
        `${designLabels[design]}, which shows an association, but the sentence says ` +
        `it ${quote(a.causal.text)}: causal wording for an observational design`
    })
  }
  const nonHuman =
    a.species.length > 0 ? `an animal study (in ${a.species[0]})` : a.inVitro ? 'a cell (in-vitro) study' : undefined
  if (nonHuman && a.study && a.claim && a.causal && !a.claimNonHuman) {
    add(p.sentence, {
      check: 'animal-claim',
      start: a.start,
      end: a.end,
      reason:
        `${quote(a.text)} is ${nonHuman}, but its finding is stated as an effect in ` +
        `people (${quote(a.claim.text, 50)}); say ` +
        `${a.species.length > 0 ? `\u201Cin ${a.species[0]}\u201D` : '\u201Cin cells\u201D'} ` +
        `in the claim`
    })
  }
  if (
    cited &&
    !nonHuman &&
    p.sentenceCausal &&
    !p.sentenceNonHuman &&
    cited.every((e) => e.designs.includes('animal') || e.designs.includes('in-vitro'))
  ) {
    const e = cited[0]
    const kind = e.designs.includes('animal')
      ? `an animal study${e.species.length > 0 ? ` (in ${e.species[0]})` : ''}`
      : 'a cell (in-vitro) study'
    add(p.sentence, {
      check: 'animal-claim',
      start: a.start,
      end: a.end,
      reason:
        `${quote(a.text)} cites ${describeEntry(e)}, ${kind}, but the sentence ` +
        `states ${quote(p.sentenceCausal.text)} as an effect in people`
    })
  }
}

// ---- Against a record -------------------------------------------------------------------

/** Journals agree when a name of the record and the name in the text are the same journal, or
 * one's words hold the other's (`Journal of Medicine`, `The American journal of medicine`):
 * a record is contradicted only where there is no doubt. */
function recordJournalAgrees(a: Attribution, record: StudyRecord): boolean {
  if (!a.journal || record.journals.length === 0) return true
  const said = nameKey(a.journal.name)
  const saidKey = journalKey(a.journal)
  for (const name of record.journals) {
    const words = nameKey(plainJournal(name))
    const key = journalKey({
      name: plainJournal(name),
      record: recordEntry({...record, journals: [name]}).journal?.record
    })
    if (key === saidKey) return true
    const a1 = said.join(' ')
    const b1 = words.join(' ')
    if (a1 === b1 || ` ${b1} `.includes(` ${a1} `) || ` ${a1} `.includes(` ${b1} `)) return true
  }
  return false
}

function checkRecord(p: Placed, record: StudyRecord): Finding | undefined {
  const a = p.attribution
  const entry = recordEntry(record)
  const who = describeRecord(record)
  const found = differences(a, [entry]).filter((d) => {
    // Print and online dates differ by a year: a record's year contradicts only beyond that.
    if (d.field === 'year')
      return a.year !== undefined && record.year !== undefined && Math.abs(a.year - record.year) > 1
    if (d.field === 'journal') return !recordJournalAgrees(a, record)
    return true
  })
  if (found.length > 0) {
    return {
      check: 'record-contradiction',
      start: a.start,
      end: a.end,
      reason: differencesReason(a, found, who, 'record')
    }
  }
  // A finding in animals or cells stated as an effect in people.
  const nonHumanText = a.species.length > 0 || a.inVitro || a.claimNonHuman || p.sentenceNonHuman
  if (!nonHumanText && p.sentenceCausal && (record.population === 'animals' || record.population === 'in-vitro')) {
    const species = entry.species[0]
    const kind = record.population === 'animals' ? `a study in ${species ?? 'animals'}` : 'a cell (in-vitro) study'
    const mesh = record.mesh.filter((m) =>
      /^(animals|mice|rats|in vitro techniques|cells, cultured|cell line)$/i.test(m)
    )
    return {
      check: 'record-animal',
      start: a.start,
      end: a.end,
      reason:
        `${quote(a.text)} links to ${who}, ` +
        `${kind}${mesh.length > 0 ? ` (MeSH: ${mesh.join(', ')})` : ''}, but the ` +
        `sentence states ${quote(p.sentenceCausal.text)} as an effect in people`
    }
  }
  // The sentence's topic shares nothing with the record's title and MeSH terms.
  if (p.sentenceText && record.title) {
    const recordWords = contentWords(record.title + ' ' + record.mesh.join(' '))
    const attributionWords = contentWords(a.text)
    const sentenceWords = [...contentWords(p.sentenceText)].filter((w) => !attributionWords.has(w) && !/^\d/.test(w))
    const enough = record.mesh.length >= 3 ? recordWords.size >= 4 : recordWords.size >= 6
    if (enough && sentenceWords.length >= 3 && !sentenceWords.some((w) => sharesRoot(w, recordWords))) {
      return {
        check: 'record-topic',
        start: a.start,
        end: a.end,
        reason:
          `${quote(a.text)} links to ${who}, whose title` +
          `${record.mesh.length > 0 ? ' and MeSH terms share' : ' shares'} no word with the sentence ` +
          `(${sentenceWords
            .slice(0, 4)
            .map((w) => quote(w))
            .join(', ')})`
      }
    }
  }
  return undefined
}

/** A word shares a root with one of `words`: equal, or the same first five letters. */
function sharesRoot(word: string, words: ReadonlySet<string>): boolean {
  if (words.has(word)) return true
  if (word.length < 5) return false
  const root = word.slice(0, 5)
  for (const other of words) if (other.length >= 5 && other.slice(0, 5) === root) return true
  return false
}

/** The same identifier described with two designs, years or counts in one document. */
function checkSameIdentifier(
  placed: readonly Placed[],
  found: Map<number, Finding>,
  add: (sentence: number, finding: Finding) => void
): void {
  const first = new Map<string, Placed[]>()
  for (const p of placed) {
    for (const key of p.identifiers ?? []) {
      const list = first.get(key)
      if (list) list.push(p)
      else first.set(key, [p])
    }
  }
  for (const [key, members] of first) {
    for (let i = 1; i < members.length; i++) {
      const later = members[i]
      if (found.has(later.sentence)) continue
      for (let j = 0; j < Math.min(i, maxCompared); j++) {
        const earlier = members[j]
        if (earlier.sentence === later.sentence) continue
        const a = later.attribution
        const b = earlier.attribution
        const problems: string[] = []
        const da = mainDesign(a)
        const db = mainDesign(b)
        if (da && db && designsContradict(da, [db]) && designsContradict(db, [da]))
          problems.push(
            `${article(designLabels[da])} ${designLabels[da]} here, ` +
              `${article(designLabels[db])} ${designLabels[db]} at line ${earlier.line}`
          )
        if (
          a.year !== undefined &&
          b.year !== undefined &&
          a.yearIsPublication &&
          b.yearIsPublication &&
          a.year !== b.year
        )
          problems.push(`${a.year} here, ${b.year} at line ${earlier.line}`)
        if (a.studyCount !== undefined && b.studyCount !== undefined && a.studyCount !== b.studyCount)
          problems.push(`${a.studyCount} studies here, ${b.studyCount} at line ${earlier.line}`)
        if (a.sampleSize !== undefined && b.sampleSize !== undefined && a.sampleSize !== b.sampleSize)
          problems.push(`${a.sampleSize} participants here, ${b.sampleSize} at line ${earlier.line}`)
        if (problems.length > 0) {
          const label = key.startsWith('pmid:') ? 'PMID ' + key.slice(5) : key.startsWith('pmcid:') ? key.slice(6) : key
          add(later.sentence, {
            check: 'same-identifier',
            start: a.start,
            end: a.end,
            reason:
              `${quote(a.text)} links to ${label}, which line ${earlier.line} describes ` +
              `differently (${quote(b.text, 40)}): ${problems.join('; ')}`
          })
          break
        }
      }
    }
  }
}

type Field = 'journal' | 'year' | 'author'

const fieldBit: Record<Field, number> = {journal: 1, year: 2, author: 4}
const allFields = 7

/** A word in more than this many titles is not distinctive (nor one in half the titles or more):
 * it bounds the work of a topic match on a huge list, and changes nothing up to 400 entries. */
const maxTitlesForWord = 200

/**
 * The entries of the reference lists indexed for matching an attribution on the fields it
 * states (journal, year, authors): a few look-ups per attribution instead of a pass over every
 * entry (which made a long list quadratic). Each entry is filed, for every set S of the fields
 * it states, under S's values and the set of all the fields it states; so "the first entry that
 * agrees on exactly the fields S and states none of the attribution's other fields" is the first
 * one filed under one of a few keys. Verdicts are those of `journalVerdict`, `yearVerdict` and
 * `authorVerdict`.
 */
class EntryIndex {
  readonly entries: readonly ReferenceEntry[]
  /** Which fields each entry states (bits of `fieldBit`). */
  readonly stated: number[] = []
  /** How many entries state their year. */
  readonly dated: number
  /** How many titles hold each content word. */
  readonly titleFrequency = new Map<string, number>()
  /** The first two entries filed under a key. */
  private readonly first = new Map<string, number[]>()
  /** Entries (by index, in order) whose title holds a content word. */
  private readonly titlesWith = new Map<string, number[]>()

  constructor(entries: readonly ReferenceEntry[]) {
    this.entries = entries
    let dated = 0
    entries.forEach((e, index) => {
      const values = {journal: e.journal ? [journalKey(e.journal)] : [], year: entryYears(e), author: entryNames(e)}
      let pattern = 0
      for (const field of ['journal', 'year', 'author'] as const)
        if (values[field].length > 0) pattern |= fieldBit[field]
      this.stated.push(pattern)
      if (e.year !== undefined) dated++
      for (let fields = 1; fields <= allFields; fields++) {
        if ((fields & pattern) !== fields) continue
        for (const key of keys(pattern, fields, values)) {
          const filed = this.first.get(key)
          if (!filed) this.first.set(key, [index])
          else if (filed.length < 2) filed.push(index)
        }
      }
      for (const word of e.title ? contentWords(e.title) : []) {
        this.titleFrequency.set(word, (this.titleFrequency.get(word) ?? 0) + 1)
        const list = this.titlesWith.get(word)
        if (list) list.push(index)
        else this.titlesWith.set(word, [index])
      }
    })
    this.dated = dated
  }

  /** The first entry that agrees with `values` on every field of `agree` and states no other
   * field of `given` (it may state fields outside `given`). */
  firstAgreeing(given: number, agree: number, values: FieldValues): number | undefined {
    return this.agreeing(given, agree, values)[0]
  }

  /** The first two entries (in order) of those `firstAgreeing` chooses from. */
  agreeing(given: number, agree: number, values: FieldValues): number[] {
    const found = new Set<number>()
    const free = allFields & ~given
    for (let extra = 0; extra <= free; extra++) {
      if ((extra & free) !== extra) continue
      for (const key of keys(agree | extra, agree, values))
        for (const index of this.first.get(key) ?? []) found.add(index)
    }
    return [...found].sort((x, y) => x - y).slice(0, 2)
  }

  /** The first entry that agrees on `field` (whatever it states besides). */
  firstMatching(field: Field, values: FieldValues): number | undefined {
    return this.firstAgreeing(fieldBit[field], fieldBit[field], values)
  }

  /** How many entries agree on at least one of the fields `given`, counted up to 2. */
  countMatching(given: number, values: FieldValues): number {
    const found = new Set<number>()
    for (const field of ['journal', 'year', 'author'] as const) {
      if ((given & fieldBit[field]) !== 0)
        for (const index of this.agreeing(fieldBit[field], fieldBit[field], values)) found.add(index)
    }
    return Math.min(found.size, 2)
  }

  /** The entry whose title shares the most distinctive words (at least 2) with the sentence,
   * among those that state none of `given`; the first of the best. */
  closestByTopic(sentenceWords: Set<string>, given: number): ReferenceEntry | undefined {
    const total = this.entries.length
    const shared = new Map<number, number>()
    for (const word of sentenceWords) {
      const frequency = this.titleFrequency.get(word) ?? 0
      if ((frequency * 2 >= total && total > 2) || frequency > maxTitlesForWord) continue
      for (const index of this.titlesWith.get(word) ?? []) {
        if ((this.stated[index] & given) === 0) shared.set(index, (shared.get(index) ?? 0) + 1)
      }
    }
    let best: number | undefined
    let bestCount = 1
    for (const [index, count] of shared) {
      if (count > bestCount || (count === bestCount && best !== undefined && index < best)) {
        best = index
        bestCount = count
      }
    }
    return best === undefined ? undefined : this.entries[best]
  }
}

type FieldValues = Record<Field, string[]>

/** Index keys: the stated pattern, the fields agreed on, and one value of each such field. */
function keys(pattern: number, fields: number, values: FieldValues): string[] {
  let out = [pattern + '|' + fields]
  for (const field of ['journal', 'year', 'author'] as const) {
    if ((fields & fieldBit[field]) === 0) continue
    const next: string[] = []
    for (const prefix of out) for (const value of values[field]) next.push(prefix + '\u0000' + value)
    out = next
  }
  return out
}

/** The years an attribution's year agrees with (`yearVerdict`: one either side for a year read
 * from a PII). */
function entryYears(e: ReferenceEntry): string[] {
  if (e.year === undefined) return []
  return e.yearSource === 'pii' ? [String(e.year - 1), String(e.year), String(e.year + 1)] : [String(e.year)]
}

/** The name parts an attribution's author agrees with (`authorVerdict`). */
function entryNames(e: ReferenceEntry): string[] {
  return [...new Set(e.authors.flatMap((n) => n.split(/[\s-]+/)).map((n) => foldKey(n)))]
}

/** The entry that agrees on the most stated fields (`given`, `size` of them) and contradicts
 * none: the first such. */
function bestAgreeing(index: EntryIndex, size: number, given: number, values: FieldValues): number | undefined {
  let bestIndex: number | undefined
  for (; size >= 1 && bestIndex === undefined; size--) {
    for (let agree = 1; agree <= given; agree++) {
      if ((agree & given) !== agree || bitCount(agree) !== size) continue
      const found = index.firstAgreeing(given, agree, values)
      if (found !== undefined && (bestIndex === undefined || found < bestIndex)) bestIndex = found
    }
  }
  return bestIndex
}

/** The partial matches named: the first entry that agrees on one stated field and contradicts
 * another (`''` when there is none). */
function partialDetail(
  a: Attribution,
  index: EntryIndex,
  firstMatch: Map<Field, number | undefined>,
  given: number,
  values: FieldValues
): string {
  const partialIndexes = [...firstMatch.values()].filter((i): i is number => i !== undefined)
  if (partialIndexes.length === 0) return ''
  const e = index.entries[Math.min(...partialIndexes)]
  const v = {journal: journalVerdict(a, e), year: yearVerdict(a, e), author: authorVerdict(a, e)}
  const only = index.countMatching(given, values) === 1 ? 'only ' : ''
  if (v.journal === 'match' && v.year === 'contradict')
    return (
      `; the ${only}${a.journal?.name} reference, ` +
      `${describeEntry(e).replace(/^the reference /, '')}, is from ${yearOf(e)}`
    )
  else if (v.year === 'match' && v.journal === 'contradict')
    return (
      `; the ${only}${a.year} reference, ` +
      `${describeEntry(e).replace(/^the reference /, '')}, is in ` +
      `${e.journal?.name}`
    )
  else if (v.author === 'match' && v.year === 'contradict')
    return (
      `; the ${only}reference by ${a.authors[0]}, ` +
      `${describeEntry(e).replace(/^the reference /, '')}, is from ${yearOf(e)}`
    )
  else return `; ${describeEntry(e)} matches only in part`
}

function matchUnnumbered(p: Placed, lib: Library, index: EntryIndex, value: string): Finding | undefined {
  const a = p.attribution
  const identity: Field[] = []
  if (a.journal) identity.push('journal')
  if (a.year !== undefined && a.yearIsPublication) identity.push('year')
  if (a.authors.length > 0) identity.push('author')
  if (identity.length === 0) return undefined
  const values: FieldValues = {
    journal: a.journal ? [journalKey(a.journal)] : [],
    year: a.year !== undefined ? [String(a.year)] : [],
    author: [...new Set(a.authors.map((n) => foldKey(n)))]
  }
  const given = identity.reduce((bits, f) => bits | fieldBit[f], 0)
  const bestIndex = bestAgreeing(index, identity.length, given, values)
  if (bestIndex !== undefined) {
    const best = index.entries[bestIndex]
    const problems = contradictions(a, [best]).filter(
      (s) =>
        !s.startsWith('says ' + a.year) &&
        !s.startsWith('names ' + a.journal?.name) &&
        !s.startsWith('names ' + a.authors.join(' and '))
    )
    if (problems.length > 0)
      return {check: 'contradiction', start: a.start, end: a.end, reason: `${quote(a.text)} ${problems[0]}`}
    return undefined
  }
  // No entry agrees on a stated field without contradicting another: look for a topic match
  // among the entries that state none of the fields.
  const sentenceWords = contentWords(value.slice(a.end, a.claim ? a.claim.end : a.end + 300))
  const closest = index.closestByTopic(sentenceWords, given)
  const firstMatch = new Map<Field, number | undefined>(identity.map((f) => [f, index.firstMatching(f, values)]))
  const absent = identity.filter((f) => firstMatch.get(f) === undefined)
  const absentText = absent
    .map((f) =>
      f === 'journal' ? `in ${a.journal?.name}` : f === 'year' ? `from ${a.year}` : `by ${a.authors.join(' or ')}`
    )
    .join(' or ')
  if (closest) {
    const problems = contradictions(a, [closest])
    if (problems.length === 0) return undefined
    const lead =
      absent.length > 0 ? `no reference is ${absentText}; the closest by topic, ` : 'the closest reference by topic, '
    return {
      check: 'contradiction',
      start: a.start,
      end: a.end,
      reason: `${quote(a.text)} ${problems[0].replace(/^(says .*?|names .*?), but /, `$1, but ${lead}`)}`
    }
  }
  const detail = partialDetail(a, index, firstMatch, given, values)
  if (absent.length === 0) {
    return {
      check: 'unmatched',
      start: a.start,
      end: a.end,
      reason: `${quote(a.text)} matches no single reference${detail}`
    }
  }
  // A year alone is checkable only when most entries state their year.
  if (absent.length === 1 && absent[0] === 'year' && identity.length === 1) {
    if (index.dated * 2 < lib.all.length) return undefined
  }
  const lists = lib.lists.filter((l) => l.kind !== 'footnotes')
  const where = lists.length > 0 ? `; ${listLabel(lists[0])} has ${entriesCount(lists[0].entries.length)}` : ''
  return {
    check: 'unmatched',
    start: a.start,
    end: a.end,
    reason: `${quote(a.text)} matches no reference: no reference is ${absentText}${detail}${where}`
  }
}

function bitCount(bits: number): number {
  let n = 0
  for (let rest = bits; rest > 0; rest >>= 1) n += rest & 1
  return n
}

/** How many earlier mentions of the same study a mention is compared with. */
const maxCompared = 200

/** The keys under which mentions name the same study: one citation number or footnote label,
 * or a journal or first author with the publication year. */
function studyKeys(p: Placed): string[] {
  const a = p.attribution
  const keys: string[] = []
  const numbers = a.citations
    .filter((c) => c.kind !== 'author-year' && c.kind !== 'journal-year' && c.kind !== 'footnote')
    .flatMap((c) => c.numbers)
  if (numbers.length === 1) keys.push('n:' + numbers[0])
  const labels = a.citations.filter((c) => c.kind === 'footnote').map((c) => c.label)
  if (labels.length === 1) keys.push('f:' + labels[0])
  if (a.journal && a.year !== undefined && a.yearIsPublication) keys.push('j:' + journalKey(a.journal) + ':' + a.year)
  if (a.authors.length > 0 && a.year !== undefined && a.yearIsPublication)
    keys.push('a:' + foldKey(a.authors[0]) + ':' + a.year)
  return keys
}

/** What a later mention of a study (grouped under `k`) says differently from an earlier one:
 * the design, the publication year (for a shared citation, unless its entry states one), the
 * number of studies or participants. */
function inconsistencies(k: string, later: Placed, earlier: Placed, entries: ReferenceEntry[] | undefined): string[] {
  const a = later.attribution
  const b = earlier.attribution
  const problems: string[] = []
  const da = mainDesign(a)
  const db = mainDesign(b)
  if (
    da &&
    db &&
    designsContradict(da, [db]) &&
    designsContradict(db, [da]) &&
    !(entries && entries.some((e) => e.designs.length > 0))
  ) {
    problems.push(
      `${designLabels[da]} here, ${article(designLabels[db])} ${designLabels[db]} ` +
        `at line ${earlier.line} (${quote(b.text, 40)})`
    )
  }
  if (
    (k.startsWith('n:') || k.startsWith('f:')) &&
    a.year !== undefined &&
    b.year !== undefined &&
    a.yearIsPublication &&
    b.yearIsPublication &&
    a.year !== b.year &&
    !(entries && entries.some((e) => e.year !== undefined))
  ) {
    problems.push(`${a.year} here, ${b.year} at line ${earlier.line} (${quote(b.text, 40)})`)
  }
  if (a.studyCount !== undefined && b.studyCount !== undefined && a.studyCount !== b.studyCount)
    problems.push(`${a.studyCount} studies here, ${b.studyCount} at line ${earlier.line}`)
  if (a.sampleSize !== undefined && b.sampleSize !== undefined && a.sampleSize !== b.sampleSize)
    problems.push(`${a.sampleSize} participants here, ${b.sampleSize} at line ${earlier.line}`)
  return problems
}

function checkConsistency(
  placed: readonly Placed[],
  citedEntries: Map<Placed, ReferenceEntry[]>,
  found: Map<number, Finding>,
  add: (sentence: number, finding: Finding) => void
): void {
  const groups = new Map<string, Placed[]>()
  for (const p of placed) {
    for (const k of studyKeys(p)) {
      const members = groups.get(k)
      if (members) members.push(p)
      else groups.set(k, [p])
    }
  }
  for (const [k, members] of groups) {
    if (members.length < 2) continue
    for (let i = 1; i < members.length; i++) {
      const later = members[i]
      if (found.has(later.sentence)) continue
      // Each mention is compared with the first `maxCompared` mentions of the same study only:
      // a study named thousands of times would otherwise cost the square of that.
      for (let j = 0; j < Math.min(i, maxCompared); j++) {
        const earlier = members[j]
        if (earlier.sentence === later.sentence || found.has(earlier.sentence)) continue
        const a = later.attribution
        const problems = inconsistencies(k, later, earlier, citedEntries.get(later))
        if (problems.length > 0) {
          add(later.sentence, {
            check: 'inconsistent',
            start: a.start,
            end: a.end,
            reason: `${quote(a.text)} describes the same study differently from line ${earlier.line}: ${problems[0]}`,
            note: problems.slice(1).join('; ') || undefined
          })
          break
        }
      }
    }
  }
}
