/**
 * The elements of src/data/html-elements.ts (content that is no prose of the page) are read as
 * one piece by each of the three scanners of raw HTML: the document model's, the references
 * reader's and the tables reader's. Before they shared the list, each had its own (the tables
 * reader did not know noscript, textarea or title; the references reader did not know
 * textarea or title, and skipped a whole `<head>` to its end tag, which may be left out).
 */
import {describe, expect, it} from 'vitest'
import {nonProseElementList, nonProseElements, pageChromeElements, pageChromeRoles} from '../src/data/html-elements.js'
import {lint} from '../src/lint.js'
import {scanSourceText} from '../src/model/source-text.js'
import {htmlBlocks} from '../src/readers/references/blocks.js'
import {findTableRows} from '../src/readers/tables.js'
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
