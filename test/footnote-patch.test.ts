/**
 * The patch of micromark-extension-gfm-footnote (`patchFootnotes` in
 * `src/processor/micromark-patch.ts`): the list of footnote definitions answers `includes` from a
 * set (the extension searched the array from its start for every definition and every call:
 * quadratic in their number). `FootnoteIds` answers as a plain array does; the parse uses it; the
 * mdast trees are those of unpatched micromark on footnote shapes and seeded random documents;
 * the findings of a document of 2,000 footnotes are at their places.
 */
import {VFile} from 'vfile'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {createProcessor} from '../src/processor.js'
import {parseMarkdown} from '../src/processor/markdown.js'
import {FootnoteIds, unpatched} from '../src/processor/micromark-patch.js'
// @ts-expect-error: a plain ES module without types, shared with the benchmark.
import {inputs, frame} from '../bench/hostile-inputs.mjs'

const tree = (value: string): string => JSON.stringify(parseMarkdown(new VFile({path: 'a.md', value})))

afterEach(() => {
  vi.restoreAllMocks()
})

const shapes: string[] = [
  'Text.[^1]\n\n[^1]: Note.\n',
  '[^1]: Note first.\n\nText.[^1] And [^2] undefined.\n',
  'A[^a] b[^A] c[^ a] d[^a b] e[^]\n\n[^a]: one\n[^A]: two (same label, folded)\n[^b]:\n    indented\n',
  'Calls [^x][^y][^x].\n\n[^y]: y\n\n> [^x]: in a quote\n\n- [^z]: in a list\n\nAnd [^z].\n',
  '[^1]: a\n[^1]: again\n\nUse [^1] and [1] and [^1](url) and ![^1].\n',
  '```\n[^c]: in code\n```\n\nUse [^c].\n',
  'Long [^' + 'x'.repeat(999) + '] and [^' + 'x'.repeat(1000) + '].\n\n[^' + 'x'.repeat(999) + ']: ok\n'
]

/** A seeded random document of footnote calls and definitions. */
function randomDocument(seed: number): string {
  let state = seed
  const random = () => (state = (state * 48271) % 2147483647) / 2147483647
  const label = () => ['1', '2', 'a', 'A', 'b c', 'note', '10', '^'][Math.floor(random() * 8)]
  const parts: string[] = []
  for (let index = 0; index < 20; index++) {
    const roll = random()
    if (roll < 0.4) parts.push(`Zinc cures colds[^${label()}] in ${index}% of cases.`)
    else if (roll < 0.7) parts.push(`[^${label()}]: Smith et al. 2019.`)
    else if (roll < 0.8) parts.push(`> [^${label()}]: quoted`)
    else if (roll < 0.9) parts.push(`- item [^${label()}]`)
    else parts.push(`[${label()}]: https://example.com`)
  }
  return parts.join(random() < 0.5 ? '\n' : '\n\n') + '\n'
}

describe('FootnoteIds', () => {
  it('answers includes and push as a plain array', () => {
    const ids = new FootnoteIds()
    const plain: string[] = []
    for (const id of ['1', 'a', '1', 'b', '', 'a']) {
      expect(ids.includes(id)).toBe(plain.includes(id))
      if (!ids.includes(id)) expect(ids.push(id)).toBe(plain.push(id))
    }
    for (const id of ['1', 'a', 'b', '', 'c', '2'])
      for (const from of [undefined, 0, 1, 2, 5, -1]) expect(ids.includes(id, from)).toBe(plain.includes(id, from))
    expect([...ids]).toEqual(plain)
    expect(ids).toHaveLength(plain.length)
    expect(ids.push('x', 'y')).toBe(plain.push('x', 'y'))
    expect(ids.includes('y')).toBe(true)
  })
})

describe('GFM footnotes patched: the same mdast trees', () => {
  it('the parse keeps its definitions in a FootnoteIds (unpatched: a plain array)', () => {
    const includes = vi.spyOn(FootnoteIds.prototype, 'includes')
    tree(shapes[0])
    expect(includes).toHaveBeenCalled()
    includes.mockClear()
    unpatched(() => tree(shapes[0]))
    expect(includes).not.toHaveBeenCalled()
  })

  it('unpatched stays so until a promise it returns settles (a benchmark times a whole process)', async () => {
    const includes = vi.spyOn(FootnoteIds.prototype, 'includes')
    await unpatched(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5))
      tree(shapes[0])
    })
    expect(includes).not.toHaveBeenCalled()
    tree(shapes[0])
    expect(includes).toHaveBeenCalled()
  })

  it('hand-written shapes', () => {
    for (const value of shapes) expect(tree(value), value.slice(0, 60)).toBe(unpatched(() => tree(value)))
  })

  it('300 seeded random documents of footnote calls and definitions', () => {
    let calls = 0
    for (let seed = 1; seed <= 300; seed++) {
      const value = randomDocument(seed)
      const patched = tree(value)
      expect(patched, `seed ${seed}`).toBe(unpatched(() => tree(value)))
      calls += patched.split('"footnoteReference"').length - 1
    }
    expect(calls).toBeGreaterThan(500)
  })

  it('the hostile footnotes at 1/25 of 50,000 definitions', () => {
    const value = frame((inputs as Record<string, {make: (scale: number) => string}>).footnotes.make(1 / 25))
    expect(tree(value)).toBe(unpatched(() => tree(value)))
  })
})

describe('a document of 2,000 footnotes', () => {
  it('every statistic is sourced by its footnote; the claims around are flagged at their places', async () => {
    const value = frame((inputs as Record<string, {make: (scale: number) => string}>).footnotes.make(2000 / 50_000))
    const file = await createProcessor(null, {maxLintMs: false}).process(new VFile({path: 'a.md', value}))
    const at = (message: (typeof file.messages)[number]) =>
      message.place && 'start' in message.place ? message.place.start : undefined
    const fatal = file.messages.filter((message) => message.fatal)
    expect(fatal).toEqual([])
    const statistics = file.messages.filter((message) => message.ruleId === 'unsourced-statistic')
    expect(statistics).toEqual([])
    const claims = file.messages.filter((message) => message.ruleId === 'unhedged-claim').map(at)
    // The two probes; the 2,000 sentences are sourced by their footnotes.
    expect(claims).toHaveLength(2)
    const last = value.lastIndexOf('Zinc cures colds.')
    expect(claims[0]).toEqual({line: 1, column: 11, offset: 10})
    expect(claims[claims.length - 1]).toEqual({
      line: value.slice(0, last).split('\n').length,
      column: 6,
      offset: last + 5
    })
  })
})
