/**
 * CMS payloads as they come: the hook is told which fields to lint by JSON pointers
 * (RFC 6901), each optionally prefixed with a format:
 *
 *     /post/content                 WordPress (HTML, detected)
 *     markdown:/fields/body/en-US   Contentful long text (Markdown)
 *     /body                         Sanity Portable Text (structured, flattened)
 *     /entry/content                Strapi rich text (Markdown or blocks)
 *
 * A string field is linted as the format given, or, with none (`auto`), as HTML when it holds
 * HTML tags and as Markdown otherwise. A structured rich-text value (Contentful rich text,
 * Sanity Portable Text, Strapi blocks: trees of nodes with `content` or `children` lists and
 * `text` or `value` strings) is flattened to plain text, one paragraph per block, and linted
 * as text: positions then point into that flattened text.
 */
import type {Format} from '../processor.js'
import {flattenRichText} from '../text/rich-text.js'

export type FieldFormat = Format | 'auto'

/** One field to pick from a payload. */
export interface FieldSpec {
  /** The pointer as given (`/fields/body/en-US`): it names the field in messages. */
  pointer: string
  /** Its reference tokens, unescaped. */
  tokens: string[]
  format: FieldFormat
}

const fieldFormats: ReadonlySet<string> = new Set(['auto', 'text', 'markdown', 'html'])

/** Parse `[format:]pointer`. Throws with a clear message on a bad spec. */
export function parseFieldSpec(spec: string): FieldSpec {
  const trimmed = spec.trim()
  const slash = trimmed.indexOf('/')
  const prefix = slash === -1 ? trimmed : trimmed.slice(0, slash)
  let format: FieldFormat = 'auto'
  const pointer = slash === -1 ? '' : trimmed.slice(slash)
  if (prefix !== '') {
    const name = prefix.endsWith(':') ? prefix.slice(0, -1) : undefined
    if (name === undefined || !fieldFormats.has(name)) {
      throw new Error(
        'invalid field `' +
          spec +
          '`: expected a JSON pointer such as /post/content, optionally after a format (text:, markdown:, html:, auto:)'
      )
    }
    format = name as FieldFormat
  }
  if (pointer === '' && slash === -1) {
    throw new Error('invalid field `' + spec + '`: expected a JSON pointer such as /post/content')
  }
  return {pointer, tokens: parsePointer(pointer), format}
}

/** The reference tokens of a JSON pointer (`~1` is `/`, `~0` is `~`). */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return []
  if (!pointer.startsWith('/')) throw new Error('invalid JSON pointer `' + pointer + '`: it must start with `/`')
  return pointer
    .slice(1)
    .split('/')
    .map((token) => {
      if (/~[^01]|~$/.test(token))
        throw new Error('invalid JSON pointer `' + pointer + '`: `~` must be followed by 0 or 1')
      return token.replace(/~1/g, '/').replace(/~0/g, '~')
    })
}

/** The value at `tokens` in `document`, or `undefined`. Only own properties are read. */
export function resolvePointer(document: unknown, tokens: readonly string[]): unknown {
  let current: unknown = document
  for (const token of tokens) {
    if (Array.isArray(current)) {
      if (!/^(?:0|[1-9]\d*)$/.test(token)) return undefined
      current = current[Number(token)]
    } else if (current !== null && typeof current === 'object') {
      if (!Object.prototype.hasOwnProperty.call(current, token)) return undefined
      current = (current as Record<string, unknown>)[token]
    } else return undefined
  }
  return current
}

const htmlTag = /<(?:[a-z][a-z\d-]*(?:\s[^<>]*)?\/?|\/[a-z][a-z\d-]*\s*)>/i

/** Whether a string looks like HTML (it holds a tag or an HTML comment). */
export function looksLikeHtml(value: string): boolean {
  return htmlTag.test(value) || hasComment(value)
}

/** Whether `value` holds `<!--` ... `-->` (found with `indexOf`: `<!--[\s\S]*?-->` rescans the
 * rest of the text from every unclosed `<!--`). Only the first opener matters: if no `-->`
 * follows it, none follows a later one. */
function hasComment(value: string): boolean {
  const open = value.indexOf('<!--')
  return open !== -1 && value.indexOf('-->', open + 4) !== -1
}

/** A field ready to lint, or why it cannot be. */
export type PickedField = {content: string; format: Format} | {problem: string}

/** Turn the value found at a pointer into a document to lint. */
export function pickField(value: unknown, format: FieldFormat): PickedField | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'string') {
    return {content: value, format: format === 'auto' ? (looksLikeHtml(value) ? 'html' : 'markdown') : format}
  }
  if (typeof value === 'object') {
    const paragraphs = flattenRichText(value)
    if (paragraphs === undefined)
      return {problem: 'it is an object without rich text (no `content` or `children` with `text` or `value`)'}
    return {content: paragraphs.join('\n\n'), format: 'text'}
  }
  return {problem: 'it is a ' + typeof value + ', not text'}
}
