/**
 * Recognising journals: by name or abbreviation in a run of words, by ISSN, by DOI, by URL
 * (publisher URL forms, DOIs inside URLs, Elsevier PIIs), and the year a volume stands for.
 * The facts live in `./data/journals.ts`; this module only indexes them.
 */
import {issnPathHosts, journals, type JournalRecord} from '../data/journals.js'
import {doiInUrl, hostOf, pathOf} from '../text/identifiers.js'
import {foldKey, type Item} from '../text/words.js'

export type {JournalRecord} from '../data/journals.js'

/** A journal identified from an identifier, with what the identifier also tells. */
export interface JournalHit {
  journal: JournalRecord
  /** Volume, when the identifier carries one (MDPI and OUP URLs). */
  volume?: number | undefined
  /** Issue, when the identifier carries one. */
  issue?: string | undefined
  /** Year, from the volume (exact) or from an Elsevier PII (the year it was assigned: approximate). */
  year?: number | undefined
  yearApproximate?: boolean | undefined
  /** How the journal was recognised. */
  via: 'doi' | 'issn' | 'url' | 'pii'
}

interface TrieNode {
  next: Map<string, TrieNode>
  record?: JournalRecord | undefined
  /** Whether the matched form is the record's canonical name (not an abbreviation). */
  canonical?: boolean | undefined
}

/** Split a journal name into its key words: `&` is `and`, parenthesised qualifiers dropped. */
export function nameKey(name: string): string[] {
  let s = ''
  let depth = 0
  for (const ch of name) {
    if (ch === '(') depth++
    else if (ch === ')') depth = Math.max(0, depth - 1)
    else if (depth === 0) s += ch === '&' ? ' and ' : ch
  }
  const words: string[] = []
  for (const raw of s.split(/[^\p{L}\p{N}'\u2019]+/u)) {
    if (!raw) continue
    const key = foldKey(raw)
    if (key) words.push(key)
  }
  if (words.length > 1 && words[0] === 'the') words.shift()
  return words
}

const root: TrieNode = {next: new Map()}
const byIssn = new Map<string, JournalRecord>()
const byDoiRegistrant = new Map<string, Array<{rest: string; loose: boolean; record: JournalRecord}>>()
const byUrl: Array<{host: string; path: string; record: JournalRecord}> = []
const byKey = new Map<string, JournalRecord>()

function addName(name: string, record: JournalRecord, canonical: boolean): void {
  const words = nameKey(name)
  if (words.length === 0) return
  let node = root
  for (const w of words) {
    let child = node.next.get(w)
    if (!child) {
      child = {next: new Map()}
      node.next.set(w, child)
    }
    node = child
  }
  if (!node.record || canonical) {
    node.record = record
    node.canonical = canonical
  }
  if (!byKey.has(words.join(' '))) byKey.set(words.join(' '), record)
}

for (const record of journals) {
  addName(record.name, record, true)
  for (const a of record.abbreviations) addName(a, record, false)
  for (const issn of record.issn) byIssn.set(issn.toUpperCase(), record)
  for (const raw of record.doi ?? []) {
    const loose = raw.endsWith('*')
    const prefix = loose ? raw.slice(0, -1) : raw
    const slash = prefix.indexOf('/')
    const registrant = prefix.slice(0, slash)
    const list = byDoiRegistrant.get(registrant) ?? []
    list.push({rest: prefix.slice(slash + 1), loose, record})
    list.sort((a, b) => b.rest.length - a.rest.length)
    byDoiRegistrant.set(registrant, list)
  }
  for (const url of record.urls ?? []) {
    const slash = url.indexOf('/')
    byUrl.push({host: slash < 0 ? url : url.slice(0, slash), path: slash < 0 ? '' : url.slice(slash), record})
  }
}
byUrl.sort((a, b) => b.path.length - a.path.length)

/** The journal a name or abbreviation stands for (the whole string must be the name). */
export function journalByName(name: string): JournalRecord | undefined {
  return byKey.get(nameKey(name).join(' '))
}

/** The journal of an ISSN (`2072-6643`, `20726643`). */
export function journalByIssn(issn: string): JournalRecord | undefined {
  const clean = issn.replace(/[^0-9xX]/g, '').toUpperCase()
  if (clean.length !== 8) return undefined
  return byIssn.get(clean.slice(0, 4) + '-' + clean.slice(4))
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch)
}

/** The journal a DOI belongs to, by the table's prefixes, or by an Elsevier PII inside it. */
export function journalByDoi(doi: string): JournalHit | undefined {
  const lower = doi.toLowerCase().trim()
  const slash = lower.indexOf('/')
  if (slash < 0) return undefined
  const registrant = lower.slice(0, slash)
  const suffix = lower.slice(slash + 1)
  for (const {rest, loose, record} of byDoiRegistrant.get(registrant) ?? []) {
    if (!suffix.startsWith(rest)) continue
    if (!loose && isLetter(suffix[rest.length])) continue
    // Elsevier DOIs carry a PII and with it the year it was assigned.
    const pii = suffix.startsWith('s') ? readPii(suffix) : undefined
    if (pii && pii.journal === record && pii.year !== undefined)
      return {journal: record, via: 'doi', year: pii.year, yearApproximate: true}
    return {journal: record, via: 'doi'}
  }
  // Elsevier DOIs of the form 10.1016/S0140-6736(17)32252-3 carry a PII.
  const pii = readPii(suffix)
  if (pii) return pii
  // Taylor & Francis and Expert Reviews DOIs carry the ISSN: 10.1080/10408398.2017.1234567.
  const digits = suffix.slice(0, 8)
  if (/^\d{7}[\dx]$/.test(digits) && !/[\dx]/.test(suffix[8] ?? '')) {
    const record = journalByIssn(digits)
    if (record) return {journal: record, via: 'issn'}
  }
  return undefined
}

/**
 * Read an Elsevier PII (`S0896627309010447`, `S0140-6736(17)32252-3`, `PIIS0140673617322523`):
 * `S` + the ISSN + the two-digit year the PII was assigned + item number + check character.
 */
export function readPii(text: string): JournalHit | undefined {
  let s = text.trim().toUpperCase()
  if (s.startsWith('PII')) s = s.slice(3)
  if (s.startsWith(':')) s = s.slice(1)
  if (s[0] !== 'S') return undefined
  const body = s.slice(1).replace(/[-()]/g, '')
  if (body.length < 10) return undefined
  const issn = body.slice(0, 8)
  if (!/^\d{7}[\dX]$/.test(issn)) return undefined
  const record = journalByIssn(issn)
  if (!record) return undefined
  const yy = body.slice(8, 10)
  const hit: JournalHit = {journal: record, via: 'pii'}
  if (/^\d\d$/.test(yy) && body.length >= 15) {
    const n = Number(yy)
    hit.year = n >= 50 ? 1900 + n : 2000 + n
    hit.yearApproximate = true
  }
  return hit
}

/** The year a volume stands for, when the journal has a one-volume-per-year rule. */
export function yearOfVolume(journal: JournalRecord, volume: number): number | undefined {
  if (journal.firstVolumeYear === undefined || !Number.isInteger(volume) || volume < 1 || volume > 500) return undefined
  return journal.firstVolumeYear + volume - 1
}

function positiveInt(s: string | undefined): number | undefined {
  if (s === undefined || !/^\d{1,4}$/.test(s)) return undefined
  const n = Number(s)
  return n > 0 ? n : undefined
}

/** The journal a URL points into: publisher URL forms, DOIs and PIIs inside the URL, journal hosts. */
export function journalByUrl(url: string): JournalHit | undefined {
  const host = hostOf(url)
  const path = pathOf(url)
  const segments = path.split('/').filter(Boolean)
  // <host>/<ISSN>/<volume>/<issue>/<article> (MDPI).
  if (issnPathHosts.includes(host) && segments.length >= 2) {
    const record = journalByIssn(segments[0])
    if (record && /^\d{4}-\d{3}[\dxX]$/.test(segments[0])) {
      const hit: JournalHit = {journal: record, via: 'url'}
      const volume = positiveInt(segments[1])
      if (volume !== undefined) {
        hit.volume = volume
        const year = yearOfVolume(record, volume)
        if (year !== undefined) hit.year = year
      }
      if (segments[2] !== undefined && /^\d{1,3}$/.test(segments[2])) hit.issue = segments[2]
      return hit
    }
  }
  const doi = doiInUrl(url)
  if (doi) {
    const hit = journalByDoi(doi)
    if (hit) return hit
  }
  // Elsevier PIIs: sciencedirect.com/science/article/pii/S..., thelancet.com/.../PIIS..., cell.com/.../S...
  for (const segment of segments) {
    const upper = segment.toUpperCase()
    if ((upper.startsWith('PIIS') || (upper.startsWith('S') && /^S\d{4}/.test(upper))) && upper.length >= 15) {
      const hit = readPii(upper.replace(/\.PDF$/, ''))
      if (hit) return hit
    }
  }
  // Journal hosts and path prefixes (academic.oup.com/ajcn/article/<volume>/<issue>/...).
  const lowerPath = path.toLowerCase()
  for (const entry of byUrl) {
    if (host !== entry.host) continue
    if (entry.path && !(lowerPath + '/').startsWith(entry.path)) continue
    const hit: JournalHit = {journal: entry.record, via: 'url'}
    if (host === 'academic.oup.com') {
      const at = segments.indexOf('article')
      const volume = at >= 0 ? positiveInt(segments[at + 1]) : undefined
      if (volume !== undefined) {
        hit.volume = volume
        const year = yearOfVolume(entry.record, volume)
        if (year !== undefined) hit.year = year
        if (segments[at + 2] !== undefined && /^\d{1,3}$/.test(segments[at + 2])) hit.issue = segments[at + 2]
      }
    }
    return hit
  }
  return undefined
}

/** A journal name found in a run of items. */
export interface NameMatch {
  journal: JournalRecord
  /** Index of the first item (a leading `the` included when present). */
  from: number
  /** Index after the last item. */
  to: number
  /** Whether the text used the canonical name (not an abbreviation). */
  canonical: boolean
}

/** Whether some journal's name (its key words, a leading `the` dropped) starts with the word
 * `key`: no journal can be matched at a word for which this is false. */
export function startsJournalName(key: string): boolean {
  return root.next.has(key)
}

/** The words journals' names start with (the `key`s `startsJournalName` is true of). */
export function journalFirstWords(): IterableIterator<string> {
  return root.next.keys()
}

/**
 * The longest journal name starting at item `from`. Commas, colons, full stops and `&` may stand
 * between the words of a name (`Brain, Behavior, and Immunity`, `Am. J. Clin. Nutr.`); a
 * leading `the` is taken into the match.
 */
export function matchJournalAt(items: readonly Item[], from: number): NameMatch | undefined {
  let start = from
  let i = from
  if (items[i]?.kind === 'word' && items[i].key === 'the') i++
  let node: TrieNode | undefined = root
  let best: NameMatch | undefined
  let j = i
  while (j < items.length && node) {
    const item = items[j]
    if (item.kind === 'punct') {
      if (j > i && (item.key === ',' || item.key === ':' || item.key === '.' || item.key === '-')) {
        j++
        continue
      }
      if (j > i && item.key === '&') {
        const child: TrieNode | undefined = node.next.get('and')
        if (!child) break
        node = child
        j++
        if (node.record) best = {journal: node.record, from: start, to: j, canonical: Boolean(node.canonical)}
        continue
      }
      break
    }
    const child: TrieNode | undefined = node.next.get(item.key)
    if (!child) break
    node = child
    j++
    if (node.record) best = {journal: node.record, from: start, to: j, canonical: Boolean(node.canonical)}
  }
  if (best && start === from && i > from) best.from = from
  if (!best && i > from) {
    start = i
    return undefined
  }
  return best
}
