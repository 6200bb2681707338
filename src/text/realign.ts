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
import {phrasingElements} from '../data/html-elements.js'

/** A text node of the source tree: where it is in the source, and its decoded value. */
export interface TextRun {
  start: number
  end: number
  value: string
  /** Source ranges inside `start`–`end` that hold other text (parse5 joins text from both
   * sides of content it moves: `<table>\n<p>...</p>\n`), in order. */
  holes?: Array<[number, number]> | undefined
  /** Where the text really starts, when the parser put `start` elsewhere: parse5 starts text
   * that it split from leading white space before the body just before the `;` of its first
   * reference (`\n&amp;x` at the top of a page). The words are still placed from `start`. */
  from?: number | undefined
}

/** The syntax of the source: which character references and escapes it has. */
export type Syntax = 'html' | 'markdown'

/** Nodes the nlcst converters place words or white space for: text, line breaks, and code
 * (hast); text, inline code, footnote references, breaks and images (mdast). */
function yieldsText(node: Node & {tagName?: unknown; properties?: {dataNlcst?: unknown}}): boolean {
  if (node.type === 'element') {
    const text = typeof node.tagName === 'string' ? phrasingElements.get(node.tagName)?.text : undefined
    return text === 'break' || text === 'source' || node.properties?.dataNlcst === 'source'
  }
  return ['text', 'inlineCode', 'footnoteReference', 'break', 'image', 'imageReference'].includes(node.type)
}

/** Text nodes (`type: 'text'`, hast or mdast) whose value is not their source, in order, with
 * the ranges of other text inside them. */
export function textRuns(tree: Node, value: string): TextRun[] {
  const runs: TextRun[] = []
  const texts: Array<[number, number]> = []
  const stack: Node[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Node & {value?: unknown; children?: Node[]; content?: Node}
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (node !== tree && typeof start === 'number' && typeof end === 'number' && yieldsText(node)) {
      // White space only: joined from far apart, its range can be anything (and holds no words).
      if (!(node.type === 'text' && typeof node.value === 'string' && node.value.trim() === ''))
        texts.push([start, end])
      if (node.type === 'text' && typeof node.value === 'string' && node.value.trim() !== '' && end <= value.length) {
        const from = referenceEndingAt(value, start)
        if (from !== undefined) runs.push({start, end, value: node.value, from})
        else if (end - start !== node.value.length) runs.push({start, end, value: node.value})
      }
    }
    if (node.children) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index])
    if (node.content) stack.push(node.content)
  }
  if (runs.length === 0) return runs
  texts.sort((a, b) => a[0] - b[0])
  for (const run of runs) {
    // The first text starting after the run's start, then every one starting inside it.
    let low = 0
    let high = texts.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (texts[middle][0] <= run.start) low = middle + 1
      else high = middle
    }
    const holes: Array<[number, number]> = []
    for (let index = low; index < texts.length && texts[index][0] < run.end; index++) {
      if (texts[index][1] <= run.end) holes.push(texts[index])
    }
    if (holes.length > 0) run.holes = holes
  }
  return runs.sort((a, b) => a.start - b.start)
}

/** The start of a character reference whose `;` is at `offset`, if there is one. */
function referenceEndingAt(source: string, offset: number): number | undefined {
  if (source[offset] !== ';') return undefined
  for (let from = offset - 1; from >= Math.max(0, offset - 40); from--) {
    if (source[from] !== '&') continue
    htmlReference.lastIndex = from
    const match = htmlReference.exec(source)
    return match && from + match[0].length === offset + 1 ? from : undefined
  }
  return undefined
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
    return right && (right.line !== point.line || right.column !== point.column)
      ? {line: right.line, column: right.column, offset: right.offset}
      : point
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

/**
 * Move the positions of the words of `runs` onto the source characters. A run's words are
 * found by sequence, not by offset: the converter placed them one after another from the run's
 * start, and those offsets may also be held by other text (see `TextRun.holes`). Then the
 * positions of the words, sentences and paragraphs holding them are made again from their
 * children.
 */
export function realignPositions(tree: NlcstRoot, runs: TextRun[], source: string, syntax: Syntax): void {
  const aligned: AlignedRun[] = []
  for (const run of runs) {
    const from = run.from ?? run.start
    const holes = run.holes?.map(([start, end]): [number, number] => [start - from, end - from])
    const maps = align(run.value, source.slice(from, run.end), syntax, holes)
    if (maps) aligned.push({...run, ...maps})
  }
  if (aligned.length === 0) return

  const index = leavesOf(tree)
  const place = location(source)
  const point = (offset: number): Point | undefined => {
    const found = place.toPoint(offset)
    return found ? {line: found.line, column: found.column, offset: found.offset} : undefined
  }
  const dirty = new Set<Parent>()
  const claimed = new Set<Leaf>()
  for (const run of aligned) {
    for (const [leaf, at] of leavesOfRun(run, index, claimed) ?? []) {
      claimed.add(leaf)
      const from = run.from ?? run.start
      const start = point(from + run.starts[at])
      const end = point(from + run.ends[at + leaf.value.length])
      if (start && end) {
        leaf.position = {start, end}
        for (let parent = index.parents.get(leaf); parent && parent !== tree; parent = index.parents.get(parent))
          dirty.add(parent)
      }
    }
  }
  repositionParents(dirty, index.parents)
}

type Parent = Node & {children: Node[]}
type Leaf = Node & {value: string}
type AlignedRun = TextRun & {starts: Int32Array; ends: Int32Array}

/** The leaves of a tree (nodes with a value and an offset) in document order, with every
 * node's parent, and the leaves by start offset. */
interface LeafIndex {
  leaves: Leaf[]
  parents: Map<Node, Parent>
  byStart: Map<number, number[]>
}

function leavesOf(tree: NlcstRoot): LeafIndex {
  const leaves: Leaf[] = []
  const parents = new Map<Node, Parent>()
  const stack: Node[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Node & {children?: Node[]; value?: unknown}
    if (node.children) {
      for (let index = node.children.length - 1; index >= 0; index--) {
        parents.set(node.children[index], node as Parent)
        stack.push(node.children[index])
      }
    } else if (typeof node.value === 'string' && typeof node.position?.start.offset === 'number') {
      leaves.push(node as Leaf)
    }
  }
  const byStart = new Map<number, number[]>()
  leaves.forEach((leaf, index) => {
    const offset = leaf.position!.start.offset as number
    const list = byStart.get(offset)
    if (list) list.push(index)
    else byStart.set(offset, [index])
  })
  return {leaves, parents, byStart}
}

/** The run's leaves, each with its index in the run's value: consecutive, each where the value
 * puts it, spelling the value, none claimed by an earlier run. White space the converter left
 * out (before, after, between paragraphs) is passed over. */
function leavesOfRun(
  run: AlignedRun,
  {leaves, byStart}: LeafIndex,
  claimed: ReadonlySet<Leaf>
): Array<[Leaf, number]> | undefined {
  const value = run.value
  const lead = value.length - value.trimStart().length
  for (let skip = 0; skip <= lead; skip++) {
    for (const first of byStart.get(run.start + skip) ?? []) {
      const taken: Array<[Leaf, number]> = []
      let done = skip
      for (let index = first; index < leaves.length && done < value.length; index++) {
        const leaf = leaves[index]
        const at = (leaf.position!.start.offset as number) - run.start
        if (at !== done && !(at > done && at <= value.length && value.slice(done, at).trim() === '')) break
        if (claimed.has(leaf) || leaf.value === '' || !value.startsWith(leaf.value, at)) break
        taken.push([leaf, at])
        done = at + leaf.value.length
      }
      if (taken.length > 0 && value.slice(done).trim() === '') return taken
    }
  }
  return undefined
}

/** Parents from their children, deepest first. Point objects are shared between nodes (a
 * sentence starts where its first word starts): new positions are made, none is changed. */
function repositionParents(dirty: ReadonlySet<Parent>, parents: ReadonlyMap<Node, Parent>): void {
  const depth = (node: Node): number => {
    let count = 0
    for (let parent = parents.get(node); parent; parent = parents.get(parent)) count++
    return count
  }
  for (const parent of [...dirty].sort((a, b) => depth(b) - depth(a))) {
    const withPosition = parent.children.filter((child) => child.position)
    if (withPosition.length === 0) continue
    parent.position = {
      start: withPosition[0].position!.start,
      end: withPosition[withPosition.length - 1].position!.end
    } as Position
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
export function align(
  value: string,
  source: string,
  syntax: Syntax,
  holes: Array<[number, number]> = []
): {starts: Int32Array; ends: Int32Array} | undefined {
  const walk = new Alignment(value, source, syntax, holes)
  while (walk.i < value.length) {
    // Text of other nodes inside this one's range is not part of it.
    if (walk.skipHole()) continue
    if (walk.j >= source.length) return undefined
    // A source character the parser dropped.
    if (!walk.step()) walk.j++
  }
  walk.starts[value.length] = walk.j
  walk.ends[0] = 0
  return {starts: walk.starts, ends: walk.ends}
}

/** One walk of `align`: the value index `i`, the source index `j`, and the maps so far. */
class Alignment {
  readonly starts: Int32Array
  readonly ends: Int32Array
  /** The next hole that ends after the source position reached. */
  hole = 0
  i = 0
  j = 0

  constructor(
    readonly value: string,
    readonly source: string,
    readonly syntax: Syntax,
    readonly holes: Array<[number, number]>
  ) {
    this.starts = new Int32Array(value.length + 1)
    this.ends = new Int32Array(value.length + 1)
  }

  /** Jump over a hole that `j` has reached; whether it did. */
  skipHole(): boolean {
    const {holes} = this
    while (this.hole < holes.length && holes[this.hole][1] <= this.j) this.hole++
    if (this.hole < holes.length && this.j >= holes[this.hole][0]) {
      this.j = holes[this.hole][1]
      return true
    }
    return false
  }

  /** Map the next `count` value characters onto the next `length` source characters. */
  advance(count: number, length: number): void {
    for (let k = 0; k < count; k++) {
      this.starts[this.i + k] = this.j
      this.ends[this.i + k + 1] = this.j + length
    }
    this.i += count
    this.j += length
  }

  /** Read the source at `j` as a reference, a dropped tag, an escape, the same character or a
   * CR line ending; whether it moved (if not, the source character was dropped). */
  step(): boolean {
    const {value, source, syntax, i, j} = this
    const char = source[j]
    if (char === '&' && this.reference()) return true
    // A tag the HTML parser dropped (a stray `</div>`, table tags outside a table): the text
    // runs on over it. In HTML a `<` before a letter, `/`, `!` or `?` is never text.
    if (syntax === 'html' && char === '<' && /[A-Za-z/!?]/.test(source[j + 1] ?? '')) {
      const close = source.indexOf('>', j + 1)
      if (close !== -1) {
        this.j = close + 1
        return true
      }
    }
    if (
      syntax === 'markdown' &&
      char === '\\' &&
      j + 1 < source.length &&
      asciiPunctuation.test(source[j + 1]) &&
      value[i] === source[j + 1]
    ) {
      this.advance(1, 2)
      return true
    }
    if (value[i] === char) {
      this.advance(1, 1)
      return true
    }
    if (value[i] === '\n' && char === '\r') {
      this.advance(1, source[j + 1] === '\n' ? 2 : 1)
      return true
    }
    return false
  }

  /** A character reference at `j` that the parser decoded: mapped onto the one or two
   * characters (and, for a legacy HTML reference, the length) that let the text after it line
   * up; whether it was. A reference the parser left as written (`AT&T`, `&bogus;`) is not. */
  reference(): boolean {
    const {value, source, syntax, i, j} = this
    const reference = syntax === 'html' ? htmlReference : markdownReference
    reference.lastIndex = j
    const match = reference.exec(source)
    if (!match || (value.startsWith(match[0], i) && this.agrees(i + match[0].length, j + match[0].length))) return false
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
    for (const length of lengths) {
      for (const count of counts) {
        if (i + count > value.length || !this.agrees(i + count, j + length)) continue
        this.advance(count, length)
        return true
      }
    }
    return false
  }

  /** Whether the value from `i` and the source from `j` agree on their next few characters
   * (anything that may be markup again counts as agreeing). */
  agrees(i: number, j: number): boolean {
    const {value, source, syntax, holes} = this
    for (let t = 0; t < 4; t++) {
      if (i + t >= value.length) return true
      // Text of another node: cannot tell further.
      if (this.hole < holes.length && j + t >= holes[this.hole][0]) return true
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
}
