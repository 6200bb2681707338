#!/usr/bin/env node
/**
 * Load test of `evidence-publish-hook`, bounded and on loopback only.
 *
 *     npm run build && node bench/hook-load.mjs [--requests 2000] [--concurrency 50] [--docs DIR]
 *
 * Starts the built hook on 127.0.0.1 with a free port and a shared secret, warms it up, then
 * sends `--requests` signed requests, `--concurrency` at a time, built from the seed articles
 * (read at run time from `../shared/eval/docs/*.txt`, or `--docs`; their text is not copied
 * into this repository), each as a raw text/plain body, a raw text/markdown body, a JSON
 * `{format, content}` body and a JSON `{fields: {title, body}}` body. Every answer must be 200
 * and equal to what `lint()` gives in this process for the same input. Reads the server's RSS
 * from /healthz before and after, prints requests per second and p50/p99 latency, writes them
 * to bench/HOOK.md, stops the server with SIGTERM and exits 1 on any failure, wrong answer, or
 * memory that does not come back near its start. Stops by itself (a global time limit).
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
const hardStop = setTimeout(() => {
  console.error('hook-load: time limit of ' + values['time-limit'] + ' s reached: stopping')
  server?.kill('SIGKILL')
  process.exit(1)
}, Number(values['time-limit']) * 1000)
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
    {label: 'json content', type: 'application/json', payload: JSON.stringify({format: 'text', content: doc.text}), input: {content: doc.text, format: 'text'}},
    {
      label: 'json fields',
      type: 'application/json',
      payload: JSON.stringify({fields: {title: {format: 'text', content: title}, body: {format: 'markdown', content: body}}}),
      input: {fields: {title: {format: 'text', content: title}, body: {format: 'markdown', content: body}}}
    }
  ]
  for (const variant of variants) {
    const expected = await lint(variant.input, {cwd: root})
    requests.push({...variant, doc: doc.name, bytes: Buffer.byteLength(variant.payload), expected})
  }
}

const secret = crypto.randomBytes(32).toString('hex')
for (const request of requests) {
  request.signature = 'sha256=' + crypto.createHmac('sha256', secret).update(request.payload).digest('hex')
}

// The server.
server = spawn(process.execPath, [path.join(root, 'bin', 'evidence-publish-hook.js'), '--host', '127.0.0.1', '--port', '0', '--concurrency', String(concurrency)], {
  cwd: root,
  env: {...process.env, EVIDENCE_HOOK_SECRET: secret},
  stdio: ['ignore', 'pipe', 'pipe']
})
let logLines = 0
readline.createInterface({input: server.stderr}).on('line', () => logLines++)
const exited = new Promise((resolve) => server.once('exit', (code, signal) => resolve({code, signal})))
const first = await new Promise((resolve, reject) => {
  readline.createInterface({input: server.stdout}).once('line', resolve)
  void exited.then(({code}) => reject(new Error('the hook exited with ' + code + ' before listening')))
})
const url = /^listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(first)?.[1]
if (!url) throw new Error('unexpected first line: ' + first)

const workers = (await fetch(url + '/healthz', {headers: {'x-evidence-signature': 'sha256=' + crypto.createHmac('sha256', secret).update('').digest('hex')}}).then((r) => r.json())).jobs.workers
const healthSignature = 'sha256=' + crypto.createHmac('sha256', secret).update('').digest('hex')
async function health() {
  const response = await fetch(url + '/healthz', {headers: {'x-evidence-signature': healthSignature}})
  return response.json()
}

async function send(request) {
  const started = performance.now()
  try {
    const response = await fetch(url + '/lint', {
      method: 'POST',
      headers: {'content-type': request.type, 'x-evidence-signature': request.signature},
      body: request.payload
    })
    const answer = await response.json()
    const ms = performance.now() - started
    if (response.status !== 200) return {ms, ok: false, wrong: false, problem: response.status + ' ' + JSON.stringify(answer)}
    const right = isDeepStrictEqual(answer, request.expected)
    return {ms, ok: true, wrong: !right, problem: right ? '' : 'wrong answer for ' + request.doc + ' as ' + request.label}
  } catch (error) {
    return {ms: performance.now() - started, ok: false, wrong: false, problem: String(error?.cause?.code ?? error)}
  }
}

/** `count` requests, `width` at a time (closed loop), cycling through the request set. */
async function run(count, width) {
  const results = new Array(count)
  let next = 0
  const loop = async () => {
    while (next < count) {
      const index = next++
      results[index] = await send(requests[index % requests.length])
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
const beforeLoad = (await health()).memory.rss

const {results, seconds} = await run(total, concurrency)
const failures = results.filter((result) => !result.ok)
const wrong = results.filter((result) => result.wrong)
const peak = (await health()).memory.rss

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

const latencies = results.map((result) => result.ms).sort((a, b) => a - b)
const quantile = (q) => latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)]
const rps = total / seconds
const p50 = quantile(0.5)
const p99 = quantile(0.99)
const growth = afterLoad - atStart
// "Back near its start": idle RSS within 25% (or 32 MiB, whichever is larger) of the RSS the
// server had when it started listening, before any request.
const memoryOk = growth <= Math.max(32 * 1024 * 1024, atStart * 0.25)

server.kill('SIGTERM')
const exit = await exited

const articleSizes = docs.map((doc) => doc.name + ' (' + (Buffer.byteLength(doc.text) / 1024).toFixed(1) + ' KiB)').join(', ')
const lines = [
  '# Publish hook load test',
  '',
  'Generated by `node bench/hook-load.mjs` (run `npm run build` first). Loopback only, bounded, stops by itself.',
  '',
  '| | |',
  '| --- | --- |',
  '| date | ' + new Date().toISOString() + ' |',
  '| machine | ' + os.cpus().length + ' × ' + (os.cpus()[0]?.model ?? 'cpu').trim() + ', ' + mib(os.totalmem()) + ' MiB, load average ' + os.loadavg().map((l) => l.toFixed(1)).join(' / ') + ' at the end |',
  '| node | ' + process.version + ' |',
  '| server | `evidence-publish-hook --concurrency ' + concurrency + '` (workers: one per CPU), signed requests (`EVIDENCE_HOOK_SECRET` set) |',
  '| articles | ' + articleSizes + ', each sent as text/plain, text/markdown, JSON `{format, content}` and JSON `{fields}` |',
  '| requests | ' + total + ' at ' + concurrency + ' concurrent, after ' + warmup + ' warm-up requests |',
  '',
  '| result | value |',
  '| --- | --- |',
  '| requests per second | ' + rps.toFixed(1) + ' |',
  '| latency p50 | ' + p50.toFixed(1) + ' ms |',
  '| latency p99 | ' + p99.toFixed(1) + ' ms |',
  '| latency max | ' + latencies[latencies.length - 1].toFixed(1) + ' ms |',
  '| failures (not 200, or no answer) | ' + failures.length + ' |',
  '| wrong answers (not equal to `lint()` here) | ' + wrong.length + ' |',
  '| server RSS at start / after warm-up / at the end of the load / idle after | ' + [atStart, beforeLoad, peak, afterLoad].map(mib).join(' / ') + ' MiB |',
  '| memory back near its start (idle RSS within 25% or 32 MiB of the RSS at start) | ' + (memoryOk ? 'yes' : 'NO') + ' (' + (growth >= 0 ? '+' : '') + mib(growth) + ' MiB, ' + settleSeconds.toFixed(0) + ' s after the load) |',
  '| log lines on stderr (one per request, health checks included, plus start and stop) | ' + logLines + ' |',
  '| exit after SIGTERM | ' + (exit.code ?? exit.signal) + ' |',
  '',
  'Latency is mostly waiting: ' + concurrency + ' requests are in flight at once and ' + workers + ' worker' + (workers === 1 ? '' : 's') +
    ' lint them, so a request waits for about ' + concurrency + ' / ' + rps.toFixed(1) + ' req/s ≈ ' + (concurrency / rps).toFixed(1) +
    ' s; each job takes about ' + ((workers / rps) * 1000).toFixed(0) + ' ms of a worker. The machine is shared with other work (see the load average): numbers vary between runs.',
  ''
]
fs.writeFileSync(values.report, lines.join('\n'))

console.log('requests per second: ' + rps.toFixed(1))
console.log('latency p50: ' + p50.toFixed(1) + ' ms, p99: ' + p99.toFixed(1) + ' ms, max: ' + latencies[latencies.length - 1].toFixed(1) + ' ms')
console.log('failures: ' + failures.length + ', wrong answers: ' + wrong.length)
console.log('server RSS: start ' + mib(atStart) + ' MiB, after warm-up ' + mib(beforeLoad) + ' MiB, end of load ' + mib(peak) + ' MiB, idle ' + settleSeconds.toFixed(0) + ' s after ' + mib(afterLoad) + ' MiB' + (memoryOk ? '' : ' (NOT back near its start)'))
console.log('wrote ' + path.relative(process.cwd(), values.report))
for (const problem of new Set([...failures, ...wrong].map((result) => result.problem))) console.error('  ' + problem)

const ok = failures.length === 0 && wrong.length === 0 && memoryOk && exit.code === 0
process.exit(ok ? 0 : 1)
