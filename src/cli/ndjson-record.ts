/**
 * Records of `evidence-lint --ndjson`: one JSON object a line, `{"id", "format", "content"}` or
 * `{"id", "path"}`, checked here before a worker lints them. A bad record becomes a result line
 * with `"error"` (and `"pass": false`) instead of stopping the run.
 */
import type {FailOn} from '../lint.js'
import type {Format} from '../processor.js'

/** What the workers are given once. */
export interface NdjsonSettings {
  cwd: string
  failOn: FailOn
  maxSize: number
  /** A config file (`--rc-path`), `false` for none (`--no-config`), or search (undefined). */
  config?: string | false | undefined
}

/** An id as given (a string or a number), or `null` when the record has none. */
export type RecordId = string | number | null

export interface NdjsonRecord {
  id: RecordId
  format?: Format | undefined
  content?: string | undefined
  path?: string | undefined
}

export interface WorkerRequest {
  seq: number
  record: NdjsonRecord
}

export interface WorkerReply {
  seq: number
  line: string
  failed: boolean
}

const formats: ReadonlySet<string> = new Set<Format>(['text', 'markdown', 'html'])

/** The result line of a record that could not be linted. */
export function recordError(id: RecordId, error: string): {line: string; failed: true} {
  return {line: JSON.stringify({id, pass: false, error}), failed: true}
}

/** A line of input as a record, or the error line it gives. */
export function parseRecord(
  text: string,
  lineNumber: number,
  maxSize: number
): {record: NdjsonRecord} | {line: string; failed: true} {
  const where = 'line ' + lineNumber + ': '
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return recordError(null, where + 'not JSON (' + (error instanceof Error ? error.message : String(error)) + ')')
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return recordError(
      null,
      where + 'a record must be a JSON object such as {"id": "a1", "format": "markdown", "content": "..."}'
    )
  }
  const object = value as Record<string, unknown>
  const rawId = object.id
  const id: RecordId = typeof rawId === 'string' || typeof rawId === 'number' ? rawId : null
  if (rawId !== undefined && rawId !== null && id === null)
    return recordError(null, where + '`id` must be a string or a number')
  const {content, format} = object
  const filePath = object.path
  if (format !== undefined && format !== null && !(typeof format === 'string' && formats.has(format))) {
    return recordError(id, where + 'unknown format ' + JSON.stringify(format) + ': use "text", "markdown" or "html"')
  }
  if (content !== undefined && content !== null && typeof content !== 'string')
    return recordError(id, where + '`content` must be a string')
  if (filePath !== undefined && filePath !== null && (typeof filePath !== 'string' || filePath === '')) {
    return recordError(id, where + '`path` must be a non-empty string')
  }
  if (typeof content !== 'string' && typeof filePath !== 'string') {
    return recordError(id, where + 'missing `content` (the text to lint) or `path` (a file to read)')
  }
  if (typeof content === 'string') {
    const bytes = Buffer.byteLength(content, 'utf8')
    if (bytes > maxSize)
      return recordError(
        id,
        where + 'too large: `content` is ' + bytes + ' bytes, above the limit of ' + maxSize + ' (--max-size)'
      )
  }
  const record: NdjsonRecord = {id}
  if (typeof format === 'string') record.format = format as Format
  if (typeof content === 'string') record.content = content
  if (typeof filePath === 'string') record.path = filePath
  return {record}
}
