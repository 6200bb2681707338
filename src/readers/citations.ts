/**
 * Citation markers in the source text under a sentence: `[3]`, `[1, 4]`, `[2-5]`, `[^3]`,
 * `(11)`, `(1,2)`, superscripts (`works.¹²`, `<sup>3</sup>`), author–year and journal–year
 * parentheticals (`(Smith & Jones, 2019)`, `(Nutrients, 2018)`). Read from the source text,
 * because the remark/rehype bridges drop footnote references and superscript markup from the
 * prose tree. One forward pass.
 */
import {footnoteLabelMaxChars} from '../text/footnotes.js'
import {superscriptDigits} from '../text/words.js'

export interface Citation {
  kind: 'number' | 'parenthetical-number' | 'superscript' | 'footnote' | 'author-year' | 'journal-year'
  /** The numbers cited (`[2-5]` is 2, 3, 4, 5). */
  numbers: number[]
  /** A footnote's label. */
  label?: string | undefined
  /** The marker as written. */
  text: string
  start: number
  end: number
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9'
}

/** Characters inside `[...]` at most for a list of citation numbers (`[1, 4, 7-9, 12]`);
 * a longer bracket is link text or prose. */
const bracketListMaxChars = 30

/** Characters of a Markdown link target on a citation number (`[3](#ref-3)`, a full URL). */
const linkTargetMaxChars = 300

/** Characters inside `(...)` at most for a list of citation numbers (`(1, 4)`, `(2-5, 9)`). */
const parenthesisListMaxChars = 40

/** Characters after `<sup>` within which its `</sup>` must come (room for a link inside). */
const supContentMaxChars = 400

/** Characters before a superscript run read for a unit (`m²`, `cm³`, `mmol/L²`). */
const unitMaxChars = 6

/** Citation markers that may open a sentence one after another (`[1][2]`, `¹ (Smith, 2019)`). */
const leadingCitationsMax = 6

/** Characters from a marker's start within which one citation ends (a `<sup>` with its link). */
const citationMaxChars = 300

/** Characters of an author-year parenthetical at most (`(Smith, Jones and Lee et al., 2019)`). */
const authorYearMaxChars = 200

/** Parse `1, 4`, `2-5`, `1,2,5-7`, `12–14`: numbers up to 999, ranges up to 50 long. */
export function parseNumberList(inner: string): number[] | undefined {
  const numbers: number[] = []
  const parts = inner.split(/[,;]/)
  for (const raw of parts) {
    const part = raw.trim()
    if (part === '') return undefined
    const dash = part.search(/[-\u2013\u2012\u2014]/)
    if (dash >= 0) {
      const a = part.slice(0, dash).trim()
      const b = part.slice(dash + 1).trim()
      if (!/^\d{1,4}$/.test(a) || !/^\d{1,4}$/.test(b)) return undefined
      const from = Number(a)
      const to = Number(b)
      if (to < from || to - from > 50) return undefined
      for (let n = from; n <= to; n++) numbers.push(n)
    } else {
      if (!/^\d{1,4}$/.test(part)) return undefined
      numbers.push(Number(part))
    }
  }
  return numbers.length > 0 ? numbers : undefined
}

const unitBefore = /(?:\b(?:m|cm|mm|km|kg|g|mg|ft|in|s|h)|\/[a-z]{1,3})$/i

/** Citation markers in `value[start, end)`. */
export function findCitations(value: string, start: number, end: number): Citation[] {
  const out: Citation[] = []
  let i = start
  while (i < end) {
    const ch = value[i]
    const found = markerAt(value, i, start, end)
    if (found) {
      out.push(found)
      i = found.end
      continue
    }
    if (superscriptDigits.has(ch)) {
      const run = superscriptRunAt(value, i, start, end)
      if (run.citation) out.push(run.citation)
      i = Math.max(run.end, i + 1)
      continue
    }
    i++
  }
  return out
}

/** The citation `findCitations(value, i, end)` finds starting at `i`, if any, read at `i` only
 * (every marker it finds starts where it is read, so one found later starts after `i`). */
function citationAt(value: string, i: number, end: number): Citation | undefined {
  if (i >= end) return undefined
  const found = markerAt(value, i, i, end)
  if (found) return found
  return superscriptDigits.has(value[i]) ? superscriptRunAt(value, i, i, end).citation : undefined
}

/** The marker that opens at `i` by its first character (`[3]`, `(12)`, `<sup>`, `^3`), read
 * within `[start, end)`, if any. */
function markerAt(value: string, i: number, start: number, end: number): Citation | undefined {
  const ch = value[i]
  if (ch === '[') return bracketCitationAt(value, i)
  if (ch === '(') return parentheticalNumberAt(value, i)
  if (ch === '<') return supElementAt(value, i)
  return ch === '^' ? caretSuperscriptAt(value, i, start, end) : undefined
}

/** `[^label]`, `[3]`, `[1, 4]`, `[2-5]`, `[[3]](#ref3)` at `i`. */
function bracketCitationAt(value: string, i: number): Citation | undefined {
  if (value[i + 1] === '^') {
    const close = value.indexOf(']', i + 2)
    if (close > 0 && close - i < footnoteLabelMaxChars && value[close + 1] !== ':') {
      const label = value.slice(i + 2, close)
      if (label && !/\s/.test(label)) {
        return {
          kind: 'footnote',
          numbers: /^\d+$/.test(label) ? [Number(label)] : [],
          label,
          text: value.slice(i, close + 1),
          start: i,
          end: close + 1
        }
      }
    }
  }
  const inner = value[i + 1] === '[' ? i + 2 : i + 1
  const close = value.indexOf(']', inner)
  if (close < 0 || close - inner > bracketListMaxChars) return undefined
  const numbers = parseNumberList(value.slice(inner, close))
  if (!numbers) return undefined
  let stop = close + 1
  if (inner === i + 2 && value[stop] === ']') stop++
  // A Markdown link on the number: [3](#ref-3) or [[3]](#ref-3).
  if (value[stop] === '(') {
    const paren = value.indexOf(')', stop)
    if (paren > 0 && paren - stop < linkTargetMaxChars && !/\s/.test(value.slice(stop + 1, paren))) stop = paren + 1
  }
  return {kind: 'number', numbers, text: value.slice(i, stop), start: i, end: stop}
}

/** `(3)`, `(1, 4)` at `i`, but not a count (`The majority (24) of the 33 studies`). */
function parentheticalNumberAt(value: string, i: number): Citation | undefined {
  const close = value.indexOf(')', i + 1)
  if (close < 0 || close - i > parenthesisListMaxChars) return undefined
  const numbers = parseNumberList(value.slice(i + 1, close))
  const countOf = /^\s+of\s/.test(value.slice(close + 1, close + 5))
  if (!numbers || !numbers.every((n) => n < 1000) || countOf) return undefined
  return {kind: 'parenthetical-number', numbers, text: value.slice(i, close + 1), start: i, end: close + 1}
}

/** `<sup>3</sup>`, `<sup>[1,2]</sup>` at `i`. */
function supElementAt(value: string, i: number): Citation | undefined {
  if (value.slice(i, i + 5).toLowerCase() !== '<sup>') return undefined
  const rel = value
    .slice(i + 5, i + supContentMaxChars)
    .toLowerCase()
    .indexOf('</sup>')
  if (rel < 0) return undefined
  const close = i + 5 + rel
  const inner = value
    .slice(i + 5, close)
    .replace(/<[^<>]{0,300}>/g, '')
    .replace(/[[\]()]/g, '')
    .trim()
  const numbers = parseNumberList(inner)
  return numbers ? {kind: 'superscript', numbers, text: value.slice(i, close + 6), start: i, end: close + 6} : undefined
}

/** A run of superscript digits at `i` (`³`, `¹,²`, `¹⁻³`): a citation unless it follows a
 * digit or a unit (`m²`). `end` is where the run stops either way. */
function superscriptRunAt(value: string, i: number, start: number, end: number): {citation?: Citation; end: number} {
  let j = i
  let text = ''
  while (
    j < end &&
    (superscriptDigits.has(value[j]) ||
      ((value[j] === ',' || value[j] === '\u207B' || value[j] === '-') && superscriptDigits.has(value[j + 1])))
  ) {
    const d = superscriptDigits.get(value[j])
    text += d !== undefined ? String(d) : value[j] === ',' ? ',' : '-'
    j++
  }
  const before = value.slice(Math.max(start, i - unitMaxChars), i)
  const numbers = parseNumberList(text)
  const prev = value[i - 1]
  if (numbers && prev !== undefined && !isDigit(prev) && !unitBefore.test(before)) {
    return {citation: {kind: 'superscript', numbers, text: value.slice(i, j), start: i, end: j}, end: j}
  }
  return {end: j}
}

/** A caret superscript in Markdown-like text (`growth^18`) at `i`. */
function caretSuperscriptAt(value: string, i: number, start: number, end: number): Citation | undefined {
  if (!(isDigit(value[i + 1]) && i > start && /[\p{L}.)]/u.test(value[i - 1]))) return undefined
  let j = i + 1
  while (j < end && (isDigit(value[j]) || value[j] === ',' || value[j] === '-')) j++
  const numbers = parseNumberList(value.slice(i + 1, j).replace(/[,-]$/, ''))
  return numbers ? {kind: 'superscript', numbers, text: value.slice(i, j), start: i, end: j} : undefined
}

/**
 * The end of the citation markers that open the text at `offset` (white space skipped), or
 * `offset` when none does: a citation after a full stop starts the next sentence.
 */
export function leadingCitationsEnd(value: string, offset: number, limit = value.length): number {
  let i = offset
  let end = offset
  for (let rounds = 0; rounds < leadingCitationsMax; rounds++) {
    while (i < limit && (value[i] === ' ' || value[i] === '\t' || value[i] === '\u00A0')) i++
    const found = citationAt(value, i, Math.min(limit, i + citationMaxChars))
    if (found) {
      end = found.end
      i = found.end
      continue
    }
    // An author-year parenthetical: (Smith et al., 2019)
    if (value[i] === '(') {
      const close = value.indexOf(')', i)
      if (
        close > 0 &&
        close - i < authorYearMaxChars &&
        /(?:19|20)\d\d[a-z]?\s*$/.test(value.slice(i + 1, close)) &&
        /^[A-Z]/.test(value.slice(i + 1, close).trim())
      ) {
        end = close + 1
        i = close + 1
        continue
      }
    }
    break
  }
  return end
}
