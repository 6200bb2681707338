/**
 * Property tests (issue 9): arbitrary Unicode text, Markdown built from random blocks and random
 * HTML, through the library (`lint()`), the processor (`retext-evidence/processor`), the plain
 * preset (retext-english; the remark and rehype bridges too) and the CLI. Properties:
 *
 * - no throw; every message has a rule id, a reason and a place inside the document
 *   (0 ≤ start ≤ end ≤ length) whose line and column match its offset (vfile-location on the
 *   original text), and that covers the words it names (`actual`); messages about the input as
 *   a whole (`binary`, `too-large`, `encoding`) have no place at all;
 * - determinism: the same input gives the same messages, twice, on processors built afresh,
 *   and from `lint()` as from the processor;
 * - stability: inserting text into one paragraph leaves the findings of unhedged-claim and
 *   unsourced-statistic in the other paragraphs as they were (shifted by the inserted length);
 * - fixes: applying an `expected` fix leaves its words unflagged and brings no new finding of
 *   that rule into the sentence;
 * - positions after character references and escapes map to the source (`align`).
 *
 * `npm test` runs them with a fixed seed and a bounded number of runs (`runs.*.test`).
 * `npm run fuzz` (scripts/fuzz.mjs) runs this file with `EVIDENCE_FUZZ` set (a scale for
 * `runs.*.fuzz`: over 100,000 cases at 1), a random seed unless `EVIDENCE_FUZZ_SEED` is given,
 * and reports the count of cases run. Counter-examples found so far are plain tests in
 * `test/property-regressions.test.ts`.
 */
import fs from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import retextEnglish from 'retext-english'
import retextStringify from 'retext-stringify'
import {unified, type Processor} from 'unified'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {fromHtml} from 'hast-util-from-html'
import type {VFileMessage} from 'vfile-message'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import retextEvidence from '../src/index.js'
import {clearProcessorCache, lint, type LintMessage} from '../src/lint.js'
import type {DocumentModel} from '../src/model/types.js'
import {isInterventionWord} from '../src/model/claims.js'
import {createProcessor, type Format} from '../src/processor.js'
import {align, type Syntax} from '../src/text/realign.js'
import {cleanHtmlDoc, cleanMarkdownDoc, htmlDoc, insertion, markdownDoc, textDoc, unicodeText} from './arbitraries.js'
import {cli, ensureBuilt, removeTempFolders, tempFolder} from './cli-helpers.js'
import {noCompiler} from './helpers.js'

// ---------------------------------------------------------------------------------------------
// Settings: fixed seed and bounded runs in `npm test`; scaled up by `npm run fuzz`.

/** `EVIDENCE_FUZZ`: unset or 0 in `npm test`; when fuzzing, a scale for the fuzz run counts. */
const fuzz = Number(process.env.EVIDENCE_FUZZ ?? 0)
const seed = process.env.EVIDENCE_FUZZ_SEED
  ? Number(process.env.EVIDENCE_FUZZ_SEED)
  : fuzz > 0
    ? Date.now() % 2 ** 31
    : 909_2024
const timeout = fuzz > 0 ? 24 * 3600_000 : 60_000
const counts = new Map<string, number>()
if (fuzz > 0) console.log(`properties: seed ${seed}, fuzz runs ×${fuzz} (EVIDENCE_FUZZ_SEED=${seed} replays them)`)

/** Cases of each property: `test` in `npm test` (fixed seed), `fuzz` in `npm run fuzz`. */
const runs = {
  unicode: {test: 120, fuzz: 40_000},
  markdown: {test: 60, fuzz: 16_000},
  html: {test: 80, fuzz: 16_000},
  agreement: {test: 20, fuzz: 4_000},
  stability: {test: 50, fuzz: 12_000},
  fixes: {test: 40, fuzz: 12_000},
  align: {test: 200, fuzz: 5_000},
  'cli-folder': {test: 2, fuzz: 25},
  'cli-stdin': {test: 3, fuzz: 25}
} as const

/** Run a property with the seed, as many times as `runs[name]` says. */
async function check<Ts extends [unknown, ...unknown[]]>(
  name: keyof typeof runs,
  arbitraries: {[K in keyof Ts]: fc.Arbitrary<Ts[K]>},
  predicate: (...args: Ts) => Promise<void>
): Promise<void> {
  // A case counts once it has passed (not when a precondition skipped it).
  const property = fc.asyncProperty(...arbitraries, async (...args: Ts) => {
    await predicate(...args)
    counts.set(name, (counts.get(name) ?? 0) + 1)
  })
  const numRuns = fuzz > 0 ? Math.max(1, Math.round(runs[name].fuzz * fuzz)) : runs[name].test
  await fc.assert(property as fc.IAsyncProperty<Ts>, {seed, numRuns})
}

afterAll(() => {
  const report = process.env.EVIDENCE_FUZZ_REPORT
  if (report)
    fs.appendFileSync(report, [...counts].map(([name, count]) => JSON.stringify({name, count, seed}) + '\n').join(''))
  removeTempFolders()
})

// ---------------------------------------------------------------------------------------------
// Pipelines

const extension: Record<Format, string> = {text: 'txt', markdown: 'md', html: 'html'}
let processor = createProcessor()

/** Lint through `retext-evidence/processor`, keeping the file (its model is in `file.data`). */
async function processFile(value: string, format: Format, fresh = false): Promise<VFile> {
  if (fresh) processor = createProcessor()
  const file = new VFile({path: 'doc.' + extension[format], value})
  await processor.process(file)
  return file
}

function modelOf(file: VFile): DocumentModel {
  const model = (file.data as {evidence?: {model: DocumentModel}}).evidence?.model
  if (!model) throw new Error('no model in file.data')
  return model
}

/** Lint through the plain preset: retext-english for text, the remark/rehype bridges otherwise.
 * `undefined` when rehype-retext itself cannot take the input: hast-util-to-nlcst throws when
 * the hast root has no position (white space only, a lone `<p`), before the preset runs. */
async function plain(value: string, format: Format): Promise<VFileMessage[] | undefined> {
  if (format === 'html' && !unified().use(rehypeParse).parse(value).position) return undefined
  const retext = unified().use(retextEnglish).use(retextEvidence)
  let pipeline: Pick<Processor, 'process'>
  if (format === 'markdown')
    pipeline = unified()
      .use(remarkParse)
      .use(remarkRetext, retext as never)
      .use(noCompiler)
  else if (format === 'html')
    pipeline = unified()
      .use(rehypeParse)
      .use(rehypeRetext, retext as never)
      .use(noCompiler)
  else pipeline = retext.use(retextStringify)
  const file = await pipeline.process(value)
  return file.messages
}

// ---------------------------------------------------------------------------------------------
// Checks

interface Place {
  ruleId: string | null | undefined
  reason: string
  actual?: string | null | undefined
  line: number | null | undefined
  column: number | null | undefined
  offset: number | null | undefined
  endLine: number | null | undefined
  endColumn: number | null | undefined
  endOffset: number | null | undefined
}

function fromVFileMessage(message: VFileMessage): Place {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : undefined
  return {
    ruleId: message.ruleId,
    reason: message.reason,
    actual: message.actual,
    line: start?.line,
    column: start?.column,
    offset: start?.offset,
    endLine: end?.line,
    endColumn: end?.column,
    endOffset: end?.offset
  }
}

/** Every message has a rule id, a reason, and a place in `value` consistent with its offsets.
 * Given the format, the place also covers the words the message names (`actual`). */
function expectWellPlaced(value: string, messages: Place[], where: string, format?: Format): void {
  const points = location(value)
  for (const message of messages) {
    const problem = placeProblem(value, points, message) ?? (format ? coverProblem(value, message, format) : undefined)
    if (problem)
      expect.fail(`${where}: ${problem}\nmessage: ${JSON.stringify(message)}\ninput: ${JSON.stringify(value)}`)
  }
}

/** Messages about the input as a whole (a NUL byte, too large, not UTF-8) have no place. */
const wholeFile = new Set(['binary', 'too-large', 'encoding'])

function placeProblem(value: string, points: ReturnType<typeof location>, message: Place): string | undefined {
  if (typeof message.ruleId !== 'string' || message.ruleId === '') return 'no ruleId'
  if (typeof message.reason !== 'string' || message.reason.trim() === '') return 'no reason'
  if (wholeFile.has(message.ruleId)) {
    const placed = [
      message.line,
      message.column,
      message.offset,
      message.endLine,
      message.endColumn,
      message.endOffset
    ].some((x) => x !== null && x !== undefined)
    return placed ? 'a message about the whole input has a place' : undefined
  }
  const {offset, endOffset} = message
  if (typeof offset !== 'number' || typeof endOffset !== 'number') return 'no start and end offsets'
  if (!(offset >= 0 && offset <= endOffset && endOffset <= value.length))
    return `offsets ${offset}–${endOffset} outside [0, ${value.length}] or reversed`
  const start = points.toPoint(offset)
  const end = points.toPoint(endOffset)
  if (!start || start.line !== message.line || start.column !== message.column)
    return `start ${message.line}:${message.column} is not offset ${offset} (${start?.line}:${start?.column})`
  if (!end || end.line !== message.endLine || end.column !== message.endColumn)
    return `end ${message.endLine}:${message.endColumn} is not offset ${endOffset} (${end?.line}:${end?.column})`
  return undefined
}

/** Letters and digits only: what is left of the words once markup and spacing are gone. */
function letters(text: string): string {
  return text.normalize('NFC').replace(/[^\p{L}\p{N}]/gu, '')
}

/** The text a reader sees of a stretch of source: tags dropped, references decoded, and in
 * Markdown autolinks read as their URL, struck-through text (which the rules skip), link
 * destinations and labels, footnote markers and escapes dropped. */
function rendered(slice: string, format: Format): string {
  if (format === 'text') return slice
  let text = slice
  if (format === 'markdown')
    text = text
      .replace(/<((?:https?|mailto):[^>\s]*)>?/g, '$1')
      .replace(/~~[^~]*~~/g, '')
      .replace(/\]\([^)]*\)?/g, ']')
      .replace(/\]\[[^\]]*\]/g, ']')
      .replace(/\[\^[^\]]*\]/g, '')
      .replace(/\\([!-/:-@[-`{-~])/g, '$1')
  const out: string[] = []
  const walk = (node: {type: string; value?: string; children?: unknown[]}) => {
    if (node.type === 'text' && typeof node.value === 'string') out.push(node.value)
    for (const child of node.children ?? []) walk(child as typeof node)
  }
  walk(fromHtml(text, {fragment: true}) as never)
  return out.join('')
}

/** The message's place covers its `actual` words. */
function coverProblem(value: string, message: Place, format: Format): string | undefined {
  if (typeof message.actual !== 'string' || typeof message.offset !== 'number' || typeof message.endOffset !== 'number')
    return undefined
  const slice = value.slice(message.offset, message.endOffset)
  // `actual` is the words as a reader sees them, or the source as written (`<sup>3</sup>`).
  if (slice === message.actual || letters(rendered(slice, format)) === letters(message.actual)) return undefined
  return `the place covers ${JSON.stringify(slice)}, not ${JSON.stringify(message.actual)}`
}

/** What must be equal between two runs on the same input. */
function summary(messages: Array<LintMessage | VFileMessage>): unknown[] {
  return messages.map((m) => {
    const place = 'place' in m ? fromVFileMessage(m as VFileMessage) : (m as LintMessage)
    return [
      m.ruleId,
      m.source,
      m.reason,
      place.offset,
      place.endOffset,
      place.line,
      place.column,
      m.actual ?? null,
      m.expected ?? null,
      'place' in m ? ((m as VFileMessage).fatal === true ? 'error' : 'warning') : (m as LintMessage).severity
    ]
  })
}

type Pipeline = 'lint' | 'processor' | 'plain'
const pipeline = fc.constantFrom<Pipeline>('lint', 'processor', 'plain')

/** Messages of one pipeline, as places; `undefined` when the plain pipeline cannot take it. */
async function run(
  value: string,
  format: Format,
  through: Pipeline
): Promise<Array<LintMessage | VFileMessage> | undefined> {
  if (through === 'lint') return (await lint({content: value, format}, {config: false})).messages
  if (through === 'processor') return (await processFile(value, format)).messages
  return plain(value, format)
}

/** No throw; well-placed messages; the same messages on a second run. */
async function expectSound(value: string, format: Format, through: Pipeline): Promise<void> {
  const first = await run(value, format, through)
  if (!first) return
  // The remark and rehype bridges place words after a character reference or an escape by the
  // decoded text (upstream), so only the package's own parsers are held to cover `actual`.
  const covers = through !== 'plain' || format === 'text' ? format : undefined
  expectWellPlaced(
    value,
    first.map((m) => ('place' in m ? fromVFileMessage(m as VFileMessage) : (m as LintMessage))),
    `${through} ${format}`,
    covers
  )
  expect(summary((await run(value, format, through))!)).toEqual(summary(first))
}

// ---------------------------------------------------------------------------------------------
// No throw, well placed, deterministic

describe('arbitrary input: no throw, well-placed, deterministic', () => {
  it(
    'arbitrary Unicode text as text, Markdown and HTML',
    async () => {
      await check(
        'unicode',
        [unicodeText(), fc.constantFrom<Format>('text', 'markdown', 'html'), pipeline],
        async (value, format, through) => {
          await expectSound(value, format, through)
        }
      )
    },
    timeout
  )

  it(
    'Markdown built from random blocks',
    async () => {
      await check('markdown', [markdownDoc(), pipeline], async (doc, through) => {
        await expectSound(doc.value, 'markdown', through)
      })
    },
    timeout
  )

  it(
    'random HTML',
    async () => {
      await check('html', [htmlDoc(), pipeline], async (value, through) => {
        await expectSound(value, 'html', through)
      })
    },
    timeout
  )

  it(
    "lint() gives the processor's messages, also with processors built afresh",
    async () => {
      const input = fc.oneof(
        markdownDoc().map((doc) => ['markdown', doc.value] as const),
        htmlDoc().map((value) => ['html', value] as const),
        unicodeText().map((value) => ['text', value] as const)
      )
      await check('agreement', [input], async ([format, value]) => {
        const library = await lint({content: value, format, path: 'doc.' + extension[format]}, {config: false})
        const file = await processFile(value, format)
        const byOffset = (list: unknown[]) => list.map((m) => JSON.stringify(m)).sort()
        expect(byOffset(summary(library.messages))).toEqual(byOffset(summary(file.messages)))
        clearProcessorCache()
        expect(
          summary((await lint({content: value, format, path: 'doc.' + extension[format]}, {config: false})).messages)
        ).toEqual(summary(library.messages))
        expect(summary((await processFile(value, format, true)).messages)).toEqual(summary(file.messages))
      })
    },
    timeout
  )
})

// ---------------------------------------------------------------------------------------------
// Stability

/** Rules whose findings must not depend on other paragraphs. mismatched-attribution compares
 * attributions with the reference list and with each other across the document, by design. */
const localRules = new Set(['unhedged-claim', 'unsourced-statistic'])

/** Word boundaries inside a paragraph: where inserted text cannot split a word or a tag. */
function boundaries(value: string, start: number, end: number): number[] {
  const list = [start, end]
  for (let index = start + 1; index < end; index++) {
    if (
      value[index - 1] === ' ' &&
      !/[<>="]/.test(
        value
          .slice(Math.max(start, index - 20), index)
          .split(' ')
          .pop() ?? ''
      )
    )
      list.push(index)
  }
  // Not inside a tag (`<span class="x">`) or a link destination.
  return list.filter((at) => {
    const before = value.slice(start, at)
    return before.lastIndexOf('<') <= before.lastIndexOf('>') && before.lastIndexOf('](') <= before.lastIndexOf(')')
  })
}

const stabilityDoc = fc
  .constantFrom<Format>('markdown', 'text', 'html')
  .chain((format) =>
    fc.tuple(
      fc.constant(format),
      format === 'markdown' ? cleanMarkdownDoc() : format === 'html' ? cleanHtmlDoc() : textDoc(),
      fc.nat(),
      fc.nat(),
      insertion
    )
  )

describe('stability', () => {
  it(
    'inserting text into one paragraph leaves the findings of the others',
    async () => {
      // Inserted words name no intervention (see the topic and "it" below).
      await check('stability', [stabilityDoc], async ([format, doc, which, where, text]) => {
        fc.pre(!text.split(/[^\p{L}\d-]+/u).some((word) => word !== '' && isInterventionWord(word.toLowerCase())))
        const paragraphs = doc.blocks.filter((block) => block.kind === 'paragraph')
        const target = paragraphs[which % paragraphs.length]
        const points = boundaries(doc.value, target.start, target.end)
        const at = points[where % points.length]
        const edited = doc.value.slice(0, at) + text + doc.value.slice(at)

        const before = await processFile(doc.value, format)
        const after = await processFile(edited, format)
        const model = modelOf(before)
        // A paragraph that opens a navigation list ("You may also like") governs the list after
        // it, and a title-like one ends it.
        fc.pre(
          !model.sentences.some(
            (s) => s.start < target.end && s.end > target.start && (s.kind === 'navigation' || s.kind === 'heading')
          )
        )
        const outside = (messages: VFileMessage[], shift: number) =>
          messages
            .filter((m) => localRules.has(String(m.ruleId)))
            .map(fromVFileMessage)
            .filter((m) => !((m.offset as number) >= target.start && (m.offset as number) < target.end + shift))
            .map((m) => {
              const moved = (m.offset as number) >= target.end + shift
              return JSON.stringify([
                m.ruleId,
                m.reason,
                (m.offset as number) - (moved ? shift : 0),
                (m.endOffset as number) - (moved ? shift : 0)
              ])
            })
        // The document's topic (its most frequent intervention, named three times or more) lets a
        // claim with no agent of its own stand for it, anywhere in the document, by design: an
        // edit that changes it (a question that becomes a statement names it once more) is out.
        fc.pre(modelOf(after).topic === model.topic)
        // Likewise "it" (or a claim with no agent) stands for an intervention named in the last
        // statement or heading before it, across paragraphs and past questions: an edit that
        // changes whether the edited paragraph's last statement names one is out.
        const namesIntervention = (m: DocumentModel, end: number) => {
          const last = m.sentences.filter((s) => s.start < end && (s.kind === 'prose' || s.kind === 'heading')).at(-1)
          return (
            last !== undefined &&
            last.tokens.some((t) => t.kind === 'word' && isInterventionWord(t.lower.replace(/'s$/, '')))
          )
        }
        fc.pre(namesIntervention(modelOf(after), target.end + text.length) === namesIntervention(model, target.end))
        const expected = outside(before.messages, 0)
        const actual = outside(after.messages, text.length)
        if (JSON.stringify(actual) !== JSON.stringify(expected)) {
          expect.fail(
            `inserting ${JSON.stringify(text)} at ${at} (${format}) changed findings elsewhere\nbefore: ${JSON.stringify(doc.value)}\nafter:  ${JSON.stringify(edited)}\n` +
              `expected: ${expected.join('\n')}\nactual:   ${actual.join('\n')}`
          )
        }
      })
    },
    timeout
  )
})

// ---------------------------------------------------------------------------------------------
// Fixes

const fixDoc = fc.oneof(
  markdownDoc().map((doc) => ['markdown', doc.value] as const),
  textDoc().map((doc) => ['text', doc.value] as const),
  htmlDoc().map((value) => ['html', value] as const)
)

describe('fixes', () => {
  // A rule reports one finding per sentence (docs/definitions.md): its first unhedged effect, or a
  // booster over the claim. Fixing it may bring the sentence's next unhedged effect to light.
  // So a fix must leave its own words unflagged, and every finding of that rule left in the
  // sentence must be one the sentence already held: an unhedged claim or a booster there.
  it(
    'applying every expected fix removes its finding and creates none',
    async () => {
      await check('fixes', [fixDoc], async ([format, value]) => {
        const file = await processFile(value, format)
        const edits = file.messages
          .filter((m) => typeof m.expected?.[0] === 'string')
          .map((m) => ({...fromVFileMessage(m), text: String(m.expected![0])}))
          .sort(
            (a, b) => (a.offset as number) - (b.offset as number) || (a.endOffset as number) - (b.endOffset as number)
          )
          .filter((edit, index, all) => index === 0 || (edit.offset as number) >= (all[index - 1].endOffset as number))
        fc.pre(edits.length > 0)
        const model = modelOf(file)
        for (const edit of edits) {
          const start = edit.offset as number
          const end = edit.endOffset as number
          const fixed = value.slice(0, start) + edit.text + value.slice(end)
          const shift = edit.text.length - (end - start)
          const moved = (offset: number) => (offset >= end ? offset + shift : offset)
          // What the rule could report in the sentence before the fix, placed in the fixed text.
          // Sentences are found by their tokens: text that an HTML parser moved can make a
          // sentence's range hold another sentence.
          const sentence =
            model.sentences.find((s) => s.tokens.some((t) => t.start < end && t.end > start)) ?? model.sentenceAt(start)
          const known = new Set<string>()
          for (const effect of sentence?.effects ?? []) known.add(`${effect.text} ${moved(effect.start)}`)
          for (const booster of sentence?.boosters ?? []) {
            // As the rule words it: the booster's tokens, markup between them left out.
            const text = sentence!.tokens
              .filter((t) => t.start >= booster.start && t.end <= booster.end)
              .map((t) => (t.kind === 'whitespace' ? ' ' : t.value))
              .join('')
            known.add(`${text} ${moved(booster.start)}`)
          }

          const result = await processFile(fixed, format)
          const after = modelOf(result)
          const inserted = {start, end: start + edit.text.length}
          const sentences = after.sentences.filter((s) =>
            s.tokens.some((t) => t.start <= inserted.end && t.end >= inserted.start)
          )
          const left = result.messages.filter((m) => {
            if (m.ruleId !== edit.ruleId) return false
            const place = fromVFileMessage(m)
            const offset = place.offset as number
            const endOffset = place.endOffset as number
            if (offset < inserted.end && endOffset > inserted.start) return true
            if (!sentences.some((s) => s.tokens.some((t) => t.start <= offset && offset < t.end))) return false
            return !known.has(`${m.actual} ${offset}`)
          })
          if (left.length > 0) {
            expect.fail(
              `fix ${JSON.stringify(value.slice(start, end))} → ${JSON.stringify(edit.text)} (${edit.ruleId}, ${format}) leaves ${JSON.stringify(left.map((m) => m.reason))}\nbefore: ${JSON.stringify(value)}\nafter:  ${JSON.stringify(fixed)}`
            )
          }
        }
      })
    },
    timeout
  )
})

// ---------------------------------------------------------------------------------------------
// Realigning positions after character references and escapes

/** One character of a value and the ways a source may spell it. */
function spellings(char: string, syntax: Syntax): string[] {
  // An unknown reference: the parser leaves it as written.
  if (char === '&zz;') return [char]
  const point = char.codePointAt(0) as number
  const named: Record<string, string> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    '\u00A0': '&nbsp;',
    é: '&eacute;',
    '’': '&rsquo;'
  }
  const list = [`&#${point};`, `&#x${point.toString(16)};`]
  if (named[char]) list.push(named[char])
  if (char !== '&' && char !== '\\' && !(syntax === 'html' && char === '<')) list.push(char)
  if (syntax === 'markdown' && /[!-/:-@[-`{-~]/.test(char)) list.push('\\' + char)
  if (syntax === 'html' && char === '\n') list.push('\r\n', '\r')
  return list
}

const spelled = fc
  .constantFrom<Syntax>('html', 'markdown')
  .chain((syntax) =>
    fc.tuple(
      fc.constant(syntax),
      fc.array(
        fc.tuple(
          fc.constantFrom(...'abc Z9 ;#amp&<>"\n\\*_.é’\u00A0😀'.split(/(?:)/u), '&zz;'),
          fc.nat(),
          fc.constantFrom('', '', '', '  ', '\t', '</div>', '<tr>', 'held')
        ),
        {maxLength: 30}
      )
    )
  )

describe('realigning positions', () => {
  it(
    'maps every character of a decoded value to where the source spells it',
    async () => {
      await check('align', [spelled], async ([syntax, chars]) => {
        let value = ''
        let source = ''
        const starts: number[] = []
        const ends: number[] = [0]
        let previous = ''
        const holes: Array<[number, number]> = []
        chars.forEach(([char, which, dropped]) => {
          // White space a Markdown parser drops at the start of a continuation line; a tag an
          // HTML parser drops (a stray end tag).
          if (syntax === 'markdown' && /^\s+$/.test(dropped) && previous === '\n' && char !== ' ') source += dropped
          if (syntax === 'html' && dropped.startsWith('<')) source += dropped
          // Text of another node inside this one's range (parse5 moved it): a hole.
          if (dropped === 'held') {
            const held = 'a&b\\c<p'
            holes.push([source.length, source.length + held.length])
            source += held
          }
          const options = spellings(char, syntax)
          let spelling = options[which % options.length]
          // `\r` then `\n` is one line ending, not two.
          if (previous === '\r' && spelling === '\n') spelling = '\r\n'
          const literal = spelling === char
          for (let unit = 0; unit < char.length; unit++) {
            // Each unit of a literal spelling maps to itself; a reference's units to the whole.
            starts.push(literal ? source.length + unit : source.length)
            ends.push(literal ? source.length + unit + 1 : source.length + spelling.length)
          }
          value += char
          source += spelling
          previous = spelling
        })
        starts.push(ends[ends.length - 1])
        const maps = align(value, source, syntax, holes)
        expect(maps, JSON.stringify({value, source})).toBeDefined()
        expect({value, source, starts: [...maps!.starts], ends: [...maps!.ends]}).toEqual({value, source, starts, ends})
      })
    },
    timeout
  )
})

// ---------------------------------------------------------------------------------------------
// CLI

interface JsonFile {
  path: string
  messages: Array<{
    ruleId: string
    reason: string
    actual?: string
    line: number
    column: number
    place?: {start: {line: number; column: number; offset: number}; end: {line: number; column: number; offset: number}}
  }>
}

function jsonReport(stderr: string): JsonFile[] {
  return JSON.parse(
    stderr
      .trim()
      .split('\n')
      .find((line) => line.startsWith('[')) ?? '[]'
  ) as JsonFile[]
}

function fromJson(message: JsonFile['messages'][number]): Place {
  return {
    ruleId: message.ruleId,
    reason: message.reason,
    actual: message.actual,
    line: message.place?.start.line,
    column: message.place?.start.column,
    offset: message.place?.start.offset,
    endLine: message.place?.end.line,
    endColumn: message.place?.end.column,
    endOffset: message.place?.end.offset
  }
}

const cliDoc = fc.oneof(
  markdownDoc().map((doc) => ['md', doc.value] as const),
  htmlDoc().map((value) => ['html', value] as const),
  unicodeText().map((value) => ['txt', value] as const),
  textDoc().map((doc) => ['txt', doc.value] as const)
)

describe('CLI', () => {
  beforeAll(() => ensureBuilt(), 200_000)

  it(
    'a folder of random documents: well-placed findings, the same as lint()',
    async () => {
      // One spawn lints a folder of documents; a few folders in `npm test`, more when fuzzing.
      await check('cli-folder', [fc.array(cliDoc, {minLength: 1, maxLength: fuzz > 0 ? 40 : 6})], async (docs) => {
        const files = Object.fromEntries(docs.map(([ext, value], index) => [`doc-${index}.${ext}`, value]))
        const cwd = tempFolder(files)
        const result = cli(['--report', 'json', '--no-config', '.'], cwd)
        expect(result.code).toBe(0)
        expect(
          result.stderr
            .trim()
            .split('\n')
            .filter((line) => !line.startsWith('['))
        ).toEqual([])
        const report = jsonReport(result.stderr)
        for (const name of Object.keys(files)) {
          // Files are written as UTF-8: lone surrogates come back as U+FFFD.
          const value = fs.readFileSync(path.join(cwd, name), 'utf8')
          const entry = report.find((file) => file.path === name)
          const messages = (entry?.messages ?? []).map(fromJson)
          expectWellPlaced(
            value,
            messages,
            `CLI ${name}`,
            name.endsWith('.md') ? 'markdown' : name.endsWith('.html') ? 'html' : 'text'
          )
          const library = await lint({path: path.join(cwd, name)}, {config: false})
          const key = (m: Place | LintMessage) => JSON.stringify([m.offset, m.endOffset, m.ruleId, m.reason])
          expect(messages.map(key).sort()).toEqual(library.messages.map(key).sort())
        }
      })
    },
    timeout
  )

  it(
    'standard input with and without --file-path',
    async () => {
      await check('cli-stdin', [cliDoc, fc.boolean()], async ([ext, value], named) => {
        const cwd = tempFolder()
        const result = cli(
          ['--report', 'json', '--no-config', ...(named ? ['--file-path', 'post.' + ext] : [])],
          cwd,
          value
        )
        expect(result.code).toBe(0)
        expect(
          result.stderr
            .trim()
            .split('\n')
            .filter((line) => !line.startsWith('['))
        ).toEqual([])
        const [entry] = jsonReport(result.stderr)
        const text = Buffer.from(value, 'utf8').toString('utf8')
        expectWellPlaced(
          text,
          (entry?.messages ?? []).map(fromJson),
          `CLI stdin ${named ? ext : 'text'}`,
          !named || ext === 'txt' ? 'text' : ext === 'md' ? 'markdown' : 'html'
        )
      })
    },
    timeout
  )
})
