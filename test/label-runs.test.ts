/**
 * Long runs of bracketed numbers read before micromark (`src/processor/label-runs.ts`): the mdast
 * tree of a text whose runs of `[1][2]...` were cut before micromark and put back after it is the
 * tree of a parse of the whole text, positions included, on hand-written shapes (runs in
 * paragraphs, headings, list items, table cells and after line endings of every kind; runs in
 * links, images, code, HTML, emphasis, after an escape or beside a tab; documents with
 * definitions), seeded random documents, the repository's own Markdown and the hostile 1 MB of
 * `[1]` at a reduced size; the cut is taken where it should be (not only the fallback); and the
 * findings of the processor after a long run, on the same line, are at their places.
 */
import fs from 'node:fs'
import {VFile} from 'vfile'
import {repositoryMarkdownFiles} from './helpers.js'
import {describe, expect, it} from 'vitest'
import {createProcessor} from '../src/processor.js'
import {parseMarkdown} from '../src/processor/markdown.js'
import {cutLabelRuns, restoreLabelRuns} from '../src/processor/label-runs.js'
// @ts-expect-error: a plain ES module without types, shared with the benchmark.
import {inputs, frame} from '../bench/hostile-inputs.mjs'

const none = Number.POSITIVE_INFINITY

/** The tree with runs of at least `minUnits` units cut (20 makes short tests cut), and the tree of
 * micromark on the whole text. */
const cutTree = (value: string, minUnits = 20): string =>
  JSON.stringify(parseMarkdown(new VFile({path: 'a.md', value}), none, none, minUnits))
const wholeTree = (value: string): string =>
  JSON.stringify(parseMarkdown(new VFile({path: 'a.md', value}), none, none, none))

/** Whether the cut is taken (the text put back), not the fallback to a whole parse. */
const taken = (value: string, minUnits = 20): boolean => {
  const cuts = cutLabelRuns(value, minUnits)
  return (
    cuts !== undefined &&
    restoreLabelRuns(parseMarkdown(new VFile({path: 'a.md', value: cuts.reduced}), none, none, none), value, cuts) !==
      undefined
  )
}

/** `count` units, `[1]` and now and then `[12]`. */
const run = (count: number, unit: (index: number) => string = (index) => `[${index % 7 === 0 ? 12 : 1}]`): string =>
  Array.from({length: count}, (_, index) => unit(index)).join('')

/** Shapes where a cut is taken, and where it must not be (the whole text is then parsed). */
const shapes: Array<{name: string; value: string; cut: boolean}> = [
  {name: 'a run in a paragraph', value: 'Zinc cures colds. ' + run(60) + ' end.\n', cut: true},
  {name: 'runs in two paragraphs', value: 'A ' + run(40) + ' b ' + run(50) + '\n\nPara ' + run(30) + '.\n', cut: true},
  {name: 'a heading', value: '# Title ' + run(50) + '\n', cut: true},
  {name: 'a setext heading', value: run(50) + '\n===\n', cut: true},
  {name: 'a list item', value: '- ' + run(50) + '\n- b ' + run(40) + '\n', cut: true},
  {name: 'a table cell', value: '| a | b |\n|---|---|\n| ' + run(50) + ' | x |\n', cut: true},
  {name: 'CRLF', value: 'a\r\n' + run(50) + ' b\r\nc ' + run(40) + '\r\n', cut: true},
  {name: 'CR', value: 'a\r' + run(50) + ' b\rc ' + run(40) + '\r', cut: true},
  {name: 'a paragraph of two lines', value: 'a ' + run(50) + '\nb ' + run(40) + '\n', cut: true},
  {name: 'numbers of one to nine digits', value: run(50, (index) => `[${index * 7919}]`) + '\n', cut: true},
  {name: 'a tab before the run', value: 'x\t' + run(50) + ' after\n', cut: true},
  {name: 'a tab after the run, on its line', value: 'x ' + run(50) + '\tafter\n', cut: false},
  {name: 'a definition of `1`', value: run(50) + '\n\n[1]: http://example.com\n', cut: false},
  {name: 'a definition of `12`', value: run(50) + '\n\n[12]: http://example.com\n', cut: false},
  {name: 'a definition of another label', value: run(50) + '\n\n[a]: http://example.com\n', cut: false},
  {name: 'a footnote definition', value: run(50) + ' x[^1]\n\n[^1]: Note.\n', cut: false},
  {name: 'link text', value: '[' + run(50) + '](http://x.com)\n', cut: false},
  {name: 'an image, then a run', value: '![' + run(50) + '](a.png) after ' + run(40) + '\n', cut: false},
  {name: 'a resource after the run', value: 'x ' + run(50) + '(http://x.com) y\n', cut: false},
  {name: 'a code span', value: '`' + run(50) + '`\n', cut: false},
  {name: 'a code block', value: '```\n' + run(50) + '\n```\n', cut: false},
  {name: 'indented code', value: '    ' + run(50) + '\n', cut: false},
  {name: 'an HTML block', value: '<div>\n' + run(50) + '\n</div>\n', cut: false},
  {name: 'inline HTML', value: 'a <span title="' + run(50) + '">b</span>\n', cut: false},
  {name: 'an escape', value: '\\' + run(50) + '\n', cut: false},
  {name: 'emphasis', value: '*' + run(50) + '* and **' + run(40) + '**\n', cut: false},
  {name: 'a quote of two lines', value: '> ' + run(50) + '\n> ' + run(30) + '\n', cut: false},
  {name: 'a bare link before it', value: 'www.example.com/' + run(50) + ' x\n', cut: false},
  {name: 'ten digits', value: run(50, () => '[1234567890]') + '\n', cut: false},
  {name: 'a character reference in its text', value: '&amp;' + run(50) + '&lt;\n', cut: false},
  {name: 'a byte order mark', value: '\ufeff' + run(50) + '\n', cut: false},
  {name: 'front matter', value: '---\na: ' + run(50) + '\n---\n' + run(40) + '\n', cut: false}
]

/** A seeded random document: paragraphs, headings, items and cells of words and runs, now and
 * then with a definition, a link, code, emphasis, an escape or a tab. */
function randomDocument(seed: number): string {
  let state = seed
  const random = () => (state = (state * 48271) % 2147483647) / 2147483647
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]
  const odd = ['](u)', '(', '[', ']', '*', '`', '\\', '!', '<b>', '&amp;', '\t', 'www.x.org/', '[^1]', '\n', '\r\n']
  const inline = (): string => {
    let text = pick(['Zinc', 'A', '', 'x'])
    const parts = 1 + Math.floor(random() * 4)
    for (let part = 0; part < parts; part++) {
      const kind = random()
      if (kind < 0.5)
        text += run(20 + Math.floor(random() * 30), () => `[${random() < 0.8 ? 1 : Math.floor(random() * 300)}]`)
      else if (kind < 0.8) text += pick([' ', ' cures colds ', '. ', ', 45% '])
      else text += pick(odd)
    }
    return text
  }
  const blocks: string[] = []
  const count = 1 + Math.floor(random() * 5)
  for (let block = 0; block < count; block++) {
    const kind = random()
    if (kind < 0.5) blocks.push(inline())
    else if (kind < 0.6) blocks.push('# ' + inline())
    else if (kind < 0.7) blocks.push('- ' + inline() + '\n- ' + inline())
    else if (kind < 0.8) blocks.push('| a | b |\n|---|---|\n| ' + inline() + ' | x |')
    else if (kind < 0.85) blocks.push('> ' + inline())
    else blocks.push(pick(['[1]: http://a.org', '[12]: <b>', '[^1]: note', '```\n' + run(30) + '\n```', '<div>']))
  }
  return blocks.join(pick(['\n\n', '\n'])) + pick(['\n', ''])
}

describe('cutting runs of bracketed numbers before micromark', () => {
  for (const shape of shapes) {
    it(`gives the tree of the whole text: ${shape.name}`, () => {
      expect(cutTree(shape.value)).toBe(wholeTree(shape.value))
      expect(taken(shape.value), 'cut taken').toBe(shape.cut)
    })
  }

  it('cuts where it should: the first and last eight units of a run stay', () => {
    const value = 'Zinc cures colds. ' + run(60) + ' end.\n'
    const cuts = cutLabelRuns(value, 20)
    expect(cuts?.reduced).toBe('Zinc cures colds. ' + run(8) + run(60).slice(run(52).length) + ' end.\n')
    expect(cutLabelRuns(value, 61)).toBeUndefined()
  })

  it('gives the tree of the whole text on 600 seeded random documents', () => {
    let cut = 0
    for (let seed = 1; seed <= 600; seed++) {
      const value = randomDocument(seed)
      if (taken(value)) cut++
      expect(cutTree(value), `seed ${seed}: ${JSON.stringify(value)}`).toBe(wholeTree(value))
    }
    // (Not only the fallback.)
    expect(cut).toBeGreaterThan(100)
  })

  it('gives the tree of the whole text on the Markdown of this repository (README, docs, benchmark reports, test fixtures)', () => {
    const files = repositoryMarkdownFiles()
    expect(files.length).toBeGreaterThan(10)
    for (const file of files) {
      const value = fs.readFileSync(file, 'utf8')
      expect(cutTree(value, 3), file).toBe(wholeTree(value))
    }
  })

  it('gives the tree of the whole text on the hostile `[1]` (1/64 of 1 MB), cut with the default run', () => {
    const value = frame((inputs as Record<string, {make: (scale: number) => string}>).citations.make(1 / 64))
    expect(cutLabelRuns(value)?.cuts).toHaveLength(1)
    expect(taken(value, undefined)).toBe(true)
    expect(JSON.stringify(parseMarkdown(new VFile({path: 'a.md', value})))).toBe(wholeTree(value))
  })
})

describe('findings after a long run', () => {
  it('reports the claim and the statistic after it on its line at their places', async () => {
    const value = 'Zinc cures colds. ' + run(3000) + ' Magnesium cures anxiety. Nearly 50% of adults are deficient.\n'
    expect(taken(value, undefined)).toBe(true)
    const file = await createProcessor(null, {maxLintMs: false}).process(new VFile({path: 'a.md', value}))
    const places = file.messages.map((message) => [
      message.ruleId,
      message.place && 'start' in message.place ? message.place.start : undefined
    ])
    const at = (offset: number) => ({line: 1, column: offset + 1, offset})
    // (`Zinc cures colds.` is sourced by the run of citations after it.)
    expect(places).toEqual([
      ['unhedged-claim', at(value.lastIndexOf('cures'))],
      ['unsourced-statistic', at(value.indexOf('Nearly 50%'))]
    ])
  })
})
