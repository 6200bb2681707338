/**
 * Realign nlcst positions inside text whose source is longer than its value.
 *
 * hast-util-to-nlcst and mdast-util-to-nlcst tokenize a text node's decoded value and place
 * each token by adding the lengths of the tokens before it to the node's start offset. Where the
 * source spells a character with more than one (`&amp;`, `&#8217;`, `\*` in Markdown, `\r\n`
 * read as `\n`) or the parser dropped some (white space at the start of a continuation line),
 * every later token of that text node points a few characters too early: a finding on
 * “reduces” after `&lt;` would cover “ed re”. This maps each offset inside such a text node back
 * to the source, so positions point at the characters the user wrote.
 */
import type {Root as NlcstRoot} from 'nlcst'
import type {Node, Point, Position} from 'unist'
import {location} from 'vfile-location'

/** A text node of the source tree: where it is in the source, and its decoded value. */
export interface TextRun {
  start: number
  end: number
  value: string
}

/** The syntax of the source: which character references and escapes it has. */
export type Syntax = 'html' | 'markdown'

interface Aligned {
  start: number
  length: number
  /** Source offset (relative to `start`) where the character at each value index starts. */
  starts: Int32Array
  /** Source offset (relative to `start`) just after the character before each value index. */
  ends: Int32Array
}

/** Text nodes (`type: 'text'`, hast or mdast) whose value is not their source, in order. A text
 * node whose range holds other nodes is left out: parse5 joins white space from both sides of
 * content it moved (`<table>\n<p>...</p>\n`), and the words of that content must stay put. */
export function textRuns(tree: Node, value: string): TextRun[] {
  const runs: TextRun[] = []
  const starts: number[] = []
  const stack: Node[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Node & {value?: unknown; children?: Node[]; content?: Node}
    const start = node.position?.start.offset
    if (node !== tree && typeof start === 'number') starts.push(start)
    if (node.type === 'text' && typeof node.value === 'string' && node.value.trim() !== '') {
      const end = node.position?.end.offset
      if (typeof start === 'number' && typeof end === 'number' && end - start !== node.value.length && end <= value.length) {
        runs.push({start, end, value: node.value})
      }
    }
    if (node.children) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index])
    if (node.content) stack.push(node.content)
  }
  if (runs.length === 0) return runs
  starts.sort((a, b) => a - b)
  // Whether some node starts strictly inside `(start, end)`.
  const holds = (start: number, end: number): boolean => {
    let low = 0
    let high = starts.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (starts[middle] <= start) low = middle + 1
      else high = middle
    }
    return low < starts.length && starts[low] < end
  }
  return runs.filter((run) => !holds(run.start, run.end)).sort((a, b) => a.start - b.start)
}

/** Give every node of `tree` (hast or mdast) the line and column of its offsets. parse5 counts
 * a line ending twice after a bare `&` (`&\n`), so the lines of everything after it are one
 * too many, and hast-util-to-nlcst, which reads lines and columns, places that text at 0. */
export function repairPoints(tree: Node, source: string): void {
  let place: ReturnType<typeof location> | undefined
  const fixed = (point: Point | undefined): Point | undefined => {
    if (!point || typeof point.offset !== 'number') return point
    place ??= location(source)
    const right = place.toPoint(point.offset)
    return right && (right.line !== point.line || right.column !== point.column) ? {line: right.line, column: right.column, offset: right.offset} : point
  }
  const stack: Node[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Node & {children?: Node[]; content?: Node}
    if (node.position) {
      const start = fixed(node.position.start)
      const end = fixed(node.position.end)
      if (start !== node.position.start || end !== node.position.end) node.position = {start, end} as Position
    }
    if (node.children) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index])
    if (node.content) stack.push(node.content)
  }
}

/** Move the positions of `tree` that fall inside `runs` onto the source characters. */
export function realignPositions(tree: NlcstRoot, runs: TextRun[], source: string, syntax: Syntax): void {
  const aligned: Aligned[] = []
  for (const run of runs) {
    const maps = align(run.value, source.slice(run.start, run.end), syntax)
    if (maps) aligned.push({start: run.start, length: run.value.length, ...maps})
  }
  if (aligned.length === 0) return
  const place = location(source)
  const find = (offset: number): Aligned | undefined => {
    let low = 0
    let high = aligned.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const run = aligned[middle]
      if (offset < run.start) high = middle - 1
      else if (offset > run.start + run.length) low = middle + 1
      else return run
    }
    return undefined
  }
  const move = (point: Point | undefined, which: 'starts' | 'ends'): Point | undefined => {
    if (!point || typeof point.offset !== 'number') return point
    const run = find(point.offset)
    if (!run) return point
    const offset = run.start + run[which][point.offset - run.start]
    if (offset === point.offset) return point
    const moved = place.toPoint(offset)
    return moved ? {line: moved.line, column: moved.column, offset: moved.offset} : point
  }
  // Point objects are shared between nodes (a sentence starts where its first word starts):
  // new positions are made, the old points are only read.
  const stack: Node[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Node & {children?: Node[]}
    if (node.position) {
      const start = move(node.position.start, 'starts')
      const end = move(node.position.end, 'ends')
      if (start !== node.position.start || end !== node.position.end) node.position = {start, end} as Position
    }
    if (node.children) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index])
  }
}

const htmlReference = /&(?:#[xX][0-9a-fA-F]+;?|#[0-9]+;?|[A-Za-z][A-Za-z0-9]*;?)/y
const markdownReference = /&(?:#[xX][0-9a-fA-F]{1,6};|#[0-9]{1,7};|[A-Za-z][A-Za-z0-9]{0,31};)/y
const asciiPunctuation = /[!-/:-@[-`{-~]/

/**
 * Align a decoded value with its source: for each value index, where its character starts in
 * the source and where the one before it ends. Character references are not decoded here: one
 * produced one or two characters, whichever lets the text after it line up. `undefined` when
 * the two cannot be aligned (then the positions are left as they were).
 */
export function align(value: string, source: string, syntax: Syntax): {starts: Int32Array; ends: Int32Array} | undefined {
  const starts = new Int32Array(value.length + 1)
  const ends = new Int32Array(value.length + 1)
  // Whether the value from `i` and the source from `j` agree on their next few characters
  // (anything that may be markup again counts as agreeing).
  const agrees = (i: number, j: number): boolean => {
    for (let t = 0; t < 4; t++) {
      if (i + t >= value.length) return true
      if (j + t >= source.length) return false
      const code = source[j + t]
      // Markup again (a reference, an escape, a tag the HTML parser dropped): cannot tell
      // further without decoding.
      if (code === '&' || code === '\\' || code === '\r' || (syntax === 'html' && code === '<')) return true
      if (value[i + t] === code) continue
      // White space the parser dropped (after a first character that agreed).
      return t > 0 && (code === ' ' || code === '\t' || code === '\n')
    }
    return true
  }
  const take = (i: number, count: number, from: number, to: number) => {
    for (let k = 0; k < count; k++) {
      starts[i + k] = from
      ends[i + k + 1] = to
    }
  }
  let i = 0
  let j = 0
  while (i < value.length) {
    if (j >= source.length) return undefined
    const char = source[j]
    if (char === '&') {
      const reference = syntax === 'html' ? htmlReference : markdownReference
      reference.lastIndex = j
      const match = reference.exec(source)
      // A reference the parser left as written (`AT&T`, `&bogus;`) is plain text, below.
      if (match && !(value.startsWith(match[0], i) && agrees(i + match[0].length, j + match[0].length))) {
        const lengths = [match[0].length]
        // HTML reads a legacy reference without its `;` (`&copy2024` is `©2024`).
        if (syntax === 'html' && !match[0].endsWith(';') && match[0][1] !== '#') {
          for (let length = Math.min(match[0].length - 1, 7); length >= 3; length--) lengths.push(length)
        }
        // A numeric reference is one character, two UTF-16 units beyond the BMP; a named one
        // one character or, for a few names, two.
        const numeric = /^&#[xX]?([0-9a-fA-F]+)/.exec(match[0])
        const point = numeric ? Number.parseInt(numeric[1], /^&#[xX]/.test(match[0]) ? 16 : 10) : 0
        const counts = numeric ? [point > 0xffff && point <= 0x10ffff ? 2 : 1] : [1, 2]
        let done = false
        for (const length of lengths) {
          for (const count of counts) {
            if (done || i + count > value.length || !agrees(i + count, j + length)) continue
            take(i, count, j, j + length)
            i += count
            j += length
            done = true
          }
        }
        if (done) continue
      }
    }
    // A tag the HTML parser dropped (a stray `</div>`, table tags outside a table): the text
    // runs on over it. In HTML a `<` before a letter, `/`, `!` or `?` is never text.
    if (syntax === 'html' && char === '<' && /[A-Za-z/!?]/.test(source[j + 1] ?? '')) {
      const close = source.indexOf('>', j + 1)
      if (close !== -1) {
        j = close + 1
        continue
      }
    }
    if (syntax === 'markdown' && char === '\\' && j + 1 < source.length && asciiPunctuation.test(source[j + 1]) && value[i] === source[j + 1]) {
      take(i, 1, j, j + 2)
      i++
      j += 2
      continue
    }
    if (value[i] === char) {
      take(i, 1, j, j + 1)
      i++
      j++
      continue
    }
    if (value[i] === '\n' && char === '\r') {
      const length = source[j + 1] === '\n' ? 2 : 1
      take(i, 1, j, j + length)
      i++
      j += length
      continue
    }
    // A source character the parser dropped.
    j++
  }
  starts[value.length] = j
  ends[0] = 0
  return {starts, ends}
}
