/**
 * Huge Markdown tables, read row by row (issue 14).
 *
 * A GFM table costs micromark far more per byte than prose: every cell is its own piece of text
 * content, so micromark-util-subtokenize's `subcontent` makes a new text tokenizer for each cell
 * (`context.parser.text(...)`), runs it, and splices its events into the document's, after
 * micromark-extension-gfm-table's resolver has rebuilt the row's events with an edit map; then
 * mdast-util-from-markdown walks about a dozen events per cell. All of it is linear, but it is
 * about 2 events per byte where prose has a few per paragraph: 1 MB of `| 45% | 1.5 | in 3 | x |`
 * rows is 2.3 million events and takes longer to parse than the rules take to read it.
 *
 * So before micromark, long runs of *plain* rows are cut out of the text, and the rows are built
 * here, as micromark and mdast-util-from-markdown would build them, after the parse of what is
 * left. A plain row is a line that starts and ends with `|`, holds at least one cell, and whose
 * characters are printable ASCII other than the ones that can start or end inline syntax in
 * micromark, its GFM extensions or mdast-util-gfm-autolink-literal (`\` `` ` `` `*` `_` `~` `[`
 * `]` `!` `<` `>` `&` `@`, and no `www` or `http` in any case). Such a row's events depend on the
 * line alone once the table is open: micromark-extension-gfm-table reads a line as a body row when
 * the flow's last token is a table row or head, and no other flow or container construct starts
 * with `|`; every cell's text is one `data` token, so one text node (or none for blank cells).
 *
 * Of each run of at least `minRun` plain lines, the first three and the last stay in the text
 * and the others are cut. The cut is kept only if, in the parse of what is left, the third line
 * is a body row of a table that is a child of the root (not inside a list, quote or footnote)
 * and the last line is the next row of that table: then every cut line, in the whole text, is
 * a body row of the same table (it follows one, at the top level), and the text after the cut
 * reads the same. Otherwise the whole text is parsed as before. The positions of the parse are
 * moved back past the cut lines, and the cut rows are put back where they were: the same tree
 * as a parse of the whole text (tested against it).
 */
import type {Root, Table, TableCell, TableRow} from 'mdast'
import type {Point, Position} from 'unist'
import {cutsBefore, movePoints} from './positions.js'

/** Runs of fewer plain lines are left to micromark. */
export const defaultMinRun = 64

/** One run of plain lines with lines cut out. Offsets and lines: `original*` in the whole text,
 * `reduced*` in the text with the cuts made (lines from 1). */
export interface Cut {
  /** The offset in the whole text of the first line cut, and of the line after the last. */
  originalStart: number
  originalEnd: number
  /** The line number in the whole text of the first line cut. */
  originalLine: number
  /** Where the line after the cut starts in the reduced text, and its line number there. */
  reducedOffset: number
  reducedLine: number
  /** How many lines were cut. */
  lines: number
}

export interface TableCuts {
  /** The text with the cuts made. */
  reduced: string
  cuts: Cut[]
}

// Printable ASCII that cannot start or end inline syntax in a table cell (see above).
export const plainCharacter = new Uint8Array(128)
for (let code = 0x20; code < 0x7f; code++) plainCharacter[code] = 1
for (const character of '\\`*_~[]!<>&@') plainCharacter[character.charCodeAt(0)] = 0

/** Whether `line` (without its line ending) is a plain table row (see above). */
export function isPlainRow(line: string): boolean {
  const length = line.length
  if (length < 2 || line.charCodeAt(0) !== 124 || line.charCodeAt(length - 1) !== 124) return false
  for (let index = 1; index < length - 1; index++) {
    const code = line.charCodeAt(index)
    if (code >= 128 || plainCharacter[code] === 0) return false
  }
  const lower = line.toLowerCase()
  return !lower.includes('www') && !lower.includes('http')
}

/** The text with the middle of each long run of plain rows cut out, or undefined when there is
 * none (or the text starts with a byte order mark, which micromark drops). */
export function cutTableRows(value: string, minRun: number = defaultMinRun): TableCuts | undefined {
  return cutRuns(value, 124, isPlainRow, minRun)
}

/** The text with the middle of each run of at least `minRun` lines that start with the character
 * `first` (a code, or the codes from the first of a pair to its second) and pass `isPlain` cut
 * out: the first three lines and the last of each run stay. Undefined when there is none, or when
 * the text starts with a byte order mark. */
export function cutRuns(
  value: string,
  first: number | readonly [number, number],
  isPlain: (line: string) => boolean,
  minRun: number = defaultMinRun
): TableCuts | undefined {
  if (value.charCodeAt(0) === 0xfeff) return undefined
  const [low, high] = typeof first === 'number' ? [first, first] : first
  const cuts: Cut[] = []
  const parts: string[] = []
  let kept = 0 // offset in `value` up to which text is in `parts`
  let removedChars = 0
  let removedLines = 0
  // The current run: the start offsets of its lines (first four only) and its last line.
  let runStarts: number[] = []
  let runLength = 0
  let runLastStart = 0
  let runFirstLine = 0
  let line = 1
  let start = 0

  const closeRun = (): void => {
    if (runLength >= Math.max(5, minRun)) {
      const originalStart = runStarts[3]
      const originalEnd = runLastStart
      const lines = runLength - 4
      parts.push(value.slice(kept, originalStart))
      kept = originalEnd
      cuts.push({
        originalStart,
        originalEnd,
        originalLine: runFirstLine + 3,
        reducedOffset: originalStart - removedChars,
        reducedLine: runFirstLine + 3 - removedLines,
        lines
      })
      removedChars += originalEnd - originalStart
      removedLines += lines
    }
    runStarts = []
    runLength = 0
  }

  while (start <= value.length) {
    let end = value.indexOf('\n', start)
    if (end < 0) end = value.length
    // Most lines of a document do not start with `first`: no slice for them.
    const code = value.charCodeAt(start)
    if (code >= low && code <= high && isPlain(value.slice(start, end))) {
      if (runLength === 0) runFirstLine = line
      if (runStarts.length < 4) runStarts.push(start)
      runLastStart = start
      runLength++
    } else closeRun()
    if (end === value.length) break
    start = end + 1
    line++
  }
  closeRun()
  if (cuts.length === 0) return undefined
  parts.push(value.slice(kept))
  return {reduced: parts.join(''), cuts}
}

/** The mdast row micromark and mdast-util-from-markdown make of the plain row `text`, which
 * starts at `offset`, on line `line`. */
export function plainRow(text: string, offset: number, line: number): TableRow {
  const at = (column: number): Point => ({line, column: column + 1, offset: offset + column})
  const pipes: number[] = []
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) === 124) pipes.push(index)
  const children: TableCell[] = []
  for (let cell = 0; cell + 1 < pipes.length; cell++) {
    const from = pipes[cell]
    // The last cell ends after the row's closing `|`.
    const to = cell + 2 === pipes.length ? text.length : pipes[cell + 1]
    let a = from + 1
    let b = pipes[cell + 1]
    while (a < b && text.charCodeAt(a) === 32) a++
    while (b > a && text.charCodeAt(b - 1) === 32) b--
    children.push({
      type: 'tableCell',
      children: a < b ? [{type: 'text', value: text.slice(a, b), position: {start: at(a), end: at(b)}}] : [],
      position: {start: at(from), end: at(to)}
    })
  }
  return {type: 'tableRow', children, position: {start: at(0), end: at(text.length)}}
}

/** The tree of the whole text from the tree of the reduced one: the cut rows put back, every
 * position moved back to the whole text. Undefined when a cut does not hold (see above): then
 * the whole text must be parsed. `tree` is changed in place. */
export function restoreTableRows(tree: Root, value: string, {cuts}: TableCuts): Root | undefined {
  // Find, for each cut, the table and the index of the row before it (reduced positions).
  const places: Array<{table: Table; after: number}> = []
  let child = 0
  for (const cut of cuts) {
    const before = cut.reducedLine - 1
    while (child < tree.children.length && (tree.children[child].position?.end.line ?? 0) < before) child++
    const table = tree.children[child]
    if (!table || table.type !== 'table') return undefined
    const rows = table.children
    let after = places.length > 0 && places[places.length - 1].table === table ? places[places.length - 1].after : 0
    while (after < rows.length && (rows[after].position?.start.line ?? 0) < before) after++
    const row = rows[after]
    const next = rows[after + 1]
    if (
      !row ||
      !next ||
      !startsLine(row.position, before, cut.reducedOffset) ||
      !startsLine(next.position, cut.reducedLine, cut.reducedOffset)
    )
      return undefined
    // The row before the cut must be a body row (the head row is the table's first).
    if (after === 0) return undefined
    places.push({table, after})
  }

  moveBack(tree, cuts)

  // Put the cut rows back, each table rebuilt once.
  const byTable = new Map<Table, Array<{after: number; rows: TableRow[]}>>()
  cuts.forEach((cut, index) => {
    const {table, after} = places[index]
    const rows: TableRow[] = []
    let start = cut.originalStart
    for (let line = 0; line < cut.lines; line++) {
      const end = value.indexOf('\n', start)
      rows.push(plainRow(value.slice(start, end), start, cut.originalLine + line))
      start = end + 1
    }
    const list = byTable.get(table) ?? []
    list.push({after, rows})
    byTable.set(table, list)
  })
  for (const [table, inserts] of byTable) {
    const children: TableRow[] = []
    let next = 0
    table.children.forEach((row, index) => {
      children.push(row)
      while (next < inserts.length && inserts[next].after === index)
        for (const cutRow of inserts[next++].rows) children.push(cutRow)
    })
    table.children = children
  }
  return tree
}

/** Whether a row's position starts at column 1 of `line`, before `offset` or at it. */
export function startsLine(position: Position | undefined, line: number, limit: number): boolean {
  return (
    position !== undefined &&
    position.start.line === line &&
    position.start.column === 1 &&
    (position.start.offset ?? Infinity) <= limit
  )
}

/** Move every position of `tree` from the reduced text to the whole one. */
export function moveBack(tree: Root, cuts: Cut[]): void {
  // Before cut k (its reduced offset), points move by the chars and lines of the cuts before it.
  const chars: number[] = [0]
  const lines: number[] = [0]
  for (const cut of cuts) {
    chars.push(chars[chars.length - 1] + cut.originalEnd - cut.originalStart)
    lines.push(lines[lines.length - 1] + cut.lines)
  }
  const move = (point: Point): Point => {
    const offset = point.offset
    if (typeof offset !== 'number') return point
    // How many cuts start at or before this point.
    const low = cutsBefore(cuts, offset, true)
    return low === 0 ? point : {...point, line: point.line + lines[low], offset: offset + chars[low]}
  }
  movePoints(tree, move)
}
