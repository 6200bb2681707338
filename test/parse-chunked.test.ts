import fs from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {ParseEnglish} from 'parse-english'
import retextEnglish from 'retext-english'
import retextStringify from 'retext-stringify'
import retextSyntaxUrls from 'retext-syntax-urls'
import {unified} from 'unified'
import type {Node, Point} from 'unist'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import retextEvidence from '../src/index.js'
import {
  defaultWindow,
  findCuts,
  findJoinedCuts,
  parseChunked,
  retextEnglishChunked,
  type ChunkedOptions
} from '../src/processor/parse-chunked.js'

const corpusDir = path.resolve(import.meta.dirname, '..', '..', 'shared', 'corpus')
const hasCorpus = fs.existsSync(corpusDir)
const corpus = hasCorpus
  ? fs
      .readdirSync(corpusDir)
      .filter((name) => /\.(md|html|txt)$/.test(name))
      .sort()
      .map((name) => ({name, value: fs.readFileSync(path.join(corpusDir, name), 'utf8')}))
  : []
if (!hasCorpus) console.warn(`parse-chunked: ${corpusDir} is absent; the corpus tests are skipped`)

const whole = (value: string): Root => new ParseEnglish().parse(value)
const chunked = (value: string, options: ChunkedOptions = {}): Root => parseChunked(value, {threshold: 0, ...options})
const cutCount = (value: string, chunkSize: number): number =>
  findCuts(value, chunkSize, defaultWindow, () => new ParseEnglish()).length

/** Whether two trees are equal: types, values, positions (line, column, offset) and children.
 * Much faster than `toEqual` on trees of many thousand nodes; on a difference it names the
 * first node that differs. */
function expectSameTree(actual: Root, expected: Root): void {
  type N = {type: string; value?: string; position?: {start: Point; end: Point}; children?: N[]}
  const samePoint = (a: Point | undefined, b: Point | undefined) =>
    a?.line === b?.line && a?.column === b?.column && a?.offset === b?.offset
  const walk = (a: N, b: N, path: string): string | undefined => {
    if (a.type !== b.type || a.value !== b.value)
      return `${path}: ${a.type} ${JSON.stringify(a.value)} vs ${b.type} ${JSON.stringify(b.value)}`
    if (
      !a.position !== !b.position ||
      (a.position &&
        b.position &&
        (!samePoint(a.position.start, b.position.start) || !samePoint(a.position.end, b.position.end)))
    ) {
      return `${path} (${a.type}): position ${JSON.stringify(a.position)} vs ${JSON.stringify(b.position)}`
    }
    if (!a.children !== !b.children) return `${path}: children`
    if (a.children && b.children) {
      if (a.children.length !== b.children.length)
        return `${path} (${a.type}): ${a.children.length} children vs ${b.children.length}`
      for (let index = 0; index < a.children.length; index++) {
        const difference = walk(a.children[index], b.children[index], `${path}/${index}`)
        if (difference) return difference
      }
    }
    return undefined
  }
  expect(walk(actual as N, expected as N, 'root')).toBeUndefined()
}

/** Every position must match the offsets it claims: the text under a node is its `toString`, and
 * line and column follow from the offset. */
function expectConsistent(tree: Root, value: string): void {
  // Line starts as the tokenizer counts them: after `\r`, and after `\n` not after `\r`. In
  // `\r\n` the `\n` does not move the column, so it and the next character are both column 1.
  const lineStarts = [0]
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 13 || (code === 10 && value.charCodeAt(index - 1) !== 13)) lineStarts.push(index + 1)
  }
  const check = (point: Point): void => {
    const offset = point.offset!
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (lineStarts[middle] <= offset) low = middle
      else high = middle - 1
    }
    const start = lineStarts[low]
    const crlf = offset > start && value.charCodeAt(start) === 10 && value.charCodeAt(start - 1) === 13 ? 1 : 0
    const expected = {line: low + 1, column: offset - start + 1 - crlf}
    if (point.line !== expected.line || point.column !== expected.column) {
      expect({line: point.line, column: point.column}).toEqual(expected)
    }
  }
  const stack: Node[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.position) {
      check(node.position.start)
      check(node.position.end)
      const text = value.slice(node.position.start.offset, node.position.end.offset)
      if (text !== toString(node as Root)) expect(toString(node as Root)).toBe(text)
    }
    const children = (node as {children?: Node[]}).children
    if (children) stack.push(...children)
  }
}

describe('parseChunked', () => {
  it('parses text at or below the threshold whole', () => {
    const value = 'Vitamin D cures colds.\n\nIt does.'
    expectSameTree(parseChunked(value), whole(value))
    expectSameTree(parseChunked(''), whole(''))
  })

  describe.skipIf(!hasCorpus)('on every document of ../shared/corpus', () => {
    it.each(corpus.map((doc) => [doc.name, doc.value] as const))('%s: identical to a whole parse', (_name, value) => {
      const expected = whole(value)
      for (const chunkSize of [512, 4096]) {
        const tree = chunked(value, {chunkSize})
        expectSameTree(tree, expected)
        expect(toString(tree)).toBe(value)
      }
      // The documents really are cut.
      expect(cutCount(value, 512)).toBeGreaterThan(0)
    })

    it.each(corpus.map((doc) => [doc.name, doc.value] as const))('%s: no blank lines, CRLF, CR', (_name, value) => {
      const single = value.replace(/\n[ \t]*(?:\n[ \t]*)+/g, '\n')
      for (const variant of [
        single,
        single.replace(/\n/g, '\r\n'),
        value.replace(/\n/g, '\r\n'),
        value.replace(/\n/g, '\r')
      ]) {
        expectSameTree(chunked(variant, {chunkSize: 512}), whole(variant))
      }
    })

    it('gives the same findings of the preset on every corpus document', async () => {
      let total = 0
      for (const {name, value} of corpus) {
        const plain = await unified()
          .use(retextEnglish)
          .use(retextEvidence)
          .use(retextStringify)
          .process(new VFile({path: name + '.txt', value}))
        const pieces = await unified()
          .use(retextEnglishChunked, {threshold: 0, chunkSize: 512})
          .use(retextEvidence)
          .use(retextStringify)
          .process(new VFile({path: name + '.txt', value}))
        const summary = (file: VFile) =>
          file.messages.map((message) => [
            message.ruleId,
            message.reason,
            message.place,
            message.actual,
            message.expected
          ])
        expect(summary(pieces), name).toEqual(summary(plain))
        total += plain.messages.length
      }
      expect(total).toBeGreaterThan(0)
    })
  })

  describe('generated edge cases', () => {
    const lines = [
      'Vitamin D cures colds.',
      'Dr. Smith said it works.',
      'Dr.',
      'Smith disagreed, e.g.',
      'some people never recover.',
      'in lower case, this line continues the sentence before it.',
      '42 people took part.',
      '“It works,” she said.',
      '(Smith, 2018).',
      ')',
      '... !!! ???',
      '-- * --',
      'Fish oil (1.5 g/day) lowers triglycerides by 30%.',
      "It's the dog's bone; 'twas said.",
      'See https://example.com/a.b?c=d for more.',
      'U.S. adults, et al.',
      '    Indented with spaces.',
      '\tIndented with a tab.',
      'Emoji 😀 and NBSP\u00A0here.',
      'No full stop at the end',
      'Is it true?',
      'It is!',
      'An ellipsis…',
      '“Quoted.”',
      'A line with trailing spaces.   '
    ]

    const build = (seed: number, count: number, separators: string[]): string => {
      let state = seed
      const next = (n: number) => {
        state = (state * 1103515245 + 12345) & 0x7fffffff
        return state % n
      }
      let value = ''
      for (let index = 0; index < count; index++) {
        value += lines[next(lines.length)] + separators[next(separators.length)]
      }
      return value
    }

    it('no blank lines: cut at line breaks, identical to a whole parse', () => {
      const value = build(1, 6000, ['\n', '\n', ' ', '\n  '])
      expect(value.length).toBeGreaterThan(100_000)
      expect(/\n[ \t]*\n/.test(value)).toBe(false)
      expect(cutCount(value, 4096)).toBeGreaterThan(10)
      expectSameTree(chunked(value, {chunkSize: 4096}), whole(value))
      const part = value.slice(0, value.indexOf('\n', 20_000) + 1)
      expectSameTree(chunked(part, {chunkSize: 200}), whole(part))
    })

    it('CRLF and CR line endings', () => {
      for (const separators of [['\r\n'], ['\r\n', '\r\n\r\n', ' '], ['\r'], ['\r', '\r\r']]) {
        const value = build(7, 3000, separators)
        expect(cutCount(value, 2048)).toBeGreaterThan(5)
        const tree = chunked(value, {chunkSize: 2048})
        expectSameTree(tree, whole(value))
        expectConsistent(tree, value)
      }
    })

    it('blank lines and mixed white space', () => {
      const value = build(3, 6000, ['\n\n', '\n', '\n \n', '\n\n\n', ' \n\t\n ', '\u00A0\n\n', '\n\u00A0\n'])
      const tree = chunked(value, {chunkSize: 1024})
      expectSameTree(tree, whole(value))
      expectConsistent(tree, value)
    })

    it('leading and trailing white space', () => {
      const body = build(5, 4000, ['\n', '\n\n'])
      for (const value of ['\n\n  ' + body, body + '\n\n\n', '  ' + body + '  ']) {
        expectSameTree(chunked(value, {chunkSize: 1024}), whole(value))
      }
    })

    it('above the default threshold, with default options', () => {
      const value = build(11, 12000, ['\n', '\n\n', ' '])
      expect(value.length).toBeGreaterThan(64 * 1024)
      expectSameTree(parseChunked(value), whole(value))
    })

    it('random documents: identical to a whole parse (fast-check)', () => {
      const piece = fc.constantFrom(
        ...lines,
        'a',
        'A.',
        'i.e.',
        'No.',
        '1.',
        '"',
        "'",
        ')',
        '.',
        '!',
        '?',
        '…',
        'x'.repeat(40),
        '- '.repeat(40),
        '|---|---|'.repeat(12),
        '* * *',
        '=',
        '?!'
      )
      const separator = fc.constantFrom('\n', '\n\n', ' ', '\r\n', '\r', '\n \n', '\t', '\n\t', '  \n')
      const doc = fc
        .array(fc.tuple(piece, separator), {minLength: 1, maxLength: 120})
        .map((parts) => parts.map(([a, b]) => a + b).join(''))
      fc.assert(
        fc.property(
          doc,
          fc.integer({min: 1, max: 300}),
          fc.constantFrom(8, 32, 64, defaultWindow, 1024),
          fc.boolean(),
          (value, chunkSize, window, lead) => {
            const text = lead ? ' ' + value : value
            const tree = chunked(text, {chunkSize, window})
            expectSameTree(tree, whole(text))
            expect(toString(tree)).toBe(text)
          }
        ),
        {numRuns: 1000, seed: 42}
      )
    })

    it('a 1 MB single line: cut inside the paragraph (issue 14), positions consistent with offsets', () => {
      const sentence = 'Green tea burns fat and 40% of users lost weight (Smith, 2020). '
      const value = sentence.repeat(Math.ceil((1024 * 1024) / sentence.length))
      expect(value.length).toBeGreaterThanOrEqual(1024 * 1024)
      const cuts = findJoinedCuts(value, 16 * 1024, defaultWindow, () => new ParseEnglish())
      // One cut about every 16 KiB, each between two sentences of the one paragraph.
      expect(cuts.length).toBe(Math.floor(value.length / (16 * 1024)) - 1)
      expect(new Set(cuts.map((cut) => cut.join))).toEqual(new Set([1]))
      for (const cut of cuts) expect(value.slice(cut.at - 2, cut.at + 5)).toBe('. Green')
      const tree = parseChunked(value)
      expect(toString(tree)).toBe(value)
      // One paragraph (and the space that ends the text).
      expect(tree.children.map((node) => node.type)).toEqual(['ParagraphNode', 'WhiteSpaceNode'])
      expectConsistent(tree, value)
      // The same as a whole parse (checked on a prefix: a whole parse of 1 MB takes minutes).
      const start = value.slice(0, 160 * 1024)
      expectSameTree(parseChunked(start, {threshold: 0}), whole(start))
      // The same text with line breaks is cut, and gives the same words at the same offsets.
      const broken = value.replace(/\. /g, '.\n')
      const pieces = parseChunked(broken)
      expect(toString(pieces)).toBe(broken)
      expectConsistent(pieces, broken)
      const prefix = broken.slice(0, broken.indexOf('\n', 200_000) + 1)
      expectSameTree(parseChunked(prefix, {threshold: 0}), whole(prefix))
    })
  })

  describe('inside a paragraph or a sentence (issue 14)', () => {
    const cases: Array<[string, string]> = [
      ['numbers without a sentence end', '1,1.5% of 2 in 3 '.repeat(3000)],
      ['a sentence without a full stop', 'Zinc and magnesium (Smith et al. 2020) with 45% of adults and '.repeat(800)],
      ['lines that do not end sentences', 'Magnesium may help\nsome adults sleep and\n'.repeat(1500)],
      ['`et al. (`', 'et al. ('.repeat(6000)]
    ]
    it.each(cases)('%s: cut, joined, identical to a whole parse', (_name, value) => {
      const cuts = findJoinedCuts(value, 4096, defaultWindow, () => new ParseEnglish())
      expect(cuts.length).toBeGreaterThan(3)
      for (const cut of cuts) expect(/\s/.test(value.charAt(cut.at - 1)) && !/\s/.test(value.charAt(cut.at))).toBe(true)
      const tree = chunked(value, {chunkSize: 4096})
      expectSameTree(tree, whole(value))
      expect(toString(tree)).toBe(value)
    })

    it('gives the preset the same findings at the same places on a run of statistics', async () => {
      const value =
        'Magnesium cures anxiety and ' +
        'in one trial 45% of 2 in 3 adults slept better and '.repeat(1500) +
        'zinc cures colds.'
      const run = async (plugin: typeof retextEnglish | typeof retextEnglishChunked, options?: ChunkedOptions) => {
        const file = await unified()
          .use(plugin, options)
          .use(retextEvidence)
          .use(retextStringify)
          .process(new VFile({value}))
        return file.messages.map((message) => [
          message.ruleId,
          message.place && 'start' in message.place ? message.place.start.offset : undefined,
          message.reason
        ])
      }
      const expected = await run(retextEnglish)
      // One sentence: its claim, flagged on its verb, and its first statistic.
      expect(expected.map(([ruleId, offset]) => [ruleId, offset])).toEqual([
        ['unhedged-claim', 10],
        ['unsourced-statistic', value.indexOf('45%')]
      ])
      expect(await run(retextEnglishChunked, {threshold: 0, chunkSize: 2048})).toEqual(expected)
    })
  })

  describe('retextEnglishChunked', () => {
    it('is a drop-in for retext-english, with parser extensions', () => {
      const small = 'Read https://example.com/x.y today.\nDr. Lee agrees.\n\nIt works.'
      const big = (small + '\n').repeat(1500)
      for (const value of [small, big]) {
        const expected = unified().use(retextEnglish).use(retextSyntaxUrls).parse(value)
        const actual = unified().use(retextEnglishChunked).use(retextSyntaxUrls).parse(value)
        expectSameTree(actual, expected)
      }
      const withOptions = unified()
        .use(retextEnglishChunked, {threshold: 0, chunkSize: 1024})
        .use(retextSyntaxUrls)
        .parse(big)
      expectSameTree(withOptions, unified().use(retextEnglish).use(retextSyntaxUrls).parse(big))
    })
  })
})
