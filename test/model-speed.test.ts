/**
 * The document model's shortcuts for speed (issue 14, item 3) give the answers of the code
 * they stand in for: each is compared here with that code on real documents (the repository's
 * Markdown, through the Markdown bridge and as plain text), and the preset's findings on an
 * article are checked with their places.
 */
import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import retextEnglish from 'retext-english'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {repositoryDocuments} from './helpers.js'
import retextEvidence, {getModel} from '../src/index.js'
import {coversWholeText, interventionNames, sourceTextOf} from '../src/model/index.js'
import {namesIntervention} from '../src/model/claims.js'
import {scanSourceText} from '../src/model/source-text.js'
import {normalise, tokensOf} from '../src/model/tokens.js'
import type {Token} from '../src/model/types.js'
import {buildLexicons} from '../src/model/index.js'
import {LexiconGroup, matchAll} from '../src/model/lexicon.js'
import {foldKey, isAlnum, scanItems, superscriptDigits, type Item} from '../src/text/words.js'

const documents = repositoryDocuments()

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

  test('tokensOf: each token as the node-by-node reading made it (kind, text, lower case, offsets)', async () => {
    const kinds: Record<string, Token['kind']> = {
      WordNode: 'word',
      PunctuationNode: 'punctuation',
      SymbolNode: 'symbol',
      WhiteSpaceNode: 'whitespace',
      SourceNode: 'source',
      TextNode: 'word'
    }
    let count = 0
    for (const {name, value} of [...documents.slice(0, 6), {name: 'article', value: article}]) {
      const tree = await treeOf(value, 'markdown')
      const visit = (node: {type: string; children?: unknown[]}) => {
        if (node.type !== 'SentenceNode') {
          for (const child of node.children ?? []) visit(child as never)
          return
        }
        const expected = (node.children as Array<{type: string; position?: Root['position']}>)
          .filter((child) => Object.hasOwn(kinds, child.type) && child.position)
          .map((child) => {
            const text = toString(child as never)
            return {
              kind: kinds[child.type],
              value: text,
              lower: normalise(text),
              start: child.position?.start.offset,
              end: child.position?.end.offset,
              node: child
            }
          })
        expect(tokensOf(node as never), name).toEqual(expected)
        count += expected.length
      }
      visit(tree as never)
    }
    expect(count).toBeGreaterThan(1000)
    // A node type that only an object's prototype knows is no token.
    const odd = {
      type: 'SentenceNode',
      children: [{type: 'constructor', value: 'x', position: {start: {offset: 0}, end: {offset: 1}}}]
    }
    expect(tokensOf(odd as never)).toEqual([])
  })

  test('LexiconGroup: the matches of each lexicon, as matchAll finds them one lexicon at a time', async () => {
    for (const options of [{}, {hedges: ['arguably', 'in all likelihood'], boosters: ['for sure']}]) {
      const lexicons = buildLexicons(options)
      const list = [
        lexicons.hedges,
        lexicons.notHedges,
        lexicons.boosters,
        lexicons.negations,
        lexicons.notNegations,
        lexicons.vague
      ]
      const group = new LexiconGroup(list)
      let found = 0
      for (const {value} of [
        ...documents,
        {name: 'article', value: article + ' Arguably, it is for sure not proven.'}
      ]) {
        for (const tokens of sentenceTokens(await treeOf(value, 'markdown'))) {
          const expected = list.map((lexicon) => matchAll(lexicon, tokens))
          expect(group.matchAll(tokens)).toEqual(expected)
          found += expected.flat().length
        }
      }
      expect(found).toBeGreaterThan(100)
    }
  })

  test('scanItems, foldKey, isAlnum: the answers of the Unicode-class code on ASCII and other text', () => {
    const slowAlnum = (ch: string) => /[\p{L}\p{N}]/u.test(ch)
    const slowFold = (text: string) => {
      let out = ''
      for (const ch of text.normalize('NFD').toLowerCase()) {
        if (ch === "'" || ch === '\u2019' || ch === '\u02BC') continue
        const code = ch.charCodeAt(0)
        if (code >= 0x300 && code <= 0x36f) continue
        out += ch
      }
      return out
    }
    for (let code = 0; code < 0x3000; code++) {
      const ch = String.fromCharCode(code)
      expect(isAlnum(ch), `U+${code.toString(16)}`).toBe(slowAlnum(ch))
    }
    for (const ch of ['', '𝟙', '𝐀', '\uD835', 'ab']) expect(isAlnum(ch)).toBe(slowAlnum(ch))
    // Random words over a mixed alphabet: ASCII letters, digits and apostrophes, accented and
    // decomposed letters, curly apostrophes, superscripts, a letter outside the BMP.
    const alphabet = [
      'a',
      'Z',
      'q',
      '7',
      "'",
      '’',
      'ʼ',
      'É',
      'e\u0301',
      'ß',
      'İ',
      '¹',
      '²',
      '-',
      '.',
      ',',
      ' ',
      '\n',
      '𝐀',
      'Ω'
    ]
    let seed = 7
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed / 2147483648
    }
    const slowItems = (text: string): Item[] => {
      // The scan written as before: the Unicode class for every character.
      const items: Item[] = []
      let space = false
      let newline = false
      let i = 0
      const digit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9'
      const letter = (ch: string | undefined) => ch !== undefined && slowAlnum(ch) && !superscriptDigits.has(ch)
      while (i < text.length) {
        const ch = text[i]
        if (/[ \t\n\r\u00A0\f\v]/.test(ch)) {
          space = true
          if (ch === '\n') newline = true
          i++
          continue
        }
        if (digit(ch)) {
          let j = i
          while (digit(text[j])) j++
          while (
            text[j] === ',' &&
            digit(text[j + 1]) &&
            digit(text[j + 2]) &&
            digit(text[j + 3]) &&
            !digit(text[j + 4])
          )
            j += 4
          if (text[j] === '.' && digit(text[j + 1])) {
            j++
            while (digit(text[j])) j++
          }
          if (j < text.length && letter(text[j]) && !digit(text[j])) {
            let k = j
            while (letter(text[k])) k++
            items.push({
              kind: 'word',
              text: text.slice(i, k),
              key: slowFold(text.slice(i, k)),
              start: i,
              end: k,
              space,
              newline
            })
            i = k
          } else {
            const raw = text.slice(i, j)
            const digits = raw.replace(/,/g, '')
            items.push({
              kind: 'number',
              text: raw,
              key: digits,
              start: i,
              end: j,
              space,
              newline,
              value: Number(digits)
            })
            i = j
          }
        } else if (letter(ch)) {
          let j = i + 1
          for (;;) {
            if (letter(text[j])) j++
            else if (["'", '\u2019', '\u02BC'].includes(text[j]) && letter(text[j + 1])) j += 2
            else break
          }
          items.push({
            kind: 'word',
            text: text.slice(i, j),
            key: slowFold(text.slice(i, j)),
            start: i,
            end: j,
            space,
            newline
          })
          i = j
        } else {
          const len = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1
          items.push({
            kind: 'punct',
            text: text.slice(i, i + len),
            key: text.slice(i, i + len),
            start: i,
            end: i + len,
            space,
            newline
          })
          i += len
        }
        space = false
        newline = false
      }
      return items
    }
    for (let round = 0; round < 2000; round++) {
      let text = ''
      const length = 1 + Math.floor(random() * 24)
      for (let k = 0; k < length; k++) text += alphabet[Math.floor(random() * alphabet.length)]
      expect(foldKey(text), JSON.stringify(text)).toBe(slowFold(text))
      expect(scanItems(text), JSON.stringify(text)).toEqual(slowItems(text))
    }
    for (const {value} of documents.slice(0, 6)) expect(scanItems(value)).toEqual(slowItems(value))
    expect(foldKey("Don't")).toBe('dont')
    expect(foldKey('Café')).toBe('cafe')
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
