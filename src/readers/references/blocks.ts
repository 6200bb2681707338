/**
 * The document as a sequence of blocks for the reference reader: the lines of plain text and
 * Markdown, the block elements of HTML. Each block knows whether it is a heading (and its
 * level) or a list item (and its number in an ordered list). One pass over the text.
 */
import type {SourceFormat} from '../../model/types.js'
import {nonProseElements} from '../../data/html-elements.js'
import {attributeOf, decodeEntityAt} from '../../text/markup.js'
import {lineOfOffset, lineStartsOf} from '../../text/lines.js'

export interface Block {
  /** The block's source text (a line; the inner HTML of an element). */
  raw: string
  /** Start and end offsets in the document. */
  start: number
  end: number
  /** 1-based line of `start`. */
  line: number
  /** Whether the line is blank (text/Markdown) — HTML blocks are never blank. */
  blank: boolean
  /** Heading level 1-6 (`#`, setext, `<h1>`...), or 0. */
  heading: number
  /** The block is an HTML list item. */
  htmlItem?: {ordered: boolean; number: number} | undefined
  /** HTML: the block's text without tags. */
  plain?: string | undefined
  /** Markdown: the line is inside fenced code or front matter. */
  code?: boolean | undefined
}

/** Split text or Markdown into lines. */
export function lineBlocks(value: string, format: SourceFormat): Block[] {
  const blocks: Block[] = []
  let start = 0
  let line = 1
  let fence: string | undefined
  let frontMatter = false
  while (start <= value.length) {
    let end = value.indexOf('\n', start)
    if (end < 0) end = value.length
    let contentEnd = end
    if (contentEnd > start && value[contentEnd - 1] === '\r') contentEnd--
    const raw = value.slice(start, contentEnd)
    const trimmed = raw.trim()
    let heading = 0
    let code = false
    if (format === 'markdown') {
      if (line === 1 && trimmed === '---') frontMatter = true
      else if (frontMatter && (trimmed === '---' || trimmed === '...')) {
        frontMatter = false
        code = true
      }
      if (frontMatter) code = true
      const fenceMark = trimmed.startsWith('```') ? '```' : trimmed.startsWith('~~~') ? '~~~' : undefined
      if (!frontMatter && fenceMark) {
        if (fence === undefined) fence = fenceMark
        else if (fence === fenceMark) fence = undefined
        code = true
      } else if (fence !== undefined) code = true
      if (!code) {
        let hashes = 0
        while (hashes < trimmed.length && trimmed[hashes] === '#') hashes++
        if (
          hashes >= 1 &&
          hashes <= 6 &&
          (trimmed.length === hashes || trimmed[hashes] === ' ' || trimmed[hashes] === '\t')
        )
          heading = hashes
      }
    }
    blocks.push({raw, start, end: contentEnd, line, blank: trimmed === '', heading, code})
    if (end >= value.length) break
    start = end + 1
    line++
  }
  // Setext headings: a text line followed by === or ---.
  if (format === 'markdown') {
    for (let k = 1; k < blocks.length; k++) {
      const under = blocks[k].raw.trim()
      const above = blocks[k - 1]
      if (above.blank || above.heading || above.code || blocks[k].code) continue
      if (/^=+$/.test(under)) above.heading = 1
      else if (/^-{2,}$/.test(under) && above.raw.trim().length < 80 && !/^\s*([-*+]|\d+[.)])\s/.test(above.raw))
        above.heading = 2
    }
  }
  return blocks
}

const blockTags = new Set([
  'p',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'div',
  'ol',
  'ul',
  'dl',
  'dd',
  'dt',
  'section',
  'article',
  'header',
  'footer',
  'nav',
  'aside',
  'blockquote',
  'table',
  'tr',
  'td',
  'th',
  'tbody',
  'thead',
  'br',
  'hr',
  'main',
  'body',
  'html',
  'head',
  'title',
  'figure',
  'figcaption',
  'form',
  'pre',
  'address',
  'details',
  'summary'
])

/** An open block element: its tag name and, for lists, the running item number. */
interface OpenBlock {
  name: string
  ordered?: boolean
  next?: number
}

/** The state of one pass over HTML: the blocks so far, the open block elements, and the text
 * run being read (`first` -1: none yet). */
interface HtmlScan {
  value: string
  lower: string
  lineStarts: number[]
  blocks: Block[]
  stack: OpenBlock[]
  /** Offsets of the run's first character and one past its last; its text without tags. */
  first: number
  end: number
  plain: string
}

/** Split HTML into block-level text runs. */
export function htmlBlocks(value: string): Block[] {
  const scan: HtmlScan = {
    value,
    lower: value.toLowerCase(),
    lineStarts: lineStartsOf(value),
    blocks: [],
    stack: [],
    first: -1,
    end: -1,
    plain: ''
  }
  let i = 0
  while (i < value.length) {
    if (value[i] === '<') {
      i = htmlTag(scan, i)
      if (i < 0) break
    } else i = htmlText(scan, i)
  }
  flushRun(scan)
  return scan.blocks
}

/** Read the tag, comment or skipped element (`<script>`...) at `i`: a block tag ends the run
 * and opens or closes a block, an inline tag joins the run. Returns the offset after it, or -1
 * for a tag that never closes (the scan stops there). */
function htmlTag(scan: HtmlScan, i: number): number {
  const {value} = scan
  if (value.startsWith('<!--', i)) {
    const close = value.indexOf('-->', i + 4)
    return close < 0 ? value.length : close + 3
  }
  const end = value.indexOf('>', i + 1)
  if (end < 0) return -1
  const tag = value.slice(i, end + 1)
  const closing = tag[1] === '/'
  const name = tag
    .slice(closing ? 2 : 1)
    .split(/[\s>/]/)[0]
    .toLowerCase()
  if (!closing && nonProseElements.has(name)) {
    const close = scan.lower.indexOf('</' + name, end + 1)
    return close < 0 ? value.length : value.indexOf('>', close) + 1 || value.length
  }
  if (blockTags.has(name)) {
    flushRun(scan)
    if (name === 'br' || name === 'hr') return end + 1
    if (!closing && !tag.endsWith('/>')) scan.stack.push(openBlock(scan.stack, name, tag))
    else if (closing) {
      const at = scan.stack.map((s) => s.name).lastIndexOf(name)
      if (at >= 0) scan.stack.length = at
    }
  } else {
    // An inline tag: part of the current run.
    if (scan.first < 0) scan.first = i
    scan.end = end + 1
  }
  return end + 1
}

/** The entry of a block element opened by `tag`: a list starts its numbering (`start`), an
 * item advances its list's (`value` sets it). */
function openBlock(stack: OpenBlock[], name: string, tag: string): OpenBlock {
  const entry: OpenBlock = {name}
  if (name === 'ol' || name === 'ul') {
    entry.ordered = name === 'ol'
    const startAttr = attributeOf(tag, 'start')
    entry.next = startAttr && /^\d+$/.test(startAttr) ? Number(startAttr) : 1
  }
  if (name === 'li') {
    const list = innermostList(stack)
    if (list) {
      const valueAttr = attributeOf(tag, 'value')
      if (valueAttr && /^\d+$/.test(valueAttr)) list.next = Number(valueAttr)
      list.next = (list.next ?? 1) + 1
    }
  }
  return entry
}

/** Read the character (or character reference) of text at `i` into the run; white space before
 * a run is skipped. Returns the offset after it. */
function htmlText(scan: HtmlScan, i: number): number {
  const ch = scan.value[i]
  if (scan.first < 0) {
    if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t') return i + 1
    scan.first = i
  }
  if (ch === '&') {
    const decoded = decodeEntityAt(scan.value, i)
    if (decoded) {
      scan.plain += decoded.value
      scan.end = i + decoded.length
      return scan.end
    }
  }
  scan.plain += ch
  scan.end = i + 1
  return scan.end
}

/** End the current run: a block if it has text (a heading in `<h1>`-`<h6>`, an item with its
 * number directly in an `<li>`). */
function flushRun(scan: HtmlScan): void {
  const {stack} = scan
  if (scan.first >= 0 && scan.plain.trim() !== '') {
    const inner = stack[stack.length - 1]?.name ?? ''
    const level = /^h[1-6]$/.test(inner) ? Number(inner[1]) : 0
    const block: Block = {
      raw: scan.value.slice(scan.first, scan.end),
      start: scan.first,
      end: scan.end,
      line: lineOfOffset(scan.lineStarts, scan.first),
      blank: false,
      heading: level,
      plain: scan.plain.replace(/\s+/g, ' ').trim()
    }
    if (inner === 'li') {
      const list = innermostList(stack)
      if (list) block.htmlItem = {ordered: Boolean(list.ordered), number: (list.next ?? 1) - 1}
    }
    scan.blocks.push(block)
  }
  scan.first = -1
  scan.plain = ''
  scan.end = -1
}

/** The innermost open `<ol>` or `<ul>`. */
function innermostList(stack: readonly OpenBlock[]): OpenBlock | undefined {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k].name === 'ol' || stack[k].name === 'ul') return stack[k]
  return undefined
}

/** Blocks of a document in any format. */
export function documentBlocks(value: string, format: SourceFormat): Block[] {
  return format === 'html' ? htmlBlocks(value) : lineBlocks(value, format)
}
