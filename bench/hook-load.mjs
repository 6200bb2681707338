#!/usr/bin/env node
/**
 * Load test of `evidence-publish-hook`, bounded and on loopback only.
 *
 *     npm run build && node bench/hook-load.mjs [--requests 2000] [--concurrency 50] [--docs DIR]
 *
 * Starts the built hook on 127.0.0.1 with a free port and a shared secret, warms it up, then
 * sends `--requests` requests, `--concurrency` at a time, built from the seed articles (read at
 * run time from `../shared/eval/docs/*.txt`, or `--docs`; their text is not copied into this
 * repository), each as a raw text/plain body, a raw text/markdown body, a JSON
 * `{format, content}` body and a JSON `{fields: {title, body}}` body, signed with a fresh
 * `X-Evidence-Timestamp`. Every answer must be 200 and equal to what `lint()` gives in this
 * process for the same input. One request in ten is bad, in turn: malformed JSON (400), a body
 * over `--max-body` (413), unsigned (401), or a replay of a good request stamped ten minutes ago
 * (401); each must be refused with its status. No worker may be lost or replaced during the
 * load (`/stats`). Reads the server's RSS from /stats before and after, prints requests per
 * second and p50/p99 latency, writes them to bench/HOOK.md, stops the server with SIGTERM and
 * exits 1 on any failure, wrong answer, lost worker, or memory that does not come back near its
 * start. Stops by itself (a global time limit).
 */
import {spawn} from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'
import {fileURLToPath} from 'node:url'
import {isDeepStrictEqual, parseArgs} from 'node:util'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const {values} = parseArgs({
  options: {
    requests: {type: 'string', default: '2000'},
    concurrency: {type: 'string', default: '50'},
    warmup: {type: 'string', default: '100'},
    docs: {type: 'string', default: path.join(root, '..', 'shared', 'eval', 'docs')},
    report: {type: 'string', default: path.join(root, 'bench', 'HOOK.md')},
    'time-limit': {type: 'string', default: '600'}
  }
})
const total = Number(values.requests)
const concurrency = Number(values.concurrency)
const warmup = Number(values.warmup)

let server
const hardStop = setTimeout(
  () => {
    console.error('hook-load: time limit of ' + values['time-limit'] + ' s reached: stopping')
    server?.kill('SIGKILL')
    process.exit(1)
  },
  Number(values['time-limit']) * 1000
)
hardStop.unref()

const built = path.join(root, 'dist', 'src', 'lint.js')
if (!fs.existsSync(built)) {
  console.error('hook-load: run `npm run build` first (no ' + path.relative(root, built) + ')')
  process.exit(1)
}
const {lint} = await import(built)

// The seed articles, read now.
const docs = fs
  .readdirSync(values.docs)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({name, text: fs.readFileSync(path.join(values.docs, name), 'utf8')}))
if (docs.length === 0) {
  console.error('hook-load: no .txt articles in ' + values.docs)
  process.exit(1)
}

// Each article four ways, with the answer lint() gives here (same config: none, from the root).
const requests = []
for (const doc of docs) {
  const [title, ...rest] = doc.text.split('\n')
  const body = rest.join('\n')
  const variants = [
    {label: 'text/plain', type: 'text/plain', payload: doc.text, input: {content: doc.text, format: 'text'}},
    {label: 'text/markdown', type: 'text/markdown', payload: doc.text, input: {content: doc.text, format: 'markdown'}},
    {
      label: 'json content',
      type: 'application/json',
      payload: JSON.stringify({format: 'text', content: doc.text}),
      input: {content: doc.text, format: 'text'}
    },
    {
      label: 'json fields',
      type: 'application/json',
      payload: JSON.stringify({
        fields: {title: {format: 'text', content: title}, body: {format: 'markdown', content: body}}
      }),
      input: {fields: {title: {format: 'text', content: title}, body: {format: 'markdown', content: body}}}
    }
  ]
  for (const variant of variants) {
    const expected = await lint(variant.input, {cwd: root})
    requests.push({...variant, doc: doc.name, bytes: Buffer.byteLength(variant.payload), expected})
  }
}

const secret = crypto.randomBytes(32).toString('hex')
const maxBody = 64 * 1024

/** `X-Evidence-Timestamp` (now, or `age` seconds ago) and its signature over `timestamp.body`. */
function signed(payload, age = 0) {
  const stamp = String(Math.floor(Date.now() / 1000) - age)
  const signature =
    'sha256=' +
    crypto
      .createHmac('sha256', secret)
      .update(stamp + '.')
      .update(payload)
      .digest('hex')
  return {'x-evidence-timestamp': stamp, 'x-evidence-signature': signature}
}

// The bad requests, in turn: each with the status it must get.
const good = requests[requests.length - 1]
const oversize = JSON.stringify({format: 'text', content: 'Zinc may help. '.repeat(Math.ceil((maxBody * 1.5) / 15))})
const bad = [
  {
    label: 'malformed JSON',
    type: 'application/json',
    payload: '{"format": "text", "content": "Zinc may help.", ',
    status: 400,
    headers: (payload) => signed(payload)
  },
  {label: 'oversize', type: 'application/json', payload: oversize, status: 413, headers: (payload) => signed(payload)},
  {label: 'unsigned', type: good.type, payload: good.payload, status: 401, headers: () => ({})},
  {label: 'replayed', type: good.type, payload: good.payload, status: 401, headers: (payload) => signed(payload, 600)}
]

// The server.
server = spawn(
  process.execPath,
  [
    path.join(root, 'bin', 'evidence-publish-hook.js'),
    '--host',
    '127.0.0.1',
    '--port',
    '0',
    '--concurrency',
    String(concurrency),
    '--max-body',
    String(maxBody)
  ],
  {
    cwd: root,
    env: {...process.env, EVIDENCE_HOOK_SECRET: secret},
    stdio: ['ignore', 'pipe', 'pipe']
  }
)
let logLines = 0
readline.createInterface({input: server.stderr}).on('line', () => logLines++)
const exited = new Promise((resolve) => server.once('exit', (code, signal) => resolve({code, signal})))
const first = await new Promise((resolve, reject) => {
  readline.createInterface({input: server.stdout}).once('line', resolve)
  void exited.then(({code}) => reject(new Error('the hook exited with ' + code + ' before listening')))
})
const url = /^listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(first)?.[1]
if (!url) throw new Error('unexpected first line: ' + first)

async function health() {
  const response = await fetch(url + '/stats', {headers: signed('')})
  return response.json()
}
const workers = (await health()).jobs.workers

async function send(request) {
  const started = performance.now()
  try {
    const response = await fetch(url + '/lint', {
      method: 'POST',
      headers: {'content-type': request.type, ...signed(request.payload)},
      body: request.payload
    })
    const answer = await response.json()
    const ms = performance.now() - started
    if (response.status !== 200)
      return {ms, ok: false, wrong: false, problem: response.status + ' ' + JSON.stringify(answer)}
    const right = isDeepStrictEqual(answer, request.expected)
    return {
      ms,
      ok: true,
      wrong: !right,
      problem: right ? '' : 'wrong answer for ' + request.doc + ' as ' + request.label
    }
  } catch (error) {
    return {ms: performance.now() - started, ok: false, wrong: false, problem: String(error?.cause?.code ?? error)}
  }
}

/** A bad request: refused with its status (the body of an oversize one may be cut short). */
async function sendBad(request) {
  const started = performance.now()
  try {
    const response = await fetch(url + '/lint', {
      method: 'POST',
      headers: {'content-type': request.type, ...request.headers(request.payload)},
      body: request.payload
    })
    const answer = await response.json()
    const ms = performance.now() - started
    const right = response.status === request.status && typeof answer.error === 'string'
    return {
      ms,
      bad: true,
      label: request.label,
      ok: right,
      wrong: false,
      problem: right ? '' : request.label + ': ' + response.status + ' ' + JSON.stringify(answer).slice(0, 200)
    }
  } catch (error) {
    // A server may close the connection before it has read an oversize body; the client can
    // then see the reset before the 413. Counted as refused only for the oversize request.
    const code = String(error?.cause?.code ?? error)
    const ms = performance.now() - started
    const refused = request.status === 413 && /ECONNRESET|EPIPE|UND_ERR_SOCKET/.test(code)
    return {
      ms,
      bad: true,
      label: request.label,
      ok: refused,
      wrong: false,
      reset: refused,
      problem: refused ? '' : request.label + ': ' + code
    }
  }
}

/** `count` requests, `width` at a time (closed loop), cycling through the request set; with
 * `mixed`, every tenth is a bad one. */
async function run(count, width, mixed = false) {
  const results = new Array(count)
  let next = 0
  let badCount = 0
  const loop = async () => {
    while (next < count) {
      const index = next++
      results[index] =
        mixed && index % 10 === 9
          ? await sendBad(bad[badCount++ % bad.length])
          : await send(requests[index % requests.length])
    }
  }
  const started = performance.now()
  await Promise.all(Array.from({length: Math.min(width, count)}, loop))
  return {results, seconds: (performance.now() - started) / 1000}
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
const mib = (bytes) => (bytes / (1024 * 1024)).toFixed(1)

const atStart = (await health()).memory.rss
await run(warmup, concurrency)
await sleep(1000)
const loadStart = await health()
const beforeLoad = loadStart.memory.rss

const {results, seconds} = await run(total, concurrency, true)
const failures = results.filter((result) => !result.ok)
const wrong = results.filter((result) => result.wrong)
const loadEnd = await health()
const peak = loadEnd.memory.rss
// No worker lost, none replaced (a crash, a time-out or memory would have replaced one).
const workersKept = loadEnd.jobs.workers === workers && loadEnd.jobs.workersStarted === loadStart.jobs.workersStarted
const goodResults = results.filter((result) => !result.bad)
const badResults = results.filter((result) => result.bad)
const badSummary = bad
  .map((kind) => {
    const of = badResults.filter((result) => result.label === kind.label)
    const resets = of.filter((result) => result.reset).length
    return (
      kind.label +
      ' → ' +
      kind.status +
      ': ' +
      of.filter((result) => result.ok).length +
      '/' +
      of.length +
      (resets ? ' (' + resets + ' seen as a reset before the 413)' : '')
    )
  })
  .join('; ')

// Let the server go idle (its threads collect garbage after a second, and its workers are
// replaced by fresh ones after five), reading its RSS each second for up to 30 s.
const idleStarted = performance.now()
let afterLoad = Infinity
for (let i = 0; i < 30; i++) {
  await sleep(1000)
  afterLoad = Math.min(afterLoad, (await health()).memory.rss)
  if (afterLoad <= atStart * 1.1) break
}
const settleSeconds = (performance.now() - idleStarted) / 1000

const sorted = (list) => list.map((result) => result.ms).sort((a, b) => a - b)
const latencies = sorted(goodResults)
const badLatencies = sorted(badResults)
const quantileOf = (list, q) => list[Math.min(list.length - 1, Math.ceil(q * list.length) - 1)]
const quantile = (q) => quantileOf(latencies, q)
const rps = total / seconds
const p50 = quantile(0.5)
const p99 = quantile(0.99)
const growth = afterLoad - atStart
// "Back near its start": idle RSS within 25% (or 32 MiB, whichever is larger) of the RSS the
// server had when it started listening, before any request.
const memoryOk = growth <= Math.max(32 * 1024 * 1024, atStart * 0.25)

server.kill('SIGTERM')
const exit = await exited

const articleSizes = docs
  .map((doc) => doc.name + ' (' + (Buffer.byteLength(doc.text) / 1024).toFixed(1) + ' KiB)')
  .join(', ')
const lines = [
  '# Publish hook load test',
  '',
  'Generated by `node bench/hook-load.mjs` (run `npm run build` first). Loopback only, bounded, stops by itself.',
  '',
  '| | |',
  '| --- | --- |',
  '| date | ' + new Date().toISOString() + ' |',
  '| machine | ' +
    os.cpus().length +
    ' × ' +
    (os.cpus()[0]?.model ?? 'cpu').trim() +
    ', ' +
    mib(os.totalmem()) +
    ' MiB, load average ' +
    os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ') +
    ' at the end |',
  '| node | ' + process.version + ' |',
  '| server | `evidence-publish-hook --concurrency ' +
    concurrency +
    ' --max-body ' +
    maxBody +
    '` (workers: one per CPU), signed requests (`EVIDENCE_HOOK_SECRET` set, timestamps within 300 s) |',
  '| articles | ' +
    articleSizes +
    ', each sent as text/plain, text/markdown, JSON `{format, content}` and JSON `{fields}` |',
  '| requests | ' +
    total +
    ' at ' +
    concurrency +
    ' concurrent, after ' +
    warmup +
    ' warm-up requests; one in ten bad (' +
    badResults.length +
    '): malformed JSON, over --max-body, unsigned, replayed (stamped 600 s ago), in turn |',
  '',
  '| result | value |',
  '| --- | --- |',
  '| requests per second (good and bad) | ' + rps.toFixed(1) + ' |',
  '| latency p50, good requests | ' + p50.toFixed(1) + ' ms |',
  '| latency p99, good requests | ' + p99.toFixed(1) + ' ms |',
  '| latency max, good requests | ' + latencies[latencies.length - 1].toFixed(1) + ' ms |',
  '| latency p50 / p99, bad requests (refused) | ' +
    quantileOf(badLatencies, 0.5).toFixed(1) +
    ' / ' +
    quantileOf(badLatencies, 0.99).toFixed(1) +
    ' ms |',
  '| good requests answered 200 and right | ' +
    goodResults.filter((result) => result.ok && !result.wrong).length +
    ' / ' +
    goodResults.length +
    ' |',
  '| bad requests refused with their status | ' + badSummary + ' |',
  '| failures (a good request not 200 or no answer, a bad one not refused with its status) | ' + failures.length + ' |',
  '| wrong answers (not equal to `lint()` here) | ' + wrong.length + ' |',
  '| workers (live / started) before and after the load | ' +
    loadStart.jobs.workers +
    ' / ' +
    loadStart.jobs.workersStarted +
    ' → ' +
    loadEnd.jobs.workers +
    ' / ' +
    loadEnd.jobs.workersStarted +
    (workersKept ? ' (none lost)' : ' (LOST OR REPLACED)') +
    ' |',
  '| server RSS at start / after warm-up / at the end of the load / idle after | ' +
    [atStart, beforeLoad, peak, afterLoad].map(mib).join(' / ') +
    ' MiB |',
  '| memory back near its start (idle RSS within 25% or 32 MiB of the RSS at start) | ' +
    (memoryOk ? 'yes' : 'NO') +
    ' (' +
    (growth >= 0 ? '+' : '') +
    mib(growth) +
    ' MiB, ' +
    settleSeconds.toFixed(0) +
    ' s after the load) |',
  '| JSON log lines on stderr (one per request, /stats included, plus start and stop) | ' + logLines + ' |',
  '| exit after SIGTERM | ' + (exit.code ?? exit.signal) + ' |',
  '',
  'Latency is mostly waiting: ' +
    concurrency +
    ' requests are in flight at once and ' +
    workers +
    ' worker' +
    (workers === 1 ? '' : 's') +
    ' lint them, so a good request waits for about ' +
    concurrency +
    ' / ' +
    rps.toFixed(1) +
    ' req/s ≈ ' +
    (concurrency / rps).toFixed(1) +
    ' s; each job takes about ' +
    (((workers / rps) * 1000) / 0.9).toFixed(0) +
    ' ms of a worker. Bad requests never reach a worker: they are refused ' +
    'on the main thread, most before their body is read, and their p99 is ' +
    (quantileOf(badLatencies, 0.99) / p99).toFixed(2) +
    '× the p99 of good ones. ' +
    'The machine is shared with other work (see the load average): numbers vary between runs.',
  ''
]
fs.writeFileSync(values.report, lines.join('\n'))

console.log('requests per second: ' + rps.toFixed(1))
console.log(
  'latency p50: ' +
    p50.toFixed(1) +
    ' ms, p99: ' +
    p99.toFixed(1) +
    ' ms, max: ' +
    latencies[latencies.length - 1].toFixed(1) +
    ' ms'
)
console.log(
  'failures: ' +
    failures.length +
    ', wrong answers: ' +
    wrong.length +
    '; bad requests: ' +
    badSummary +
    '; workers ' +
    (workersKept ? 'kept' : 'LOST OR REPLACED')
)
console.log(
  'server RSS: start ' +
    mib(atStart) +
    ' MiB, after warm-up ' +
    mib(beforeLoad) +
    ' MiB, end of load ' +
    mib(peak) +
    ' MiB, idle ' +
    settleSeconds.toFixed(0) +
    ' s after ' +
    mib(afterLoad) +
    ' MiB' +
    (memoryOk ? '' : ' (NOT back near its start)')
)
console.log('wrote ' + path.relative(process.cwd(), values.report))
for (const problem of new Set([...failures, ...wrong].map((result) => result.problem))) console.error('  ' + problem)

const ok = failures.length === 0 && wrong.length === 0 && workersKept && memoryOk && exit.code === 0
process.exit(ok ? 0 : 1)
