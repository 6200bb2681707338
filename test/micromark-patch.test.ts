/**
 * The runtime patches of micromark (`src/processor/micromark-patch.ts`): the mdast trees they
 * give, positions included, are those of micromark and mdast-util-from-markdown unpatched, on
 * Markdown of lists, block quotes, blank lines, tabs and inline syntax (hand-written shapes and
 * seeded random documents); and the 1,000-deep list they make linear still gets its findings at
 * their places.
 */
import fs from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {createProcessor} from '../src/processor.js'
import {parseMarkdown} from '../src/processor/markdown.js'
import {dropListItemIndents, unpatched} from '../src/processor/micromark-patch.js'

const tree = (value: string): string => JSON.stringify(parseMarkdown(new VFile({path: 'a.md', value})))

/** Nested lists (bullets and ordered), block quotes and blank lines, as a writer makes them. */
const shapes: string[] = [
  '- a\n  - b\n    - c\n      - d\n',
  '- a\n\n  - b\n\n    - c\n- e\n',
  '1. one\n   1. two\n\n      para\n   2. three\n2. four\n',
  '- a\n  > quote\n  > - in quote\n  >   - deeper\n- b\n',
  '> - a\n>   - b\n>\n>     more\n> - c\n',
  '-\n  a\n-\n\n  b\n',
  '- a\n\t- tab\n\t\t- tabs\n- b\n',
  '* a\n\n\n  * b\n    c\n\n        code\n',
  '- a\n  \n  - b\n    \n    text\n',
  '- [ ] task\n  - [x] done\n    - plain *em* and `code`[^1]\n\n[^1]: note\n    - in note\n',
  '- a\n  - b\n\n  c\n\n- d\n',
  '1) a\n   - b\n     1) c\n        > d\n',
  '- a\n    - four spaces\n        - eight\n',
  '  - a\n - b\n   - c\n',
  '- a\n  - b\n- c\n  ```\n  code\n  ```\n  - d\n'
]

/** A seeded random document of list, quote, blank and text lines at random depths. */
function randomDocument(seed: number): string {
  let state = seed
  const random = () => (state = (state * 48271) % 2147483647) / 2147483647
  const lines: string[] = []
  const count = 5 + Math.floor(random() * 40)
  for (let index = 0; index < count; index++) {
    const depth = Math.floor(random() * 6)
    const indent = (random() < 0.1 ? '\t' : '  ').repeat(depth)
    const kind = random()
    if (kind < 0.45) lines.push(indent + (random() < 0.5 ? '- ' : '1. ') + 'item ' + index)
    else if (kind < 0.6) lines.push(indent + '> quoted ' + index)
    else if (kind < 0.75) lines.push(random() < 0.5 ? '' : indent)
    else if (kind < 0.85) lines.push(indent + '-')
    else lines.push(indent + 'text *' + index + '* [1] &amp; `c`')
  }
  return lines.join('\n') + '\n'
}

describe('micromark patched: the same mdast trees', () => {
  it.each(shapes.map((value, index) => [index, value]))('shape %i', (_index, value) => {
    const expected = unpatched(() => tree(value))
    expect(tree(value)).toBe(expected)
  })

  it('300 seeded random documents of nested lists, quotes and blank lines', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const value = randomDocument(seed)
      expect(tree(value), value).toBe(unpatched(() => tree(value)))
    }
  })

  it("the Markdown of this repository (README, docs, benchmark reports, test fixtures)", () => {
    const files: string[] = []
    const walk = (folder: string): void => {
      for (const entry of fs.readdirSync(folder, {withFileTypes: true})) {
        const full = path.join(folder, entry.name)
        if (entry.isDirectory()) walk(full)
        else if (/\.(md|markdown|mdx)$/.test(entry.name)) files.push(full)
      }
    }
    const root = path.resolve(import.meta.dirname, '..')
    for (const folder of ['docs', 'bench', path.join('test', 'fixtures')]) walk(path.join(root, folder))
    files.push(path.join(root, 'README.md'))
    expect(files.length).toBeGreaterThan(10)
    for (const file of files) {
      const value = fs.readFileSync(file, 'utf8')
      expect(tree(value), file).toBe(unpatched(() => tree(value)))
    }
  })

  it('drops the listItemIndent events only, in order', () => {
    const event = (type: string, id: number) => ['enter', {type, end: id}, null] as [string, {type: string; end: unknown}, unknown]
    const events = [event('lineEnding', 1), event('listItemIndent', 2), event('listItemIndent', 3), event('paragraph', 4), event('listItemIndent', 5)]
    expect(dropListItemIndents(events).map((item) => item[1].end)).toEqual([1, 4])
  })
})

describe('a deeply nested list in Markdown (cubic in its depth before the patch)', () => {
  // 300 levels, 90 KB: each line continues every item above it.
  const depth = 300
  const lines = ['Magnesium cures anxiety.', '']
  for (let level = 1; level <= depth; level++) lines.push('  '.repeat(level - 1) + '- Zinc cures colds.')
  const value = lines.join('\n') + '\n'

  it('gives the same tree as unpatched micromark', () => {
    expect(tree(value)).toBe(unpatched(() => tree(value)))
  })

  it('flags the claim at every level, at its place', async () => {
    const file = await createProcessor(null, {maxLintMs: false}).process(new VFile({path: 'deep.md', value}))
    const claims = file.messages.filter((message) => message.ruleId === 'unhedged-claim')
    expect(claims).toHaveLength(depth + 1)
    expect(claims[0].place).toEqual({start: {line: 1, column: 11, offset: 10}, end: {line: 1, column: 16, offset: 15}})
    // The last item: line depth + 2, after 2 * (depth - 1) spaces and "- Zinc ".
    const lastLine = value.lastIndexOf('cures')
    expect(claims[depth].place).toEqual({
      start: {line: depth + 2, column: 2 * (depth - 1) + 8, offset: lastLine},
      end: {line: depth + 2, column: 2 * (depth - 1) + 13, offset: lastLine + 5}
    })
    expect(claims.every((message) => message.actual === 'cures')).toBe(true)
  })
})
