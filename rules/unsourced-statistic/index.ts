/**
 * ## unsourced-statistic
 *
 * Flags a sentence that states a statistic (a percentage, a proportion, a count of people,
 * studies, cases or processes, a multiplier or ratio, an inferential figure) with no source:
 * no bracket number, footnote, author–year parenthetical, link, DOI or PMID, and no named
 * study. See `docs/rules/unsourced-statistic.md` and `docs/definitions.md`.
 *
 * The finding covers the number expression (`nearly 50%`); `actual` is that expression.
 * Statistics in GFM and HTML table cells are checked too, a row's cells being each other's
 * context: a source anywhere in the row sources the row.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {lintRule} from 'unified-lint-rule'
import {getModel, sourceTextOf} from '../../src/model/index.js'
import {positionOf} from '../../src/model/position.js'
import type {scanSourceText} from '../../src/model/source-text.js'
import {findSources} from '../../src/model/sources.js'
import {
  asksWhetherTrue,
  findStatistics,
  hasIllustrativeCue,
  prescribedChange,
  type StatisticMatch,
  type StatisticOptions
} from '../../src/readers/statistics.js'
import {cellSentences, findTableRows, type TableRow} from '../../src/readers/tables.js'
import type {DocumentModel, Sentence, SentenceKind, Token} from '../../src/model/types.js'
import {readSafely} from '../../src/readers/guard.js'
import {validateOptions} from '../options.js'
import {unsourcedNote, unsourcedReason} from './messages.js'
import {unsourcedStatisticOptions, type UnsourcedStatisticOptions} from './options.js'

export type {UnsourcedStatisticOptions} from './options.js'
export {unsourcedStatisticOptions} from './options.js'

export const unsourcedStatisticUrl =
  'https://github.com/retext-evidence/retext-evidence/blob/main/docs/rules/unsourced-statistic.md'

/** Kinds of sentence that can state a statistic: prose, and questions and instructions
 * that carry one (`Did you know 1 in 3 adults...?`). Headings, navigation, reference
 * entries, disclaimers, code and metadata never do. */
const checkedKinds: ReadonlySet<SentenceKind> = new Set<SentenceKind>(['prose', 'question', 'instruction'])

export const unsourcedStatistic = lintRule<Root, UnsourcedStatisticOptions | null | undefined>(
  {origin: 'retext-evidence:unsourced-statistic', url: unsourcedStatisticUrl},
  function (tree: Root, file: VFile, options) {
    const settings = normaliseOptions(options)
    const model = getModel(tree, file)
    const allow = (settings.allow ?? []).map((phrase) => phrase.toLowerCase())
    const allowed = (match: StatisticMatch) => allow.some((phrase) => match.text.toLowerCase().includes(phrase))
    const illustrative = illustrativeSentences(model.sentences)
    const rows = settings.tables === false ? [] : readSafely(file, 'tables', [], () => tableRows(model.value))
    const findings: StatisticMatch[] = []
    for (const sentence of model.sentences) {
      if (!checkedKinds.has(sentence.kind) || sentence.sources.length > 0 || illustrative.has(sentence.index)) continue
      // Sentences in table rows are checked with their row (below), never twice.
      if (rowAt(rows, sentence.start)) continue
      const statistics = readSafely(
        file,
        'statistics',
        [],
        () => findStatistics(sentence.tokens, settings),
        () => positionOf(file, sentence.start, sentence.end)
      )
      // (`Is it true that half of all runners get hurt?`: a question of truth states no figure.)
      if (sentence.kind === 'question' && asksWhetherTrue(sentence.tokens)) continue
      const match = statistics.find((m) => !allowed(m) && !prescribedChange(sentence.tokens, m))
      if (match) findings.push(match)
    }
    if (rows.length > 0)
      for (const match of readSafely(file, 'table statistics', [], () => checkTables(model, rows, settings, allowed)))
        findings.push(match)
    // Report in document order, table rows among the sentences.
    findings.sort((a, b) => a.start - b.start)
    for (const match of findings) report(file, match)
  }
)

/** Report a statistic. */
function report(file: VFile, match: StatisticMatch): void {
  const message = file.message(unsourcedReason(match.text), {place: positionOf(file, match.start, match.end)})
  message.actual = match.text
  // No rewording fits every statistic: the fix is a citation, which only the writer has.
  message.expected = []
  message.note = unsourcedNote
}

/**
 * Sentences whose numbers are an illustration, not evidence: from a cue (`hypothetical`,
 * `imagine`, `consider a`, `in this example`) to the end of its paragraph, and on through
 * the paragraphs of a quotation that is still open there (a quotation running over several
 * paragraphs opens each of them with a quotation mark).
 */
function illustrativeSentences(sentences: Sentence[]): Set<number> {
  const out = new Set<number>()
  let paragraph = -1
  let active = false
  let open = false
  for (const sentence of sentences) {
    if (sentence.paragraph !== paragraph) {
      const continues = active && open && opensWithQuote(sentence.tokens)
      if (!continues) active = false
      paragraph = sentence.paragraph
      open = false
    }
    open = quoteOpenAfter(sentence.tokens, open)
    if (!active && hasIllustrativeCue(sentence.tokens)) active = true
    if (active) out.add(sentence.index)
  }
  return out
}

function opensWithQuote(tokens: Token[]): boolean {
  const first = tokens.find((token) => token.kind !== 'whitespace')
  return first !== undefined && (first.value === '"' || first.value === '\u201C')
}

/** Whether a quotation is open after the tokens, given whether one was open before. */
function quoteOpenAfter(tokens: Token[], open: boolean): boolean {
  let state = open
  for (const token of tokens) {
    if (token.kind !== 'punctuation' && token.kind !== 'symbol') continue
    if (token.value === '\u201C') state = true
    else if (token.value === '\u201D') state = false
    else if (token.value === '"') state = !state
  }
  return state
}

/** The table rows of a text (GFM and HTML), or none when it cannot hold one. */
function tableRows(value: string): TableRow[] {
  if (!value.includes('|') && !value.includes('<')) return []
  return findTableRows(value)
}

/** The row holding `offset` (rows are sorted and do not overlap), by binary search. */
function rowAt(rows: TableRow[], offset: number): TableRow | undefined {
  let lo = 0
  let hi = rows.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const row = rows[mid]
    if (offset < row.start) hi = mid - 1
    else if (offset >= row.end) lo = mid + 1
    else return row
  }
  return undefined
}

/** Kinds of model sentence that keep a table cell out of the check (a cell of a navigation
 * block, a disclaimer, a reference list, code). Headings are not among them: a short cell
 * reads as a title. */
const skippedCellKinds: ReadonlySet<SentenceKind> = new Set<SentenceKind>([
  'navigation',
  'reference',
  'disclaimer',
  'code',
  'metadata',
  'image'
])

/**
 * Statistics in table rows. remark-retext skips GFM tables and raw HTML, rehype-retext
 * turns each cell into a paragraph of its own: either way a cell loses its row. So rows are
 * read from the source text and checked as units, in every pipeline: a source in any cell
 * sources the whole row, and a row gets at most one finding. Header rows name columns
 * rather than state figures.
 */
function checkTables(
  model: DocumentModel,
  rows: TableRow[],
  settings: StatisticOptions,
  allowed: (match: StatisticMatch) => boolean
): StatisticMatch[] {
  const findings: StatisticMatch[] = []
  const value = model.value
  const source = sourceTextOf(model)
  for (const row of rows) {
    if (row.header) continue
    if (model.referenceSections.some((section) => section.start <= row.start && row.start < section.end)) continue
    if (insideCode(source, row.start)) continue
    const cells = row.cells
      .filter((cell) => {
        const sentence = model.sentenceAt(cell.start)
        return !(sentence && skippedCellKinds.has(sentence.kind))
      })
      .map((cell) => ({cell, sentences: cellSentences(value, cell, row.syntax)}))
    const sourced = cells.some(
      ({cell, sentences}) =>
        sentences.some((tokens) => findSources(tokens, cell.start, cell.end, source).length > 0) ||
        sentencesIn(model.sentences, cell.start, cell.end).some((sentence) => sentence.sources.length > 0)
    )
    if (sourced) continue
    let found: StatisticMatch | undefined
    for (const {sentences} of cells) {
      for (const tokens of sentences) {
        found = findStatistics(tokens, settings).find((m) => !allowed(m))
        if (found) break
      }
      if (found) break
    }
    if (found) findings.push(found)
  }
  return findings
}

/** The model sentences overlapping `[start, end)` (sentences are sorted by offset). */
function sentencesIn(sentences: Sentence[], start: number, end: number): Sentence[] {
  let lo = 0
  let hi = sentences.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sentences[mid].end <= start) lo = mid + 1
    else hi = mid
  }
  const out: Sentence[] = []
  for (let i = lo; i < sentences.length && sentences[i].start < end; i++) out.push(sentences[i])
  return out
}

function insideCode(source: ReturnType<typeof scanSourceText>, offset: number): boolean {
  const block = source.blocks.at(offset)
  return block !== undefined && (block.data === 'code' || block.data === 'front-matter')
}

/** Check the rule's options (also what the preset calls when it is attached). */
export function normaliseOptions(options: unknown): UnsourcedStatisticOptions {
  return validateOptions(unsourcedStatisticOptions, options)
}
