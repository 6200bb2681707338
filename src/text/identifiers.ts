/**
 * Identifiers written out in a short text: URLs, DOIs, PMIDs and PMCIDs, each with its offsets.
 * Hand-written single-pass scanners (no backtracking regular expressions).
 */

export interface Found {
  kind: 'url' | 'doi' | 'pmid' | 'pmcid'
  value: string
  start: number
  end: number
}

const stopChars = new Set([
  ' ',
  '\t',
  '\n',
  '\r',
  '<',
  '>',
  '"',
  '\u201C',
  '\u201D',
  '\u00A0',
  '`',
  '|',
  '\\',
  '^',
  '{',
  '}'
])
const trailing = new Set(['.', ',', ';', ':', '!', '?', "'", '\u2019', '*', '_'])

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9'
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch)
}

/**
 * The end of a URL-like run starting at `i`: stop at white space, trim trailing punctuation and
 * unbalanced brackets.
 */
function runEnd(text: string, i: number): number {
  let j = i
  while (j < text.length && !stopChars.has(text[j])) j++
  // Trim trailing punctuation and closing brackets that are not balanced inside the run.
  for (;;) {
    const last = text[j - 1]
    if (j > i && trailing.has(last)) {
      j--
      continue
    }
    if (j > i && (last === ')' || last === ']')) {
      const open = last === ')' ? '(' : '['
      let depth = 0
      for (let k = i; k < j; k++) {
        if (text[k] === open) depth++
        else if (text[k] === last) depth--
      }
      if (depth < 0) {
        j--
        continue
      }
    }
    break
  }
  return j
}

function startsWithAt(text: string, i: number, word: string): boolean {
  return text.slice(i, i + word.length).toLowerCase() === word
}

/** The URL starting at `i`, with the DOI, PMID or PMCID it holds; returns where it ends. */
function pushUrl(found: Found[], text: string, i: number, base: number): number {
  const end = runEnd(text, i)
  const url = text.slice(i, end)
  const at = {start: base + i, end: base + end}
  found.push({kind: 'url', value: url, ...at})
  const doi = doiInUrl(url)
  if (doi) found.push({kind: 'doi', value: doi, ...at})
  const pmid = pmidInUrl(url)
  if (pmid) found.push({kind: 'pmid', value: pmid, ...at})
  const pmcid = pmcidInUrl(url)
  if (pmcid) found.push({kind: 'pmcid', value: pmcid, ...at})
  return end
}

/** Find every URL, DOI, PMID and PMCID in `text`; `base` is added to offsets. */
export function findIdentifiers(text: string, base = 0): Found[] {
  const found: Found[] = []
  let i = 0
  const n = text.length
  while (i < n) {
    const ch = text[i]
    const prev = i > 0 ? text[i - 1] : ''
    // URLs.
    const urlStart =
      ((ch === 'h' || ch === 'H') && (startsWithAt(text, i, 'http://') || startsWithAt(text, i, 'https://'))) ||
      ((ch === 'w' || ch === 'W') && !isWordChar(prev) && prev !== '/' && prev !== '.' && startsWithAt(text, i, 'www.'))
    if (urlStart) {
      i = Math.max(pushUrl(found, text, i, base), i + 1)
      continue
    }
    // Bare DOIs: 10.NNNN/...
    if (ch === '1' && text[i + 1] === '0' && text[i + 2] === '.' && !isWordChar(prev) && prev !== '.' && prev !== '/') {
      const doiEnd = scanDoi(text, i)
      if (doiEnd > i) {
        found.push({kind: 'doi', value: text.slice(i, doiEnd), start: base + i, end: base + doiEnd})
        i = doiEnd
        continue
      }
    }
    // PMID: 12345678, PMID 12345678
    if ((ch === 'P' || ch === 'p') && !isWordChar(prev) && startsWithAt(text, i, 'pmid')) {
      let j = i + 4
      while (j < n && (text[j] === ':' || text[j] === ' ' || text[j] === '\u00A0')) j++
      const s = j
      while (j < n && isDigit(text[j]) && j - s < 10) j++
      if (j > s && !isWordChar(text[j])) {
        found.push({kind: 'pmid', value: text.slice(s, j), start: base + i, end: base + j})
        i = j
        continue
      }
    }
    // PMCID: PMC1234567 (optionally after "PMCID:")
    if ((ch === 'P' || ch === 'p') && !isWordChar(prev) && startsWithAt(text, i, 'pmc')) {
      let j = i
      let s = i
      if (startsWithAt(text, i, 'pmcid')) {
        j = i + 5
        while (j < n && (text[j] === ':' || text[j] === ' ')) j++
        s = j
      }
      if (startsWithAt(text, j, 'pmc')) {
        let k = j + 3
        const ds = k
        while (k < n && isDigit(text[k]) && k - ds < 10) k++
        if (k > ds && !isWordChar(text[k])) {
          found.push({kind: 'pmcid', value: 'PMC' + text.slice(ds, k), start: base + (s === i ? i : i), end: base + k})
          i = k
          continue
        }
      }
    }
    i++
  }
  return found
}

/** The end of a DOI starting at `i` (`10.` + 4-9 digits + `/` + suffix), or `i` when there is none. */
export function scanDoi(text: string, i: number): number {
  if (!(text[i] === '1' && text[i + 1] === '0' && text[i + 2] === '.')) return i
  let j = i + 3
  const ds = j
  while (j < text.length && isDigit(text[j]) && j - ds < 10) j++
  if (j - ds < 4 || text[j] !== '/') return i
  const suffixStart = j + 1
  const end = runEnd(text, suffixStart)
  return end > suffixStart ? end : i
}

const doiHostsWithPath: ReadonlyArray<readonly [string, string]> = [
  ['nature.com', '/articles/10.1038/'],
  ['nature.com', '/articles/']
]

/** A DOI carried by a URL: `doi.org/10...`, `/doi/10...`, `/doi/full/10...`, `?id=10...`, nature.com articles. */
export function doiInUrl(url: string): string | undefined {
  const lower = url.toLowerCase()
  const at = lower.indexOf('10.')
  if (at >= 0) {
    // The DOI must start a path segment or a query value.
    const before = lower[at - 1]
    if (before === '/' || before === '=' || before === ':') {
      const end = scanDoi(url, at)
      if (end > at) {
        let doi = url.slice(at, end)
        // Publishers append views to the DOI: /full, /abstract, /pdf, .pdf.
        doi = doi.replace(/\/(full|abstract|pdf|epdf|fulltext|html|meta)$/i, '').replace(/\.pdf$/i, '')
        return doi
      }
    }
  }
  const host = hostOf(lower)
  for (const [h, prefix] of doiHostsWithPath) {
    if (host !== h) continue
    const path = pathOf(lower)
    if (path.startsWith(prefix) && prefix === '/articles/') {
      const rest = url.slice(url.toLowerCase().indexOf('/articles/') + 10)
      let end = 0
      while (end < rest.length && rest[end] !== '/' && rest[end] !== '?' && rest[end] !== '#') end++
      const suffix = rest.slice(0, end).replace(/\.pdf$/i, '')
      if (suffix && !suffix.startsWith('10.')) return '10.1038/' + suffix
    }
  }
  return undefined
}

/** A PMID carried by a PubMed URL. */
export function pmidInUrl(url: string): string | undefined {
  const lower = url.toLowerCase()
  const host = hostOf(lower)
  const path = pathOf(lower)
  let rest: string | undefined
  if (host === 'pubmed.ncbi.nlm.nih.gov') rest = path.slice(1)
  else if (host === 'ncbi.nlm.nih.gov' && path.startsWith('/pubmed/')) rest = path.slice(8)
  if (rest === undefined) {
    const term = lower.indexOf('term=')
    if (host.endsWith('ncbi.nlm.nih.gov') && term >= 0) rest = lower.slice(term + 5)
    else return undefined
  }
  let end = 0
  while (end < rest.length && isDigit(rest[end])) end++
  return end > 0 && end <= 9 ? rest.slice(0, end) : undefined
}

/** A PMCID carried by a PubMed Central URL. */
export function pmcidInUrl(url: string): string | undefined {
  const lower = url.toLowerCase()
  const at = lower.indexOf('pmc')
  if (at < 0) return undefined
  const host = hostOf(lower)
  if (!host.endsWith('nih.gov') && !host.endsWith('europepmc.org') && !host.endsWith('pubmedcentral.nih.gov'))
    return undefined
  // Find `PMC` + digits as a path segment or query value.
  let i = at
  while (i >= 0) {
    const before = lower[i - 1]
    if (before === '/' || before === '=' || before === ':') {
      let j = i + 3
      const s = j
      while (j < lower.length && isDigit(lower[j])) j++
      if (j > s && j - s <= 10) return 'PMC' + lower.slice(s, j)
    }
    i = lower.indexOf('pmc', i + 3)
  }
  return undefined
}

/** The host of a URL, lower case, without `www.`. */
export function hostOf(url: string): string {
  let s = url.toLowerCase()
  const scheme = s.indexOf('://')
  if (scheme >= 0 && scheme < 10) s = s.slice(scheme + 3)
  let end = 0
  while (end < s.length && s[end] !== '/' && s[end] !== '?' && s[end] !== '#' && s[end] !== ':') end++
  let host = s.slice(0, end)
  if (host.startsWith('www.')) host = host.slice(4)
  return host
}

/** The path of a URL (from its first `/` after the host; `/` when there is none), without query. */
export function pathOf(url: string): string {
  let s = url
  const scheme = s.indexOf('://')
  if (scheme >= 0 && scheme < 10) s = s.slice(scheme + 3)
  const slash = s.indexOf('/')
  if (slash < 0) return '/'
  let path = s.slice(slash)
  const q = path.search(/[?#]/)
  if (q >= 0) path = path.slice(0, q)
  return path
}
