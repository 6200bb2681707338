/**
 * Config files in the language server: the same discovery and format as `evidence-lint`.
 *
 * unified-language-server runs unified-engine with `rcName` (`.evidencerc*`), `packageField`
 * (`evidence`) and `ignoreName` (`.evidenceignore`), but has no option for a `configTransform`,
 * without which the engine would read `.evidencerc` as a bare `{plugins, settings}` preset and
 * silently drop `rules` and `maxSize`. So, in the language server's worker thread only,
 * `Configuration#create` is wrapped: it applies the CLI's transform, and turns a config that
 * cannot be read (bad JSON or YAML, an unknown rule, a bad severity) into:
 *
 * - a plugin that fails each document it governs with one clear message naming the config and
 *   the problem (instead of a stack trace, and instead of linting with the defaults as if the
 *   config did not exist);
 * - a report to the main thread, which shows it as a diagnostic on the config file itself,
 *   cleared once the config reads again.
 *
 * Files whose config does not set `maxSize` (or that have no config) get the editor's limit,
 * and those whose config does not set `maxLintMs` the editor's setting `maxLintMs` (when
 * given), as a fresh options object each time (see `processor.ts` for why not on the
 * processor).
 */
import path from 'node:path'
import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import {Configuration} from 'unified-engine'
import {configTransformIn} from '../config/index.js'
import {evidenceParse} from '../processor.js'

/** A zero-based LSP range. */
export interface Range {
  start: {line: number; character: number}
  end: {line: number; character: number}
}

/** What became of reading one config file. */
export interface ConfigReport {
  /** Absolute path of the config file. */
  path: string
  /** Set when the config cannot be used. */
  problem?: {reason: string; range: Range} | undefined
}

/** The `source` of messages the language server adds itself. */
export const serverSource = 'evidence-language-server'

type Create = (
  this: Configuration,
  buf: Buffer | undefined,
  filePath: string | undefined
) => ReturnType<Configuration['create']>

const installed = Symbol.for('evidence-language-server.configTransform')

/**
 * Make every unified-engine `Configuration` in this thread read configs as `evidence-lint`
 * does, and report each config file it reads (or fails to read) to `report`.
 */
export function installConfigTransform(
  report: (result: ConfigReport) => void,
  maxSize: number,
  maxLintMs: () => number | false | undefined = () => undefined
): void {
  const proto = Configuration.prototype as unknown as {create: Create; [installed]?: boolean}
  if (proto[installed]) return
  proto[installed] = true
  const create = proto.create

  proto.create = async function (this: Configuration, buf, filePath) {
    if (!this.configTransform) {
      const transform = configTransformIn(this.cwd)
      this.configTransform = transform as unknown as NonNullable<Configuration['configTransform']>
    }
    try {
      const result = await create.call(this, buf, filePath)
      if (filePath && result?.filePath) report({path: filePath})
      if (result) {
        // First, so that a config's own `maxSize` and `maxLintMs` win (unified merges them in).
        const budget = maxLintMs()
        result.plugins.unshift([
          evidenceParse as never,
          {maxSize, ...(budget === undefined ? {} : {maxLintMs: budget})}
        ])
      }
      return result
    } catch (error) {
      if (!filePath || !buf) throw error
      const problem = describeProblem(error, String(buf), filePath, this.cwd)
      report({path: filePath, problem})
      return {filePath, plugins: [[configProblem as never, {reason: problem.reason}]], settings: {}}
    }
  }
}

/** A plugin standing in for a config that cannot be read: each file it governs gets one fatal
 * message, and is not linted (the lint skips files with a fatal message). */
export function configProblem(this: Processor, options: {reason: string}): undefined {
  this.parser = function (_doc: string, file): Root {
    const message = file.message(options.reason, {ruleId: 'config', source: serverSource})
    message.fatal = true
    return {type: 'RootNode', children: []}
  }
  return undefined
}

/** A one-line reason and the place in the config file for an error reading it. */
export function describeProblem(
  error: unknown,
  text: string,
  filePath: string,
  cwd: string
): {reason: string; range: Range} {
  const name = path.relative(cwd, filePath) || filePath
  const messages = causes(error)
  const own = messages.find((message) => message.startsWith('Invalid config '))
  if (own) return {reason: own, range: locateNamed(own, text, name)}

  // Bad JSON (parse-json): "... in JSON at position 48 while parsing ...", then a code frame.
  const json = messages.find(
    (message) => / in JSON at position \d+/.test(message) || /^Unexpected end of JSON/.test(message)
  )
  if (json) {
    const offset = Number(/ at position (\d+)/.exec(json)?.[1] ?? text.length)
    const point = pointAt(text, Math.min(offset, text.length))
    const what = json
      .split('\n')[0]
      .replace(/ while parsing[\s\S]*$/, '')
      .replace(/ in \S+\s*$/, '')
      .trim()
    return {
      reason:
        'Invalid config `' +
        name +
        '`: ' +
        what +
        ' (line ' +
        (point.line + 1) +
        ', column ' +
        (point.character + 1) +
        ')',
      range: {start: point, end: point}
    }
  }

  // Bad YAML: "... at line 3, column 2:" then a frame.
  const yaml = messages.find((message) => / at line \d+, column \d+/.test(message))
  if (yaml) {
    const [, line, column] = / at line (\d+), column (\d+)/.exec(yaml) ?? []
    const point = {line: Math.max(0, Number(line) - 1), character: Math.max(0, Number(column) - 1)}
    return {
      reason: 'Invalid config `' + name + '`: ' + yaml.split('\n')[0].replace(/:$/, ''),
      range: {start: point, end: point}
    }
  }

  // Anything else (a `.js` config that throws, a file that cannot be read): the innermost cause.
  const innermost = messages[messages.length - 1] ?? 'unknown error'
  const start = {line: 0, character: 0}
  return {reason: 'Cannot use config `' + name + '`: ' + innermost.split('\n')[0], range: {start, end: start}}
}

/** The messages of an error and its causes, outermost first. */
function causes(error: unknown): string[] {
  const result: string[] = []
  let current: unknown = error
  for (let depth = 0; current && depth < 8; depth++) {
    result.push(current instanceof Error ? current.message : String(current))
    current = current instanceof Error ? current.cause : undefined
  }
  return result
}

/** Where a reason's first named thing (`` `nope` ``, other than the file) sits in the config. */
function locateNamed(reason: string, text: string, name: string): Range {
  const named = [...reason.matchAll(/`([^`]+)`/g)].map((match) => match[1]).filter((value) => value !== name)
  for (const value of named) {
    for (const needle of ['"' + value + '"', "'" + value + "'", value + ':']) {
      const at = text.indexOf(needle)
      if (at !== -1)
        return {start: pointAt(text, at), end: pointAt(text, at + needle.length - (needle.endsWith(':') ? 1 : 0))}
    }
  }
  const start = {line: 0, character: 0}
  return {start, end: start}
}

/** The zero-based line and UTF-16 character of an offset. */
export function pointAt(text: string, offset: number): {line: number; character: number} {
  let line = 0
  let lineStart = 0
  for (let index = 0; index < offset; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) {
      line++
      lineStart = index + 1
    }
  }
  return {line, character: offset - lineStart}
}
