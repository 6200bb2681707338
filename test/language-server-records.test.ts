/**
 * `evidence-language-server` with linked records: the real binary over stdio, a config that
 * turns on mismatched-attribution's `resolve` against the stub services on 127.0.0.1. The
 * first diagnostics come out from the (empty) cache at once; when the record arrives the
 * server publishes them again with the finding against it. Without `resolve`, no request.
 */
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, beforeEach, describe, expect, it, vi} from 'vitest'
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node'
import {ensureBuilt, root} from './cli-helpers.js'
import {startStub, type Stub} from './records-stub.js'

vi.setConfig({testTimeout: 120_000, hookTimeout: 240_000})

const bin = path.join(root, 'bin', 'evidence-language-server.js')
let stub: Stub
const folders: string[] = []

beforeAll(async () => {
  ensureBuilt()
  stub = await startStub()
})
afterAll(async () => {
  await stub.close()
  for (const folder of folders) fs.rmSync(folder, {recursive: true, force: true})
})
beforeEach(() => {
  stub.requests.length = 0
  stub.override = undefined
})

interface Server {
  child: ChildProcessWithoutNullStreams
  connection: ProtocolConnection
  received: PublishDiagnosticsParams[]
  waitFor(test: (all: PublishDiagnosticsParams[]) => boolean, timeout?: number): Promise<void>
  stop(): Promise<void>
}

async function start(folder: string): Promise<Server> {
  const child = spawn(process.execPath, [bin, '--stdio'], {
    cwd: folder,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: {...process.env, XDG_CACHE_HOME: path.join(folder, 'xdg')}
  })
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin)
  )
  const received: PublishDiagnosticsParams[] = []
  const waiters = new Set<() => void>()
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    received.push(params)
    for (const waiter of waiters) waiter()
  })
  connection.onRequest('workspace/configuration', (params: {items: unknown[]}) => params.items.map(() => ({})))
  connection.onRequest('client/registerCapability', () => null)
  connection.onError(() => {})
  connection.listen()
  const uri = pathToFileURL(folder).href
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: uri,
    workspaceFolders: [{uri, name: path.basename(folder)}],
    capabilities: {
      workspace: {configuration: true, workspaceFolders: true},
      textDocument: {publishDiagnostics: {versionSupport: true}}
    }
  })
  await connection.sendNotification(InitializedNotification.type, {})
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)))
  return {
    child,
    connection,
    received,
    waitFor: (test, timeout = 60_000) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (!test(received)) return
          clearTimeout(timer)
          waiters.delete(check)
          resolve()
        }
        const timer = setTimeout(() => {
          waiters.delete(check)
          reject(
            new Error(
              'timed out; got ' +
                JSON.stringify(received.map((r) => r.diagnostics.map((d) => d.message))) +
                '\nstderr: ' +
                stderr
            )
          )
        }, timeout)
        waiters.add(check)
        check()
      }),
    stop: async () => {
      const exited = new Promise((resolve) => child.on('exit', resolve))
      await connection.sendRequest(ShutdownRequest.type)
      await connection.sendNotification(ExitNotification.type)
      await exited
      connection.dispose()
    }
  }
}

const text =
  'A 2016 randomised controlled trial in the American Journal of Medicine found that omega-3 supplements may ease depression ([study](https://doi.org/10.1016/j.amjmed.2006.01.001)).\n'

function folderWith(options: Record<string, unknown>): string {
  const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-ls-records-')))
  folders.push(folder)
  const rules = {
    'unhedged-claim': false,
    'unsourced-statistic': false,
    'mismatched-attribution': [1, {crossrefUrl: stub.crossrefUrl, eutilsUrl: stub.eutilsUrl, ...options}]
  }
  fs.writeFileSync(path.join(folder, '.evidencerc.json'), JSON.stringify({rules}))
  fs.writeFileSync(path.join(folder, 'post.md'), text)
  return folder
}

describe('evidence-language-server and linked records', () => {
  it('publishes at once, then again with the finding when the record arrives', async () => {
    const folder = folderWith({resolve: true, timeout: 2000})
    // Crossref does not answer until the first diagnostics are out.
    let answered = false
    stub.override = () => (answered ? undefined : 'hang')
    const server = await start(folder)
    const uri = pathToFileURL(path.join(folder, 'post.md')).href
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: {uri, languageId: 'markdown', version: 1, text}
    })
    await server.waitFor((all) => all.some((p) => p.uri === uri))
    expect(server.received.filter((p) => p.uri === uri)[0].diagnostics).toEqual([])
    const deadline = Date.now() + 30_000
    while (stub.requests.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
    expect(stub.requests.map((r) => r.path)).toEqual(['/crossref/works/10.1016%2Fj.amjmed.2006.01.001'])
    answered = true
    // The held request times out (`timeout`: 2 s) and is retried; the retry is answered.
    await server.waitFor((all) => all.some((p) => p.uri === uri && p.diagnostics.length > 0), 90_000)
    const last = server.received.filter((p) => p.uri === uri).at(-1)!
    expect(last.version).toBe(1)
    expect(last.diagnostics.map((d) => [d.code, d.range.start, d.range.end, d.severity])).toEqual([
      ['mismatched-attribution', {line: 0, character: 0}, {line: 0, character: 70}, 2]
    ])
    expect(last.diagnostics[0].message).toContain(
      'differs from the record of doi:10.1016/j.amjmed.2006.01.001 (\u201COmega-3 fatty acids and depressive symptoms: a meta-analysis\u201D) in 3 ways'
    )
    expect(fs.readdirSync(path.join(folder, 'xdg', 'retext-evidence', 'records'))).toHaveLength(1)
    await server.stop()
  })

  it('without resolve, diagnostics come once and nothing is requested', async () => {
    const folder = folderWith({})
    const server = await start(folder)
    const uri = pathToFileURL(path.join(folder, 'post.md')).href
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: {uri, languageId: 'markdown', version: 1, text}
    })
    await server.waitFor((all) => all.some((p) => p.uri === uri))
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(server.received.filter((p) => p.uri === uri).map((p) => p.diagnostics)).toEqual([[]])
    expect(stub.requests).toHaveLength(0)
    await server.stop()
  })
})
