/**
 * One declared option spec per rule, checked by one function (rules/options.ts): the rule
 * and the preset give the same error for the same bad option, every rule takes `null` as
 * unset, and every message of a rule sets `expected` (`[]` when there is nothing to offer).
 */
import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import retextEvidence from '../src/index.js'
import {validateOptions} from '../rules/options.js'
import {
  mismatchedAttributionOptions,
  normaliseOptions as mismatchedSettings
} from '../rules/mismatched-attribution/index.js'
import {unsourcedStatisticOptions, normaliseOptions as unsourcedSettings} from '../rules/unsourced-statistic/index.js'
import {normaliseOptions as unhedgedSettings} from '../rules/unhedged-claim/index.js'
import {unhedgedClaimOptions} from '../rules/unhedged-claim/options.js'
import {lint} from './helpers.js'

const attach = (options: unknown) => () =>
  unified()
    .use(retextEnglish)
    .use(retextEvidence, options as never)
    .freeze()

describe('validateOptions', () => {
  it('defaults for anything that is not a plain object', () => {
    for (const value of [undefined, null, 2, 'error', ['x']]) {
      expect(validateOptions(mismatchedAttributionOptions, value)).toEqual({bibliography: [], requireReferences: false})
      expect(validateOptions(unsourcedStatisticOptions, value)).toEqual({})
      expect(validateOptions(unhedgedClaimOptions, value)).toEqual({})
    }
  })

  it('null is unset for every option of every rule', () => {
    expect(
      validateOptions(mismatchedAttributionOptions, {requireReferences: null, bibliography: null, timeout: null})
    ).toEqual({bibliography: [], requireReferences: false})
    expect(validateOptions(unsourcedStatisticOptions, {allow: null, tables: null})).toEqual({})
    expect(
      validateOptions(unhedgedClaimOptions, {allow: null, scorer: null, threshold: null, interventions: null})
    ).toEqual({})
  })

  it('reads each kind', () => {
    expect(
      validateOptions(mismatchedAttributionOptions, {
        bibliography: 'refs.bib',
        requireReferences: true,
        crossrefUrl: 'http://127.0.0.1:1',
        timeout: 5,
        mailto: 'a@b.c'
      })
    ).toEqual({
      bibliography: ['refs.bib'],
      requireReferences: true,
      crossrefUrl: 'http://127.0.0.1:1',
      timeout: 5,
      mailto: 'a@b.c'
    })
    expect(validateOptions(unsourcedStatisticOptions, {allow: ['9 out of 10'], tables: false, unknown: 1})).toEqual({
      allow: ['9 out of 10'],
      tables: false
    })
    expect(
      validateOptions(unhedgedClaimOptions, {scorer: false, threshold: 0.8, interventions: ['Radiance+']})
    ).toEqual({scorer: false, threshold: 0.8, interventions: ['Radiance+']})
  })

  const bad: Array<[string, unknown, string]> = [
    [
      'mismatched-attribution',
      {bibliography: 3},
      'retext-evidence:mismatched-attribution: option `bibliography` must be a path or a list of paths'
    ],
    [
      'mismatched-attribution',
      {requireReferences: 'yes'},
      'retext-evidence:mismatched-attribution: option `requireReferences` must be a boolean'
    ],
    [
      'mismatched-attribution',
      {mailto: ''},
      'retext-evidence:mismatched-attribution: option `mailto` must be a non-empty string'
    ],
    [
      'mismatched-attribution',
      {eutilsUrl: ''},
      'retext-evidence:mismatched-attribution: option `eutilsUrl` must be a non-empty string'
    ],
    [
      'mismatched-attribution',
      {idconvUrl: 'ftp://x'},
      'retext-evidence:mismatched-attribution: option `idconvUrl` must be an http(s) address'
    ],
    [
      'mismatched-attribution',
      {maxAgeDays: 0},
      'retext-evidence:mismatched-attribution: option `maxAgeDays` must be a positive number'
    ],
    [
      'mismatched-attribution',
      {timeout: Number.POSITIVE_INFINITY},
      'retext-evidence:mismatched-attribution: option `timeout` must be a positive number'
    ],
    [
      'unsourced-statistic',
      {allow: 'x'},
      'retext-evidence:unsourced-statistic: option `allow` must be a list of strings'
    ],
    [
      'unsourced-statistic',
      {countNouns: [1]},
      'retext-evidence:unsourced-statistic: option `countNouns` must be a list of strings'
    ],
    ['unsourced-statistic', {tables: 'yes'}, 'retext-evidence:unsourced-statistic: option `tables` must be a boolean'],
    [
      'unhedged-claim',
      {threshold: 1},
      'retext-evidence:unhedged-claim: option `threshold` must be a number between 0 and 1'
    ],
    [
      'unhedged-claim',
      {threshold: '0.5'},
      'retext-evidence:unhedged-claim: option `threshold` must be a number between 0 and 1'
    ],
    ['unhedged-claim', {scorer: 'yes'}, 'retext-evidence:unhedged-claim: option `scorer` must be a boolean'],
    [
      'unhedged-claim',
      {interventions: 'Omax3'},
      'retext-evidence:unhedged-claim: option `interventions` must be a list of strings'
    ]
  ]
  for (const [rule, options, error] of bad) {
    it(`${rule} ${JSON.stringify(options)}: the same error from the rule and from the preset`, () => {
      const settings =
        rule === 'mismatched-attribution'
          ? mismatchedSettings
          : rule === 'unhedged-claim'
            ? unhedgedSettings
            : unsourcedSettings
      expect(() => settings(options)).toThrow(error)
      expect(attach({[rule]: [1, options]})).toThrow(error)
    })
  }
})

describe('every message sets expected', () => {
  it('unsourced-statistic and mismatched-attribution: [] (a citation is the fix, and only the writer has it)', async () => {
    const messages = await lint(
      'About 40% of adults sleep badly. A 2017 study in Nutrients found that zinc was associated with sleep [3].\n\nReferences\n\n1. Smith A. Zinc. Nutrients. 2017;9:1.\n'
    )
    expect(messages.map((m) => [m.ruleId, m.expected])).toEqual([
      ['unsourced-statistic', []],
      ['mismatched-attribution', []]
    ])
  })
})
