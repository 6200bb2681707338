/**
 * The elements of src/data/html-elements.ts (content that is no prose of the page) are read as
 * one piece by each of the three scanners of raw HTML: the document model's, the references
 * reader's and the tables reader's. Before they shared the list, each had its own (the tables
 * reader did not know noscript, textarea or title; the references reader did not know
 * textarea or title, and skipped a whole `<head>` to its end tag, which may be left out).
 */
import {describe, expect, it} from 'vitest'
import {nonProseElementList} from '../src/data/html-elements.js'
import {scanSourceText} from '../src/model/source-text.js'
import {htmlBlocks} from '../src/readers/references/blocks.js'
import {findTableRows} from '../src/readers/tables.js'

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
