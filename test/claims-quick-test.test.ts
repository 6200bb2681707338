/**
 * The claim detector's quick test (`mayHoldEffect`, src/claims/quick-test.ts; issue 14, item 3)
 * skips only sentences where `findEffects` finds nothing: compared with `findEffects` on every
 * sentence of the repository's Markdown (through the package's processor, as Markdown and as
 * plain text), on the sentences of test/claim-classes.test.ts (read from the file), and on
 * sentences written here for each word the detector starts from.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Root} from 'nlcst'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {repositoryMarkdownFiles} from './helpers.js'
import {createProcessor} from '../src/processor.js'
import {buildLexicons, buildModel, getModel, type DocumentModel, type Lexicons} from '../src/model/index.js'
import {findEffects} from '../src/model/claims.js'
import {mayHoldEffect} from '../src/claims/quick-test.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The string literals of test/claim-classes.test.ts that read as text (two words or more),
 * escapes undone: its sentences and documents. */
function claimClassTexts(): string[] {
  const source = fs.readFileSync(path.join(root, 'test', 'claim-classes.test.ts'), 'utf8')
  const out: string[] = []
  for (const quote of ["'", '"', '`']) {
    let at = 0
    for (;;) {
      const open = source.indexOf(quote, at)
      if (open < 0) break
      let close = open + 1
      while (close < source.length && source[close] !== quote && source[close] !== '\n')
        close += source[close] === '\\' ? 2 : 1
      const body = source.slice(open + 1, close)
      at = close + 1
      if (source[close] !== quote || body.includes('${') || !body.includes(' ')) continue
      out.push(body.replaceAll('\\n', '\n').replaceAll("\\'", "'").replaceAll('\\"', '"'))
    }
  }
  return out
}

/** The contexts `analyseClaims` can hand `findEffects`, from the most to the least permissive. */
const contexts = [
  {previousIntervention: true, topic: 'magnesium', labelIntervention: true, labelText: 'Zinc', listItem: true},
  {previousIntervention: false, topic: undefined, labelIntervention: false, labelText: '', listItem: false},
  {previousIntervention: true, topic: undefined, labelIntervention: false, labelText: '', listItem: false},
  {previousIntervention: false, topic: 'zinc', labelIntervention: true, labelText: 'Zinc', listItem: true}
]

/** The model of a document through the package's processor. */
async function modelOf(value: string, name: string): Promise<DocumentModel> {
  const processor = createProcessor(null, {})
  const file = new VFile({path: name, value})
  const tree = (await processor.run(processor.parse(file), file)) as Root
  return getModel(tree, file)
}

/** For every sentence of `model`: whether `findEffects` finds an effect in any context, and
 * whether the quick test lets it through (expected whenever it does). */
function compare(model: DocumentModel, lexicons: Lexicons, where: string): {found: number; skipped: number} {
  let found = 0
  let skipped = 0
  const extra = lexicons.extraInterventions
  for (const sentence of model.sentences) {
    const may = mayHoldEffect(sentence.tokens, lexicons.claims)
    if (!may) skipped++
    const finds = contexts.some(
      (context) =>
        findEffects(sentence.tokens, sentence.labelEnd, lexicons.claims, sentence.hedges, sentence.negations, {
          ...context,
          extra
        }).length > 0
    )
    if (finds) found++
    if (finds) expect(may, `${where}: ${sentence.text}`).toBe(true)
  }
  return {found, skipped}
}

describe('mayHoldEffect: says "maybe" wherever findEffects finds an effect', () => {
  test("every sentence of the repository's Markdown, as Markdown and as text", async () => {
    const lexicons = buildLexicons({})
    let sentences = 0
    let found = 0
    let skipped = 0
    for (const file of repositoryMarkdownFiles()) {
      const value = fs.readFileSync(file, 'utf8')
      const name = path.relative(root, file)
      for (const as of [name, name + '.txt']) {
        const model = await modelOf(value, as)
        const counts = compare(model, lexicons, as)
        sentences += model.sentences.length
        found += counts.found
        skipped += counts.skipped
      }
    }
    // Enough sentences of both kinds to mean something.
    expect(sentences).toBeGreaterThan(5000)
    expect(found).toBeGreaterThan(300)
    expect(skipped).toBeGreaterThan(1000)
  }, 300_000)

  test("the sentences of test/claim-classes.test.ts, and a user's own verbs, phrases and interventions", async () => {
    const texts = claimClassTexts()
    expect(texts.length).toBeGreaterThan(300)
    const value = [...texts, 'Zorbex glorps the joints.', 'Zorbex blorfs away knee pain.'].join('\n\n')
    const own = buildLexicons({effectVerbs: ['glorp'], effectPhrases: ['blorfs away'], interventions: ['Zorbex']})
    let found = 0
    for (const lexicons of [buildLexicons({}), own]) {
      for (const format of ['text', 'markdown'] as const) {
        const model = await modelWith(value, lexicons, format)
        found += compare(model, lexicons, `claim-classes (${format})`).found
      }
    }
    expect(found).toBeGreaterThan(300)
    // The user's verb and phrase are found, and let through.
    const mine = await modelWith('Zorbex glorps the joints.\n\nZorbex blorfs away knee pain.', own, 'text')
    for (const sentence of mine.sentences) {
      expect(sentence.effects.map((e) => e.phrase).join(), sentence.text).toMatch(/glorp|blorfs away/)
      expect(mayHoldEffect(sentence.tokens, own.claims)).toBe(true)
      expect(mayHoldEffect(sentence.tokens, buildLexicons({}).claims), sentence.text).toBe(false)
    }
  }, 300_000)

  test('each word the detector starts from lets its sentence through; a sentence without one is skipped', async () => {
    // One sentence for each kind of start (see src/claims/quick-test.ts), each with an effect.
    const starts = [
      'Zinc shortens colds.',
      'Rosehip oil has potent regenerative properties.',
      'Honey is a soothing remedy for sore throats.',
      'Blood pressure is lowered by beetroot juice.',
      'After a month on magnesium, my cholesterol was down.',
      'One of the perks of coffee is a surge in energy.',
      'These cultures break down histamine.',
      'Magnesium is the simplest way to sleep better.'
    ]
    const lexicons = buildLexicons({})
    const model = await modelWith(starts.join('\n\n'), lexicons, 'text')
    expect(model.sentences.map((s) => s.text)).toEqual(starts)
    for (const sentence of model.sentences) {
      const effects = contexts.flatMap((context) =>
        findEffects(sentence.tokens, sentence.labelEnd, lexicons.claims, sentence.hedges, sentence.negations, {
          ...context,
          extra: undefined
        })
      )
      expect(effects.length, sentence.text).toBeGreaterThan(0)
      expect(mayHoldEffect(sentence.tokens, lexicons.claims), sentence.text).toBe(true)
    }
    // Words that start a phrase (`is`, `a`, `the`), a form of *be* or a base form elsewhere
    // than where the detector reads them are not enough.
    const plain = ['The shop is a short walk from the station.', 'We were at home on Tuesday.', 'I break the bread.']
    const near = await modelWith(plain.join('\n\n'), lexicons, 'text')
    expect(near.sentences.map((s) => s.text)).toEqual(plain)
    for (const sentence of near.sentences) {
      expect(mayHoldEffect(sentence.tokens, lexicons.claims), sentence.text).toBe(false)
      expect(sentence.effects, sentence.text).toEqual([])
    }
  })
})

/** The model of a text through the package's processor's parse, with these lexicons. */
async function modelWith(value: string, lexicons: Lexicons, format: 'text' | 'markdown'): Promise<DocumentModel> {
  const processor = createProcessor(null, {})
  const file = new VFile({path: format === 'text' ? 'own.txt' : 'own.md', value})
  const tree = (await processor.run(processor.parse(file), file)) as Root
  return buildModel(tree, value, lexicons, format)
}
