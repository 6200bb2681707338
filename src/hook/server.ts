/**
 * `evidence-publish-hook`: an HTTP service for a CMS publish step.
 *
 * - `POST /lint`: a JSON body `{format, content}` or `{fields: {title: {...}, body: {...}}}`, a
 *   CMS payload whose fields are picked by JSON pointers (`--fields`), or a raw `text/markdown`,
 *   `text/html` or `text/plain` body. Answers 200 with `{pass, summary, messages}`.
 * - `GET /healthz` (the process is up) and `GET /readyz` (workers are ready to lint): never
 *   signed, and they say nothing else.
 * - `GET /stats`: uptime, memory (`process.memoryUsage()`), jobs and requests in flight.
 *
 * With `EVIDENCE_HOOK_SECRET` set, every request but the two probes must carry
 * `X-Evidence-Timestamp: <Unix seconds>` and `X-Evidence-Signature: sha256=<hex HMAC-SHA256 of
 * timestamp + "." + raw body>` (checked in constant time); a timestamp further than
 * `--tolerance` from the clock is refused, so a captured request cannot be replayed later.
 * Body-only signatures are accepted only with `--allow-unstamped`.
 *
 * Limits: bodies are capped (413, reading stops); requests must arrive within `--timeout` (408),
 * and are read in full before they take a worker, so a slow client never holds one; lint jobs
 * are capped (503 with `Retry-After`); a job past `--max-lint-ms` ends its worker and is
 * answered with a held verdict (one `too-complex` error); a worker past
 * `--max-worker-memory` is replaced and its request answered 503; `--max-connections`.
 *
 * Every request is logged as one JSON line on stderr (never its body, its signature or the
 * secret). SIGTERM and SIGINT stop accepting, let the requests in flight finish for up to
 * `--drain-timeout`, then exit 0.
 */
import crypto from 'node:crypto'
import http, {type IncomingMessage, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import type {Duplex} from 'node:stream'
import process from 'node:process'
import {TextDecoder} from 'node:util'
import type {Format} from '../processor.js'
import type {FailOn, FieldInput, LintInput, LintMessage, LintResult} from '../lint.js'
import {parseHookArgs, usage, UsageError, type HookOptions} from './args.js'
import {pickField, resolvePointer} from './fields.js'
import {idleCollector} from './idle-gc.js'
import {JobCancelledError, JobError, JobMemoryError, JobTimeoutError, LintPool} from './pool.js'

export type {HookOptions} from './args.js'
export {parseHookArgs, parseSize} from './args.js'

const name = 'evidence-publish-hook'
const signatureHeader = 'x-evidence-signature'
const timestampHeader = 'x-evidence-timestamp'
/** Answered without a signature, and saying nothing but whether the service is up or ready. */
const probes: ReadonlySet<string> = new Set(['/healthz', '/readyz'])
const rawFormats: Record<string, Format> = {
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/html': 'html',
  'text/plain': 'text'
}
const accepted = 'application/json, text/markdown, text/html or text/plain (UTF-8)'

/** One line of the service's log (written as JSON on stderr). A request's line has its time,
 * address, method, path, status (`null`: no answer, the client went away or was dropped), body
 * size, milliseconds and, for a lint, its verdict; never the body, a signature or the secret. */
export interface LogEntry {
  time: string
  /** A service event (`start`, `stop`, `warning`, `error`), or absent for a request. */
  event?: string | undefined
  remote?: string | undefined
  method?: string | null | undefined
  path?: string | null | undefined
  status?: number | null | undefined
  ms?: number | undefined
  bytes?: number | undefined
  /** `pass` or `hold` for an answered lint. */
  verdict?: 'pass' | 'hold' | undefined
  errors?: number | undefined
  warnings?: number | undefined
  /** Why the request was refused or held, or what happened (for an event). */
  reason?: string | undefined
  message?: string | undefined
}

export interface HookServer {
  server: http.Server
  pool: LintPool
  /** The address it listens on, as `http://HOST:PORT`. */
  url: string
  /** Stop accepting, finish the requests in flight, end the workers. */
  close(): Promise<void>
}

/** An answer other than 200: its status, message and extra headers. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {}
  ) {
    super(message)
  }
}

/** What the service's steps share: its options, workers, log and state. */
interface Service {
  options: HookOptions
  pool: LintPool
  log: (entry: LogEntry) => void
  started: number
  idle: ReturnType<typeof idleCollector>
  /** Set by `close()`: new requests are refused and connections close after their answer. */
  draining: boolean
  inFlight: number
}

/** Start the workers (loading the config) and listen. Rejects on a broken config or a busy port. */
export async function startHookServer(
  options: HookOptions,
  log: (entry: LogEntry) => void = logLine
): Promise<HookServer> {
  const pool = new LintPool({
    size: options.workers,
    capacity: options.concurrency,
    timeout: options.maxLintMs,
    maxOldGenerationSizeMb: Math.max(1, Math.floor(options.maxWorkerMemory / (1024 * 1024))),
    setup: {failOn: options.failOn, config: options.config, cwd: options.cwd, timeout: options.maxLintMs},
    log: (message) => log({time: new Date().toISOString(), event: 'error', message: name + ': ' + message})
  })
  await pool.start()

  const service: Service = {
    options,
    pool,
    log,
    started: Date.now(),
    idle: idleCollector(2000),
    draining: false,
    inFlight: 0
  }
  const server = createServer(service)
  await listen(server, options).catch(async (error: unknown) => {
    await pool.close()
    throw error
  })

  const address = server.address() as AddressInfo
  const host =
    address.family === 'IPv6' || address.address.includes(':') ? '[' + address.address + ']' : address.address
  let closing: Promise<void> | undefined
  const close = () => {
    closing ??= drain(service, server)
    return closing
  }
  return {server, pool, url: 'http://' + host + ':' + address.port, close}
}

/** The HTTP server with its handlers: requests, `Expect: 100-continue`, dropped connections and
 * malformed requests. */
function createServer(service: Service): http.Server {
  const {options} = service
  const onRequest = (req: IncomingMessage, res: ServerResponse) => answerRequest(service, req, res)
  const server = http.createServer(
    {
      // A backstop for Node's own checks; the handler answers 408 itself, on time.
      requestTimeout: options.timeout + 2000,
      headersTimeout: Math.min(options.timeout, 60_000),
      connectionsCheckingInterval: Math.min(1000, options.timeout),
      keepAliveTimeout: 5000
    },
    onRequest
  )
  server.maxConnections = options.maxConnections
  // Past --max-connections, Node closes a new connection at once (before it sends anything).
  server.on('drop', (data?: {remoteAddress?: string}) => {
    service.log({
      time: new Date().toISOString(),
      remote: data?.remoteAddress ?? '-',
      method: null,
      path: null,
      status: null,
      reason: 'connection dropped: --max-connections (' + options.maxConnections + ') reached'
    })
  })

  // `Expect: 100-continue`: a client that waits for the go-ahead is refused before it sends a
  // body that would be refused anyway (too large, or no signature).
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    const declared = Number(req.headers['content-length'] ?? 0)
    const unsigned = options.secret !== undefined && !probes.has(pathOf(req)) && authProblem(service, req) !== undefined
    if (!(declared > options.maxBody) && !unsigned && !service.draining) res.writeContinue()
    onRequest(req, res)
  })

  server.on('clientError', (error: NodeJS.ErrnoException, socket) => answerClientError(service.log, error, socket))
  return server
}

/** Listen on the configured host and port; rejects on a busy port. */
function listen(server: http.Server, options: HookOptions): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => {
      server.off('error', reject)
      resolve()
    })
  })
}

/** One request: counted while in flight, handled, and logged once when it ends. */
function answerRequest(service: Service, req: IncomingMessage, res: ServerResponse): void {
  service.inFlight++
  const begin = process.hrtime.bigint()
  // (Read now: a socket that is gone has no address any more.)
  const remote = req.socket.remoteAddress ?? '-'
  const note: Note = {bytes: 0, detail: '', gone: new AbortController()}
  let logged = false
  const done = () => {
    if (logged) return
    logged = true
    service.inFlight--
    service.idle.touch()
    const ms = Number(process.hrtime.bigint() - begin) / 1e6
    const status = res.headersSent ? res.statusCode : 0
    // Closed before an answer was sent: the client went away (a job still waiting for a worker
    // leaves the queue).
    if (!status) {
      note.detail ||= 'client went away'
      note.gone.abort()
    }
    service.log(requestEntry(req, remote, status, ms, note))
  }
  res.on('finish', done)
  res.on('close', done)
  handle(service, req, res, note).catch((error: unknown) => {
    // Never crash on a request: answer 500 if nothing was sent yet.
    note.detail = 'internal: ' + firstLine(error)
    if (!res.headersSent) send(res, 500, {error: 'internal error'}, {Connection: 'close'})
    else res.destroy()
  })
}

/** The log line of a finished request (`status` 0: no answer was sent). */
function requestEntry(req: IncomingMessage, remote: string, status: number, ms: number, note: Note): LogEntry {
  const entry: LogEntry = {
    time: new Date().toISOString(),
    remote,
    method: req.method ?? null,
    path: pathOf(req).slice(0, 200),
    status: status || null,
    ms: Math.round(ms * 10) / 10,
    bytes: note.bytes
  }
  if (note.verdict) Object.assign(entry, note.verdict)
  if (note.detail) entry.reason = note.detail
  return entry
}

/** A request Node could not parse (or that timed out before its headers): logged, and answered
 * 400, 408 or 431 when the socket can still take an answer. */
function answerClientError(log: (entry: LogEntry) => void, error: NodeJS.ErrnoException, socket: Duplex): void {
  const code = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400
  log({
    time: new Date().toISOString(),
    remote: (socket as {remoteAddress?: string}).remoteAddress ?? '-',
    method: null,
    path: null,
    status: code,
    reason: 'client error: ' + (error.code ?? 'unknown')
  })
  if (socket.writable && !(socket as {_httpMessage?: unknown})._httpMessage) {
    const body = JSON.stringify({
      error: code === 408 ? 'request timeout' : code === 431 ? 'headers too large' : 'malformed HTTP request'
    })
    socket.end(
      'HTTP/1.1 ' +
        code +
        ' ' +
        http.STATUS_CODES[code] +
        '\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ' +
        Buffer.byteLength(body) +
        '\r\nConnection: close\r\n\r\n' +
        body
    )
  } else socket.destroy()
}

/** A request, step by step: probes, the draining refusal, signature and body, then the route. */
async function handle(service: Service, req: IncomingMessage, res: ServerResponse, note: Note): Promise<void> {
  const deadline = Date.now() + service.options.timeout
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined
  try {
    const path = pathOf(req)

    // 1. The probes: never signed, and they say nothing else.
    if (probes.has(path)) {
      answerProbe(service, req, res, path, hasBody)
      return
    }

    if (service.draining) throw new HttpError(503, 'the service is shutting down; try again', {'Retry-After': '5'})

    // 2-4. The signature headers, the body, then the signature of that body.
    const body = await readSignedBody(service, req, note, deadline)

    // 5. Routes.
    if (path === '/stats') {
      answerStats(service, req, res)
      return
    }
    if (path !== '/lint') {
      throw new HttpError(
        404,
        'no such endpoint `' + path.slice(0, 100) + '`: use POST /lint, GET /healthz, GET /readyz or GET /stats'
      )
    }
    if (req.method !== 'POST') throw new HttpError(405, 'use POST for /lint', {Allow: 'POST'})

    // 6-7. What to lint, and a lint job if there is room.
    await answerLint(service, req, res, note, body)
  } catch (error) {
    if (error instanceof HttpError) fail(service, req, res, note, error, hasBody)
    else if (error instanceof BodyAborted || error instanceof JobCancelledError) note.detail = 'client went away'
    else throw error
  }
}

/** Answer a refused request with its status, closing the connection if its body was not read. */
function fail(
  service: Service,
  req: IncomingMessage,
  res: ServerResponse,
  note: Note,
  error: HttpError,
  hasBody: boolean
): void {
  note.detail = error.message.split('\n')[0].slice(0, 200)
  const headers: Record<string, string> = {...error.headers}
  // A body left unread is not read: the connection is closed after the answer.
  if (hasBody && !req.readableEnded) headers.Connection = 'close'
  if (service.draining) headers.Connection = 'close'
  send(res, error.status, {error: error.message}, headers)
}

/** `GET /healthz` (up) or `GET /readyz` (workers ready and not draining). */
function answerProbe(
  service: Service,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  hasBody: boolean
): void {
  if (req.method !== 'GET' && req.method !== 'HEAD')
    throw new HttpError(405, 'use GET for ' + path, {Allow: 'GET, HEAD'})
  const headOnly = req.method === 'HEAD'
  const close = hasBody || service.draining ? {Connection: 'close'} : undefined
  if (path === '/healthz') send(res, 200, {status: 'ok'}, close, headOnly)
  else if (!service.draining && service.pool.load.workers > 0) send(res, 200, {status: 'ready'}, close, headOnly)
  else send(res, 503, {status: 'not ready'}, {'Retry-After': '1', ...close}, headOnly)
}

/** The body of a request: its signature headers checked first (a request without a well-formed
 * signature, or stamped too far from now, a replay, is refused before its body is read), then
 * the body within the size and time limits (its size noted for the log), then the signature of
 * exactly that timestamp and those bytes. */
async function readSignedBody(service: Service, req: IncomingMessage, note: Note, deadline: number): Promise<Buffer> {
  const {options} = service
  let signed: {signature: Buffer; stamp: string | undefined} | undefined
  if (options.secret !== undefined) {
    const problem = authProblem(service, req)
    if (problem) throw problem
    signed = signatureOf(req)
  }

  const declared = req.headers['content-length']
  if (declared !== undefined && Number(declared) > options.maxBody) {
    throw new HttpError(413, 'the body is ' + declared + ' bytes, above the limit of ' + options.maxBody + ' bytes')
  }
  const body = await readBody(req, options.maxBody, deadline)
  note.bytes = body.length

  if (signed && options.secret !== undefined) {
    const hmac = crypto.createHmac('sha256', options.secret)
    if (signed.stamp !== undefined) hmac.update(signed.stamp + '.')
    const expected = hmac.update(body).digest()
    if (!crypto.timingSafeEqual(expected, signed.signature)) {
      throw new HttpError(
        401,
        signed.stamp === undefined
          ? 'invalid X-Evidence-Signature: it is not the HMAC-SHA256 of this body with the shared secret'
          : 'invalid X-Evidence-Signature: it is not the HMAC-SHA256 of X-Evidence-Timestamp + "." + this body ' +
              'with the shared secret',
        {'WWW-Authenticate': 'X-Evidence-Signature'}
      )
    }
  }
  return body
}

/** `GET /stats`: uptime, memory, jobs and requests in flight. */
function answerStats(service: Service, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD')
    throw new HttpError(405, 'use GET for /stats', {Allow: 'GET, HEAD'})
  send(
    res,
    200,
    {
      status: service.draining ? 'draining' : 'ok',
      uptime: (Date.now() - service.started) / 1000,
      memory: process.memoryUsage(),
      jobs: service.pool.load,
      requests: service.inFlight
    },
    {},
    req.method === 'HEAD'
  )
}

/** `POST /lint`: read the input, run a job if there is room, answer its verdict. */
async function answerLint(
  service: Service,
  req: IncomingMessage,
  res: ServerResponse,
  note: Note,
  body: Buffer
): Promise<void> {
  const {options} = service
  const input = readInput(req, body, options)
  const job = service.pool.tryRun(input.lint, note.gone.signal)
  if (!job)
    throw new HttpError(503, 'too many lint jobs in flight (' + options.concurrency + '); try again shortly', {
      'Retry-After': '1'
    })
  const result = await jobResult(options, job, note)
  note.verdict = {
    verdict: result.pass ? 'pass' : 'hold',
    errors: result.summary.errors,
    warnings: result.summary.warnings
  }
  const answer = input.missing.length > 0 ? {...result, missing: input.missing} : result
  send(res, 200, answer, service.draining ? {Connection: 'close'} : {})
}

/** A job's result; a job over the time budget is held (`too-complex`), not crashed (its worker
 * was replaced); one over the memory budget is a 503, bad input a 422. */
async function jobResult(options: HookOptions, job: Promise<LintResult>, note: Note): Promise<LintResult> {
  try {
    return await job
  } catch (error) {
    if (error instanceof JobTimeoutError) {
      note.detail =
        'too-complex: linting took longer than --max-lint-ms (' + options.maxLintMs + ' ms); the worker was replaced'
      return tooComplex(options.maxLintMs, options.failOn)
    }
    if (error instanceof JobMemoryError) {
      throw new HttpError(
        503,
        'the document needed more memory than a lint worker may use (--max-worker-memory ' +
          Math.floor(options.maxWorkerMemory / (1024 * 1024)) +
          ' MiB); the worker was replaced: send a smaller document'
      )
    }
    if (error instanceof JobError && error.kind === 'input')
      throw new HttpError(422, error.message.replace(/^lint\(\): /, ''))
    throw error
  }
}

/** Stop accepting, let the requests in flight finish for up to --drain-timeout (then cut them),
 * stop the idle collector and end the workers. */
async function drain(service: Service, server: http.Server): Promise<void> {
  service.draining = true
  const closed = new Promise<void>((resolve) => server.close(() => resolve()))
  server.closeIdleConnections()
  // Connections that finish their last request while draining close (Connection: close);
  // keep closing the ones that turn idle.
  const sweep = setInterval(() => server.closeIdleConnections(), 100)
  // Past --drain-timeout, the requests still in flight are cut.
  let deadline: NodeJS.Timeout | undefined
  const expired = new Promise<'expired'>((resolve) => {
    deadline = setTimeout(() => resolve('expired'), service.options.drainTimeout)
  })
  const outcome = await Promise.race([closed, expired])
  clearTimeout(deadline)
  clearInterval(sweep)
  if (outcome === 'expired') {
    const left = service.inFlight
    service.log({
      time: new Date().toISOString(),
      event: 'warning',
      message:
        name +
        ': ' +
        left +
        ' request' +
        (left === 1 ? '' : 's') +
        ' still in flight after --drain-timeout (' +
        service.options.drainTimeout +
        ' ms): cut'
    })
    server.closeAllConnections()
    await closed
  }
  service.idle.stop()
  await service.pool.close()
}

interface Note {
  bytes: number
  detail: string
  verdict?: {verdict: 'pass' | 'hold'; errors: number; warnings: number} | undefined
  /** Aborted when the connection closes before the answer is sent. */
  gone: AbortController
}

class BodyAborted extends Error {}

const unauthorized = {'WWW-Authenticate': 'X-Evidence-Signature'}

/** What is wrong with a request's signature headers, with the service's tolerance. */
function authProblem(service: Service, req: IncomingMessage): HttpError | undefined {
  return authProblemWith(req, service.options.tolerance, service.options.allowUnstamped)
}

/** What is wrong with a request's signature headers (before its body is read), if anything. */
function authProblemWith(req: IncomingMessage, tolerance: number, allowUnstamped: boolean): HttpError | undefined {
  const header = req.headers[signatureHeader]
  if (typeof header !== 'string' || !/^sha256=[\da-f]{64}$/i.test(header.trim())) {
    return new HttpError(
      401,
      'missing or malformed X-Evidence-Signature: ' +
        'expected sha256=<hex HMAC-SHA256 of X-Evidence-Timestamp + "." + the raw body>',
      unauthorized
    )
  }
  const stamp = req.headers[timestampHeader]
  if (stamp === undefined) {
    if (allowUnstamped) return undefined
    return new HttpError(
      401,
      'missing X-Evidence-Timestamp: send the Unix time in seconds and sign it with the body ' +
        '(HMAC-SHA256 of timestamp + "." + body)',
      unauthorized
    )
  }
  if (typeof stamp !== 'string' || !/^\d{1,12}$/.test(stamp.trim())) {
    return new HttpError(
      401,
      'malformed X-Evidence-Timestamp: expected the Unix time in whole seconds (10 digits), not milliseconds or a date',
      unauthorized
    )
  }
  const age = Math.round(Date.now() / 1000) - Number(stamp.trim())
  if (age > tolerance) {
    return new HttpError(
      401,
      'X-Evidence-Timestamp is ' +
        age +
        ' s old, beyond the tolerance of ' +
        tolerance +
        " s: a replayed or delayed request (check the sender's clock)",
      unauthorized
    )
  }
  if (-age > tolerance) {
    return new HttpError(
      401,
      'X-Evidence-Timestamp is ' +
        -age +
        ' s in the future, beyond the tolerance of ' +
        tolerance +
        " s (check the sender's clock)",
      unauthorized
    )
  }
  return undefined
}

/** The signature and the timestamp it covers (headers already checked). */
function signatureOf(req: IncomingMessage): {signature: Buffer; stamp: string | undefined} {
  const header = (req.headers[signatureHeader] as string).trim()
  const stamp = req.headers[timestampHeader]
  return {
    signature: Buffer.from(header.slice('sha256='.length), 'hex'),
    stamp: typeof stamp === 'string' ? stamp.trim() : undefined
  }
}

/** The verdict on a document whose lint ran past the time budget: one `too-complex` error. */
function tooComplex(maxLintMs: number, failOn: FailOn): LintResult {
  const message: LintMessage = {
    ruleId: 'too-complex',
    source: name,
    reason:
      'Not checked: linting this document took longer than the budget of ' +
      maxLintMs +
      ' ms (maxLintMs), so it is held for a person ' +
      'to review; split it into smaller parts, or raise --max-lint-ms',
    severity: 'error',
    line: null,
    column: null,
    offset: null,
    endLine: null,
    endColumn: null,
    endOffset: null,
    actual: null,
    expected: null,
    url: null,
    field: null
  }
  return {pass: failOn === 'never', summary: {errors: 1, warnings: 0}, messages: [message]}
}

/** Read the body, refusing past `limit` bytes (reading stops) or past `deadline`. */
function readBody(req: IncomingMessage, limit: number, deadline: number): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let settled = false
    const settle = (error: Error | undefined, body?: Buffer) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      req.off('data', onData)
      req.off('end', onEnd)
      req.off('error', onAbort)
      req.off('close', onClose)
      if (error) reject(error)
      else resolve(body as Buffer)
    }
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        req.pause()
        settle(new HttpError(413, 'the body is larger than the limit of ' + limit + ' bytes'))
        return
      }
      chunks.push(chunk)
    }
    const onEnd = () => settle(undefined, Buffer.concat(chunks, size))
    const onAbort = () => settle(new BodyAborted('aborted'))
    const onClose = () => {
      if (!req.readableEnded) settle(new BodyAborted('aborted'))
    }
    const timer = setTimeout(
      () => {
        req.pause()
        settle(new HttpError(408, 'the request did not arrive within the time limit'))
      },
      Math.max(0, deadline - Date.now())
    )
    req.on('data', onData)
    req.on('end', onEnd)
    req.on('error', onAbort)
    req.on('close', onClose)
  })
}

const utf8 = new TextDecoder('utf-8', {fatal: true})

function decode(body: Buffer): string {
  try {
    return utf8.decode(body)
  } catch {
    throw new HttpError(400, 'the body is not valid UTF-8')
  }
}

/** The lint input of a request, by its content type. */
function readInput(req: IncomingMessage, body: Buffer, options: HookOptions): {lint: LintInput; missing: string[]} {
  const header = req.headers['content-type']
  if (!header) throw new HttpError(415, 'no Content-Type: send ' + accepted)
  const [typePart, ...parameters] = header.split(';')
  const type = typePart.trim().toLowerCase()
  for (const parameter of parameters) {
    const [key, value = ''] = parameter.split('=')
    if (key.trim().toLowerCase() === 'charset' && !/^"?(?:utf-?8|us-ascii)"?$/i.test(value.trim())) {
      throw new HttpError(415, 'unsupported charset `' + value.trim().slice(0, 40) + '`: send UTF-8')
    }
  }

  const raw = rawFormats[type]
  if (raw) return {lint: {content: decode(body), format: raw}, missing: []}
  if (type !== 'application/json' && !/^application\/[\w.+-]+\+json$/.test(type)) {
    throw new HttpError(415, 'unsupported Content-Type `' + type.slice(0, 80) + '`: send ' + accepted)
  }

  const text = decode(body)
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch (error) {
    throw new HttpError(400, 'malformed JSON: ' + jsonProblem(error))
  }

  if (options.fields.length > 0) return pickFields(document, options)
  return {lint: nativeInput(document), missing: []}
}

/** `{format, content}` or `{fields: {...}}`. Files are never read on a client's say-so. */
function nativeInput(document: unknown): LintInput {
  const shape =
    'expected {"format": "markdown", "content": "..."} or {"fields": {"title": {"format": "text", "content": "..."}}}'
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    throw new HttpError(422, 'the JSON body must be an object: ' + shape)
  }
  const object = document as Record<string, unknown>
  const noPath = (value: unknown, where: string) => {
    if (value !== null && typeof value === 'object' && 'path' in value) {
      throw new HttpError(
        422,
        '`path` is not accepted over HTTP (' + where + '): send the text as `content`, with its `format`'
      )
    }
  }
  noPath(object, 'body')
  if (object.fields !== undefined) {
    const fields = object.fields
    if (fields === null || typeof fields !== 'object' || Array.isArray(fields))
      throw new HttpError(422, '`fields` must be an object: ' + shape)
    for (const [key, value] of Object.entries(fields)) noPath(value, 'field `' + key + '`')
    return {fields: fields as Record<string, FieldInput>}
  }
  if (object.content === undefined) throw new HttpError(422, 'no `content` or `fields`: ' + shape)
  return {content: object.content as string, format: (object.format ?? 'text') as Format}
}

/** The fields named by `--fields` in a CMS payload. */
function pickFields(document: unknown, options: HookOptions): {lint: LintInput; missing: string[]} {
  const fields: Record<string, FieldInput> = {}
  const missing: string[] = []
  for (const spec of options.fields) {
    const picked = pickField(resolvePointer(document, spec.tokens), spec.format)
    if (picked === undefined) missing.push(spec.pointer)
    else if ('problem' in picked)
      throw new HttpError(422, 'field `' + spec.pointer + '` cannot be linted: ' + picked.problem)
    else fields[spec.pointer] = picked
  }
  if (Object.keys(fields).length === 0) {
    throw new HttpError(
      422,
      'none of the configured fields is in the payload (' + options.fields.map((spec) => spec.pointer).join(', ') + ')'
    )
  }
  return {lint: {fields}, missing}
}

/** What is wrong with the JSON, without quoting the body back. */
function jsonProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return withoutQuotedBody(message)
    .replace(/^Unexpected token '?(.)'?\s*\(not valid JSON\)$/, 'unexpected token `$1`')
    .slice(0, 200)
}

/** `message` with its quoted body (`, "..." is not valid JSON` at the end) replaced by ` (not
 * valid JSON)`, as `/,?\s*"[\s\S]*" is not valid JSON$/` would replace it, by hand (that
 * expression is quadratic on a long run of white space). */
function withoutQuotedBody(message: string): string {
  const tail = '" is not valid JSON'
  if (!message.endsWith(tail)) return message
  const quote = message.indexOf('"')
  if (quote >= message.length - tail.length) return message
  let start = quote
  while (start > 0 && /\s/.test(message.charAt(start - 1))) start--
  if (start > 0 && message.charAt(start - 1) === ',') start--
  return message.slice(0, start) + ' (not valid JSON)'
}

function pathOf(req: IncomingMessage): string {
  const raw = req.url ?? '/'
  const end = raw.search(/[?#]/)
  return end === -1 ? raw : raw.slice(0, end)
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
  headOnly = false
): void {
  if (res.headersSent || res.destroyed) return
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers
  })
  res.end(headOnly ? undefined : text)
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]
}

function logLine(entry: LogEntry): void {
  process.stderr.write(JSON.stringify(entry) + '\n')
}

/** A service event, logged as JSON with its message. */
function event(kind: string, message: string): void {
  logLine({time: new Date().toISOString(), event: kind, message: name + ': ' + message})
}

/** Entry point of `bin/evidence-publish-hook.js`. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  let options: HookOptions | 'help'
  try {
    options = parseHookArgs(argv, process.env, process.cwd())
  } catch (error) {
    process.stderr.write(name + ': ' + firstLine(error) + (error instanceof UsageError ? ' (see --help)' : '') + '\n')
    process.exitCode = 1
    return
  }
  if (options === 'help') {
    process.stdout.write(usage)
    return
  }
  // Neither workers nor config files need the secret: keep it out of their environment.
  delete process.env.EVIDENCE_HOOK_SECRET

  let hook: HookServer
  try {
    hook = await startHookServer(options)
  } catch (error) {
    process.stderr.write(name + ': cannot start: ' + firstLine(error) + '\n')
    process.exitCode = 1
    return
  }

  process.stdout.write('listening on ' + hook.url + '\n')
  logStart(options)
  stopOnSignals(hook, options.drainTimeout)
}

/** The start event: the limits in force, and warnings for a service open to anyone or to
 * replays. */
function logStart(options: HookOptions): void {
  const loopback = /^(?:127\.|localhost$|\[?::1\]?$)/.test(options.host)
  event(
    'start',
    'fail-on ' +
      options.failOn +
      ', max body ' +
      options.maxBody +
      ' bytes, ' +
      options.concurrency +
      ' jobs on ' +
      options.workers +
      ' worker' +
      (options.workers === 1 ? '' : 's') +
      ' (' +
      options.maxLintMs +
      ' ms and ' +
      Math.floor(options.maxWorkerMemory / (1024 * 1024)) +
      ' MiB each), ' +
      options.maxConnections +
      ' connections' +
      (options.fields.length > 0 ? ', fields ' + options.fields.map((spec) => spec.pointer).join(' ') : '') +
      (options.secret === undefined
        ? ', no signature required'
        : ', signed requests only (timestamps within ' +
          options.tolerance +
          ' s' +
          (options.allowUnstamped ? ', or unstamped' : '') +
          ')')
  )
  if (options.secret === undefined && !loopback) {
    event(
      'warning',
      'warning: EVIDENCE_HOOK_SECRET is not set and the service listens on ' +
        options.host +
        ': anyone who can reach it can use it'
    )
  }
  if (options.secret !== undefined && options.allowUnstamped) {
    event(
      'warning',
      'warning: --allow-unstamped: requests signed without X-Evidence-Timestamp are accepted, ' +
        'and can be replayed at any time'
    )
  }
}

/** On SIGTERM or SIGINT: finish the requests in flight (up to --drain-timeout), then exit 0. */
function stopOnSignals(hook: HookServer, drainTimeout: number): void {
  const shutdown = (signal: string) => {
    event('stop', signal + ': finishing the requests in flight, then exiting')
    // A backstop: the drain itself cuts requests at --drain-timeout.
    const force = setTimeout(() => {
      event('error', 'still stopping ' + (drainTimeout + 10_000) + ' ms after ' + signal + ': exiting anyway')
      process.exit(1)
    }, drainTimeout + 10_000)
    force.unref()
    hook.close().then(
      () => {
        event('stop', 'stopped')
        process.exit(0)
      },
      (error: unknown) => {
        event('error', 'error while stopping: ' + firstLine(error))
        process.exit(1)
      }
    )
  }
  process.once('SIGTERM', () => shutdown('SIGTERM'))
  process.once('SIGINT', () => shutdown('SIGINT'))
}
