/**
 * The comparatives of outcome (`better`, `quicker`, `deeper`) are one list since issue 18
 * (src/data/claim-cues.ts, outcomeComparativeList): every reader knows the same words. Before,
 * four copies had drifted, so `quicker` opened an outcome item of a list but was no outcome after
 * a verb of experiencing (`see quicker recovery`) nor after a user's verb (`recovered quicker`).
 */
import {describe, expect, it} from 'vitest'
import {brief, lintRule} from './helpers.js'
import {outcomeComparativeList, outcomeComparatives, userComparatives} from '../src/data/claim-cues.js'
import {outcomeChangeMarkers, outcomeMarkers} from '../src/data/effects.js'

const rule = 'unhedged-claim'
const rulesAlone = {'unhedged-claim': [1, {scorer: false}]} as never

describe('comparatives of outcome', () => {
  it('every reader shares one list: the markers of change hold all of it, the user comparatives a part', () => {
    expect([...outcomeMarkers].sort()).toEqual([...outcomeComparatives, ...outcomeChangeMarkers].sort())
    expect([...userComparatives].every((word) => outcomeComparatives.has(word))).toBe(true)
    // Said of a measure or a part of the body, not of the person: `had lower cholesterol`.
    expect(outcomeComparativeList.filter((entry) => !entry.ofUser).map((entry) => entry.word)).toEqual([
      'greater',
      'lower',
      'higher',
      'thicker',
      'clearer',
      'smoother',
      'firmer'
    ])
    // A superlative is an evaluative word (evaluativeWords), not a comparative.
    expect(outcomeComparatives.has('best')).toBe(false)
  })

  it('reads an outcome after a verb of experiencing with any of them (`see quicker recovery`)', async () => {
    const cases: Array<[string, string]> = [
      ['Runners see quicker recovery with tart cherry juice.', 'see | may see'],
      ['Runners see faster recovery with tart cherry juice.', 'see | may see'],
      ['Notice quicker recovery with magnesium.', 'Notice | '],
      ['Notice deeper focus with ginkgo.', 'Notice | '],
      ['See longer lashes with castor oil.', 'See | ']
    ]
    for (const [text, want] of cases)
      expect((await lintRule(text, rule, 'text', rulesAlone)).map(brief), text).toEqual([want])
  })

  it('reads users of an intervention who recover quicker, and words the hedge for it', async () => {
    const cases: Array<[string, string]> = [
      ['Patients on the drug recovered quicker.', 'recovered quicker | may have recovered quicker'],
      ['Patients on the drug recovered faster.', 'recovered faster | may have recovered faster']
    ]
    for (const [text, want] of cases)
      expect((await lintRule(text, rule, 'text', rulesAlone)).map(brief), text).toEqual([want])
    for (const text of [
      'Patients on the ward healed quicker.',
      'Patients on the drug may recover quicker.',
      'Notice quicker service at the counter.'
    ])
      expect((await lintRule(text, rule, 'text', rulesAlone)).map(brief), text).toEqual([])
  })
})
