/**
 * The compiler: a linter never rewrites the document, so it returns the input unchanged. (A
 * CLI built on unified-engine then has nothing new to write, and `evidence-lint` never asks it
 * to write anything anyway.)
 */
import type {Root as NlcstRoot} from 'nlcst'
import type {Plugin, Processor} from 'unified'

export const evidenceCompile: Plugin<[], NlcstRoot, string | Uint8Array> = function (this: Processor) {
  this.compiler = (_tree, file) => file.value ?? ''
}
