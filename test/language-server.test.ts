/**
 * `evidence-language-server`, driven as an editor would: the real binary over stdio, spoken to
 * with vscode-languageserver-protocol's connection.
 */
import {spawn, spawnSync, type ChildProcessWithoutNullStreams} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {VFile} from 'vfile'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {
  CodeActionRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ResponseError,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type Diagnostic,
  type InitializeResult,
  type MarkupContent,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range
} from 'vscode-languageserver-protocol/node'

/** A diagnostic's message as text (LSP 3.18 allows Markdown content; this server sends strings). */
const messageText = (message: string | MarkupContent): string => (typeof message === 'string' ? message : message.value)

// Each test starts a server (a worker thread loading the linter): give a busy machine room.
vi.setConfig({testTimeout: 120_000, hookTimeout: 240_000})

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = path.join(root, 'bin', 'evidence-language-server.js')
const ruleUrl = 'https://github.com/retext-evidence/retext-evidence/blob/main/docs/rules/unhedged-claim.md'

// ---------------------------------------------------------------------------------------------
// Build and client

function newest(folder: string): number {
  let result = 0
  if (!fs.existsSync(folder)) return result
  for (const entry of fs.readdirSync(folder, {withFileTypes: true})) {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) result = Math.max(result, newest(full))
    else if (entry.name.endsWith('.ts')) result = Math.max(result, fs.statSync(full).mtimeMs)
  }
  return result
}

/** Build `dist/` unless it is newer than the sources (same lock as the CLI tests). Other work in
 * progress may not type-check; what matters is that the server's files were emitted. */
function ensureBuilt(): void {
  const built = path.join(root, 'dist', 'src', 'language-server', 'proxy.js')
  const fresh = () =>
    fs.existsSync(built) &&
    fs.statSync(built).mtimeMs >= Math.max(newest(path.join(root, 'src')), newest(path.join(root, 'rules')))
  if (fresh()) return
  const lock = path.join(os.tmpdir(), 'retext-evidence-build.lock')
  const deadline = Date.now() + 180_000
  for (;;) {
    try {
      fs.mkdirSync(lock)
      break
    } catch {
      if (Date.now() > deadline) throw new Error('timed out waiting for another build')
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250)
    }
  }
  try {
    if (!fresh()) {
      const result = spawnSync(
        process.execPath,
        [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'],
        {cwd: root, encoding: 'utf8'}
      )
      if (!fresh()) throw new Error('build failed:\n' + result.stdout + result.stderr)
    }
  } finally {
    fs.rmSync(lock, {recursive: true, force: true})
  }
}

function tempFolder(files: Record<string, string | Uint8Array> = {}): string {
  const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-ls-')))
  for (const [name, content] of Object.entries(files)) write(folder, name, content)
  return folder
}

function write(folder: string, name: string, content: string | Uint8Array): string {
  const full = path.join(folder, name)
  fs.mkdirSync(path.dirname(full), {recursive: true})
  fs.writeFileSync(full, content)
  return full
}

const languages: Record<string, string> = {
  '.md': 'markdown',
  '.mdx': 'mdx',
  '.html': 'html',
  '.txt': 'plaintext',
  '.json': 'json'
}

interface Received {
  params: PublishDiagnosticsParams
  at: number
}

interface StartOptions {
  args?: string[] | undefined
  /** What the client answers to `workspace/configuration` (per item); no answer at all when the
   * client does not support it (`configuration: false`). */
  settings?: unknown | undefined
  configuration?: boolean | undefined
  initializationOptions?: unknown | undefined
  /** Sent as `workspace/didChangeConfiguration` right after `initialized`. */
  didChangeConfiguration?: unknown | undefined
}

/** An LSP client on the server binary's stdio. */
class Client {
  readonly received: Received[] = []
  readonly logs: string[] = []
  readonly shown: string[] = []
  readonly exited: Promise<number | null>
  readonly versions = new Map<string, number>()
  /** When each version of each document was sent. */
  readonly sent = new Map<string, Array<{version: number; at: number}>>()
  stderr = ''
  initializeResult!: InitializeResult
  private readonly waiters = new Set<() => void>()

  private constructor(
    readonly folder: string,
    readonly child: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection
  ) {
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)))
    child.stderr.on('data', (chunk: Buffer) => {
      this.stderr += String(chunk)
    })
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.received.push({params, at: Date.now()})
      for (const waiter of this.waiters) waiter()
    })
    connection.onNotification('window/logMessage', (params: {message: string}) => {
      this.logs.push(params.message)
    })
    connection.onNotification('window/showMessage', (params: {message: string}) => {
      this.shown.push(params.message)
      for (const waiter of this.waiters) waiter()
    })
    connection.onRequest('client/registerCapability', () => null)
    connection.onError(() => {})
  }

  static async start(folder: string, options: StartOptions = {}): Promise<Client> {
    const child = spawn(process.execPath, [bin, '--stdio', ...(options.args ?? [])], {
      cwd: folder,
      stdio: ['pipe', 'pipe', 'pipe']
    })
    const connection = createProtocolConnection(
      new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin)
    )
    const client = new Client(folder, child, connection)
    const configuration = options.configuration ?? true
    if (configuration) {
      connection.onRequest('workspace/configuration', (params: {items: unknown[]}) =>
        params.items.map(() => options.settings ?? null)
      )
    }
    connection.listen()
    const uri = pathToFileURL(folder).href
    const initialized = connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{uri, name: path.basename(folder)}],
      capabilities: {
        workspace: {configuration, workspaceFolders: true},
        textDocument: {publishDiagnostics: {versionSupport: true}}
      },
      initializationOptions: options.initializationOptions
    })
    client.initializeResult = await withTimeout(initialized, 60_000, 'no answer to initialize', client)
    await connection.sendNotification(InitializedNotification.type, {})
    if (options.didChangeConfiguration !== undefined) {
      await connection.sendNotification(DidChangeConfigurationNotification.type, {
        settings: options.didChangeConfiguration
      })
    }
    return client
  }

  uri(name: string): string {
    return pathToFileURL(path.join(this.folder, name)).href
  }

  /** Open `name` (a path in the folder) with `text`, version 1. */
  async open(name: string, text: string, languageId = languages[path.extname(name)] ?? 'plaintext'): Promise<string> {
    const uri = this.uri(name)
    this.note(uri, 1)
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: {uri, languageId, version: 1, text}
    })
    return uri
  }

  /** Replace the whole text; returns the new version. */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1
    this.note(uri, version)
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri, version},
      contentChanges: [{text}]
    })
    return version
  }

  /** An incremental change; returns the new version. */
  async edit(uri: string, range: Range, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1
    this.note(uri, version)
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri, version},
      contentChanges: [{range, text}]
    })
    return version
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, {textDocument: {uri}})
  }

  private note(uri: string, version: number): void {
    this.versions.set(uri, version)
    const list = this.sent.get(uri) ?? []
    list.push({version, at: Date.now()})
    this.sent.set(uri, list)
  }

  /** The first diagnostics published for `uri` (at `version`, if given) that satisfy `test`. */
  diagnostics(
    uri: string,
    version?: number,
    test: (params: PublishDiagnosticsParams) => boolean = () => true,
    timeout = 30_000
  ): Promise<PublishDiagnosticsParams> {
    return this.until(
      () =>
        this.received.find(
          (entry) =>
            entry.params.uri === uri &&
            (version === undefined || entry.params.version === version) &&
            test(entry.params)
        )?.params,
      timeout,
      () =>
        'no diagnostics for ' +
        uri +
        (version === undefined ? '' : ' version ' + version) +
        '; got ' +
        JSON.stringify(
          this.received
            .filter((e) => e.params.uri === uri)
            .map((e) => [e.params.version, e.params.diagnostics.map((d) => d.code)])
        )
    )
  }

  until<T>(get: () => T | undefined, timeout: number, describe: () => string): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const value = get()
        if (value === undefined) return
        cleanup()
        resolve(value)
      }
      const timer = setTimeout(() => {
        cleanup()
        reject(new Error(describe() + '\nstderr: ' + this.stderr))
      }, timeout)
      const cleanup = () => {
        clearTimeout(timer)
        this.waiters.delete(check)
      }
      this.waiters.add(check)
      check()
    })
  }

  codeActions(
    uri: string,
    diagnostics: Diagnostic[],
    only?: string[]
  ): Promise<(CodeAction | {title: string})[] | null> {
    const range = diagnostics[0]?.range ?? {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
    return this.connection.sendRequest(CodeActionRequest.type, {
      textDocument: {uri},
      range,
      context: only ? {diagnostics, only} : {diagnostics}
    })
  }

  /** `shutdown`, `exit`, and the exit code. */
  async stop(): Promise<number | null> {
    if (this.child.exitCode === null) {
      await this.connection.sendRequest(ShutdownRequest.type)
      await this.connection.sendNotification(ExitNotification.type)
    }
    const code = await withTimeout(this.exited, 10_000, 'the server did not exit')
    this.connection.dispose()
    return code
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL')
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string, client?: Client): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(message + (client ? '\nstderr: ' + client.stderr : ''))), ms)
    })
  ])
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** Apply a code action's edit to `text`. */
function apply(uri: string, text: string, action: CodeAction): string {
  const edits = action.edit?.changes?.[uri] ?? []
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits)
}

function codes(params: PublishDiagnosticsParams): string[] {
  return params.diagnostics.map((d) => String(d.code))
}

const clients: Client[] = []

async function start(folder: string, options?: StartOptions): Promise<Client> {
  const client = await Client.start(folder, options)
  clients.push(client)
  return client
}

beforeAll(() => {
  ensureBuilt()
}, 240_000)

afterAll(() => {
  for (const client of clients) client.kill()
})

// ---------------------------------------------------------------------------------------------

describe('evidence-language-server: protocol', () => {
  let client: Client
  let folder: string

  beforeAll(async () => {
    folder = tempFolder()
    client = await start(folder)
  })

  it('answers initialize with its capabilities', () => {
    const {capabilities, serverInfo} = client.initializeResult
    expect(serverInfo?.name).toBe('evidence-language-server')
    expect(capabilities.codeActionProvider).toEqual({codeActionKinds: ['quickfix'], resolveProvider: false})
    expect(capabilities.textDocumentSync).toEqual({openClose: true, change: 2})
    // A linter never formats.
    expect(capabilities.documentFormattingProvider).toBeUndefined()
  })

  it('publishes a diagnostic with the rule as code, severity, exact range and the rule page', async () => {
    const uri = await client.open('post.md', '# Tea\n\nGreen tea reduces the risk of cancer.\n')
    const params = await client.diagnostics(uri, 1)
    expect(params.diagnostics).toHaveLength(1)
    const [diagnostic] = params.diagnostics
    expect(diagnostic.code).toBe('unhedged-claim')
    expect(diagnostic.source).toBe('retext-evidence')
    expect(diagnostic.severity).toBe(2) // warning: the preset's default
    expect(diagnostic.range).toEqual({start: {line: 2, character: 10}, end: {line: 2, character: 17}})
    expect(diagnostic.codeDescription?.href).toBe(ruleUrl)
    expect(diagnostic.message).toMatch(/^Unhedged claim: “reduces”/)
    expect(diagnostic.data).toEqual({expected: ['may reduce'], actual: 'reduces'})
  })

  it('lints MDX, HTML and plain text, with ranges in the source', async () => {
    const mdx = await client.open(
      'page.mdx',
      "import Chart from './chart.js'\n\nFish oil improves memory in older adults.\n\n<Chart />\n"
    )
    const html = await client.open(
      'page.html',
      '<!doctype html>\n<main><p>Green tea <em>reduces</em> the risk of cancer.</p></main>\n'
    )
    const text = await client.open('notes.txt', 'Turmeric lowers inflammation.\n')
    const [a, b, c] = await Promise.all([
      client.diagnostics(mdx, 1),
      client.diagnostics(html, 1),
      client.diagnostics(text, 1)
    ])
    expect(a.diagnostics.map((d) => [d.code, d.range])).toEqual([
      ['unhedged-claim', {start: {line: 2, character: 9}, end: {line: 2, character: 17}}]
    ])
    expect(b.diagnostics.map((d) => [d.code, d.range])).toEqual([
      ['unhedged-claim', {start: {line: 1, character: 23}, end: {line: 1, character: 30}}]
    ])
    expect(c.diagnostics.map((d) => [d.code, d.range])).toEqual([
      ['unhedged-claim', {start: {line: 0, character: 9}, end: {line: 0, character: 15}}]
    ])
  })

  it('leaves other languages, unsaved buffers and config files alone', async () => {
    const json = await client.open('data.json', '{"claim": "Green tea reduces the risk of cancer."}')
    const rc = await client.open('.evidencerc', '{"rules": {}}', 'plaintext')
    const untitled = 'untitled:Untitled-1'
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: {uri: untitled, languageId: 'markdown', version: 1, text: 'Green tea reduces the risk of cancer.'}
    })
    // A document opened after them is linted; by then they would have been too.
    const after = await client.open('after.md', 'Coffee improves focus.\n')
    await client.diagnostics(after, 1)
    expect(client.received.filter((e) => [json, rc, untitled].includes(e.params.uri))).toEqual([])
  })

  it('offers the hedge as a quick fix that replaces exactly the flagged words', async () => {
    const text = '# Tea\n\nGreen tea reduces the risk of cancer.\n'
    const uri = await client.open('fix.md', text)
    const params = await client.diagnostics(uri, 1)
    const actions = (await client.codeActions(uri, params.diagnostics)) as CodeAction[]
    expect(actions).toHaveLength(1)
    const [action] = actions
    expect(action.title).toBe('Replace `reduces` with `may reduce`')
    expect(action.kind).toBe('quickfix')
    expect(action.isPreferred).toBe(true)
    expect(action.edit?.changes?.[uri]).toEqual([
      {range: {start: {line: 2, character: 10}, end: {line: 2, character: 17}}, newText: 'may reduce'}
    ])

    const fixed = apply(uri, text, action)
    expect(fixed).toBe('# Tea\n\nGreen tea may reduce the risk of cancer.\n')
    const version = await client.change(uri, fixed)
    expect((await client.diagnostics(uri, version)).diagnostics).toEqual([])
  })

  it('softens or removes a booster, leaving text the rule no longer flags', async () => {
    const text = 'Vitamin D is clinically proven to prevent colds.\n'
    const uri = await client.open('booster.md', text)
    const params = await client.diagnostics(uri, 1)
    const [action] = (await client.codeActions(uri, params.diagnostics)) as CodeAction[]
    expect(action.title).toBe('Replace `clinically proven to` with `shown in some studies to`')
    const fixed = apply(uri, text, action)
    expect(fixed).toBe('Vitamin D is shown in some studies to prevent colds.\n')
    const version = await client.change(uri, fixed)
    expect((await client.diagnostics(uri, version)).diagnostics).toEqual([])
  })

  it('removes a booster with the space after it; the claim it boosted is then one fix away', async () => {
    const text = 'This supplement definitely cures insomnia.\n'
    const uri = await client.open('remove.md', text)
    const first = await client.diagnostics(uri, 1)
    expect(first.diagnostics.map((d) => messageText(d.message).split(':')[0])).toEqual(['Overstated claim'])
    const [remove] = (await client.codeActions(uri, first.diagnostics)) as CodeAction[]
    expect(remove.title).toBe('Remove `definitely`')
    const removed = apply(uri, text, remove)
    expect(removed).toBe('This supplement cures insomnia.\n')

    const version = await client.change(uri, removed)
    const second = await client.diagnostics(uri, version)
    // The booster is gone; the bare claim is what is left to hedge.
    expect(second.diagnostics.map((d) => messageText(d.message).split(':')[0])).toEqual(['Unhedged claim'])
    const [hedge] = (await client.codeActions(uri, second.diagnostics)) as CodeAction[]
    const hedged = apply(uri, removed, hedge)
    expect(hedged).toBe('This supplement may cure insomnia.\n')
    const last = await client.change(uri, hedged)
    expect((await client.diagnostics(uri, last)).diagnostics).toEqual([])
  })

  it('offers no fix for words that have changed since, and finds fixes for diagnostics sent back without data', async () => {
    const text = 'Green tea reduces the risk of cancer.\n'
    const uri = await client.open('stale.md', text)
    const params = await client.diagnostics(uri, 1)
    const [diagnostic] = params.diagnostics

    // Without `data` (some clients drop it): matched to what was published.
    const bare = {...diagnostic}
    delete bare.data
    const found = (await client.codeActions(uri, [bare])) as CodeAction[]
    expect(found.map((a) => a.title)).toEqual(['Replace `reduces` with `may reduce`'])

    // Only quick fixes are offered.
    expect(await client.codeActions(uri, params.diagnostics, ['source.organizeImports'])).toEqual([])

    // The user types over the words before asking: the old fix would garble the new text.
    await client.edit(uri, diagnostic.range, 'lowers')
    expect(await client.codeActions(uri, params.diagnostics)).toEqual([])
  })

  it('applies incremental changes', async () => {
    const uri = await client.open('incremental.md', 'Green tea is a drink.\n')
    expect((await client.diagnostics(uri, 1)).diagnostics).toEqual([])
    const version = await client.edit(
      uri,
      {start: {line: 0, character: 10}, end: {line: 0, character: 20}},
      'reduces stress'
    )
    const params = await client.diagnostics(uri, version)
    expect(codes(params)).toEqual(['unhedged-claim'])
    expect(params.diagnostics[0].range).toEqual({start: {line: 0, character: 10}, end: {line: 0, character: 17}})
  })

  it('clears diagnostics on close and publishes nothing late for a closed document', async () => {
    const uri = await client.open('closing.md', 'Green tea reduces the risk of cancer.\n')
    await client.diagnostics(uri, 1)
    await client.change(uri, 'Green tea lowers the risk of cancer.\n')
    await client.close(uri)
    const cleared = await client.diagnostics(uri, undefined, (p) => p.diagnostics.length === 0)
    expect(cleared.diagnostics).toEqual([])
    await sleep(1500)
    const index = client.received.findIndex((e) => e.params === cleared)
    expect(client.received.slice(index + 1).filter((e) => e.params.uri === uri)).toEqual([])
  })

  it('answers unknown requests with MethodNotFound and ignores unknown notifications', async () => {
    await client.connection.sendNotification('evidence/unknownNotification', {x: 1})
    const error = await client.connection.sendRequest('evidence/unknownRequest', {x: 1}).then(
      () => undefined,
      (error: unknown) => error
    )
    expect(error).toBeInstanceOf(ResponseError)
    expect((error as ResponseError<unknown>).code).toBe(-32601)
    const uri = await client.open('still.md', 'Coffee improves focus.\n')
    expect(codes(await client.diagnostics(uri, 1))).toEqual(['unhedged-claim'])
  })

  it('survives malformed messages', async () => {
    await client.connection.sendNotification('textDocument/didOpen', {})
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: {uri: client.uri('never-opened.md'), version: 2},
      contentChanges: [{text: 'x'}]
    })
    await client.connection.sendNotification('textDocument/didClose', {textDocument: {}})
    expect(await client.connection.sendRequest('textDocument/codeAction', undefined)).toEqual([])
    expect(
      await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: {uri: client.uri('never-opened.md')},
        context: {diagnostics: [{}]}
      })
    ).toEqual([])
    const uri = await client.open('after-bad.md', 'Coffee improves focus.\n')
    expect(codes(await client.diagnostics(uri, 1))).toEqual(['unhedged-claim'])
    // Diagnostics with the wrong shape: ignored, not a crash.
    const actions = await client.codeActions(uri, [
      {
        range: {start: {line: 0, character: 7}, end: {line: 0, character: 15}},
        message: 'x',
        data: {expected: 'not a list'}
      },
      {} as Diagnostic,
      {message: 'no range', data: {expected: ['may improve']}} as Diagnostic
    ])
    expect(actions).toEqual([])
    expect(client.child.exitCode).toBeNull()
  })

  it('shuts down and exits with 0', async () => {
    expect(await client.stop()).toBe(0)
  })
})

// ---------------------------------------------------------------------------------------------

describe('evidence-language-server: config files', () => {
  it('reads .evidencerc, package.json "evidence" and .evidenceignore as the CLI does', async () => {
    const folder = tempFolder({
      'strict/.evidencerc': JSON.stringify({rules: {'unhedged-claim': 'error'}}),
      'off/package.json': JSON.stringify({name: 'off', evidence: {rules: {'unhedged-claim': false}}}),
      'tiny/.evidencerc.json': JSON.stringify({maxSize: 20}),
      '.evidenceignore': 'drafts/\n',
      'plain.md': ''
    })
    const client = await start(folder)
    const text = 'Green tea reduces the risk of cancer.\n'
    // A config's `maxSize` replaces the server's own limit, for the files under it only.
    const tiny = await client.open('tiny/a.md', text)
    expect((await client.diagnostics(tiny, 1)).diagnostics.map((d) => [d.code, d.severity])).toEqual([['too-large', 1]])

    const strict = await client.open('strict/a.md', text)
    const off = await client.open('off/a.md', text)
    const ignored = await client.open('drafts/a.md', text)
    const plain = await client.open('plain.md', text)
    const [s, o, i, p] = await Promise.all([strict, off, ignored, plain].map((uri) => client.diagnostics(uri, 1)))
    expect(s.diagnostics.map((d) => [d.code, d.severity])).toEqual([['unhedged-claim', 1]])
    expect(o.diagnostics).toEqual([])
    expect(i.diagnostics).toEqual([])
    expect(p.diagnostics.map((d) => [d.code, d.severity])).toEqual([['unhedged-claim', 2]])
    expect(await client.stop()).toBe(0)
  })

  it('with requireConfig, lints only where a config file exists (setting, option or flag)', async () => {
    const folder = tempFolder({'configured/.evidencerc.yml': 'rules:\n  unhedged-claim: warn\n'})
    const text = 'Green tea reduces the risk of cancer.\n'
    const ways: StartOptions[] = [
      {settings: {requireConfig: true}},
      {initializationOptions: {requireConfig: true}},
      {args: ['--require-config']},
      {args: ['--require-config'], configuration: false},
      // A client that pushes settings instead of answering for them.
      {configuration: false, didChangeConfiguration: {evidence: {requireConfig: true}}}
    ]
    for (const options of ways) {
      const client = await start(folder, options)
      const bare = await client.open('bare.md', text)
      const configured = await client.open('configured/a.md', text)
      expect((await client.diagnostics(bare, 1)).diagnostics, JSON.stringify(options)).toEqual([])
      expect(codes(await client.diagnostics(configured, 1)), JSON.stringify(options)).toEqual(['unhedged-claim'])
      expect(await client.stop()).toBe(0)
    }
    // And without it, every file is linted, even when the client answers `null` for the section.
    const client = await start(folder, {settings: null})
    expect(codes(await client.diagnostics(await client.open('bare.md', text), 1))).toEqual(['unhedged-claim'])
    expect(await client.stop()).toBe(0)
  })

  it('shows a broken config on the document and on the config file, and recovers once fixed', async () => {
    const folder = tempFolder({'.evidencerc': '{\n  "rules": {\n    "unhedged-claims": "error"\n  }\n}\n'})
    const rc = pathToFileURL(path.join(folder, '.evidencerc')).href
    const client = await start(folder)
    const uri = await client.open('a.md', 'Green tea reduces the risk of cancer.\n')

    const onDocument = await client.diagnostics(uri, 1)
    expect(onDocument.diagnostics).toHaveLength(1)
    expect(onDocument.diagnostics[0]).toMatchObject({code: 'config', severity: 1, source: 'evidence-language-server'})
    expect(onDocument.diagnostics[0].message).toMatch(/^Invalid config `\.evidencerc`: unknown rule `unhedged-claims`/)

    const onConfig = await client.diagnostics(rc)
    expect(onConfig.diagnostics).toHaveLength(1)
    expect(onConfig.diagnostics[0].message).toBe(onDocument.diagnostics[0].message)
    expect(onConfig.diagnostics[0].range).toEqual({start: {line: 2, character: 4}, end: {line: 2, character: 21}})

    // Bad JSON: the place of the syntax error.
    fs.writeFileSync(path.join(folder, '.evidencerc'), '{\n  "rules": {\n    "unhedged-claim": "error",\n  }\n}\n')
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {changes: [{uri: rc, type: 2}]})
    const json = await client.diagnostics(rc, undefined, (p) =>
      p.diagnostics.some((d) => /JSON/.test(messageText(d.message)))
    )
    expect(json.diagnostics[0].message).toMatch(/^Invalid config `\.evidencerc`: .*JSON.*\(line 4, column 3\)$/)
    expect(json.diagnostics[0].range.start).toEqual({line: 3, character: 2})

    // Fixed: the config diagnostic is cleared and the document is linted with it.
    fs.writeFileSync(path.join(folder, '.evidencerc'), '{"rules": {"unhedged-claim": "error"}}\n')
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {changes: [{uri: rc, type: 2}]})
    await client.diagnostics(rc, undefined, (p) => p.diagnostics.length === 0)
    const linted = await client.diagnostics(uri, 1, (p) => p.diagnostics.some((d) => d.code === 'unhedged-claim'))
    expect(linted.diagnostics.map((d) => [d.code, d.severity])).toEqual([['unhedged-claim', 1]])
    expect(client.child.exitCode).toBeNull()
    expect(await client.stop()).toBe(0)
  })
})

// ---------------------------------------------------------------------------------------------

/** A Markdown article of about `words` words, with a few claims in it. */
function article(words: number): string {
  const paragraphs = [
    'Researchers have studied the habits of people who drink tea for many years, and the picture is mixed. Some groups drink it with milk, others without, and the amounts vary widely between countries and seasons.',
    'Green tea reduces the risk of heart disease in older adults.',
    'A cup of coffee in the morning is a habit for many people. The caffeine in it wakes some of them up, while others notice little change and drink it for the taste alone.',
    'Walking for half an hour a day may lower blood pressure, according to several trials.',
    'Fish oil improves memory in people over sixty.',
    'The study followed two thousand volunteers in three cities over a decade, and its authors call for more work before any advice changes.'
  ]
  let text = '# Notes on everyday habits\n\n'
  let count = 0
  for (let index = 0; count < words; index++) {
    const paragraph = paragraphs[index % paragraphs.length]
    text += (index % 12 === 0 ? '## Part ' + (index / 12 + 1) + '\n\n' : '') + paragraph + '\n\n'
    count += paragraph.split(/\s+/).length
  }
  return text
}

async function lintInProcess(text: string, name = 'post.md') {
  const {createProcessor} = await import('../src/processor.js')
  return createProcessor().process(new VFile({path: path.join(os.tmpdir(), name), value: text}))
}

describe('evidence-language-server: bursts of edits', () => {
  it('answers a burst of 50 edits in a second with diagnostics for the final text, promptly, never for a stale version', async () => {
    const folder = tempFolder()
    const client = await start(folder)
    const base = article(2000)
    const uri = await client.open('burst.md', base)
    await client.diagnostics(uri, 1)

    // How long one lint of this text takes in process (warm).
    const final = base + 'Magnesium cures insomnia in a week.\n'
    await lintInProcess(final)
    let inProcess = Infinity
    for (let run = 0; run < 3; run++) {
      const t0 = performance.now()
      await lintInProcess(final)
      inProcess = Math.min(inProcess, performance.now() - t0)
    }

    const startIndex = client.received.length
    for (let index = 1; index < 50; index++) {
      await client.change(uri, base + 'Draft ' + index + ': magnesium cures insom' + 'nia'.slice(0, index % 4) + '\n')
      await sleep(20)
    }
    const lastVersion = await client.change(uri, final)
    const sentAt = Date.now()
    const result = await client.diagnostics(uri, lastVersion)
    const latency = Date.now() - sentAt

    // The diagnostics are those of the final text, as linted in process.
    const expected = (await lintInProcess(final)).messages.map((m) => [
      m.ruleId,
      (m.place as {start: {line: number}}).start.line - 1
    ])
    expect(result.diagnostics.map((d) => [d.code, d.range.start.line])).toEqual(expected)
    expect(
      result.diagnostics.some(
        (d) =>
          d.code === 'unhedged-claim' &&
          /^Unhedged claim: “cures”/.test(messageText(d.message)) &&
          d.range.start.line === final.split('\n').length - 2
      )
    ).toBe(true)

    // Promptly: at most the lint running when the burst ended, then this one (not 50 lints).
    expect(latency).toBeLessThan(4 * inProcess + 3000)

    // Never stale: no result for a version the editor had replaced (250 ms of slack for
    // messages crossing in the pipes), and nothing for older versions after the final one.
    const sent = client.sent.get(uri) ?? []
    const during = client.received.slice(startIndex).filter((e) => e.params.uri === uri)
    for (const entry of during) {
      const replaced = sent.filter((s) => s.at < entry.at - 250).at(-1)?.version ?? 0
      expect(entry.params.version).toBeGreaterThanOrEqual(replaced)
    }
    const versions = during.map((e) => e.params.version ?? 0)
    expect(versions).toEqual([...versions].sort((a, b) => a - b))
    await sleep(1000)
    expect(
      client.received
        .slice(startIndex)
        .filter((e) => e.params.uri === uri)
        .at(-1)?.params.version
    ).toBe(lastVersion)
    expect(await client.stop()).toBe(0)
  })
})

// ---------------------------------------------------------------------------------------------

describe('evidence-language-server: bad input', () => {
  it('reports a document that is not valid UTF-8, or binary, and keeps going', async () => {
    const bytes = Buffer.concat([
      Buffer.from('Green tea reduces the risk of cancer.\n\nCaf'),
      Buffer.from([0xe9, 0xff]),
      Buffer.from(' au lait.\n')
    ])
    const folder = tempFolder({'latin1.md': bytes})
    const client = await start(folder)

    // What an editor shows for it: the bytes decoded, with replacement characters, sent as is.
    const uri = client.uri('latin1.md')
    const body = Buffer.concat([
      Buffer.from(
        JSON.stringify({
          jsonrpc: '2.0',
          method: 'textDocument/didOpen',
          params: {textDocument: {uri, languageId: 'markdown', version: 1, text: '@@TEXT@@'}}
        }).split('@@TEXT@@')[0]
      ),
      // Raw invalid UTF-8 inside the JSON string.
      Buffer.from('Green tea reduces the risk of cancer.\\n\\nCaf'),
      Buffer.from([0xe9, 0xff]),
      Buffer.from(' au lait.\\n"}}}')
    ])
    client.child.stdin.write(Buffer.concat([Buffer.from('Content-Length: ' + body.length + '\r\n\r\n'), body]))
    const invalid = await client.diagnostics(uri, 1)
    expect(invalid.diagnostics.map((d) => [d.code, d.severity])).toEqual([['encoding', 1]])
    expect(invalid.diagnostics[0].message).toMatch(/not valid UTF-8/)

    const binary = await client.open('binary.txt', 'Green tea\u0000reduces the risk of cancer.')
    expect((await client.diagnostics(binary, 1)).diagnostics.map((d) => [d.code, d.severity])).toEqual([['binary', 1]])

    // Lone surrogates survive the trip and the lint.
    const surrogates = await client.open('surrogates.md', 'Green tea \ud800reduces the risk of cancer. \udfff\n')
    await client.diagnostics(surrogates, 1)

    const after = await client.open('after.md', 'Coffee improves focus.\n')
    expect(codes(await client.diagnostics(after, 1))).toEqual(['unhedged-claim'])
    expect(await client.stop()).toBe(0)
  })

  it('answers a 5 MB document with one message at once, and stays responsive', async () => {
    const folder = tempFolder()
    const client = await start(folder)
    const big = article(900_000)
    expect(big.length).toBeGreaterThan(5_000_000)
    const t0 = Date.now()
    const uri = await client.open('book.md', big)
    const params = await client.diagnostics(uri, 1)
    expect(params.diagnostics.map((d) => [d.code, d.severity])).toEqual([['too-large', 1]])
    expect(params.diagnostics[0].message).toMatch(/above the limit of 1\.0 MiB.*maxSize/)
    expect(Date.now() - t0).toBeLessThan(10_000)

    // Typing in it costs little; other documents are linted meanwhile.
    const version = await client.edit(uri, {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, 'x')
    const small = await client.open('small.md', 'Coffee improves focus.\n')
    expect(codes(await client.diagnostics(small, 1))).toEqual(['unhedged-claim'])
    expect(codes(await client.diagnostics(uri, version))).toEqual(['too-large'])
    expect(await client.stop()).toBe(0)
  })

  it('stops a lint over the setting maxLintMs with one too-complex diagnostic, and lints the next document at once', async () => {
    // 150 KB of `[1]` labels in one Markdown paragraph: micromark alone takes many seconds.
    // (360 KB of labels: about 3.5 s of work, several times the budget whatever the machine's load.)
    const hostile = 'Coffee improves focus.\n\n' + '[1]'.repeat(120_000) + '\n\nTea lowers stress.\n'
    const ways: StartOptions[] = [{initializationOptions: {maxLintMs: 400}}, {settings: {maxLintMs: 400}}]
    for (const options of ways) {
      const client = await start(tempFolder(), options)
      // A document the budget does not stop, first: the setting has reached the worker.
      expect(
        codes(await client.diagnostics(await client.open('first.md', 'Coffee improves focus.\n'), 1)),
        JSON.stringify(options)
      ).toEqual(['unhedged-claim'])
      const uri = await client.open('labels.md', hostile)
      const params = await client.diagnostics(uri, 1, () => true, 20_000)
      expect(params.diagnostics, JSON.stringify(options)).toHaveLength(1)
      expect(params.diagnostics[0]).toMatchObject({
        code: 'too-complex',
        severity: 1,
        range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
      })
      expect(params.diagnostics[0].message).toMatch(
        /^Cannot lint `labels\.md`: it took longer than its time budget of 400 ms \(`maxLintMs`\)/
      )

      // The worker is free: the next document gets its findings (no restart, no crash).
      const small = await client.open('small.md', 'Tea lowers stress. Zinc cures colds.\n')
      const after = await client.diagnostics(small, 1)
      expect(after.diagnostics.map((d) => [d.code, d.range.start.character])).toEqual([
        ['unhedged-claim', 4],
        ['unhedged-claim', 24]
      ])
      expect(client.logs.some((line) => /the linter stopped/.test(line))).toBe(false)
      expect(await client.stop()).toBe(0)
    }
    // With the budget off (0), the same server lints a small document as before.
    const client = await start(tempFolder(), {initializationOptions: {maxLintMs: 0}})
    expect(codes(await client.diagnostics(await client.open('a.md', 'Coffee improves focus.\n'), 1))).toEqual([
      'unhedged-claim'
    ])
    expect(await client.stop()).toBe(0)
  })

  it('survives garbage on its input', async () => {
    const client = await start(tempFolder())
    const body = '{"jsonrpc": "2.0", "method": '
    client.child.stdin.write('Content-Length: ' + body.length + '\r\n\r\n' + body)
    const uri = await client.open('ok.md', 'Coffee improves focus.\n')
    expect(codes(await client.diagnostics(uri, 1))).toEqual(['unhedged-claim'])
    expect(await client.stop()).toBe(0)
  })

  it('exits at once when the client closes its end mid-lint', async () => {
    const client = await start(tempFolder())
    // About 600 KB: several seconds of linting.
    const uri = await client.open('long.md', article(100_000))
    await sleep(500)
    expect(client.received.filter((e) => e.params.uri === uri)).toEqual([])
    const t0 = Date.now()
    client.child.stdin.end()
    const code = await withTimeout(client.exited, 5000, 'the server did not exit')
    expect(code).toBe(1) // no shutdown first
    expect(Date.now() - t0).toBeLessThan(3000)
  })

  it('exits when the client stops reading', async () => {
    const client = await start(tempFolder())
    client.child.stdout.destroy()
    // Diagnostics it can no longer deliver.
    await client.open('a.md', 'Coffee improves focus.\n').catch(() => undefined)
    const code = await withTimeout(client.exited, 20_000, 'the server did not exit')
    expect(code).not.toBe(0)
  })

  it('exit without shutdown exits with 1, mid-lint', async () => {
    const client = await start(tempFolder())
    await client.open('long.md', article(100_000))
    await sleep(300)
    const t0 = Date.now()
    await client.connection.sendNotification(ExitNotification.type)
    expect(await withTimeout(client.exited, 5000, 'the server did not exit')).toBe(1)
    expect(Date.now() - t0).toBeLessThan(3000)
  })

  it('restarts the linter when a plugin crashes it, and leaves the culprit alone', async () => {
    const folder = tempFolder({
      '.evidencerc.json': JSON.stringify({plugins: ['./crash.mjs']}),
      'crash.mjs':
        "export default function crash() {\n  return (tree, file) => {\n    if (String(file.value).includes('CRASH')) process.nextTick(() => { throw new Error('boom') })\n  }\n}\n"
    })
    const client = await start(folder)
    const good = await client.open('good.md', 'Coffee improves focus.\n')
    expect(codes(await client.diagnostics(good, 1))).toEqual(['unhedged-claim'])

    const bad = await client.open('bad.md', 'CRASH. Green tea reduces the risk of cancer.\n')
    const crashed = await client.diagnostics(bad, 1, (p) => p.diagnostics.some((d) => d.code === 'crash'))
    expect(crashed.diagnostics[0].message).toMatch(/The linter stopped while linting this document \(.*boom/)

    // The others are linted again by the new worker.
    const version = await client.change(good, 'Coffee improves focus. Tea lowers stress.\n')
    expect(codes(await client.diagnostics(good, version))).toEqual(['unhedged-claim', 'unhedged-claim'])
    expect(client.logs.some((line) => /the linter stopped \(.*boom.*\); restarting it/.test(line))).toBe(true)
    expect(await client.stop()).toBe(0)
  })
})
