/**
 * Phrase lexicons compiled for matching word by word over a sentence's tokens.
 * A phrase is a list of lower-case words; `*` matches any one word. Matching tries only the
 * phrases that start with the word at hand, so the cost is linear in the sentence's length
 * times the (small, bounded) number of phrases sharing a first word.
 */
import type {LexiconMatch, Token} from './types.js'

export interface Entry {
  phrase: string
  category: string
}

interface Compiled {
  words: string[]
  phrase: string
  category: string
}

export interface Lexicon {
  byFirst: Map<string, Compiled[]>
}

/** Split a phrase into words the way retext-english splits them: hyphens and apostrophes
 * stay inside words, other punctuation is left out. */
function words(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/[\s,]+/)
    .filter(Boolean)
}

export function compile(entries: Entry[]): Lexicon {
  const byFirst = new Map<string, Compiled[]>()
  for (const entry of entries) {
    const list = words(entry.phrase)
    if (list.length === 0) continue
    const first = list[0]
    let bucket = byFirst.get(first)
    if (!bucket) byFirst.set(first, (bucket = []))
    bucket.push({words: list, phrase: entry.phrase.toLowerCase(), category: entry.category})
  }
  // Longest first, so the longest phrase at a position wins.
  for (const bucket of byFirst.values()) bucket.sort((a, b) => b.words.length - a.words.length)
  return {byFirst}
}

/** Build a lexicon from `{category: phrases}`. */
export function fromRecord(record: Record<string, string[]>): Lexicon {
  return compile(Object.entries(record).flatMap(([category, list]) => list.map((phrase) => ({phrase, category}))))
}

/** Build a lexicon from a list of phrases in one category. */
export function fromList(list: string[], category: string): Lexicon {
  return compile(list.map((phrase) => ({phrase, category})))
}

/** Merge user-supplied phrases into a lexicon (options such as `hedges: ['arguably']`). */
export function extend(lexicon: Lexicon, list: string[] | undefined, category: string): Lexicon {
  if (!list || list.length === 0) return lexicon
  const extra = compile(list.map((phrase) => ({phrase, category})))
  const byFirst = new Map(lexicon.byFirst)
  for (const [first, bucket] of extra.byFirst) {
    byFirst.set(first, [...(byFirst.get(first) ?? []), ...bucket].sort((a, b) => b.words.length - a.words.length))
  }
  return {byFirst}
}

/**
 * Find every phrase of `lexicon` in `tokens` (white space skipped; a phrase never runs over
 * punctuation). At each position only the longest phrase is kept.
 */
export function matchAll(lexicon: Lexicon, tokens: Token[]): LexiconMatch[] {
  const out: LexiconMatch[] = []
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (token.kind !== 'word') continue
    const bucket = lexicon.byFirst.get(token.lower)
    if (!bucket) continue
    for (const candidate of bucket) {
      const end = matchAt(candidate.words, tokens, i)
      if (end !== -1) {
        out.push({
          from: i,
          to: end,
          start: token.start,
          end: tokens[end - 1].end,
          phrase: candidate.phrase,
          category: candidate.category
        })
        break
      }
    }
  }
  return out
}

/** Match `words` at token `index`; return the index after the last token, or -1. */
export function matchAt(list: string[], tokens: Token[], index: number): number {
  let i = index
  for (let w = 0; w < list.length; w++) {
    if (w > 0) {
      // Skip white space between words, but never punctuation.
      while (i < tokens.length && tokens[i].kind === 'whitespace') i++
    }
    const token = tokens[i]
    if (!token || token.kind !== 'word') return -1
    if (list[w] !== '*' && list[w] !== token.lower) return -1
    i++
  }
  return i
}
