/**
 * The runtime patches of micromark (`src/processor/micromark-patch.ts`): the mdast trees they
 * give, positions included, are those of micromark and mdast-util-from-markdown unpatched, on
 * Markdown of lists, block quotes, blank lines, tabs and inline syntax (hand-written shapes and
 * seeded random documents); and the 1,000-deep list they make linear still gets its findings at
 * their places.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {VFile} from 'vfile'
import {repositoryMarkdownFiles} from './helpers.js'
import {describe, expect, it} from 'vitest'
import {createProcessor} from '../src/processor.js'
import {parseMarkdown} from '../src/processor/markdown.js'
import {
  consumeEdits,
  dropListItemIndents,
  findMicromarkCopies,
  isMicromarkPatch,
  lookBack,
  patchCopies,
  unpatched
} from '../src/processor/micromark-patch.js'
import {importIfPresent, packageRoot, resolveChain} from '../src/processor/patch-loader.js'

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

describe('finding and patching the copies: one missing or of another shape stays unpatched, never an error', () => {
  /** A folder of packages written for one test, removed after it. */
  function packages(files: Record<string, string>): {dir: string; root: (name: string) => string; remove(): void} {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'micromark-copies-'))
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true})
      fs.writeFileSync(path.join(dir, file), text)
    }
    return {dir, root: (name) => path.join(dir, name), remove: () => fs.rmSync(dir, {recursive: true, force: true})}
  }
  const manifest = (name: string) => JSON.stringify({name, type: 'module'})
  const load = async <T>(file: string): Promise<T> => (await import(pathToFileURL(file).href)) as T
  const marker = Symbol.for('retext-evidence.micromark-linear-text')

  it("finds the one copy of each that this repository's remark-parse and remark-gfm load", () => {
    const copies = findMicromarkCopies()
    const names = {
      micromark: 'micromark',
      coreCommonmark: 'micromark-core-commonmark',
      editMap: 'micromark-util-edit-map',
      autolinkLiteral: 'micromark-extension-gfm-autolink-literal'
    }
    for (const [key, name] of Object.entries(names)) {
      const roots = copies[key as keyof typeof copies]
      expect(roots, key).toHaveLength(1)
      expect(JSON.parse(fs.readFileSync(path.join(roots[0], 'package.json'), 'utf8')).name).toBe(name)
    }
    // From a folder where none of them resolves: nothing.
    expect(findMicromarkCopies(pathToFileURL(path.join(os.tmpdir(), 'nowhere.js')).href)).toEqual({
      micromark: [],
      coreCommonmark: [],
      editMap: [],
      autolinkLiteral: []
    })
  })

  it('leaves missing, broken and unexpected copies as they are', async () => {
    const fake = packages({
      'micromark/package.json': manifest('micromark'),
      // Frozen: it cannot be patched.
      'micromark/lib/initialize/text.js': 'export const text = Object.freeze({resolveAll: (events) => events})\n',
      // A resolver that is not a function.
      'micromark/lib/initialize/document.js': 'export const document = {resolveAll: 5}\n',
      // Fails to load.
      'micromark/dev/lib/initialize/text.js': "throw new Error('a broken copy')\n",
      'micromark/dev/lib/initialize/document.js': 'export const document = null\n',
      'micromark-core-commonmark/package.json': manifest('micromark-core-commonmark'),
      'micromark-core-commonmark/lib/blank-line.js': "export const blankLine = {tokenize: 'no'}\n",
      'micromark-util-edit-map/package.json': manifest('micromark-util-edit-map'),
      'micromark-util-edit-map/index.js': 'export class EditMap {}\n',
      'micromark-util-edit-map/dev/index.js': 'export const EditMap = 3\n',
      'autolink/package.json': manifest('micromark-extension-gfm-autolink-literal'),
      'autolink/lib/syntax.js': "export function gfmAutolinkLiteral() { throw new Error('no') }\n",
      'autolink/dev/lib/syntax.js': 'export const gfmAutolinkLiteral = () => ({text: {1: null, 2: [7], 3: {}}})\n'
    })
    try {
      await expect(
        patchCopies({
          micromark: [fake.root('micromark'), fake.root('missing')],
          coreCommonmark: [fake.root('micromark-core-commonmark')],
          editMap: [fake.root('micromark-util-edit-map')],
          autolinkLiteral: [fake.root('autolink')]
        })
      ).resolves.toBeUndefined()
      const {text} = await load<{text: {resolveAll: unknown}}>(fake.root('micromark/lib/initialize/text.js'))
      expect(isMicromarkPatch(text.resolveAll)).toBe(false)
      const {document} = await load<{document: Record<string | symbol, unknown>}>(
        fake.root('micromark/lib/initialize/document.js')
      )
      expect(document).toEqual({resolveAll: 5})
      expect(document[marker]).toBeUndefined()
      const {blankLine} = await load<{blankLine: Record<string | symbol, unknown>}>(
        fake.root('micromark-core-commonmark/lib/blank-line.js')
      )
      expect(blankLine).toEqual({tokenize: 'no'})
      const {EditMap} = await load<{EditMap: {prototype: Record<string | symbol, unknown>}}>(
        fake.root('micromark-util-edit-map/index.js')
      )
      expect(EditMap.prototype[marker]).toBeUndefined()
    } finally {
      fake.remove()
    }
  })

  it('patches a copy of the expected shape, and `unpatched` switches it off', async () => {
    const fake = packages({
      'micromark/package.json': manifest('micromark'),
      'micromark/lib/initialize/text.js': 'export const text = {resolveAll: (events) => events}\n'
    })
    try {
      await patchCopies({micromark: [fake.root('micromark')], coreCommonmark: [], editMap: [], autolinkLiteral: []})
      const {text} = await load<{text: {resolveAll: (events: unknown[]) => unknown[]}}>(
        fake.root('micromark/lib/initialize/text.js')
      )
      expect(isMicromarkPatch(text.resolveAll)).toBe(true)
      // Each token is the same object in its enter and exit events, as micromark makes them.
      const events = () =>
        [1, 2, 3].flatMap((end) => {
          const token = {type: 'data', end}
          return [
            ['enter', token, null],
            ['exit', token, null]
          ]
        })
      // Three adjacent data tokens merged into the first (its end the last one's), as micromark merges them.
      expect(text.resolveAll(events()).map((event) => (event as [string, {end: number}])[1].end)).toEqual([3, 3])
      expect(unpatched(() => text.resolveAll(events()))).toHaveLength(6)
      // Patched once: patching again changes nothing.
      const patched = text.resolveAll
      await patchCopies({micromark: [fake.root('micromark')], coreCommonmark: [], editMap: [], autolinkLiteral: []})
      expect(text.resolveAll).toBe(patched)
    } finally {
      fake.remove()
    }
  })

  it('the loader: a missing package, a file outside any package, a module that fails to load', async () => {
    expect(resolveChain(import.meta.url, 'remark-parse', 'no-such-package-here')).toBeUndefined()
    expect(resolveChain(import.meta.url, 'remark-parse', 'mdast-util-from-markdown')).toMatch(
      /mdast-util-from-markdown/
    )
    expect(packageRoot(undefined, 'micromark')).toBeUndefined()
    expect(packageRoot(path.join(os.tmpdir(), 'a', 'b.js'), 'micromark')).toBeUndefined()
    const fake = packages({'broken/package.json': manifest('broken'), 'broken/index.js': "throw new Error('x')\n"})
    try {
      expect(packageRoot(fake.root('broken/index.js'), 'broken')).toBe(fake.root('broken'))
      expect(await importIfPresent(fake.root('broken/index.js'))).toEqual({})
      expect(await importIfPresent(fake.root('broken/absent.js'))).toEqual({})
    } finally {
      fake.remove()
    }
  })
})
