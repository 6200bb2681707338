/**
 * Finding reference lists and splitting them into entries, in plain text, Markdown and HTML:
 * sections headed References, Sources, Bibliography, Works cited, Citations, Notes, Further
 * reading (any heading level or a plain line); numbered and bulleted entries; Markdown
 * footnote definitions (`[^1]: ...`); numbered HTML lists; entries whose title is on one line
 * and `Retrieved from: URL` on the next; a run of numbered notes at the end of a document
 * (`(1) Paoli A, et al. ... 2015`) without a heading.
 */
import type {Region, SourceFormat} from '../../model/types.js'
import {documentBlocks, type Block} from './blocks.js'
import {footnoteLabelMaxChars} from '../../text/footnotes.js'
import {referenceHeadings, weakReferenceHeadings} from '../../data/reference-headings.js'
import {continuationStarts, pageChromeLines, sectionClosings} from '../../data/references.js'

/** One entry of a reference list, as written. */
export interface RawEntry {
  /** The entry's source text, list marker excluded (lines joined with `\n`). */
  raw: string
  start: number
  end: number
  line: number
  /** The number its marker gives (`1.`, `[1]`, `(1)`, an `<ol>` position). */
  number?: number | undefined
  /** A footnote's label (`[^label]: ...`). */
  label?: string | undefined
  marker: 'number' | 'bullet' | 'footnote' | 'none'
  /** The source is HTML (the entry's text needs tags stripped). */
  html: boolean
}

/** A reference list. */
export interface RawSection {
  /** The heading's text (empty for footnotes and headless notes). */
  heading: string
  start: number
  end: number
  line: number
  kind: 'section' | 'footnotes' | 'notes'
  entries: RawEntry[]
}

/** The bare text of a heading candidate: markup, numbering and a trailing colon removed, lower case. */
export function headingText(raw: string): string {
  let s = raw.replace(/<[^<>]{0,300}>/g, ' ')
  s = s.replace(/[#*_=>|`[\]]/g, ' ')
  s = s.replace(/\s+/g, ' ').trim()
  s = s.replace(/^(\d+\.?|[ivx]+\.)\s+/i, '')
  // `s` is trimmed: drop the mark, then the space before it (a `\s*` before `$` would rescan
  // every run of spaces).
  s = s.replace(/[:.]$/, '').trimEnd()
  s = s.replace(/\(\d+\)$/, '').trimEnd()
  return s.toLowerCase()
}

/** Whether a line or heading's text names a reference section. */
export function isReferenceHeadingText(raw: string): boolean {
  if (raw.length > 100) return false
  const bare = headingText(raw)
  if (referenceHeadings.has(bare)) return true
  return referenceHeadings.has(bare.replace(/^sources\s*update history$/, 'sources update history'))
}

interface Marker {
  kind: 'number' | 'bullet' | 'footnote'
  number?: number | undefined
  label?: string | undefined
  /** Offset of the entry text within the line. */
  contentAt: number
}

/** Digits of a numbered entry's marker at most (`12.`, `[103]`): a longer number opening a
 * line is a year, a page or an identifier. */
const markerMaxDigits = 5

/** The list marker at the start of a line, if any. */
export function markerOf(line: string): Marker | undefined {
  let i = 0
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++
  if (i > 8) return undefined
  const rest = line.slice(i)
  // Markdown footnote definition.
  if (rest.startsWith('[^')) {
    const close = rest.indexOf(']:')
    if (close > 2 && close < footnoteLabelMaxChars) {
      let k = close + 2
      while (k < rest.length && rest[k] === ' ') k++
      const label = rest.slice(2, close)
      return {kind: 'footnote', label, number: /^\d+$/.test(label) ? Number(label) : undefined, contentAt: i + k}
    }
  }
  // Bullets.
  const bullet = rest[0]
  if (
    (bullet === '-' ||
      bullet === '*' ||
      bullet === '+' ||
      bullet === '\u2022' ||
      bullet === '\u00B7' ||
      bullet === '\u2013' ||
      bullet === '\u25CF' ||
      bullet === '\u25AA') &&
    (rest[1] === ' ' || rest[1] === '\t')
  ) {
    let k = 1
    while (k < rest.length && (rest[k] === ' ' || rest[k] === '\t')) k++
    // A bullet followed by a number marker (`* 1. ...`) gives the number.
    const inner = markerOf(rest.slice(k))
    if (inner && inner.kind === 'number') return {...inner, contentAt: i + k + inner.contentAt}
    return {kind: 'bullet', contentAt: i + k}
  }
  // Numbers: `1.`, `1)`, `[1]`, `(1)`, `1 -`, `^1`.
  let k = 0
  let open = ''
  if (rest[k] === '[' || rest[k] === '(') {
    open = rest[k]
    k++
  } else if (rest[k] === '^') k++
  const ds = k
  while (k < rest.length && rest[k] >= '0' && rest[k] <= '9' && k - ds < markerMaxDigits) k++
  if (k === ds) return undefined
  const number = Number(rest.slice(ds, k))
  if (open === '[') {
    if (rest[k] !== ']') return undefined
    k++
  } else if (open === '(') {
    if (rest[k] !== ')') return undefined
    k++
  } else if (rest[k] === '.' || rest[k] === ')') {
    k++
  } else if (rest[k] === ' ' && (rest[k + 1] === '-' || rest[k + 1] === '\u2013') && rest[k + 2] === ' ') {
    k += 2
  } else if (!(rest[0] === '^')) {
    return undefined
  }
  if (k < rest.length && rest[k] !== ' ' && rest[k] !== '\t') {
    // `1.5 mg` is not a marker; `[1]Smith` is.
    if (open !== '[') return undefined
  }
  while (k < rest.length && (rest[k] === ' ' || rest[k] === '\t')) k++
  return {kind: 'number', number, contentAt: i + k}
}

/** Whether a line continues the entry above it rather than starting one. */
function isContinuation(text: string): boolean {
  const t = text.trim()
  if (t === '') return false
  return startsWithAny(t.toLowerCase(), continuationStarts)
}

/** Whether `lower` starts with one of `starts`. */
function startsWithAny(lower: string, starts: readonly string[]): boolean {
  return starts.some((start) => lower.startsWith(start))
}

/** Signs that a line is a reference: an identifier, a year, `et al.`, a volume/pages run. */
export function referenceFeatures(text: string): number {
  let score = 0
  const lower = text.toLowerCase()
  if (
    lower.includes('http://') ||
    lower.includes('https://') ||
    lower.includes('www.') ||
    lower.includes('doi') ||
    lower.includes('pmid') ||
    /\b10\.\d{4,9}\//.test(lower)
  )
    score += 2
  if (/\b(1[89]\d\d|20\d\d)\b/.test(text)) score += 1
  if (lower.includes('et al')) score += 1
  // One digit on each side is enough to tell (`\d+` there would rescan long digit runs).
  if (/\d\s*\(\d+\)\s*[:,]\s*\d/.test(text) || /;\s*\d+\s*[:(]/.test(text)) score += 1
  return score
}

function isProseLike(text: string): boolean {
  const t = text.trim()
  if (t.length < 200) return false
  return referenceFeatures(t) === 0
}

function closesSection(text: string): boolean {
  return startsWithAny(text.trim().toLowerCase(), sectionClosings)
}

function blockText(block: Block): string {
  return block.plain ?? block.raw
}

/**
 * Split the blocks after a heading into entries; stops at the first block that ends the
 * section. Returns the entries and the offset where the section ends.
 */
/** The list marker a block opens with (`1.`, `-`, `[3]`), or its HTML list item's. */
function entryMarker(block: Block, text: string, html: boolean): Marker | undefined {
  if (html && block.htmlItem) {
    const inner = markerOf(text)
    if (inner && inner.kind === 'number') return {...inner, contentAt: 0}
    return block.htmlItem.ordered
      ? {kind: 'number', number: block.htmlItem.number, contentAt: 0}
      : {kind: 'bullet', contentAt: 0}
  }
  const marker = markerOf(text)
  return marker && html ? {...marker, contentAt: 0} : marker
}

/** An entry opened by a marked block (the marker left out of its text). */
function markedEntry(block: Block, marker: Marker, html: boolean): RawEntry {
  return {
    raw: html ? block.raw : block.raw.slice(marker.contentAt),
    start: html ? block.start : block.start + marker.contentAt,
    end: block.end,
    line: block.line,
    number: marker.number,
    label: marker.label,
    marker: marker.kind,
    html
  }
}

/** Reading the entries of a reference section: the entries so far, the one that continues,
 * and what the blocks before said. */
interface EntryRead {
  entries: RawEntry[]
  current: RawEntry | undefined
  blankBefore: boolean
  /** An entry had a marker (a number, a bullet). */
  marked: boolean
  /** Where the last entry ends. */
  end: number
  html: boolean
  headingLevel: number
}

function readEntries(
  blocks: Block[],
  from: number,
  limit: number,
  html: boolean,
  headingLevel: number
): {entries: RawEntry[]; end: number; next: number} {
  const read: EntryRead = {
    entries: [],
    current: undefined,
    blankBefore: false,
    marked: false,
    end: from < blocks.length ? blocks[from].start : limit,
    html,
    headingLevel
  }
  let k = from
  for (; k < blocks.length && blocks[k].start < limit; k++) if (!readEntryBlock(read, blocks[k])) break
  return {entries: read.entries, end: read.end, next: k}
}

/** One block of a reference section: an entry, the continuation of one, or a line passed over;
 * `false` where the section ends before it. */
function readEntryBlock(read: EntryRead, block: Block): boolean {
  const {html} = read
  if (block.code) return false
  if (block.blank) {
    read.blankBefore = true
    return true
  }
  const text = blockText(block)
  if (block.heading > 0) {
    if (isReferenceHeadingText(text)) {
      read.current = undefined
      return true
    }
    return !(read.headingLevel === 0 || block.heading <= read.headingLevel || read.entries.length > 0)
  }
  // A second heading line (`SourcesUpdate History` ... `SOURCES:`).
  if (!html && isReferenceHeadingText(text) && read.entries.length === 0) return true
  if (closesSection(text)) return false
  if (!html && /^\s*\[\/\/\]:/.test(block.raw)) {
    // A Markdown comment (`[//]: <> (note)`).
    read.current = undefined
    return true
  }
  if (pageChromeLines.has(text.trim().toLowerCase())) {
    read.current = undefined
    read.blankBefore = false
    return true
  }
  const marker = entryMarker(block, text, html)
  if (marker) {
    read.marked = true
    read.current = markedEntry(block, marker, html)
    read.entries.push(read.current)
    read.end = block.end
    read.blankBefore = false
    return true
  }
  const {current} = read
  const indented = !html && /^(\s{2,}|\t)/.test(block.raw)
  if (
    current &&
    (isContinuation(text) || indented || (!read.blankBefore && current.marker !== 'none' && !isProseLike(text)))
  ) {
    current.raw += '\n' + (html ? block.raw : block.raw.trim())
    current.end = block.end
    read.end = block.end
    read.blankBefore = false
    return true
  }
  return readUnmarkedLine(read, block, text)
}

/** An unmarked line that continues nothing: a new entry, introductory prose under the heading
 * (passed over), or the end of the section (prose after entries, or a line with no sign of a
 * reference after a blank line among marked entries). */
function readUnmarkedLine(read: EntryRead, block: Block, text: string): boolean {
  if (isProseLike(text)) {
    if (read.entries.length > 0) return false
    // Introductory prose under the heading ("Healthline has strict sourcing guidelines...").
    read.blankBefore = false
    return true
  }
  if (read.marked && read.blankBefore && referenceFeatures(text) === 0) return false
  read.current = {
    raw: block.raw.trim(),
    start: block.start + (block.raw.length - block.raw.trimStart().length),
    end: block.end,
    line: block.line,
    marker: 'none',
    html: read.html
  }
  read.entries.push(read.current)
  read.end = block.end
  read.blankBefore = false
  return true
}

/** Characters from the end of a footnote definition to the end of an indented line that
 * continues it (a wrapped URL, a second paragraph of the note). */
const footnoteContinuationMaxChars = 400

/** Markdown footnote definitions anywhere in the document. */
function footnoteDefinitions(blocks: Block[]): RawSection | undefined {
  const entries: RawEntry[] = []
  let current: RawEntry | undefined
  for (const block of blocks) {
    if (block.code) {
      current = undefined
      continue
    }
    if (block.blank) continue
    const marker = block.raw.startsWith('[^') ? markerOf(block.raw) : undefined
    if (marker && marker.kind === 'footnote') {
      current = {
        raw: block.raw.slice(marker.contentAt),
        start: block.start + marker.contentAt,
        end: block.end,
        line: block.line,
        number: marker.number,
        label: marker.label,
        marker: 'footnote',
        html: false
      }
      entries.push(current)
      continue
    }
    if (current && /^(\s{2,}|\t)/.test(block.raw) && block.end - current.end < footnoteContinuationMaxChars) {
      current.raw += '\n' + block.raw.trim()
      current.end = block.end
      continue
    }
    current = undefined
  }
  if (entries.length === 0) return undefined
  return {
    heading: '',
    start: entries[0].start,
    end: entries[entries.length - 1].end,
    line: entries[0].line,
    kind: 'footnotes',
    entries
  }
}

/** A block that reads as a reference on its own: strong features, or a year and a volume or
 * pages besides a link or `et al`. */
function strongReference(text: string): boolean {
  const features = referenceFeatures(text)
  return features >= 3 || (features >= 2 && /\b(1[89]\d\d|20\d\d)\b/.test(text) && /[.;]\s*\d+\s*[(:;.]/.test(text))
}

/**
 * Numbered notes without a heading: a run of blocks starting with `(1)`, `[1]`, `1.` or an
 * ordered list, each with strong signs of a reference (an identifier, or a year with `et al.`
 * or a volume/pages run).
 */
function headlessNotes(blocks: Block[], html: boolean, covered: (offset: number) => boolean): RawSection[] {
  const sections: RawSection[] = []
  let run: RawEntry[] = []
  const close = (): void => {
    if (run.length > 0)
      sections.push({
        heading: '',
        start: run[0].start,
        end: run[run.length - 1].end,
        line: run[0].line,
        kind: 'notes',
        entries: run
      })
    run = []
  }
  for (const block of blocks) {
    if (block.blank) continue
    if (block.code || block.heading || covered(block.start)) {
      close()
      continue
    }
    const text = blockText(block)
    const marker = markerOf(text)
    // The features of a reference are read only in a block with a number for its marker.
    if (
      marker &&
      marker.kind === 'number' &&
      marker.number !== undefined &&
      strongReference(text) &&
      /\(\d+\)|\[\d+\]|^\s*\d+\./.test(text.slice(0, 8))
    ) {
      const expected = run.length === 0 ? undefined : (run[run.length - 1].number ?? 0) + 1
      if (expected !== undefined && marker.number !== expected) close()
      run.push({
        raw: html ? block.raw : block.raw.slice(marker.contentAt),
        start: html ? block.start : block.start + marker.contentAt,
        end: block.end,
        line: block.line,
        number: marker.number,
        marker: 'number',
        html
      })
      continue
    }
    close()
  }
  close()
  // A run is a list of notes only when it starts at 1 (a single note is enough).
  return sections.filter((s) => s.entries[0].number === 1)
}

/**
 * Every reference list of a document. When `regions` are given (the model's reference
 * sections), the lists are read inside them; otherwise the sections are found here.
 */
export function findReferenceLists(value: string, format: SourceFormat, regions?: readonly Region[]): RawSection[] {
  const blocks = documentBlocks(value, format)
  const html = format === 'html'
  const sections: RawSection[] = []
  if (regions) {
    for (const region of regions) {
      let k = firstBlockAt(blocks, region.start)
      const headingBlock = blocks[k]
      const heading =
        headingBlock && isReferenceHeadingText(blockText(headingBlock)) ? blockText(headingBlock).trim() : ''
      if (heading) k++
      const {entries, end} = readEntries(blocks, k, region.end, html, headingBlock?.heading ?? 0)
      sections.push({
        heading,
        start: region.start,
        end: Math.max(end, region.start),
        line: region.line,
        kind: 'section',
        entries
      })
    }
  } else {
    for (let k = 0; k < blocks.length; k++) {
      const block = blocks[k]
      if (block.blank || block.code) continue
      const text = blockText(block)
      if (text.length > 100 || !isReferenceHeadingText(text)) continue
      if (block.heading === 0) {
        const bare = headingText(text)
        if (weakReferenceHeadings.has(bare)) {
          // `Notes`, `Research` as a plain line: a heading only when a reference follows.
          let n = k + 1
          while (n < blocks.length && blocks[n].blank) n++
          if (n >= blocks.length || referenceFeatures(blockText(blocks[n])) < 2) continue
        }
        // A plain line is a heading only when it stands alone (not a sentence in a paragraph).
        if (html && !/^\s*<(p|strong|b|div|span|dt)/i.test(block.raw) && block.raw.trim().length > bare.length + 2)
          continue
      }
      if (sections.some((s) => s.start <= block.start && block.start < s.end)) continue
      const {entries, end, next} = readEntries(blocks, k + 1, value.length, html, block.heading)
      sections.push({
        heading: text.trim(),
        start: block.start,
        end: Math.max(end, block.end),
        line: block.line,
        kind: 'section',
        entries
      })
      k = Math.max(k, next - 1)
    }
  }
  if (format === 'markdown') {
    const footnotes = footnoteDefinitions(blocks)
    if (footnotes) {
      footnotes.entries = footnotes.entries.filter((e) => !sections.some((s) => s.start <= e.start && e.start < s.end))
      if (footnotes.entries.length > 0) sections.push(footnotes)
    }
  }
  const covered = (offset: number): boolean => sections.some((s) => s.start <= offset && offset < s.end)
  sections.push(...headlessNotes(blocks, html, covered))
  return sections.sort((a, b) => a.start - b.start)
}

function firstBlockAt(blocks: Block[], offset: number): number {
  let lo = 0
  let hi = blocks.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (blocks[mid].end <= offset) lo = mid + 1
    else hi = mid
  }
  while (lo < blocks.length && blocks[lo].blank) lo++
  return lo
}
