/**
 * What the source text says about structure that the nlcst tree does not keep: link targets,
 * bare URLs, DOIs and PMIDs, footnote markers, Markdown line structure (headings, list items,
 * tables, code, front matter) and HTML element context (headings, navigation chrome,
 * anchors). The remark/rehype bridges drop all of these from the prose tree, so the model
 * reads them from `file.value` under each sentence's offsets.
 *
 * Every scanner here is a single left-to-right pass (or a bounded look-ahead per line): no
 * regular expression runs over unbounded input, so the cost is linear in the text's length.
 */
import {IntervalSet, type Interval} from './intervals.js'
import {lowerCaseOf} from './lower-case.js'
import type {Region, SourceFormat} from './types.js'
import {nonProseElements, pageChromeElements, pageChromeRoles} from '../data/html-elements.js'
import {referenceHeadings} from '../data/reference-headings.js'
import {lineOfOffset, lineStartsOf} from '../text/lines.js'

/** A link on some words of the text. */
export interface LinkInfo {
  url: string
  /** `markdown` (`[text](url)`), `html` (`<a href>`), `autolink` (`<https://...>`). */
  syntax: 'markdown' | 'html' | 'autolink'
}

/** An identifier written out in the text. */
export interface BareSource {
  kind: 'url' | 'doi' | 'pmid'
  value: string
}

/** Structural context of a region of the text. */
export type BlockKind =
  | 'heading'
  | 'list-item'
  | 'table'
  | 'code'
  | 'front-matter'
  | 'chrome'
  | 'caption'
  | 'blockquote'
  | 'footnote-definition'
  | 'link-definition'
  | 'superscript'

export interface SourceText {
  value: string
  format: SourceFormat
  /** 1-based line of an offset. */
  lineOf(offset: number): number
  /** Start offset of a 1-based line. */
  lineStart(line: number): number
  /** The text of the 1-based line holding `offset`, and that line's start offset. */
  lineAt(offset: number): {text: string; start: number; line: number}
  links: IntervalSet<LinkInfo>
  bare: IntervalSet<BareSource>
  blocks: IntervalSet<BlockKind>
  referenceSections: Region[]
}

/** Whether a line's text (markup removed) names a reference section. */
export function isReferenceHeading(text: string): boolean {
  if (text.length > 80) return false
  const bare = text
    .replace(/<[^<>]{0,200}>/g, ' ')
    .replace(/[#*_=:>|[\]`]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
  return (
    referenceHeadings.has(bare) ||
    referenceHeadings.has(bare.replace(/sourcesupdate history/, 'sources update history'))
  )
}

const htmlSniff = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i

/** Guess the format of a source text. `covered` says whether the nlcst tree covers the whole
 * text (true only for plain text parsed directly by retext). */
export function detectFormat(value: string, covered: boolean): SourceFormat {
  if (covered) return 'text'
  if (htmlSniff.test(value.slice(0, 512))) return 'html'
  // A fragment of HTML: many tags relative to its lines.
  let tags = 0
  const limit = Math.min(value.length, 20000)
  for (let i = 0; i < limit; i++) {
    if (value.charCodeAt(i) === 60 /* < */) {
      const next = value.charCodeAt(i + 1)
      if ((next >= 97 && next <= 122) || next === 47) tags++
    }
  }
  return tags > 8 && tags * 40 > limit ? 'html' : 'markdown'
}

export function scanSourceText(value: string, format: SourceFormat): SourceText {
  const lineStarts = lineStartsOf(value)
  const lineOf = (offset: number): number => lineOfOffset(lineStarts, offset)
  const lineStart = (line: number): number => lineStarts[Math.max(0, Math.min(line - 1, lineStarts.length - 1))]
  const lineText = (line: number): string => {
    const start = lineStart(line)
    const end = line < lineStarts.length ? lineStarts[line] - 1 : value.length
    return value.slice(start, end).replace(/\r$/, '')
  }
  const lineAt = (offset: number) => {
    const line = lineOf(offset)
    return {text: lineText(line), start: lineStart(line), line}
  }

  const links: Array<Interval<LinkInfo>> = []
  const blocks: Array<Interval<BlockKind>> = []
  const headingsForSections: Array<{start: number; end: number; level: number; text: string; line: number}> = []

  scanMarkdownLinks(value, links, blocks)
  if (format === 'html' || value.includes('<')) scanHtml(value, links, blocks, headingsForSections, lineOf)
  if (format !== 'html') scanLines(value, lineStarts, lineText, blocks, headingsForSections)

  const bare = scanBareSources(value)
  const referenceSections = findSections(value, format, lineStarts, lineText, headingsForSections)

  return {
    value,
    format,
    lineOf,
    lineStart,
    lineAt,
    links: new IntervalSet(links),
    bare: new IntervalSet(bare),
    blocks: new IntervalSet(blocks),
    referenceSections
  }
}

/** What the Markdown link scan collects: links and blocks found, references `[text][ref]`
 * waiting for their definitions, and the definitions `[ref]: url`. */
interface MarkdownLinkScan {
  value: string
  links: Array<Interval<LinkInfo>>
  blocks: Array<Interval<BlockKind>>
  references: Array<{start: number; end: number; label: string}>
  definitions: Map<string, string>
}

/** `[text](url)`, `[text][ref]` with `[ref]: url` definitions, `![alt](src)` (not a link),
 * footnote references `[^1]`, `<https://autolinks>`. One pass with a bounded bracket stack. */
function scanMarkdownLinks(value: string, links: Array<Interval<LinkInfo>>, blocks: Array<Interval<BlockKind>>): void {
  const scan: MarkdownLinkScan = {value, links, blocks, references: [], definitions: new Map()}
  const stack: number[] = []
  const length = value.length
  let i = 0
  while (i < length) {
    const code = value.charCodeAt(i)
    if (code === 10) {
      // Links do not span blank lines.
      if (value.charCodeAt(i + 1) === 10 || (value.charCodeAt(i + 1) === 13 && value.charCodeAt(i + 2) === 10))
        stack.length = 0
      i++
      continue
    }
    if (code === 91 /* [ */) {
      if (stack.length >= 16) stack.shift()
      stack.push(i)
      i++
      continue
    }
    if (code === 93 /* ] */ && stack.length > 0) {
      i = closeBracket(scan, stack.pop() as number, i)
      continue
    }
    if (code === 60 /* < */ && (value.startsWith('http', i + 1) || value.startsWith('www.', i + 1))) {
      const end = autolinkEnd(value, i)
      if (end !== -1) {
        links.push({start: i + 1, end, data: {url: value.slice(i + 1, end), syntax: 'autolink'}})
        i = end + 1
        continue
      }
    }
    i++
  }
  for (const reference of scan.references) {
    const url = scan.definitions.get(reference.label)
    if (url) links.push({start: reference.start, end: reference.end, data: {url, syntax: 'markdown'}})
  }
}

/** The `]` at `i` closing the `[` at `open`: an inline link `[text](url)`, a reference
 * `[text][ref]` or a definition at the start of a line. Returns where the scan goes on. */
function closeBracket(scan: MarkdownLinkScan, open: number, i: number): number {
  const {value} = scan
  const image = open > 0 && value.charCodeAt(open - 1) === 33 /* ! */
  const next = value.charCodeAt(i + 1)
  if (next === 40 /* ( */) {
    const link = inlineDestination(value, i + 2)
    if (link) {
      if (!image && link.url) scan.links.push({start: open + 1, end: i, data: {url: link.url, syntax: 'markdown'}})
      return link.close + 1
    }
  } else if (next === 91 /* [ */ && !image) {
    let k = i + 2
    while (k < value.length && k < i + 200 && value.charCodeAt(k) !== 93 && value.charCodeAt(k) !== 10) k++
    if (value.charCodeAt(k) === 93) {
      const label = (value.slice(i + 2, k) || value.slice(open + 1, i)).toLowerCase()
      scan.references.push({start: open + 1, end: i, label})
    }
  } else if (next === 58 /* : */ && (open === 0 || value.charCodeAt(open - 1) === 10)) {
    readDefinition(scan, open, i)
  }
  return i + 1
}

/** An inline link's destination from `from` (just after `(`): up to white space or `)` (or
 * `>` in `<...>`), at most one line, then an optional title up to the `)` at `close`. */
function inlineDestination(value: string, from: number): {url: string; close: number} | undefined {
  const length = value.length
  let j = from
  while (j < length && value.charCodeAt(j) === 32) j++
  const urlStart = j
  let angle = false
  if (value.charCodeAt(j) === 60) {
    angle = true
    j++
  }
  while (j < length) {
    const c = value.charCodeAt(j)
    if (c === 10 || (angle ? c === 62 : c === 32 || c === 41)) break
    j++
  }
  const url = value.slice(angle ? urlStart + 1 : urlStart, j)
  let k = j
  while (k < length && value.charCodeAt(k) !== 41 && value.charCodeAt(k) !== 10) k++
  return value.charCodeAt(k) === 41 ? {url, close: k} : undefined
}

/** A definition at the start of a line, `[` at `open` and `]:` at `i`: `[ref]: url` or a
 * footnote `[^1]: text`; the line is a block either way. */
function readDefinition(scan: MarkdownLinkScan, open: number, i: number): void {
  const {value} = scan
  const label = value.slice(open + 1, i)
  let lineEnd = value.indexOf('\n', i)
  if (lineEnd === -1) lineEnd = value.length
  if (label.startsWith('^')) scan.blocks.push({start: open, end: lineEnd, data: 'footnote-definition'})
  else {
    const rest = value.slice(i + 2, lineEnd).trim()
    const url = rest.split(/\s/, 1)[0].replace(/^<|>$/g, '')
    if (url) scan.definitions.set(label.toLowerCase(), url)
    scan.blocks.push({start: open, end: lineEnd, data: 'link-definition'})
  }
}

/** The `>` ending an autolink opened by the `<` at `i` (within 2 KiB, no space or line
 * break), or -1. */
function autolinkEnd(value: string, i: number): number {
  let j = i + 1
  while (
    j < value.length &&
    j < i + 2048 &&
    value.charCodeAt(j) !== 62 &&
    value.charCodeAt(j) !== 32 &&
    value.charCodeAt(j) !== 10
  )
    j++
  return value.charCodeAt(j) === 62 ? j : -1
}

const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr'
])
/** The block kind of an element's extent (the non-prose elements of src/data/html-elements.ts
 * are read whole by `readRawElement`, which gives theirs; page chrome is `chrome`). */
const elementKinds: Record<string, BlockKind> = {
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  li: 'list-item',
  dd: 'list-item',
  dt: 'list-item',
  td: 'table',
  th: 'table',
  figcaption: 'caption',
  caption: 'caption',
  pre: 'code',
  code: 'code',
  blockquote: 'blockquote',
  sup: 'superscript'
}

interface OpenElement {
  name: string
  start: number
  href: string | undefined
  ignore: boolean
  /** Left out as page chrome is: by its name or its role (src/data/html-elements.ts), or
   * because it is not rendered (`hidden`), as the processor leaves such elements out. */
  chrome: boolean
}

/** What the HTML scan collects, with the open elements. */
interface HtmlScan {
  value: string
  lower: string
  links: Array<Interval<LinkInfo>>
  blocks: Array<Interval<BlockKind>>
  headings: Array<{start: number; end: number; level: number; text: string; line: number}>
  lineOf: (offset: number) => number
  stack: OpenElement[]
  /** How many elements of the stack are page chrome. */
  chromeOpen: number
}

/** Element context from HTML tags: one pass, attributes read with a bounded scan. */
function scanHtml(
  value: string,
  links: Array<Interval<LinkInfo>>,
  blocks: Array<Interval<BlockKind>>,
  headings: Array<{start: number; end: number; level: number; text: string; line: number}>,
  lineOf: (offset: number) => number
): void {
  const html: HtmlScan = {value, lower: lowerCaseOf(value), links, blocks, headings, lineOf, stack: [], chromeOpen: 0}
  let i = value.indexOf('<')
  while (i !== -1 && i < value.length) i = readTag(html, i)
  // Unclosed elements run to the end of the text.
  while (html.stack.length > 0) closeElement(html, html.stack.pop() as OpenElement, value.length)
}

/** The tag or comment at `i` (a `<`): an element opened, closed, or read whole (raw text
 * elements); anything else that starts with `<` is passed over. Returns the next `<` (-1: none). */
function readTag(html: HtmlScan, i: number): number {
  const {value, stack} = html
  if (value.startsWith('<!--', i)) {
    const close = value.indexOf('-->', i + 4)
    return close === -1 ? -1 : value.indexOf('<', close + 3)
  }
  const closing = value.charCodeAt(i + 1) === 47
  const nameStart = closing ? i + 2 : i + 1
  let j = nameStart
  while (j < value.length) {
    const c = value.charCodeAt(j)
    const alnum = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45
    if (!alnum) break
    j++
  }
  if (j === nameStart) return value.indexOf('<', i + 1)
  const name = value.slice(nameStart, j).toLowerCase()
  const k = tagEndAt(value, j)
  if (k === -1) return value.indexOf('<', i + 1)
  const tagEnd = k + 1
  if (closing) {
    closeTo(html, name, tagEnd)
    return value.indexOf('<', tagEnd)
  }
  const attributes = value.slice(j, k)
  if (voidElements.has(name) || attributes.endsWith('/')) return value.indexOf('<', tagEnd)
  if (nonProseElements.has(name)) return value.indexOf('<', readRawElement(html, name, i, tagEnd))
  if (stack.length >= 256 && (stack.shift() as OpenElement).chrome) html.chromeOpen--
  const chrome = isPageChrome(name, attribute(attributes, 'role')) || hasAttribute(attributes, 'hidden')
  if (chrome) html.chromeOpen++
  stack.push({
    name,
    start: i,
    href: name === 'a' ? attribute(attributes, 'href') : undefined,
    ignore: attribute(attributes, 'data-nlcst') === 'ignore',
    chrome
  })
  return value.indexOf('<', tagEnd)
}

/** Whether a tag's attribute text names the attribute `name` (lower case), with a value or
 * without (`hidden`, `hidden=""`): one pass that steps over quoted values, so that a class
 * `"a hidden b"` is no attribute. */
function hasAttribute(attributes: string, name: string): boolean {
  const lower = attributes.toLowerCase()
  if (!lower.includes(name)) return false
  let k = 0
  while (k < lower.length) {
    const c = lower.charCodeAt(k)
    // White space, `/`: between attributes.
    if (c <= 32 || c === 47) {
      k++
      continue
    }
    const start = k
    while (k < lower.length && !/[\s=/>]/.test(lower[k])) k++
    if (lower.slice(start, k) === name) return true
    while (k < lower.length && lower.charCodeAt(k) <= 32) k++
    if (lower[k] !== '=') continue
    k++
    while (k < lower.length && lower.charCodeAt(k) <= 32) k++
    const quote = lower[k]
    if (quote === '"' || quote === "'") {
      const close = lower.indexOf(quote, k + 1)
      k = close === -1 ? lower.length : close + 1
    } else while (k < lower.length && !/\s/.test(lower[k])) k++
  }
  return false
}

/** Whether an element is page chrome: by its name, or by one of its roles. */
function isPageChrome(name: string, role: string | undefined): boolean {
  if (pageChromeElements.has(name)) return true
  if (role === undefined) return false
  for (const token of role.toLowerCase().split(/\s+/)) if (pageChromeRoles.has(token)) return true
  return false
}

/** The `>` ending a tag whose attributes start at `j`, honouring quoted attribute values; -1
 * when there is none within 4 KiB. */
function tagEndAt(value: string, j: number): number {
  let quote = 0
  let k = j
  const limit = Math.min(value.length, j + 4096)
  while (k < limit) {
    const c = value.charCodeAt(k)
    if (quote) {
      if (c === quote) quote = 0
    } else if (c === 34 || c === 39) quote = c
    else if (c === 62) break
    k++
  }
  return k >= limit ? -1 : k
}

/** A closing tag: close the elements down to the matching one, if it is open (and within 64). */
function closeTo(html: HtmlScan, name: string, tagEnd: number): void {
  const {stack} = html
  let at = stack.length - 1
  while (at >= 0 && stack[at].name !== name) at--
  if (at >= 0 && stack.length - at <= 64) {
    while (stack.length > at) closeElement(html, stack.pop() as OpenElement, tagEnd)
  }
}

/** An element of src/data/html-elements.ts (`<script>`, `<title>`...) opened at `i`, read up
 * to its closing tag: a code block, or for `<title>` a heading. Returns the offset after its
 * closing tag. */
function readRawElement(html: HtmlScan, name: string, i: number, tagEnd: number): number {
  const {value} = html
  const length = value.length
  const close = html.lower.indexOf('</' + name, tagEnd)
  const end = close === -1 ? length : close
  const closeEnd = close === -1 ? length : Math.min(length, value.indexOf('>', close) + 1 || length)
  if (nonProseElements.get(name)?.block === 'heading') {
    html.blocks.push({start: i, end: closeEnd, data: 'heading'})
    html.headings.push({start: i, end: closeEnd, level: 0, text: value.slice(tagEnd, end), line: html.lineOf(i)})
  } else html.blocks.push({start: i, end: closeEnd, data: 'code'})
  return closeEnd
}

/** An element ending at `end`: its block kind, its link (`<a href>`), its heading. Inside page
 * chrome a block is chrome too (a list in a `nav`), as the processor leaves out the chrome
 * element with all it holds; code stays code. */
function closeElement(html: HtmlScan, element: OpenElement, end: number): void {
  const {value} = html
  if (element.chrome) html.chromeOpen--
  const own = element.ignore ? 'code' : element.chrome ? 'chrome' : elementKinds[element.name]
  const kind = own && own !== 'code' && html.chromeOpen > 0 ? 'chrome' : own
  if (kind) html.blocks.push({start: element.start, end, data: kind})
  if (element.name === 'a' && element.href) {
    const open = value.indexOf('>', element.start) + 1
    const close = value.lastIndexOf('</', end)
    html.links.push({start: open, end: close > open ? close : end, data: {url: element.href, syntax: 'html'}})
  }
  if (/^h[1-6]$/.test(element.name)) {
    const open = value.indexOf('>', element.start) + 1
    const close = value.lastIndexOf('</', end)
    html.headings.push({
      start: element.start,
      end,
      level: Number(element.name.slice(1)),
      text: value.slice(open, close > open ? close : end),
      line: html.lineOf(element.start)
    })
  }
}

/** Read an attribute's value from a tag's attribute text (bounded: tags are ≤ 4 KiB). */
function attribute(attributes: string, name: string): string | undefined {
  const lower = attributes.toLowerCase()
  let from = 0
  while (from < lower.length) {
    const at = lower.indexOf(name, from)
    if (at === -1) return undefined
    const before = at === 0 ? ' ' : lower[at - 1]
    let j = at + name.length
    while (lower[j] === ' ') j++
    if (/\s/.test(before) && lower[j] === '=') {
      j++
      while (lower[j] === ' ') j++
      const quote = attributes[j]
      if (quote === '"' || quote === "'") {
        const close = attributes.indexOf(quote, j + 1)
        return attributes.slice(j + 1, close === -1 ? undefined : close)
      }
      let k = j
      while (k < attributes.length && !/[\s>]/.test(attributes[k])) k++
      return attributes.slice(j, k)
    }
    from = at + name.length
  }
  return undefined
}

const listMarker = /^[ \t]{0,12}(?:[-*+•▪◦‣]|\d{1,3}[.)])(?:[ \t]|$)/
const atxHeading = /^ {0,3}(#{1,6})(?:[ \t]|$)/
const setextUnderline = /^ {0,3}(?:=+|-+)[ \t]*$/
const fence = /^ {0,3}(?:```|~~~)/
const tableRow = /^[ \t]{0,3}\|/

/** Markdown (and plain-text) line structure. */
function scanLines(
  value: string,
  lineStarts: number[],
  lineText: (line: number) => string,
  blocks: Array<Interval<BlockKind>>,
  headings: Array<{start: number; end: number; level: number; text: string; line: number}>
): void {
  const count = lineStarts.length
  const endOf = (line: number) => (line < count ? lineStarts[line] - 1 : value.length)
  let line = 1
  // Front matter: `---` (YAML) or `+++` (TOML) on the first line, up to the closing line.
  const first = lineText(1).trim()
  if (first === '---' || first === '+++') {
    for (let l = 2; l <= Math.min(count, 400); l++) {
      const text = lineText(l).trim()
      if (text === first || (first === '---' && text === '...')) {
        blocks.push({start: 0, end: endOf(l), data: 'front-matter'})
        line = l + 1
        break
      }
    }
  }
  let inFence = false
  let fenceStart = 0
  for (; line <= count; line++) {
    const text = lineText(line)
    const start = lineStarts[line - 1]
    const end = endOf(line)
    if (fence.test(text)) {
      if (inFence) blocks.push({start: fenceStart, end, data: 'code'})
      else fenceStart = start
      inFence = !inFence
      continue
    }
    if (inFence) continue
    const atx = atxHeading.exec(text)
    if (atx) {
      blocks.push({start, end, data: 'heading'})
      headings.push({start, end, level: atx[1].length, text, line})
      continue
    }
    if (text.trim() && line < count && setextUnderline.test(lineText(line + 1)) && !listMarker.test(text)) {
      const underline = lineText(line + 1).trim()
      // `---` under a line is a heading in Markdown; a lone `---` after a blank line is a rule.
      blocks.push({start, end: endOf(line + 1), data: 'heading'})
      headings.push({start, end, level: underline.startsWith('=') ? 1 : 2, text, line})
      continue
    }
    if (listMarker.test(text)) blocks.push({start, end, data: 'list-item'})
    else if (tableRow.test(text)) blocks.push({start, end, data: 'table'})
    else if (/^ {0,3}>/.test(text)) blocks.push({start, end, data: 'blockquote'})
  }
  if (inFence) blocks.push({start: fenceStart, end: value.length, data: 'code'})
}

/** Reference sections: from a heading (any level, or a plain line) naming one, to the next
 * heading of the same or a higher level (or the end of the text). */
function findSections(
  value: string,
  format: SourceFormat,
  lineStarts: number[],
  lineText: (line: number) => string,
  headings: Array<{start: number; end: number; level: number; text: string; line: number}>
): Region[] {
  const sections: Region[] = []
  const sorted = [...headings].sort((a, b) => a.start - b.start)
  const headingLines = new Set(sorted.map((h) => h.line))
  for (let index = 0; index < sorted.length; index++) {
    const heading = sorted[index]
    if (!isReferenceHeading(heading.text)) continue
    let end = value.length
    for (let next = index + 1; next < sorted.length; next++) {
      if (sorted[next].level <= heading.level && sorted[next].level > 0 && !isReferenceHeading(sorted[next].text)) {
        end = sorted[next].start
        break
      }
    }
    sections.push({start: heading.start, end, line: heading.line})
  }
  if (format !== 'html') {
    // A plain line naming the section (`References`, `SOURCES:`): the section runs to the
    // next Markdown heading or to the end.
    for (let line = 1; line <= lineStarts.length; line++) {
      if (headingLines.has(line)) continue
      const text = lineText(line)
      if (text.length > 60 || !isReferenceHeading(text)) continue
      const start = lineStarts[line - 1]
      if (sections.some((s) => s.start <= start && start < s.end)) continue
      let end = value.length
      for (const heading of sorted) {
        if (heading.start > start && !isReferenceHeading(heading.text)) {
          end = heading.start
          break
        }
      }
      sections.push({start, end, line})
    }
  }
  return sections.sort((a, b) => a.start - b.start)
}

const urlStop = (c: number) =>
  c <= 32 || c === 34 || c === 39 || c === 41 || c === 60 || c === 62 || c === 93 || c === 125 || c === 96

/** Bare URLs (`http://`, `https://`, `www.`), DOIs (`doi:10.x/y`, `10.1234/abc`) and PMIDs,
 * PMCIDs: found with `indexOf` and extended by a character class, each character read once. */
function scanBareSources(value: string): Array<Interval<BareSource>> {
  const out: Array<Interval<BareSource>> = []
  const lower = lowerCaseOf(value)
  const length = value.length
  const extend = (from: number) => {
    let j = from
    while (j < length && !urlStop(value.charCodeAt(j))) j++
    // Trailing sentence punctuation is not part of a URL.
    while (j > from && /[.,;:!?]/.test(value[j - 1])) j--
    return j
  }
  for (const needle of ['http://', 'https://', 'www.']) {
    let at = lower.indexOf(needle)
    while (at !== -1) {
      const before = at === 0 ? 32 : value.charCodeAt(at - 1)
      if (needle !== 'www.' || !(before === 47 || before === 46 || (before >= 97 && before <= 122))) {
        const end = extend(at)
        if (end > at + needle.length) {
          const text = value.slice(at, end)
          out.push({start: at, end, data: {kind: /doi\.org\//i.test(text) ? 'doi' : 'url', value: text}})
        }
        at = lower.indexOf(needle, Math.max(end, at + 1))
        continue
      }
      at = lower.indexOf(needle, at + 1)
    }
  }
  out.sort((a, b) => a.start - b.start)
  const urls = new IntervalSet(out)
  // DOIs written out: `doi:10.`, `doi: 10.` or a bare `10.NNNN/`.
  let at = lower.indexOf('10.')
  while (at !== -1) {
    let j = at + 3
    while (j < length && j < at + 12 && value.charCodeAt(j) >= 48 && value.charCodeAt(j) <= 57) j++
    const before = at === 0 ? 32 : value.charCodeAt(at - 1)
    const boundary = !(before >= 48 && before <= 57) && before !== 46
    if (boundary && j - (at + 3) >= 4 && value.charCodeAt(j) === 47 && !urls.at(at)) {
      const end = extend(j + 1)
      if (end > j + 1) out.push({start: at, end, data: {kind: 'doi', value: value.slice(at, end)}})
      at = lower.indexOf('10.', Math.max(end, at + 1))
      continue
    }
    at = lower.indexOf('10.', at + 3)
  }
  // PMID: 12345678, PMCID: PMC1234567, PMC1234567.
  for (const needle of ['pmid', 'pmc']) {
    let p = lower.indexOf(needle)
    while (p !== -1) {
      let j = p + needle.length
      if (needle === 'pmid') {
        while (j < length && j < p + 8 && /[\s:#]/.test(value[j])) j++
      }
      const digits = j
      while (j < length && j < digits + 10 && value.charCodeAt(j) >= 48 && value.charCodeAt(j) <= 57) j++
      const before = p === 0 ? 32 : value.charCodeAt(p - 1)
      const wordBefore = (before >= 97 && before <= 122) || (before >= 65 && before <= 90)
      if (j - digits >= 4 && !wordBefore && !urls.at(p))
        out.push({start: p, end: j, data: {kind: 'pmid', value: value.slice(p, j)}})
      p = lower.indexOf(needle, Math.max(j, p + 1))
    }
  }
  return out
}
