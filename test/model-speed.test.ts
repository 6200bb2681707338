/**
 * The document model's shortcuts for speed (issue 14, item 3) give the answers of the code
 * they stand in for: each is compared here with that code on real documents (the repository's
 * Markdown, through the Markdown bridge and as plain text), and the preset's findings on an
 * article are checked with their places.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import retextEnglish from 'retext-english'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import retextEvidence, {getModel} from '../src/index.js'
import {coversWholeText, interventionNames, sourceTextOf} from '../src/model/index.js'
import {namesIntervention} from '../src/model/claims.js'
import {scanSourceText} from '../src/model/source-text.js'
import {normalise, tokensOf} from '../src/model/tokens.js'
import type {Token} from '../src/model/types.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const documents = [
  path.join(root, 'README.md'),
  ...fs
    .readdirSync(path.join(root, 'docs'), {recursive: true})
    .map((name) => path.join(root, 'docs', String(name)))
    .filter((name) => name.endsWith('.md'))
].map((file) => ({name: path.relative(root, file), value: fs.readFileSync(file, 'utf8')}))

const article = [
  '# Magnesium and sleep',
  '',
  'Magnesium glycinate reduces anxiety and improves sleep quality in adults.',
  'It also lowers blood pressure. Some studies suggest magnesium may help with cramps [1].',
  'About 48% of Americans don’t get enough magnesium.',
  '',
  '<p>Lumivex™ cures insomnia in “just 3 nights”.</p>',
  '',
  '## References',
  '',
  '1. Smith J, et al. Magnesium and cramps. Nutrients. 2017;9(5):429.'
].join('\n')

/** The nlcst tree of a document: through the Markdown bridge, or parsed as plain text. */
async function treeOf(value: string, how: 'markdown' | 'text'): Promise<Root> {
  let tree: Root | undefined
  const keep = () => (node: Root) => {
    tree = node
  }
  if (how === 'text') {
    const processor = unified().use(retextEnglish)
    return (await processor.run(processor.parse(value))) as Root
  }
  const processor = unified()
    .use(remarkParse)
    .use(remarkRetext, unified().use(retextEnglish).use(keep) as never)
  await processor.run(processor.parse(value), new VFile(value))
  if (!tree) throw new Error('no tree')
  return tree
}

function sentenceTokens(tree: Root): Token[][] {
  const out: Token[][] = []
  const visit = (node: {type: string; children?: unknown[]}) => {
    if (node.type === 'SentenceNode') out.push(tokensOf(node as never))
    else for (const child of node.children ?? []) visit(child as never)
  }
  visit(tree as never)
  return out
}

describe('model shortcuts give the answers of the code they replace', () => {
  test('coversWholeText: toString(tree) === value, read without joining the tree', async () => {
    let covered = 0
    for (const {name, value} of [...documents, {name: 'article', value: article}]) {
      for (const how of ['text', 'markdown'] as const) {
        const tree = await treeOf(value, how)
        const expected =
          tree.position?.start.offset === 0 && tree.position?.end.offset === value.length && toString(tree) === value
        expect(coversWholeText(tree, value), `${name} as ${how}`).toBe(expected)
        if (expected) covered++
        // A text that differs only in its last character is not covered.
        expect(
          coversWholeText(tree, value.slice(0, -1) + (value.endsWith('x') ? 'y' : 'x')),
          `${name} as ${how}, changed`
        ).toBe(false)
      }
    }
    // Every plain-text parse covers its text, no Markdown bridge does.
    expect(covered).toBe(documents.length + 1)
  })

  test('interventionNames: namesIntervention per sentence and per word, words repeated or cased differently', async () => {
    const extras = [undefined, new Set(['glycinate', 'cpap'])]
    let named = 0
    for (const extra of extras) {
      const names = interventionNames(extra)
      for (const {value} of [...documents, {name: 'article', value: article}]) {
        for (const tokens of sentenceTokens(await treeOf(value, 'markdown'))) {
          const expected = namesIntervention(tokens, extra)
          expect(names.any(tokens)).toBe(expected)
          if (expected) named++
          for (const token of tokens)
            expect(names.word(token)).toBe(token.kind === 'word' && namesIntervention([token], extra))
        }
      }
      // The same text with another lower case is answered for that lower case.
      const odd: Token = {
        kind: 'word',
        value: 'Reduces',
        lower: 'magnesium',
        start: 0,
        end: 7,
        node: {type: 'WordNode'} as never
      }
      const plain: Token = {...odd, lower: 'reduces'}
      expect(names.word(plain)).toBe(namesIntervention([plain], extra))
      expect(names.word(odd)).toBe(namesIntervention([odd], extra))
      expect(names.word(odd)).not.toBe(names.word(plain))
    }
    expect(named).toBeGreaterThan(10)
  })

  test('normalise: lower case with curly apostrophes and quotes made straight', () => {
    const slow = (value: string) =>
      value
        .toLowerCase()
        .replace(/[\u2018\u2019\u02BC]/g, "'")
        .replace(/[\u201C\u201D]/g, '"')
    for (const value of [
      'Don’t',
      'MAGNESIUM',
      '“Just',
      'nights”',
      'ʼtis',
      '‘quoted’',
      'plain',
      '',
      'İstanbul',
      'ΣΑΣ'
    ]) {
      expect(normalise(value)).toBe(slow(value))
    }
  })

  test('sourceTextOf: the scan the model was built from, equal to a fresh scan', async () => {
    for (const {name, value} of [...documents.slice(0, 4), {name: 'article', value: article}]) {
      const tree = await treeOf(value, 'markdown')
      const model = getModel(tree, new VFile(value))
      const source = sourceTextOf(model)
      expect(JSON.parse(JSON.stringify(source)), name).toEqual(
        JSON.parse(JSON.stringify(scanSourceText(value, model.format)))
      )
      expect(sourceTextOf(model)).toBe(source)
    }
  })

  test('the preset on an article through the Markdown bridge: findings and places', async () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkRetext, unified().use(retextEnglish).use(retextEvidence) as never)
    const file = new VFile({path: 'article.md', value: article})
    await processor.run(processor.parse(file), file)
    const found = file.messages
      .map((m) => [m.ruleId, m.line, m.column, m.place && 'end' in m.place ? m.place.end.column : undefined, m.actual])
      .sort((a, b) => Number(a[1]) - Number(b[1]) || Number(a[2]) - Number(b[2]))
    expect(found).toEqual([
      ['unhedged-claim', 3, 21, 49, 'reduces anxiety and improves'],
      ['unhedged-claim', 4, 9, 15, 'lowers'],
      ['unsourced-statistic', 5, 1, 10, 'About 48%'],
      ['unhedged-claim', 7, 13, 18, 'cures']
    ])
  })
})
