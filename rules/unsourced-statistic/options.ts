/**
 * unsourced-statistic's options: their type (exported for users) and their declared spec,
 * checked by `validateOptions` (rules/options.ts) in the rule and in the preset.
 */
import type {StatisticOptions} from '../../src/readers/statistics.js'
import type {RuleOptionsSpec} from '../options.js'

/** Options of `unsourced-statistic`. */
export interface UnsourcedStatisticOptions extends StatisticOptions {
  /** Statistics never flagged: a finding whose expression contains one of these phrases
   * (case-insensitive) is left alone. */
  allow?: string[] | null | undefined
  /** Check statistics in GFM and HTML table cells (default: `true`). */
  tables?: boolean | null | undefined
}

/** The declared options of unsourced-statistic (no defaults: each reader has its own). */
export const unsourcedStatisticOptions: RuleOptionsSpec<UnsourcedStatisticOptions> = {
  rule: 'unsourced-statistic',
  schema: {
    allow: {kind: 'string-list', description: 'phrases whose statistics are never flagged'},
    tables: {kind: 'boolean', description: 'check statistics in GFM and HTML table cells (default: true)'},
    doseUnits: {
      kind: 'string-list',
      description: 'extra units of dose or amount: a number with one is a dose, not a statistic'
    },
    durationUnits: {
      kind: 'string-list',
      description: 'extra units of time: a number with one is a duration, not a statistic'
    },
    countNouns: {kind: 'string-list', description: 'extra nouns whose count is a statistic'}
  },
  defaultOptions: {}
}
