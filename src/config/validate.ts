/**
 * Config files: `.evidencerc`, `.evidencerc.json`, `.evidencerc.yml`/`.yaml`,
 * `.evidencerc.js`/`.cjs`/`.mjs`, or the `evidence` field of `package.json`, found by walking
 * up from each linted file (unified-engine's discovery). The format is
 *
 *     {
 *       "rules": {
 *         "unhedged-claim": ["error", {"allow": ["cures boredom"]}],
 *         "unsourced-statistic": "warn",
 *         "mismatched-attribution": false
 *       },
 *       "sources": ["Health Survey for England", "ONS"],
 *       "maxSize": 20000000,
 *       "maxLintMs": 30000
 *     }
 *
 * `rules` takes each rule's setting as the preset does (`false`/`"off"`/`0`, `true`/`"on"`,
 * `"warn"`/`1`, `"error"`/`2`, the rule's options alone, or `[severity, options]`); `maxSize`
 * is the largest file linted, in bytes; `sources` names bodies that count as sources after
 * "according to" (the preset's `sources` option); `maxLintMs` the time budget of one file in ms
 * (`false`: none; default 10 s plus 10 s per MiB), past which it gets one `too-complex` error.
 * unified-engine's own keys also work: `plugins` (more unified plugins, resolved from the
 * config's folder) and `settings`. Anything else, an unknown
 * rule, a bad severity or options the preset refuses is an error naming the config file.
 */
import path from 'node:path'
import {unified, type Plugin} from 'unified'
import retextEvidence, {normaliseSources, type Options} from '../index.js'
import {evidenceLint, evidenceParse, ruleIds} from '../processor.js'

const knownKeys = ['rules', 'sources', 'maxSize', 'maxLintMs', 'plugins', 'settings', '$schema']
const severities = new Set<unknown>([0, 1, 2, 'off', 'on', 'warn', 'error', true, false])

/** unified-engine's preset shape, as `configTransform` returns it. */
export interface EnginePreset {
  plugins: Array<[Plugin<never[]> | string, unknown]>
  settings?: Record<string, unknown> | undefined
}

/** An error in a config file: its message names the file. */
export class ConfigError extends Error {}

/** The preset with the config's `rules` and `sources`, checked (failing through `fail`). */
function rulesPlugin(
  config: Record<string, unknown>,
  fail: (reason: string) => never
): EnginePreset['plugins'][number] {
  if (config.rules !== undefined && !isPlainObject(config.rules))
    fail('`rules` must be an object keyed by rule id, not ' + describe(config.rules))
  const rules = {...((config.rules ?? {}) as Record<string, unknown>)}
  for (const [id, setting] of Object.entries(rules)) {
    if (!ruleIds.includes(id))
      fail('unknown rule `' + id + '` (the rules are ' + ruleIds.map((r) => '`' + r + '`').join(', ') + ')')
    checkSetting(id, setting, fail)
    rules[id] = normaliseSetting(setting)
  }
  // Named bodies counted as sources: a preset option beside the rules (see index.ts).
  if (config.sources !== undefined) {
    try {
      rules.sources = normaliseSources(config.sources)
    } catch (error) {
      fail(error instanceof Error ? error.message.replace(/^retext-evidence: /, '') : String(error))
    }
  }
  try {
    // Let the preset check what it can (severities, options) now, naming this file.
    unified()
      .use(retextEvidence, rules as Options)
      .freeze()
  } catch (error) {
    fail(error instanceof Error ? error.message.replace(/^retext-evidence: /, '') : String(error))
  }
  return [evidenceLint as Plugin<never[]>, rules]
}

/** Turn a config file's content into unified-engine's shape (`configTransform`). */
export function configTransform(raw: unknown, filePath: string, cwd: string = process.cwd()): EnginePreset {
  const name = path.relative(cwd, filePath) || filePath
  const fail = (reason: string): never => {
    throw new ConfigError('Invalid config `' + name + '`: ' + reason)
  }

  if (!isPlainObject(raw))
    fail('expected an object such as {"rules": {"unhedged-claim": "error"}}, not ' + describe(raw))
  const config = raw as Record<string, unknown>
  for (const key of Object.keys(config)) {
    if (!knownKeys.includes(key))
      fail(
        'unknown option `' +
          key +
          '` (expected ' +
          knownKeys
            .slice(0, 5)
            .map((k) => '`' + k + '`')
            .join(', ') +
          ')'
      )
  }

  const plugins: EnginePreset['plugins'] = []

  if (config.rules !== undefined || config.sources !== undefined) plugins.push(rulesPlugin(config, fail))

  if (config.maxSize !== undefined) {
    if (typeof config.maxSize !== 'number' || !Number.isFinite(config.maxSize) || config.maxSize <= 0) {
      fail('`maxSize` must be a positive number of bytes, not ' + describe(config.maxSize))
    }
    plugins.push([evidenceParse as Plugin<never[]>, {maxSize: config.maxSize}])
  }

  if (config.maxLintMs !== undefined) {
    if (!(
      config.maxLintMs === false ||
      (typeof config.maxLintMs === 'number' && Number.isFinite(config.maxLintMs) && config.maxLintMs >= 0)
    )) {
      fail(
        '`maxLintMs` must be a number of milliseconds (or `false` for no time budget), not ' +
          describe(config.maxLintMs)
      )
    }
    plugins.push([evidenceParse as Plugin<never[]>, {maxLintMs: config.maxLintMs}])
  }

  if (config.plugins !== undefined) {
    if (Array.isArray(config.plugins)) {
      for (const entry of config.plugins) {
        if (typeof entry === 'string') plugins.push([entry, undefined])
        else if (Array.isArray(entry) && typeof entry[0] === 'string') plugins.push([entry[0], entry[1]])
        else fail('each of `plugins` must be a name or [name, options], not ' + describe(entry))
      }
    } else if (isPlainObject(config.plugins)) {
      for (const [key, value] of Object.entries(config.plugins as Record<string, unknown>)) plugins.push([key, value])
    } else fail('`plugins` must be a list or an object, not ' + describe(config.plugins))
    for (const [plugin] of plugins) {
      if (plugin === 'retext-evidence')
        fail('do not list `retext-evidence` in `plugins`: evidence-lint runs it; configure it with `rules`')
    }
  }

  if (config.settings !== undefined && !isPlainObject(config.settings))
    fail('`settings` must be an object, not ' + describe(config.settings))

  return {plugins, settings: config.settings as Record<string, unknown> | undefined}
}

/** A bare severity becomes a tuple: unified-lint-rule takes a severity only inside
 * `[severity, options]` (a bare `2` or `"error"` would be taken as the rule's options). */
function normaliseSetting(setting: unknown): unknown {
  if (setting === 0 || setting === 'off' || setting === false) return false
  if (setting === 'on' || setting === true) return true
  if (setting === 1 || setting === 2 || setting === 'warn' || setting === 'error') return [setting]
  return setting
}

function checkSetting(id: string, setting: unknown, fail: (reason: string) => never): void {
  const where = 'rule `' + id + '`'
  if (severities.has(setting) || isPlainObject(setting)) return
  if (Array.isArray(setting)) {
    if (setting.length === 0 || setting.length > 2)
      fail(where + ' takes [severity] or [severity, options], not ' + describe(setting))
    if (!severities.has(setting[0]))
      fail(where + ': unknown severity ' + describe(setting[0]) + ' (use "off", "warn", "error", 0, 1 or 2)')
    if (setting.length === 2 && setting[1] !== undefined && setting[1] !== null && !isPlainObject(setting[1])) {
      fail(where + ': options must be an object, not ' + describe(setting[1]))
    }
    return
  }
  fail(
    where + ': expected "off", "warn", "error", true, false, options or [severity, options], not ' + describe(setting)
  )
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false
  const proto = Object.getPrototypeOf(value) as unknown
  return proto === Object.prototype || proto === null
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}
