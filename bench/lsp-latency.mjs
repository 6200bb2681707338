#!/usr/bin/env node
/**
 * How long `evidence-language-server` takes from a `didChange` to its diagnostics, against
 * linting the same text in process with `retext-evidence/processor`.
 *
 *     npm run build && node bench/lsp-latency.mjs [--runs 30] [--warmup 10] [--words 2000] [--raw] [--write]
 *
 * The article (about `--words` words of Markdown) is assembled at run time from the
 * paragraphs of /work/shared/corpus/*.md (or `--corpus <folder>`); nothing of it is stored
 * here. Each run changes one word, lints that text in process, then sends it to the server
 * and waits for the diagnostics of that version; the ratio is median(server) / median(in
 * process), both warm, interleaved so that a busy machine weighs on both alike.
 *
 * It also times a burst of 50 edits in one second (the time from the last edit to the
 * diagnostics of the final text), and with `--raw` the same burst on plain
 * unified-language-server, which re-lints on every change. `--write` writes bench/LSP.md.
 */
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {VFile} from 'vfile'
import {createProtocolConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-languageserver-protocol/node'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '..')
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const index = args.indexOf('--' + name)
  return index === -1 ? fallback : args[index + 1]
}
const runs = Number(option('runs', 30))
const warmup = Number(option('warmup', 10))
const words = Number(option('words', 2000))
const corpus = option('corpus', '/work/shared/corpus')

const {createProcessor} = await import(pathToFileURL(path.join(root, 'dist/src/processor.js')).href)

// ---------------------------------------------------------------------------------------------
// The article

function assemble() {
  const files = fs
    .readdirSync(corpus)
    .filter((name) => name.endsWith('.md'))
    .sort()
  const paragraphs = []
  let count = 0
  for (const name of files) {
    const text = fs.readFileSync(path.join(corpus, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')
    for (const paragraph of text.split(/\n{2,}/)) {
      const trimmed = paragraph.trim()
      const size = trimmed.split(/\s+/).length
      // Whole paragraphs, in order, skipping any that would overshoot by more than 2%.
      if (!trimmed || count + size > words * 1.02) continue
      paragraphs.push(trimmed)
      count += size
      if (count >= words * 0.98) return {text: paragraphs.join('\n\n') + '\n', count, files: files.indexOf(name) + 1}
    }
  }
  return {text: paragraphs.join('\n\n') + '\n', count, files: files.length}
}

const article = assemble()
const load = os.loadavg()[0].toFixed(1) + ' on ' + os.cpus().length + ' CPUs'
/** Version `n` of the article: one word at the end changes. */
const variant = (n) => article.text + '\nEdit number ' + n + '.\n'

// ---------------------------------------------------------------------------------------------
// In process

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-bench-')))
const filePath = path.join(folder, 'article.md')
fs.writeFileSync(filePath, article.text)

/** Lint version `n` in process, with one processor reused (as a long-running host would). */
const processor = createProcessor()
async function lintInProcess(n) {
  const t0 = performance.now()
  const file = await processor.process(new VFile({path: filePath, value: variant(n)}))
  return {elapsed: performance.now() - t0, messages: file.messages.length}
}

// ---------------------------------------------------------------------------------------------
// Over LSP

function startServer(command) {
  const child = spawn(process.execPath, command, {cwd: folder, stdio: ['pipe', 'pipe', 'inherit']})
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin)
  )
  const waiters = new Map()
  const published = []
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    published.push({version: params.version, at: performance.now(), count: params.diagnostics.length})
    const waiter = waiters.get(params.version)
    if (waiter) {
      waiters.delete(params.version)
      waiter(params)
    }
  })
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})))
  connection.onRequest('client/registerCapability', () => null)
  connection.onNotification('window/logMessage', () => {})
  connection.listen()
  const uri = pathToFileURL(filePath).href
  return {
    child,
    connection,
    published,
    uri,
    async initialize() {
      const folderUri = pathToFileURL(folder).href
      await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: folderUri,
        workspaceFolders: [{uri: folderUri, name: 'bench'}],
        capabilities: {workspace: {configuration: true}}
      })
      await connection.sendNotification('initialized', {})
    },
    diagnostics(version) {
      return new Promise((resolve) => waiters.set(version, resolve))
    },
    async stop() {
      await connection.sendRequest('shutdown').catch(() => {})
      await connection.sendNotification('exit').catch(() => {})
      await new Promise((resolve) => (child.exitCode === null ? child.on('exit', resolve) : resolve()))
      connection.dispose()
    }
  }
}

/**
 * Interleaved: each run lints one new version in process, then sends the next to the server
 * and waits for its diagnostics, so both see the same machine (other processes, CPU
 * frequency) and a busy moment does not favour one side.
 */
async function measure(server) {
  await server.initialize()
  const {connection, uri} = server
  const opened = server.diagnostics(1)
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: {uri, languageId: 'markdown', version: 1, text: variant(0)}
  })
  const first = await opened
  const local = []
  const lsp = []
  let messages = 0
  let version = 1
  for (let index = 0; index < warmup + runs; index++) {
    const inProcess = await lintInProcess(index + 1)
    messages = inProcess.messages
    version++
    const done = server.diagnostics(version)
    const t0 = performance.now()
    await connection.sendNotification('textDocument/didChange', {
      textDocument: {uri, version},
      contentChanges: [{text: variant(index + 1)}]
    })
    await done
    const elapsed = performance.now() - t0
    if (index >= warmup) {
      local.push(inProcess.elapsed)
      lsp.push(elapsed)
    }
  }
  return {local, lsp, messages, served: first.diagnostics.length, version}
}

/** 50 edits in one second; the time from the last to the diagnostics of the final text. */
async function burst(server, startVersion) {
  const {connection, uri} = server
  let version = startVersion
  const before = server.published.length
  for (let index = 0; index < 49; index++) {
    version++
    await connection.sendNotification('textDocument/didChange', {
      textDocument: {uri, version},
      contentChanges: [{text: variant(1000 + index)}]
    })
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  version++
  const done = server.diagnostics(version)
  const t0 = performance.now()
  await connection.sendNotification('textDocument/didChange', {
    textDocument: {uri, version},
    contentChanges: [{text: variant(2000)}]
  })
  await done
  const latency = performance.now() - t0
  // Anything still arriving after the final version's diagnostics is stale.
  await new Promise((resolve) => setTimeout(resolve, 500))
  const during = server.published.slice(before)
  const stale = during.filter((entry) => entry.version !== version).length
  return {latency, published: during.length, stale}
}

const rawServer = `
import {createUnifiedLanguageServer} from ${JSON.stringify(pathToFileURL(path.join(root, 'node_modules/unified-language-server/index.js')).href)}
import processor from ${JSON.stringify(pathToFileURL(path.join(root, 'dist/src/language-server/processor.js')).href)}
createUnifiedLanguageServer({processorName: 'retext-evidence-bench-none', defaultProcessor: processor, configurationSection: 'evidence', rcName: '.evidencerc', packageField: 'evidence', ignoreName: '.evidenceignore'})
`

// ---------------------------------------------------------------------------------------------

const server = startServer([path.join(root, 'bin/evidence-language-server.js'), '--stdio'])
const result = await measure(server)
const ours = await burst(server, result.version)
await server.stop()

let raw
if (args.includes('--raw')) {
  const plain = startServer(['--input-type=module', '-e', rawServer, 'bench', '--stdio'])
  const plainResult = await measure(plain)
  raw = await burst(plain, plainResult.version)
  await plain.stop()
}
fs.rmSync(folder, {recursive: true, force: true})

const local = {median: median(result.local), min: Math.min(...result.local), messages: result.messages}
const lsp = {median: median(result.lsp), min: Math.min(...result.lsp)}
const pairRatio = median(result.lsp.map((value, index) => value / result.local[index]))
const ratio = lsp.median / local.median
const ms = (value) => value.toFixed(0) + ' ms'
const lines = [
  '# Language server latency',
  '',
  'From `node bench/lsp-latency.mjs' +
    (args.length > 0 ? ' ' + args.join(' ') : '') +
    '` (Node ' +
    process.versions.node +
    ', ' +
    os.cpus().length +
    ' CPUs, ' +
    new Date().toISOString().slice(0, 10) +
    ').',
  '',
  'Article: ' +
    article.count +
    ' words of Markdown, whole paragraphs of the first ' +
    article.files +
    ' Markdown files of the corpus in order, assembled at run time; ' +
    local.messages +
    ' findings. ' +
    runs +
    ' runs after ' +
    warmup +
    ' to warm up; each run changes one word, lints it in process, then sends it to the server and waits for its diagnostics. Load average at the start: ' +
    load +
    '.',
  '',
  '| | median | fastest |',
  '| --- | --- | --- |',
  '| lint in process (`createProcessor().process`) | ' + ms(local.median) + ' | ' + ms(local.min) + ' |',
  '| `didChange` → `publishDiagnostics` | ' + ms(lsp.median) + ' | ' + ms(lsp.min) + ' |',
  '',
  '**Ratio: ' +
    ratio.toFixed(2) +
    '** (median over median; the median of the per-run ratios is ' +
    pairRatio.toFixed(2) +
    ', fastest over fastest ' +
    (lsp.min / local.min).toFixed(2) +
    '). Aim: ≤ 1.5.',
  '',
  'What the server adds to the lint itself: the text crosses two pipes as JSON (editor → main thread → worker thread), unified-engine looks for config and ignore files from the document up on every lint, and the diagnostics come back the same way. On a busy machine (see the load average) single runs vary a lot; interleaving the two measurements keeps the comparison fair, and the fastest runs show the quiet-machine picture.',
  '',
  'Burst of 50 edits in one second (one every 20 ms, each a different text), from the last edit to the diagnostics of the final text. The server runs one lint at a time per document, each on the latest text, so the final text waits at most for the lint in progress; plain unified-language-server starts a lint for every version at once and publishes each result, stale or not:',
  '',
  '| server | latency | diagnostics published during the burst | of them stale |',
  '| --- | --- | --- | --- |',
  '| evidence-language-server | ' + ms(ours.latency) + ' | ' + ours.published + ' | ' + ours.stale + ' |',
  ...(raw
    ? ['| plain unified-language-server | ' + ms(raw.latency) + ' | ' + raw.published + ' | ' + raw.stale + ' |']
    : []),
  ''
]
process.stdout.write(lines.join('\n'))
if (args.includes('--write')) fs.writeFileSync(path.join(here, 'LSP.md'), lines.join('\n'))
