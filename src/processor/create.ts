/**
 * Assemble the processor: parser by extension, the preset and its ignore comments, a compiler
 * that returns the input unchanged.
 */
import type {Root as NlcstRoot} from 'nlcst'
import {unified, type Plugin} from 'unified'
import {evidenceCompile} from './compile.js'
import {evidenceParse} from './parse.js'
import type {ParseOptions} from './types.js'

export function assemble<Options>(
  lint: Plugin<[(Options | null | undefined)?], NlcstRoot>,
  options?: Options | null,
  parseOptions?: ParseOptions | null | undefined
) {
  const processor = unified().use(evidenceParse, parseOptions ?? undefined)
  // Without options, `use(lint)` leaves room for a config to set them later (unified merges
  // options into an existing plain-object entry, which would leak between files).
  const linted = options === null || options === undefined ? processor.use(lint) : processor.use(lint, options)
  return linted.use(evidenceCompile)
}
