/**
 * Table rows read from the source text: GFM Markdown tables and HTML tables.
 *
 * remark-retext skips GFM tables and HTML blocks altogether, and rehype-retext may or may
 * not keep cells as prose, so rules that must see table cells read them from `file.value`.
 * Each cell comes back as tokens (parsed with parse-english) whose offsets point into
 * `file.value`, so findings in cells are placed exactly.
 *
 * Both scanners are single passes over the text (HTML tags are read with a bounded scan),
 * with no regular expression over unbounded input.
 */
import {ParseEnglish} from 'parse-english'
import type {Parent as NlcstParent, Root as NlcstRoot} from 'nlcst'
import {tokensOf} from '../model/tokens.js'
import {lowerCaseOf} from '../model/lower-case.js'
import type {Token} from '../model/types.js'
import {nonProseElements, phrasingElements} from '../data/html-elements.js'

/** A cell: its extent in `file.value` and whether it is a header cell. */
export interface TableCell {
  start: number
  end: number
  header: boolean
}

/** A row of a table. */
export interface TableRow {
  /** Start offset of the row in `file.value`. */
  start: number
  end: number
  /** Whether the row is a header row (the first row of a GFM table, or only `<th>` cells). */
  header: boolean
  cells: TableCell[]
  /** How the table was written. */
  syntax: 'markdown' | 'html'
}

/** Every table row of a source text: GFM tables (outside fenced code) and HTML tables. */
export function findTableRows(value: string): TableRow[] {
  const rows = value.includes('<') ? markdownRows(value).concat(htmlRows(value)) : markdownRows(value)
  return rows.sort((a, b) => a.start - b.start)
}

interface Line {
  start: number
  end: number
}

function linesOf(value: string): Line[] {
  const lines: Line[] = []
  let start = 0
  while (start <= value.length) {
    let end = value.indexOf('\n', start)
    if (end === -1) end = value.length
    const trimmed = end > start && value.charCodeAt(end - 1) === 13 ? end - 1 : end
    lines.push({start, end: trimmed})
    start = end + 1
  }
  return lines
}

/** A GFM delimiter row: only `|`, `-`, `:` and spaces, with a `-` and a `|`. */
function isDelimiterRow(value: string, line: Line): boolean {
  let dash = false
  let pipe = false
  for (let i = line.start; i < line.end; i++) {
    const c = value.charCodeAt(i)
    if (c === 45) dash = true
    else if (c === 124) pipe = true
    else if (c !== 58 && c !== 32 && c !== 9) return false
  }
  return dash && pipe
}

function hasPipe(value: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) if (value.charCodeAt(i) === 124) return true
  return false
}

function isFence(value: string, line: Line): boolean {
  let i = line.start
  while (i < line.end && i - line.start < 4 && value.charCodeAt(i) === 32) i++
  return value.startsWith('```', i) || value.startsWith('~~~', i)
}

/** GFM tables: a header row with pipes, a delimiter row, then body rows with pipes up to a
 * blank line or a line without a pipe. */
function markdownRows(value: string): TableRow[] {
  const rows: TableRow[] = []
  const lines = linesOf(value)
  let fenced = false
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    if (isFence(value, line)) {
      fenced = !fenced
      continue
    }
    if (fenced || index === 0 || !isDelimiterRow(value, line) || !hasPipe(value, lines[index - 1])) continue
    const head = lines[index - 1]
    rows.push(markdownRow(value, head, true))
    let next = index + 1
    while (
      next < lines.length &&
      lines[next].end > lines[next].start &&
      hasPipe(value, lines[next]) &&
      !isFence(value, lines[next])
    ) {
      rows.push(markdownRow(value, lines[next], false))
      next++
    }
    index = next - 1
  }
  return rows
}

/** Split a GFM row into cells on unescaped pipes; leading and trailing pipes are optional. */
function markdownRow(value: string, line: Line, header: boolean): TableRow {
  const cells: TableCell[] = []
  let cellStart = line.start
  let code = false
  for (let i = line.start; i <= line.end; i++) {
    const c = i < line.end ? value.charCodeAt(i) : 124
    if (c === 96 /* ` */) code = !code
    if (c === 92 /* \ */) {
      i++
      continue
    }
    if (c === 124 && (!code || i === line.end)) {
      pushCell(value, cells, cellStart, i, header)
      cellStart = i + 1
    }
  }
  return {start: line.start, end: line.end, header, cells, syntax: 'markdown'}
}

function pushCell(value: string, cells: TableCell[], start: number, end: number, header: boolean): void {
  let s = start
  let e = end
  while (s < e && isSpace(value.charCodeAt(s))) s++
  while (e > s && isSpace(value.charCodeAt(e - 1))) e--
  if (e > s) cells.push({start: s, end: e, header})
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13
}

interface Tag {
  name: string
  closing: boolean
  start: number
  end: number
}

/** Characters of a tag name read at most: HTML's own names are short (`blockquote` is 10),
 * custom elements longer; a longer run is not a tag this reader needs. */
const tagNameMaxChars = 32

/** Read the tag at `start` (`value[start] === '<'`); tags are at most 4 KiB. */
function readTag(value: string, start: number): Tag | undefined {
  const closing = value.charCodeAt(start + 1) === 47
  let i = closing ? start + 2 : start + 1
  const nameStart = i
  while (i < value.length && i - nameStart < tagNameMaxChars) {
    const c = value.charCodeAt(i)
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) break
    i++
  }
  if (i === nameStart) return undefined
  const name = value.slice(nameStart, i).toLowerCase()
  let quote = 0
  const limit = Math.min(value.length, i + 4096)
  for (; i < limit; i++) {
    const c = value.charCodeAt(i)
    if (quote) {
      if (c === quote) quote = 0
    } else if (c === 34 || c === 39) quote = c
    else if (c === 62) return {name, closing, start, end: i + 1}
  }
  return undefined
}

/** HTML tables: rows are `<tr>` elements, cells `<td>` and `<th>`; a row ends at `</tr>`,
 * the next `<tr>` or the end of its table. Raw-text elements are skipped. */
function htmlRows(value: string): TableRow[] {
  const rows: TableRow[] = []
  const lower = lowerCaseOf(value)
  let row: TableRow | undefined
  let cell: {start: number; header: boolean} | undefined
  let depth = 0
  let head = false
  const closeCell = (at: number) => {
    if (cell && row) pushCell(value, row.cells, cell.start, at, cell.header)
    cell = undefined
  }
  const closeRow = (at: number) => {
    closeCell(at)
    if (row) {
      row.end = at
      row.header = head || (row.cells.length > 0 && row.cells.every((c) => c.header))
      if (row.cells.length > 0) rows.push(row)
    }
    row = undefined
  }
  let i = value.indexOf('<')
  while (i !== -1) {
    if (value.startsWith('<!--', i)) {
      const close = value.indexOf('-->', i + 4)
      i = close === -1 ? -1 : value.indexOf('<', close + 3)
      continue
    }
    const tag = readTag(value, i)
    if (!tag) {
      i = value.indexOf('<', i + 1)
      continue
    }
    if (!tag.closing && nonProseElements.has(tag.name)) {
      const close = lower.indexOf('</' + tag.name, tag.end)
      i = close === -1 ? -1 : value.indexOf('<', close + 2)
      continue
    }
    if (tag.name === 'table') {
      closeRow(tag.start)
      head = false
      depth = tag.closing ? Math.max(0, depth - 1) : depth + 1
    } else if (depth > 0 && tag.name === 'thead') {
      if (tag.closing) closeRow(tag.start)
      head = !tag.closing
    } else if (depth > 0 && (tag.name === 'tbody' || tag.name === 'tfoot')) {
      closeRow(tag.start)
      head = false
    } else if (depth > 0 && tag.name === 'tr') {
      if (tag.closing) closeRow(tag.start)
      else {
        closeRow(tag.start)
        row = {start: tag.start, end: tag.end, header: false, cells: [], syntax: 'html'}
      }
    } else if (depth > 0 && (tag.name === 'td' || tag.name === 'th')) {
      closeCell(tag.start)
      if (!tag.closing && row) cell = {start: tag.end, header: tag.name === 'th'}
    }
    i = value.indexOf('<', tag.end)
  }
  closeRow(value.length)
  return rows
}

const entities: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  percnt: '%',
  ndash: '–',
  mdash: '—',
  minus: '−',
  times: '×',
  asymp: '≈',
  le: '≤',
  ge: '≥',
  plusmn: '±',
  micro: 'µ',
  deg: '°',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  sup1: '¹',
  sup2: '²',
  sup3: '³'
}

/** Whether an element's tags stand between two words: all but the phrasing elements whose
 * content reads as the words around it (`b`, `cite`, `a`, `code`...); a `br`, a `wbr` or an
 * `img` renders a break. */
function breaksWords(name: string): boolean {
  const element = phrasingElements.get(name)
  return element === undefined || element.text === 'break' || element.text === 'embedded'
}

/** The text of a cell with HTML tags turned into white space and common entities decoded,
 * with, for every character, the extent in `file.value` it stands for. */
function cellText(value: string, cell: TableCell, html: boolean): {text: string; starts: number[]; ends: number[]} {
  const chars: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  let i = cell.start
  while (i < cell.end) {
    const c = value[i]
    if (html && c === '<') {
      const tag = readTag(value, i)
      if (tag && tag.end <= cell.end) {
        // A tag is a word boundary only where the markup renders one: a break, an image or a
        // block, not an inline element (`48<abbr title="percent">%</abbr>` is `48%`).
        if (breaksWords(tag.name)) {
          chars.push(' ')
          starts.push(tag.start)
          ends.push(tag.end)
        }
        i = tag.end
        continue
      }
    }
    if (html && c === '&') {
      let semi = i + 1
      while (semi < cell.end && semi - i <= 10 && value.charCodeAt(semi) !== 59) semi++
      if (semi < cell.end && value.charCodeAt(semi) === 59) {
        const name = value.slice(i + 1, semi)
        let decoded: string | undefined = entities[name.toLowerCase()]
        if (decoded === undefined && name.startsWith('#')) {
          const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
          if (Number.isFinite(code) && code > 0 && code < 0x110000) decoded = String.fromCodePoint(code)
        }
        if (decoded !== undefined) {
          for (const part of decoded) {
            chars.push(part)
            starts.push(i)
            ends.push(semi + 1)
          }
          i = semi + 1
          continue
        }
      }
    }
    chars.push(c)
    starts.push(i)
    ends.push(i + 1)
    i++
  }
  return {text: chars.join(''), starts, ends}
}

const parser = new ParseEnglish()

/** The sentences of a cell as tokens with offsets into `file.value`. */
export function cellSentences(value: string, cell: TableCell, syntax: TableRow['syntax']): Token[][] {
  const {text, starts, ends} = cellText(value, cell, syntax === 'html')
  if (!text.trim()) return []
  const tree = parser.parse(text) as NlcstRoot
  const out: Token[][] = []
  const visit = (node: NlcstParent): void => {
    for (const child of node.children) {
      if (child.type === 'SentenceNode') {
        const tokens = tokensOf(child).map((token) => ({
          ...token,
          start: starts[token.start] ?? cell.start,
          end: ends[token.end - 1] ?? cell.end
        }))
        if (tokens.length > 0) out.push(tokens)
      } else if ('children' in child) visit(child as NlcstParent)
    }
  }
  visit(tree)
  return out
}
