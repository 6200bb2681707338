/**
 * A lint worker of the publish hook: loads the config once (and fails at start, not on the first
 * request, when it is broken), then lints one job at a time with `lint()`.
 */
import {isMainThread, parentPort, workerData} from 'node:worker_threads'
import {ConfigError, lint, LintInputError, type FailOn, type LintInput, type LintResult} from '../lint.js'
import {idleCollector} from './idle-gc.js'

/** What every worker is given. */
export interface WorkerSetup {
  failOn: FailOn
  /** `--config`, or `undefined` to search from `cwd`. */
  config: string | undefined
  cwd: string
  /** The lint's time budget in milliseconds (`--timeout`). */
  timeout?: number | undefined
}

export interface WorkerRequest {
  id: number
  input: LintInput
}

export type WorkerReply =
  | {type: 'ready'}
  | {type: 'fatal'; message: string}
  | {type: 'result'; id: number; result: LintResult}
  | {type: 'error'; id: number; kind: 'input' | 'config' | 'internal'; message: string}

if (!isMainThread && parentPort) {
  const port = parentPort
  const setup = workerData as WorkerSetup
  // Linked records (when the config turns `resolve` on) are waited for half the lint's time
  // budget at most; past it the lint goes on without them.
  const options = {
    failOn: setup.failOn,
    cwd: setup.cwd,
    config: setup.config,
    resolve: setup.timeout ? {budget: Math.floor(setup.timeout / 2)} : undefined
  }

  const start = async () => {
    // Load (and check) the config for every format now.
    for (const format of ['text', 'markdown', 'html'] as const) await lint({content: '', format}, options)
  }

  // Give the heap back once the worker has been idle for a second.
  const idle = idleCollector(1000)

  start().then(
    () => {
      idle.touch()
      port.on('message', (request: WorkerRequest) => {
        idle.stop()
        lint(request.input, options)
          .finally(() => idle.touch())
          .then(
            (result) => port.postMessage({type: 'result', id: request.id, result} satisfies WorkerReply),
            (error: unknown) => {
              const kind =
                error instanceof LintInputError ? 'input' : error instanceof ConfigError ? 'config' : 'internal'
              const message = error instanceof Error ? error.message : String(error)
              port.postMessage({type: 'error', id: request.id, kind, message} satisfies WorkerReply)
            }
          )
      })
      port.postMessage({type: 'ready'} satisfies WorkerReply)
    },
    (error: unknown) => {
      port.postMessage({
        type: 'fatal',
        message: error instanceof Error ? error.message : String(error)
      } satisfies WorkerReply)
    }
  )
}
