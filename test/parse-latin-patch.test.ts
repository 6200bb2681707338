/**
 * The runtime patch of parse-latin (`src/processor/parse-latin-patch.ts`): the nlcst trees it gives,
 * positions included (and which nodes share a position object), are those of parse-latin unpatched,
 * through parse-latin, parse-english, retext-english and mdast-util-to-nlcst (remark-retext's), on
 * hand-written shapes of inner-word symbols, seeded random text and Markdown, and the repository's
 * own Markdown; and the patch is the plugin those parsers run.
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import remarkParse from 'remark-parse'
import {toNlcst} from 'mdast-util-to-nlcst'
import retextEnglish from 'retext-english'
import {ParseEnglish} from 'parse-english'
import {ParseLatin} from 'parse-latin'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {repositoryMarkdownFiles} from './helpers.js'
import {mergeInnerWordSymbols, patchEnabled, unpatched} from '../src/processor/parse-latin-patch.js'

type Node = {type: string; value?: string; children?: Node[]; position?: {start: object; end: object}}

/** The tree as JSON, and which position points are one object (an index per distinct object, in
 * order of first appearance): the original shares a word's end with its last child's. */
function described(tree: Node): string {
  const ids = new Map<object, number>()
  const shared: number[] = []
  const walk = (node: Node): void => {
    for (const point of node.position ? [node.position.start, node.position.end] : []) {
      if (!ids.has(point)) ids.set(point, ids.size)
      shared.push(ids.get(point) as number)
    }
    for (const child of node.children ?? []) walk(child)
  }
  walk(tree)
  return JSON.stringify(tree) + '\n' + shared.join(',')
}

const latin = (value: string): string => described(new ParseLatin().parse(value) as Node)
const english = (value: string): string => described(new ParseEnglish().parse(value) as Node)
const retext = (value: string): string => described(unified().use(retextEnglish).parse(value) as Node)
/** Markdown as remark-retext converts it (mdast-util-to-nlcst with the Latin parser remark-retext
 * makes for a retext processor). */
function markdown(value: string): string {
  const file = new VFile(value)
  return described(toNlcst(unified().use(remarkParse).parse(file), file, new ParseLatin()) as Node)
}

const parsers = {latin, english, retext, markdown}

/** Words joined by inner-word symbols, symbols before and after them, runs of symbols. */
const shapes: string[] = [
  "don't, won’t and rock 'n' roll",
  'well-known co-op. a--b -a b- a-b-c-d',
  '1.5 mg, 3:30 p.m., 2.5.3 and e.g. i.e. U.S. a.b.c.',
  'x@y.org a=b a?b a&b &c a&&b snake_case a__b _a b_ a_ _',
  'a\u00ADb a\u00B7b a\u2010b a\u2011b a\u2019b a\u2027b',
  "a-'-b a.-.b a. .b a . b a.\n.b a.\n\nb",
  "'quoted' \"double\" (paren) [bracket] don't'",
  'a- -b a -- b - - -',
  'end.',
  '.start and ..double.. and ...',
  '',
  ' ',
  "a'b'c'd'e'f'g'h'i'j'k'l'm'n'o'p",
  '12.5% of 3-4 year-olds; 1,200 out of 2,000 (60%).',
  'Smith et al. (2020) found p=0.03, n=40.',
  'a/b c/d and/or 1/2',
  'first.second third:fourth fifth?sixth',
  // Blank lines inside what the tokenizer makes one sentence (parse-latin cuts it there).
  'a\n\nb\n\nc\n\n\nd e',
  'no stop\r\n\r\nnext line\r\rthird\n \n\tfourth \n\n',
  '\n\nstarts blank\n\n',
  'one\n\ntwo\n\nthree.\n\nFour five\n\n\n\nsix',
  '# Heading\n\nText under it\n\n- item\n\n- item two\n\n> quote'
]

/** Seeded random text of words, numbers, inner-word symbols, other punctuation and breaks. */
function randomText(seed: number, markdownPieces = false): string {
  let state = seed
  const random = () => (state = (state * 48271) % 2147483647) / 2147483647
  const pieces = [
    'word',
    'Word',
    'a',
    '12',
    '1.5',
    "'",
    '-',
    '.',
    ':',
    '=',
    '?',
    '@',
    '&',
    '_',
    '__',
    '\u2019',
    '\u00AD',
    '\u2011',
    ',',
    ';',
    '(',
    ')',
    '"',
    '/',
    '!',
    ' ',
    ' ',
    ' ',
    '\n',
    '\n\n'
  ]
  if (markdownPieces) pieces.push('*', '**', '`c`', '[l](u)', '![i](p)', '\n- ', '\n# ', '\n> ')
  const parts: string[] = []
  const count = 5 + Math.floor(random() * 200)
  for (let index = 0; index < count; index++) parts.push(pieces[Math.floor(random() * pieces.length)])
  return parts.join('')
}

describe('parse-latin patched: the same nlcst trees', () => {
  it('is the plugin that parse-latin and parse-english run, in the original’s place', async () => {
    const require = createRequire(import.meta.url)
    const root = path.dirname(require.resolve('parse-latin'))
    const file = path.join(root, 'lib', 'plugin', 'merge-inner-word-symbol.js')
    const {mergeInnerWordSymbol} = (await import(pathToFileURL(file).href)) as {mergeInnerWordSymbol: unknown}
    // The patch stands where the original stood, fourth from the end (parse-english puts one plugin first).
    const patchOf = (plugins: unknown[]) => plugins[plugins.length - 4]
    expect(new ParseLatin().tokenizeSentencePlugins).toHaveLength(6)
    expect(new ParseEnglish().tokenizeSentencePlugins).toHaveLength(7)
    expect(patchOf(new ParseLatin().tokenizeSentencePlugins)).toBe(patchOf(new ParseEnglish().tokenizeSentencePlugins))
    for (const plugins of [new ParseLatin().tokenizeSentencePlugins, new ParseEnglish().tokenizeSentencePlugins]) {
      expect(plugins).not.toContain(mergeInnerWordSymbol)
      expect(typeof patchOf(plugins)).toBe('function')
    }
    // Switched off, the same parser runs the original (a join it makes, in its place).
    expect(unpatched(() => latin("don't"))).toBe(latin("don't"))
  })

  it('joins words and inner-word symbols as parse-latin does', () => {
    const sentence = new ParseLatin().tokenizeSentence("say don't-stop now.") as unknown as Node
    const words = (sentence.children ?? []).filter((node) => node.type === 'WordNode')
    expect(words.map((word) => (word.children ?? []).map((child) => child.value).join(''))).toEqual([
      'say',
      "don't-stop",
      'now'
    ])
    // The function alone, on a sentence of its own making.
    const value = 'a.b, c'
    const tokens = unpatched(() => new ParseLatin().tokenize(value))
    const node = {type: 'SentenceNode' as const, children: tokens}
    mergeInnerWordSymbols(node, /^([&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/)
    expect(node.children.map((child) => child.type)).toEqual([
      'WordNode',
      'PunctuationNode',
      'WhiteSpaceNode',
      'WordNode'
    ])
    expect(node.children[0].position?.end.offset).toBe(3)
  })

  for (const [name, parse] of Object.entries(parsers)) {
    it(`hand-written shapes (${name})`, () => {
      for (const value of shapes) expect(parse(value), value).toBe(unpatched(() => parse(value)))
    })

    it(`300 seeded random texts (${name})`, () => {
      for (let seed = 1; seed <= 300; seed++) {
        const value = randomText(seed, name === 'markdown')
        expect(parse(value), `seed ${seed}: ${JSON.stringify(value)}`).toBe(unpatched(() => parse(value)))
      }
    })
  }

  it('the Markdown of this repository (README, docs, reports, fixtures), as Markdown and as text', () => {
    const files = repositoryMarkdownFiles()
    expect(files.length).toBeGreaterThan(10)
    for (const file of files) {
      const value = fs.readFileSync(file, 'utf8')
      expect(markdown(value), file).toBe(unpatched(() => markdown(value)))
      expect(english(value), file).toBe(unpatched(() => english(value)))
    }
  })

  it('stays off until a promise that `unpatched` returns settles, then on again', async () => {
    const seen: boolean[] = []
    const done = unpatched(async () => {
      seen.push(patchEnabled())
      await new Promise((resolve) => setTimeout(resolve, 5))
      seen.push(patchEnabled())
      return latin("don't")
    })
    seen.push(patchEnabled())
    expect(await done).toBe(latin("don't"))
    seen.push(patchEnabled())
    expect(seen).toEqual([false, false, false, true])
    expect(() =>
      unpatched(() => {
        throw new Error('thrown')
      })
    ).toThrow('thrown')
    expect(patchEnabled()).toBe(true)
  })
})
