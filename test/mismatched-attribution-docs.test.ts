/**
 * Runs every example of docs/rules/mismatched-attribution.md as a whole document: a block
 * whose info string is `flagged → actual` must give exactly one finding with that `actual`,
 * placed on exactly those characters; a `not-flagged` block must give none.
 */
import {describe, expect, it} from 'vitest'
import fs from 'node:fs'
import {lintRule, type Format} from './helpers.js'

const rule = 'mismatched-attribution'
const doc = fs.readFileSync(new URL('../docs/rules/mismatched-attribution.md', import.meta.url), 'utf8')

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

const formats: Record<string, Format> = {text: 'text', markdown: 'markdown', html: 'html'}
const examples = blocks(doc).filter(
  (b) => b.language in formats && (b.info.startsWith('flagged') || b.info === 'not-flagged')
)
const flagged = examples
  .filter((b) => b.info.startsWith('flagged'))
  .map((b) => [b.info.split(' \u2192 ')[1], b] as const)
const notFlagged = examples.filter((b) => b.info === 'not-flagged').map((b) => [b.body.split('\n')[0], b] as const)

describe('docs/rules/mismatched-attribution.md', () => {
  it('has examples of both kinds in every format', () => {
    expect(flagged.length).toBeGreaterThanOrEqual(10)
    expect(notFlagged.length).toBeGreaterThanOrEqual(10)
    for (const format of ['text', 'markdown', 'html']) expect(examples.some((b) => b.language === format)).toBe(true)
  })

  it.each(flagged)('flags %s', async (actual, block) => {
    const messages = await lintRule(block.body, rule, formats[block.language])
    expect(messages.map((m) => m.actual)).toEqual([actual])
    const place = messages[0].place
    const start = place && 'start' in place ? place.start.offset : undefined
    const end = place && 'end' in place ? place.end.offset : undefined
    expect(block.body.slice(start, end)).toBe(actual)
    expect(messages[0].url).toBe(
      'https://github.com/retext-evidence/retext-evidence/blob/main/docs/rules/mismatched-attribution.md'
    )
  })

  it.each(notFlagged)('does not flag: %s', async (_first, block) => {
    expect((await lintRule(block.body, rule, formats[block.language])).map((m) => `${m.actual}: ${m.reason}`)).toEqual(
      []
    )
  })
})
