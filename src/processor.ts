/**
 * `retext-evidence/processor`: one unified processor for Markdown, MDX, HTML and plain text.
 *
 * - The parser picks the format by the file's extension (`.md`, `.markdown`, `.mdx` →
 *   Markdown with GFM and front matter; `.html`, `.htm` → HTML; anything else → text) and
 *   always yields an nlcst tree parsed with English rules, positions pointing into the
 *   original `file.value`. The source tree (mdast, hast, or the nlcst tree for text) is kept
 *   in `file.data.evidenceSource` as `{format, tree}`.
 * - The preset runs on that tree, then the ignore comments (`<!--evidence ignore rule-->`,
 *   `disable`, `enable`) filter its messages.
 * - The compiler returns the input unchanged: linting never rewrites a file.
 *
 *     import {createProcessor} from 'retext-evidence/processor'
 *     const file = await createProcessor({'unsourced-statistic': false}).process(
 *       new VFile({path: 'post.md', value: markdown})
 *     )
 */
import retextEvidence, {rules, type Options} from './index.js'
import {assemble} from './processor/create.js'
import {createLint} from './processor/lint.js'
import type {ParseOptions} from './processor/types.js'

export {formatOf, defaultExtensions, type Format} from './processor/format.js'
export {evidenceParse, inputSource} from './processor/parse.js'
export {evidenceCompile} from './processor/compile.js'
export {applyControl, controlTree, markerName, controlledSource} from './processor/control.js'
export {defaultMaxSize} from './processor/input.js'
export type {EvidenceSource, ParseOptions} from './processor/types.js'
export type {Options} from './index.js'

/** Every rule id of the preset. */
export const ruleIds: readonly string[] = Object.keys(rules)

/** The lint plugin: the preset (with its options), then the ignore comments. */
export const evidenceLint = createLint<Options>({preset: retextEvidence, known: ruleIds})

/** A processor for Markdown, HTML and text with the preset configured by `options`. */
export function createProcessor(options?: Options | null, parseOptions?: ParseOptions | null) {
  return assemble(evidenceLint, options, parseOptions)
}

export default createProcessor
