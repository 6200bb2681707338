/**
 * The elements of src/data/html-elements.ts (content that is no prose of the page) are read as
 * one piece by each of the three scanners of raw HTML: the document model's, the references
 * reader's and the tables reader's. Before they shared the list, each had its own (the tables
 * reader did not know noscript, textarea or title; the references reader did not know
 * textarea or title, and skipped a whole `<head>` to its end tag, which may be left out).
 */
import {describe, expect, it} from 'vitest'
import {toNlcst as hastToNlcst} from 'hast-util-to-nlcst'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {
  nonProseElementList,
  nonProseElements,
  pageChromeElements,
  pageChromeRoles,
  phrasingElementList
} from '../src/data/html-elements.js'
import {lint} from '../src/lint.js'
import {englishParser} from '../src/processor/english.js'
import {parseHtml} from '../src/processor/html.js'
import {flattenHugeInline, splitLongTexts} from '../src/processor/huge.js'
import {htmlToPlain} from '../src/text/markup.js'
import {scanSourceText} from '../src/model/source-text.js'
import {htmlBlocks} from '../src/readers/references/blocks.js'
import {cellSentences, findTableRows} from '../src/readers/tables.js'
import {lint as lintPreset} from './helpers.js'

const names = nonProseElementList.map((element) => element.name)

describe('non-prose HTML elements', () => {
  it('the list holds the raw text elements and the other elements whose content is not prose', () => {
    expect(names).toEqual(['script', 'style', 'textarea', 'title', 'noscript', 'template', 'svg'])
    expect(nonProseElementList.filter((element) => element.block === 'heading').map((e) => e.name)).toEqual(['title'])
  })

  it.each(names)('the tables reader reads no table inside <%s>', (name) => {
    const table = '<table><tr><th>Group</th><th>Share</th></tr><tr><td>Adults</td><td>45%</td></tr></table>'
    expect(findTableRows(`<${name}>${table}</${name}>`)).toEqual([])
    const value = `<${name}>${table}</${name}>\n${table}`
    const after = value.indexOf(`</${name}>`)
    expect(findTableRows(value).map((row) => [row.start, row.header, row.cells.length])).toEqual([
      [value.indexOf('<tr>', after), true, 2],
      [value.lastIndexOf('<tr>'), false, 2]
    ])
  })

  it.each(names)('the references reader makes no block of the content of <%s>', (name) => {
    const value = `<${name}><p>Smith J. Magnesium and sleep. Nutrients. 2019;11:1-9.</p></${name}><p>After it</p>`
    expect(htmlBlocks(value).map((block) => [block.plain, block.start])).toEqual([['After it', value.indexOf('After')]])
  })

  it.each(names)('the document model reads no link inside <%s>, and makes it one block', (name) => {
    const value = `<${name}><a href="https://doi.org/10.1000/182">a study</a></${name}><p><a href="https://example.org/">x</a></p>`
    const source = scanSourceText(value, 'html')
    expect(source.links.all().map((link) => link.data.url)).toEqual(['https://example.org/'])
    const end = value.indexOf('<p>')
    expect(source.blocks.all().filter((block) => block.start === 0)).toEqual([
      {start: 0, end, data: name === 'title' ? 'heading' : 'code'}
    ])
  })

  it('a page whose <head> has no end tag is read by the references reader after it', () => {
    const value = '<html><head><title>Sleep</title><meta charset="utf-8"><body><h2>References</h2><p>Smith J. 2019.</p>'
    expect(htmlBlocks(value).map((block) => [block.plain, block.heading])).toEqual([
      ['References', 2],
      ['Smith J. 2019.', 0]
    ])
  })
})

/**
 * Page chrome (`pageChromeElements`, `pageChromeRoles`) is one list for the two ways HTML comes
 * in: the package's processor (`lint()`, the CLI) leaves it out of the sentences, and the
 * document model marks it for the preset in a user's rehype-retext pipeline. Before, each had
 * its own: in a rehype pipeline a list or a table inside a `nav` or an `aside` was checked (the
 * innermost block won), and so was an element with a chrome role other than `navigation` or
 * with the `hidden` attribute; a `menu` was checked both ways. A `form` was chrome to the
 * model: now its text is checked both ways, as a form may hold the whole page (ASP.NET Web
 * Forms).
 */
describe('page chrome', () => {
  const page = (html: string) => `<!doctype html><html><body>${html}\n<p>Magnesium reduces anxiety.</p></body></html>`
  /** Where each way finds a claim: `ruleId actual line:column`. */
  async function bothWays(value: string): Promise<{preset: string[]; lint: string[]}> {
    const preset = (await lintPreset(value, 'html')).map((m) => `${m.ruleId} ${m.actual} ${m.line}:${m.column}`)
    const result = await lint({content: value, format: 'html'}, {config: false, failOn: 'never'})
    return {preset, lint: result.messages.map((m) => `${m.ruleId} ${m.actual} ${m.line}:${m.column}`)}
  }
  const article = ['unhedged-claim reduces 2:14']

  it('holds the sectioning elements around the content, menus and form controls, not form', () => {
    expect([...pageChromeElements]).toEqual(['nav', 'header', 'footer', 'aside', 'menu', 'button', 'select'])
    expect([...pageChromeRoles]).toEqual([
      'navigation',
      'banner',
      'contentinfo',
      'complementary',
      'menu',
      'menubar',
      'search'
    ])
    expect([...pageChromeElements].filter((name) => nonProseElements.has(name))).toEqual([])
  })

  const chrome: Array<[string, string]> = [
    ['nav', '<nav><ul><li>Zinc cures colds.</li></ul></nav>'],
    ['header', '<header><p>Zinc cures colds.</p></header>'],
    ['footer', '<footer><blockquote>Zinc cures colds.</blockquote></footer>'],
    ['aside', '<aside><h3>Zinc cures colds.</h3><table><tr><td>Zinc cures colds.</td></tr></table></aside>'],
    ['menu', '<menu><li>Zinc cures colds.</li></menu>'],
    ['button', '<button>Zinc cures colds.</button>'],
    ['select', '<select><option>Zinc cures colds.</option></select>'],
    ...[...pageChromeRoles].map((role): [string, string] => [
      `role="${role}"`,
      `<div role="${role}"><ul><li>Zinc cures colds.</li></ul></div>`
    ]),
    ['a role among others, in capitals', '<div role="Search navigation"><p>Zinc cures colds.</p></div>']
  ]

  it.each(chrome)('%s: neither way checks its text, both check the article', async (_, html) => {
    expect(await bothWays(page(html))).toEqual({preset: article, lint: article})
  })

  it.each([
    ['hidden', '<div hidden><ul><li>Zinc cures colds.</li></ul></div>'],
    ['hidden="until-found"', '<section hidden="until-found"><p>Zinc cures colds.</p></section>'],
    ['HIDDEN among other attributes', '<p class="note" HIDDEN data-x=\'a b\'>Zinc cures colds.</p>']
  ])('an element with %s is not rendered: neither way checks its text', async (_, html) => {
    expect(await bothWays(page(html))).toEqual({preset: article, lint: article})
  })

  it('a class or a value that holds the word hidden is no hidden attribute: both ways check the text', async () => {
    const value = page('<div class="a hidden b" data-hidden="x">Zinc cures colds.</div>')
    const claim = [`unhedged-claim cures 1:${value.indexOf('cures') + 1}`, ...article]
    expect(await bothWays(value)).toEqual({
      preset: claim,
      lint: claim
    })
  })

  it('a form is not chrome: both ways check the text it holds', async () => {
    const claim = ['unhedged-claim cures 1:42', ...article]
    expect(await bothWays(page('<form><p>Zinc cures colds.</p></form>'))).toEqual({preset: claim, lint: claim})
  })

  it('the model makes every block inside chrome a chrome block, code stays code', () => {
    const value = '<nav><ul><li>Home</li></ul><pre>x</pre><h2>More</h2></nav><ul><li>Zinc</li></ul>'
    const blocks = scanSourceText(value, 'html')
      .blocks.all()
      .map((block) => [value.slice(block.start, block.start + 4), block.data])
    expect(blocks).toEqual([
      ['<nav', 'chrome'],
      ['<li>', 'chrome'],
      ['<pre', 'code'],
      ['<h2>', 'chrome'],
      ['<li>', 'list-item']
    ])
  })
})

/**
 * Phrasing elements (`phrasingElementList`) are one list for the tables reader, the processor's
 * opening of huge inline containers, the realignment of positions and the reading of a title in
 * a reference entry. Before, three lists had drifted: the tables reader took `<cite>`, `<abbr>`,
 * `<q>`, `<data>`, `<time>`, `<code>`, `<ins>`... for word boundaries, so that
 * `48<abbr title="percent">%</abbr>` in a cell was the statistic `48 %` (and `<dfn>4</dfn>8%`
 * was `8%`), where the page and the processor read no space; and a huge `<sup>`, `<kbd>`,
 * `<samp>`, `<var>` or `<sub>` was not opened as a `<span>` is, though the converter reads each
 * as its children's words (a big one overflowed its stack the same way).
 */
describe('phrasing elements', () => {
  const named = (text: string) => phrasingElementList.filter((e) => e.text === text).map((e) => e.name)
  const voids = new Set(['br', 'wbr', 'img'])

  it('the list holds the inline elements by what they are to the words, a field marks a title', () => {
    expect(named('unravelled')).toEqual(['a', 'ins'])
    expect(named('source')).toEqual(['code'])
    expect(named('break')).toEqual(['br', 'wbr'])
    expect(named('embedded')).toEqual(['img'])
    expect(named('words')).toHaveLength(26)
    expect(phrasingElementList.filter((e) => e.title).map((e) => e.name)).toEqual(['i', 'em', 'cite'])
    const names = phrasingElementList.map((e) => e.name)
    expect(names.filter((name) => nonProseElements.has(name) || pageChromeElements.has(name))).toEqual([])
    expect(names.filter((name) => !/^[a-z]+$/.test(name))).toEqual([])
  })

  it.each(phrasingElementList.map((e) => [e.name, e.text]))(
    'the tables reader reads <%s> (%s) in a cell as the page renders it',
    (name, text) => {
      const markup = voids.has(name) ? `mag<${name}>nesium` : `mag<${name}>nes</${name}>ium`
      const value = `<table><tr><td>Take ${markup} daily</td></tr></table>`
      const [row] = findTableRows(value)
      const words = cellSentences(value, row.cells[0], 'html')
        .flat()
        .filter((token) => token.kind === 'word')
        .map((token) => [token.value, value.slice(token.start, token.end)])
      const joined = text === 'words' || text === 'unravelled' || text === 'source'
      expect(words).toEqual([
        ['Take', 'Take'],
        ...(joined
          ? [['magnesium', markup]]
          : [
              ['mag', 'mag'],
              ['nesium', 'nesium']
            ]),
        ['daily', 'daily']
      ])
    }
  )

  it.each([
    ['<data value="0.48">48</data>%', '48%', '48</data>%'],
    ['48<abbr title="percent">%</abbr>', '48%', '48<abbr title="percent">%'],
    ['<dfn>4</dfn>8%', '48%', '4</dfn>8%'],
    ['<code>48</code>%', '48%', '48</code>%']
  ])('a statistic written as %s in a cell is %s, placed on its source', async (cell, actual, source) => {
    const value = `<table><tr><td>Adults</td><td>${cell}</td></tr></table>`
    const result = await lint({content: value, format: 'html'}, {config: false, failOn: 'never'})
    expect(result.messages.map((m) => [m.ruleId, m.actual, value.slice(m.offset ?? 0, m.endOffset ?? 0)])).toEqual([
      ['unsourced-statistic', actual, source]
    ])
  })

  it('a huge inline element that reads as words is opened, a huge <code> is not; the tree is the same', () => {
    const inner = 'Zinc may help some adults. '.repeat(40)
    const value = ['span', 'sup', 'sub', 'kbd', 'samp', 'var', 'code']
      .map((name) => `<p>Before <${name}>${inner}</${name}> after.</p>`)
      .join('')
    const file = new VFile({path: 'a.html', value})
    const tree = parseHtml(file)
    const parser = englishParser()
    const cut = flattenHugeInline(
      splitLongTexts(tree, location(value), (piece) => parser.tokenize(piece), 100),
      100
    )
    type Element = {type: string; tagName?: string; children?: Element[]}
    const tags = (node: Element): string[] =>
      (node.children ?? []).flatMap((child) => (child.tagName ? [child.tagName, ...tags(child)] : tags(child)))
    expect(tags(cut as Element).filter((name) => name !== 'html' && name !== 'head' && name !== 'body')).toEqual([
      'p',
      'p',
      'p',
      'p',
      'p',
      'p',
      'p',
      'code'
    ])
    expect(JSON.stringify(hastToNlcst(cut, file, englishParser()))).toBe(
      JSON.stringify(hastToNlcst(tree, file, englishParser()))
    )
  })

  it('a reference entry reads the elements that mark a title as emphasis, no other', () => {
    const {text, emphasis} = htmlToPlain(
      'Smith J. <b>Zinc</b> and <dfn>colds</dfn>. <i>Nutrients</i>. <em>BMJ</em>. <cite>Lancet</cite>. 2019.'
    )
    expect(emphasis.map(([start, end]) => text.slice(start, end))).toEqual(['Nutrients', 'BMJ', 'Lancet'])
  })
})
