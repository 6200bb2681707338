/**
 * The one phrase matcher (src/text/phrases.ts) and the token models that read through it: the
 * model's lexicons (white space skipped, punctuation ends a phrase, `*` after the first word),
 * the readers' items (a glued hyphen passed over), and backwards from a phrase's last word.
 * The lexicon's findings are checked against the matcher it replaced (phrases tried longest
 * first by their first word), kept here as the reference, on generated sentences.
 */
import fc from 'fast-check'
import type {Root, Sentence} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {compile, extend, fromRecord, matchAll, type Entry} from '../src/model/lexicon.js'
import {tokensOf} from '../src/model/tokens.js'
import type {LexiconMatch, Token, TokenKind} from '../src/model/types.js'
import {findDesigns, ItemWords, matchPhrase} from '../src/readers/designs.js'
import {findStatistics, hasIllustrativeCue} from '../src/readers/statistics.js'
import {PhraseTable} from '../src/text/phrases.js'
import {scanItems} from '../src/text/words.js'

/** Tokens of a sentence written as `word`, ` ` (white space) and `,` (punctuation). */
function tokens(text: string): Token[] {
  const out: Token[] = []
  let offset = 0
  for (const piece of text.match(/\s+|[\w'*-]+|[^\s\w'*-]/g) ?? []) {
    const kind: TokenKind = /^\s/.test(piece) ? 'whitespace' : /^[\w'*-]/.test(piece) ? 'word' : 'punctuation'
    out.push({
      kind,
      value: piece,
      lower: piece.toLowerCase(),
      start: offset,
      end: offset + piece.length,
      node: {type: 'TextNode', value: piece} as Token['node']
    })
    offset += piece.length
  }
  return out
}

/** The matcher the lexicon had before: phrases by first word, longest first (ties in order). */
function referenceMatchAll(entries: Entry[], list: Token[]): LexiconMatch[] {
  const compiled = entries
    .map((entry, order) => ({
      words: entry.phrase
        .toLowerCase()
        .replace(/[\u2018\u2019]/g, "'")
        .split(/[\s,]+/)
        .filter(Boolean),
      phrase: entry.phrase.toLowerCase(),
      category: entry.category,
      order
    }))
    .filter((entry) => entry.words.length > 0)
    .sort((a, b) => b.words.length - a.words.length || a.order - b.order)
  const out: LexiconMatch[] = []
  for (let i = 0; i < list.length; i++) {
    if (list[i].kind !== 'word') continue
    for (const candidate of compiled) {
      if (candidate.words[0] !== list[i].lower) continue
      let k = i
      let ok = true
      for (let w = 0; w < candidate.words.length && ok; w++) {
        if (w > 0) while (k < list.length && list[k].kind === 'whitespace') k++
        const token = list[k]
        ok =
          token !== undefined &&
          token.kind === 'word' &&
          (candidate.words[w] === '*' || candidate.words[w] === token.lower)
        k++
      }
      if (ok) {
        out.push({
          from: i,
          to: k,
          start: list[i].start,
          end: list[k - 1].end,
          phrase: candidate.phrase,
          category: candidate.category
        })
        break
      }
    }
  }
  return out
}

describe('PhraseTable', () => {
  const run = (words: string[]) => ({wordAt: (k: number) => words[k], after: (k: number) => k + 1})

  it('keeps the longest phrase at a position, and where two share their words the first added', () => {
    const table = new PhraseTable<string>([
      ['odds', 'a'],
      ['odds ratio', 'b'],
      ['odds ratio', 'c']
    ])
    expect(table.longestAt(run(['odds', 'ratio', 'of']), 0)).toEqual({value: 'b', from: 0, last: 1, words: 2})
    expect(table.longestAt(run(['odds', 'are']), 0)).toEqual({value: 'a', from: 0, last: 0, words: 1})
    expect(table.longestAt(run(['the', 'odds']), 0)).toBeUndefined()
    expect(table.longestAt(run(['the', 'odds']), 1)).toEqual({value: 'a', from: 1, last: 1, words: 1})
  })

  it('`*` after the first word stands for any one word; a longer phrase wins, then the first added', () => {
    const table = new PhraseTable<string>([
      ['may * help', 'wild'],
      ['may well help', 'exact'],
      ['* help', 'never first'],
      ['may *', 'short']
    ])
    expect(table.longestAt(run(['may', 'well', 'help']), 0)?.value).toBe('wild')
    expect(table.longestAt(run(['may', 'not', 'help']), 0)?.value).toBe('wild')
    expect(table.longestAt(run(['may', 'not', 'hurt']), 0)).toEqual({value: 'short', from: 0, last: 1, words: 2})
    expect(table.longestAt(run(['it', 'help']), 0)).toBeUndefined()
  })

  it('a fromEnd table matches backwards from the last word', () => {
    const table = new PhraseTable<string>(
      [
        ['more than', 'more than'],
        ['nearly', 'nearly'],
        ['a little more than', 'long']
      ],
      {fromEnd: true}
    )
    const words = ['a', 'little', 'more', 'than', '50']
    const back = {wordAt: (k: number) => (k >= 0 ? words[k] : undefined), after: (k: number) => k - 1}
    expect(table.longestAt(back, 3)).toEqual({value: 'long', from: 3, last: 0, words: 4})
    const floored = {wordAt: (k: number) => (k >= 1 ? words[k] : undefined), after: (k: number) => k - 1}
    expect(table.longestAt(floored, 3)).toEqual({value: 'more than', from: 3, last: 2, words: 2})
  })
})

describe('lexicon (model tokens)', () => {
  const entries: Entry[] = [
    {phrase: 'may', category: 'modal'},
    {phrase: 'may help', category: 'hedge'},
    {phrase: 'may * help', category: 'wild'},
    {phrase: 'Don’t', category: 'curly'},
    {phrase: "don't", category: 'straight'},
    {phrase: 'linked, to', category: 'comma'},
    {phrase: '* to', category: 'never'}
  ]

  it('skips white space between words, stops at punctuation, keeps the first of two spellings', () => {
    const list = tokens("It may  help, but don't may, help linked to")
    expect(matchAll(compile(entries), list).map((m) => [m.from, m.to, m.phrase, m.category])).toEqual([
      [2, 5, 'may help', 'hedge'],
      [9, 10, 'don’t', 'curly'],
      [11, 12, 'may', 'modal'],
      [16, 19, 'linked, to', 'comma']
    ])
  })

  it('an extended lexicon adds phrases after the ones it had (a phrase already there keeps its class)', () => {
    const base = fromRecord({modal: ['may']})
    const extended = extend(base, ['arguably', 'may'], 'custom')
    expect(matchAll(extended, tokens('arguably it may')).map((m) => m.category)).toEqual(['custom', 'modal'])
    expect(matchAll(base, tokens('arguably it may')).map((m) => m.category)).toEqual(['modal'])
  })

  it('finds what the matcher it replaced found, on generated sentences', () => {
    const vocabulary = ['may', 'help', 'well', 'not', 'to', 'linked', "don't", 'a', 'b']
    const phrase = fc
      .array(fc.constantFrom(...vocabulary, '*'), {minLength: 1, maxLength: 4})
      .map((words) => words.join(' '))
    const entry = fc.record({phrase, category: fc.constantFrom('x', 'y', 'z')})
    const sentence = fc
      .array(fc.constantFrom(...vocabulary, ' ', '  ', ', ', '. '), {maxLength: 30})
      .map((parts) => parts.join(' '))
    fc.assert(
      fc.property(fc.array(entry, {maxLength: 12}), sentence, (list, text) => {
        const sentenceTokens = tokens(text)
        expect(matchAll(compile(list), sentenceTokens)).toEqual(referenceMatchAll(list, sentenceTokens))
      }),
      {numRuns: 500}
    )
  })
})

/** The tokens of the first sentence of `text`, as retext-english and the model make them. */
function sentenceTokens(text: string): Token[] {
  let found: Token[] = []
  visit(unified().use(retextEnglish).parse(text) as Root, 'SentenceNode', (node: Sentence) => {
    found = tokensOf(node)
    return false
  })
  return found
}

describe('readers (items and solid tokens)', () => {
  it('items: a glued hyphen is passed over, a spaced one or other punctuation ends the phrase', () => {
    const table = new PhraseTable<string>([['double blind trial', 'dbt']])
    const glued = scanItems('a double-blind trial')
    expect(matchPhrase(table, glued, 1)).toEqual({value: 'dbt', from: 1, to: 5})
    expect(matchPhrase(table, scanItems('a double - blind trial'), 1)).toBeUndefined()
    expect(matchPhrase(table, scanItems('a double, blind trial'), 1)).toBeUndefined()
    // `limit` ends the run.
    expect(matchPhrase(table, glued, 1, 4)).toBeUndefined()
    expect(new ItemWords(glued).wordAt(2)).toBeUndefined()
  })

  it('designs, statistics and illustrative cues read through the one matcher', () => {
    expect(
      findDesigns(scanItems('A randomized controlled trial of aspirin')).map((m) => [m.design, m.from, m.to])
    ).toEqual([['randomised-controlled-trial', 1, 4]])
    const text = (value: string) => findStatistics(sentenceTokens(value)).map((m) => m.text)
    expect(text('more than 50% of adults')).toEqual(['more than 50%'])
    expect(text('an odds ratio of 1.4 was seen')).toEqual(['odds ratio of 1.4'])
    expect(hasIllustrativeCue(sentenceTokens('In this example, 3 in 10 people are ill.'))).toBe(true)
    expect(hasIllustrativeCue(sentenceTokens('About 3 in 10 people.'))).toBe(false)
  })
})
