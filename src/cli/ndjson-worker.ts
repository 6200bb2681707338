/**
 * A worker thread of `evidence-lint --ndjson`: lints one record at a time with `lint()` and
 * sends back its result line, already serialised, so the main thread only orders and writes.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import v8 from 'node:v8'
import vm from 'node:vm'
import {parentPort, workerData} from 'node:worker_threads'
import {lint, type LintOptions} from '../lint.js'
import {
  recordError,
  type NdjsonRecord,
  type NdjsonSettings,
  type WorkerReply,
  type WorkerRequest
} from './ndjson-record.js'

const settings = workerData as NdjsonSettings
const options: LintOptions = {
  failOn: settings.failOn,
  cwd: settings.cwd,
  maxSize: settings.maxSize,
  ...(settings.config === undefined ? {} : {config: settings.config})
}

async function lintRecord(record: NdjsonRecord): Promise<{line: string; failed: boolean}> {
  if (record.content === undefined && record.path !== undefined) {
    // A file above the limit is a bad record, as content above it is.
    const full = path.resolve(settings.cwd, record.path)
    const stats = await fs.stat(full).catch(() => undefined)
    if (stats && stats.isFile() && stats.size > settings.maxSize) {
      return recordError(
        record.id,
        'too large: `' +
          record.path +
          '` is ' +
          stats.size +
          ' bytes, above the limit of ' +
          settings.maxSize +
          ' (--max-size)'
      )
    }
  }
  try {
    // Content wins; a `path` beside it only names the record (its format, where a config is found).
    const input =
      record.content !== undefined
        ? {content: record.content, format: record.format, path: record.path}
        : {path: record.path as string, format: record.format}
    const result = await lint(input, options)
    return {
      line: JSON.stringify({id: record.id, pass: result.pass, summary: result.summary, messages: result.messages}),
      failed: !result.pass
    }
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error)
    return recordError(record.id, text.replace(/^lint\(\): /, '').split('\n')[0])
  }
}

/**
 * A full garbage collection every `collectEvery` records. Under steady load V8 lets the heap
 * (and the process's memory with it) grow for a long while before collecting in full: an
 * archive of half a million records should run in the memory of its first thousand. `gc` is
 * reached as Jest reaches it for `--logHeapUsage`: `--expose-gc`, then `gc` from a fresh context.
 */
const collectEvery = 100
let collect: (() => void) | undefined
try {
  v8.setFlagsFromString('--expose-gc')
  const gc = vm.runInNewContext('gc') as unknown
  if (typeof gc === 'function') collect = gc as () => void
} catch {
  collect = undefined
}
let linted = 0

parentPort?.on('message', (request: WorkerRequest) => {
  void lintRecord(request.record).then((reply) => {
    if (collect && ++linted % collectEvery === 0) collect()
    const message: WorkerReply = {seq: request.seq, ...reply}
    parentPort?.postMessage(message)
  })
})
