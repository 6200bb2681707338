/**
 * The document as a sequence of blocks for the reference reader: the lines of plain text and
 * Markdown, the block elements of HTML. Each block knows whether it is a heading (and its
 * level) or a list item (and its number in an ordered list). One pass over the text.
 */
import type {SourceFormat} from '../../model/types.js'
import {attributeOf, decodeEntityAt} from '../../text/markup.js'

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
        if (hashes >= 1 && hashes <= 6 && (trimmed.length === hashes || trimmed[hashes] === ' ' || trimmed[hashes] === '\t')) heading = hashes
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
      else if (/^-{2,}$/.test(under) && above.raw.trim().length < 80 && !/^\s*([-*+]|\d+[.)])\s/.test(above.raw)) above.heading = 2
    }
  }
  return blocks
}

const blockTags = new Set([
  'p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'ol', 'ul', 'dl', 'dd', 'dt', 'section', 'article', 'header',
  'footer', 'nav', 'aside', 'blockquote', 'table', 'tr', 'td', 'th', 'tbody', 'thead', 'br', 'hr', 'main', 'body',
  'html', 'head', 'title', 'figure', 'figcaption', 'form', 'pre', 'address', 'details', 'summary'
])
const skipTags = new Set(['script', 'style', 'svg', 'noscript', 'template', 'head'])

/** Split HTML into block-level text runs. */
export function htmlBlocks(value: string): Block[] {
  const blocks: Block[] = []
  const lineStarts: number[] = [0]
  for (let k = 0; k < value.length; k++) if (value[k] === '\n') lineStarts.push(k + 1)
  const lineOf = (offset: number): number => {
    let lo = 0
    let hi = lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (lineStarts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }
  // Stack of open block elements: tag name and, for lists, the running item number.
  const stack: Array<{name: string; ordered?: boolean; next?: number}> = []
  let runStart = -1
  let runPlain = ''
  let runFirst = -1
  let runEnd = -1
  const flush = (): void => {
    if (runStart >= 0 && runPlain.trim() !== '') {
      const inner = stack[stack.length - 1]?.name ?? ''
      const level = /^h[1-6]$/.test(inner) ? Number(inner[1]) : 0
      const block: Block = {raw: value.slice(runFirst, runEnd), start: runFirst, end: runEnd, line: lineOf(runFirst), blank: false, heading: level, plain: runPlain.replace(/\s+/g, ' ').trim()}
      const li = [...stack].reverse().find((s) => s.name === 'li')
      if (inner === 'li' || li) {
        const list = [...stack].reverse().find((s) => s.name === 'ol' || s.name === 'ul')
        if (list && inner === 'li') block.htmlItem = {ordered: Boolean(list.ordered), number: (list.next ?? 1) - 1}
      }
      blocks.push(block)
    }
    runStart = -1
    runPlain = ''
    runFirst = -1
    runEnd = -1
  }
  const lower = value.toLowerCase()
  let i = 0
  while (i < value.length) {
    const ch = value[i]
    if (ch === '<') {
      if (value.startsWith('<!--', i)) {
        const close = value.indexOf('-->', i + 4)
        i = close < 0 ? value.length : close + 3
        continue
      }
      const end = value.indexOf('>', i + 1)
      if (end < 0) break
      const tag = value.slice(i, end + 1)
      const closing = tag[1] === '/'
      const name = tag.slice(closing ? 2 : 1).split(/[\s>/]/)[0].toLowerCase()
      if (!closing && skipTags.has(name)) {
        const close = lower.indexOf('</' + name, end + 1)
        i = close < 0 ? value.length : value.indexOf('>', close) + 1 || value.length
        continue
      }
      if (blockTags.has(name)) {
        flush()
        if (name === 'br' || name === 'hr') {
          i = end + 1
          continue
        }
        if (!closing && !tag.endsWith('/>')) {
          const entry: {name: string; ordered?: boolean; next?: number} = {name}
          if (name === 'ol' || name === 'ul') {
            entry.ordered = name === 'ol'
            const startAttr = attributeOf(tag, 'start')
            entry.next = startAttr && /^\d+$/.test(startAttr) ? Number(startAttr) : 1
          }
          if (name === 'li') {
            const list = [...stack].reverse().find((s) => s.name === 'ol' || s.name === 'ul')
            if (list) {
              const valueAttr = attributeOf(tag, 'value')
              if (valueAttr && /^\d+$/.test(valueAttr)) list.next = Number(valueAttr)
              list.next = (list.next ?? 1) + 1
            }
          }
          stack.push(entry)
        } else if (closing) {
          const at = stack.map((s) => s.name).lastIndexOf(name)
          if (at >= 0) stack.length = at
        }
      } else {
        // An inline tag: part of the current run.
        if (runStart < 0) {
          runStart = i
          runFirst = i
        }
        runEnd = end + 1
      }
      i = end + 1
      continue
    }
    if (runStart < 0) {
      if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t') {
        i++
        continue
      }
      runStart = i
      runFirst = i
    }
    if (ch === '&') {
      const decoded = decodeEntityAt(value, i)
      if (decoded) {
        runPlain += decoded.value
        i += decoded.length
        runEnd = i
        continue
      }
    }
    runPlain += ch
    i++
    runEnd = i
  }
  flush()
  return blocks
}

/** Blocks of a document in any format. */
export function documentBlocks(value: string, format: SourceFormat): Block[] {
  return format === 'html' ? htmlBlocks(value) : lineBlocks(value, format)
}
