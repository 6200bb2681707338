/**
 * Huge Markdown tables read row by row (`src/processor/table-rows.ts`): the mdast tree of a text
 * whose long runs of plain table rows were cut before micromark and put back after it is the
 * tree of a parse of the whole text, positions included, on hand-written shapes (tables at the
 * top level, in quotes, lists and code; runs that hold the head or the delimiter row; blank,
 * empty and odd cells; CRLF), seeded random documents, the repository's own Markdown and the
 * hostile 1 MB table at a reduced size; the cut is taken where it should be (not only the
 * fallback); and the findings of the processor on a long table are at their places.
 */
import fs from 'node:fs'
import {VFile} from 'vfile'
import {repositoryMarkdownFiles} from './helpers.js'
import {describe, expect, it} from 'vitest'
import {createProcessor} from '../src/processor.js'
import {parseMarkdown} from '../src/processor/markdown.js'
import {cutTableRows, isPlainRow, plainRow, restoreTableRows} from '../src/processor/table-rows.js'
// @ts-expect-error: a plain ES module without types, shared with the benchmark.
import {inputs, frame} from '../bench/hostile-inputs.mjs'

/** The tree with runs of at least `minRun` plain rows cut (5 makes short tests cut), and the
 * tree of micromark on the whole text (no run is that long). */
const cutTree = (value: string, minRun = 5): string =>
  JSON.stringify(parseMarkdown(new VFile({path: 'a.md', value}), minRun))
const wholeTree = (value: string): string =>
  JSON.stringify(parseMarkdown(new VFile({path: 'a.md', value}), Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY))

/** Whether the cut is taken (the rows put back), not the fallback to a whole parse. */
const taken = (value: string): boolean => {
  const cuts = cutTableRows(value, 5)
  return (
    cuts !== undefined &&
    restoreTableRows(
      parseMarkdown(new VFile({path: 'a.md', value: cuts.reduced}), Number.POSITIVE_INFINITY),
      value,
      cuts
    ) !== undefined
  )
}

const rows = (
  count: number,
  make: (index: number) => string = (index) => `| ${index}% | 1.5 | in ${index} | x |`
): string => Array.from({length: count}, (_, index) => make(index) + '\n').join('')
const head = '| a | b | c | d |\n|---|:-:|--:|:--|\n'

/** Shapes where a cut is taken, and where it must not be (the whole text is then parsed). */
const shapes: Array<{name: string; value: string; cut: boolean}> = [
  {name: 'a table', value: head + rows(40), cut: true},
  {name: 'a table between paragraphs', value: 'Zinc cures colds.\n\n' + head + rows(30) + '\nAfter it.\n', cut: true},
  {name: 'a paragraph right after the table', value: head + rows(30) + 'Not a row.\n', cut: true},
  {
    name: 'the run holds the head and the delimiter row',
    value: '| a | b |\n|---|---|\n' + rows(20, (index) => `| ${index} | b |`),
    cut: true
  },
  {
    name: 'blank, empty and odd cells',
    value:
      head +
      rows(
        30,
        (index) =>
          [
            '||',
            '| |  |',
            '|a|b|c|d|e|f|',
            '|  x  y  |',
            '| - | :-: |',
            `| ${index}.5 (n=3); p<`.slice(0, -1) + ' |',
            '| # 1 | "q" | \'s\' | ^ |'
          ][index % 7]
      ),
    cut: true
  },
  {
    name: 'rows with inline syntax among plain ones',
    value:
      head +
      rows(60, (index) =>
        index % 13 === 5
          ? '| *em* | `c` | [l](u) | www.x.org |'
          : index % 17 === 3
            ? '| a@b.org | &amp; | \\| | ~~s~~ |'
            : `| ${index} | b | c | d |`
      ),
    cut: true
  },
  {name: 'two tables', value: head + rows(20) + '\n' + head + rows(25) + '\n# End\n', cut: true},
  {name: 'more cells than the head', value: '| a |\n|---|\n' + rows(20), cut: true},
  {name: 'CRLF line endings', value: (head + rows(20)).replace(/\n/g, '\r\n'), cut: false},
  {name: 'CRLF after the table', value: head + rows(20) + 'x\r\ny\r\n', cut: true},
  {name: 'no delimiter row (a paragraph)', value: rows(20), cut: false},
  // The run starts 3 lines before the head: its third line is the head, not a body row.
  {name: 'a delimiter row after plain lines', value: rows(3) + '|---|---|---|---|\n' + rows(20), cut: false},
  {name: 'in a block quote, lines lazy', value: '> ' + head.replace('\n|', '\n> |') + rows(20), cut: false},
  {name: 'in a list item, lines lazy', value: '- ' + head.replace('\n|', '\n  |') + rows(20), cut: false},
  {
    name: 'in a list item, indented',
    value: '- x\n\n  ' + head.replace('\n|', '\n  |') + rows(20).replace(/^/gm, '  '),
    cut: false
  },
  {name: 'in fenced code', value: '```\n' + head + rows(20) + '```\n', cut: false},
  {name: 'in an HTML block', value: '<div>\n' + head + rows(20) + '</div>\n', cut: false},
  // Lazy lines of the definition's paragraph.
  {name: 'after a footnote definition', value: '[^1]: note\n' + head + rows(20) + '\nText[^1].\n', cut: false},
  {
    name: 'after a footnote definition and a blank line',
    value: '[^1]: note\n\n' + head + rows(20) + '\nText[^1].\n',
    cut: true
  },
  {name: 'front matter before it', value: '---\ntitle: x\n---\n' + head + rows(20), cut: true},
  {name: 'at the end without a line ending', value: head + rows(20).slice(0, -1), cut: true},
  {name: 'a byte order mark', value: '\uFEFF' + head + rows(20), cut: false}
]

/** A seeded random document of tables, paragraphs, quotes, lists and code. */
function randomDocument(seed: number): string {
  let state = seed
  const random = () => (state = (state * 48271) % 2147483647) / 2147483647
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]
  const cells = [
    '45%',
    '1.5',
    'in 3',
    'x',
    '',
    ' ',
    'a b',
    '*em*',
    '`c`',
    'www.a.org',
    'a@b.c',
    '&amp;',
    '\\|',
    '[1]',
    ':-:',
    '---',
    'n=3'
  ]
  const blocks: string[] = []
  const count = 1 + Math.floor(random() * 6)
  for (let block = 0; block < count; block++) {
    const kind = random()
    if (kind < 0.6) {
      const width = 1 + Math.floor(random() * 4)
      const line = () => '|' + Array.from({length: width}, () => ' ' + pick(cells) + ' ').join('|') + '|'
      const lines = [line(), '|' + '---|'.repeat(width)]
      const length = Math.floor(random() * 40)
      for (let index = 0; index < length; index++)
        lines.push(
          random() < 0.85
            ? '|' + Array.from({length: width}, () => ' ' + pick(cells.slice(0, 7)) + ' ').join('|') + '|'
            : line()
        )
      const prefix = pick(['', '', '', '> ', '- ', '  '])
      blocks.push(lines.map((text, index) => (index === 0 || random() < 0.9 ? prefix : '') + text).join('\n'))
    } else
      blocks.push(
        pick(['Zinc cures colds.', '> quote', '- item', '```\n| a |\n```', '# Title', 'Text[^1].\n\n[^1]: note'])
      )
  }
  return blocks.join(pick(['\n\n', '\n'])) + pick(['\n', ''])
}

describe('plain rows', () => {
  it('knows a plain row from one with inline syntax', () => {
    expect(isPlainRow('| 45% | 1.5 | in 3 | x |')).toBe(true)
    expect(isPlainRow('||')).toBe(true)
    for (const line of [
      '| a',
      'a |',
      '|',
      '| *a* |',
      '| `a` |',
      '| a\\|b |',
      '| [a] |',
      '| a@b |',
      '| WWW.a |',
      '| Http |',
      '| &amp; |',
      '| a\tb |',
      '| é |',
      '| a |\r'
    ])
      expect(isPlainRow(line)).toBe(false)
  })

  it('builds the row micromark builds', () => {
    const line = '|| x|  | 45% | in 3 |'
    const value = '| a | b | c | d | e |\n|---|---|---|---|---|\n' + line + '\n'
    const whole = parseMarkdown(new VFile({path: 'a.md', value}), Number.POSITIVE_INFINITY)
    const table = whole.children[0]
    expect(table.type).toBe('table')
    if (table.type !== 'table') return
    expect(plainRow(line, value.indexOf(line), 3)).toEqual(table.children[1])
  })
})

describe('cutting runs of plain rows before micromark', () => {
  for (const shape of shapes) {
    it(`gives the tree of the whole text: ${shape.name}`, () => {
      expect(taken(shape.value)).toBe(shape.cut)
      expect(cutTree(shape.value)).toBe(wholeTree(shape.value))
    })
  }

  it('cuts where it should: the cut rows are not given to micromark', () => {
    const value = 'Zinc cures colds.\n\n' + head + rows(30) + '\nAfter it.\n'
    const cuts = cutTableRows(value, 5)
    expect(cuts?.cuts).toHaveLength(1)
    // The first three rows of the run (the head, the delimiter row, the first body row) and its
    // last row stay; the 28 lines between are cut.
    expect(cuts?.cuts[0]).toMatchObject({originalLine: 6, reducedLine: 6, lines: 28})
    expect(cuts?.reduced).toBe('Zinc cures colds.\n\n' + head + rows(1) + rows(30).split('\n')[29] + '\n\nAfter it.\n')
    // No run at all: with CRLF, after a byte order mark.
    for (const name of ['CRLF line endings', 'a byte order mark'])
      expect(cutTableRows(shapes.find((shape) => shape.name === name)!.value, 5), name).toBeUndefined()
  })

  it('gives the tree of the whole text on 300 seeded random documents', () => {
    let cut = 0
    for (let seed = 1; seed <= 300; seed++) {
      const value = randomDocument(seed)
      if (taken(value)) cut++
      expect(cutTree(value), `seed ${seed}`).toBe(wholeTree(value))
    }
    // Many documents hold a run that is cut and put back (not parsed whole again).
    expect(cut).toBeGreaterThan(40)
  })

  it('gives the tree of the whole text on the Markdown of this repository (README, docs, benchmark reports, test fixtures)', () => {
    const files = repositoryMarkdownFiles()
    expect(files.length).toBeGreaterThan(10)
    for (const file of files) {
      const value = fs.readFileSync(file, 'utf8')
      expect(cutTree(value), file).toBe(wholeTree(value))
    }
  })

  it('gives the tree of the whole text on the hostile table (1/64 of 1 MB), cut with the default run', () => {
    const value = frame((inputs as Record<string, {make: (scale: number) => string}>).table.make(1 / 64))
    expect(cutTableRows(value)?.cuts).toHaveLength(1)
    expect(JSON.stringify(parseMarkdown(new VFile({path: 'a.md', value})))).toBe(wholeTree(value))
  })
})

describe('findings in a long table', () => {
  it('reports the statistic of every row, at its cell', async () => {
    const count = 500
    const value =
      'Zinc cures colds.\n\n| a | b |\n|---|---|\n' +
      rows(count, (index) => `| ${index % 90}% of adults | in ${index} |`) +
      '\nMagnesium cures anxiety.\n'
    const file = await createProcessor(null, {maxLintMs: false}).process(new VFile({path: 'a.md', value}))
    const statistics = file.messages.filter((message) => message.ruleId === 'unsourced-statistic')
    expect(statistics).toHaveLength(count)
    // Row k (from 0) is on line 5 + k; its statistic starts at column 3.
    for (const index of [0, 1, 2, 3, 250, count - 2, count - 1]) {
      const message = statistics[index]
      expect(message.place && 'start' in message.place ? message.place.start : undefined).toEqual({
        line: 5 + index,
        column: 3,
        offset: value.indexOf(`| ${index % 90}% of adults | in ${index} |`) + 2
      })
    }
    const claims = file.messages
      .filter((message) => message.ruleId === 'unhedged-claim')
      .map((message) => (message.place && 'start' in message.place ? message.place.start.line : 0))
    expect(claims).toEqual([1, count + 6])
  })
})
