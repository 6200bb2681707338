/**
 * Runs every example of docs/definitions.md: in a `text
 * flagged <rule>` block each line is a document that gets exactly one finding of the rule; in
 * a `text clean <rule>` block each line gets none; a `markdown document flagged|clean <rule>`
 * block is one document with exactly one finding of the rule, or none.
 */
import fs from 'node:fs'
import {describe, expect, it} from 'vitest'
import {lintRule, type Format} from './helpers.js'

const doc = fs.readFileSync(new URL('../docs/definitions.md', import.meta.url), 'utf8')
const rules = ['unhedged-claim', 'unsourced-statistic', 'mismatched-attribution']

interface Example {
  rule: string
  flagged: boolean
  format: Format
  value: string
}

/** The examples of the page, one per line of a `text` block, one per `document` block. */
function examples(markdown: string): Example[] {
  const out: Example[] = []
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(text|markdown) (document )?(flagged|clean) ([a-z-]+)$/.exec(lines[i])
    if (!open) continue
    let j = i + 1
    while (j < lines.length && !lines[j].startsWith('```')) j++
    const body = lines.slice(i + 1, j)
    const [, language, document, kind, rule] = open
    const base = {rule, flagged: kind === 'flagged', format: language as Format}
    if (document) out.push({...base, value: body.join('\n') + '\n'})
    else for (const line of body) if (line.trim() !== '') out.push({...base, value: line})
    i = j
  }
  return out
}

const all = examples(doc)

describe('docs/definitions.md', () => {
  it('has examples of both kinds for every rule', () => {
    for (const rule of rules) {
      expect(all.filter((example) => example.rule === rule && example.flagged).length, rule).toBeGreaterThanOrEqual(2)
      expect(all.filter((example) => example.rule === rule && !example.flagged).length, rule).toBeGreaterThanOrEqual(1)
    }
    expect(all.every((example) => rules.includes(example.rule))).toBe(true)
  })

  for (const example of all) {
    it(`${example.rule} ${example.flagged ? 'flags' : 'leaves alone'}: ${example.value.split('\n')[0]}`, async () => {
      const messages = await lintRule(example.value, example.rule, example.format)
      expect(messages.map((m) => m.reason)).toHaveLength(example.flagged ? 1 : 0)
    })
  }
})
