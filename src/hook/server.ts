/**
 * `evidence-publish-hook`: an HTTP service for a CMS publish step.
 *
 * - `POST /lint`: a JSON body `{format, content}` or `{fields: {title: {...}, body: {...}}}`, a
 *   CMS payload whose fields are picked by JSON pointers (`--fields`), or a raw `text/markdown`,
 *   `text/html` or `text/plain` body. Answers 200 with `{pass, summary, messages}`.
 * - `GET /healthz`: status, uptime, memory (`process.memoryUsage()`) and the jobs in flight.
 *
 * With `EVIDENCE_HOOK_SECRET` set, every request must carry
 * `X-Evidence-Signature: sha256=<hex HMAC-SHA256 of the raw body>` (checked in constant time).
 * Bodies are capped (413, reading stops), requests must arrive within `--timeout` (408), lint
 * jobs are capped (503 with `Retry-After`), and every request is logged as one line on stderr
 * (never its body, its signature or the secret). SIGTERM and SIGINT stop accepting, let the requests
 * in flight finish, then exit 0.
 */
import crypto from 'node:crypto'
import http, {type IncomingMessage, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import process from 'node:process'
import {TextDecoder} from 'node:util'
import type {Format} from '../processor.js'
import type {FieldInput, LintInput, LintResult} from '../lint.js'
import {parseHookArgs, usage, UsageError, type HookOptions} from './args.js'
import {pickField, resolvePointer} from './fields.js'
import {idleCollector} from './idle-gc.js'
import {JobCancelledError, JobError, JobTimeoutError, LintPool} from './pool.js'

export type {HookOptions} from './args.js'
export {parseHookArgs, parseSize} from './args.js'

const name = 'evidence-publish-hook'
const signatureHeader = 'x-evidence-signature'
const rawFormats: Record<string, Format> = {'text/markdown': 'markdown', 'text/x-markdown': 'markdown', 'text/html': 'html', 'text/plain': 'text'}
const accepted = 'application/json, text/markdown, text/html or text/plain (UTF-8)'

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

/** Start the workers (loading the config) and listen. Rejects on a broken config or a busy port. */
export async function startHookServer(options: HookOptions, log: (line: string) => void = logLine): Promise<HookServer> {
  const pool = new LintPool({
    size: options.workers,
    capacity: options.concurrency,
    timeout: options.timeout,
    setup: {failOn: options.failOn, config: options.config, cwd: options.cwd, timeout: options.timeout}
  })
  await pool.start()

  const started = Date.now()
  const idle = idleCollector(2000)
  let draining = false
  let inFlight = 0

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

  // `Expect: 100-continue`: a client that waits for the go-ahead is refused before it sends a
  // body that would be refused anyway (too large, or no signature).
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    const declared = Number(req.headers['content-length'] ?? 0)
    const unsigned = options.secret !== undefined && req.headers[signatureHeader] === undefined
    if (!(declared > options.maxBody) && !unsigned && !draining) res.writeContinue()
    onRequest(req, res)
  })

  function onRequest(req: IncomingMessage, res: ServerResponse): void {
    inFlight++
    const begin = process.hrtime.bigint()
    // (Read now: a socket that is gone has no address any more.)
    const remote = req.socket.remoteAddress ?? '-'
    const note: Note = {bytes: 0, detail: '', gone: new AbortController()}
    let logged = false
    const done = () => {
      if (logged) return
      logged = true
      inFlight--
      idle.touch()
      const ms = Number(process.hrtime.bigint() - begin) / 1e6
      const status = res.headersSent ? res.statusCode : 0
      // Closed before an answer was sent: the client went away (a job still waiting for a worker
      // leaves the queue).
      if (!status) {
        note.detail ||= 'client went away'
        note.gone.abort()
      }
      log(
        [new Date().toISOString(), remote, req.method ?? '-', pathOf(req), status || 'aborted', ms.toFixed(1) + 'ms', note.bytes + 'B']
          .concat(note.detail ? [note.detail] : [])
          .join(' ')
      )
    }
    res.on('finish', done)
    res.on('close', done)
    handle(req, res, note).catch((error: unknown) => {
      // Never crash on a request: answer 500 if nothing was sent yet.
      note.detail = 'internal: ' + firstLine(error)
      if (!res.headersSent) send(res, 500, {error: 'internal error'}, {Connection: 'close'})
      else res.destroy()
    })
  }

  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    const code = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400
    log([new Date().toISOString(), (socket as {remoteAddress?: string}).remoteAddress ?? '-', '-', '-', code, 'client error: ' + (error.code ?? 'unknown')].join(' '))
    if (socket.writable && !(socket as {_httpMessage?: unknown})._httpMessage) {
      const body = JSON.stringify({error: code === 408 ? 'request timeout' : code === 431 ? 'headers too large' : 'malformed HTTP request'})
      socket.end(
        'HTTP/1.1 ' + code + ' ' + http.STATUS_CODES[code] + '\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ' +
          Buffer.byteLength(body) + '\r\nConnection: close\r\n\r\n' + body
      )
    } else socket.destroy()
  })

  async function handle(req: IncomingMessage, res: ServerResponse, note: Note): Promise<void> {
    const deadline = Date.now() + options.timeout
    const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined
    const fail = (error: HttpError) => {
      note.detail = error.message.split('\n')[0].slice(0, 200)
      const headers: Record<string, string> = {...error.headers}
      // A body left unread is not read: the connection is closed after the answer.
      if (hasBody && !req.readableEnded) headers.Connection = 'close'
      if (draining) headers.Connection = 'close'
      send(res, error.status, {error: error.message}, headers)
    }

    try {
      if (draining) throw new HttpError(503, 'the service is shutting down; try again', {'Retry-After': '5'})

      // 1. A request without a well-formed signature is refused before its body is read.
      let signature: Buffer | undefined
      if (options.secret !== undefined) {
        const header = req.headers[signatureHeader]
        const match = typeof header === 'string' ? /^sha256=([\da-f]{64})$/i.exec(header.trim()) : null
        if (!match) {
          throw new HttpError(401, 'missing or malformed X-Evidence-Signature: expected sha256=<hex HMAC-SHA256 of the raw body>', {
            'WWW-Authenticate': 'X-Evidence-Signature'
          })
        }
        signature = Buffer.from(match[1], 'hex')
      }

      // 2. The body, within the size and time limits.
      const declared = req.headers['content-length']
      if (declared !== undefined && Number(declared) > options.maxBody) {
        throw new HttpError(413, 'the body is ' + declared + ' bytes, above the limit of ' + options.maxBody + ' bytes')
      }
      const body = await readBody(req, options.maxBody, deadline)
      note.bytes = body.length

      // 3. The signature of exactly those bytes.
      if (signature && options.secret !== undefined) {
        const expected = crypto.createHmac('sha256', options.secret).update(body).digest()
        if (!crypto.timingSafeEqual(expected, signature)) {
          throw new HttpError(401, 'invalid X-Evidence-Signature: it is not the HMAC-SHA256 of this body with the shared secret', {
            'WWW-Authenticate': 'X-Evidence-Signature'
          })
        }
      }

      // 4. Routes.
      const path = pathOf(req)
      if (path === '/healthz') {
        if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'use GET for /healthz', {Allow: 'GET, HEAD'})
        send(res, 200, {
          status: draining ? 'draining' : 'ok',
          uptime: (Date.now() - started) / 1000,
          memory: process.memoryUsage(),
          jobs: pool.load,
          requests: inFlight
        }, {}, req.method === 'HEAD')
        return
      }
      if (path !== '/lint') throw new HttpError(404, 'no such endpoint `' + path.slice(0, 100) + '`: use POST /lint or GET /healthz')
      if (req.method !== 'POST') throw new HttpError(405, 'use POST for /lint', {Allow: 'POST'})

      // 5. What to lint.
      const input = readInput(req, body, options)

      // 6. A lint job, if there is room.
      const job = pool.tryRun(input.lint, note.gone.signal)
      if (!job) throw new HttpError(503, 'too many lint jobs in flight (' + options.concurrency + '); try again shortly', {'Retry-After': '1'})
      let result: LintResult
      try {
        result = await job
      } catch (error) {
        if (error instanceof JobTimeoutError) throw new HttpError(503, error.message + '; send a shorter document or raise --timeout')
        if (error instanceof JobError && error.kind === 'input') throw new HttpError(422, error.message.replace(/^lint\(\): /, ''))
        throw error
      }
      note.detail = (result.pass ? 'pass' : 'hold') + ' errors=' + result.summary.errors + ' warnings=' + result.summary.warnings
      const answer = input.missing.length > 0 ? {...result, missing: input.missing} : result
      send(res, 200, answer, draining ? {Connection: 'close'} : {})
    } catch (error) {
      if (error instanceof HttpError) fail(error)
      else if (error instanceof BodyAborted || error instanceof JobCancelledError) note.detail = 'client went away'
      else throw error
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => {
      server.off('error', reject)
      resolve()
    })
  }).catch(async (error: unknown) => {
    await pool.close()
    throw error
  })

  const address = server.address() as AddressInfo
  const host = address.family === 'IPv6' || address.address.includes(':') ? '[' + address.address + ']' : address.address

  let closing: Promise<void> | undefined
  const close = () => {
    closing ??= (async () => {
      draining = true
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeIdleConnections()
      // Connections that finish their last request while draining close (Connection: close);
      // keep closing the ones that turn idle.
      const sweep = setInterval(() => server.closeIdleConnections(), 100)
      await closed
      clearInterval(sweep)
      idle.stop()
      await pool.close()
    })()
    return closing
  }

  return {server, pool, url: 'http://' + host + ':' + address.port, close}
}

interface Note {
  bytes: number
  detail: string
  /** Aborted when the connection closes before the answer is sent. */
  gone: AbortController
}

class BodyAborted extends Error {}

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
  const shape = 'expected {"format": "markdown", "content": "..."} or {"fields": {"title": {"format": "text", "content": "..."}}}'
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    throw new HttpError(422, 'the JSON body must be an object: ' + shape)
  }
  const object = document as Record<string, unknown>
  const noPath = (value: unknown, where: string) => {
    if (value !== null && typeof value === 'object' && 'path' in value) {
      throw new HttpError(422, '`path` is not accepted over HTTP (' + where + '): send the text as `content`, with its `format`')
    }
  }
  noPath(object, 'body')
  if (object.fields !== undefined) {
    const fields = object.fields
    if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) throw new HttpError(422, '`fields` must be an object: ' + shape)
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
    else if ('problem' in picked) throw new HttpError(422, 'field `' + spec.pointer + '` cannot be linted: ' + picked.problem)
    else fields[spec.pointer] = picked
  }
  if (Object.keys(fields).length === 0) {
    throw new HttpError(422, 'none of the configured fields is in the payload (' + options.fields.map((spec) => spec.pointer).join(', ') + ')')
  }
  return {lint: {fields}, missing}
}

/** What is wrong with the JSON, without quoting the body back. */
function jsonProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return withoutQuotedBody(message).replace(/^Unexpected token '?(.)'?\s*\(not valid JSON\)$/, 'unexpected token `$1`').slice(0, 200)
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

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}, headOnly = false): void {
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

function logLine(line: string): void {
  process.stderr.write(line + '\n')
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
  const loopback = /^(?:127\.|localhost$|\[?::1\]?$)/.test(options.host)
  process.stderr.write(
    name + ': fail-on ' + options.failOn + ', max body ' + options.maxBody + ' bytes, ' + options.concurrency + ' jobs on ' +
      options.workers + ' worker' + (options.workers === 1 ? '' : 's') +
      (options.fields.length > 0 ? ', fields ' + options.fields.map((spec) => spec.pointer).join(' ') : '') +
      (options.secret === undefined ? ', no signature required' : ', signed requests only') + '\n'
  )
  if (options.secret === undefined && !loopback) {
    process.stderr.write(name + ': warning: EVIDENCE_HOOK_SECRET is not set and the service listens on ' + options.host + ': anyone who can reach it can use it\n')
  }

  const shutdown = (signal: string) => {
    process.stderr.write(name + ': ' + signal + ': finishing the requests in flight, then exiting\n')
    const force = setTimeout(() => {
      process.stderr.write(name + ': requests still in flight after ' + (options as HookOptions).timeout * 2 + ' ms: exiting anyway\n')
      process.exit(1)
    }, (options as HookOptions).timeout * 2 + 1000)
    force.unref()
    hook.close().then(
      () => {
        process.stderr.write(name + ': stopped\n')
        process.exit(0)
      },
      (error: unknown) => {
        process.stderr.write(name + ': error while stopping: ' + firstLine(error) + '\n')
        process.exit(1)
      }
    )
  }
  process.once('SIGTERM', () => shutdown('SIGTERM'))
  process.once('SIGINT', () => shutdown('SIGINT'))
}
