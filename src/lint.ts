/**
 * `retext-evidence/lint`: lint one document, or several named fields of one entry, and get a
 * verdict — for serverless functions, CMS plugins and the publish hook.
 *
 *     import {lint} from 'retext-evidence/lint'
 *
 *     const result = await lint({content: 'Magnesium reduces anxiety.', format: 'text'}, {failOn: 'warning'})
 *     result.pass // false
 *     result.messages[0].ruleId // 'unhedged-claim'
 *
 * Input: a string (plain text, never a path), `{content, format}` (format `'text'`,
 * `'markdown'` or `'html'`; default `'text'`, or
 * the format of `path` when one is given as a name), `{path}` (the file is read, its format
 * taken from its extension), or `{fields: {title: {content, format}, body: {...}}}`, each
 * field linted on its own and named in its messages.
 *
 * Config: `options.rules` (the preset's options, as a config's `rules`), or else the config
 * the CLI would use (`.evidencerc*` or `"evidence"` in `package.json`, searched from the input
 * file's folder or `options.cwd`), or the file named by `options.config` (`false`: none).
 *
 * Verdict by `options.failOn`: `'error'` (default) fails on any error, `'warning'` on any
 * error or warning, `'never'` always passes.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Options, ResolveDefaults} from './index.js'
import {formatOf, type Format} from './processor.js'
import {checkMaxLintMs} from './processor/budget.js'
import {clearProcessorCache, ConfigError, resolveProcessor} from './lint/resolve.js'

export type {Format} from './processor.js'
export type {Options as RuleOptions} from './index.js'
export {ConfigError, clearProcessorCache}
/** Flatten structured rich text (Contentful rich text, Sanity Portable Text, Strapi blocks) to
 * paragraphs of plain text, as the publish hook does for such fields. */
export {flattenRichText} from './text/rich-text.js'

/** When the verdict fails: on any error (default), on any error or warning, or never. */
export type FailOn = 'error' | 'warning' | 'never'

/** How serious a message is: rules set to `error` (or `2`) give errors, others warnings. */
export type MessageSeverity = 'error' | 'warning'

/** A document given as its text. `path`, when given, only names it: it picks the format when
 * `format` is missing, and the folder where a config is searched for. */
export interface ContentInput {
  content: string
  format?: Format | null | undefined
  path?: string | null | undefined
}

/** A document read from disk; its format comes from its extension unless `format` is given. */
export interface PathInput {
  path: string
  format?: Format | null | undefined
  content?: undefined
}

/** One field of an entry: a document, or a string of plain text. */
export type FieldInput = ContentInput | PathInput | string

/** Several named fields of one entry (`title`, `body`, ...), each linted on its own. */
export interface FieldsInput {
  fields: Record<string, FieldInput>
}

/** What `lint()` takes: a document (`{content, format}`), a file (`{path}`), named fields, or a
 * string of plain text (never a path: a one-word string ending in `.md`, `.html`, `.txt`... is
 * refused with a `LintInputError` that says to pass `{path}`). */
export type LintInput = ContentInput | PathInput | FieldsInput | string

export interface LintOptions {
  /** When the verdict fails (default `'error'`). */
  failOn?: FailOn | null | undefined
  /** Preset options, keyed by rule id (as a config's `rules`): when given, no config file is read. */
  rules?: Options | null | undefined
  /** A config file to use instead of searching for one (relative to `cwd`), or `false` for none. */
  config?: string | false | null | undefined
  /** Folder that relative paths and the config search start from (default `process.cwd()`). */
  cwd?: string | null | undefined
  /** Largest document linted, in bytes (default: the config's `maxSize`, else 5 MiB); a larger
   * one gets one error (`too-large`) instead of findings. */
  maxSize?: number | null | undefined
  /** Linked records (see mismatched-attribution's `resolve`): `{resolve: true}` turns the
   * look-ups on, `budget` (ms) bounds how long a lint waits for them before going on without;
   * also `offline`, `cacheDir`, `verbose`. Off unless the config or this says so. */
  resolve?: ResolveDefaults | null | undefined
  /** Time budget of one document (each field on its own), in ms, for its parse and its rules:
   * a document that takes longer is stopped and gets one error (`too-complex`) instead of
   * findings, and `lint()` returns at once (default: the config's `maxLintMs`, else 10 s plus
   * 10 s per MiB of text; `false` or `0`: no budget). */
  maxLintMs?: number | false | null | undefined
}

/** One finding. Positions are 1-based lines and columns and 0-based offsets (UTF-16 code units)
 * into the field's own text; `null` when the message has no place. */
export interface LintMessage {
  ruleId: string | null
  /** What made it: `retext-evidence` for the rules, `evidence-lint` for input problems (too
   * large, binary, not UTF-8), `unified-message-control` for bad ignore comments. */
  source: string | null
  reason: string
  severity: MessageSeverity
  line: number | null
  column: number | null
  offset: number | null
  endLine: number | null
  endColumn: number | null
  endOffset: number | null
  /** The words flagged, and suggested replacements for them (the first is preferred). */
  actual: string | null
  expected: string[] | null
  /** Documentation of the rule. */
  url: string | null
  /** The field it came from (`null` for a single document). */
  field: string | null
}

export interface LintSummary {
  errors: number
  warnings: number
}

export interface LintResult {
  /** The verdict under `failOn`: publish (`true`) or hold (`false`). */
  pass: boolean
  summary: LintSummary
  messages: LintMessage[]
}

/** Bad input or options: the message says what is wrong. */
export class LintInputError extends TypeError {
  override name = 'LintInputError'
}

const formats: ReadonlySet<string> = new Set<Format>(['text', 'markdown', 'html'])
const policies: ReadonlySet<string> = new Set<FailOn>(['error', 'warning', 'never'])

/** Lint a document or the fields of an entry and give the verdict. */
export async function lint(input: LintInput, options: LintOptions = {}): Promise<LintResult> {
  if (options === null || typeof options !== 'object') throw new LintInputError('lint(): options must be an object')
  const failOn = options.failOn ?? 'error'
  if (!policies.has(failOn))
    throw new LintInputError('lint(): `failOn` must be "error", "warning" or "never", not ' + show(failOn))
  const cwd = path.resolve(options.cwd ?? process.cwd())
  if (
    options.maxSize !== undefined &&
    options.maxSize !== null &&
    !(typeof options.maxSize === 'number' && options.maxSize > 0)
  ) {
    throw new LintInputError('lint(): `maxSize` must be a positive number of bytes, not ' + show(options.maxSize))
  }

  if (!checkMaxLintMs(options.maxLintMs)) {
    throw new LintInputError(
      'lint(): `maxLintMs` must be a number of milliseconds (or `false` for no budget), not ' + show(options.maxLintMs)
    )
  }

  const documents = normalise(input)
  const messages: LintMessage[] = []
  for (const document of documents) {
    messages.push(...(await lintDocument(document, options, cwd)))
  }
  return verdict(messages, failOn)
}

/** The verdict over a list of messages. */
export function verdict(messages: LintMessage[], failOn: FailOn = 'error'): LintResult {
  let errors = 0
  let warnings = 0
  for (const message of messages) {
    if (message.severity === 'error') errors++
    else warnings++
  }
  const pass = failOn === 'never' ? true : failOn === 'warning' ? errors + warnings === 0 : errors === 0
  return {pass, summary: {errors, warnings}, messages}
}

interface Document {
  field: string | null
  content: string | undefined
  path: string | undefined
  format: Format | undefined
}

/** Extensions of files `evidence-lint` reads: a one-word string ending in one is taken for a
 * mistaken path rather than linted as text. */
const fileExtensions: ReadonlySet<string> = new Set(['.md', '.markdown', '.mdx', '.html', '.htm', '.txt'])

function normalise(input: LintInput): Document[] {
  if (typeof input === 'string') {
    // A string is text. `lint('post.md')` would lint the two words "post.md" and pass: say so.
    if (!/\s/.test(input) && fileExtensions.has(path.extname(input).toLowerCase())) {
      throw new LintInputError(
        'lint(): a string is linted as text, and ' +
          show(input) +
          ' looks like a file name: give {path: ' +
          show(input) +
          '} to lint the file, or {content: ' +
          show(input) +
          '} to lint it as text'
      )
    }
    return [{field: null, content: input, path: undefined, format: 'text'}]
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new LintInputError('lint(): input must be {content, format}, {path} or {fields: {...}}, not ' + show(input))
  }
  if ('fields' in input && input.fields !== undefined) {
    const fields = input.fields
    if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) {
      throw new LintInputError(
        'lint(): `fields` must be an object of named fields such as {"title": {"content": "...", "format": "text"}}, not ' +
          show(fields)
      )
    }
    const names = Object.keys(fields)
    if (names.length === 0) throw new LintInputError('lint(): `fields` is empty: give at least one field')
    return names.map((name) => document(fields[name], name))
  }
  return [document(input as FieldInput, null)]
}

function document(value: FieldInput, field: string | null): Document {
  const where = field === null ? 'input' : 'field `' + field + '`'
  if (typeof value === 'string') return {field, content: value, path: undefined, format: 'text'}
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new LintInputError('lint(): ' + where + ' must be {content, format}, {path} or a string, not ' + show(value))
  }
  const {content, format} = value
  const filePath = value.path
  if (content !== undefined && content !== null && typeof content !== 'string') {
    throw new LintInputError('lint(): `content` of ' + where + ' must be a string, not ' + show(content))
  }
  if (filePath !== undefined && filePath !== null && (typeof filePath !== 'string' || filePath === '')) {
    throw new LintInputError('lint(): `path` of ' + where + ' must be a non-empty string, not ' + show(filePath))
  }
  if ((content === undefined || content === null) && !filePath) {
    throw new LintInputError('lint(): ' + where + ' needs `content` (a string) or `path` (a file to read)')
  }
  if (format !== undefined && format !== null && !formats.has(format)) {
    throw new LintInputError(
      'lint(): `format` of ' + where + ' must be "text", "markdown" or "html", not ' + show(format)
    )
  }
  return {field, content: content ?? undefined, path: filePath ?? undefined, format: format ?? undefined}
}

async function lintDocument(document: Document, options: LintOptions, cwd: string): Promise<LintMessage[]> {
  const format = document.format ?? formatOf(document.path)
  const filePath = document.path === undefined ? undefined : path.resolve(cwd, document.path)
  let value = document.content
  if (value === undefined) {
    try {
      value = await fs.readFile(filePath as string, 'utf8')
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (code ?? String(error))
      throw new LintInputError('lint(): cannot read `' + document.path + '`: ' + why)
    }
  }

  const processor = await resolveProcessor(format, {
    rules: options.rules,
    config: options.config,
    maxSize: options.maxSize,
    maxLintMs: options.maxLintMs,
    cwd: filePath ? path.dirname(filePath) : cwd
  })
  const file = new VFile({value, cwd, ...(filePath ? {path: filePath} : {})})
  if (options.resolve) file.data.evidenceResolve = options.resolve
  await processor.process(file)
  return file.messages
    .map((message) => toMessage(message, document.field))
    .sort(
      (a, b) =>
        (a.offset ?? -1) - (b.offset ?? -1) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
    )
}

/** A vfile message as plain JSON. */
export function toMessage(message: VFileMessage, field: string | null = null): LintMessage {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : undefined
  const expected = Array.isArray(message.expected) ? message.expected.map(String) : null
  return {
    ruleId: message.ruleId ?? null,
    source: message.source ?? null,
    reason: message.reason,
    severity: message.fatal === true ? 'error' : 'warning',
    line: start?.line ?? null,
    column: start?.column ?? null,
    offset: start?.offset ?? null,
    endLine: end?.line ?? null,
    endColumn: end?.column ?? null,
    endOffset: end?.offset ?? null,
    actual: typeof message.actual === 'string' ? message.actual : null,
    expected,
    url: message.url ?? null,
    field
  }
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing'
  try {
    const text = JSON.stringify(value) ?? String(value)
    return text.length > 60 ? text.slice(0, 57) + '...' : text
  } catch {
    return String(value)
  }
}

export default lint
