/**
 * Faster paths of the readers and the model (issue 14, item 3) give what the plain code gave:
 * each is compared here with the plain code it replaced (written out below), on every sentence
 * of the repository's Markdown (through the package's processor, as Markdown and as plain text)
 * and on tokens made by hand for the cases the fast path leaves to the plain code.
 */
import type {Parent as NlcstParent, Root} from 'nlcst'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {repositoryDocuments} from './helpers.js'
import {createProcessor} from '../src/processor.js'
import {getModel, type DocumentModel, type Token} from '../src/model/index.js'
import {itemsFromTokens} from '../src/readers/attributions.js'
import {splitAfterLetterLabels, splitOnLines} from '../src/model/sentences.js'
import {tokensOf} from '../src/model/tokens.js'
import {lowerCaseOf} from '../src/model/lower-case.js'
import {findCitations, leadingCitationsEnd} from '../src/readers/citations.js'
import {scanItems, type Item} from '../src/text/words.js'
import {definedAbbreviations} from '../src/claims/classes.js'

const documents = repositoryDocuments()

/** The model of a document through the package's processor. */
async function modelOf(value: string, name: string): Promise<DocumentModel> {
  const processor = createProcessor(null, {})
  const file = new VFile({path: name, value})
  const tree = (await processor.run(processor.parse(file), file)) as Root
  return getModel(tree, file)
}

/** Every model of the repository's Markdown, as Markdown and as text. */
async function repositoryModels(): Promise<DocumentModel[]> {
  const models: DocumentModel[] = []
  for (const {name, value} of documents) for (const as of [name, name + '.txt']) models.push(await modelOf(value, as))
  return models
}

/** `itemsFromTokens` as it was: every token scanned, then digit groups joined. */
function plainItems(tokens: readonly Token[]): Item[] {
  const items: Item[] = []
  let space = false
  let newline = false
  for (const token of tokens) {
    if (token.kind === 'whitespace') {
      space = true
      if (token.value.includes('\n')) newline = true
      continue
    }
    const scanned = scanItems(token.value, token.start)
    for (const item of scanned) {
      if (item.end > token.end) item.end = token.end
      if (item.start > token.end) item.start = token.end
    }
    if (scanned.length > 0) {
      scanned[0].space = space
      scanned[0].newline = newline
    }
    items.push(...scanned)
    space = false
    newline = false
  }
  const merged: Item[] = []
  for (const item of items) {
    const last = merged[merged.length - 1]
    const comma = merged[merged.length - 2]
    if (
      item.kind === 'number' &&
      !item.space &&
      item.text.length === 3 &&
      /^\d{3}$/.test(item.text) &&
      last?.key === ',' &&
      !last.space &&
      comma?.kind === 'number' &&
      /^\d{1,3}(,\d{3})*$/.test(comma.text)
    ) {
      merged.pop()
      comma.text += ',' + item.text
      comma.key = comma.text.replace(/,/g, '')
      comma.value = Number(comma.key)
      comma.end = item.end
      continue
    }
    merged.push(item)
  }
  return merged
}

/** The nlcst sentences of a document as the package's processor parses it, with its text. */
async function nlcstSentences(value: string, name: string): Promise<{sentences: NlcstParent[]; value: string}> {
  const processor = createProcessor(null, {})
  const file = new VFile({path: name, value})
  const tree = (await processor.run(processor.parse(file), file)) as Root
  const sentences: NlcstParent[] = []
  const visit = (node: NlcstParent): void => {
    for (const child of node.children as NlcstParent[]) {
      if (child.type === 'SentenceNode') sentences.push(child)
      else if ('children' in child && child.type !== 'WordNode') visit(child)
    }
  }
  visit(tree as unknown as NlcstParent)
  return {sentences, value: String(file.value)}
}

/** `splitOnLines` as it was: tokens copied into each part. */
function plainSplitOnLines(tokens: Token[], value: string): Token[][] {
  const parts: Token[][] = []
  let current: Token[] = []
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (token.kind === 'whitespace' && token.value.includes('\n') && current.length > 0) {
      const previous = [...current].reverse().find((t) => t.kind !== 'whitespace')
      const next = tokens[i + 1]
      const line = value.slice(value.lastIndexOf('\n', (next?.start ?? 1) - 1) + 1, next?.start)
      const continues =
        previous !== undefined &&
        next !== undefined &&
        next.kind === 'word' &&
        /^[a-z]/.test(next.value) &&
        (previous.kind === 'word' || previous.value === ',') &&
        !/^\s*(?:[-*+•#>]|\d{1,3}[.)])/.test(line.slice(-16))
      if (!continues) {
        parts.push(plainTrim(current))
        current = []
        continue
      }
    }
    current.push(token)
  }
  if (current.length > 0) parts.push(plainTrim(current))
  return parts.filter((part) => part.length > 0)
}

function plainTrim(tokens: Token[]): Token[] {
  let start = 0
  let end = tokens.length
  while (start < end && tokens[start].kind === 'whitespace') start++
  while (end > start && tokens[end - 1].kind === 'whitespace') end--
  return tokens.slice(start, end)
}

/** `leadingCitationsEnd` as it was: the citations of the next 300 characters found, and the one
 * at the offset kept. */
function plainLeadingCitationsEnd(value: string, offset: number, limit = value.length): number {
  let i = offset
  let end = offset
  for (let rounds = 0; rounds < 6; rounds++) {
    while (i < limit && (value[i] === ' ' || value[i] === '\t' || value[i] === '\u00A0')) i++
    const found = findCitations(value, i, Math.min(limit, i + 300)).find((c) => c.start === i)
    if (found) {
      end = found.end
      i = found.end
      continue
    }
    if (value[i] === '(') {
      const close = value.indexOf(')', i)
      const inner = value.slice(i + 1, close)
      if (close > 0 && close - i < 200 && /(?:19|20)\d\d[a-z]?\s*$/.test(inner) && /^[A-Z]/.test(inner.trim())) {
        end = close + 1
        i = close + 1
        continue
      }
    }
    break
  }
  return end
}

/** A token made by hand. */
function token(kind: Token['kind'], value: string, start: number, end = start + value.length, lower?: string): Token {
  return {kind, value, lower: lower ?? value.toLowerCase(), start, end, node: {type: 'TextNode', value} as never}
}

describe('fast paths give what the plain code gave', () => {
  test('itemsFromTokens: the items of every sentence', async () => {
    let sentences = 0
    let numbers = 0
    for (const model of await repositoryModels()) {
      for (const sentence of model.sentences) {
        const items = itemsFromTokens(sentence.tokens)
        expect(items, sentence.text).toEqual(plainItems(sentence.tokens))
        if (items.some((item) => item.kind === 'number' && item.text.includes(','))) numbers++
        sentences++
      }
    }
    expect(sentences).toBeGreaterThan(1000)
    // Digit groups joined across tokens (`1,200`) are among them.
    expect(numbers).toBeGreaterThan(5)
  })

  test("definedAbbreviations: the same names read with the sentences' text as by their tokens alone", async () => {
    let found = 0
    for (const model of await repositoryModels()) {
      const names = definedAbbreviations(model.sentences)
      expect(names).toEqual(definedAbbreviations(model.sentences.map((sentence) => ({tokens: sentence.tokens}))))
      found += names.size
    }
    expect(found).toBeGreaterThan(0)
  })

  test('itemsFromTokens: tokens the fast path does not take, and offsets clamped to the token', () => {
    const cases: Token[][] = [
      // Digit groups of three tokens each, one after another.
      [token('word', '1', 0), token('punctuation', ',', 1), token('word', '200', 2), token('whitespace', ' ', 5)],
      [token('word', '12', 0), token('punctuation', ',', 2), token('word', '345', 3), token('punctuation', ',', 6)],
      // A word whose text is longer than its place in the source (an entity).
      [token('word', 'Caf', 0, 2), token('whitespace', '\n', 2), token('word', 'naïve', 3), token('word', "it's", 9)],
      // Lower case not made from the text, marks of several characters, a hyphenated word.
      [token('word', 'Zinc', 0, 4, 'ZINC'), token('punctuation', '...', 4), token('word', 'meta-analysis', 8)],
      [token('symbol', '¹', 0), token('word', 'works.¹', 1), token('punctuation', '(', 8), token('word', 'p<0.05', 9)]
    ]
    for (const tokens of cases) expect(itemsFromTokens(tokens)).toEqual(plainItems(tokens))
    expect(itemsFromTokens(cases[0]).map((item) => item.text)).toEqual(['1,200'])
    expect(itemsFromTokens(cases[2])[0]).toMatchObject({text: 'Caf', start: 0, end: 2})
    expect(itemsFromTokens(cases[3])[0]).toMatchObject({text: 'Zinc', key: 'zinc'})
  })

  test('splitOnLines and splitAfterLetterLabels: the parts of every nlcst sentence, the tokens kept when whole', async () => {
    let sentences = 0
    let split = 0
    let whole = 0
    for (const {name, value} of documents) {
      for (const as of [name, name + '.txt']) {
        const parsed = await nlcstSentences(value, as)
        for (const node of parsed.sentences) {
          const tokens = tokensOf(node)
          const parts = splitOnLines(tokens, parsed.value)
          expect(parts).toEqual(plainSplitOnLines(tokens, parsed.value))
          sentences++
          if (parts.length > 1) split++
          // A sentence that is one part with nothing trimmed is its own tokens, not a copy.
          if (parts.length === 1 && parts[0].length === tokens.length) {
            expect(parts[0]).toBe(tokens)
            whole++
          }
          for (const part of parts) {
            // Nothing split after a letter label: the part itself.
            const labelled = splitAfterLetterLabels(part)
            if (labelled.length === 1) expect(labelled[0]).toBe(part)
          }
        }
      }
    }
    expect(sentences).toBeGreaterThan(1000)
    expect(split).toBeGreaterThan(100)
    expect(whole).toBeGreaterThan(100)
  })

  test('lowerCaseOf: the lower case of each document, asked for in turn', () => {
    const texts = ['Magnesium <B>Helps</B> İstanbul', 'Zinc <DIV>Shortens</DIV> Colds', documents[0].value]
    for (let round = 0; round < 3; round++)
      for (const text of texts) {
        expect(lowerCaseOf(text)).toBe(text.toLowerCase())
        // The same text again, made apart, gives the same answer.
        expect(lowerCaseOf(text.slice(0, 3) + text.slice(3))).toBe(text.toLowerCase())
      }
  })

  test('leadingCitationsEnd: the citations after every sentence, and markers made by hand', async () => {
    let cited = 0
    let ends = 0
    for (const model of await repositoryModels()) {
      const {sentences, value} = model
      for (let index = 0; index < sentences.length; index++) {
        const limit = index + 1 < sentences.length ? sentences[index + 1].end : value.length
        const end = leadingCitationsEnd(value, sentences[index].end, limit)
        expect(end, sentences[index].text).toBe(plainLeadingCitationsEnd(value, sentences[index].end, limit))
        if (end > sentences[index].end) cited++
        ends++
      }
    }
    expect(ends).toBeGreaterThan(1000)
    expect(cited).toBeGreaterThan(0)
    const texts = [
      'Zinc helps.[1][2, 3] Next.',
      'Zinc helps. [^4] Next.',
      'Zinc helps.¹²,³ Next.',
      'Zinc helps.^12 Next.',
      'Zinc helps. (4) Next.',
      'Zinc helps. (Smith et al., 2019). Next.',
      'Zinc helps.<sup>5</sup> Next.',
      'Zinc helps. Then [1] later.',
      'Zinc helps. ',
      'Zinc helps.['
    ]
    for (const text of texts)
      for (let limit = 11; limit <= text.length; limit++)
        expect(leadingCitationsEnd(text, 11, limit), `${text} ${limit}`).toBe(plainLeadingCitationsEnd(text, 11, limit))
    // Most of the texts made by hand open with a citation.
    expect(texts.filter((text) => leadingCitationsEnd(text, 11) > 11).length).toBe(6)
    expect(leadingCitationsEnd(texts[0], 11)).toBe(texts[0].indexOf(' Next'))
    expect(leadingCitationsEnd(texts[7], 11)).toBe(11)
  })
})
