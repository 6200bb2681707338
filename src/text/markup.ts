/**
 * Turning a short stretch of Markdown or HTML (one reference entry) into plain text, keeping the
 * link targets and the emphasised stretches (journal names are often in italics). Single pass.
 */
import {phrasingElements} from '../data/html-elements.js'

export interface PlainText {
  /** The text without markup. */
  text: string
  /** Link targets, in order. */
  urls: string[]
  /** Emphasised stretches as `[start, end)` offsets into `text`. */
  emphasis: Array<[number, number]>
}

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201C',
  rdquo: '\u201D',
  copy: '\u00A9',
  reg: '\u00AE',
  middot: '\u00B7',
  eacute: '\u00E9',
  egrave: '\u00E8',
  uuml: '\u00FC',
  ouml: '\u00F6',
  auml: '\u00E4',
  szlig: '\u00DF',
  times: '\u00D7',
  deg: '\u00B0',
  micro: '\u00B5',
  alpha: '\u03B1',
  beta: '\u03B2',
  omega: '\u03C9',
  sup1: '\u00B9',
  sup2: '\u00B2',
  sup3: '\u00B3'
}

/** Decode one HTML character reference starting at `i` (`&amp;`, `&#8217;`, `&#x2019;`). */
export function decodeEntityAt(text: string, i: number): {value: string; length: number} | undefined {
  if (text[i] !== '&') return undefined
  // A reference is at most 12 characters after its `&`: look no further (a search to the end of
  // the text, at every `&` of a megabyte of them, took time in the square of its length).
  let semi = -1
  const last = Math.min(text.length - 1, i + 12)
  for (let j = i + 1; j <= last; j++) {
    if (text.charCodeAt(j) === 59) {
      semi = j
      break
    }
  }
  if (semi < 0) return undefined
  const name = text.slice(i + 1, semi)
  if (name.startsWith('#x') || name.startsWith('#X')) {
    const code = Number.parseInt(name.slice(2), 16)
    return Number.isFinite(code) && code > 0 && code < 0x110000
      ? {value: String.fromCodePoint(code), length: semi - i + 1}
      : undefined
  }
  if (name.startsWith('#')) {
    const code = Number.parseInt(name.slice(1), 10)
    return Number.isFinite(code) && code > 0 && code < 0x110000
      ? {value: String.fromCodePoint(code), length: semi - i + 1}
      : undefined
  }
  const value = entities[name]
  return value === undefined ? undefined : {value, length: semi - i + 1}
}

/** The value of an attribute in a tag's source (`<a href="...">`), if present. */
export function attributeOf(tag: string, name: string): string | undefined {
  const lower = tag.toLowerCase()
  let at = lower.indexOf(name + '=')
  while (at > 0 && /[\w-]/.test(lower[at - 1])) at = lower.indexOf(name + '=', at + 1)
  if (at < 0) return undefined
  let i = at + name.length + 1
  const quote = tag[i]
  if (quote === '"' || quote === "'") {
    const end = tag.indexOf(quote, i + 1)
    return end < 0 ? undefined : tag.slice(i + 1, end)
  }
  const s = i
  while (i < tag.length && !/[\s>]/.test(tag[i])) i++
  return tag.slice(s, i)
}

/** Strip HTML from an entry: tags removed (anchors' hrefs kept), entities decoded, the elements
 * that mark a title (`<i>`, `<em>`, `<cite>`: src/data/html-elements.ts) kept as emphasis. */
export function htmlToPlain(html: string): PlainText {
  let text = ''
  const urls: string[] = []
  const emphasis: Array<[number, number]> = []
  const open: number[] = []
  let i = 0
  while (i < html.length) {
    const ch = html[i]
    if (ch === '<') {
      const end = html.indexOf('>', i + 1)
      if (end < 0) {
        text += html.slice(i)
        break
      }
      const tag = html.slice(i, end + 1)
      const name = tag
        .slice(1)
        .replace(/^\//, '')
        .split(/[\s>/]/)[0]
        .toLowerCase()
      const closing = tag[1] === '/'
      if (name === 'a' && !closing) {
        const href = attributeOf(tag, 'href')
        if (href) urls.push(decodePlain(href))
      } else if (phrasingElements.get(name)?.title) {
        if (!closing) open.push(text.length)
        else if (open.length > 0) emphasis.push([open.pop() as number, text.length])
      } else if (name === 'br' || name === 'p' || name === 'div' || name === 'li') {
        text += ' '
      }
      i = end + 1
      continue
    }
    if (ch === '&') {
      const decoded = decodeEntityAt(html, i)
      if (decoded) {
        text += decoded.value
        i += decoded.length
        continue
      }
    }
    text += ch
    i++
  }
  return {text, urls, emphasis}
}

function decodePlain(value: string): string {
  let out = ''
  let i = 0
  while (i < value.length) {
    const decoded = value[i] === '&' ? decodeEntityAt(value, i) : undefined
    if (decoded) {
      out += decoded.value
      i += decoded.length
    } else {
      out += value[i]
      i++
    }
  }
  return out
}

/**
 * Strip Markdown from an entry: `[text](url)` keeps the text and the URL, `<url>` keeps the URL,
 * `*x*`/`_x_` keep x as emphasis, `**`, backticks and backslash escapes go, inline HTML is
 * stripped as HTML.
 */
export function markdownToPlain(md: string): PlainText {
  const out: MarkdownPlain = {md, text: '', urls: [], emphasis: [], emphasisOpen: undefined}
  let i = 0
  while (i < md.length) {
    const next = markdownSyntaxAt(out, i)
    if (next !== -1) i = next
    else {
      out.text += md[i]
      i++
    }
  }
  return {text: out.text, urls: out.urls, emphasis: out.emphasis}
}

/** The plain text of a Markdown entry as it is read, with the emphasis marker left open. */
interface MarkdownPlain extends PlainText {
  md: string
  emphasisOpen: {marker: string; at: number} | undefined
}

/** The Markdown syntax at `i`, if any, read into `out`: returns the offset after it, or -1 for
 * a character that is plain text. */
function markdownSyntaxAt(out: MarkdownPlain, i: number): number {
  const {md} = out
  const ch = md[i]
  if (ch === '\\' && i + 1 < md.length && /[\\`*_{}[\]()#+\-.!<>]/.test(md[i + 1])) {
    out.text += md[i + 1]
    return i + 2
  }
  if (ch === '!' && md[i + 1] === '[') {
    // An image: dropped whole.
    const close = findClose(md, i + 1)
    if (close > 0 && md[close + 1] === '(') {
      const paren = md.indexOf(')', close + 2)
      if (paren > 0) return paren + 1
    }
  }
  if (ch === '[') return readMarkdownLink(out, i)
  if (ch === '<') return readAngle(out, i)
  if (ch === '&') {
    const decoded = decodeEntityAt(md, i)
    if (decoded) {
      out.text += decoded.value
      return i + decoded.length
    }
  }
  if (ch === '`') return i + 1
  if (ch === '*' || ch === '_') return readEmphasisRun(out, i)
  return -1
}

/** `[text](url)` at `i`: its text (read as Markdown) and its URL; -1 when it is not a link. */
function readMarkdownLink(out: MarkdownPlain, i: number): number {
  const {md} = out
  const close = findClose(md, i)
  if (close <= 0 || md[close + 1] !== '(') return -1
  const paren = findParen(md, close + 1)
  if (paren <= 0) return -1
  const inner = markdownToPlain(md.slice(i + 1, close))
  const base = out.text.length
  out.text += inner.text
  for (const [s, e] of inner.emphasis) out.emphasis.push([s + base, e + base])
  out.urls.push(...inner.urls)
  const target = md
    .slice(close + 2, paren)
    .trim()
    .split(/\s+/)[0]
    .replace(/^<|>$/g, '')
  if (target) out.urls.push(target)
  return paren + 1
}

/** `<https://autolink>` (its URL, kept as text too) or an inline HTML tag (stripped, its
 * `href` kept) at `i`; -1 when it is neither. */
function readAngle(out: MarkdownPlain, i: number): number {
  const {md} = out
  const end = md.indexOf('>', i + 1)
  if (end <= 0 || end - i >= 2000) return -1
  const inner = md.slice(i + 1, end)
  if (/^(https?:\/\/|www\.)/i.test(inner) && !/\s/.test(inner)) {
    out.urls.push(inner)
    out.text += inner
    return end + 1
  }
  if (/^\/?[a-zA-Z]/.test(inner)) {
    out.urls.push(...htmlToPlain(md.slice(i, end + 1)).urls)
    return end + 1
  }
  return -1
}

/** A run of `*` or `_` at `i`: it opens or closes emphasis, or (an underscore inside a word:
 * snake_case, URLs) is text. */
function readEmphasisRun(out: MarkdownPlain, i: number): number {
  const {md} = out
  const ch = md[i]
  let j = i
  while (j < md.length && md[j] === ch) j++
  const run = md.slice(i, j)
  const prev = md[i - 1]
  const next = md[j]
  if (
    ch === '_' &&
    prev !== undefined &&
    /[\p{L}\p{N}]/u.test(prev) &&
    next !== undefined &&
    /[\p{L}\p{N}]/u.test(next)
  ) {
    out.text += run
    return j
  }
  if (out.emphasisOpen && out.emphasisOpen.marker === run) {
    out.emphasis.push([out.emphasisOpen.at, out.text.length])
    out.emphasisOpen = undefined
  } else if (!out.emphasisOpen && next !== undefined && !/\s/.test(next)) {
    out.emphasisOpen = {marker: run, at: out.text.length}
  }
  return j
}

function findClose(text: string, open: number): number {
  let depth = 0
  for (let i = open; i < text.length && i - open < 2000; i++) {
    if (text[i] === '\\') {
      i++
      continue
    }
    if (text[i] === '[') depth++
    else if (text[i] === ']') {
      depth--
      if (depth === 0) return i
    }
  }
  return -1
}

function findParen(text: string, open: number): number {
  let depth = 0
  for (let i = open; i < text.length && i - open < 2000; i++) {
    if (text[i] === '(') depth++
    else if (text[i] === ')') {
      depth--
      if (depth === 0) return i
    } else if (text[i] === '\n' && text[i + 1] === '\n') return -1
  }
  return -1
}
