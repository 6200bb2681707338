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
import process from 'node:process'
import {parentPort} from 'node:worker_threads'
import {unified, type Plugin, type Processor} from 'unified'
import type {VFile} from 'vfile'
import type {Node} from 'unist'
import {createProcessor} from '../processor.js'
import type {ResolveDefaults} from '../../rules/mismatched-attribution/index.js'

/**
 * The largest document linted as you type, in bytes, unless a config sets `maxSize`: an editor
 * lints on every keystroke, and a document above 1 MiB would take many seconds each time, so
 * it gets one clear message instead.
 */
export const editorMaxSize = 1024 * 1024

/** A message from the worker: records a lint asked for have arrived (see `proxy.ts`). */
export interface RecordsReport {
  type: 'records'
  path: string
}

/**
 * Linked records (mismatched-attribution's `resolve`, or the server's `--resolve`): a lint
 * reports at once from the cache and looks the rest up in the background; when records
 * arrive the main thread is told, and it lints the document again, which updates the
 * diagnostics.
 */
const resolveInBackground: Plugin<[], Node> = function () {
  const defaults: ResolveDefaults = {
    background: true,
    env: process.env,
    onRecords: (path) => {
      const report: RecordsReport = {type: 'records', path}
      parentPort?.postMessage(report)
    }
  }
  if (process.argv.includes('--resolve')) defaults.resolve = true
  return (_tree: Node, file: VFile) => {
    ;(file.data as Record<string, unknown>).evidenceResolve = defaults
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyProcessor = Processor<any, any, any, any, any>

const base = createProcessor() as unknown as AnyProcessor
const processor = unified().use(resolveInBackground) as unknown as AnyProcessor
for (const [attacher, ...parameters] of base.attachers) processor.use(attacher as Plugin<unknown[]>, ...parameters)
processor.data(base.data())

export default processor
