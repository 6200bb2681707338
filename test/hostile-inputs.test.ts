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
import retextEvidence from '../src/index.js'
import {createProcessor} from '../src/processor.js'
import {lint} from '../src/lint.js'
import {parseMarkdown, markdownToNlcst} from '../src/processor/markdown.js'
import {parseHtml} from '../src/processor/html.js'
import {englishParser} from '../src/processor/english.js'
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
  numberedLines: 1 / 4
}

/** Inputs whose second probe ends up in a reference section (so it is not flagged there). */
const probeAfterInReferences = new Set(['references', 'footnotes'])

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
    return file.messages.map((message) => ({ruleId: message.ruleId, actual: message.actual, start: point(message.place, 'start'), end: point(message.place, 'end')}))
  },
  md: (value) => viaProcessor('md', value),
  html: (value) => viaProcessor('html', value),
  txt: (value) => viaProcessor('txt', value),
  async lint(value) {
    const result = await lint({content: value, format: 'markdown'}, {config: false, maxSize: 16 * MB})
    return result.messages.map((message) => ({
      ruleId: message.ruleId,
      actual: message.actual,
      start: message.offset === null ? undefined : {line: message.line!, column: message.column!, offset: message.offset},
      end: message.endOffset === null ? undefined : {line: message.endLine!, column: message.endColumn!, offset: message.endOffset}
    }))
  }
}

async function viaProcessor(extension: string, value: string): Promise<Placed[]> {
  const file = await createProcessor(null, {maxSize: 16 * MB}).process(new VFile({path: 'hostile.' + extension, value}))
  const problem = file.messages.find((message) => message.source === 'evidence-lint')
  if (problem) throw new Error('not linted: ' + problem.reason)
  return file.messages.map((message) => ({ruleId: message.ruleId, actual: message.actual, start: point(message.place, 'start'), end: point(message.place, 'end')}))
}

function point(place: unknown, which: 'start' | 'end'): Placed['start'] {
  if (!place || typeof place !== 'object') return undefined
  const value = (which in place ? (place as Record<string, unknown>)[which] : which === 'start' ? place : undefined) as Placed['start']
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
  expect(at(before), `${name}: "${probeBefore}" flagged at offset ${before}`).toMatchObject({actual: 'cures', end: {offset: before + 'cures'.length}})
  if (probeAfterFlagged) {
    const after = value.lastIndexOf('cures')
    expect(at(after), `${name}: "${probeAfter}" flagged at offset ${after}`).toMatchObject({actual: 'cures', end: {offset: after + 'cures'.length}})
  }
}

describe('hostile inputs at a reduced size', () => {
  for (const [name, input] of Object.entries(inputs as Record<string, Input>)) {
    const value = frame(input.make(scales[name]))
    for (const [pipeline, run] of Object.entries(pipelines)) {
      it(`${input.what} (${(value.length / 1024).toFixed(0)} KiB) through ${pipeline}`, async () => {
        const messages = await run(value)
        checkPlaces(value, messages, name, !probeAfterInReferences.has(name))
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

  it('a sentence too long for the English parser is one fatal message, not an exception', async () => {
    const value = probeBefore + ' ' + words
    for (const extension of ['txt', 'md', 'html']) {
      const file = await createProcessor(null, {maxSize: 16 * MB}).process(new VFile({path: 'long.' + extension, value}))
      expect(file.messages.map((message) => [message.ruleId, message.source, message.fatal])).toEqual([['too-complex', 'evidence-lint', true]])
      expect(file.messages[0].reason).toMatch(/^Cannot lint `long\.\w+`: it holds a sentence or word too long for the English parser/)
    }
    const result = await lint({content: value, format: 'text'}, {config: false})
    expect(result.pass).toBe(false)
    expect(result.messages.map((message) => [message.ruleId, message.severity])).toEqual([['too-complex', 'error']])
  })

  it('Markdown converted in small runs, containers opened and long texts cut, gives the tree of a whole conversion', () => {
    const long = 'Magnesium *may help **some** adults* sleep, e.g. [with a review](https://example.com) and `code` here[^1] for them. '.repeat(40)
    const documents = [
      `# Title\n\n${long}\n\n- Item one ${long}\n- Item two.\n  - Nested *a* ${long}\n  - Nested b.\n\n> Quote ${long}\n>\n> Second.\n\n1. One.\n\n2. Two ${long}\n\n[^1]: Smith et al. ${long}\n\n    More.\n\n| a | b |\n|---|---|\n| ${long} | x |\n\nEnd.\n`,
      '- X.\n'.repeat(2000) + '\nTail *para ' + 'word '.repeat(2000) + '* end.\n',
      'Start. **' + 'Bold words here. '.repeat(1000) + '** Done.\n\n> ' + 'Quoted text goes on. '.repeat(1000) + '\n'
    ]
    for (const value of documents) {
      const file = new VFile({path: 'a.md', value})
      const tree = parseMarkdown(file)
      const whole = JSON.stringify(markdownToNlcst(tree, file, () => englishParser(), false, Infinity, Infinity))
      for (const runSize of [100, 1000, 5000]) {
        expect(JSON.stringify(markdownToNlcst(tree, file, () => englishParser(), false, 0, runSize)), `run size ${runSize}`).toBe(whole)
      }
    }
  })

  it('HTML with long texts cut and huge inline elements opened gives the tree of a whole conversion', () => {
    const value =
      '<p>Start. <b>' + 'Bold &amp; words here. '.repeat(300) + '</b> Done.</p><div>' + 'Text in a div &lt; goes on. '.repeat(300) +
      '<span>Span <i>' + 'x y. '.repeat(300) + '</i> <img src="a.png"> and <br> more.</span><span> <img src="b.png"> </span></div>'
    const file = new VFile({path: 'a.html', value})
    const tree = parseHtml(file)
    const whole = JSON.stringify(hastToNlcst(tree, file, englishParser()))
    const parser = englishParser()
    for (const size of [20, 100, 1000]) {
      const cut = flattenHugeInline(splitLongTexts(tree, location(value), (piece) => parser.tokenize(piece), size), size)
      expect(cut, 'something was cut or opened').not.toBe(tree)
      expect(JSON.stringify(hastToNlcst(cut, file, englishParser())), `size ${size}`).toBe(whole)
    }
  })
})
