/**
 * The linting half of `evidence-language-server`, in a worker thread: unified-language-server
 * on the worker's own standard input and output (which the main thread owns and filters), with
 * `retext-evidence/processor` as its processor and the CLI's config discovery.
 *
 * It runs in a thread so that a long lint never blocks the main thread, which keeps answering
 * the editor, coalesces bursts of edits and drops stale results (see `proxy.ts`).
 */
import process from 'node:process'
import {parentPort, workerData} from 'node:worker_threads'
import {createUnifiedLanguageServer} from 'unified-language-server'
import {configDiscovery} from '../config/index.js'
import {installConfigTransform, type ConfigReport} from './config.js'
import processor, {editorMaxSize} from './processor.js'

/** A message from the worker to the main thread (besides LSP traffic on stdout). */
export interface WorkerReport {
  type: 'config'
  report: ConfigReport
}

/** A message from the main thread to the worker: the setting `maxLintMs` changed. */
export interface WorkerSetting {
  type: 'maxLintMs'
  value: number | false | undefined
}

/** The editor's setting `maxLintMs` (the time budget of one lint), when it gives one. */
let maxLintMs: number | false | undefined = (workerData as {maxLintMs?: number | false} | undefined)?.maxLintMs
parentPort?.on('message', (message: WorkerSetting) => {
  if (message?.type === 'maxLintMs') maxLintMs = message.value
})

installConfigTransform(
  (report) => {
    const message: WorkerReport = {type: 'config', report}
    parentPort?.postMessage(message)
  },
  editorMaxSize,
  () => maxLintMs
)

// unified-language-server lints in promises nobody awaits: an error there (a plugin that
// rejects, a URL it cannot map to a path) must be logged, not end the thread.
process.on('unhandledRejection', (reason) => {
  console.error(
    'evidence-language-server: ' + (reason instanceof Error ? (reason.stack ?? reason.message) : String(reason))
  )
})

createUnifiedLanguageServer({
  // A file URL: unified-language-server resolves it as it would a package name, and gets
  // exactly this processor (see `processor.ts`).
  processorName: new URL('./processor.js', import.meta.url).href,
  processorSpecifier: 'default',
  defaultProcessor: processor,
  configurationSection: 'evidence',
  ...configDiscovery,
  pluginPrefix: 'retext'
})
