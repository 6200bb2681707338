/**
 * The processor the language server lints with: `retext-evidence/processor` (Markdown, MDX,
 * HTML or text by extension, the preset, ignore comments), with a smaller size limit than the
 * CLI's, because an editor lints on every keystroke: a document above 1 MiB gets one clear
 * message instead of a lint that would take many seconds each time. A config's `maxSize`
 * raises it, as it does for the CLI.
 *
 * unified-language-server loads its processor by specifier; it is given this module's URL, so
 * it always gets this processor (not some other copy of the package found in the workspace,
 * whose plugins a config could not reconfigure).
 */
import {createProcessor} from '../processor.js'

/** The largest document linted as you type, in bytes, unless a config sets `maxSize`. */
export const editorMaxSize = 1024 * 1024

const processor = createProcessor(null, {maxSize: editorMaxSize})

export default processor
