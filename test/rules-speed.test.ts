/**
 * The rules' quick tests for speed (issue 14, item 3) skip only work that would find nothing:
 * each is compared here with the code it stands in front of, on every sentence of the
 * repository's Markdown (through the package's processor, as Markdown and as plain text) and on
 * sentences written to hold each thing the skipped code looks for.
 */
import type {Root} from 'nlcst'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {repositoryDocuments} from './helpers.js'
import {createProcessor} from '../src/processor.js'
import {getModel, type DocumentModel} from '../src/model/index.js'
import {
  itemsFromTokens,
  mayName,
  readAttributions,
  readAttributionsUnskipped,
  tokensMayName
} from '../src/readers/attributions.js'
import {findStatistics, findStatisticsUnskipped, mayState} from '../src/readers/statistics.js'
import {opensNavigation} from '../src/model/sentences.js'
import {navigationHeadings} from '../src/data/model-words.js'
import {IntervalSet} from '../src/model/intervals.js'

const documents = repositoryDocuments()

/** Sentences that hold one component of an attribution each (and one with none). */
const attributed = [
  'Smith et al. found that zinc shortens colds.',
  'Smith and colleagues found that zinc shortens colds.',
  "Smith's team showed that zinc shortens colds.",
  'Professor Carr said that vitamin C helps.',
  'Researchers at the University of Otago found that kiwifruit helps.',
  'A study from Harvard Medical School showed a benefit.',
  'A randomised controlled trial showed that melatonin works.',
  'The effect was seen in mice.',
  'The effect was only seen in vitro.',
  'It was published in The Lancet last spring.',
  'It was published in the journal Sleep Medicine Reviews.',
  'Twelve studies reviewed the question.',
  'A 2019 study found that magnesium helps.',
  'Magnesium helps sleep (Smith, 2019).',
  'Magnesium helps sleep [3].'
]

/** Sentences that hold one way each of stating a statistic (and one with none). */
const statistics = [
  'The effect was significant (p < 0.05) in adults.',
  'The effect was significant (p=0.03) in adults.',
  'The P-value of 0.04 was reported.',
  'The OR 1.4 was reported for smokers.',
  'The odds ratio of 2.1 was reported for smokers.',
  'The correlation was strong, r = 0.45, in adults.',
  'The trial enrolled n = 40 adults.',
  'Smokers are twice as likely to fall ill.',
  'The risk rose threefold in smokers.',
  'The risk doubled in smokers.',
  'It can double the risk of a fall.',
  'One-third of adults are deficient.',
  'About one-in-five adults are deficient.',
  'Nearly half of adults are deficient.',
  'Millions of Americans are deficient.',
  'Tens of thousands of people are deficient.',
  'A third of patients are deficient.',
  'Two thirds of patients are deficient.',
  'Twelve percent of patients are deficient.',
  'Twelve patients were deficient.',
  'About 48% of adults are deficient.',
  'Smokers fall ill 3x more often.'
]

/** The model of a document through the package's processor. */
async function modelOf(value: string, name: string): Promise<DocumentModel> {
  const processor = createProcessor(null, {})
  const file = new VFile({path: name, value})
  const tree = (await processor.run(processor.parse(file), file)) as Root
  return getModel(tree, file)
}

describe('quick tests give the answers of the code they stand in front of', () => {
  test('readAttributions: the attributions of every sentence, as read without the quick test', async () => {
    let sentences = 0
    let skipped = 0
    let found = 0
    const inputs = [...documents, {name: 'attributed.md', value: attributed.join('\n\n')}]
    for (const {name, value} of inputs) {
      for (const as of [name, name + '.txt']) {
        const model = await modelOf(value, as)
        for (const sentence of model.sentences) {
          // A citation after the sentence counts too: read a little past its end.
          const end = Math.min(model.value.length, sentence.end + 20)
          const expected = readAttributionsUnskipped(sentence.tokens, model.value, end)
          expect(readAttributions(sentence.tokens, model.value, end), `${as}: ${sentence.text}`).toEqual(expected)
          sentences++
          const may = mayName(itemsFromTokens(sentence.tokens))
          expect(tokensMayName(sentence.tokens), `${as}: ${sentence.text}`).toBe(may)
          if (!may) skipped++
          if (expected.length > 0) found++
        }
      }
    }
    // The test reads enough sentences of both kinds to mean something.
    expect(sentences).toBeGreaterThan(1000)
    expect(skipped).toBeGreaterThan(100)
    expect(found).toBeGreaterThan(50)
  })

  test('readAttributions: each component alone is read, and a sentence with none is skipped', async () => {
    const model = await modelOf(attributed.join('\n\n') + '\n\nZinc helps many of us relax.', 'a.md')
    expect(model.sentences.map((s) => s.text)).toEqual([...attributed, 'Zinc helps many of us relax.'])
    for (const sentence of model.sentences.slice(0, attributed.length)) {
      const read = readAttributions(sentence.tokens, model.value, sentence.end)
      expect(read.length, sentence.text).toBeGreaterThan(0)
      expect(read[0].start).toBeGreaterThanOrEqual(sentence.start)
      expect(read[0].end).toBeLessThanOrEqual(sentence.end)
    }
    // Words that start a phrase of the tables (`a`, `in`, `can`) or a study noun without a
    // count are not enough.
    const near = await modelOf('A cup in the morning can help.\n\nThe research was done.', 'b.md')
    for (const sentence of near.sentences) {
      expect(tokensMayName(sentence.tokens), sentence.text).toBe(false)
      expect(readAttributionsUnskipped(sentence.tokens, near.value, sentence.end)).toEqual([])
    }
    // Tokens whose lower case is not their text's (made by hand): read from their text, as the
    // items are.
    const odd = model.sentences[0].tokens.map((token) => ({...token, lower: token.lower.toUpperCase()}))
    expect(tokensMayName(odd)).toBe(mayName(itemsFromTokens(odd)))
    expect(tokensMayName(odd)).toBe(true)
    const plain = model.sentences[attributed.length]
    expect(mayName(itemsFromTokens(plain.tokens))).toBe(false)
    expect(readAttributions(plain.tokens, model.value, plain.end)).toEqual([])
    // The citations after the last sentence are none, so it is skipped as a whole.
    expect(readAttributionsUnskipped(plain.tokens, model.value, plain.end)).toEqual([])
  })

  test('findStatistics: the statistics of every sentence, as found without the quick test', async () => {
    let sentences = 0
    let skipped = 0
    let found = 0
    const options = [undefined, {countNouns: ['hospitals'], doseUnits: ['puffs'], durationUnits: ['fortnights']}]
    const inputs = [...documents, {name: 'statistics.md', value: statistics.join('\n\n')}]
    for (const {name, value} of inputs) {
      for (const as of [name, name + '.txt']) {
        const model = await modelOf(value, as)
        for (const sentence of model.sentences) {
          for (const option of options) {
            const expected = findStatisticsUnskipped(sentence.tokens, option)
            expect(findStatistics(sentence.tokens, option), `${as}: ${sentence.text}`).toEqual(expected)
            if (expected.length > 0) found++
          }
          sentences++
          if (!mayState(sentence.tokens)) skipped++
        }
      }
    }
    expect(sentences).toBeGreaterThan(1000)
    expect(skipped).toBeGreaterThan(100)
    expect(found).toBeGreaterThan(100)
  })

  test('findStatistics: each way of stating a statistic is found, and a sentence with none is skipped', async () => {
    const model = await modelOf(statistics.join('\n\n') + '\n\nZinc helps many of us relax.', 'a.md')
    expect(model.sentences.map((s) => s.text)).toEqual([...statistics, 'Zinc helps many of us relax.'])
    for (const sentence of model.sentences.slice(0, statistics.length)) {
      const found = findStatistics(sentence.tokens)
      expect(found.length, sentence.text).toBeGreaterThan(0)
      expect(found[0].start).toBeGreaterThanOrEqual(sentence.start)
      expect(found[0].end).toBeLessThanOrEqual(sentence.end)
    }
    const plain = model.sentences[statistics.length]
    expect(mayState(plain.tokens)).toBe(false)
    expect(findStatisticsUnskipped(plain.tokens)).toEqual([])
    // The names every object inherits (`constructor`, `valueOf`) are no words of number: the
    // readers read own entries only, and the quick test skips such sentences.
    const odd = await modelOf('The constructor of the house. A valueOf word. The hasownproperty of it.', 'b.md')
    for (const sentence of odd.sentences) {
      expect(findStatistics(sentence.tokens), sentence.text).toEqual([])
      expect(findStatisticsUnskipped(sentence.tokens), sentence.text).toEqual([])
    }
    expect(mayState(odd.sentences[0].tokens)).toBe(false)
  })

  test('opensNavigation: the answers of the heading-by-heading reading, on every sentence and on odd text', async () => {
    const slow = (text: string): boolean => {
      const bare = text.replace(/^[\s#*_]+/, '')
      for (const heading of navigationHeadings) {
        if (bare.length < heading.length || bare.slice(0, heading.length).toLowerCase() !== heading) continue
        if (!/^\w/.test(bare.slice(heading.length, heading.length + 1))) return true
      }
      return false
    }
    const texts = [
      'Related',
      'Related:',
      'Relatedly, zinc helps.',
      '## READ NEXT',
      '**You may also like**',
      'You may also liked',
      'Table of contents',
      'Contents',
      'Contentsx',
      'İRelated stories',
      'Related stórïes',
      'Rélated stories',
      'Keep reading →',
      '   ',
      ''
    ]
    for (const {name, value} of documents)
      for (const sentence of (await modelOf(value, name)).sentences) texts.push(sentence.text)
    let opens = 0
    for (const text of texts) {
      expect(opensNavigation(text), text).toBe(slow(text))
      if (slow(text)) opens++
    }
    expect(opens).toBeGreaterThan(5)
  })

  test('IntervalSet.mayHold: false only where `at` finds nothing at every offset of the range', () => {
    // A small deterministic generator: the same intervals on every run.
    let seed = 7
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    let skipped = 0
    let held = 0
    for (let round = 0; round < 200; round++) {
      const items = Array.from({length: next(12)}, () => {
        const start = next(200)
        return {start, end: start + 1 + next(round % 2 === 0 ? 8 : 60), data: null}
      })
      const set = new IntervalSet(items)
      for (let query = 0; query < 20; query++) {
        const start = next(220)
        const end = start + next(30)
        let found = false
        for (let offset = start; offset < end; offset++) if (set.at(offset)) found = true
        if (set.mayHold(start, end)) held++
        else {
          skipped++
          expect(found, `${JSON.stringify(items)} [${start}, ${end})`).toBe(false)
        }
        // Where `at` finds an interval, the range may hold one.
        if (found) expect(set.mayHold(start, end)).toBe(true)
      }
    }
    expect(skipped).toBeGreaterThan(100)
    expect(held).toBeGreaterThan(100)
  })
})
