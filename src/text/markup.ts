/**
 * Turning a short stretch of Markdown or HTML (one reference entry) into plain text, keeping the
 * link targets and the emphasised stretches (journal names are often in italics). Single pass.
 */

export interface PlainText {
  /** The text without markup. */
  text: string
  /** Link targets, in order. */
  urls: string[]
  /** Emphasised stretches as `[start, end)` offsets into `text`. */
  emphasis: Array<[number, number]>
}

const entities: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '\u2013', mdash: '\u2014', hellip: '\u2026',
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201C', rdquo: '\u201D', copy: '\u00A9', reg: '\u00AE', middot: '\u00B7',
  eacute: '\u00E9', egrave: '\u00E8', uuml: '\u00FC', ouml: '\u00F6', auml: '\u00E4', szlig: '\u00DF', times: '\u00D7',
  deg: '\u00B0', micro: '\u00B5', alpha: '\u03B1', beta: '\u03B2', omega: '\u03C9', sup1: '\u00B9', sup2: '\u00B2', sup3: '\u00B3'
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
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? {value: String.fromCodePoint(code), length: semi - i + 1} : undefined
  }
  if (name.startsWith('#')) {
    const code = Number.parseInt(name.slice(1), 10)
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? {value: String.fromCodePoint(code), length: semi - i + 1} : undefined
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

/** Strip HTML from an entry: tags removed (anchors' hrefs kept), entities decoded, `<i>`/`<em>` kept as emphasis. */
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
      const name = tag.slice(1).replace(/^\//, '').split(/[\s>/]/)[0].toLowerCase()
      const closing = tag[1] === '/'
      if (name === 'a' && !closing) {
        const href = attributeOf(tag, 'href')
        if (href) urls.push(decodePlain(href))
      } else if (name === 'i' || name === 'em' || name === 'cite') {
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
  let text = ''
  const urls: string[] = []
  const emphasis: Array<[number, number]> = []
  let emphasisOpen: {marker: string; at: number} | undefined
  let i = 0
  const n = md.length
  while (i < n) {
    const ch = md[i]
    if (ch === '\\' && i + 1 < n && /[\\`*_{}[\]()#+\-.!<>]/.test(md[i + 1])) {
      text += md[i + 1]
      i += 2
      continue
    }
    if (ch === '!' && md[i + 1] === '[') {
      // An image: drop it whole.
      const close = findClose(md, i + 1)
      if (close > 0 && md[close + 1] === '(') {
        const paren = md.indexOf(')', close + 2)
        if (paren > 0) {
          i = paren + 1
          continue
        }
      }
    }
    if (ch === '[') {
      const close = findClose(md, i)
      if (close > 0 && md[close + 1] === '(') {
        const paren = findParen(md, close + 1)
        if (paren > 0) {
          const inner = markdownToPlain(md.slice(i + 1, close))
          const base = text.length
          text += inner.text
          for (const [s, e] of inner.emphasis) emphasis.push([s + base, e + base])
          urls.push(...inner.urls)
          const target = md.slice(close + 2, paren).trim().split(/\s+/)[0].replace(/^<|>$/g, '')
          if (target) urls.push(target)
          i = paren + 1
          continue
        }
      }
    }
    if (ch === '<') {
      const end = md.indexOf('>', i + 1)
      if (end > 0 && end - i < 2000) {
        const inner = md.slice(i + 1, end)
        if (/^(https?:\/\/|www\.)/i.test(inner) && !/\s/.test(inner)) {
          urls.push(inner)
          text += inner
          i = end + 1
          continue
        }
        if (/^\/?[a-zA-Z]/.test(inner)) {
          const html = htmlToPlain(md.slice(i, end + 1))
          urls.push(...html.urls)
          i = end + 1
          continue
        }
      }
    }
    if (ch === '&') {
      const decoded = decodeEntityAt(md, i)
      if (decoded) {
        text += decoded.value
        i += decoded.length
        continue
      }
    }
    if (ch === '`') {
      i++
      continue
    }
    if (ch === '*' || ch === '_') {
      let j = i
      while (j < n && md[j] === ch) j++
      const run = md.slice(i, j)
      const prev = md[i - 1]
      const next = md[j]
      // An underscore inside a word (snake_case, URLs) is text.
      if (ch === '_' && prev !== undefined && /[\p{L}\p{N}]/u.test(prev) && next !== undefined && /[\p{L}\p{N}]/u.test(next)) {
        text += run
        i = j
        continue
      }
      if (emphasisOpen && emphasisOpen.marker === run) {
        emphasis.push([emphasisOpen.at, text.length])
        emphasisOpen = undefined
      } else if (!emphasisOpen && next !== undefined && !/\s/.test(next)) {
        emphasisOpen = {marker: run, at: text.length}
      }
      i = j
      continue
    }
    text += ch
    i++
  }
  return {text, urls, emphasis}
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
