/**
 * Hostile inputs (issue 9) through the preset (plain retext-english), the processor (Markdown,
 * HTML, text) and `lint()`: each finishes without a crash and its messages point at the right
 * text. The inputs are those of `bench/hostile.mjs` (which checks that their cost grows
 * linearly, at full size) at a reduced size; a few cases at the sizes that used to overflow the
 * stack or take minutes come after.
 */
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {describe, expect, it} from 'vitest'
import retextEvidence, {getModel} from '../src/index.js'
import {createProcessor} from '../src/processor.js'
import {lint, type LintMessage} from '../src/lint.js'
import {parseMarkdown, markdownToNlcst} from '../src/processor/markdown.js'
import {parseHtml} from '../src/processor/html.js'
import {englishParser} from '../src/processor/english.js'
import {mergeDataEvents} from '../src/processor/micromark-patch.js'
import {flattenHugeInline, splitLongTexts} from '../src/processor/huge.js'
import {toNlcst as hastToNlcst} from 'hast-util-to-nlcst'
// @ts-expect-error: a plain ES module without types, shared with the benchmark.
import {inputs, frame, probeBefore, probeAfter} from '../bench/hostile-inputs.mjs'

interface Input {
  what: string
  make: (scale: number) => string
}

/** A message reduced to what the checks read. */
interface Placed {
  ruleId: string | null | undefined
  actual: string | null | undefined
  start: {line: number; column: number; offset: number} | undefined
  end: {line: number; column: number; offset: number} | undefined
}

/** Each message as rule, offsets and start: what the many-clause cases below check. */
function placedClaims(messages: LintMessage[]): unknown[] {
  return messages.map((message) => [message.ruleId, message.offset, message.endOffset, message.line, message.column])
}

/** The findings of a framed many-clause input: the two probes' claims around the one claim `middle` (its
 * offset, end offset, line and column). */
function withProbes(value: string, middle: [number, number, number, number]): unknown[] {
  return [
    ['unhedged-claim', value.indexOf('cures'), value.indexOf('cures') + 5, 1, 11],
    ['unhedged-claim', ...middle],
    ['unhedged-claim', value.lastIndexOf('cures'), value.lastIndexOf('cures') + 5, 7, 6]
  ]
}

const MB = 1024 * 1024

/** Reduced sizes: together the cases below stay well under a minute on a busy machine. */
const scales: Record<string, number> = {
  digits: 1 / 32,
  percent: 1 / 32,
  parens: 1 / 32,
  citations: 1 / 64,
  word: 1 / 32,
  list: 1 / 100,
  nested: 1,
  references: 1 / 40,
  tags: 1 / 64,
  etAl: 1 / 64,
  footnotes: 1 / 100,
  numberedLines: 1 / 4,
  numberRuns: 1 / 32,
  stars: 1 / 32,
  underscores: 1 / 32,
  backticks: 1 / 32,
  angles: 1 / 32,
  ampersands: 1 / 32,
  table: 1 / 32,
  quotes: 1 / 16,
  lists: 1 / 16,
  paragraphAfterLink: 1 / 32,
  hedgedClauses: 1 / 64,
  anaphorClauses: 1 / 16,
  negatedClauses: 1 / 16
}

/** Inputs whose second probe ends up in a reference section (so it is not flagged there). */
const probeAfterInReferences = new Set(['references', 'footnotes'])

/** Inputs that open a code fence that is never closed (a run of three or more backticks): in
 * Markdown, and in text read as Markdown-like, the rest of the document is code, so the second
 * probe is not flagged (except in HTML, where backticks are text). */
const probeAfterInCode = new Set(['backticks'])

type Pipeline = (value: string) => Promise<Placed[]>

const pipelines: Record<string, Pipeline> = {
  async preset(value) {
    const file = await unified()
      .use(retextEnglish)
      .use(retextEvidence)
      .use(function () {
        ;(this as unknown as {compiler: () => string}).compiler = () => ''
      })
      .process(new VFile({value}))
    return file.messages.map((message) => ({
      ruleId: message.ruleId,
      actual: message.actual,
      start: point(message.place, 'start'),
      end: point(message.place, 'end')
    }))
  },
  md: (value) => viaProcessor('md', value),
  html: (value) => viaProcessor('html', value),
  txt: (value) => viaProcessor('txt', value),
  async lint(value) {
    const result = await lint({content: value, format: 'markdown'}, {config: false, maxSize: 16 * MB, maxLintMs: false})
    return result.messages.map((message) => ({
      ruleId: message.ruleId,
      actual: message.actual,
      start:
        message.offset === null ? undefined : {line: message.line!, column: message.column!, offset: message.offset},
      end:
        message.endOffset === null
          ? undefined
          : {line: message.endLine!, column: message.endColumn!, offset: message.endOffset}
    }))
  }
}

async function viaProcessor(extension: string, value: string): Promise<Placed[]> {
  // No time budget: these check findings and places, which a loaded machine must not turn into
  // a too-complex message (the budget has tests of its own).
  const file = await createProcessor(null, {maxSize: 16 * MB, maxLintMs: false}).process(
    new VFile({path: 'hostile.' + extension, value})
  )
  const problem = file.messages.find((message) => message.source === 'evidence-lint')
  if (problem) throw new Error('not linted: ' + problem.reason)
  return file.messages.map((message) => ({
    ruleId: message.ruleId,
    actual: message.actual,
    start: point(message.place, 'start'),
    end: point(message.place, 'end')
  }))
}

function point(place: unknown, which: 'start' | 'end'): Placed['start'] {
  if (!place || typeof place !== 'object') return undefined
  const value = (
    which in place ? (place as Record<string, unknown>)[which] : which === 'start' ? place : undefined
  ) as Placed['start']
  return value && typeof value.offset === 'number' ? value : undefined
}

/** Every message has a place inside the document whose line and column agree with its offset,
 * and the probes are flagged on their verbs. */
function checkPlaces(value: string, messages: Placed[], name: string, probeAfterFlagged: boolean): void {
  const place = location(value)
  for (const message of messages) {
    expect(message.ruleId, 'a message without a rule id').toBeTruthy()
    const {start, end} = message
    expect(start && end, `${message.ruleId} has no place`).toBeTruthy()
    if (!start || !end) continue
    expect(start.offset, `${message.ruleId}: start <= end`).toBeLessThanOrEqual(end.offset)
    expect(end.offset).toBeLessThanOrEqual(value.length)
    expect(place.toPoint(start.offset), `${message.ruleId} start line/column`).toEqual(start)
    expect(place.toPoint(end.offset), `${message.ruleId} end line/column`).toEqual(end)
  }
  const claims = messages.filter((message) => message.ruleId === 'unhedged-claim')
  const at = (offset: number) => claims.find((message) => message.start?.offset === offset)
  const before = value.indexOf('cures')
  expect(at(before), `${name}: "${probeBefore}" flagged at offset ${before}`).toMatchObject({
    actual: 'cures',
    end: {offset: before + 'cures'.length}
  })
  if (probeAfterFlagged) {
    const after = value.lastIndexOf('cures')
    expect(at(after), `${name}: "${probeAfter}" flagged at offset ${after}`).toMatchObject({
      actual: 'cures',
      end: {offset: after + 'cures'.length}
    })
  }
}

describe('hostile inputs at a reduced size', () => {
  for (const [name, input] of Object.entries(inputs as Record<string, Input>)) {
    const value = frame(input.make(scales[name]))
    for (const [pipeline, run] of Object.entries(pipelines)) {
      it(`${input.what} (${(value.length / 1024).toFixed(0)} KiB) through ${pipeline}`, async () => {
        const messages = await run(value)
        const inCode = probeAfterInCode.has(name) && pipeline !== 'html'
        checkPlaces(value, messages, name, !probeAfterInReferences.has(name) && !inCode)
        // Nothing is flagged inside an unclosed fence.
        if (inCode) expect(messages.filter((message) => (message.start?.offset ?? 0) > value.indexOf('`'))).toEqual([])
      })
    }
  }
  it('covers every input of the benchmark', () => {
    expect(Object.keys(scales).sort()).toEqual(Object.keys(inputs).sort())
  })
})

describe('huge nodes (they overflowed the stack of the converters)', () => {
  // More than 130,000 tokens in one node: a text node, an inline container, a list.
  const words = 'a '.repeat(70_000)
  const cases: Array<[string, string, string]> = [
    ['a paragraph of 140,000 tokens', 'md', probeBefore + '\n\n' + words + '\n'],
    ['the same inside **strong**', 'md', probeBefore + '\n\n**' + words + '**\n'],
    ['a list of 13,000 items of 10 tokens', 'md', probeBefore + '\n\n' + '- a b c d e\n'.repeat(13_000)],
    ['a paragraph of 140,000 tokens', 'html', '<p>' + probeBefore + '</p><p>' + words + '</p>'],
    ['the same inside <b>', 'html', '<p>' + probeBefore + '</p><p><b>' + words + '</b></p>']
  ]
  for (const [what, extension, value] of cases) {
    it(`${what} (.${extension})`, async () => {
      const messages = await viaProcessor(extension, value)
      checkPlaces(value, messages, what, false)
    })
  }

  it('a sentence of 140,000 tokens: linted as text (cut inside it); one fatal message in Markdown and HTML, not an exception', async () => {
    const value = probeBefore + ' ' + words
    // Text: parsed in pieces cut inside the sentence (issue 14), the claim at its place.
    expect((await viaProcessor('txt', value)).map((message) => [message.ruleId, message.start, message.end])).toEqual([
      ['unhedged-claim', {line: 1, column: 11, offset: 10}, {line: 1, column: 16, offset: 15}]
    ])
    const result = await lint({content: value, format: 'text'}, {config: false})
    expect(result.messages.map((message) => [message.ruleId, message.severity, message.offset])).toEqual([
      ['unhedged-claim', 'warning', 10]
    ])
    // Markdown and HTML: the converters still overflow the stack on a node that size.
    for (const extension of ['md', 'html']) {
      const file = await createProcessor(null, {maxSize: 16 * MB, maxLintMs: false}).process(
        new VFile({path: 'long.' + extension, value})
      )
      expect(file.messages.map((message) => [message.ruleId, message.source, message.fatal])).toEqual([
        ['too-complex', 'evidence-lint', true]
      ])
      expect(file.messages[0].reason).toMatch(
        /^Cannot lint `long\.\w+`: it holds a sentence or word too long for the English parser/
      )
    }
  })

  it('Markdown converted in small runs, containers opened and long texts cut, gives the tree of a whole conversion', () => {
    const long =
      'Magnesium *may help **some** adults* sleep, e.g. [with a review](https://example.com) and `code` here[^1] for them. '.repeat(
        40
      )
    const documents = [
      `# Title\n\n${long}\n\n- Item one ${long}\n- Item two.\n  - Nested *a* ${long}\n  - Nested b.\n\n> Quote ${long}\n>\n> Second.\n\n1. One.\n\n2. Two ${long}\n\n[^1]: Smith et al. ${long}\n\n    More.\n\n| a | b |\n|---|---|\n| ${long} | x |\n\nEnd.\n`,
      '- X.\n'.repeat(2000) + '\nTail *para ' + 'word '.repeat(2000) + '* end.\n',
      'Start. **' + 'Bold words here. '.repeat(1000) + '** Done.\n\n> ' + 'Quoted text goes on. '.repeat(1000) + '\n',
      // Thousands of empty items (empty paragraphs for the English parser), in runs of at most 512 blocks.
      'Zinc cures colds.\n\n' + '1.\n'.repeat(3000) + '\nMagnesium cures anxiety.\n\n' + '- x\n'.repeat(1500)
    ]
    for (const value of documents) {
      const file = new VFile({path: 'a.md', value})
      const tree = parseMarkdown(file)
      const whole = JSON.stringify(markdownToNlcst(tree, file, () => englishParser(), false, Infinity, Infinity))
      for (const runSize of [100, 1000, 5000]) {
        expect(
          JSON.stringify(markdownToNlcst(tree, file, () => englishParser(), false, 0, runSize)),
          `run size ${runSize}`
        ).toBe(whole)
      }
    }
  })

  it('HTML with long texts cut and huge inline elements opened gives the tree of a whole conversion', () => {
    const value =
      '<p>Start. <b>' +
      'Bold &amp; words here. '.repeat(300) +
      '</b> Done.</p><div>' +
      'Text in a div &lt; goes on. '.repeat(300) +
      '<span>Span <i>' +
      'x y. '.repeat(300) +
      '</i> <img src="a.png"> and <br> more.</span><span> <img src="b.png"> </span></div>'
    const file = new VFile({path: 'a.html', value})
    const tree = parseHtml(file)
    const whole = JSON.stringify(hastToNlcst(tree, file, englishParser()))
    const parser = englishParser()
    for (const size of [20, 100, 1000]) {
      const cut = flattenHugeInline(
        splitLongTexts(tree, location(value), (piece) => parser.tokenize(piece), size),
        size
      )
      expect(cut, 'something was cut or opened').not.toBe(tree)
      expect(JSON.stringify(hastToNlcst(cut, file, englishParser())), `size ${size}`).toBe(whole)
    }
  })
})

describe('one sentence of many hedged clauses (issue 14l)', () => {
  // `Magnesium reduces stress, which may help, ` 500 times, then `and sleep.`: every `reduces` is
  // unhedged (its own clause has no modal), every `help` is hedged by the `may` before it. The
  // rule reports the sentence's unhedged effects of one agent as one claim, from the first
  // `reduces` to the last.
  const clause = 'Magnesium reduces stress, which may help, '
  const count = 500
  const value = frame(clause.repeat(count) + 'and sleep.')
  const first = value.indexOf('reduces')
  const last = value.lastIndexOf('reduces')

  it.each(['markdown', 'html', 'text'] as const)(
    'through lint() as %s: the probes and one claim, placed',
    async (format) => {
      const result = await lint({content: value, format}, {config: false, maxLintMs: false})
      expect(placedClaims(result.messages)).toEqual(withProbes(value, [first, last + 'reduces'.length, 5, 11]))
      const claim = result.messages[1]
      expect(claim.actual).toBe(value.slice(first, last + 'reduces'.length))
      expect(claim.actual!.split('reduces').length - 1).toBe(count)
    }
  )
})

describe('one sentence of many hedges: each effect keeps a sample of its hedges (issue 14m)', () => {
  /** Each effect phrase of `text`'s model: how many effects, how many hedged, the most hedges one holds. */
  const byPhrase = (text: string): Record<string, number[]> => {
    const model = getModel(unified().use(retextEnglish).parse(text), new VFile(text))
    const out: Record<string, number[]> = {}
    for (const sentence of model.sentences) {
      const hedgeIds = new Set(sentence.hedges)
      for (const effect of sentence.effects) {
        const row = (out[effect.phrase] ??= [0, 0, 0])
        row[0]++
        if (effect.hedges.length > 0) row[1]++
        row[2] = Math.max(row[2], effect.hedges.length)
        // Every hedge an effect holds is one of its sentence's.
        expect(effect.hedges.every((h) => hedgeIds.has(h))).toBe(true)
      }
    }
    return out
  }
  // 300 clauses, then `and sleep.`: hedged and unhedged effects as the whole lists gave them (the
  // code before the sample: counts checked on it), each list at most 256 long.
  const cases: Array<[string, string, Record<string, number[]>]> = [
    [
      'a relative clause with a modal',
      'Magnesium reduces stress, which may help, ',
      {
        reduce: [300, 0, 0],
        help: [300, 300, 64]
      }
    ],
    [
      'and a participle that inherits it',
      'Magnesium reduces stress, which may help, reducing anxiety, ',
      {
        reduce: [600, 300, 64],
        help: [300, 300, 64]
      }
    ],
    [
      'a relative aside',
      'Magnesium, which may help, reduces stress and improves sleep, ',
      {
        help: [300, 300, 64],
        reduce: [1, 0, 0],
        improve: [300, 0, 0]
      }
    ],
    [
      'adverbs that govern their clause',
      'Magnesium possibly reduces stress, and zinc probably helps, ',
      {
        reduce: [300, 300, 64],
        help: [300, 300, 64]
      }
    ],
    [
      'three hedges a clause and inherited effects',
      'Magnesium reduces stress, which may possibly perhaps help, reducing pain and improving sleep, ',
      {reduce: [600, 600, 128], help: [300, 300, 65], improve: [300, 300, 192]}
    ]
  ]
  it.each(cases)('%s', (_, unit, expected) => {
    expect(byPhrase(unit.repeat(300) + 'and sleep.')).toEqual(expected)
  })

  it('keeps every hedge in a segment of at most 256 (200 here)', () => {
    expect(byPhrase('Magnesium possibly reduces stress, and zinc probably helps, '.repeat(100) + 'and sleep.')).toEqual(
      {
        reduce: [100, 100, 200],
        help: [100, 100, 200]
      }
    )
  })
})

describe('one sentence of many clauses of `it` (issue 14l)', () => {
  // `It reduces stress, and ` 500 times, then `it helps.`: one claim from the first `reduces` to the last.
  const count = 500
  const value = frame('It reduces stress, and '.repeat(count) + 'it helps.')
  const first = value.indexOf('reduces')
  const last = value.lastIndexOf('reduces')

  it.each(['markdown', 'text'] as const)('through lint() as %s: the probes and one claim, placed', async (format) => {
    const result = await lint({content: value, format}, {config: false, maxLintMs: false})
    expect(placedClaims(result.messages)).toEqual(withProbes(value, [first, last + 'reduces'.length, 5, 4]))
    expect(result.messages[1].actual!.split('reduces').length - 1).toBe(count)
  })
})

describe('one sentence of many negated clauses (issue 14l)', () => {
  // `Magnesium does not reduce stress, and it helps, and ` 500 times, then `it works.`: no
  // `reduce` is flagged (each is negated), and one claim runs from the first `helps` to `works`.
  const count = 500
  const value = frame('Magnesium does not reduce stress, and it helps, and '.repeat(count) + 'it works.')
  const first = value.indexOf('helps')
  const end = value.lastIndexOf('works') + 'works'.length

  it.each(['markdown', 'text'] as const)('through lint() as %s: the probes and one claim, placed', async (format) => {
    const result = await lint({content: value, format}, {config: false, maxLintMs: false})
    expect(placedClaims(result.messages)).toEqual(
      withProbes(value, [first, end, 5, first - value.indexOf('Magnesium does') + 1])
    )
    expect(result.messages[1].actual).toBe(value.slice(first, end))
  })
})

describe('linear parts (issue 14) give the trees of the quadratic ones', () => {
  /** The English parser without its plugins in pieces (`EVIDENCE_NO_PIECES` is read per call). */
  const whole = <T>(run: () => T): T => {
    process.env.EVIDENCE_NO_PIECES = '1'
    try {
      return run()
    } finally {
      delete process.env.EVIDENCE_NO_PIECES
    }
  }

  const shapes: Array<[string, string]> = [
    ['numbers without a sentence end', (inputs as Record<string, Input>).numberRuns.make(1 / 16)],
    ['`et al. (` (a sentence merged after every abbreviation)', (inputs as Record<string, Input>).etAl.make(1 / 16)],
    ['a reference list', (inputs as Record<string, Input>).references.make(1 / 40)],
    [
      'sentences of one paragraph',
      'Zinc may help. It was tested in 45% of adults (Smith et al., 2020). Dr. Lee agrees. '.repeat(1200)
    ]
  ]

  it.each(shapes)('the English parser runs its plugins in pieces on %s, with the same tree', (_name, value) => {
    const parser = englishParser()
    // A converter's way: all tokens of the paragraph in one sentence first.
    const tokens = parser.tokenize(value)
    expect(tokens.length).toBeGreaterThan(8192)
    const pieces = JSON.stringify(englishParser().parse(value))
    expect(pieces).toBe(whole(() => JSON.stringify(englishParser().parse(value))))
  })

  it('Markdown and HTML paragraphs of those shapes give the same findings at the same places', async () => {
    for (const [name, value] of shapes.slice(0, 2)) {
      const text = probeBefore + ' ' + value + ' ' + probeAfter
      for (const extension of ['md', 'html']) {
        const document = extension === 'html' ? '<p>' + text + '</p>' : text
        const expected = await whole(() => viaProcessor(extension, document))
        expect(await viaProcessor(extension, document), name + ' .' + extension).toEqual(expected)
        expect(expected.length).toBeGreaterThan(0)
      }
    }
  }, 120_000)

  it("micromark's data events merged in one pass, as its resolver merges them with splices", () => {
    type Event = [string, {type: string; end: number; id: number}, unknown]
    // micromark's `resolveAllText` (4.0.3), as it reads: the reference.
    const reference = (events: Event[]): Event[] => {
      let index = -1
      let enter: number | undefined
      while (++index <= events.length) {
        if (enter === undefined) {
          if (events[index] && events[index][1].type === 'data') {
            enter = index
            index++
          }
        } else if (!events[index] || events[index][1].type !== 'data') {
          if (index !== enter + 2) {
            events[enter][1].end = events[index - 1][1].end
            events.splice(enter + 2, index - enter - 2)
            index = enter + 2
          }
          enter = undefined
        }
      }
      return events
    }
    let seed = 7
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647
    for (let round = 0; round < 500; round++) {
      const make = (): Event[] => {
        seed = round + 1
        const events: Event[] = []
        const count = Math.floor(random() * 30)
        for (let index = 0; index < count; index++) {
          const token = {
            type: random() < 0.6 ? 'data' : random() < 0.5 ? 'labelLink' : 'htmlText',
            end: index,
            id: index
          }
          events.push(['enter', token, null], ['exit', token, null])
        }
        return events
      }
      const expected = reference(make())
      const actual = mergeDataEvents(make() as never) as unknown as Event[]
      expect(actual.map(([kind, token]) => [kind, token.type, token.id, token.end])).toEqual(
        expected.map(([kind, token]) => [kind, token.type, token.id, token.end])
      )
    }
  })
})
