/**
 * Long Markdown lists read item by item (`src/processor/list-items.ts`): the mdast tree of a text
 * whose long runs of plain one-line items were cut before micromark and put back after it is the
 * tree of a parse of the whole text, positions included, on hand-written shapes (lists at the top
 * level, after a paragraph, with a lazy line, a blank line, other markers, inline syntax among
 * the items; runs in front matter, code, HTML, quotes and indented lists, where no cut may hold),
 * seeded random documents, the repository's own Markdown and the hostile list of 100,000 items at
 * a reduced size; the cut is taken where it should be (not only the fallback); and the findings
 * of the processor on a long list are at their places.
 */
import fs from 'node:fs'
import {VFile} from 'vfile'
import {repositoryMarkdownFiles} from './helpers.js'
import {describe, expect, it} from 'vitest'
import {createProcessor} from '../src/processor.js'
import {parseMarkdown} from '../src/processor/markdown.js'
import {
  cutListItems,
  emptyItem,
  emptyOrderedItems,
  isEmptyOrderedItem,
  isPlainItem,
  plainItem,
  plainItems,
  restoreListItems
} from '../src/processor/list-items.js'
import {cutTableRows} from '../src/processor/table-rows.js'
// @ts-expect-error: a plain ES module without types, shared with the benchmark.
import {inputs, frame} from '../bench/hostile-inputs.mjs'

const whole = Number.POSITIVE_INFINITY

/** The tree with runs of at least `minRun` plain items cut (5 makes short tests cut), and the
 * tree of micromark on the whole text. */
const cutTree = (value: string, minRun = 5): string =>
  JSON.stringify(parseMarkdown(new VFile({path: 'a.md', value}), whole, minRun))
const wholeTree = (value: string): string =>
  JSON.stringify(parseMarkdown(new VFile({path: 'a.md', value}), whole, whole))

/** Whether the cut is taken (the items put back), not the fallback to a whole parse. */
const taken = (value: string, kind = plainItems): boolean => {
  const cuts = cutListItems(value, 5, kind)
  return (
    cuts !== undefined &&
    restoreListItems(parseMarkdown(new VFile({path: 'a.md', value: cuts.reduced}), whole, whole), value, cuts, kind) !==
      undefined
  )
}

const items = (count: number, make: (index: number) => string = (index) => `- item ${index} of the list`): string =>
  Array.from({length: count}, (_, index) => make(index) + '\n').join('')

const shapes: Array<{name: string; value: string; cut: boolean}> = [
  {name: 'a list', value: items(40), cut: true},
  {name: 'a list between paragraphs', value: 'Zinc cures colds.\n\n' + items(30) + '\nAfter it.\n', cut: true},
  {name: 'a list right after a paragraph line', value: 'Zinc cures colds:\n' + items(30), cut: true},
  {name: 'a lazy line after the list', value: items(30) + 'lazy text\n', cut: true},
  {name: 'a blank line inside (a spread list)', value: items(12) + '\n' + items(20), cut: true},
  {name: 'a heading after it', value: items(20) + '# End\n', cut: true},
  {name: 'an indented line after it', value: items(20) + '  more of the last item\n', cut: true},
  {
    name: 'items with inline syntax among plain ones',
    value: items(60, (index) =>
      index % 13 === 5
        ? '- *em* and `c` and [l](u) at www.x.org'
        : index % 17 === 3
          ? '- a@b.org &amp; \\* ~~s~~ <b>x</b>'
          : index % 11 === 2
            ? '- 1. nested'
            : `- Item ${index}: 45% (n=3), "q" 's' # ^ {x} = y - z`
    ),
    cut: true
  },
  {
    name: 'another marker midway (a second list)',
    value: items(20) + items(20, (index) => `* star ${index}`),
    cut: true
  },
  {name: 'an ordered list after it', value: items(20) + items(20, (index) => `${index + 1}. step ${index}`), cut: true},
  {name: 'two lists', value: items(20) + '\nText.\n\n' + items(25) + '\n# End\n', cut: true},
  {name: 'task items', value: items(20, (index) => `- [ ] task ${index}`), cut: false},
  {name: 'CRLF line endings', value: items(20).replace(/\n/g, '\r\n'), cut: false},
  {name: 'CRLF after the list', value: items(20) + 'x\r\ny\r\n', cut: true},
  {name: 'in front matter', value: '---\n' + items(20) + '---\n\nText.\n', cut: false},
  {name: 'in fenced code', value: '```\n' + items(20) + '```\n', cut: false},
  {name: 'in an HTML block', value: '<div>\n' + items(20) + '</div>\n', cut: false},
  // An item line at the left margin is not a lazy line of the quote: it starts a list at the top.
  {name: 'after a block quote', value: '> ' + items(20), cut: true},
  {name: 'in a list item, lines lazy', value: '1. ' + items(20), cut: true},
  {name: 'nested in an item, indented', value: '- x\n' + items(20).replace(/^/gm, '  '), cut: false},
  {name: 'after a footnote definition', value: '[^1]: note\n' + items(20) + '\nText[^1].\n', cut: true},
  {name: 'after a table', value: '| a | b |\n|---|---|\n| 1 | 2 |\n' + items(20), cut: true},
  {name: 'at the end without a line ending', value: items(20).slice(0, -1), cut: true},
  {name: 'a byte order mark', value: '\uFEFF' + items(20), cut: false}
]

/** A seeded random document of list items (plain and not), paragraphs, quotes, code and tables. */
function randomDocument(seed: number): string {
  let state = seed
  const random = () => (state = (state * 48271) % 2147483647) / 2147483647
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]
  const lines: string[] = []
  const blocks = 3 + Math.floor(random() * 8)
  for (let block = 0; block < blocks; block++) {
    const kind = pick(['items', 'items', 'items', 'paragraph', 'quote', 'code', 'table', 'blank', 'heading', 'html'])
    if (kind === 'items') {
      const count = Math.floor(random() * 30)
      for (let index = 0; index < count; index++)
        lines.push(
          random() < 0.7
            ? `- item ${index} of ${count}`
            : pick([
                `- item ${index}`,
                `- Zinc cures colds in ${index}% of adults`,
                `- item ${index}`,
                '- *x*',
                '* star',
                '  - indented',
                '1. one',
                '- ',
                '-',
                'lazy words',
                '',
                '- a  ',
                '- [link]',
                '- x | y',
                '- www.example.com',
                `- ${index}. number`
              ])
        )
    } else if (kind === 'paragraph') lines.push('Magnesium cures anxiety.', pick(['', 'More text.']))
    else if (kind === 'quote') lines.push('> quoted', pick(['', '> - item in quote']))
    else if (kind === 'code') lines.push('```', '- code line', '- code line 2', pick(['```', '']))
    else if (kind === 'table') lines.push('| a | b |', '|---|---|', '| 1 | 2 |')
    else if (kind === 'heading') lines.push(pick(['# Title', 'Title', '---', '===']))
    else if (kind === 'html') lines.push('<div>', '- in html', pick(['</div>', '']))
    else lines.push('')
  }
  return lines.join('\n') + pick(['\n', ''])
}

describe('plain list items', () => {
  it('knows a plain item line', () => {
    for (const line of [
      '- item 1 of the list',
      '- Zinc cures colds in 45% (n=3) of adults',
      '- a',
      '- Z: x, y; "q" #1'
    ])
      expect(isPlainItem(line), line).toBe(true)
    for (const line of [
      '-',
      '- ',
      '-  two spaces',
      '* star',
      '+ plus',
      '  - indented',
      '- 1. nested',
      '- - nested',
      '- # heading',
      '- trailing ',
      '- a *b*',
      '- a_b',
      '- a `b`',
      '- [ ] task',
      '- a | b',
      '- see www.example.com',
      '- see HTTP://x',
      '- a@b.org',
      '- a &amp; b',
      '- a \\ b',
      '- <b>',
      '- tab\tx',
      '- é',
      '- a\r'
    ])
      expect(isPlainItem(line), line).toBe(false)
  })

  it('builds the item micromark builds', () => {
    const line = '- Zinc cures colds in 45% (n=3) of adults'
    const value = 'Intro.\n\n- first\n' + line + '\n- last\n'
    const tree = parseMarkdown(new VFile({path: 'a.md', value}), whole, whole)
    const list = tree.children[1]
    expect(list.type).toBe('list')
    if (list.type !== 'list') return
    expect(plainItem(line, value.indexOf(line), 4)).toEqual(list.children[1])
  })
})

describe('cutting runs of plain list items before micromark', () => {
  for (const shape of shapes) {
    it(`gives the tree of the whole text: ${shape.name}`, () => {
      expect(taken(shape.value)).toBe(shape.cut)
      expect(cutTree(shape.value)).toBe(wholeTree(shape.value))
    })
  }

  it('cuts where it should: the cut items are not given to micromark', () => {
    const value = 'Zinc cures colds.\n\n' + items(30) + '\nAfter it.\n'
    const cuts = cutListItems(value, 5)
    expect(cuts?.cuts).toHaveLength(1)
    // The first three items and the last stay; the 26 lines between are cut.
    expect(cuts?.cuts[0]).toMatchObject({originalLine: 6, reducedLine: 6, lines: 26})
    expect(cuts?.reduced).toBe('Zinc cures colds.\n\n' + items(3) + items(30).split('\n')[29] + '\n\nAfter it.\n')
    // Runs shorter than the default (64 items) are left to micromark.
    expect(cutListItems(items(63))).toBeUndefined()
    expect(cutListItems(items(64))?.cuts).toHaveLength(1)
  })

  it('gives the tree of the whole text on 300 seeded random documents', () => {
    let cut = 0
    for (let seed = 1; seed <= 300; seed++) {
      const value = randomDocument(seed)
      if (taken(value)) cut++
      expect(cutTree(value), `seed ${seed}`).toBe(wholeTree(value))
    }
    // Many documents hold a run that is cut and put back (not parsed whole again).
    expect(cut).toBeGreaterThan(20)
  })

  it('gives the tree of the whole text on the Markdown of this repository (README, docs, benchmark reports, test fixtures)', () => {
    const files = repositoryMarkdownFiles()
    expect(files.length).toBeGreaterThan(10)
    for (const file of files) {
      const value = fs.readFileSync(file, 'utf8')
      expect(cutTree(value, 3), file).toBe(wholeTree(value))
    }
  })

  it('gives the tree of the whole text where long tables and long lists are both cut (the lists in the text with table rows cut)', () => {
    const table = (count: number) =>
      '| a | b |\n|---|---|\n' + Array.from({length: count}, (_, index) => `| ${index}% | x |\n`).join('')
    const value =
      'Intro.\n\n' +
      table(100) +
      '\n' +
      items(100) +
      '\nText.\n\n' +
      items(70) +
      table(80) +
      '\n' +
      items(90) +
      'lazy\n'
    expect(cutListItems(value)?.cuts).toHaveLength(3)
    expect(JSON.stringify(parseMarkdown(new VFile({path: 'a.md', value})))).toBe(wholeTree(value))
    // The lists' cuts hold in the text with the table rows cut (no fallback).
    const tables = cutTableRows(value)
    expect(tables?.cuts).toHaveLength(2)
    const lists = cutListItems(tables!.reduced)
    expect(lists?.cuts).toHaveLength(3)
    const reducedTree = parseMarkdown(new VFile({path: 'a.md', value: lists!.reduced}), whole, whole)
    // The items put back give the tree of the text with the table rows cut, parsed whole.
    expect(JSON.stringify(restoreListItems(reducedTree, tables!.reduced, lists!))).toBe(wholeTree(tables!.reduced))
  })

  it('gives the tree of the whole text on the hostile list (1/64 of 100,000 items), cut with the default run', () => {
    const value = frame((inputs as Record<string, {make: (scale: number) => string}>).list.make(1 / 64))
    expect(cutListItems(value)?.cuts).toHaveLength(1)
    expect(JSON.stringify(parseMarkdown(new VFile({path: 'a.md', value})))).toBe(wholeTree(value))
  })
})

describe('findings in a long list', () => {
  it('reports the statistic and the claim of every item, at their places', async () => {
    const count = 300
    const line = (index: number) => `- Zinc cures colds in ${index % 90}% of adults (group ${index})`
    const value = 'Magnesium cures anxiety.\n\n' + items(count, line) + '\nMagnesium cures anxiety.\n'
    const file = await createProcessor(null, {maxLintMs: false}).process(new VFile({path: 'a.md', value}))
    const start = (message: (typeof file.messages)[number]) =>
      message.place && 'start' in message.place ? message.place.start : undefined
    const statistics = file.messages.filter((message) => message.ruleId === 'unsourced-statistic')
    const claims = file.messages.filter((message) => message.ruleId === 'unhedged-claim')
    expect(statistics).toHaveLength(count)
    expect(claims).toHaveLength(count + 2)
    // Item k (from 0) is on line 3 + k: its claim (`cures`) at column 8, its statistic at 23.
    for (const index of [0, 1, 2, 3, 150, count - 2, count - 1]) {
      const offset = value.indexOf(line(index) + '\n')
      expect(start(claims[index + 1])).toEqual({line: 3 + index, column: 8, offset: offset + 7})
      expect(start(statistics[index])).toEqual({line: 3 + index, column: 23, offset: offset + 22})
    }
    expect(start(claims[0])?.line).toBe(1)
    expect(start(claims[count + 1])?.line).toBe(count + 4)
  })
})

/** `count` empty ordered items, `1.` by default. */
const emptyItems = (count: number, make: (index: number) => string = () => '1.'): string =>
  Array.from({length: count}, (_, index) => make(index) + '\n').join('')

const emptyShapes: Array<{name: string; value: string; cut: boolean}> = [
  {name: 'a list of `1.`', value: emptyItems(40), cut: true},
  {
    name: 'numbers of one to nine digits',
    value: emptyItems(40, (index) => `${index % 2 ? 123456789 - index : index * 7919}.`),
    cut: true
  },
  {name: 'between paragraphs', value: 'Zinc cures colds.\n\n' + emptyItems(30) + '\nAfter it.\n', cut: true},
  // An empty item cannot interrupt a paragraph: the lines are the paragraph's.
  {name: 'right after a paragraph line', value: 'Zinc cures colds:\n' + emptyItems(30), cut: false},
  {name: 'a lazy line after them', value: emptyItems(30) + 'lazy text\n', cut: true},
  {name: 'an indented line after them', value: emptyItems(30) + '   more\n', cut: true},
  {name: 'a blank line inside', value: emptyItems(12) + '\n' + emptyItems(20), cut: true},
  {name: 'the other delimiter midway', value: emptyItems(20) + emptyItems(20, () => '1)'), cut: true},
  {
    name: 'items with text midway',
    value: emptyItems(20) + emptyItems(3, (index) => `${index}. step`) + emptyItems(20),
    cut: true
  },
  {name: 'after an item with text', value: '1. one\n' + emptyItems(20), cut: true},
  {name: 'a plain list after them', value: emptyItems(20) + '- item a\n'.repeat(20), cut: true},
  {name: 'ten digits', value: emptyItems(20, () => '1234567890.'), cut: false},
  {name: 'CRLF line endings', value: emptyItems(20).replace(/\n/g, '\r\n'), cut: false},
  {name: 'in fenced code', value: '```\n' + emptyItems(20) + '```\n', cut: false},
  {name: 'in an HTML block', value: '<div>\n' + emptyItems(20) + '</div>\n', cut: false},
  {name: 'in a block quote (lazy)', value: '> ' + emptyItems(20), cut: true},
  {name: 'nested in an item, indented', value: '- x\n' + emptyItems(20).replace(/^/gm, '  '), cut: false},
  {name: 'in front matter', value: '---\n' + emptyItems(20) + '---\n\nText.\n', cut: false},
  {name: 'after a table', value: '| a | b |\n|---|---|\n| 1 | 2 |\n' + emptyItems(20), cut: true},
  {name: 'at the end without a line ending', value: emptyItems(20).slice(0, -1), cut: true}
]

/** A seeded random document of empty ordered items among other lines. */
function randomEmptyItems(seed: number): string {
  let state = seed
  const random = () => (state = (state * 48271) % 2147483647) / 2147483647
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]
  const lines: string[] = []
  const blocks = 3 + Math.floor(random() * 8)
  for (let block = 0; block < blocks; block++) {
    const count = Math.floor(random() * 30)
    for (let index = 0; index < count; index++)
      lines.push(
        random() < 0.75
          ? `${index}.`
          : pick(['1)', '1. text', '- item', '  1.', '', 'Zinc cures colds.', '1.  ', '> 1.', '```', '# 1.', '---'])
      )
  }
  return lines.join('\n') + pick(['\n', ''])
}

describe('empty ordered items', () => {
  it('knows an empty ordered item line', () => {
    for (const line of ['1.', '0.', '123456789.']) expect(isEmptyOrderedItem(line), line).toBe(true)
    for (const line of ['.', '1', '1)', '1. ', ' 1.', '1.a', 'a.', '1234567890.', '1.\r', '1..'])
      expect(isEmptyOrderedItem(line), line).toBe(false)
  })

  it('builds the item micromark builds', () => {
    const value = 'Intro.\n\n1.\n22.\n3.\n'
    const list = parseMarkdown(new VFile({path: 'a.md', value}), whole, whole).children[1]
    expect(list.type === 'list' && list.ordered).toBe(true)
    if (list.type !== 'list') return
    expect(emptyItem('22.', value.indexOf('22.'), 4)).toEqual(list.children[1])
  })

  for (const shape of emptyShapes) {
    it(`cut before micromark, gives the tree of the whole text: ${shape.name}`, () => {
      expect(taken(shape.value, emptyOrderedItems)).toBe(shape.cut)
      expect(cutTree(shape.value)).toBe(wholeTree(shape.value))
    })
  }

  it('gives the tree of the whole text on 300 seeded random documents', () => {
    let cut = 0
    for (let seed = 1; seed <= 300; seed++) {
      const value = randomEmptyItems(seed)
      if (taken(value, emptyOrderedItems)) cut++
      expect(cutTree(value), `seed ${seed}`).toBe(wholeTree(value))
    }
    expect(cut).toBeGreaterThan(20)
  })

  it('gives the tree of the whole text on the hostile `1.` lines (1/16 of 256 KB), cut with the default run', () => {
    const value = frame((inputs as Record<string, {make: (scale: number) => string}>).numberedLines.make(1 / 16))
    expect(cutListItems(value, undefined, emptyOrderedItems)?.cuts).toHaveLength(1)
    expect(JSON.stringify(parseMarkdown(new VFile({path: 'a.md', value})))).toBe(wholeTree(value))
  })

  it('reports the claims and the statistic around 3,000 of them, at their places', async () => {
    const value = 'Magnesium cures anxiety.\n\n' + emptyItems(3000) + '\nZinc cures colds in 45% of adults.\n'
    const file = await createProcessor(null, {maxLintMs: false}).process(new VFile({path: 'a.md', value}))
    const start = (message: (typeof file.messages)[number]) =>
      message.place && 'start' in message.place ? message.place.start : undefined
    expect(file.messages.map((message) => [message.ruleId, start(message)])).toEqual([
      ['unhedged-claim', {line: 1, column: 11, offset: 10}],
      ['unhedged-claim', {line: 3004, column: 6, offset: value.lastIndexOf('cures')}],
      ['unsourced-statistic', {line: 3004, column: 21, offset: value.indexOf('45%')}]
    ])
  })
})
