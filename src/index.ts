/**
 * retext-evidence: retext rules for health and science writing.
 *
 * The default export is the preset: it turns on every rule. Use it as
 * `unified().use(retextEnglish).use(retextEvidence, options)`, where each rule's option is
 * `false` (off) or `[severity, ruleOptions]` as unified-lint-rule takes them
 * (`[1, {...}]` warns, `[2, {...}]` fails).
 */
import type {Root} from 'nlcst'
import type {Plugin, Transformer} from 'unified'
import type {VFile} from 'vfile'
import {unhedgedClaim, type UnhedgedClaimOptions} from '../rules/unhedged-claim/index.js'
import {unhedgedClaimOptions} from '../rules/unhedged-claim/options.js'
import {
  unsourcedStatistic,
  unsourcedStatisticOptions,
  type UnsourcedStatisticOptions
} from '../rules/unsourced-statistic/index.js'
import {restoreReaderErrors} from './readers/guard.js'
// Runtime patches of the parsers under a user's pipeline, in place, for every parse from here on (the same trees,
// in linear time on text that made them quadratic): parse-latin's inner-word joins in one pass, and micromark's
// merges of text events, list indents, blank-line checks, autolink look-backs and edit maps (what remark-parse
// runs). Each copy not found, or not of the expected shape, runs unpatched. `unpatched(fn)` (exported below) runs
// `fn` with both off.
import './processor/patches.js'
import {
  infoMessages,
  mismatchedAttribution,
  mismatchedAttributionOptions,
  type MismatchedAttributionOptions
} from '../rules/mismatched-attribution/index.js'
import {validateOptions, type RuleOptionsSpec} from '../rules/options.js'

export {unhedgedClaim} from '../rules/unhedged-claim/index.js'
export type {UnhedgedClaimOptions} from '../rules/unhedged-claim/index.js'
export {unsourcedStatistic} from '../rules/unsourced-statistic/index.js'
export type {UnsourcedStatisticOptions} from '../rules/unsourced-statistic/index.js'
export {mismatchedAttribution} from '../rules/mismatched-attribution/index.js'
export type {MismatchedAttributionOptions, ResolveDefaults} from '../rules/mismatched-attribution/index.js'
export type {ResolveOptions, StudyRecord} from './records/types.js'
export {findStatistics} from './readers/statistics.js'
export {unpatched} from './processor/patches.js'
export type {StatisticForm, StatisticMatch, StatisticOptions} from './readers/statistics.js'
export {getModel} from './model/index.js'
export type {LexiconOptions} from './model/index.js'
export type {
  DocumentModel,
  Sentence,
  Token,
  Source,
  Effect,
  LexiconMatch,
  SentenceKind,
  SourceKind,
  Region,
  Span,
  SourceFormat
} from './model/types.js'

/** Severity of a rule: 0/off, 1/warn, 2/error (as unified-lint-rule takes them). */
export type Severity = 0 | 1 | 2 | 'off' | 'on' | 'warn' | 'error' | boolean

/** A rule's setting in the preset: `false` to turn it off, `true` for its defaults, a bare
 * severity (`'error'`, `2`: that severity with the defaults), its options alone, or
 * `[severity, options]`. */
export type RuleSetting<Options> = Severity | Options | [Severity] | [Severity, Options | undefined]

/** Options of the preset: one entry per rule, and the document-wide `sources`. */
export interface Options {
  'unhedged-claim'?: RuleSetting<UnhedgedClaimOptions>
  'unsourced-statistic'?: RuleSetting<UnsourcedStatisticOptions>
  'mismatched-attribution'?: RuleSetting<MismatchedAttributionOptions>
  /** Named bodies that count as sources when a sentence says "according to <name>" (or
   * "according to the <name>"): national surveys and statistics offices a house style cites
   * that way, such as `['Health Survey for England', 'NHS Digital', 'ONS']`. Matched as whole
   * words, ignoring case. Such a sentence is sourced for every rule (its statistics and its
   * claims). Default: none (the definitions' sources only). */
  sources?: string[] | null | undefined
}

/** Keys of the preset's options that are not rules. */
const documentKeys: ReadonlySet<string> = new Set(['sources'])

/** Check the `sources` option: a list of non-empty names. */
export function normaliseSources(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined
  if (!Array.isArray(value) || value.some((name) => typeof name !== 'string' || name.trim() === '')) {
    throw new Error(
      'retext-evidence: `sources` must be a list of names such as ["Health Survey for England", "ONS"], not ' +
        JSON.stringify(value)
    )
  }
  return value.map((name: string) => name.trim())
}

/** The rules of the preset, by id. */
export const rules = {
  'unhedged-claim': unhedgedClaim,
  'unsourced-statistic': unsourcedStatistic,
  'mismatched-attribution': mismatchedAttribution
} as const

export type RuleId = keyof typeof rules

/** Each rule's declared options (its `options.ts`), checked by `validateOptions` when the
 * preset is attached, as the rule checks them when it runs: a bad option fails fast with the
 * same clear error instead of surfacing as a lint message. */
const optionSpecs: Record<RuleId, RuleOptionsSpec<object>> = {
  'unhedged-claim': unhedgedClaimOptions,
  'unsourced-statistic': unsourcedStatisticOptions,
  'mismatched-attribution': mismatchedAttributionOptions
}

/** The preset: runs every rule over the nlcst tree. */
const retextEvidence: Plugin<[(Options | null | undefined)?], Root> = function (options) {
  const settings = (options ?? {}) as Record<string, unknown>
  if (typeof settings !== 'object' || Array.isArray(settings)) {
    throw new Error(
      'retext-evidence: options must be an object keyed by rule id (for example {"unhedged-claim": false})'
    )
  }
  const sources = normaliseSources(settings.sources)
  for (const key of Object.keys(settings)) {
    if (!(key in rules) && !documentKeys.has(key)) {
      throw new Error(
        `retext-evidence: unknown rule \`${key}\` in options; the rules are ${Object.keys(rules).join(', ')}`
      )
    }
  }
  const transformers: Array<Transformer<Root, Root>> = []
  for (const [id, rule] of Object.entries(rules)) {
    const setting = settings[id]
    if (setting === false || setting === 0 || setting === 'off') continue
    // A bare severity (`2`, `'error'`, `'warn'`, `'on'`) means that severity with defaults;
    // unified-lint-rule alone would take it as the rule's options.
    const bare = typeof setting === 'number' || setting === 'error' || setting === 'warn' || setting === 'on'
    if (typeof setting === 'number' && setting !== 1 && setting !== 2) {
      throw new Error(`retext-evidence: incorrect severity \`${setting}\` for \`${id}\`; expected 0, 1 or 2`)
    }
    const config = setting === undefined || setting === true ? undefined : bare ? [setting] : setting
    validateOptions(optionSpecs[id as RuleId], Array.isArray(config) ? config[1] : config)
    const attacher = rule as unknown as (this: unknown, config: unknown) => Transformer<Root, Root> | undefined
    const transformer = attacher.call(this, config)
    if (transformer) transformers.push(transformer)
  }
  // The rules one after the other, synchronously while each calls back at once (they do), so a
  // time budget around the run covers them (see `processor/budget.ts`).
  return function (tree: Root, file: VFile, next: (error?: Error) => void) {
    // Read by the document model (src/model/index.ts), which every rule shares.
    if (sources && sources.length > 0) (file.data as {evidenceNamedSources?: string[]}).evidenceNamedSources = sources
    let index = 0
    const step = (): void => {
      while (index < transformers.length) {
        const transformer = transformers[index++] as unknown as (
          tree: Root,
          file: VFile,
          done: (error?: Error | null) => void
        ) => unknown
        let waiting = true
        let finished = false
        let failure: Error | null | undefined
        transformer(tree, file, (error) => {
          if (waiting) {
            finished = true
            failure = error
          } else if (error) next(error)
          else step()
        })
        waiting = false
        if (!finished) return
        if (failure) {
          next(failure)
          return
        }
      }
      // Messages that are information only (records that could not be looked up) stay so.
      for (const message of file.messages) if (infoMessages.has(message)) message.fatal = undefined
      // A reader's failure is reported as itself, not as the rule that ran the reader.
      restoreReaderErrors(file)
      next()
    }
    step()
  }
}

export default retextEvidence
