/**
 * Reading one numeral out of the text of a few glued tokens (`1,200`, `30–40%`, `1.5-fold`,
 * `200mg`, `10-to-1`, `1/3`) and spelled-out numbers (`twenty-five`, `one-third`,
 * `one-in-five`).
 *
 * Hand-written scanners: every character is read at most once, so the cost is linear in the
 * text's length whatever the text is (100,000 digits, `1,1,1,...`, `%%%%`).
 */
import {fractionWords} from '../data/statistics.js'
import {numberWords, rangeDashes} from '../data/numbers.js'

/** A numeral as written: a number, a range, a ratio, with what is glued after it. */
export interface Numeral {
  /** The (first) number's value. */
  low: number
  /** The upper bound of a range (`30–40%`), the second term of a ratio (`10-to-1`), the
   * denominator of a fraction (`1/3`) or of an `in` proportion (`1-in-5`). */
  high: number | undefined
  /** How the second number is joined to the first. */
  join: 'range' | 'ratio' | 'colon' | 'slash' | 'in' | undefined
  /** Whether a `%` is part of the numeral (`50%`, `24%-60%`). */
  percent: boolean
  /** Count of integer digits of the first number (`2019` has 4). */
  digits: number
  /** Whether the first number had digit-group commas (`1,200`). */
  grouped: boolean
  /** Whether the first number had a decimal part. */
  decimal: boolean
  /** Whatever follows the numeral, lower case (`mg`, `x`, `-fold`, `th`, `-year-old`, `s`). */
  suffix: string
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57

interface Read {
  value: number
  end: number
  digits: number
  grouped: boolean
  decimal: boolean
}

/** Read a number at `start`: digits with optional `,ddd` groups and a decimal part, or a
 * decimal part alone (`.05`). */
function readNumber(text: string, start: number): Read | undefined {
  let i = start
  let digits = 0
  let grouped = false
  let decimal = false
  let plain = ''
  while (i < text.length && isDigit(text.charCodeAt(i))) {
    i++
    digits++
  }
  plain = text.slice(start, i)
  // Digit groups: a comma followed by exactly three digits.
  while (
    digits > 0 &&
    text.charCodeAt(i) === 44 &&
    isDigit(text.charCodeAt(i + 1)) &&
    isDigit(text.charCodeAt(i + 2)) &&
    isDigit(text.charCodeAt(i + 3)) &&
    !isDigit(text.charCodeAt(i + 4))
  ) {
    plain += text.slice(i + 1, i + 4)
    i += 4
    digits += 3
    grouped = true
  }
  if (text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) {
    const from = i
    i++
    while (i < text.length && isDigit(text.charCodeAt(i))) i++
    plain += text.slice(from, i)
    decimal = true
  }
  if (digits === 0 && !decimal) return undefined
  // Very long digit runs overflow to Infinity, which is harmless here.
  return {value: Number(plain), end: i, digits, grouped, decimal}
}

/** Parse a numeral at the start of `text`; `undefined` when `text` does not start with one. */
export function parseNumeral(text: string): Numeral | undefined {
  const first = readNumber(text, 0)
  if (!first) return undefined
  let i = first.end
  let percent = false
  let high: number | undefined
  let join: Numeral['join']
  if (text.charCodeAt(i) === 37 /* % */) {
    percent = true
    i++
  }
  const code = text.charCodeAt(i)
  const lower3 = text.slice(i, i + 4).toLowerCase()
  if (lower3 === '-to-' || lower3 === '-in-') {
    const second = readNumber(text, i + 4)
    if (second) {
      high = second.value
      join = lower3 === '-to-' ? 'ratio' : 'in'
      i = second.end
    }
  } else if (rangeDashes.has(text.charAt(i))) {
    const second = readNumber(text, i + 1)
    if (second) {
      high = second.value
      join = 'range'
      i = second.end
    }
  } else if (code === 58 /* : */ || code === 47 /* / */) {
    const second = readNumber(text, i + 1)
    if (second) {
      high = second.value
      join = code === 58 ? 'colon' : 'slash'
      i = second.end
    }
  }
  if (join === 'range' && text.charCodeAt(i) === 37) {
    percent = true
    i++
  }
  return {
    low: first.value,
    high,
    join,
    percent,
    digits: first.digits,
    grouped: first.grouped,
    decimal: first.decimal,
    suffix: text.slice(i).toLowerCase()
  }
}

/** Whether a token's text starts a numeral (`50`, `.05`, `1,200`, `3x`). */
export function startsNumeral(text: string): boolean {
  const code = text.charCodeAt(0)
  return isDigit(code) || (code === 46 && isDigit(text.charCodeAt(1)))
}

/** The value a word has in a table of words, read as an own entry only: a plain object also
 * answers for the names every object inherits (`constructor`, `valueOf`), which are no words of
 * number. */
export function ownValue(table: Readonly<Record<string, number>>, key: string): number | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined
}

/** The value of a spelled-out number word (`five`, `twenty-five`), or `undefined`. */
export function spelledNumber(lower: string): number | undefined {
  const direct = ownValue(numberWords, lower)
  if (direct !== undefined) return direct
  const dash = lower.indexOf('-')
  if (dash <= 0 || dash !== lower.lastIndexOf('-')) return undefined
  const tens = ownValue(numberWords, lower.slice(0, dash))
  const unit = ownValue(numberWords, lower.slice(dash + 1))
  if (tens === undefined || unit === undefined || tens < 20 || tens % 10 !== 0 || unit < 1 || unit > 9) return undefined
  return tens + unit
}

/** A spelled fraction in one hyphenated word (`one-third`, `two-thirds`, `three-quarters`),
 * as numerator and denominator. */
export function spelledFraction(lower: string): {numerator: number; denominator: number} | undefined {
  const dash = lower.indexOf('-')
  if (dash <= 0 || dash !== lower.lastIndexOf('-')) return undefined
  const head = lower.slice(0, dash)
  const numerator = head === 'a' ? 1 : ownValue(numberWords, head)
  const denominator = ownValue(fractionWords, lower.slice(dash + 1))
  if (numerator === undefined || denominator === undefined || numerator < 1 || numerator >= denominator * 10)
    return undefined
  return {numerator, denominator}
}

/** Characters from `-in-` to the end of a hyphenated proportion at most (`-in-one-hundred`
 * is 15; `-in-one-hundred-thousand` 24): a longer word is a compound, not a proportion. */
const proportionTailMaxChars = 24

/** A proportion in one hyphenated word (`one-in-five`, `nine-out-of-ten` is not one word
 * in practice), as numerator and denominator. */
export function spelledProportion(lower: string): {numerator: number; denominator: number} | undefined {
  const at = lower.indexOf('-in-')
  if (at <= 0 || lower.length - at > proportionTailMaxChars) return undefined
  const numerator = spelledNumber(lower.slice(0, at))
  const denominator = spelledNumber(lower.slice(at + 4))
  if (numerator === undefined || denominator === undefined || denominator <= numerator) return undefined
  return {numerator, denominator}
}
