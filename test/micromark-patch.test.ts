/**
 * The runtime patches of micromark (`src/processor/micromark-patch.ts`): the mdast trees they
 * give, positions included, are those of micromark and mdast-util-from-markdown unpatched, on
 * Markdown of lists, block quotes, blank lines, tabs and inline syntax (hand-written shapes and
 * seeded random documents); and the 1,000-deep list they make linear still gets its findings at
 * their places.
 */
import fs from 'node:fs'
import {VFile} from 'vfile'
import {repositoryMarkdownFiles} from './helpers.js'
import {describe, expect, it} from 'vitest'
import {createProcessor} from '../src/processor.js'
import {parseMarkdown} from '../src/processor/markdown.js'
import {consumeEdits, dropListItemIndents, lookBack, unpatched} from '../src/processor/micromark-patch.js'

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
  '- a\n  - b\n- c\n  ```\n  code\n  ```\n  - d\n',
  // Lazy lines and blocks closing inside containers (the edit maps of the document tokenizer).
  '> a\nlazy\n> b\n\n> - c\nlazy\n\n- d\n> e\n',
  '> | a | b |\n> |---|---|\nlazy\n\n- > a\n  b\nc\n',
  '> ~~~\n> code\nd\n\n1. a\n   > b\n   lazy\n2. c\n'
]

/** Links, images, brackets and GFM autolink literals (bare `www.`, `https://`, e-mail) in one
 * paragraph: whether a literal is a link depends on the brackets before it. */
const inline: string[] = [
  'See www.example.com and https://example.org/a?b, or mail a.b@example.com.',
  '[a link](https://x.org) then www.example.com and c@d.org after it.',
  '[open bracket then www.example.com inside, a@b.org] and www.after.org',
  '![image](i.png) www.x.org [ref] [ref][] [x][ref] https://y.org\n\n[ref]: https://z.org',
  '[a [nested](u) b](v) www.w.org [c](d) e@f.gh [ www.i.org',
  'text [1] more [2][3] then http://a.b/c) and (www.d.e) and [x@y.z]',
  'a](b) ]]] [[[ www.one.org ] www.two.org [*em*](u) www.three.org'
]

/** A seeded random paragraph of words, brackets, links and autolink literals. */
function randomParagraph(seed: number): string {
  let state = seed
  const random = () => (state = (state * 48271) % 2147483647) / 2147483647
  const pieces = [
    'word',
    'www.example.com',
    'https://a.org/x',
    'me@site.org',
    '[',
    ']',
    '(',
    ')',
    '[l](u)',
    '![i](p)',
    '[r][]',
    '*em*',
    '`c`',
    '\\[',
    '&amp;',
    '\n'
  ]
  const parts: string[] = []
  const count = 5 + Math.floor(random() * 60)
  for (let index = 0; index < count; index++) parts.push(pieces[Math.floor(random() * pieces.length)])
  return parts.join(random() < 0.5 ? ' ' : '') + '\n\n[r]: https://r.org\n'
}

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

  it.each(inline.map((value, index) => [index, value]))('links and autolink literals %i', (_index, value) => {
    expect(tree(value)).toBe(unpatched(() => tree(value)))
  })

  it('300 seeded random paragraphs of brackets, links and autolink literals', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const value = randomParagraph(seed)
      expect(tree(value), value).toBe(unpatched(() => tree(value)))
    }
  })

  it("a look back for an open label answers as the extension's own walk, event by event", () => {
    type Token = {type: string; end: unknown; _balanced?: boolean; _gfmAutolinkLiteralWalkedInto?: boolean}
    type Event = [string, Token, unknown]
    // micromark-extension-gfm-autolink-literal 2.1.0's `previousUnbalanced`, as it reads.
    const reference = (events: Event[]): boolean => {
      let index = events.length
      let result = false
      while (index--) {
        const token = events[index][1]
        if ((token.type === 'labelLink' || token.type === 'labelImage') && !token._balanced) {
          result = true
          break
        }
        if (token._gfmAutolinkLiteralWalkedInto) break
      }
      if (events.length > 0 && !result) events[events.length - 1][1]._gfmAutolinkLiteralWalkedInto = true
      return result
    }
    let state = 11
    const random = () => (state = (state * 48271) % 2147483647) / 2147483647
    for (let round = 0; round < 200; round++) {
      // Two copies of one growing event list: one read by the reference, one by `lookBack`;
      // events pushed, cut off (a failed attempt), labels balanced, and looks taken between.
      const a: Event[] = []
      const b: Event[] = []
      const key = {}
      for (let step = 0; step < 80; step++) {
        const roll = random()
        if (roll < 0.55) {
          const type = random() < 0.15 ? 'labelLink' : random() < 0.05 ? 'labelImage' : 'data'
          a.push(['enter', {type, end: step}, null])
          b.push(['enter', {type, end: step}, null])
        } else if (roll < 0.65) {
          const cut = Math.floor(random() * a.length)
          a.length = cut
          b.length = cut
        } else if (roll < 0.75) {
          const at = Math.floor(random() * a.length)
          if (a[at]) {
            a[at][1]._balanced = true
            b[at][1]._balanced = true
          }
        } else {
          expect(lookBack(b as never, key), `round ${round} step ${step}`).toBe(reference(a))
          expect(b.map((event) => Boolean(event[1]._gfmAutolinkLiteralWalkedInto))).toEqual(
            a.map((event) => Boolean(event[1]._gfmAutolinkLiteralWalkedInto))
          )
        }
      }
    }
  })

  it("edits applied as micromark-util-edit-map's consume applies them", () => {
    type Event = [string, {type: string; end: unknown}, unknown]
    type Change = [number, number, Event[]]
    // micromark-util-edit-map 2.0.x `consume`, as it reads.
    const reference = (map: Change[], events: Event[]): void => {
      map.sort((a, b) => a[0] - b[0])
      if (map.length === 0) return
      let index = map.length
      const vecs: Event[][] = []
      while (index > 0) {
        index -= 1
        vecs.push(events.slice(map[index][0] + map[index][1]), map[index][2])
        events.length = map[index][0]
      }
      vecs.push(events.slice())
      events.length = 0
      let slice = vecs.pop()
      while (slice) {
        for (const element of slice) events.push(element)
        slice = vecs.pop()
      }
    }
    let state = 3
    const random = () => (state = (state * 48271) % 2147483647) / 2147483647
    const event = (id: number): Event => ['enter', {type: 'x', end: id}, null]
    for (let round = 0; round < 500; round++) {
      const length = Math.floor(random() * 30)
      const base = Array.from({length}, (_, index) => event(index))
      const map: Change[] = []
      const used = new Set<number>()
      const count = Math.floor(random() * 5)
      for (let edit = 0; edit < count; edit++) {
        const at = Math.floor(random() * (length + 1))
        if (used.has(at)) continue
        used.add(at)
        map.push([
          at,
          Math.floor(random() * 4),
          Array.from({length: Math.floor(random() * 3)}, () => event(100 + edit))
        ])
      }
      const a = base.slice()
      const b = base.slice()
      reference(
        map.map((change) => [...change] as Change),
        a
      )
      consumeEdits(
        map.map((change) => [...change] as Change),
        b
      )
      expect(
        b.map((item) => item[1].end),
        JSON.stringify(map.map(([at, remove, add]) => [at, remove, add.length]))
      ).toEqual(a.map((item) => item[1].end))
    }
  })

  it('the Markdown of this repository (README, docs, benchmark reports, test fixtures)', () => {
    const files = repositoryMarkdownFiles()
    expect(files.length).toBeGreaterThan(10)
    for (const file of files) {
      const value = fs.readFileSync(file, 'utf8')
      expect(tree(value), file).toBe(unpatched(() => tree(value)))
    }
  })

  it('drops the listItemIndent events only, in order', () => {
    const event = (type: string, id: number) =>
      ['enter', {type, end: id}, null] as [string, {type: string; end: unknown}, unknown]
    const events = [
      event('lineEnding', 1),
      event('listItemIndent', 2),
      event('listItemIndent', 3),
      event('paragraph', 4),
      event('listItemIndent', 5)
    ]
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

describe('one long Markdown paragraph of prose after a link (quadratic in GFM autolink literals before the patch)', () => {
  // 64 KiB in one paragraph: a link first, then sentences with a claim, a bare www link and an
  // e-mail address (which stay text: the link's label still counts as open for the extension).
  const sentence = 'Zinc cures colds. Old notes sit at www.example.com and info@example.org today. '
  const value =
    'Magnesium cures anxiety. The menu has [a page](https://example.com) for it. ' + sentence.repeat(800) + '\n'

  it('gives the same tree as unpatched micromark', () => {
    expect(tree(value)).toBe(unpatched(() => tree(value)))
  })

  it('flags every claim at its place', async () => {
    const file = await createProcessor(null, {maxLintMs: false}).process(new VFile({path: 'long.md', value}))
    const claims = file.messages.filter((message) => message.ruleId === 'unhedged-claim')
    expect(claims).toHaveLength(801)
    let from = 0
    for (const message of claims) {
      const offset = value.indexOf('cures', from)
      from = offset + 1
      expect(message.place).toEqual({
        start: {line: 1, column: offset + 1, offset},
        end: {line: 1, column: offset + 6, offset: offset + 5}
      })
    }
  })
})
