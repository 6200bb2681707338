/**
 * The parser plugin: picks Markdown, HTML or text by the file's extension and always yields an
 * nlcst tree parsed with English rules, whose positions point into the original `file.value`.
 * The source tree is kept in `file.data.evidenceSource`.
 */
import type {Root as NlcstRoot} from 'nlcst'
import type {Plugin, Processor} from 'unified'
import type {VFile} from 'vfile'
import {englishParser, type ExtensionData} from './english.js'
import {formatOf, isMdx} from './format.js'
import {htmlToNlcst, parseHtml} from './html.js'
import {budgetFor, BudgetExceeded, withinBudget} from './budget.js'
import {defaultMaxSize, inputProblem, tooComplex, tooSlow} from './input.js'
import {markdownToNlcst, parseMarkdown} from './markdown.js'
import {parseChunked} from './parse-chunked.js'
import {location} from 'vfile-location'
import {shiftPositions} from './positions.js'
import type {ParseOptions} from './types.js'

/** The `source` of messages about the input itself (too large, binary, not UTF-8). */
export const inputSource = 'evidence-lint'

export const evidenceParse: Plugin<[(ParseOptions | null | undefined)?], string, NlcstRoot> = function (
  this: Processor,
  options
) {
  const self = this
  const settings = options ?? {}

  self.parser = function (doc: string, file: VFile): NlcstRoot {
    // The rules read offsets into `file.value`: keep it as the text that was parsed (a file
    // given as bytes is decoded once, here).
    if (typeof file.value !== 'string') file.value = doc
    const problem = inputProblem(doc, file, settings.maxSize ?? defaultMaxSize)
    if (problem) {
      const message = file.message(problem.reason, {ruleId: problem.ruleId, source: inputSource})
      message.fatal = true
      return {type: 'RootNode', children: []}
    }

    const data = self.data() as ExtensionData
    const makeParser = () => englishParser(data)
    const format = settings.format ?? formatOf(file.path)

    // The time budget of the file (its parse here, its rules in the lint plugin).
    const budget = budgetFor(settings.maxLintMs, doc.length)
    file.data.evidenceBudget = {ms: budget, deadline: performance.now() + budget}

    // The English parser (parse-latin) gathers tokens as arguments of one call in places: a
    // sentence or word of more than about 100,000 tokens overflows the stack. Such a file gets
    // one fatal message, as a file too large does, instead of an exception.
    try {
      return withinBudget(budget, parseFormat)
    } catch (error) {
      if (!(error instanceof RangeError) && !(error instanceof BudgetExceeded)) throw error
      delete file.data.evidenceSource
      const problem = error instanceof BudgetExceeded ? tooSlow(file, budget) : tooComplex(file)
      const message = file.message(problem.reason, {ruleId: problem.ruleId, source: inputSource})
      message.fatal = true
      return {type: 'RootNode', children: []}
    }

    function parseFormat(): NlcstRoot {
      if (format === 'markdown') {
        const tree = parseMarkdown(file)
        // micromark drops a leading byte order mark and counts offsets without it.
        if (doc.charCodeAt(0) === 0xfeff) shiftPositions(tree, 1, location(doc))
        const mdx = isMdx(file.path)
        file.data.evidenceSource = {format, tree, mdx}
        return markdownToNlcst(tree, file, makeParser, mdx, settings.chunkThreshold ?? undefined)
      }

      if (format === 'html') {
        const tree = parseHtml(file)
        file.data.evidenceSource = {format, tree}
        return doc.trim() === '' ? {type: 'RootNode', children: []} : htmlToNlcst(tree, file, makeParser)
      }

      // Large text is parsed in pieces (linear time), with the positions of a whole parse.
      const tree = parseChunked(doc, {createParser: makeParser, threshold: settings.chunkThreshold})
      file.data.evidenceSource = {format: 'text', tree}
      return tree
    }
  }
}
