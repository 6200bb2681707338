/**
 * Runs every example of docs/rules/unsourced-statistic.md: each line of a `text flagged`
 * block must give exactly one finding whose `actual` follows `→`; no line of a `text
 * not-flagged` block may give any. `markdown` and `html` blocks are whole documents
 * (`flagged → actual` in the info string, or `not-flagged`).
 */
import {describe, expect, it} from 'vitest'
import fs from 'node:fs'
import {lintRule, type Format} from './helpers.js'

const rule = 'unsourced-statistic'
const doc = fs.readFileSync(new URL('../docs/rules/unsourced-statistic.md', import.meta.url), 'utf8')

interface Block {
  language: string
  info: string
  body: string
}

function blocks(markdown: string): Block[] {
  const out: Block[] = []
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w+)\s*(.*)$/.exec(lines[i])
    if (!open) continue
    let j = i + 1
    while (j < lines.length && !lines[j].startsWith('```')) j++
    out.push({language: open[1], info: open[2].trim(), body: lines.slice(i + 1, j).join('\n') + '\n'})
    i = j
  }
  return out
}

const all = blocks(doc)
const lines = (info: string) =>
  all
    .filter((b) => b.language === 'text' && b.info === info)
    .flatMap((b) => b.body.split('\n'))
    .filter((line) => line.trim() !== '')
const flagged = lines('flagged').map((line) => line.split(' → ') as [string, string])
const notFlagged = lines('not-flagged')
const documents = all.filter(
  (b) =>
    (b.language === 'markdown' || b.language === 'html') && (b.info.startsWith('flagged') || b.info === 'not-flagged')
)

describe('docs/rules/unsourced-statistic.md', () => {
  it('has examples of both kinds', () => {
    expect(flagged.length).toBeGreaterThanOrEqual(10)
    expect(notFlagged.length).toBeGreaterThanOrEqual(10)
    expect(documents.length).toBeGreaterThanOrEqual(4)
  })

  it.each(flagged)('flags: %s', async (sentence, actual) => {
    const messages = await lintRule(sentence, rule)
    expect(messages.map((m) => m.actual)).toEqual([actual])
    const [message] = messages
    expect(
      sentence.slice(
        message.place && 'start' in message.place ? message.place.start.offset : -1,
        message.place && 'end' in message.place ? message.place.end.offset : -1
      )
    ).toBe(actual)
  })

  it.each(notFlagged)('does not flag: %s', async (sentence) => {
    expect((await lintRule(sentence, rule)).map((m) => m.actual)).toEqual([])
  })

  for (const block of documents) {
    const format: Format = block.language === 'html' ? 'html' : 'markdown'
    const expected = block.info.startsWith('flagged') ? [block.info.split('→')[1].trim()] : []
    it(`${block.info}: ${format} table`, async () => {
      expect((await lintRule(block.body, rule, format)).map((m) => m.actual)).toEqual(expected)
    })
  }
})
