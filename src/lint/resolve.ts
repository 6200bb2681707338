/**
 * Which processor lints an input: the preset options passed in, or the config the CLI would
 * find for it (`.evidencerc`, `.evidencerc.json`, `.evidencerc.yml`/`.yaml`,
 * `.evidencerc.js`/`.cjs`/`.mjs`, or `"evidence"` in `package.json`, walking up from the
 * input's folder; or the one file named by `config`).
 *
 * Discovery goes through unified-engine exactly as `evidence-lint` does (same file names, same
 * `configTransform`, same errors naming the config file, `plugins` from the config resolved from
 * its folder): the engine configures a copy of the processor for an empty in-memory file, and a
 * last plugin keeps that configured processor, which then lints every input of that folder.
 * Processors are cached per folder, format and options, for the life of the process: a
 * long-running service reads its config once.
 */
import path from 'node:path'
import {Writable} from 'node:stream'
import type {Processor} from 'unified'
import {engine} from 'unified-engine'
import {VFile} from 'vfile'
import type {Options} from '../index.js'
import {createProcessor, evidenceLint, evidenceParse, type Format} from '../processor.js'
import {ConfigError, configDiscovery, configTransform, configTransformIn} from '../config/index.js'

export {ConfigError}

/** A configured processor, ready to lint many files. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LintProcessor = Processor<any, any, any, any, any>

export interface ResolveOptions {
  /** Preset options (a config's `rules`): no config file is read. */
  rules?: Options | null | undefined
  /** A config file to use instead of searching (relative to `cwd`), or `false` to use none. */
  config?: string | false | null | undefined
  /** Largest input linted, in bytes (overrides a config's `maxSize`). */
  maxSize?: number | null | undefined
  /** Time budget of one input in ms, or `false` for none (overrides a config's `maxLintMs`). */
  maxLintMs?: number | false | null | undefined
  /** Folder where a search for a config starts. */
  cwd: string
}

const extensions: Record<Format, string> = {text: '.txt', markdown: '.md', html: '.html'}
const cache = new Map<string, Promise<LintProcessor>>()
const cacheLimit = 256

/** Forget every cached processor (config files are read again on next use). */
export function clearProcessorCache(): void {
  cache.clear()
}

/** The processor for inputs of `format` in folder `options.cwd`. */
export function resolveProcessor(format: Format, options: ResolveOptions): Promise<LintProcessor> {
  const key = cacheKey(format, options)
  let processor = cache.get(key)
  if (!processor) {
    if (cache.size >= cacheLimit) cache.delete(cache.keys().next().value as string)
    processor = build(format, options)
    cache.set(key, processor)
    // A failed load (a broken config) is not kept: fixing the file fixes the next call.
    processor.catch(() => {
      if (cache.get(key) === processor) cache.delete(key)
    })
  }
  return processor
}

function cacheKey(format: Format, options: ResolveOptions): string {
  const mode =
    options.rules !== undefined && options.rules !== null
      ? 'rules:' + JSON.stringify(options.rules)
      : options.config === false
        ? 'none'
        : typeof options.config === 'string'
          ? 'file:' + path.resolve(options.cwd, options.config)
          : 'search:' + path.resolve(options.cwd)
  return [format, options.maxSize ?? '', String(options.maxLintMs ?? ''), mode].join('\u0000')
}

async function build(format: Format, options: ResolveOptions): Promise<LintProcessor> {
  const parseOptions: ParseSettings = {
    format,
    ...(typeof options.maxSize === 'number' ? {maxSize: options.maxSize} : {}),
    ...(options.maxLintMs !== undefined && options.maxLintMs !== null ? {maxLintMs: options.maxLintMs} : {})
  }

  if (options.rules !== undefined && options.rules !== null) {
    // The CLI's config check and normalisation (a bare `"error"` becomes `["error"]`), so a
    // setting means the same, and a bad one reads the same, everywhere.
    // `sources` is a preset option beside the rules: a config has it at the top level.
    const {sources, ...ruleSettings} = options.rules
    const preset = configTransform(
      {rules: ruleSettings, ...(sources === undefined ? {} : {sources})},
      'options.rules',
      '.'
    )
    const entry = preset.plugins.find(([plugin]) => plugin === evidenceLint)
    const rules = (entry ? entry[1] : options.rules) as Options
    return createProcessor(rules, parseOptions).freeze()
  }

  if (options.config === false) return createProcessor(undefined, parseOptions).freeze()

  return discover(format, options, parseOptions)
}

interface ParseSettings {
  format: Format
  maxSize?: number | undefined
  maxLintMs?: number | false | undefined
}

function discover(format: Format, options: ResolveOptions, parseOptions: ParseSettings): Promise<LintProcessor> {
  const cwd = path.resolve(options.cwd)
  let configured: LintProcessor | undefined
  // The last plugin: `this` is the engine's copy of the processor with the config applied.
  const keep = function (this: LintProcessor) {
    configured = this
  }
  // A given `maxSize` or `maxLintMs` wins over the config's: the engine applies given plugins
  // after the config.
  const given: unknown[] = [keep]
  const {format: _format, ...overrides} = parseOptions
  if (Object.keys(overrides).length > 0) given.unshift([evidenceParse, overrides])

  const probe = new VFile({path: path.join(cwd, 'evidence-lint-input' + extensions[format]), value: ''})
  const settings = {
    processor: createProcessor(undefined, {format}),
    cwd,
    files: [probe],
    rcName: configDiscovery.rcName,
    packageField: configDiscovery.packageField,
    rcPath: typeof options.config === 'string' ? options.config : undefined,
    detectConfig: true,
    plugins: given,
    configTransform: configTransformIn(cwd),
    out: false,
    output: false,
    alwaysStringify: false,
    color: false,
    silent: true,
    reporter: () => '',
    streamError: new Writable({write: (_chunk, _encoding, done) => done()}),
    streamOut: new Writable({write: (_chunk, _encoding, done) => done()})
  } as unknown as Parameters<typeof engine>[0]

  return new Promise<LintProcessor>((resolve, reject) => {
    engine(settings, (error) => {
      // The engine reports a config it cannot load as a fatal message on the file.
      const failure = error ?? probe.messages.find((message) => message.fatal)
      if (failure) reject(configError(failure))
      else if (!configured) reject(new Error('retext-evidence: could not configure the processor for `' + cwd + '`'))
      else resolve(configured)
    })
  })
}

/** unified-engine wraps config problems ("Cannot parse file `x`", "Cannot find module") with
 * the real reason in `cause`: keep the most specific line, naming the file. */
function configError(failure: {message: string; reason?: string; cause?: unknown}): Error {
  const lines: string[] = []
  let current: unknown = failure
  while (current && typeof current === 'object' && lines.length < 5) {
    const reason = (current as {reason?: unknown}).reason
    const message = typeof reason === 'string' ? reason : (current as {message?: unknown}).message
    if (typeof message === 'string' && message) lines.push(message.split('\n')[0])
    current = (current as {cause?: unknown}).cause
  }
  const specific = lines.find((line) => line.startsWith('Invalid config'))
  const useful = lines.filter((line) => !/^Cannot (?:process|transform) file$/.test(line))
  const error = new ConfigError(specific ?? (useful.join(': ') || 'Cannot load the config'), {cause: failure})
  error.name = 'ConfigError'
  return error
}
