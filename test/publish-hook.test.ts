/**
 * `evidence-publish-hook`: the real server (spawned from `bin/`, on 127.0.0.1 with a free port)
 * and real HTTP requests.
 */
import {spawnSync} from 'node:child_process'
import http from 'node:http'
import net from 'node:net'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {
  buildOnce,
  fixture,
  logEntries,
  postJson,
  root,
  runHook,
  said,
  sign,
  signed,
  startHook,
  until,
  type Hook
} from './hook-helpers.js'

const claim = 'Magnesium reduces anxiety.'
const hedged = 'Magnesium may reduce anxiety.'
const secret = 'test-secret-4f9c2a7d1e8b'

interface Answer {
  pass: boolean
  summary: {errors: number; warnings: number}
  messages: Array<Record<string, unknown>>
  missing?: string[] | undefined
}

const hooks: Hook[] = []
async function hook(args: string[] = [], env: Record<string, string> = {}): Promise<Hook> {
  // One worker each unless a test says otherwise: several servers start side by side.
  const started = await startHook(args.includes('--workers') ? args : ['--workers', '1', ...args], env)
  hooks.push(started)
  return started
}

beforeAll(() => {
  buildOnce()
}, 200_000)

afterAll(async () => {
  await Promise.all(hooks.map((h) => h.stop()))
})

describe('POST /lint', () => {
  let h: Hook
  beforeAll(async () => {
    h = await hook()
  })

  test('JSON {format, content}: 200 with the message of the one unhedged claim', async () => {
    const response = await postJson(h.url, {format: 'text', content: claim})
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    const answer = (await response.json()) as Answer
    expect(answer).toEqual({
      pass: true,
      summary: {errors: 0, warnings: 1},
      messages: [
        {
          ruleId: 'unhedged-claim',
          source: 'retext-evidence',
          reason: expect.stringContaining('Unhedged claim') as unknown,
          severity: 'warning',
          line: 1,
          column: 11,
          offset: 10,
          endLine: 1,
          endColumn: 18,
          endOffset: 17,
          actual: 'reduces',
          expected: ['may reduce'],
          url: 'https://github.com/retext-evidence/retext-evidence/blob/main/docs/rules/unhedged-claim.md',
          field: null
        }
      ]
    })
  })

  test('JSON {format, content}: a hedged sentence gives nothing', async () => {
    const response = await postJson(h.url, {format: 'markdown', content: '# Stress\n\n' + hedged})
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({pass: true, summary: {errors: 0, warnings: 0}, messages: []})
  })

  test('JSON {fields}: each field named in its messages', async () => {
    const response = await postJson(h.url, {
      fields: {
        title: {format: 'text', content: hedged},
        body: {format: 'html', content: '<h2>Stress</h2>\n<p>' + claim + '</p>'},
        teaser: claim
      }
    })
    expect(response.status).toBe(200)
    const answer = (await response.json()) as Answer
    expect(answer.messages.map((m) => [m.field, m.line, m.column])).toEqual([
      ['body', 2, 14],
      ['teaser', 1, 11]
    ])
  })

  test.each([
    ['text/markdown', '## Stress\n\n' + claim, [3, 11]],
    ['text/html; charset=utf-8', '<main><p>' + claim + '</p></main>', [1, 20]],
    ['text/plain', claim, [1, 11]]
  ])('raw %s body', async (type, body, place) => {
    const response = await fetch(h.url + '/lint', {method: 'POST', headers: {'content-type': type}, body})
    expect(response.status).toBe(200)
    const answer = (await response.json()) as Answer
    expect(answer.messages.map((m) => [m.line, m.column])).toEqual([place])
  })

  test('400 on malformed JSON, with a clear message that does not quote the body', async () => {
    const response = await postJson(h.url, '{"format": "text", "content": "Magnesium reduces anxiety.", }')
    expect(response.status).toBe(400)
    const answer = (await response.json()) as {error: string}
    expect(answer.error).toMatch(/^malformed JSON: /)
    expect(answer.error).not.toContain('Magnesium')
  })

  test('400 on a body that is not UTF-8', async () => {
    const response = await fetch(h.url + '/lint', {
      method: 'POST',
      headers: {'content-type': 'text/plain'},
      body: Buffer.from([0x4d, 0xff, 0xfe, 0x61])
    })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({error: 'the body is not valid UTF-8'})
  })

  test.each([
    ['application/xml', /unsupported Content-Type `application\/xml`/],
    ['multipart/form-data; boundary=x', /unsupported Content-Type `multipart\/form-data`/],
    ['text/plain; charset=iso-8859-1', /unsupported charset `iso-8859-1`: send UTF-8/]
  ])('415 on %s', async (type, message) => {
    const response = await fetch(h.url + '/lint', {method: 'POST', headers: {'content-type': type}, body: claim})
    expect(response.status).toBe(415)
    expect(((await response.json()) as {error: string}).error).toMatch(message)
  })

  test('415 without a Content-Type', async () => {
    const response = await fetch(h.url + '/lint', {method: 'POST', body: new Uint8Array(Buffer.from(claim))})
    expect(response.status).toBe(415)
    expect(((await response.json()) as {error: string}).error).toMatch(/^no Content-Type/)
  })

  test.each([
    [{path: '/etc/passwd'}, /`path` is not accepted over HTTP/],
    [{fields: {body: {path: '/etc/passwd'}}}, /`path` is not accepted over HTTP \(field `body`\)/],
    [{format: 'pdf', content: claim}, /`format` of input must be "text", "markdown" or "html", not "pdf"/],
    [{content: 42}, /`content` of input must be a string/],
    [{title: claim}, /no `content` or `fields`/],
    [[claim], /the JSON body must be an object/]
  ])('422 on a JSON body of the wrong shape: %j', async (body, message) => {
    const response = await postJson(h.url, body)
    expect(response.status).toBe(422)
    expect(((await response.json()) as {error: string}).error).toMatch(message)
  })

  test('405 with Allow on the wrong method', async () => {
    const get = await fetch(h.url + '/lint')
    expect(get.status).toBe(405)
    expect(get.headers.get('allow')).toBe('POST')
    expect(await get.json()).toEqual({error: 'use POST for /lint'})
    const post = await fetch(h.url + '/healthz', {method: 'POST', headers: {'content-type': 'text/plain'}, body: 'x'})
    expect(post.status).toBe(405)
    expect(post.headers.get('allow')).toBe('GET, HEAD')
  })

  test('404 on an unknown path', async () => {
    const response = await fetch(h.url + '/lint/extra?x=1')
    expect(response.status).toBe(404)
    expect(((await response.json()) as {error: string}).error).toBe(
      'no such endpoint `/lint/extra`: use POST /lint, GET /healthz, GET /readyz or GET /stats'
    )
  })

  test('GET /healthz and GET /readyz say only that the service is up and ready', async () => {
    const health = await fetch(h.url + '/healthz')
    expect(health.status).toBe(200)
    expect(health.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(await health.json()).toEqual({status: 'ok'})
    const ready = await fetch(h.url + '/readyz')
    expect(ready.status).toBe(200)
    expect(await ready.json()).toEqual({status: 'ready'})
    const head = await fetch(h.url + '/readyz', {method: 'HEAD'})
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })

  test('GET /stats reports status, memory and jobs', async () => {
    const response = await fetch(h.url + '/stats')
    expect(response.status).toBe(200)
    const health = (await response.json()) as {
      status: string
      memory: {rss: number; heapUsed: number}
      jobs: {running: number; capacity: number; workers: number}
    }
    expect(health.status).toBe('ok')
    expect(health.memory.rss).toBeGreaterThan(1_000_000)
    expect(health.jobs).toMatchObject({running: 0, queued: 0, capacity: 32})
    expect(health.jobs.workers).toBeGreaterThanOrEqual(1)
  })

  test('one JSON log line per request on stderr, without the body', async () => {
    const marker = 'Zinc-' + Date.now()
    const before = h.stderr.length
    const body = JSON.stringify({format: 'text', content: marker + ' reduces anxiety.'})
    const response = await postJson(h.url, body)
    expect(response.status).toBe(200)
    const refused = await postJson(h.url, '{"content": ' + JSON.stringify(marker) + ',')
    expect(refused.status).toBe(400)
    // (A line of the previous test's last request may still be on its way: look at POSTs.)
    await until(() => logEntries(h, before).filter((entry) => entry.method === 'POST').length >= 2)
    await new Promise((resolve) => setTimeout(resolve, 100))
    const entries = logEntries(h, before).filter((entry) => entry.method === 'POST')
    expect(entries).toEqual([
      {
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) as unknown,
        remote: '127.0.0.1',
        method: 'POST',
        path: '/lint',
        status: 200,
        ms: expect.any(Number) as unknown,
        bytes: Buffer.byteLength(body),
        verdict: 'pass',
        errors: 0,
        warnings: 1
      },
      {
        time: expect.any(String) as unknown,
        remote: '127.0.0.1',
        method: 'POST',
        path: '/lint',
        status: 400,
        ms: expect.any(Number) as unknown,
        bytes: expect.any(Number) as unknown,
        reason: expect.stringMatching(/^malformed JSON: /) as unknown
      }
    ])
    expect(h.stderr.join('\n')).not.toContain(marker)
  })

  test('never crashes on odd input: the service still answers after it', async () => {
    const deep = '['.repeat(50_000) + ']'.repeat(50_000)
    const bodies: Array<[string, string | Uint8Array]> = [
      ['application/json', deep],
      ['application/json', JSON.stringify({fields: {a: {content: '\u0000\u0001'.repeat(100), format: 'html'}}})],
      ['application/json', JSON.stringify({content: '<'.repeat(10_000), format: 'html'})],
      ['application/json', JSON.stringify({content: '*'.repeat(5000) + '['.repeat(5000), format: 'markdown'})],
      ['application/json', 'null'],
      ['application/json', ''],
      ['text/html', '<p>'.repeat(20_000)],
      ['text/plain', '']
    ]
    for (const [type, body] of bodies) {
      const response = await fetch(h.url + '/lint', {method: 'POST', headers: {'content-type': type}, body})
      expect([200, 400, 422]).toContain(response.status)
      await response.arrayBuffer()
    }
    expect(h.process.exitCode).toBe(null)
    expect((await postJson(h.url, {format: 'text', content: claim})).status).toBe(200)
  })

  test('a malformed HTTP request gets 400 and the service goes on', async () => {
    const port = Number(new URL(h.url).port)
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.write('BLAH /lint HTTP/1.1\r\nHost: x\r\n\r\n'))
      let data = ''
      socket.on('data', (chunk) => (data += chunk.toString()))
      socket.on('end', () => resolve(data))
      socket.on('error', reject)
    })
    expect(reply).toMatch(/^HTTP\/1\.1 400 /)
    expect((await fetch(h.url + '/healthz')).status).toBe(200)
    // Logged too, as JSON.
    await until(() =>
      logEntries(h).some((entry) => entry.status === 400 && entry.reason === 'client error: HPE_INVALID_METHOD')
    )
  })
})

describe('verdicts under each policy', () => {
  const cases: Array<[string, string[], string, boolean, {errors: number; warnings: number}]> = [
    ['error (default), claim warns', [], claim, true, {errors: 0, warnings: 1}],
    ['warning, claim warns', ['--fail-on', 'warning'], claim, false, {errors: 0, warnings: 1}],
    ['never, claim warns', ['--fail-on', 'never'], claim, true, {errors: 0, warnings: 1}],
    [
      'error, claim is an error by config',
      ['--config', 'test/fixtures/hook/errors.evidencerc.json'],
      claim,
      false,
      {errors: 1, warnings: 0}
    ],
    [
      'never, claim is an error by config',
      ['--fail-on', 'never', '--config', 'test/fixtures/hook/errors.evidencerc.json'],
      claim,
      true,
      {errors: 1, warnings: 0}
    ],
    ['warning, hedged', ['--fail-on', 'warning'], hedged, true, {errors: 0, warnings: 0}]
  ]
  test.each(cases)('%s', async (_name, args, content, pass, summary) => {
    const h = await hook(args)
    const response = await postJson(h.url, {format: 'text', content})
    expect(response.status).toBe(200)
    const answer = (await response.json()) as Answer
    expect(answer.pass).toBe(pass)
    expect(answer.summary).toEqual(summary)
    await h.stop()
  })
})

describe('signatures (EVIDENCE_HOOK_SECRET)', () => {
  let h: Hook
  beforeAll(async () => {
    h = await hook([], {EVIDENCE_HOOK_SECRET: secret})
  })

  test('a request signed with the secret over its timestamp and body is accepted', async () => {
    const body = JSON.stringify({format: 'text', content: claim})
    const response = await postJson(h.url, body, signed(secret, body))
    expect(response.status).toBe(200)
    expect(((await response.json()) as Answer).summary).toEqual({errors: 0, warnings: 1})
  })

  test('uppercase hex is accepted too', async () => {
    const body = claim
    const headers = signed(secret, body)
    headers['x-evidence-signature'] = 'sha256=' + headers['x-evidence-signature'].slice(7).toUpperCase()
    const response = await fetch(h.url + '/lint', {
      method: 'POST',
      headers: {'content-type': 'text/plain', ...headers},
      body
    })
    expect(response.status).toBe(200)
  })

  const body = JSON.stringify({format: 'text', content: claim})
  const now = () => Math.floor(Date.now() / 1000)
  test.each<[string, () => Record<string, string>, RegExp]>([
    [
      'no signature',
      () => ({}),
      /^missing or malformed X-Evidence-Signature: expected sha256=<hex HMAC-SHA256 of X-Evidence-Timestamp \+ "\." \+ the raw body>$/
    ],
    [
      'an empty signature',
      () => ({...signed(secret, body), 'x-evidence-signature': ''}),
      /^missing or malformed X-Evidence-Signature/
    ],
    [
      'a signature without sha256=',
      () => ({...signed(secret, body), 'x-evidence-signature': 'deadbeef'}),
      /^missing or malformed X-Evidence-Signature/
    ],
    [
      'a short signature',
      () => ({...signed(secret, body), 'x-evidence-signature': 'sha256=abcd'}),
      /^missing or malformed X-Evidence-Signature/
    ],
    [
      'a signature made with another secret',
      () => signed('another-secret', body),
      /^invalid X-Evidence-Signature: it is not the HMAC-SHA256 of X-Evidence-Timestamp/
    ],
    [
      'the signature of another body',
      () => signed(secret, JSON.stringify({format: 'text', content: hedged})),
      /^invalid X-Evidence-Signature/
    ],
    [
      'a signature of the body alone (no timestamp)',
      () => ({'x-evidence-signature': sign(secret, body)}),
      /^missing X-Evidence-Timestamp: send the Unix time in seconds and sign it with the body/
    ],
    [
      'a body-only signature with a timestamp added',
      () => ({'x-evidence-timestamp': String(now()), 'x-evidence-signature': sign(secret, body)}),
      /^invalid X-Evidence-Signature/
    ],
    [
      'a timestamp changed after signing',
      () => ({...signed(secret, body, now() - 10), 'x-evidence-timestamp': String(now())}),
      /^invalid X-Evidence-Signature/
    ],
    [
      'a timestamp in milliseconds',
      () => signed(secret, body, Date.now()),
      /^malformed X-Evidence-Timestamp: expected the Unix time in whole seconds \(10 digits\), not milliseconds/
    ],
    [
      'a timestamp that is not a number',
      () => ({...signed(secret, body), 'x-evidence-timestamp': '2026-12-05T10:00:00Z'}),
      /^malformed X-Evidence-Timestamp/
    ],
    [
      'a timestamp 301 s old',
      () => signed(secret, body, now() - 301),
      /^X-Evidence-Timestamp is 30[12] s old, beyond the tolerance of 300 s: a replayed or delayed request/
    ],
    [
      'a timestamp 400 s ahead',
      () => signed(secret, body, now() + 400),
      /^X-Evidence-Timestamp is (?:39\d|40[01]) s in the future, beyond the tolerance of 300 s/
    ]
  ])('401 with %s', async (_name, headers, message) => {
    const response = await postJson(h.url, body, headers())
    expect(response.status).toBe(401)
    expect(response.headers.get('www-authenticate')).toBe('X-Evidence-Signature')
    const text = await response.text()
    expect(JSON.parse(text).error).toMatch(message)
    expect(text).not.toContain(secret)
  })

  test(
    'a replayed request (same body and signature, an old timestamp) is refused, its ' + 'fresh original accepted',
    async () => {
      // A request captured ten minutes ago, sent again byte for byte.
      const captured = signed(secret, body, now() - 600)
      const replay = await postJson(h.url, body, captured)
      expect(replay.status).toBe(401)
      expect(((await replay.json()) as {error: string}).error).toMatch(
        /^X-Evidence-Timestamp is 60[01] s old, beyond the tolerance of 300 s/
      )
      // Refused before the body is read: the log line says so, with no bytes.
      await until(() => logEntries(h).some((entry) => entry.status === 401 && /s old/.test(entry.reason ?? '')))
      expect(logEntries(h).find((entry) => entry.status === 401 && /s old/.test(entry.reason ?? ''))?.bytes).toBe(0)
      expect((await postJson(h.url, body, signed(secret, body))).status).toBe(200)
    }
  )

  test('/healthz and /readyz answer without a signature; /lint, /stats and unknown paths need one', async () => {
    expect((await fetch(h.url + '/healthz')).status).toBe(200)
    expect((await fetch(h.url + '/readyz')).status).toBe(200)
    expect(await (await fetch(h.url + '/readyz')).json()).toEqual({status: 'ready'})
    expect((await postJson(h.url, body)).status).toBe(401)
    expect((await fetch(h.url + '/stats')).status).toBe(401)
    expect((await fetch(h.url + '/nope')).status).toBe(401)
    expect((await fetch(h.url + '/stats', {headers: signed(secret, '')})).status).toBe(200)
    expect((await fetch(h.url + '/nope', {headers: signed(secret, '')})).status).toBe(404)
  })

  test('the secret never shows in answers or logs', async () => {
    expect(h.stderr.join('\n')).not.toContain(secret)
    expect(h.stderr.join('\n')).toContain('signed requests only (timestamps within 300 s)')
  })

  test('an empty secret refuses to start', () => {
    const result = runHook(['--port', '0'], {EVIDENCE_HOOK_SECRET: ''})
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/EVIDENCE_HOOK_SECRET is set but empty/)
    expect(result.stdout).toBe('')
  })

  test('the secret is never a flag', () => {
    const result = runHook(['--port', '0', '--secret', secret])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/never a flag.*EVIDENCE_HOOK_SECRET/)
    expect(result.stderr).not.toContain(secret)
  })
})

describe('--tolerance and --allow-unstamped', () => {
  const body = claim
  const post = (h: Hook, headers: Record<string, string>) =>
    fetch(h.url + '/lint', {method: 'POST', headers: {'content-type': 'text/plain', ...headers}, body})

  test('--tolerance sets how old a timestamp may be', async () => {
    const h = await hook(['--tolerance', '5'], {EVIDENCE_HOOK_SECRET: secret})
    const now = Math.floor(Date.now() / 1000)
    expect((await post(h, signed(secret, body, now - 2))).status).toBe(200)
    const old = await post(h, signed(secret, body, now - 60))
    expect(old.status).toBe(401)
    expect(((await old.json()) as {error: string}).error).toMatch(
      /^X-Evidence-Timestamp is 6\d s old, beyond the tolerance of 5 s/
    )
    await h.stop()
  })

  test(
    '--allow-unstamped also accepts a body-only signature (and warns at start); ' + 'stamped ones are still checked',
    async () => {
      const h = await hook(['--allow-unstamped'], {EVIDENCE_HOOK_SECRET: secret})
      expect(
        said(
          h,
          'evidence-publish-hook: warning: --allow-unstamped: requests signed without ' +
            'X-Evidence-Timestamp are accepted, and can be replayed at any time'
        )
      ).toBe(true)
      expect(h.stderr.join('\n')).toContain('signed requests only (timestamps within 300 s, or unstamped)')
      expect((await post(h, {'x-evidence-signature': sign(secret, body)})).status).toBe(200)
      expect((await post(h, signed(secret, body))).status).toBe(200)
      // A timestamp, when sent, is covered by the signature and must be fresh.
      expect((await post(h, signed(secret, body, Math.floor(Date.now() / 1000) - 1000))).status).toBe(401)
      expect(
        (
          await post(h, {
            'x-evidence-timestamp': String(Math.floor(Date.now() / 1000)),
            'x-evidence-signature': sign(secret, body)
          })
        ).status
      ).toBe(401)
      expect((await post(h, {'x-evidence-signature': sign(secret, body + ' ')})).status).toBe(401)
      expect((await post(h, {})).status).toBe(401)
      await h.stop()
    }
  )

  test.each([
    [['--tolerance', '0'], /`--tolerance` must be between 1 and 86400, not 0/],
    [['--tolerance', '5m'], /`--tolerance` takes a whole number, not `5m`/],
    [['--max-connections', '0'], /`--max-connections` must be between 1 and 1000000, not 0/],
    [['--max-lint-ms', 'fast'], /`--max-lint-ms` takes a whole number, not `fast`/],
    [['--max-worker-memory', '8mb'], /`--max-worker-memory` must be at least 32mb, not 8mb/],
    [['--drain-timeout=soon'], /`--drain-timeout` takes a whole number, not `soon`/]
  ])('a bad flag %j stops it before it listens', (args, message) => {
    const result = runHook(['--port', '0', ...args])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(message)
    expect(result.stdout).toBe('')
  })
})

describe('CMS payloads picked by --fields', () => {
  const recipes: Array<[string, string[], Array<[string, number, number]>, string[] | undefined]> = [
    ['wordpress', ['--fields', '/post/title,/post/content'], [['/post/content', 6, 14]], undefined],
    [
      'contentful',
      [
        '--fields',
        '/fields/title/en-US',
        '--fields',
        'markdown:/fields/body/en-US',
        '--fields',
        '/fields/summary/en-US'
      ],
      [
        ['/fields/body/en-US', 5, 11],
        ['/fields/summary/en-US', 1, 11]
      ],
      undefined
    ],
    ['sanity', ['--fields', '/title,/body'], [['/body', 3, 11]], undefined],
    [
      'strapi',
      ['--fields', '/entry/title,/entry/description,/entry/content,/entry/summary'],
      [['/entry/content', 5, 11]],
      ['/entry/summary']
    ]
  ]

  test.each(recipes)('%s sample payload', async (cms, args, expected, missing) => {
    const h = await hook([...args, '--fail-on', 'warning'])
    const response = await postJson(h.url, fixture('cms/' + cms + '.json'))
    expect(response.status).toBe(200)
    const answer = (await response.json()) as Answer
    expect(answer.pass).toBe(false)
    expect(answer.messages.map((m) => [m.field, m.line, m.column])).toEqual(expected)
    expect(answer.messages.every((m) => m.actual === 'reduces')).toBe(true)
    expect(answer.missing).toEqual(missing)

    // A payload without any of the fields is refused, naming them.
    const empty = await postJson(h.url, {unrelated: true})
    expect(empty.status).toBe(422)
    expect(((await empty.json()) as {error: string}).error).toMatch(/none of the configured fields is in the payload/)
    // Raw bodies are still linted as they are.
    const raw = await fetch(h.url + '/lint', {method: 'POST', headers: {'content-type': 'text/plain'}, body: claim})
    expect(((await raw.json()) as Answer).summary.warnings).toBe(1)
    await h.stop()
  })

  test('a field that is not text is refused with 422', async () => {
    const h = await hook(['--fields', '/post/id'])
    const response = await postJson(h.url, fixture('cms/wordpress.json'))
    expect(response.status).toBe(422)
    expect(await response.json()).toEqual({error: 'field `/post/id` cannot be linted: it is a number, not text'})
    await h.stop()
  })

  test('a bad pointer is refused at start', () => {
    const result = runHook(['--port', '0', '--fields', 'post/content'])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/`--fields`: invalid field `post\/content`/)
  })
})

describe('limits', () => {
  let h: Hook
  beforeAll(async () => {
    h = await hook(['--max-body', '1kb', '--timeout', '1500'])
  })

  test('413 on a declared body above --max-body, without reading it', async () => {
    const response = await fetch(h.url + '/lint', {
      method: 'POST',
      headers: {'content-type': 'text/plain'},
      body: 'x'.repeat(200_000)
    })
    expect(response.status).toBe(413)
    expect(response.headers.get('connection')).toBe('close')
    expect(await response.json()).toEqual({error: 'the body is 200000 bytes, above the limit of 1024 bytes'})
  })

  test('413 on a streamed body once it passes --max-body', async () => {
    const chunk = new TextEncoder().encode('y'.repeat(600))
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(chunk)
        controller.enqueue(chunk)
        controller.close()
      }
    })
    const response = await fetch(h.url + '/lint', {
      method: 'POST',
      headers: {'content-type': 'text/plain'},
      body,
      duplex: 'half'
    } as RequestInit)
    expect(response.status).toBe(413)
    expect(await response.json()).toEqual({error: 'the body is larger than the limit of 1024 bytes'})
  })

  test('a body just under the limit is linted', async () => {
    const response = await fetch(h.url + '/lint', {
      method: 'POST',
      headers: {'content-type': 'text/plain'},
      body: claim + ' '.repeat(1024 - claim.length)
    })
    expect(response.status).toBe(200)
  })

  test('408 when the body does not arrive within --timeout', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('Magnesium '))
      }
    })
    const started = Date.now()
    const response = await fetch(h.url + '/lint', {
      method: 'POST',
      headers: {'content-type': 'text/plain'},
      body,
      duplex: 'half'
    } as RequestInit)
    expect(response.status).toBe(408)
    expect(await response.json()).toEqual({error: 'the request did not arrive within the time limit'})
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400)
  })

  test('503 with Retry-After beyond --concurrency; a job over --max-lint-ms is held as too complex', async () => {
    const busy = await hook(['--concurrency', '1', '--workers', '1', '--timeout', '20000'])
    // A long single paragraph: the English parser takes a while on it.
    const slow = {format: 'markdown', content: 'Magnesium may help some people sleep. '.repeat(4000)}
    const first = postJson(busy.url, slow)
    await until(async () => {
      const health = (await (await fetch(busy.url + '/stats')).json()) as {jobs: {running: number}}
      return health.jobs.running === 1
    })
    const second = await postJson(busy.url, {format: 'text', content: claim})
    expect(second.status).toBe(503)
    expect(second.headers.get('retry-after')).toBe('1')
    expect(((await second.json()) as {error: string}).error).toMatch(/too many lint jobs in flight \(1\)/)
    expect((await first).status).toBe(200)
    // Room again once the first is answered.
    expect((await postJson(busy.url, {format: 'text', content: claim})).status).toBe(200)
    await busy.stop()

    const short = await hook(['--max-lint-ms', '300', '--workers', '1'])
    const before = short.stderr.length
    const overrun = await postJson(short.url, slow)
    // A verdict, not a crash: held, with one too-complex error and no place.
    expect(overrun.status).toBe(200)
    expect(await overrun.json()).toEqual({
      pass: false,
      summary: {errors: 1, warnings: 0},
      messages: [
        {
          ruleId: 'too-complex',
          source: 'evidence-publish-hook',
          reason:
            'Not checked: linting this document took longer than the budget of 300 ms ' +
            '(maxLintMs), so it is held for a person to review; ' +
            'split it into smaller parts, or raise --max-lint-ms',
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
      ]
    })
    await until(() => logEntries(short, before).some((entry) => entry.path === '/lint'))
    expect(logEntries(short, before).find((entry) => entry.path === '/lint')).toMatchObject({
      status: 200,
      verdict: 'hold',
      errors: 1,
      warnings: 0,
      reason: 'too-complex: linting took longer than --max-lint-ms (300 ms); the worker was replaced'
    })
    // The worker was replaced: the next job is answered, by a second worker.
    expect((await postJson(short.url, {format: 'text', content: claim})).status).toBe(200)
    const stats = (await (await fetch(short.url + '/stats')).json()) as {
      jobs: {workers: number; workersStarted: number}
    }
    expect(stats.jobs).toMatchObject({workers: 1, workersStarted: 2})
    await short.stop()
  })
})

describe('start-up', () => {
  test('prints `listening on http://HOST:PORT` as its first stdout line, and --help', () => {
    const help = runHook(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage: evidence-publish-hook/)
    expect(help.stdout).toContain('EVIDENCE_HOOK_SECRET')
  })

  test.each([
    [['--fail-on', 'sometimes'], /`--fail-on` must be error, warning or never/],
    [['--max-body', 'lots'], /invalid size `lots`/],
    [['--concurrency', '0'], /`--concurrency` must be between 1/],
    [['--port', '99999'], /`--port` must be between 0 and 65535/],
    [['--verbose'], /Unknown option '--verbose'/]
  ])('bad flags: %j', (args, message) => {
    const result = runHook(['--port', '0', ...args])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(message)
    expect(result.stdout).toBe('')
  })

  test('a broken config stops it before it listens, naming the file', () => {
    const result = runHook(['--port', '0', '--config', 'test/fixtures/hook/broken.evidencerc.json'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(
      /cannot start: Invalid config `test\/fixtures\/hook\/broken\.evidencerc\.json`: rule `unhedged-claim`/
    )
  })

  test('`retext-evidence/lint` resolves to the built module', () => {
    const script =
      "import('retext-evidence/lint').then(async (m) => console.log(JSON.stringify((await m.lint('Magnesium reduces anxiety.', {config: false})).summary)))"
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {cwd: root, encoding: 'utf8'})
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toEqual({errors: 0, warnings: 1})
  })
})

describe('worker pool', () => {
  test('idle workers that have done enough work are replaced by fresh ones, and the pool goes on', async () => {
    const {LintPool} = await import('../src/hook/pool.js')
    const pool = new LintPool({
      size: 1,
      capacity: 4,
      timeout: 30_000,
      setup: {failOn: 'warning', config: undefined, cwd: root},
      workerUrl: new URL('../dist/src/hook/worker.js', import.meta.url),
      recycleIdle: 200,
      recycleAfter: 3
    })
    await pool.start()
    try {
      for (let i = 0; i < 3; i++) expect((await pool.tryRun({content: claim, format: 'text'}))?.pass).toBe(false)
      expect(pool.load.workersStarted).toBe(1)
      await until(() => pool.load.workersStarted === 2)
      // The old worker serves until the fresh one is ready, then ends.
      expect((await pool.tryRun({content: hedged, format: 'text'}))?.pass).toBe(true)
      await until(() => pool.load.workers === 1)
      expect(pool.load).toEqual({running: 0, queued: 0, capacity: 4, workers: 1, workersStarted: 2})
      // Fewer jobs than recycleAfter since: no more replacing.
      await new Promise((resolve) => setTimeout(resolve, 600))
      expect(pool.load.workersStarted).toBe(2)
    } finally {
      await pool.close()
    }
  })

  test('jobs past capacity are refused at once', async () => {
    const {LintPool} = await import('../src/hook/pool.js')
    const pool = new LintPool({
      size: 1,
      capacity: 2,
      timeout: 30_000,
      setup: {failOn: 'error', config: undefined, cwd: root},
      workerUrl: new URL('../dist/src/hook/worker.js', import.meta.url)
    })
    await pool.start()
    try {
      const a = pool.tryRun(claim)
      const b = pool.tryRun(claim)
      expect(pool.tryRun(claim)).toBeUndefined()
      expect(pool.load).toMatchObject({running: 1, queued: 1, capacity: 2})
      await Promise.all([a, b])
      expect((await pool.tryRun(hedged))?.pass).toBe(true)
    } finally {
      await pool.close()
    }
  })
})

describe('graceful shutdown', () => {
  test('SIGTERM: the request in flight still gets its answer, then exit 0', async () => {
    const h = await hook()
    const url = new URL(h.url)
    const body = JSON.stringify({format: 'text', content: claim})
    const half = Math.floor(body.length / 2)

    // A request whose body is half sent when SIGTERM arrives.
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
    // The server has it (in flight: it and this health check).
    await until(async () => ((await (await fetch(h.url + '/stats')).json()) as {requests: number}).requests >= 2)
    h.process.kill('SIGTERM')
    await until(() => h.stderr.some((line) => line.includes('SIGTERM')))
    // New connections are refused while it drains.
    await expect(fetch(h.url + '/healthz')).rejects.toThrow()
    expect(h.process.exitCode).toBe(null)
    request.end(body.slice(half))

    const result = await answer
    expect(result.status).toBe(200)
    expect(result.connection).toBe('close')
    expect((JSON.parse(result.body) as Answer).summary).toEqual({errors: 0, warnings: 1})
    expect(await h.exited).toBe(0)
    // (stderr may still be draining when the exit is seen.)
    await until(() => said(h, 'evidence-publish-hook: stopped'))
    const entries = logEntries(h)
    const answered = entries.findIndex((entry) => entry.path === '/lint' && entry.status === 200)
    expect(answered).toBeGreaterThan(
      entries.findIndex(
        (entry) => entry.message === 'evidence-publish-hook: SIGTERM: finishing the requests in flight, then exiting'
      )
    )
    expect(entries.findIndex((entry) => entry.message === 'evidence-publish-hook: stopped')).toBeGreaterThan(answered)
  })
})
