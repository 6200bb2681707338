/**
 * Phrase lexicons compiled for matching word by word over a sentence's tokens, with the one
 * phrase matcher of `src/text/phrases.ts`. A phrase is a list of lower-case words; `*` after
 * the first matches any one word. Between two words of a phrase white space is skipped, never
 * punctuation. Matching at a word follows the phrases that start with it, so the cost is linear
 * in the sentence's length times the (bounded) length of a phrase.
 */
import {PhraseTable, type WordSequence} from '../text/phrases.js'
import type {LexiconMatch, Token} from './types.js'

export interface Entry {
  phrase: string
  category: string
}

export interface Lexicon {
  /** The entries as given, in order (an extended lexicon is compiled again from them). */
  entries: readonly Entry[]
  table: PhraseTable<{phrase: string; category: string}>
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
  const table = new PhraseTable<{phrase: string; category: string}>()
  for (const entry of entries)
    table.add(words(entry.phrase), {phrase: entry.phrase.toLowerCase(), category: entry.category})
  return {entries, table}
}

/** Build a lexicon from `{category: phrases}`. */
export function fromRecord(record: Record<string, string[]>): Lexicon {
  return compile(Object.entries(record).flatMap(([category, list]) => list.map((phrase) => ({phrase, category}))))
}

/** Build a lexicon from a list of phrases in one category. */
export function fromList(list: string[], category: string): Lexicon {
  return compile(list.map((phrase) => ({phrase, category})))
}

/** Merge user-supplied phrases into a lexicon (options such as `hedges: ['arguably']`); where
 * one has the words of a phrase already there, the one already there is kept. */
export function extend(lexicon: Lexicon, list: string[] | undefined, category: string): Lexicon {
  if (!list || list.length === 0) return lexicon
  return compile([...lexicon.entries, ...list.map((phrase) => ({phrase, category}))])
}

/** A sentence's tokens as a word sequence: a word token's lower case; white space between two
 * words is passed over, punctuation ends a phrase. */
export class TokenWords implements WordSequence {
  constructor(private readonly tokens: readonly Token[]) {}

  wordAt(position: number): string | undefined {
    const token = this.tokens[position]
    return token?.kind === 'word' ? token.lower : undefined
  }

  after(position: number): number {
    let next = position + 1
    while (next < this.tokens.length && this.tokens[next].kind === 'whitespace') next++
    return next
  }
}

/**
 * Find every phrase of `lexicon` in `tokens` (white space skipped; a phrase never runs over
 * punctuation). At each position only the longest phrase is kept.
 */
export function matchAll(lexicon: Lexicon, tokens: Token[]): LexiconMatch[] {
  const out: LexiconMatch[] = []
  const sequence = new TokenWords(tokens)
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (token.kind !== 'word' || !lexicon.table.starts(token.lower)) continue
    const match = lexicon.table.longestAt(sequence, i)
    if (match) {
      out.push({
        from: i,
        to: match.last + 1,
        start: token.start,
        end: tokens[match.last].end,
        phrase: match.value.phrase,
        category: match.value.category
      })
    }
  }
  return out
}

/**
 * Several lexicons matched in one pass: `matchAll(lexicons[k], tokens)` for every `k`, with one
 * look-up per word (which of the lexicons have a phrase starting with it) instead of one per
 * lexicon. Same matches, in the same order.
 */
export class LexiconGroup {
  /** Bit `k` set: a phrase of `lexicons[k]` starts with the word. */
  private readonly first = new Map<string, number>()

  constructor(private readonly lexicons: readonly Lexicon[]) {
    if (lexicons.length > 30) throw new Error('LexiconGroup: at most 30 lexicons')
    lexicons.forEach((lexicon, k) => {
      for (const word of lexicon.table.firstWords()) this.first.set(word, (this.first.get(word) ?? 0) | (1 << k))
    })
  }

  matchAll(tokens: Token[]): LexiconMatch[][] {
    const out: LexiconMatch[][] = this.lexicons.map(() => [])
    let sequence: TokenWords | undefined
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]
      if (token.kind !== 'word') continue
      const mask = this.first.get(token.lower)
      if (mask === undefined) continue
      sequence ??= new TokenWords(tokens)
      for (let k = 0; k < this.lexicons.length; k++) {
        if ((mask & (1 << k)) === 0) continue
        const match = this.lexicons[k].table.longestAt(sequence, i)
        if (match) out[k].push(toMatch(tokens, i, match))
      }
    }
    return out
  }
}

function toMatch(
  tokens: Token[],
  from: number,
  match: {last: number; value: {phrase: string; category: string}}
): LexiconMatch {
  return {
    from,
    to: match.last + 1,
    start: tokens[from].start,
    end: tokens[match.last].end,
    phrase: match.value.phrase,
    category: match.value.category
  }
}

/** Match `list` (one phrase's words) at token `index`; return the index after the last token,
 * or -1. */
export function matchAt(list: string[], tokens: Token[], index: number): number {
  const match = new PhraseTable([[list, true]]).longestAt(new TokenWords(tokens), index)
  return match ? match.last + 1 : -1
}
