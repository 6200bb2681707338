/**
 * `evidence-publish-hook` when clients and workers misbehave: clients that go away mid-request
 * or mid-lint, slow-loris headers and bodies, SIGINT and SIGTERM with a request in flight, lint
 * workers that crash, bodies that are not UTF-8 or hold NUL bytes. Each gets a known status (or
 * a closed connection), and the service keeps serving. The real server, spawned from `bin/`.
 */
import http from 'node:http'
import net from 'node:net'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {buildOnce, logEntries, postJson, said, startHook, until, type Hook} from './hook-helpers.js'

const claim = 'Magnesium reduces anxiety.'

interface Answer {
  pass: boolean
  summary: {errors: number; warnings: number}
  messages: Array<Record<string, unknown>>
}

interface Health {
  requests: number
  jobs: {running: number; queued: number; workers: number; workersStarted: number}
}

const hooks: Hook[] = []
async function hook(args: string[] = []): Promise<Hook> {
  const started = await startHook(['--workers', '1', ...args])
  hooks.push(started)
  return started
}

async function health(h: Hook): Promise<Health> {
  return (await (await fetch(h.url + '/stats')).json()) as Health
}

/** The service answers a plain lint request as usual. */
async function stillServing(h: Hook): Promise<void> {
  const response = await postJson(h.url, {format: 'text', content: claim})
  expect(response.status).toBe(200)
  expect(((await response.json()) as Answer).summary).toEqual({errors: 0, warnings: 1})
  expect(h.process.exitCode).toBe(null)
}

/** A raw connection to the hook: what it answers, and when it closes. */
function connect(h: Hook): {socket: net.Socket; reply: Promise<{data: string; ms: number}>} {
  const url = new URL(h.url)
  const started = Date.now()
  const socket = net.connect(Number(url.port), url.hostname)
  let data = ''
  socket.on('data', (chunk) => (data += chunk.toString()))
  const reply = new Promise<{data: string; ms: number}>((resolve) => {
    socket.on('close', () => resolve({data, ms: Date.now() - started}))
    socket.on('error', () => {})
  })
  return {socket, reply}
}

/** Write `text` a few bytes at a time, every `ms`, until the socket closes. */
function drip(socket: net.Socket, text: string, ms: number): () => number {
  let index = 0
  const timer = setInterval(() => {
    if (socket.destroyed || index >= text.length) {
      clearInterval(timer)
      return
    }
    socket.write(text.slice(index, index + 2))
    index += 2
  }, ms)
  socket.on('close', () => clearInterval(timer))
  return () => index
}

beforeAll(() => {
  buildOnce()
}, 200_000)

afterAll(async () => {
  await Promise.all(hooks.map((h) => h.stop()))
})

describe('clients that go away', () => {
  let h: Hook
  beforeAll(async () => {
    // The crash plugin holds a job as long as needed (CRASH-HANG), until --timeout ends it.
    h = await hook(['--config', 'test/fixtures/hook/crash.evidencerc.json', '--timeout', '4000'])
  })

  test('mid-request (half the body sent): logged as aborted, nothing left in flight, the service goes on', async () => {
    const url = new URL(h.url)
    const body = JSON.stringify({format: 'text', content: claim})
    const request = http.request({
      host: url.hostname,
      port: url.port,
      path: '/lint',
      method: 'POST',
      headers: {'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body))}
    })
    request.on('error', () => {})
    request.write(body.slice(0, 10))
    await until(async () => (await health(h)).requests >= 2)
    const before = h.stderr.length
    request.destroy()

    const aborted = () => logEntries(h, before).find((entry) => entry.path === '/lint' && entry.status === null)
    await until(() => aborted() !== undefined)
    expect(aborted()).toMatchObject({
      remote: '127.0.0.1',
      method: 'POST',
      status: null,
      bytes: 0,
      reason: 'client went away'
    })
    // Only the health check itself is in flight.
    await until(async () => (await health(h)).requests === 1)
    expect((await health(h)).jobs).toMatchObject({running: 0, queued: 0})
    await stillServing(h)
  })

  test('mid-lint: logged as aborted, the job ends at its time limit, the service goes on', async () => {
    const url = new URL(h.url)
    const body = JSON.stringify({format: 'text', content: claim + ' CRASH-HANG'})
    const request = http.request({
      host: url.hostname,
      port: url.port,
      path: '/lint',
      method: 'POST',
      headers: {'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body))}
    })
    let answered = false
    request.on('error', () => {})
    request.on('response', () => (answered = true))
    request.end(body)
    await until(async () => (await health(h)).jobs.running === 1)
    const before = h.stderr.length
    request.destroy()

    const aborted = () => logEntries(h, before).find((entry) => entry.path === '/lint' && entry.status === null)
    await until(() => aborted() !== undefined)
    expect(aborted()).toMatchObject({
      remote: '127.0.0.1',
      method: 'POST',
      status: null,
      bytes: Buffer.byteLength(body),
      reason: 'client went away'
    })
    // The job runs on its worker until --timeout ends it (a fresh worker takes its place);
    // nothing is sent, nothing is left behind.
    await until(async () => (await health(h)).jobs.running === 0, 30_000)
    await until(async () => (await health(h)).jobs.workers === 1)
    expect(answered).toBe(false)
    expect((await health(h)).requests).toBe(1)
    await stillServing(h)
  }, 60_000)
})

describe('a client that goes away while its job waits for a worker', () => {
  test('the job leaves the queue at once and never runs', async () => {
    // One worker, held by a job that never ends (the crash plugin's CRASH-HANG).
    const h = await hook([
      '--config',
      'test/fixtures/hook/crash.evidencerc.json',
      '--concurrency',
      '4',
      '--timeout',
      '60000'
    ])
    const url = new URL(h.url)
    const send = (content: string) => {
      const body = JSON.stringify({format: 'text', content})
      const request = http.request({
        host: url.hostname,
        port: url.port,
        path: '/lint',
        method: 'POST',
        headers: {'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body))}
      })
      request.on('error', () => {})
      request.end(body)
      return request
    }
    const busy = send('CRASH-HANG')
    await until(async () => (await health(h)).jobs.running === 1)
    const waiting = send(claim)
    await until(async () => (await health(h)).jobs.queued === 1)
    const before = h.stderr.length
    waiting.destroy()

    await until(async () => (await health(h)).jobs.queued === 0)
    // The worker is still held: the job was dropped, not run.
    expect((await health(h)).jobs).toMatchObject({running: 1, queued: 0})
    await until(() =>
      logEntries(h, before).some(
        (entry) => entry.path === '/lint' && entry.status === null && entry.reason === 'client went away'
      )
    )
    // Its client gone too, the hung job does not hold up a shutdown.
    busy.destroy()
    expect(await h.stop()).toBe(0)
  })
})

describe('slow loris', () => {
  let h: Hook
  beforeAll(async () => {
    h = await hook(['--timeout', '1500'])
  })

  test('headers that never end: 408 and the connection closed, within the time limit', async () => {
    const {socket, reply} = connect(h)
    socket.write('POST /lint HTTP/1.1\r\nHost: 127.0.0.1\r\n')
    const sent = drip(socket, 'X-Padding: ' + 'a'.repeat(10_000), 100)
    const {data, ms} = await reply
    expect(data).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/)
    expect(data).toContain('Connection: close')
    expect(data.slice(data.indexOf('\r\n\r\n') + 4)).toBe('{"error":"request timeout"}')
    // --timeout 1500, checked every second: closed after 1.5 to 2.5 s, not at the end of the drip.
    expect(ms).toBeGreaterThanOrEqual(1400)
    expect(ms).toBeLessThan(6000)
    expect(sent()).toBeLessThan(10_000)
    await stillServing(h)
  })

  test('a body that trickles in (2 bytes every 100 ms): 408 and the connection closed', async () => {
    const {socket, reply} = connect(h)
    const body = JSON.stringify({format: 'text', content: claim + ' '.repeat(2000)})
    socket.write(
      'POST /lint HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ' +
        body.length +
        '\r\n\r\n'
    )
    const sent = drip(socket, body, 100)
    const {data, ms} = await reply
    expect(data).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/)
    expect(data).toMatch(/\r\nConnection: close\r\n/i)
    expect(data.slice(data.indexOf('\r\n\r\n') + 4)).toBe(
      '{"error":"the request did not arrive within the time limit"}'
    )
    expect(ms).toBeGreaterThanOrEqual(1400)
    expect(ms).toBeLessThan(6000)
    expect(sent()).toBeLessThan(body.length)
    await until(() =>
      logEntries(h).some(
        (entry) =>
          entry.path === '/lint' &&
          entry.status === 408 &&
          entry.reason === 'the request did not arrive within the time limit'
      )
    )
    await stillServing(h)
  })
})

describe('lint workers that fail', () => {
  let h: Hook
  beforeAll(async () => {
    h = await hook(['--config', 'test/fixtures/hook/crash.evidencerc.json'])
  })

  test.each([
    ['a rule that throws', 'CRASH-THROW', 'internal: crash plugin: a rule threw', 1],
    [
      'an uncaught exception that ends the worker thread',
      'CRASH-UNCAUGHT',
      'internal: the lint worker failed: crash plugin: uncaught in the worker',
      2
    ],
    ['process.exit() in the worker', 'CRASH-EXIT', 'internal: the lint worker failed: worker exited with code 7', 3]
  ])(
    '%s: 500 with a JSON error, then the pool serves the next request',
    async (_name, word, detail, started) => {
      const before = h.stderr.length
      const response = await postJson(h.url, {format: 'text', content: claim + ' ' + word})
      expect(response.status).toBe(500)
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
      expect(await response.json()).toEqual({error: 'internal error'})
      // The reason is in the log, not in the answer.
      const failed = () => logEntries(h, before).find((entry) => entry.path === '/lint' && entry.status === 500)
      await until(() => failed() !== undefined)
      expect(failed()).toMatchObject({method: 'POST', bytes: expect.any(Number) as unknown, reason: detail})

      await stillServing(h)
      // A dead worker was replaced by a fresh one (workersStarted counts every worker so far).
      const after = await health(h)
      expect(after.jobs).toMatchObject({running: 0, queued: 0, workers: 1, workersStarted: started})
    },
    60_000
  )
})

describe('bodies that are not text', () => {
  let h: Hook
  beforeAll(async () => {
    h = await hook()
  })

  test.each([
    ['text/plain', 'a Latin-1 byte', Buffer.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' reduces anxiety.')])],
    ['text/markdown', 'a truncated sequence', Buffer.from([...Buffer.from('# Stress\n\nZinc '), 0xe2, 0x82])],
    [
      'application/json',
      'an overlong encoding of `/`',
      Buffer.from([
        ...Buffer.from('{"format": "text", "content": "Zinc '),
        0xc0,
        0xaf,
        ...Buffer.from(' cures colds."}')
      ])
    ],
    [
      'application/json',
      'a UTF-16 surrogate encoded as UTF-8',
      Buffer.from([...Buffer.from('{"content": "'), 0xed, 0xa0, 0x80, ...Buffer.from('"}')])
    ],
    ['text/html', 'a UTF-16 body', Buffer.from('\ufeff<p>' + claim + '</p>', 'utf16le')]
  ])('invalid UTF-8 (%s, %s): 400', async (type, _name, body) => {
    const response = await fetch(h.url + '/lint', {
      method: 'POST',
      headers: {'content-type': type},
      body: new Uint8Array(body)
    })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({error: 'the body is not valid UTF-8'})
    await stillServing(h)
  })

  test.each([
    ['text/plain', Buffer.from(claim + '\u0000 Zinc cures colds.')],
    ['application/json', Buffer.from(JSON.stringify({format: 'markdown', content: claim + '\u0000'}))],
    [
      'application/json',
      Buffer.from(
        JSON.stringify({fields: {title: 'A title', body: {format: 'html', content: '<p>' + claim + '\u0000</p>'}}})
      )
    ]
  ])('a NUL byte (%s): 200, held as a binary document, nothing linted', async (type, body) => {
    const response = await fetch(h.url + '/lint', {
      method: 'POST',
      headers: {'content-type': type},
      body: new Uint8Array(body)
    })
    expect(response.status).toBe(200)
    const answer = (await response.json()) as Answer
    expect(answer.pass).toBe(false)
    expect(answer.messages.map((m) => [m.ruleId, m.severity])).toEqual([['binary', 'error']])
    expect(answer.messages[0].reason).toMatch(/looks like a binary file \(NUL byte at character \d+\)/)
    await stillServing(h)
  })

  test('a NUL byte in a JSON key or in the raw JSON: 400 or 422, never a crash', async () => {
    const bodies = ['{"content\u0000": "x"}', '{"content": "x"}\u0000', '\u0000']
    for (const body of bodies) {
      const response = await fetch(h.url + '/lint', {
        method: 'POST',
        headers: {'content-type': 'application/json'},
        body
      })
      expect([400, 422], body).toContain(response.status)
      expect(Object.keys((await response.json()) as object)).toEqual(['error'])
    }
    await stillServing(h)
  })
})

describe('graceful shutdown on SIGINT', () => {
  test('SIGINT: the request in flight still gets its answer, then exit 0', async () => {
    const h = await hook()
    const url = new URL(h.url)
    const body = JSON.stringify({format: 'text', content: claim})
    const half = Math.floor(body.length / 2)
    const request = http.request({
      host: url.hostname,
      port: url.port,
      path: '/lint',
      method: 'POST',
      headers: {'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body))}
    })
    const answer = new Promise<{status: number; body: string; connection: string | undefined}>((resolve, reject) => {
      request.on('response', (response) => {
        let text = ''
        response.on('data', (chunk: Buffer) => (text += chunk.toString()))
        response.on('end', () =>
          resolve({status: response.statusCode ?? 0, body: text, connection: response.headers.connection})
        )
      })
      request.on('error', reject)
    })
    request.write(body.slice(0, half))
    await until(async () => (await health(h)).requests >= 2)
    h.process.kill('SIGINT')
    await until(() => said(h, 'evidence-publish-hook: SIGINT: finishing the requests in flight, then exiting'))
    // New connections are refused while it drains.
    await expect(fetch(h.url + '/healthz')).rejects.toThrow()
    expect(h.process.exitCode).toBe(null)
    request.end(body.slice(half))

    const result = await answer
    expect(result.status).toBe(200)
    expect(result.connection).toBe('close')
    expect((JSON.parse(result.body) as Answer).summary).toEqual({errors: 0, warnings: 1})
    expect(await h.exited).toBe(0)
    await until(() => said(h, 'evidence-publish-hook: stopped'))
  })
})
