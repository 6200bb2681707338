/**
 * Long runs of bracketed numbers (`[1][2][3]...`) in Markdown, read before micromark (issue 14l).
 *
 * micromark reads every `[` as the start of a label and every `]` as the end of one, and tries
 * at each `]` a resource, a full, collapsed and shortcut reference (`[1][2]` is a full reference
 * to `2` until the definitions say otherwise), then drops the label: linear, but a megabyte of
 * `[1]` took 8 s to parse and a gigabyte of events, 1.4 times the whole lint of a megabyte of the
 * corpus's Markdown articles.
 *
 * So before micromark, the middle of each run of at least `minUnits` *units* (a `[`, one to nine
 * digits, a `]`; no white space between units) is cut out of the text: the first `keptUnits`
 * units and the last `keptUnits` stay. The cut is kept only if, in the parse of what is left,
 * the document has no definition (a link reference definition or a footnote definition: then no
 * reference resolves, in the whole text as in the reduced one) and the place of the cut lies
 * inside one text node, at least `keptUnits` units from either end of it, whose value is its
 * source as written (no escape, no character reference), and whose parent is a paragraph, a
 * heading or a table cell (not a link, whose URL could run across the cut). Then every unit cut
 * was literal text of that node in the whole text too: with no definition a label of digits only
 * is never a reference, and no unit holds the `(` of a resource, so each unit is a label that
 * micromark opens and drops, the same wherever the run is cut, and the text around the run reads
 * the same. The cut text is put back in that node's value and every position after it moved back:
 * the same tree as a parse of the whole text (tested against it). Otherwise the whole text is
 * parsed as before.
 */
import type {Nodes, Root, Text} from 'mdast'
import type {Point} from 'unist'
import {cutsBefore, movePoints} from './positions.js'

/** Runs of fewer units are left to micromark. */
export const defaultMinUnits = 1024
/** Units kept on each side of a cut. */
const keptUnits = 8

/** One cut: where it was in the whole text, its length, and where it is in the reduced text. */
export interface LabelCut {
  originalStart: number
  originalEnd: number
  reducedOffset: number
}

export interface LabelCuts {
  /** The text with the cuts made. */
  reduced: string
  cuts: LabelCut[]
}

/** The end of the unit (`[`, one to nine digits, `]`) that starts at `at`, or -1. */
function unitEnd(value: string, at: number): number {
  if (value.charCodeAt(at) !== 91) return -1
  let index = at + 1
  while (index < value.length && index - at <= 9 && isDigit(value.charCodeAt(index))) index++
  return index > at + 1 && value.charCodeAt(index) === 93 ? index + 1 : -1
}

/** The start of the unit that ends right before `end`, or -1. */
function unitStart(value: string, end: number): number {
  if (value.charCodeAt(end - 1) !== 93) return -1
  let index = end - 2
  while (index >= 0 && end - 2 - index < 9 && isDigit(value.charCodeAt(index))) index--
  return index < end - 2 && value.charCodeAt(index) === 91 ? index : -1
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/** The text with the middle of each long run of units cut out, or undefined when there is none
 * (or the text starts with a byte order mark, which micromark drops). */
export function cutLabelRuns(value: string, minUnits: number = defaultMinUnits): LabelCuts | undefined {
  if (value.charCodeAt(0) === 0xfeff) return undefined
  const cuts: LabelCut[] = []
  const parts: string[] = []
  let kept = 0
  let removed = 0
  let at = value.indexOf('[')
  while (at >= 0) {
    let end = at
    let units = 0
    let afterKept = -1
    for (let next = unitEnd(value, end); next >= 0; next = unitEnd(value, end)) {
      end = next
      if (++units === keptUnits) afterKept = end
    }
    if (units >= Math.max(minUnits, 2 * keptUnits + 1)) {
      let beforeKept = end
      for (let unit = 0; unit < keptUnits; unit++) beforeKept = unitStart(value, beforeKept)
      parts.push(value.slice(kept, afterKept))
      kept = beforeKept
      cuts.push({originalStart: afterKept, originalEnd: beforeKept, reducedOffset: afterKept - removed})
      removed += beforeKept - afterKept
    }
    at = value.indexOf('[', Math.max(end, at + 1))
  }
  if (cuts.length === 0) return undefined
  parts.push(value.slice(kept))
  return {reduced: parts.join(''), cuts}
}

/** The tree of the whole text from the tree of the reduced one: the cut text put back, every
 * position moved back to the whole text. Undefined when a cut does not hold (see above): then the
 * whole text must be parsed. `tree` is changed in place. */
export function restoreLabelRuns(tree: Root, value: string, {reduced, cuts}: LabelCuts): Root | undefined {
  const holders: Text[] = []
  let definitions = false
  let next = 0
  const visit = (node: Nodes, parent: Nodes | undefined): void => {
    if (node.type === 'definition' || node.type === 'footnoteDefinition') definitions = true
    if (node.type === 'text' && next < cuts.length && node.position) {
      const start = node.position.start.offset ?? 0
      const end = node.position.end.offset ?? 0
      while (next < cuts.length && cuts[next].reducedOffset < end) {
        const at = cuts[next].reducedOffset
        if (at < start || !holds(node, parent, reduced, at)) return
        holders.push(node)
        next++
      }
    }
    if ('children' in node) for (const child of node.children) visit(child, node)
  }
  visit(tree, undefined)
  if (definitions || holders.length !== cuts.length) return undefined
  const lines = cutLines(reduced, cuts)
  if (lines === undefined) return undefined

  // Put the cut text back, from the last cut of a node to its first (its offsets stay right).
  for (let index = cuts.length - 1; index >= 0; index--) {
    const {originalStart, originalEnd, reducedOffset} = cuts[index]
    const node = holders[index]
    const inNode = reducedOffset - (node.position?.start.offset ?? 0)
    node.value = node.value.slice(0, inNode) + value.slice(originalStart, originalEnd) + node.value.slice(inNode)
  }
  moveBackInLines(tree, cuts, lines)
  return tree
}

/** Whether the text node holds the place `at` of a cut as the cut needs it (see above). */
function holds(node: Text, parent: Nodes | undefined, reduced: string, at: number): boolean {
  const start = node.position?.start.offset ?? -1
  const end = node.position?.end.offset ?? -1
  if (!parent || (parent.type !== 'paragraph' && parent.type !== 'heading' && parent.type !== 'tableCell')) return false
  if (node.value !== reduced.slice(start, end)) return false
  // At least `keptUnits` units of the run on each side of the place, inside the node.
  let before = at
  let after = at
  for (let unit = 0; unit < keptUnits; unit++) {
    before = unitStart(reduced, before)
    after = unitEnd(reduced, after)
    if (before < 0 || after < 0) return false
  }
  return before >= start && after <= end
}

/** The line of each cut in the reduced text (micromark's lines: a line ends at `\n`, `\r` or `\r\n`), or
 * undefined when a tab follows a cut on its line: micromark counts a tab to the next tab stop, so the
 * columns after it would not all move by the cut's length. */
function cutLines(reduced: string, cuts: LabelCut[]): number[] | undefined {
  const lines: number[] = []
  let line = 1
  let index = 0
  for (const cut of cuts) {
    for (; index < cut.reducedOffset; index++) {
      const code = reduced.charCodeAt(index)
      if (code === 10 || (code === 13 && reduced.charCodeAt(index + 1) !== 10)) line++
    }
    lines.push(line)
    for (let after = cut.reducedOffset; after < reduced.length; after++) {
      const code = reduced.charCodeAt(after)
      if (code === 9) return undefined
      if (code === 10 || code === 13) break
    }
  }
  return lines
}

/** Move every position of the tree after a cut by the cut's length: in offsets, and in columns on
 * the cut's line (a cut holds no line ending, so lines do not move). */
function moveBackInLines(tree: Root, cuts: LabelCut[], lines: number[]): void {
  const chars: number[] = [0]
  for (const cut of cuts) chars.push(chars[chars.length - 1] + cut.originalEnd - cut.originalStart)
  const move = (point: Point): Point => {
    const offset = point.offset
    if (typeof offset !== 'number') return point
    const low = cutsBefore(cuts, offset, false)
    if (low === 0) return point
    // The cuts before this point on its own line.
    let column = point.column
    for (let index = low - 1; index >= 0 && lines[index] === point.line; index--)
      column += cuts[index].originalEnd - cuts[index].originalStart
    return {line: point.line, column, offset: offset + chars[low]}
  }
  movePoints(tree, move)
}
