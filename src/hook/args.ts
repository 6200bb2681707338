/**
 * Flags of `evidence-publish-hook`. The shared secret is read from the environment
 * (`EVIDENCE_HOOK_SECRET`) only: a flag would show in `ps` and in shell history.
 */
import os from 'node:os'
import {parseArgs} from 'node:util'
import type {FailOn} from '../lint.js'
import {parseFieldSpec, type FieldSpec} from './fields.js'

export interface HookOptions {
  host: string
  /** 0 picks a free port. */
  port: number
  failOn: FailOn
  /** Largest request body, in bytes. */
  maxBody: number
  /** Lint jobs accepted at once (running or waiting for a worker); past it, 503. */
  concurrency: number
  /** Worker threads that run lint jobs. */
  workers: number
  /** Milliseconds to receive a request (headers and body). */
  timeout: number
  /** Milliseconds a lint job may run on its worker (default: `timeout`). Past it the worker is
   * ended and replaced, and the request is answered 200 with a held verdict: one `too-complex`
   * error. (The same name as `lint()`'s budget, so the two can be joined.) */
  maxLintMs: number
  /** Largest old-generation heap of a lint worker, in bytes (`resourceLimits`). A worker that
   * needs more is ended and replaced; its request is answered 503. */
  maxWorkerMemory: number
  /** Connections open at once; more are dropped by the server (`server.maxConnections`). */
  maxConnections: number
  /** Seconds a signed request's `X-Evidence-Timestamp` may be away from the server's clock. */
  tolerance: number
  /** Also accept signatures of the body alone, without `X-Evidence-Timestamp` (weaker: such a
   * request can be replayed at any time). */
  allowUnstamped: boolean
  /** Milliseconds SIGTERM waits for the requests in flight before cutting them and exiting. */
  drainTimeout: number
  /** JSON pointers of the fields to lint in JSON payloads (none: `{format, content}` or `{fields}`). */
  fields: FieldSpec[]
  /** A config file to use instead of searching from `cwd`. */
  config: string | undefined
  cwd: string
  /** `EVIDENCE_HOOK_SECRET`: when set, every request must be signed. */
  secret: string | undefined
}

export const defaults = {
  host: '127.0.0.1',
  port: 8787,
  failOn: 'error' as FailOn,
  maxBody: 2 * 1024 * 1024,
  concurrency: 32,
  timeout: 30_000,
  maxWorkerMemory: 512 * 1024 * 1024,
  maxConnections: 256,
  tolerance: 300,
  drainTimeout: 25_000
}

export const usage = `Usage: evidence-publish-hook [options]

  An HTTP service for a CMS publish step: POST a draft, get {pass, summary, messages}.

Options:

  --host <host>          address to listen on (default: ${defaults.host})
  --port <port>          port (default: ${defaults.port}; 0 picks a free port)
  --fail-on <policy>     error | warning | never: what holds a publish (default: error)
  --max-body <size>      largest request body, such as 2mb, 512kb or 100000 (default: 2mb)
  --concurrency <n>      lint jobs accepted at once; more get 503 (default: ${defaults.concurrency})
  --workers <n>          worker threads (default: the number of CPUs, at most --concurrency)
  --timeout <ms>         time to receive a request (default: ${defaults.timeout})
  --max-lint-ms <ms>     time a lint job may run; past it the worker is replaced and the
                         request answered 200 with a held verdict, one too-complex error
                         (default: the --timeout)
  --max-worker-memory <size>
                         heap of each worker, such as 512mb; a job that needs more gets 503
                         and its worker is replaced (default: 512mb)
  --max-connections <n>  connections open at once; more are dropped (default: ${defaults.maxConnections})
  --tolerance <seconds>  how far X-Evidence-Timestamp may be from the clock (default: ${defaults.tolerance})
  --allow-unstamped      also accept signatures of the body alone, without a timestamp
                         (weaker: such requests can be replayed at any time)
  --drain-timeout <ms>   on SIGTERM, how long requests in flight may take to finish
                         before they are cut and the service exits (default: ${defaults.drainTimeout})
  --fields <pointers>    JSON pointers of the fields to lint in CMS payloads, comma separated
                         or repeated, each optionally after a format: html:/post/content
  --config <path>        config file (default: .evidencerc* or package.json "evidence",
                         searched from the working folder)
  -h, --help             show this help

Environment:

  EVIDENCE_HOOK_SECRET   shared secret: every request but /healthz and /readyz must carry
                         X-Evidence-Timestamp: <Unix time in seconds> and
                         X-Evidence-Signature: sha256=<hex HMAC-SHA256 of timestamp.body>

Endpoints: POST /lint, GET /stats; GET /healthz and /readyz (never signed).
See docs/publish-hook.md.
`

/** A bad flag: the message says which and why. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** Parse a size: bytes, or with a unit (`kb`, `mb`, binary multiples). */
export function parseSize(value: string): number {
  // Trimmed first: a `\s*` on each side of the optional unit would backtrack quadratically.
  const match = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/i.exec(value.trim())
  if (!match) throw new UsageError('invalid size `' + value + '`: use bytes or a unit, such as 2mb, 512kb or 100000')
  const unit = (match[2] ?? 'b').toLowerCase()
  const factor = unit.startsWith('g') ? 1024 ** 3 : unit.startsWith('m') ? 1024 ** 2 : unit.startsWith('k') ? 1024 : 1
  const bytes = Math.floor(Number(match[1]) * factor)
  if (bytes < 1) throw new UsageError('invalid size `' + value + '`: it must be at least 1 byte')
  return bytes
}

function integer(flag: string, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value.trim())) throw new UsageError('`--' + flag + '` takes a whole number, not `' + value + '`')
  const number = Number(value)
  if (number < min || number > max)
    throw new UsageError('`--' + flag + '` must be between ' + min + ' and ' + max + ', not ' + value)
  return number
}

/** The flags of `evidence-publish-hook` (node:util's parseArgs spec). */
const hookFlags = {
  host: {type: 'string'},
  port: {type: 'string'},
  'fail-on': {type: 'string'},
  'max-body': {type: 'string'},
  concurrency: {type: 'string'},
  workers: {type: 'string'},
  timeout: {type: 'string'},
  'max-lint-ms': {type: 'string'},
  'max-worker-memory': {type: 'string'},
  'max-connections': {type: 'string'},
  tolerance: {type: 'string'},
  'allow-unstamped': {type: 'boolean'},
  'drain-timeout': {type: 'string'},
  fields: {type: 'string', multiple: true},
  config: {type: 'string'},
  help: {type: 'boolean', short: 'h'}
} as const

/** The field specs of `--fields` (repeated, or comma-separated). */
function readFieldSpecs(entries: string[] | undefined): FieldSpec[] {
  const fields: FieldSpec[] = []
  for (const entry of entries ?? []) {
    for (const spec of entry.split(',')) {
      if (spec.trim() === '') continue
      try {
        fields.push(parseFieldSpec(spec))
      } catch (error) {
        throw new UsageError('`--fields`: ' + (error instanceof Error ? error.message : String(error)))
      }
    }
  }
  if (entries && fields.length === 0) throw new UsageError('`--fields` names no JSON pointer')
  return fields
}

/** Read the flags and the environment. Throws `UsageError` on a bad flag. */
export function parseHookArgs(
  argv: string[],
  env: Record<string, string | undefined>,
  cwd: string
): HookOptions | 'help' {
  if (argv.some((flag) => /^--(?:secret|hook-secret|key)(?:=|$)/.test(flag))) {
    throw new UsageError(
      'the secret is never a flag (it would show in `ps` and shell history): set EVIDENCE_HOOK_SECRET'
    )
  }
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: hookFlags
    })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const values = parsed.values
  if (values.help) return 'help'

  const failOn = (values['fail-on'] ?? defaults.failOn) as FailOn
  if (!['error', 'warning', 'never'].includes(failOn)) {
    throw new UsageError('`--fail-on` must be error, warning or never, not `' + failOn + '`')
  }
  const concurrency =
    values.concurrency === undefined ? defaults.concurrency : integer('concurrency', values.concurrency, 1, 10_000)
  const cpus = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length
  const workers =
    values.workers === undefined ? Math.max(1, Math.min(cpus, concurrency)) : integer('workers', values.workers, 1, 256)

  const fields = readFieldSpecs(values.fields)

  const secret = env.EVIDENCE_HOOK_SECRET
  if (secret !== undefined && secret === '') {
    throw new UsageError('EVIDENCE_HOOK_SECRET is set but empty: set a long random secret, or unset it')
  }

  const host = values.host ?? defaults.host
  if (host.trim() === '') throw new UsageError('`--host` is empty')

  const timeout = values.timeout === undefined ? defaults.timeout : integer('timeout', values.timeout, 10, 3_600_000)
  const maxWorkerMemory =
    values['max-worker-memory'] === undefined ? defaults.maxWorkerMemory : parseSize(values['max-worker-memory'])
  if (maxWorkerMemory < 32 * 1024 * 1024)
    throw new UsageError('`--max-worker-memory` must be at least 32mb, not ' + values['max-worker-memory'])

  return {
    host,
    port: values.port === undefined ? defaults.port : integer('port', values.port, 0, 65_535),
    failOn,
    maxBody: values['max-body'] === undefined ? defaults.maxBody : parseSize(values['max-body']),
    concurrency,
    workers: Math.min(workers, concurrency),
    timeout,
    maxLintMs:
      values['max-lint-ms'] === undefined ? timeout : integer('max-lint-ms', values['max-lint-ms'], 10, 3_600_000),
    maxWorkerMemory,
    maxConnections:
      values['max-connections'] === undefined
        ? defaults.maxConnections
        : integer('max-connections', values['max-connections'], 1, 1_000_000),
    tolerance: values.tolerance === undefined ? defaults.tolerance : integer('tolerance', values.tolerance, 1, 86_400),
    allowUnstamped: values['allow-unstamped'] === true,
    drainTimeout:
      values['drain-timeout'] === undefined
        ? defaults.drainTimeout
        : integer('drain-timeout', values['drain-timeout'], 0, 3_600_000),
    fields,
    config: values.config,
    cwd,
    secret
  }
}
