/** The `sources` option: named statistical bodies that count as sources after "according to",
 * for every rule (through the document model), from the preset, a config file and `lint()`. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import {VFile} from 'vfile'
import {afterAll, describe, expect, test} from 'vitest'
import retextEvidence, {getModel, type Options} from '../src/index.js'
import {lint} from '../src/lint.js'
import {createProcessor} from '../src/processor.js'

const text = [
  'According to the Health Survey for England, 26% of adults in England are obese.',
  'According to NHS Digital, vitamin D reduces the risk of fractures.',
  'According to the ons, 1 in 5 adults smoke.',
  'According to the Daily Mail, 40% of adults skip breakfast.'
].join('\n\n')
const bodies = ['Health Survey for England', 'NHS Digital', 'ONS']
const folders: string[] = []
afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, {recursive: true, force: true})
})

async function findings(options?: Options) {
  const processor = unified().use(retextEnglish).use(retextEvidence, options)
  const file = new VFile(text)
  await processor.run(processor.parse(file), file)
  return file.messages
    .map((message) => [message.ruleId, message.line, message.actual])
    .sort((a, b) => Number(a[1]) - Number(b[1]))
}

describe('sources: named bodies', () => {
  test('by default "according to <body>" is no source (as the definitions say)', async () => {
    expect(await findings()).toEqual([
      ['unsourced-statistic', 1, '26%'],
      ['unhedged-claim', 3, 'reduces'],
      ['unsourced-statistic', 5, '1 in 5'],
      ['unsourced-statistic', 7, '40%']
    ])
  })

  test('with the option, statistics and claims after a named body are sourced; other names are not', async () => {
    expect(await findings({sources: bodies})).toEqual([['unsourced-statistic', 7, '40%']])
  })

  test('a rule with its own lexicon options (its own model of the tree) sees the same sources', async () => {
    expect(await findings({sources: bodies, 'unhedged-claim': [1, {hedges: ['arguably']}]})).toEqual([
      ['unsourced-statistic', 7, '40%']
    ])
  })

  test('the model records the source, with its span', async () => {
    const processor = unified().use(retextEnglish).use(retextEvidence, {sources: bodies})
    const file = new VFile(text)
    const tree = processor.parse(file)
    await processor.run(tree, file)
    const second = getModel(tree, file).sentences.find((sentence) => sentence.text.includes('NHS Digital'))
    expect(second?.sources).toEqual([{kind: 'named-body', start: 81, end: 105, value: 'According to NHS Digital'}])
    expect(text.slice(81, 105)).toBe('According to NHS Digital')
  })

  test('from a config file, through the processor; and from lint()', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-sources-'))
    folders.push(folder)
    fs.writeFileSync(path.join(folder, '.evidencerc.json'), JSON.stringify({sources: bodies}))
    fs.writeFileSync(path.join(folder, 'post.md'), text)
    const fromConfig = await lint({path: 'post.md'}, {cwd: folder})
    expect(fromConfig.messages.map((message) => [message.ruleId, message.line])).toEqual([['unsourced-statistic', 7]])
    const fromOptions = await lint(
      {content: text, format: 'markdown'},
      {rules: {sources: bodies, 'unsourced-statistic': 'error'}}
    )
    expect([fromOptions.pass, fromOptions.messages.map((message) => [message.ruleId, message.severity])]).toEqual([
      false,
      [['unsourced-statistic', 'error']]
    ])
    const markdown = await createProcessor({sources: ['Daily Mail']}, {format: 'markdown'}).process(
      new VFile({path: 'a.md', value: text})
    )
    expect(markdown.messages.map((message) => message.line).sort()).toEqual([1, 3, 5])
  })

  test('a bad value is a clear error', async () => {
    expect(() =>
      unified()
        .use(retextEnglish)
        .use(retextEvidence, {sources: 'ONS' as unknown as string[]})
        .freeze()
    ).toThrow(
      'retext-evidence: `sources` must be a list of names such as ["Health Survey for England", "ONS"], not "ONS"'
    )
    await expect(lint(text, {rules: {sources: ['']}})).rejects.toThrow(
      'Invalid config `options.rules`: `sources` must be a list of names'
    )
  })
})
