/**
 * `evidence-publish-hook` as a service a platform team deploys: its limits (a worker's memory,
 * connections, a slow client, the drain deadline of a shutdown). The real server, spawned from
 * `bin/` on 127.0.0.1, and real connections.
 */
import http from 'node:http'
import net from 'node:net'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {buildOnce, logEntries, postJson, said, startHook, until, type Hook} from './hook-helpers.js'

const claim = 'Magnesium reduces anxiety.'
const crashConfig = 'test/fixtures/hook/crash.evidencerc.json'

interface Stats {
  requests: number
  jobs: {running: number; queued: number; workers: number; workersStarted: number}
}

const hooks: Hook[] = []
async function hook(args: string[] = []): Promise<Hook> {
  const started = await startHook(['--workers', '1', ...args])
  hooks.push(started)
  return started
}

async function stats(h: Hook): Promise<Stats> {
  return (await (await fetch(h.url + '/stats')).json()) as Stats
}

/** The service answers a plain lint request as usual. */
async function stillServing(h: Hook): Promise<void> {
  const response = await postJson(h.url, {format: 'text', content: claim})
  expect(response.status).toBe(200)
  expect(((await response.json()) as {summary: unknown}).summary).toEqual({errors: 0, warnings: 1})
}

/** A raw connection, once it is open: what it receives, and when it closes. */
async function connect(h: Hook): Promise<{socket: net.Socket; closed: Promise<string>}> {
  const url = new URL(h.url)
  const socket = net.connect(Number(url.port), url.hostname)
  let data = ''
  socket.on('data', (chunk) => (data += chunk.toString()))
  socket.on('error', () => {})
  const closed = new Promise<string>((resolve) => socket.on('close', () => resolve(data)))
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve)
    socket.once('error', reject)
  })
  return {socket, closed}
}

/** A POST whose body is sent a few bytes at a time. */
function trickle(
  h: Hook,
  body: string,
  every: number
): {request: http.ClientRequest; answer: Promise<number>; stop(): void} {
  const url = new URL(h.url)
  const request = http.request({
    host: url.hostname,
    port: url.port,
    path: '/lint',
    method: 'POST',
    headers: {'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body))}
  })
  request.on('error', () => {})
  const answer = new Promise<number>((resolve) =>
    request.on('response', (response) => {
      response.resume()
      resolve(response.statusCode ?? 0)
    })
  )
  let index = 0
  const timer = setInterval(() => {
    if (index >= body.length) {
      clearInterval(timer)
      request.end()
      return
    }
    request.write(body.slice(index, index + 4))
    index += 4
  }, every)
  return {request, answer, stop: () => clearInterval(timer)}
}

beforeAll(() => {
  buildOnce()
}, 200_000)

afterAll(async () => {
  await Promise.all(hooks.map((h) => h.stop()))
})

describe('--max-worker-memory', () => {
  test(
    'a memory-hungry document gets 503 with the reason, its worker is replaced, the ' + 'next request is served',
    async () => {
      // The crash plugin's CRASH-MEMORY allocates until the worker's heap is full.
      const h = await hook(['--config', crashConfig, '--max-worker-memory', '64mb'])
      expect(h.stderr.join('\n')).toContain('1 worker (30000 ms and 64 MiB each)')
      const before = h.stderr.length
      const response = await postJson(h.url, {format: 'text', content: claim + ' CRASH-MEMORY'})
      expect(response.status).toBe(503)
      expect(await response.json()).toEqual({
        error:
          'the document needed more memory than a lint worker may use (--max-worker-memory ' +
          '64 MiB); the worker was replaced: send a smaller document'
      })
      await until(() => logEntries(h, before).some((entry) => entry.path === '/lint'))
      expect(logEntries(h, before).find((entry) => entry.path === '/lint')).toMatchObject({
        status: 503,
        reason: expect.stringMatching(/^the document needed more memory/) as unknown
      })
      // The process lives on, a fresh worker in place of the one that ran out.
      await stillServing(h)
      expect(h.process.exitCode).toBe(null)
      expect((await stats(h)).jobs).toMatchObject({running: 0, queued: 0, workers: 1, workersStarted: 2})
      expect((await fetch(h.url + '/readyz')).status).toBe(200)
    },
    60_000
  )
})

describe('--max-connections', () => {
  test('connections past the cap are dropped (and logged); once one closes, the next is served', async () => {
    const h = await hook(['--max-connections', '2'])
    const a = await connect(h)
    const b = await connect(h)
    // Both held open (no request yet): a third connection is closed at once, with no answer.
    const before = h.stderr.length
    const c = await connect(h)
    expect(await c.closed).toBe('')
    const d = await connect(h)
    d.socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n')
    expect(await d.closed).toBe('')
    await until(() =>
      logEntries(h, before).some((entry) => entry.reason === 'connection dropped: --max-connections (2) reached')
    )
    expect(logEntries(h, before).find((entry) => entry.reason?.startsWith('connection dropped'))).toMatchObject({
      remote: '127.0.0.1',
      status: null
    })
    // A held connection still gets its answer.
    a.socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n')
    expect(await a.closed).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*\r\n\r\n\{"status":"ok"\}$/)
    // Room again.
    // (Each answer read in full, so the one free connection is kept for the next request.)
    await until(
      async () =>
        (await fetch(h.url + '/readyz').then(
          async (r) => (await r.json(), r.status),
          () => 0
        )) === 200
    )
    // (A client's pool may open a second connection: free the other one too.)
    b.socket.destroy()
    // The service frees b's place when it sees the close, which may come after the client's
    // next connection: that one is then dropped, and the request is tried again.
    await until(async () =>
      stillServing(h).then(
        () => true,
        (error: Error & {cause?: {code?: string}}) => {
          // Dropped: reset, or closed before any answer.
          if (error.cause?.code === 'ECONNRESET' || error.cause?.code === 'UND_ERR_SOCKET') return false
          throw error
        }
      )
    )
  }, 60_000)
})

describe('a slow client', () => {
  test(
    'cannot hold the one worker: its body is read before it takes one, and other ' + 'requests are served meanwhile',
    async () => {
      const h = await hook(['--timeout', '20000'])
      const body = JSON.stringify({format: 'text', content: claim + ' ' + 'Zinc may help. '.repeat(20)})
      // Four bytes every 50 ms: about four seconds for the whole body.
      const slow = trickle(h, body, 50)
      await until(async () => (await stats(h)).requests >= 2)
      for (let i = 0; i < 3; i++) {
        const started = Date.now()
        await stillServing(h)
        expect(Date.now() - started).toBeLessThan(3000)
      }
      // While it trickles in, no job runs for it.
      expect((await stats(h)).jobs).toMatchObject({running: 0, queued: 0})
      expect(await slow.answer).toBe(200)
    },
    60_000
  )
})

describe('SIGTERM with a request that does not finish', () => {
  test('--drain-timeout: the request is cut at the deadline, then exit 0', async () => {
    // CRASH-HANG holds its worker until --max-lint-ms, far beyond the drain deadline.
    const h = await hook(['--config', crashConfig, '--max-lint-ms', '60000', '--drain-timeout', '800'])
    const url = new URL(h.url)
    const body = JSON.stringify({format: 'text', content: 'CRASH-HANG'})
    const request = http.request({
      host: url.hostname,
      port: url.port,
      path: '/lint',
      method: 'POST',
      headers: {'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body))}
    })
    const outcome = new Promise<string>((resolve) => {
      request.on('response', (response) => resolve('answered ' + response.statusCode))
      request.on('error', (error: NodeJS.ErrnoException) => resolve('error ' + (error.code ?? error.message)))
    })
    request.end(body)
    await until(async () => (await stats(h)).jobs.running === 1)
    const started = Date.now()
    h.process.kill('SIGTERM')
    expect(await h.exited).toBe(0)
    const took = Date.now() - started
    expect(took).toBeGreaterThanOrEqual(700)
    expect(took).toBeLessThan(8000)
    expect(await outcome).toBe('error ECONNRESET')
    await until(() => said(h, 'evidence-publish-hook: stopped'))
    expect(said(h, 'evidence-publish-hook: 1 request still in flight after --drain-timeout (800 ms): cut')).toBe(true)
  }, 60_000)
})
