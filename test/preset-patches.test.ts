/**
 * The preset's runtime patches (issue 14q): importing the package's default export patches micromark (the
 * parser under remark-parse) and parse-latin in place, so a user's own pipeline (remark-parse + remark-retext +
 * retext-english, with the preset) parses in linear time on Markdown that is quadratic in stock micromark. Its
 * mdast and nlcst trees, positions included, and the preset's messages are those of the same pipeline with the
 * patches off (`unpatched`, which the package exports).
 *
 * This file imports nothing of this package before its first test, which checks that micromark's objects are
 * stock, imports the default export alone and checks that they hold the patches (vitest runs each test file in a
 * process of its own; the config keeps that default).
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {Root as NlcstRoot} from 'nlcst'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import retextEnglish from 'retext-english'
import {unified, type Plugin} from 'unified'
import type {Node} from 'unist'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
// @ts-expect-error: a plain ES module without types, shared with the benchmark.
import {inputs, frame, probeAfter} from '../bench/hostile-inputs.mjs'

interface Input {
  what: string
  make: (scale: number) => string
}

type Preset = Plugin<[], NlcstRoot>
type Switch = <T>(fn: () => T) => T

/** The marker the patches leave on each object they change (`src/processor/micromark-patch.ts`). */
const marker = Symbol.for('retext-evidence.micromark-linear-text')

/** micromark's objects that the patches change, loaded as remark-parse (and remark-gfm) load them: this test's
 * own remark-parse, its mdast-util-from-markdown, that one's micromark, and what micromark loads. */
async function micromarkObjects() {
  const require = createRequire(import.meta.url)
  const fromMarkdown = createRequire(require.resolve('remark-parse')).resolve('mdast-util-from-markdown')
  const micromark = createRequire(fromMarkdown).resolve('micromark')
  const root = path.dirname(micromark)
  const fromMicromark = createRequire(micromark)
  const load = async <T>(file: string): Promise<T> => (await import(pathToFileURL(file).href)) as T
  const {text} = await load<{text: {resolveAll?: unknown}}>(path.join(root, 'lib', 'initialize', 'text.js'))
  const {document} = await load<{document: {resolveAll?: unknown}}>(path.join(root, 'lib', 'initialize', 'document.js'))
  const {blankLine} = await load<{blankLine: {tokenize: unknown}}>(
    path.join(path.dirname(fromMicromark.resolve('micromark-core-commonmark')), 'lib', 'blank-line.js')
  )
  const {EditMap} = await load<{EditMap: {prototype: {consume: unknown}}}>(
    fromMicromark.resolve('micromark-util-edit-map')
  )
  const gfm = createRequire(createRequire(require.resolve('remark-gfm')).resolve('micromark-extension-gfm'))
  type Construct = {tokenize: unknown}
  const {gfmAutolinkLiteral} = await load<{gfmAutolinkLiteral: () => {text: Record<string, Construct | Construct[]>}}>(
    path.join(path.dirname(gfm.resolve('micromark-extension-gfm-autolink-literal')), 'lib', 'syntax.js')
  )
  // The e-mail, www and protocol constructs, each under several first characters.
  const autolinks = [...new Set(Object.values(gfmAutolinkLiteral().text).flat())]
  return {text, document, blankLine, editMap: EditMap.prototype, autolinks}
}

let preset: Preset | undefined

/** The preset, imported alone (the first test does it). */
async function loadPreset(): Promise<Preset> {
  preset ??= ((await import('../src/index.js')) as {default: Preset}).default
  return preset
}

/** The package's switch of both patches (`unpatched`, a named export of the preset's module). */
async function switches(): Promise<{off: Switch}> {
  await loadPreset()
  const {unpatched} = (await import('../src/index.js')) as {unpatched: Switch}
  return {off: unpatched}
}

/** A user's own pipeline with the preset (GFM too when `gfm`): the mdast and nlcst trees as JSON (positions
 * included), and the messages. */
async function userPipeline(value: string, gfm: boolean) {
  const evidence = await loadPreset()
  let mdast = ''
  let nlcst = ''
  const keepMdast = () => (tree: Node) => {
    mdast = JSON.stringify(tree)
  }
  const keepNlcst = () => (tree: Node) => {
    nlcst = JSON.stringify(tree)
  }
  const retext = unified().use(retextEnglish).use(keepNlcst).use(evidence)
  const processor = unified().use(remarkParse)
  if (gfm) processor.use(remarkGfm)
  processor.use(keepMdast).use(remarkRetext, retext as never)
  const file = new VFile({path: 'user.md', value})
  await processor.run(processor.parse(file), file)
  const messages = file.messages.map((message) => [
    message.ruleId,
    message.place && 'start' in message.place ? message.place.start.offset : message.place?.offset,
    message.place && 'end' in message.place ? message.place.end.offset : undefined,
    message.line,
    message.column,
    message.reason,
    message.actual,
    message.fatal
  ])
  return {mdast, nlcst, messages}
}

describe('the preset patches micromark when imported', () => {
  it('micromark is stock before the import, and holds the patches after importing the default export only', async () => {
    const before = await micromarkObjects()
    const objects = [before.text, before.document, before.blankLine, before.editMap, ...before.autolinks]
    // Nothing of this package is loaded yet (this test file runs in a process of its own).
    for (const object of objects) expect((object as Record<symbol, unknown>)[marker]).toBeUndefined()
    const stock = [before.text.resolveAll, before.blankLine.tokenize, before.editMap.consume]

    await loadPreset()

    const after = await micromarkObjects()
    expect(after.text).toBe(before.text)
    // Patched by that import alone: the marker is on every object before anything else of this package loads.
    for (const object of [after.text, after.document, after.blankLine, after.editMap, ...after.autolinks])
      expect((object as Record<symbol, unknown>)[marker]).toBe(true)
    // And the functions in them are the patches (the module is loaded already: importing it changes nothing).
    const {isMicromarkPatch} = await import('../src/processor/micromark-patch.js')
    const patched: Array<[string, unknown]> = [
      ['text.resolveAll', after.text.resolveAll],
      ['document.resolveAll', after.document.resolveAll],
      ['blankLine.tokenize', after.blankLine.tokenize],
      ['EditMap#consume', after.editMap.consume],
      ...after.autolinks.map((construct, index): [string, unknown] => [`autolink ${index}`, construct.tokenize])
    ]
    for (const [name, fn] of patched) expect(isMicromarkPatch(fn), name).toBe(true)
    for (const fn of stock) expect(isMicromarkPatch(fn)).toBe(false)
    expect(after.autolinks).toHaveLength(3)
  })

  it("a user's parse runs through the patched resolver that micromark's module object holds", async () => {
    const {text} = await micromarkObjects()
    const patched = text.resolveAll as (...args: unknown[]) => unknown
    let calls = 0
    text.resolveAll = function (this: unknown, ...args: unknown[]) {
      calls++
      return patched.apply(this, args)
    }
    try {
      await userPipeline('Zinc cures colds [1][2][3] in *most* people.\n', false)
    } finally {
      text.resolveAll = patched
    }
    expect(calls).toBeGreaterThan(0)
  })

  it('parse-latin runs the patched plugin too (loaded by the same import)', async () => {
    await loadPreset()
    const require = createRequire(import.meta.url)
    const latin = createRequire(require.resolve('remark-retext')).resolve('parse-latin')
    const root = path.dirname(latin)
    const {mergeInnerWordSymbol} = (await import(
      pathToFileURL(path.join(root, 'lib', 'plugin', 'merge-inner-word-symbol.js')).href
    )) as {mergeInnerWordSymbol: unknown}
    const {ParseLatin} = (await import(pathToFileURL(path.join(root, 'lib', 'index.js')).href)) as {
      ParseLatin: new () => {tokenizeSentencePlugins: unknown[]}
    }
    expect(new ParseLatin().tokenizeSentencePlugins).not.toContain(mergeInnerWordSymbol)
  })
})

describe('`unpatched`, exported by the package', () => {
  it('switches both patches off, until a promise it returns settles, then on again', async () => {
    const {off} = await switches()
    const micromark = await import('../src/processor/micromark-patch.js')
    const latin = await import('../src/processor/parse-latin-patch.js')
    const state = () => [micromark.patchEnabled(), latin.patchEnabled()]
    const seen: boolean[][] = []
    const done = off(async () => {
      seen.push(state())
      await new Promise((resolve) => setTimeout(resolve, 5))
      seen.push(state())
      return 'result'
    })
    seen.push(state())
    expect(await done).toBe('result')
    seen.push(state())
    expect(seen).toEqual([
      [false, false],
      [false, false],
      [false, false],
      [true, true]
    ])
    expect(off(() => state())).toEqual([false, false])
    expect(() =>
      off(() => {
        throw new Error('thrown')
      })
    ).toThrow('thrown')
    expect(state()).toEqual([true, true])
  })
})

/** Prose with findings of every rule, after the hostile text: its messages must stay at their places. */
const prose = ['examples/sample.md', 'test/fixtures/claims/pre-workout.md']
  .map((file) => fs.readFileSync(fileURLToPath(new URL('../' + file, import.meta.url)), 'utf8'))
  .join('\n\n')

/** Hostile inputs quadratic (or worse) in stock micromark, at sizes the stock parse takes about a second on: runs
 * of `[1]` (the text resolver's merges), a 250-deep list (list indents, blank-line checks, edit maps), one
 * paragraph after a link with GFM (autolink literals' look-backs), inline tags. */
const cases: Array<[name: string, scale: number, gfm: boolean]> = [
  ['citations', 1 / 32, false],
  ['lists', 1 / 16, false],
  ['paragraphAfterLink', 1 / 32, true],
  ['tags', 1 / 64, false]
]

describe("a user's pipeline with the preset on hostile Markdown: the same trees and messages as unpatched", () => {
  it.each(cases)('%s at %d of its full size (GFM: %s)', async (name, scale, gfm) => {
    const {off} = await switches()
    const value =
      (frame as (hostile: string) => string)((inputs as Record<string, Input>)[name].make(scale)) + '\n' + prose
    const patched = await userPipeline(value, gfm)
    const stock = await off(() => userPipeline(value, gfm))
    expect(patched.mdast).toBe(stock.mdast)
    expect(patched.nlcst).toBe(stock.nlcst)
    expect(patched.messages).toEqual(stock.messages)
    // The probes around the hostile text are flagged at their places, and the prose after it gets its findings.
    const offsets = patched.messages.filter((message) => message[0] === 'unhedged-claim').map((message) => message[1])
    expect(offsets).toContain(value.indexOf('cures'))
    expect(offsets).toContain(value.indexOf('cures', value.indexOf(probeAfter)))
    const start = value.indexOf(prose)
    const after = patched.messages.filter((message) => typeof message[1] === 'number' && message[1] >= start)
    expect(after.length).toBeGreaterThan(20)
    expect(new Set(after.map((message) => message[0]))).toContain('unsourced-statistic')
  })
})
