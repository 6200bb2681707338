/**
 * A linear word scanner for short texts (a reference entry, a sentence's source slice).
 *
 * Words are runs of letters and digits (inner apostrophes kept, then dropped from `key`);
 * hyphens and other punctuation split words and are kept as one-character punctuation items,
 * so `meta-analysis` is `meta`, `-`, `analysis` and phrase tables write it `meta analysis`.
 * Digit groups `1,200` and decimals `2.5` are one number. White space is skipped; an item
 * records whether white space (or a line break) stood before it.
 */

export interface Item {
  /** `word` (letters, maybe digits), `number` (digits only, with groups/decimals), `punct`. */
  kind: 'word' | 'number' | 'punct'
  /** The text as written. */
  text: string
  /** Lower case, diacritics and apostrophes removed (words); the digits (numbers); the mark (punct). */
  key: string
  /** Offsets into the scanned string (plus the base offset given). */
  start: number
  end: number
  /** White space stood right before this item. */
  space: boolean
  /** A line break stood right before this item. */
  newline: boolean
  /** For numbers: the value (`1,200` is 1200). */
  value?: number | undefined
}

const apostrophes = new Set(["'", '\u2019', '\u02BC'])

/** Whether a character is a letter or digit (any script). */
export function isAlnum(ch: string): boolean {
  // ASCII (most characters of English text) by its code, the rest by Unicode's classes.
  if (ch.length === 1) {
    const code = ch.charCodeAt(0)
    if (code < 0x80)
      return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)
  }
  return alnum.test(ch)
}

const alnum = /[\p{L}\p{N}]/u

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9'
}

/** Fold a word to its key: lower case, no diacritics, no apostrophes. */
export function foldKey(text: string): string {
  // ASCII text: NFD leaves it as it is and it holds no combining mark, so the key is its lower
  // case without straight apostrophes (the same key as the loop below, without its string
  // building).
  if (isAscii(text)) {
    const lower = text.toLowerCase()
    return lower.includes("'") ? lower.replaceAll("'", '') : lower
  }
  let out = ''
  const lower = text.normalize('NFD').toLowerCase()
  for (const ch of lower) {
    if (apostrophes.has(ch)) continue
    const code = ch.charCodeAt(0)
    if (code >= 0x300 && code <= 0x36f) continue
    out += ch
  }
  return out
}

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) >= 0x80) return false
  return true
}

/** Superscript digits as written in text, and their values. */
export const superscriptDigits: ReadonlyMap<string, number> = new Map([
  ['\u2070', 0],
  ['\u00B9', 1],
  ['\u00B2', 2],
  ['\u00B3', 3],
  ['\u2074', 4],
  ['\u2075', 5],
  ['\u2076', 6],
  ['\u2077', 7],
  ['\u2078', 8],
  ['\u2079', 9]
])

/**
 * Scan `text` into items. `base` is added to every offset. Superscript digits are punctuation
 * items of their own (so a glued `works.¹` gives `works`, `.`, `¹`).
 */
export function scanItems(text: string, base = 0): Item[] {
  const items: Item[] = []
  let space = false
  let newline = false
  let i = 0
  const n = text.length
  while (i < n) {
    const ch = text[i]
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00A0' || ch === '\f' || ch === '\v') {
      space = true
      if (ch === '\n') newline = true
      i++
      continue
    }
    if (isDigit(ch)) i = pushNumber(items, text, i, base, space, newline)
    else if (isAlnum(ch) && !superscriptDigits.has(ch)) {
      const end = wordEnd(text, i + 1)
      const word = text.slice(i, end)
      items.push({kind: 'word', text: word, key: foldKey(word), start: base + i, end: base + end, space, newline})
      i = end
    } else {
      // Punctuation or a symbol: one code point.
      const cp = text.codePointAt(i) ?? 0
      const len = cp > 0xffff ? 2 : 1
      const mark = text.slice(i, i + len)
      items.push({kind: 'punct', text: mark, key: mark, start: base + i, end: base + i + len, space, newline})
      i += len
    }
    space = false
    newline = false
  }
  return items
}

/** The end of a word whose letters run on from `j`: letters and digits (not superscript), and
 * an apostrophe between two of them. */
function wordEnd(text: string, j: number): number {
  const n = text.length
  for (;;) {
    if (j < n && isAlnum(text[j]) && !superscriptDigits.has(text[j])) {
      j++
      continue
    }
    if (j + 1 < n && apostrophes.has(text[j]) && isAlnum(text[j + 1]) && !superscriptDigits.has(text[j + 1])) {
      j += 2
      continue
    }
    return j
  }
}

/** A number at `i`: digits, with `,ddd` groups and one decimal part; letters glued after make
 * it a word (`2019a`, `5th`). Returns where it ends. */
function pushNumber(items: Item[], text: string, i: number, base: number, space: boolean, newline: boolean): number {
  const n = text.length
  let j = i
  while (j < n && isDigit(text[j])) j++
  while (
    text[j] === ',' &&
    isDigit(text[j + 1]) &&
    isDigit(text[j + 2]) &&
    isDigit(text[j + 3]) &&
    !isDigit(text[j + 4])
  )
    j += 4
  if (text[j] === '.' && isDigit(text[j + 1])) {
    j++
    while (j < n && isDigit(text[j])) j++
  }
  if (j < n && isAlnum(text[j]) && !isDigit(text[j]) && !superscriptDigits.has(text[j])) {
    // `2019a`, `5th`, `i5796`-like tails: a word.
    let k = j
    while (k < n && isAlnum(text[k]) && !superscriptDigits.has(text[k])) k++
    const word = text.slice(i, k)
    items.push({kind: 'word', text: word, key: foldKey(word), start: base + i, end: base + k, space, newline})
    return k
  }
  const raw = text.slice(i, j)
  const digits = raw.replace(/,/g, '')
  items.push({
    kind: 'number',
    text: raw,
    key: digits,
    start: base + i,
    end: base + j,
    space,
    newline,
    value: Number(digits)
  })
  return j
}

/** Whether an item is a word or number. */
export function isWordy(item: Item | undefined): item is Item {
  return item !== undefined && item.kind !== 'punct'
}

/** Whether a word is written with a capital first letter. */
export function isCapitalised(item: Item | undefined): boolean {
  if (!item || item.kind !== 'word') return false
  const first = item.text[0]
  return first !== first.toLowerCase() && first === first.toUpperCase()
}

/** Whether a year-like number: four digits between 1800 and 2099. */
export function isYearNumber(item: Item | undefined): boolean {
  return (
    item !== undefined &&
    item.kind === 'number' &&
    item.text.length === 4 &&
    item.value !== undefined &&
    item.value >= 1800 &&
    item.value <= 2099
  )
}
