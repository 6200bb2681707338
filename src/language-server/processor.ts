/**
 * The processor the language server lints with: `retext-evidence/processor` (Markdown, MDX,
 * HTML or text by extension, the preset, ignore comments), as the CLI builds it.
 *
 * unified-language-server loads its processor by specifier; it is given this module's URL, so
 * it always gets this processor (not some other copy of the package found in the workspace,
 * whose plugins a config could not reconfigure).
 *
 * The editor's smaller size limit (`editorMaxSize`) is not set here but per file, with the
 * config (see `config.ts`): options given here would be one object shared by every copy of
 * the processor, and unified merges a config's options into it, so one folder's `maxSize`
 * would leak into every file linted after it.
 */
import {createProcessor} from '../processor.js'

/**
 * The largest document linted as you type, in bytes, unless a config sets `maxSize`: an editor
 * lints on every keystroke, and a document above 1 MiB would take many seconds each time, so
 * it gets one clear message instead.
 */
export const editorMaxSize = 1024 * 1024

const processor = createProcessor()

export default processor
