/**
 * The main thread of `evidence-language-server`: it speaks LSP with the editor on one side and
 * with unified-language-server (in a worker thread, see `worker.ts`) on the other, and passes
 * everything through except where unified-language-server, which re-lints on every change,
 * would pile up or misbehave:
 *
 * - **Edits are coalesced per document.** A change is forwarded at once when no lint of that
 *   document is running; while one runs, later changes are held and only the latest text is
 *   forwarded when it ends. A burst of edits costs at most the lint in progress plus one.
 *   (A lint that never reports, such as a document outside every workspace folder, is given
 *   up on after a while.) The document is mirrored here, so the editor may send incremental
 *   changes; the worker always gets the full text.
 * - **Stale results are dropped.** Diagnostics computed for a version older than the latest
 *   are never published, nor any for a document already closed.
 * - **Quick fixes are answered here,** from the latest text, at once (see `code-actions.ts`).
 * - **Settings:** `workspace/configuration` answers of `null` (editors with no `evidence`
 *   section) become `{}` (unified-language-server would fail on them), and defaults from
 *   `initializationOptions` or `--require-config` fill in what the editor leaves out;
 *   `workspace/didChangeConfiguration` with `{evidence: {...}}` is unwrapped.
 * - **Config problems** reported by the worker are shown as diagnostics on the config file.
 * - **Exit:** `shutdown` is answered here, `exit` or the end of the input ends the process at
 *   once, even mid-lint.
 * - **Crashes:** if the worker dies (a plugin that throws outside the pipeline, memory), the
 *   document being linted gets a diagnostic and is left alone until reopened, and a new
 *   worker takes over the others (at most five times in five minutes).
 */
import {Worker} from 'node:worker_threads'
import {
  ErrorCodes,
  Message,
  StreamMessageReader,
  StreamMessageWriter,
  type NotificationMessage,
  type RequestMessage,
  type ResponseMessage
} from 'vscode-jsonrpc/node'
import {TextDocument, type TextDocumentContentChangeEvent} from 'vscode-languageserver-textdocument'
import {pathToFileURL} from 'node:url'
import {quickFixes, type CodeAction, type Diagnostic} from './code-actions.js'
import {serverSource, type ConfigReport} from './config.js'
import {isLinted} from './documents.js'
import {DocumentFolders} from './folders.js'
import type {WorkerReport, WorkerSetting} from './worker.js'
import type {RecordsReport} from './processor.js'

export const serverName = 'evidence-language-server'

type Id = number | string | null

export interface ProxyOptions {
  /** Where the editor's messages come from (standard input). */
  input: NodeJS.ReadableStream
  /** Where the editor reads (standard output). */
  output: NodeJS.WritableStream
  /** The worker module (`worker.js`). */
  workerUrl: URL
  /** Extra arguments for the worker (`--clientProcessId=...`). */
  workerArgv?: string[] | undefined
  /** Settings used where the editor gives none (`{requireConfig: true}`). */
  defaults?: Record<string, unknown> | undefined
  /** The package version, for `serverInfo`. */
  version: string
  /** Called once, with the exit code, when the server should end. */
  onExit: (code: number) => void
  /** Diagnostics for the server itself (standard error). */
  log?: ((text: string) => void) | undefined
  /** Give up on a lint that has not reported after max(this, 3 × the last lint) ms. */
  staleAfter?: number | undefined
}

interface DocumentState {
  document: TextDocument
  linted: boolean
  /** The lint forwarded last and not reported yet. */
  inFlight?: {version: number; since: number} | undefined
  /** The mirror holds changes the worker has not seen. */
  pending: boolean
  timer?: NodeJS.Timeout | undefined
  /** How long the last lint took, in ms. */
  lastLint: number
  /** What was last published for it (to match diagnostics a client returns without data). */
  published: Diagnostic[]
  /** Why it is no longer linted (the worker crashed on it). */
  quarantined?: string | undefined
}

interface Inner {
  worker: Worker
  reader: StreamMessageReader
  writer: StreamMessageWriter
  /** Requests from the worker to the editor, by id, with their method. */
  requests: Map<Id, string>
  dead: boolean
  error?: string | undefined
}

interface DidOpenParams {
  textDocument: {uri: string; languageId: string; version: number; text: string}
}
interface DidChangeParams {
  textDocument: {uri: string; version: number}
  contentChanges: TextDocumentContentChangeEvent[]
}
interface PublishDiagnosticsParams {
  uri: string
  version?: number | null | undefined
  diagnostics: Diagnostic[]
}
interface CodeActionParams {
  textDocument: {uri: string}
  context: {diagnostics: Diagnostic[]; only?: string[]}
}

const restartLimit = 5
const restartWindow = 5 * 60 * 1000

export class LanguageServerProxy {
  private readonly options: ProxyOptions
  private readonly clientReader: StreamMessageReader
  private readonly clientWriter: StreamMessageWriter
  private readonly documents = new Map<string, DocumentState>()
  /** Requests from the editor forwarded to the worker, by id, with their method. */
  private readonly forwarded = new Map<Id, string>()
  private readonly configProblems = new Map<string, string>()
  private readonly restarts: number[] = []
  private inner: Inner | undefined
  private initializeParams: Record<string, unknown> | undefined
  private folders: DocumentFolders | undefined
  private initialized = false
  private lastConfiguration: unknown
  private defaults: Record<string, unknown>
  private configurationCapability = false
  private shutdown = false
  private exiting = false
  private restartId = 0
  private readonly swallow = new Set<Id>()
  /** The setting `maxLintMs` last given (one value for the whole server), sent to the worker. */
  private maxLintMs: number | false | undefined

  constructor(options: ProxyOptions) {
    this.options = options
    this.defaults = {...options.defaults}
    this.clientReader = new StreamMessageReader(options.input)
    this.clientWriter = new StreamMessageWriter(options.output)
  }

  /** Start the worker and listen to the editor. */
  start(): void {
    this.inner = this.spawn()
    this.clientReader.onError((error) => this.log('cannot read a message from the client: ' + error.message))
    this.clientReader.onClose(() => this.end(this.shutdown ? 0 : 1))
    this.clientWriter.onError(([error]) => {
      this.log('cannot write to the client: ' + error.message)
      this.end(1)
    })
    this.clientReader.listen((message) => this.fromClient(message))
    this.options.input.on('end', () => this.end(this.shutdown ? 0 : 1))
    this.options.output.on('error', () => this.end(1))
  }

  // ---------------------------------------------------------------------------------------
  // Editor → server

  private fromClient(message: Message): void {
    if (this.exiting) return
    try {
      if (Message.isRequest(message)) this.clientRequest(message)
      else if (Message.isNotification(message)) this.clientNotification(message)
      else if (Message.isResponse(message)) this.clientResponse(message)
    } catch (error) {
      // Malformed params (a `didOpen` without its document, say): answer or skip, never crash.
      const reason = error instanceof Error ? error.message : String(error)
      this.log('cannot handle `' + ((message as {method?: string}).method ?? 'a response') + '`: ' + reason)
      if (Message.isRequest(message)) {
        this.toClient({
          jsonrpc: '2.0',
          id: message.id,
          error: {code: ErrorCodes.InvalidParams, message: serverName + ': ' + reason}
        } as ResponseMessage)
      }
    }
  }

  private clientRequest(message: RequestMessage): void {
    const params = message.params as Record<string, unknown> | undefined
    switch (message.method) {
      case 'initialize': {
        // The worker always works from folders: the editor's, and one added per document that
        // lies outside them (see folders.ts), which it learns of as workspace folder changes.
        this.folders = new DocumentFolders(params)
        const capabilities0 = isObject(params?.capabilities) ? params.capabilities : {}
        const workspace0 = isObject(capabilities0.workspace) ? capabilities0.workspace : {}
        this.initializeParams = {
          ...params,
          capabilities: {...capabilities0, workspace: {...workspace0, workspaceFolders: true}}
        }
        message = {...message, params: this.initializeParams}
        const options = params?.initializationOptions
        const given = isObject(options) ? (isObject(options.evidence) ? options.evidence : options) : {}
        this.defaults = {...this.defaults, ...given}
        this.budgetSetting(this.defaults)
        const capabilities = params?.capabilities as {workspace?: {configuration?: boolean}} | undefined
        this.configurationCapability = Boolean(capabilities?.workspace?.configuration)
        this.toInner(message)
        return
      }
      case 'shutdown':
        this.shutdown = true
        this.respond(message.id, null)
        return
      case 'textDocument/codeAction':
        this.respond(message.id, this.codeActions(params as unknown as CodeActionParams | undefined))
        return
      default:
        this.flush(documentUri(params))
        this.toInner(message)
    }
  }

  private clientNotification(message: NotificationMessage): void {
    const params = message.params as Record<string, unknown> | undefined
    switch (message.method) {
      case 'initialized':
        this.initialized = true
        this.toInner(message)
        if (!this.configurationCapability && Object.keys(this.defaults).length > 0) {
          this.toInner(notification('workspace/didChangeConfiguration', {settings: {...this.defaults}}))
        }
        return
      case 'exit':
        this.end(this.shutdown ? 0 : 1)
        return
      case 'textDocument/didOpen':
        this.open(params as unknown as DidOpenParams)
        return
      case 'textDocument/didChange':
        this.change(params as unknown as DidChangeParams)
        return
      case 'textDocument/didClose':
        this.close(documentUri(params))
        return
      case 'workspace/didChangeConfiguration': {
        const settings = params?.settings
        const own =
          isObject(settings) && isObject(settings.evidence) ? settings.evidence : isObject(settings) ? settings : {}
        this.lastConfiguration = {settings: {...this.defaults, ...own}}
        this.budgetSetting({...this.defaults, ...own})
        this.toInner(notification(message.method, this.lastConfiguration))
        return
      }
      case 'workspace/didChangeWatchedFiles': {
        const changes = (params?.changes ?? []) as Array<{uri: string; type: number}>
        for (const change of changes) {
          if (change.type === 3 && this.configProblems.has(change.uri)) this.clearConfigProblem(change.uri)
        }
        this.toInner(message)
        return
      }
      case '$/cancelRequest':
        // A request answered here is done already; one waiting on the worker is passed on.
        if (params && this.forwarded.has(params.id as Id)) this.toInner(message)
        return
      default:
        this.flush(documentUri(params))
        this.toInner(message)
    }
  }

  private clientResponse(message: ResponseMessage): void {
    const inner = this.inner
    if (!inner || inner.dead || message.id === null) return
    const method = inner.requests.get(message.id)
    // A response to a request of a worker that has since been replaced.
    if (method === undefined) return
    inner.requests.delete(message.id)
    if (method === 'workspace/configuration' && Array.isArray(message.result)) {
      const items = message.result.map((item: unknown) => ({...this.defaults, ...(isObject(item) ? item : {})}))
      if (items.length > 0) this.budgetSetting(items[0])
      message = {...message, result: items}
    }
    this.send(inner, message)
  }

  // ---------------------------------------------------------------------------------------
  // Documents

  private open(params: DidOpenParams): void {
    const {uri, languageId, version, text} = params.textDocument
    const previous = this.documents.get(uri)
    if (previous?.timer) clearTimeout(previous.timer)
    const state: DocumentState = {
      document: TextDocument.create(uri, languageId, version, text),
      linted: isLinted(uri, languageId),
      pending: false,
      lastLint: 0,
      published: []
    }
    this.documents.set(uri, state)
    if (!state.linted) return
    state.inFlight = {version, since: Date.now()}
    const added = this.folders?.add(uri)
    if (added && this.initializeParams) {
      const known = Array.isArray(this.initializeParams.workspaceFolders) ? this.initializeParams.workspaceFolders : []
      this.initializeParams.workspaceFolders = [...known, {uri: added.uri, name: added.name}]
      this.toInner(
        notification('workspace/didChangeWorkspaceFolders', {
          event: {added: [{uri: added.uri, name: added.name}], removed: []}
        })
      )
      if (added.kind === 'alone') {
        this.toClient(
          notification('window/logMessage', {
            type: 3,
            message:
              serverName +
              ': ' +
              uri +
              ' has no workspace folder, package.json or .git above it: linting it from its own folder (a config there or above still applies)'
          })
        )
      }
    }
    this.toInner(notification('textDocument/didOpen', params))
  }

  private change(params: DidChangeParams): void {
    const state = this.documents.get(params.textDocument.uri)
    if (!state) return
    state.document = TextDocument.update(state.document, params.contentChanges, params.textDocument.version)
    if (!state.linted || state.quarantined) return
    if (state.inFlight) {
      const waited = Date.now() - state.inFlight.since
      const limit = this.staleAfter(state)
      if (waited < limit) {
        state.pending = true
        if (!state.timer) {
          state.timer = setTimeout(() => {
            state.timer = undefined
            if (state.pending && this.documents.get(state.document.uri) === state) this.forwardChange(state)
          }, limit - waited)
          state.timer.unref?.()
        }
        return
      }
    }
    this.forwardChange(state)
  }

  /** Take `maxLintMs` from settings (a number of ms; `0` or `false`: no budget; missing: the
   * default) and pass it on to the worker before the lints it governs. */
  private budgetSetting(settings: Record<string, unknown>): void {
    const raw = settings.maxLintMs
    let value: number | false | undefined
    if (raw === undefined || raw === null) value = undefined
    else if (raw === false || raw === 0) value = false
    else if (typeof raw === 'number' && Number.isFinite(raw) && raw > 0) value = raw
    else {
      this.log(
        'ignoring the setting `maxLintMs`: expected a number of milliseconds (0 for no budget), not ' +
          JSON.stringify(raw)
      )
      return
    }
    if (value === this.maxLintMs) return
    this.maxLintMs = value
    const inner = this.inner
    if (inner && !inner.dead) {
      const message: WorkerSetting = {type: 'maxLintMs', value}
      inner.worker.postMessage(message)
    }
  }

  private staleAfter(state: DocumentState): number {
    return Math.max(this.options.staleAfter ?? 2000, 3 * state.lastLint)
  }

  /** Send the worker the document's full current text. */
  private forwardChange(state: DocumentState): void {
    if (state.timer) clearTimeout(state.timer)
    state.timer = undefined
    state.pending = false
    const {uri, version} = state.document
    state.inFlight = {version, since: Date.now()}
    this.toInner(
      notification('textDocument/didChange', {
        textDocument: {uri, version},
        contentChanges: [{text: state.document.getText()}]
      })
    )
  }

  /** Before a message about `uri` goes to the worker, give it the latest text. */
  private flush(uri: string | undefined): void {
    const state = uri ? this.documents.get(uri) : undefined
    if (state?.pending) this.forwardChange(state)
  }

  private close(uri: string | undefined): void {
    const state = uri ? this.documents.get(uri) : undefined
    if (!uri || !state) return
    if (state.timer) clearTimeout(state.timer)
    this.documents.delete(uri)
    if (state.quarantined) {
      this.toClient(notification('textDocument/publishDiagnostics', {uri, diagnostics: []}))
    } else if (state.linted) {
      this.toInner(notification('textDocument/didClose', {textDocument: {uri}}))
    }
  }

  private codeActions(params: CodeActionParams | undefined): CodeAction[] {
    const uri = documentUri(params)
    const state = uri ? this.documents.get(uri) : undefined
    if (!state || !params || !isObject(params.context)) return []
    return quickFixes(state.document, params.context.diagnostics ?? [], state.published, params.context.only)
  }

  // ---------------------------------------------------------------------------------------
  // Worker → editor

  private fromInner(inner: Inner, message: Message): void {
    if (inner !== this.inner || inner.dead || this.exiting) return
    try {
      this.innerMessage(inner, message)
    } catch (error) {
      this.log('cannot handle a message from the worker: ' + (error instanceof Error ? error.message : String(error)))
    }
  }

  private innerMessage(inner: Inner, message: Message): void {
    if (Message.isResponse(message)) {
      if (message.id !== null && this.swallow.delete(message.id)) return
      const method = message.id === null ? undefined : this.forwarded.get(message.id)
      if (message.id !== null) this.forwarded.delete(message.id)
      if (method === 'initialize' && isObject(message.result)) {
        this.toClient({...message, result: this.initializeResult(message.result)} as ResponseMessage)
      } else this.toClient(message)
    } else if (Message.isRequest(message)) {
      inner.requests.set(message.id, message.method)
      this.toClient(message)
    } else if (Message.isNotification(message)) {
      if (message.method === 'textDocument/publishDiagnostics')
        this.diagnostics(message.params as unknown as PublishDiagnosticsParams)
      else this.toClient(message)
    }
  }

  private initializeResult(result: Record<string, unknown>): Record<string, unknown> {
    const capabilities = {...(isObject(result.capabilities) ? result.capabilities : {})}
    // The mirror here applies incremental changes; the worker still gets full texts.
    capabilities.textDocumentSync = {openClose: true, change: 2}
    // Linting never rewrites a document: unified-language-server's formatter would only lint.
    delete capabilities.documentFormattingProvider
    // Quick fixes come complete with their edit: nothing to resolve.
    capabilities.codeActionProvider = {codeActionKinds: ['quickfix'], resolveProvider: false}
    return {...result, capabilities, serverInfo: {name: serverName, version: this.options.version}}
  }

  private diagnostics(params: PublishDiagnosticsParams): void {
    const state = this.documents.get(params.uri)
    if (!state) {
      // Closed (or never opened): only clearing gets through, never a late result.
      if (params.diagnostics.length === 0) this.toClient(notification('textDocument/publishDiagnostics', params))
      return
    }
    if (!state.linted || state.quarantined) return
    const version = typeof params.version === 'number' ? params.version : undefined
    if (state.inFlight && (version === undefined || version >= state.inFlight.version)) {
      state.lastLint = Date.now() - state.inFlight.since
      state.inFlight = undefined
    }
    if (version === undefined || version === state.document.version) {
      const diagnostics = params.diagnostics.map((diagnostic) => withActual(state.document, diagnostic))
      state.published = diagnostics
      this.toClient(notification('textDocument/publishDiagnostics', {...params, diagnostics}))
    }
    if (!state.inFlight && state.pending) this.forwardChange(state)
  }

  private fromWorker(inner: Inner, report: WorkerReport | RecordsReport): void {
    if (inner !== this.inner) return
    if (report?.type === 'records') this.recordsArrived(report.path)
    else if (report?.type === 'config') this.configReport(report.report)
  }

  /** Linked records a lint looked up have arrived: lint the document again (its text is
   * unchanged), which publishes diagnostics that include the checks against them. */
  private recordsArrived(file: string): void {
    const state = this.documents.get(pathToFileURL(file).href)
    if (!state || !state.linted || state.quarantined) return
    if (state.inFlight) state.pending = true
    else this.forwardChange(state)
  }

  private configReport(report: ConfigReport): void {
    const uri = pathToFileURL(report.path).href
    if (!report.problem) {
      if (this.configProblems.has(uri)) this.clearConfigProblem(uri)
      return
    }
    const key = JSON.stringify(report.problem)
    if (this.configProblems.get(uri) === key) return
    this.configProblems.set(uri, key)
    const diagnostic: Diagnostic = {
      range: report.problem.range,
      message: report.problem.reason,
      severity: 1,
      code: 'config',
      source: serverSource
    }
    this.toClient(notification('textDocument/publishDiagnostics', {uri, diagnostics: [diagnostic]}))
  }

  private clearConfigProblem(uri: string): void {
    this.configProblems.delete(uri)
    this.toClient(notification('textDocument/publishDiagnostics', {uri, diagnostics: []}))
  }

  // ---------------------------------------------------------------------------------------
  // The worker

  private spawn(): Inner {
    const worker = new Worker(this.options.workerUrl, {
      argv: ['--stdio', ...(this.options.workerArgv ?? [])],
      stdin: true,
      stdout: true,
      stderr: false,
      workerData: {maxLintMs: this.maxLintMs}
    })
    const stdin = worker.stdin
    if (!stdin) throw new Error('The language server worker has no standard input')
    const inner: Inner = {
      worker,
      reader: new StreamMessageReader(worker.stdout),
      writer: new StreamMessageWriter(stdin),
      requests: new Map(),
      dead: false
    }
    inner.reader.listen((message) => this.fromInner(inner, message))
    inner.reader.onError((error) => this.log('cannot read a message from the worker: ' + error.message))
    inner.writer.onError(([error]) => this.log('cannot write to the worker: ' + error.message))
    worker.on('message', (report: WorkerReport | RecordsReport) => this.fromWorker(inner, report))
    worker.on('error', (error) => {
      inner.error = error.message
    })
    worker.on('exit', (code) => this.workerExit(inner, code))
    return inner
  }

  private workerExit(inner: Inner, code: number): void {
    if (inner.dead) return
    inner.dead = true
    if (this.exiting || inner !== this.inner) return
    const reason = inner.error ?? 'it exited with code ' + code
    this.log('the linter stopped: ' + reason)

    // Requests it will never answer.
    for (const id of this.forwarded.keys()) {
      this.toClient({
        jsonrpc: '2.0',
        id,
        error: {code: ErrorCodes.InternalError, message: serverName + ': the linter stopped (' + reason + ')'}
      } as ResponseMessage)
    }
    this.forwarded.clear()
    this.swallow.clear()

    // The documents it was linting are the likely cause: leave them alone until reopened.
    for (const state of this.documents.values()) {
      if (!state.inFlight || state.quarantined) continue
      state.quarantined = reason
      state.inFlight = undefined
      state.pending = false
      const start = {line: 0, character: 0}
      const diagnostic: Diagnostic = {
        range: {start, end: start},
        message:
          'The linter stopped while linting this document (' +
          reason +
          '); it is not linted again until it is closed and reopened',
        severity: 1,
        code: 'crash',
        source: serverSource
      }
      state.published = []
      this.toClient(
        notification('textDocument/publishDiagnostics', {
          uri: state.document.uri,
          version: state.document.version,
          diagnostics: [diagnostic]
        })
      )
    }

    const now = Date.now()
    while (this.restarts.length > 0 && now - this.restarts[0] > restartWindow) this.restarts.shift()
    if (this.restarts.length >= restartLimit || !this.initializeParams) {
      this.inner = undefined
      this.toClient(
        notification('window/showMessage', {
          type: 1,
          message:
            serverName + ': the linter stopped (' + reason + ') and is not restarted; restart the language server'
        })
      )
      return
    }
    this.restarts.push(now)
    this.toClient(
      notification('window/logMessage', {
        type: 2,
        message: serverName + ': the linter stopped (' + reason + '); restarting it'
      })
    )
    this.restart()
  }

  private restart(): void {
    const inner = this.spawn()
    this.inner = inner
    const id = serverName + '-restart-' + ++this.restartId
    this.swallow.add(id)
    this.send(inner, {jsonrpc: '2.0', id, method: 'initialize', params: this.initializeParams} as RequestMessage)
    if (!this.initialized) return
    this.send(inner, notification('initialized', {}))
    if (this.lastConfiguration)
      this.send(inner, notification('workspace/didChangeConfiguration', this.lastConfiguration))
    else if (!this.configurationCapability && Object.keys(this.defaults).length > 0) {
      this.send(inner, notification('workspace/didChangeConfiguration', {settings: {...this.defaults}}))
    }
    for (const state of this.documents.values()) {
      if (!state.linted || state.quarantined) continue
      const {uri, languageId, version} = state.document
      state.pending = false
      state.inFlight = {version, since: Date.now()}
      this.send(
        inner,
        notification('textDocument/didOpen', {textDocument: {uri, languageId, version, text: state.document.getText()}})
      )
    }
  }

  // ---------------------------------------------------------------------------------------
  // Plumbing

  private toInner(message: Message): void {
    const inner = this.inner
    if (!inner || inner.dead) {
      if (Message.isRequest(message)) {
        this.toClient({
          jsonrpc: '2.0',
          id: message.id,
          error: {code: ErrorCodes.InternalError, message: serverName + ': the linter is not running'}
        } as ResponseMessage)
      }
      return
    }
    if (Message.isRequest(message)) this.forwarded.set(message.id, message.method)
    this.send(inner, message)
  }

  private send(inner: Inner, message: Message): void {
    inner.writer.write(message).catch(() => {
      // Reported through `onError`; the worker's exit is handled on its own.
    })
  }

  private toClient(message: Message): void {
    this.clientWriter.write(message).catch(() => {
      // Reported through `onError`.
    })
  }

  private respond(id: Id, result: unknown): void {
    this.toClient({jsonrpc: '2.0', id, result} as ResponseMessage)
  }

  private log(text: string): void {
    this.options.log?.(serverName + ': ' + text)
  }

  /** End the server now, with `code`, whatever is running. */
  private end(code: number): void {
    if (this.exiting) return
    this.exiting = true
    for (const state of this.documents.values()) if (state.timer) clearTimeout(state.timer)
    const inner = this.inner
    this.inner = undefined
    if (inner && !inner.dead) {
      inner.dead = true
      void inner.worker.terminate()
    }
    this.options.onExit(code)
  }
}

function notification(method: string, params: unknown): NotificationMessage {
  return {jsonrpc: '2.0', method, params} as NotificationMessage
}

function documentUri(params: unknown): string | undefined {
  if (!isObject(params) || !isObject(params.textDocument)) return undefined
  return typeof params.textDocument.uri === 'string' ? params.textDocument.uri : undefined
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Record the flagged words with a fixable diagnostic, so a quick fix asked for after they
 * changed is not offered (it would replace whatever now stands there). */
function withActual(document: TextDocument, diagnostic: Diagnostic): Diagnostic {
  const data = diagnostic.data
  if (!isObject(data) || !Array.isArray(data.expected)) return diagnostic
  return {...diagnostic, data: {...data, actual: document.getText(diagnostic.range)}}
}
