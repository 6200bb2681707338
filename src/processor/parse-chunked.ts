/**
 * Linear-time English parsing of large plain text.
 *
 * `parse-english` (what `retext-english` uses) tokenizes a whole document as one sentence and
 * then splits and merges it with `Array#splice`, so its time grows with the square of the
 * document's length: seconds for a megabyte without blank lines. Parsed piece by piece the same
 * text takes time in proportion to its length.
 *
 * `parseChunked` cuts the text only where a whole-document parse puts a boundary between two
 * paragraphs anyway: after a run of white space that holds a blank line (preferred) or, in text
 * without blank lines, a single line break that follows the end of a sentence. A cut never falls
 * inside a line. Each cut is checked: a window of text around it (at least `window` characters on
 * each side, and far enough to hold a sentence with words on each side) is parsed whole and in two
 * halves, and the cut is taken only when both give the same nodes. So a line break inside a
 * sentence, `Dr.` at the end of a line, a line starting in lower case that continues the sentence
 * before it, or a line of `- - -` that the parser merges into the sentence before it (turning that
 * sentence's full stop into part of its last word) is never cut. Each piece is then parsed on its
 * own and its positions are moved back into the document, so offsets, lines and columns are those
 * of a whole-document parse, and the children of the pieces' roots together make the root of the
 * whole text (`toString(tree) === value`).
 *
 * Text up to `threshold` characters (default 64 KiB) is parsed whole, exactly as `retext-english`
 * parses it.
 *
 *     import {unified} from 'unified'
 *     import {retextEnglishChunked} from './parse-chunked.js'
 *     const tree = unified().use(retextEnglishChunked).parse(hugeText)
 */
import type {Paragraph, Root, RootContent, Sentence, SentenceContent} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import type {Plugin, Processor} from 'unified'
import type {Point, Position} from 'unist'

/** What `parseChunked` needs of a parser: `parse-english`'s `ParseEnglish` (or `ParseLatin`):
 * `parse`, which calls `this.tokenize` once with the whole value. */
export interface NlcstParser {
  parse(value?: string | null | undefined): Root
  tokenize(value?: string | null | undefined): SentenceContent[]
}

export interface ChunkedOptions {
  /** Text of at most this many characters is parsed whole (default 64 KiB). */
  threshold?: number | null | undefined
  /** Aim for pieces of about this many characters (default 16 KiB). */
  chunkSize?: number | null | undefined
  /** Characters of context on each side of a cut when checking it (default 256). */
  window?: number | null | undefined
  /** Make a fresh parser (default: `new ParseEnglish()`). One is made for each piece. */
  createParser?: (() => NlcstParser) | null | undefined
}

/** Default `threshold`: 64 KiB. */
export const defaultThreshold = 64 * 1024
/** Default `chunkSize`: 16 KiB. */
export const defaultChunkSize = 16 * 1024
/** Default `window`: 256 characters. */
export const defaultWindow = 256

/** Failed cut checks in a row after which the search skips `skipAfterFailures` characters. */
const maxFailedChecks = 8
const skipAfterFailures = 4096

// The tokenizer's white space class (`parse-latin`'s `whiteSpace` expression).
const whiteSpace = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/
// A white-space token the parser splits paragraphs at: the language of `parse-latin`'s `newLine`
// (`/^[ \t]*((\r?\n|\r)[\t ]*)+$/`), written without its ambiguous `\r\n` (which backtracks
// exponentially on a long run of `\r\n` that fails at the end).
const newLine = /^[ \t]*[\r\n][\t\r\n ]*$/
// A terminal marker (`parse-latin`'s `terminalMarker`) and a character of a word (letters and
// digits; `parse-latin`'s `word` class is wider, which only makes this stricter).
const terminal = /[!.?\u2026\u203D]/
const wordCharacter = /[\p{L}\p{N}]/u
// Closing punctuation that may follow a terminal marker at the end of a sentence (`parse-latin`'s
// `affixSymbol`, roughly).
const closing = /["')\]}\u2019\u201D\u00BB\u203A]/

/** Parse `value` as `parse-english` would, in pieces when it is longer than `threshold`. */
export function parseChunked(value: string, options: ChunkedOptions = {}): Root {
  const createParser = options.createParser ?? (() => new ParseEnglish())
  const threshold = options.threshold ?? defaultThreshold
  if (value.length <= threshold) return createParser().parse(value)

  const cuts = findJoinedCuts(
    value,
    options.chunkSize ?? defaultChunkSize,
    options.window ?? defaultWindow,
    createParser
  )
  if (cuts.length === 0) return createParser().parse(value)

  const children: RootContent[] = []
  let start = 0
  let line = 1
  let column = 1
  let join: Join = 0
  for (const cut of [...cuts, {at: value.length, join: 0 as Join}]) {
    const end = cut.at
    const part = parseAt(createParser(), value.slice(start, end), start, line, column)
    // A piece that starts inside a paragraph or a sentence of the whole parse is joined to the
    // one before it (the check of the cut saw the joined nodes equal those of a whole parse).
    if (!joinInto(children as AnyNode[], part.children as AnyNode[], join))
      joinInto(children as AnyNode[], part.children as AnyNode[], 0)
    ;[line, column] = advance(value, start, end, line, column)
    start = end
    join = cut.join
  }

  const root: Root = {type: 'RootNode', children}
  const first = children[0]?.position
  const last = children[children.length - 1]?.position
  if (first && last) root.position = {start: first.start, end: last.end}
  return root
}

/**
 * `retext-english`, parsing text above `threshold` characters in pieces: a drop-in for it
 * (`unified().use(retextEnglishChunked)`). Extensions that other plugins register
 * (`nlcstSentenceExtensions` and friends, as `retext-syntax-urls` does) are used as
 * `retext-english` uses them.
 */
export const retextEnglishChunked: Plugin<[(ChunkedOptions | null | undefined)?], string, Root> = function (
  this: Processor,
  options
) {
  const self = this
  const settings = options ?? {}
  self.parser = function (value: string): Root {
    const data = self.data() as ParserExtensions
    const createParser = () => englishParser(data)
    return parseChunked(value, {...settings, createParser: settings.createParser ?? createParser})
  }
}

/** Where unified plugins keep their parser extensions (`processor.data(key)`). */
export interface ParserExtensions {
  nlcstRootExtensions?: Array<(node: Root) => undefined | void>
  nlcstParagraphExtensions?: Array<(node: Paragraph) => undefined | void>
  nlcstSentenceExtensions?: Array<(node: Sentence) => undefined | void>
}

/** A fresh `ParseEnglish` with the given extensions in front of its own plugins, as
 * `retext-english` builds it. */
export function englishParser(data: ParserExtensions = {}): ParseEnglish {
  const parser = new ParseEnglish()
  if (data.nlcstParagraphExtensions) parser.tokenizeParagraphPlugins.unshift(...data.nlcstParagraphExtensions)
  if (data.nlcstRootExtensions) parser.tokenizeRootPlugins.unshift(...data.nlcstRootExtensions)
  if (data.nlcstSentenceExtensions) parser.tokenizeSentencePlugins.unshift(...data.nlcstSentenceExtensions)
  return parser
}

/**
 * How the pieces on either side of a cut are put together: `0`, side by side (the whole parse
 * starts a new paragraph there); `1`, the paragraph before the cut goes on after it (a new
 * sentence starts there); `2`, the sentence before the cut goes on after it.
 */
export type Join = 0 | 1 | 2

/** A place to cut, and how the pieces on either side are joined. */
export interface Cut {
  at: number
  join: Join
}

/**
 * The offsets where `value` may be cut, in order (see `findJoinedCuts`).
 */
export function findCuts(value: string, size: number, window: number, createParser: () => NlcstParser): number[] {
  return findJoinedCuts(value, size, window, createParser).map((cut) => cut.at)
}

/**
 * Where `value` may be cut, in order. A cut is the end of a run of white space. Preferred: one
 * holding a line break, after which a whole-document parse starts a new paragraph (a blank line
 * first, when there is one within `size` characters). Where there is none within `size`
 * characters (a paragraph or a sentence longer than that: a page without line breaks, a run of
 * numbers without a full stop), any white space between two tokens, where the whole parse
 * goes on with the same paragraph or the same sentence: the pieces are joined there again. Each
 * cut is checked by parsing a window around it (see `isSeparable`). Pieces are at least `size`
 * characters.
 */
export function findJoinedCuts(value: string, size: number, window: number, createParser: () => NlcstParser): Cut[] {
  const cuts: Cut[] = []
  const step = Math.max(1, size)
  let start = 0
  while (start + step < value.length) {
    const from = start + step
    const found =
      asCut(nextCut(value, from, from + step, true, window, createParser)) ??
      asCut(nextCut(value, from, from + step, false, window, createParser)) ??
      nextInnerCut(value, from, from + step, window, createParser) ??
      asCut(nextCut(value, from + step, value.length, false, window, createParser)) ??
      nextInnerCut(value, from + step, value.length, window, createParser)
    if (found === undefined || found.at >= value.length) break
    cuts.push(found)
    start = found.at
  }
  return cuts
}

function asCut(at: number | undefined): Cut | undefined {
  return at === undefined ? undefined : {at, join: 0}
}

/**
 * The first checked cut inside a paragraph or a sentence: after a white-space run (with or
 * without a line break) that starts in `[from, until)`.
 */
function nextInnerCut(
  value: string,
  from: number,
  until: number,
  window: number,
  createParser: () => NlcstParser
): Cut | undefined {
  let index = from
  while (index > 0 && whiteSpace.test(value.charAt(index - 1))) index--
  let failed = 0
  while (index < until && index < value.length) {
    // The next white-space run.
    while (index < value.length && !whiteSpace.test(value.charAt(index))) index++
    if (index >= until || index >= value.length) return undefined
    const runStart = index
    const cut = runEndAt(value, runStart)
    index = cut
    if (cut >= value.length) return undefined
    if (runStart === 0) continue
    const join = separation(value, runStart, cut, window, createParser, 2)
    if (join !== undefined) return {at: cut, join}
    if (++failed % maxFailedChecks === 0) index = Math.max(index, cut + skipAfterFailures)
  }
  return undefined
}

/** The first checked cut whose white-space run starts in `[from, until)`; blank lines only when
 * `blank`. */
function nextCut(
  value: string,
  from: number,
  until: number,
  blank: boolean,
  window: number,
  createParser: () => NlcstParser
): number | undefined {
  // Start at the beginning of the white-space run around `from`, so the run is taken whole.
  let index = from
  while (index > 0 && whiteSpace.test(value.charAt(index - 1))) index--
  let found: [number, number] | undefined
  let failed = 0
  while ((found = nextLineBreakRun(value, index)) !== undefined && found[0] < until) {
    index = found[1]
    const runStart = runStartAt(value, found[0])
    const cut = runEndAt(value, found[1])
    if (cut >= value.length) return undefined
    const run = value.slice(runStart, cut)
    if (!newLine.test(run)) continue
    const single = run.split(/\r\n|\r|\n/).length < 3
    if (single && (blank || !endsSentence(value, runStart))) continue
    if (runStart > 0 && isSeparable(value, runStart, cut, window, createParser)) return cut
    // Checks that keep failing (in a run of `1.` lines each line joins the sentence before it):
    // after `maxFailedChecks` of them, look again `skipAfterFailures` characters further on, so
    // that the search costs a few parses per 4 KiB whatever the text. A cut found later only
    // makes a piece longer.
    if (++failed % maxFailedChecks === 0) index = Math.max(index, cut + skipAfterFailures)
  }
  return undefined
}

/**
 * The first run of spaces and tabs holding a line break at or after `from`, as `[start, end)`:
 * what `/[ \t]*(?:\r\n|\r|\n)[ \t\r\n]*\/g` finds from `from`, scanned by hand (the expression
 * rescans a long run of spaces or tabs from each of its characters: quadratic).
 */
function nextLineBreakRun(value: string, from: number): [number, number] | undefined {
  let index = from
  while (index < value.length && !isLineBreak(value.charCodeAt(index))) index++
  if (index >= value.length) return undefined
  let start = index
  while (start > from && isSpaceOrTab(value.charCodeAt(start - 1))) start--
  let end = index + 1
  while (end < value.length && (isLineBreak(value.charCodeAt(end)) || isSpaceOrTab(value.charCodeAt(end)))) end++
  return [start, end]
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13
}

function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9
}

/** Whether the text before `index` ends in a terminal marker, perhaps followed by closing
 * punctuation (`works.`, `works.")`): only there can a single line break end a paragraph. An early
 * filter that saves a parse (a line ending in `[link](/url)` is not a sentence end); every cut is
 * still checked by parsing. */
function endsSentence(value: string, index: number): boolean {
  let at = index - 1
  for (let count = 0; count < 4 && at >= 0 && closing.test(value.charAt(at)); count++) at--
  return at >= 0 && terminal.test(value.charAt(at))
}

/** The start of the white-space run (the tokenizer's class) holding `index`. */
function runStartAt(value: string, index: number): number {
  while (index > 0 && whiteSpace.test(value.charAt(index - 1))) index--
  return index
}

/** The end of the white-space run (the tokenizer's class) holding `index - 1`. */
function runEndAt(value: string, index: number): number {
  while (index < value.length && whiteSpace.test(value.charAt(index))) index++
  return index
}

/**
 * Whether cutting at `cut` (after the white space `[runStart, cut)`) changes nothing: a parse of
 * a window of about `window` characters on each side must equal the parses of its two halves put
 * side by side, node for node (types, values and offsets). The window starts and ends at token
 * edges (after and before white space), so the tokens near the cut are those of a whole parse.
 * This catches every way the parser joins text across a line break: a sentence that goes on, an
 * abbreviation (`Dr.`), a line of punctuation merged into the sentence before it (which turns that
 * sentence's full stop into part of its last word), and so on.
 */
function isSeparable(
  value: string,
  runStart: number,
  cut: number,
  window: number,
  createParser: () => NlcstParser
): boolean {
  return separation(value, runStart, cut, window, createParser, 0) === 0
}

/**
 * How a whole parse goes on at `cut` (see `Join`), when the parses of the two halves of a
 * window around it, joined that way, equal the window's whole parse node for node; `undefined`
 * when they do not, or when it would take a join deeper than `deepest`.
 */
function separation(
  value: string,
  runStart: number,
  cut: number,
  window: number,
  createParser: () => NlcstParser,
  deepest: Join
): Join | undefined {
  // Window start: the first character after a white-space run, at or before `runStart - window`,
  // and early enough that the text before the cut holds a word and, after it, a terminal marker:
  // sentences without words (a line of `- - -`, a lone `?`) merge into the sentence before them,
  // so the window must reach back to a sentence with words.
  let start = Math.max(
    0,
    Math.min(runStart - window, sentenceWithWordsBefore(value, runStart, runStart - reach * window))
  )
  if (start > 0) {
    while (start > 0 && !whiteSpace.test(value.charAt(start - 1))) start--
    while (start > 0 && whiteSpace.test(value.charAt(start - 1))) start--
    start = runEndAt(value, start)
  }
  // Window end: the end of a white-space run, at or after `cut + window`, and late enough to hold
  // the first word after the cut and the terminal marker after that word (so a sentence that
  // starts without words before the cut and has words after it is seen to have them).
  let end = Math.min(value.length, Math.max(cut + window, sentenceWithWordsAfter(value, cut, cut + reach * window)))
  while (end < value.length && !whiteSpace.test(value.charAt(end))) end++
  end = runEndAt(value, end)

  const both = createParser().parse(value.slice(start, end)).children as AnyNode[]
  const join = depthAt(both, cut - start)
  if (join === undefined || join > deepest) return undefined
  const left = createParser().parse(value.slice(start, cut)).children as AnyNode[]
  const right = parseAt(createParser(), value.slice(cut, end), cut - start, 1, 1).children as AnyNode[]
  if (!joinInto(left, right, join)) return undefined
  if (both.length !== left.length) return undefined
  for (let index = 0; index < left.length; index++) if (!sameNode(both[index], left[index], 0)) return undefined
  return join
}

/** How deep the nodes of `children` that go on across `offset` reach: 0 when none does, 1 when
 * a paragraph does, 2 when a sentence does; `undefined` when a word does (no cut there). */
function depthAt(children: AnyNode[], offset: number): Join | undefined {
  let depth = 0
  let list: AnyNode[] | undefined = children
  while (list) {
    const across: AnyNode | undefined = list.find((node) => {
      const position = node.position
      return position !== undefined && (position.start.offset ?? 0) < offset && offset < (position.end.offset ?? 0)
    })
    if (!across) return depth as Join
    if (across.type === 'ParagraphNode' || across.type === 'SentenceNode') {
      depth++
      list = across.children
    } else return undefined
  }
  return depth as Join
}

/**
 * Put the nodes of `right` after those of `acc`, in place: side by side (`join` 0), or the first
 * of `right` merged into the last of `acc` (a paragraph, then a sentence, for `join` 1 and 2),
 * with the white space that ends `acc` (where the parser of the first piece put it) moved into
 * the merged node. `false` when the nodes do not have that shape (nothing is changed then).
 */
function joinInto(acc: AnyNode[], right: AnyNode[], join: Join): boolean {
  if (join === 0) {
    for (const node of right) acc.push(node)
    return true
  }
  let end = acc.length
  while (end > 0 && acc[end - 1].type === 'WhiteSpaceNode') end--
  const last = acc[end - 1]
  const first = right[0]
  const type = join === 1 ? 'ParagraphNode' : 'SentenceNode'
  if (!last || !first || last.type !== first.type || !last.children || !first.children) return false
  if (join === 2 && last.type === 'ParagraphNode') {
    // The sentence goes on: it is inside the paragraph that goes on.
    if (!canJoin(last.children, first.children, 'SentenceNode')) return false
  } else if (last.type !== type) return false
  const spaces = acc.splice(end)
  for (const space of spaces) last.children.push(space)
  joinInto(last.children, first.children, join === 2 && last.type === 'ParagraphNode' ? 2 : 0)
  if (last.position && first.position) last.position = {start: last.position.start, end: first.position.end}
  for (let index = 1; index < right.length; index++) acc.push(right[index])
  return true
}

/** Whether the last non-white-space node of `acc` and the first of `right` are both `type`. */
function canJoin(acc: AnyNode[], right: AnyNode[], type: string): boolean {
  let end = acc.length
  while (end > 0 && acc[end - 1].type === 'WhiteSpaceNode') end--
  return end > 0 && acc[end - 1].type === type && right[0]?.type === type
}

/** How far, in windows, a check looks for a sentence with words on either side of a cut (so a
 * check costs a bounded parse in text without a terminal marker). */
const reach = 16

/** Where a word character before the last terminal marker before `index` is, or 0 (not looking
 * before `limit`). */
function sentenceWithWordsBefore(value: string, index: number, limit: number): number {
  const floor = Math.max(0, limit)
  let at = index - 1
  while (at >= floor && !terminal.test(value.charAt(at))) at--
  while (at >= floor && !wordCharacter.test(value.charAt(at))) at--
  return Math.max(floor, at)
}

/** Where the first terminal marker after the first word character at or after `index` ends, or
 * the end of `value`. */
function sentenceWithWordsAfter(value: string, index: number, limit: number): number {
  const ceiling = Math.min(value.length, limit)
  let at = index
  while (at < ceiling && !wordCharacter.test(value.charAt(at))) at++
  while (at < ceiling && !terminal.test(value.charAt(at))) at++
  return Math.min(ceiling, at + 1)
}

/** Any nlcst node, as the checks read it. */
export type AnyNode = {type: string; value?: string; position?: Position | undefined; children?: AnyNode[]}

/** Whether two nodes have the same type, value, offsets (`b`'s moved by `delta`) and children. */
export function sameNode(a: AnyNode, b: AnyNode, delta: number): boolean {
  if (a.type !== b.type || a.value !== b.value) return false
  const pa = a.position
  const pb = b.position
  if (!pa !== !pb) return false
  if (pa && pb) {
    if (pa.start.offset !== (pb.start.offset ?? Number.NaN) + delta) return false
    if (pa.end.offset !== (pb.end.offset ?? Number.NaN) + delta) return false
  }
  const ca = a.children
  const cb = b.children
  if (!ca || !cb) return !ca && !cb
  if (ca.length !== cb.length) return false
  for (let index = 0; index < ca.length; index++) if (!sameNode(ca[index], cb[index], delta)) return false
  return true
}

/** Line and column after `value.slice(start, end)`, counting line breaks as the tokenizer does:
 * `\r`, `\n` not after `\r`. */
function advance(value: string, start: number, end: number, line: number, column: number): [number, number] {
  for (let index = start; index < end; index++) {
    const code = value.charCodeAt(index)
    if (code === 13 || (code === 10 && value.charCodeAt(index - 1) !== 13)) {
      line++
      column = 1
    } else if (code !== 10) {
      column++
    }
  }
  return [line, column]
}

/**
 * Parse `text`, found at `offset` (line `line`, column `column`) in the document, with positions in
 * the document. The tokens are moved as the tokenizer makes them, before the parser's plugins
 * run: every later position is taken from the tokens', so nothing else needs moving.
 */
function parseAt(parser: NlcstParser, text: string, offset: number, line: number, column: number): Root {
  if (offset === 0) return parser.parse(text)
  const tokenize = parser.tokenize
  parser.tokenize = function (this: NlcstParser, value) {
    const tokens = tokenize.call(this, value)
    for (const token of tokens) {
      const position = token.position
      if (!position) continue
      shiftPoint(position.start, offset, line, column)
      shiftPoint(position.end, offset, line, column)
      if (token.type === 'WordNode') {
        // A word's text node shares its `start` with the word and has an `end` of its own.
        for (const child of token.children) {
          if (!child.position) continue
          if (child.position.start !== position.start) shiftPoint(child.position.start, offset, line, column)
          if (child.position.end !== position.end) shiftPoint(child.position.end, offset, line, column)
        }
      }
    }
    return tokens
  }
  return parser.parse(text)
}

function shiftPoint(point: Point, offset: number, line: number, column: number): void {
  if (point.line === 1) point.column += column - 1
  point.line += line - 1
  if (point.offset !== undefined) point.offset += offset
}
