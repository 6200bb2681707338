/**
 * `evidence-language-server` on documents with no workspace folder, `package.json` or `.git`
 * above them (a writer's folder of articles): they are linted with the defaults, or with a
 * config beside them, and the server says in the log which folder it lints them from.
 */
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type LogMessageParams,
  type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node'
import {ensureBuilt, root} from './cli-helpers.js'

const bin = path.join(root, 'bin', 'evidence-language-server.js')
const article = '# Sleep\n\nMagnesium reduces anxiety.\n'
const folders: string[] = []

beforeAll(() => {
  ensureBuilt()
})
afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, {recursive: true, force: true})
})

/** A folder in the system's temporary folder, with no package.json or .git above it. */
function writerFolder(files: Record<string, string>): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'articles-'))
  folders.push(folder)
  for (let current = folder; path.dirname(current) !== current; current = path.dirname(current)) {
    for (const marker of ['package.json', '.git']) {
      if (fs.existsSync(path.join(path.dirname(current), marker)))
        throw new Error('test setup: ' + marker + ' above ' + folder)
    }
  }
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(folder, name), content)
  return folder
}

/** Start the server with `initialize` params `workspace`, open `file`, and return its first
 * non-empty diagnostics and the log lines. */
async function diagnose(
  file: string,
  workspace: {rootUri: string | null; workspaceFolders: Array<{uri: string; name: string}> | null}
) {
  const child = spawn(process.execPath, [bin, '--stdio'], {cwd: os.tmpdir(), stdio: ['pipe', 'pipe', 'pipe']})
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin)
  )
  const logs: string[] = []
  const uri = pathToFileURL(file).href
  connection.onNotification(LogMessageNotification.method, (params: LogMessageParams) => {
    logs.push(params.message)
  })
  const published = new Promise<PublishDiagnosticsParams>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('no diagnostics for ' + uri + '; log: ' + logs.join(' | '))),
      90_000
    )
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      if (params.uri === uri && params.diagnostics.length > 0) {
        clearTimeout(timer)
        resolve(params)
      }
    })
  })
  connection.listen()
  await connection.sendRequest(InitializeRequest.type, {processId: process.pid, capabilities: {}, ...workspace})
  await connection.sendNotification(InitializedNotification.type, {})
  await connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: {uri, languageId: 'markdown', version: 1, text: fs.readFileSync(file, 'utf8')}
  })
  try {
    const params = await published
    return {
      diagnostics: params.diagnostics.map((diagnostic) => [
        diagnostic.code,
        diagnostic.severity,
        diagnostic.range.start.line,
        diagnostic.range.start.character,
        diagnostic.range.end.character
      ]),
      logs,
      uri
    }
  } finally {
    await connection.sendRequest(ShutdownRequest.type).catch(() => {})
    await connection.sendNotification(ExitNotification.type).catch(() => {})
    await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)))
    connection.dispose()
  }
}

describe('documents outside every workspace folder and project', () => {
  test(
    'no workspace at all: linted with the defaults (a warning), and the log says from where',
    {timeout: 120_000},
    async () => {
      const folder = writerFolder({'sleep.md': article})
      const result = await diagnose(path.join(folder, 'sleep.md'), {rootUri: null, workspaceFolders: null})
      // DiagnosticSeverity.Warning is 2; line 2 (zero-based), characters 10 to 17: "reduces".
      expect(result.diagnostics).toEqual([['unhedged-claim', 2, 2, 10, 17]])
      expect(result.logs).toContain(
        'evidence-language-server: ' +
          result.uri +
          ' has no workspace folder, package.json or .git above it: linting it from its own folder (a config there or above still applies)'
      )
    }
  )

  test('a workspace elsewhere: the document is linted, with the config beside it', {timeout: 120_000}, async () => {
    const workspace = writerFolder({})
    const folder = writerFolder({
      'sleep.md': article,
      '.evidencerc.json': JSON.stringify({rules: {'unhedged-claim': 'error'}})
    })
    const workspaceUri = pathToFileURL(workspace).href
    const result = await diagnose(path.join(folder, 'sleep.md'), {
      rootUri: workspaceUri,
      workspaceFolders: [{uri: workspaceUri, name: 'site'}]
    })
    // DiagnosticSeverity.Error is 1: the config in the document's folder applies.
    expect(result.diagnostics).toEqual([['unhedged-claim', 1, 2, 10, 17]])
  })
})
