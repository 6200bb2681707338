/**
 * Each entry of the closed word lists the fifteenth session added (src/data/grammar.ts, hedges.ts, effects.ts,
 * statistics.ts), on a sentence of our own built on the construction the list serves: every entry is exercised, so a
 * list that loses or gains a word by mistake fails here. The sentences are written for the test; none comes from the
 * evaluation documents.
 */
import {describe, expect, it} from 'vitest'
import {lintRule} from './helpers.js'
import {
  clauseCoordinators,
  clauseSubjects,
  findingVerbForms,
  multiplierApproximators,
  reportingForms,
  sellerDeterminers
} from '../src/data/grammar.js'
import {useAttachmentWords} from '../src/data/effects.js'
import {
  clauseOpenersBeforeProportion,
  objectOpeners,
  probabilityNouns,
  proportionSubjectVerbs,
  ruleDeterminers,
  ruleNouns,
  spanOpeners,
  strengthProducts,
  truthQuestionOpeners,
  truthWords
} from '../src/data/statistics.js'

const rulesAlone = {'unhedged-claim': [1, {scorer: false}]} as never

/** The `actual` of each unhedged-claim finding of a text (rules alone). */
async function claims(text: string): Promise<unknown[]> {
  return (await lintRule(text, 'unhedged-claim', 'text', rulesAlone)).map((m) => m.actual)
}

/** The `actual` of each unsourced-statistic finding of a text. */
async function statistics(text: string): Promise<unknown[]> {
  return (await lintRule(text, 'unsourced-statistic', 'text')).map((m) => m.actual)
}

describe('the fifteenth session’s word lists for unhedged-claim, entry by entry', () => {
  it.each([...findingVerbForms])('what some people `%s` is their report', async (verb) => {
    expect(await claims(`Some people ${verb} that ginger calms their stomach.`)).toEqual([])
  })
  it.each([...sellerDeterminers])('`%s brand says` is a seller distanced', async (determiner) => {
    const opener = determiner.charAt(0).toUpperCase() + determiner.slice(1)
    expect(await claims(`${opener} brand says its formula calms coughs.`)).toEqual([])
  })
  it.each([...multiplierApproximators])('users `are %s three times as likely to` an outcome', async (word) => {
    expect(await claims(`Smokers who use nicotine patches are ${word} three times as likely to quit.`)).toEqual([
      `are ${word} three times`
    ])
  })
  it.each([...reportingForms])('`%s` before an outcome that changed tells of what people felt', async (verb) => {
    expect(await claims(`Participants in the yoga group ${verb} less back pain.`)).toEqual([verb])
  })
  it.each(
    [...clauseCoordinators].flatMap((conjunction) => [...clauseSubjects].map((subject) => [conjunction, subject]))
  )('a report, then `, %s %s` and a clause of the writer’s own', async (conjunction, subject) => {
    const verb = ['i', 'you', 'we', 'they', 'these', 'those'].includes(subject) ? 'take' : 'takes'
    const words = subject === 'the' ? 'the tea' : subject === 'i' ? 'I' : subject
    const text = `Kefir is popular. Fans say it tastes sour, ${conjunction} ${words} ${verb} kefir, and kefir soothes the gut.`
    expect(await claims(text)).toEqual(['soothes'])
  })
  it.each(['theory', 'possibility', 'speculation', 'conjecture', 'supposition', 'guess'])(
    'the `%s` is that: a concept not yet verified',
    async (noun) => {
      expect(await claims(`The ${noun} is that zinc shortens colds.`)).toEqual([])
    }
  )
  it.each([...useAttachmentWords])('an outcome experienced `%s` a unit of use', async (word) => {
    const unit = word === 'after' ? 'three sessions' : word === 'by' ? 'the fourth session' : 'two sessions'
    expect(await claims(`Our clinic offers reflexology. Patients notice calmer bowels ${word} ${unit}.`)).toEqual([
      'notice'
    ])
  })
})

describe('the fifteenth session’s word lists for unsourced-statistic, entry by entry', () => {
  it.each(
    [...truthQuestionOpeners].flatMap((opener) =>
      [...truthWords].map((word) => [opener, word, /^(?:are|aren)/.test(opener) ? 'are' : 'is'])
    )
  )('`%s it %s that ...?` asks, and states no figure', async (opener, word) => {
    const first = opener.charAt(0).toUpperCase() + opener.slice(1)
    expect(await statistics(`${first} it ${word} that half of all runners get hurt?`)).toEqual([])
  })
  it.each([...objectOpeners])('an instruction `Cut %s ... by 30%` prescribes', async (opener) => {
    const object = ['it', 'them'].includes(opener) ? opener : `${opener} mileage`
    expect(await statistics(`Cut ${object} by 30% in the final fortnight.`)).toEqual([])
  })
  it.each([...probabilityNouns])(
    'an instruction that cuts your `%s` by a percentage promises a figure',
    async (noun) => {
      expect(await statistics(`Cut your ${noun} of a stroke by 30% by walking.`)).toEqual(['30%'])
    }
  )
  it.each([...spanOpeners])('the average of the `%s` four weeks is a span', async (word) => {
    expect(await statistics(`Compare this week with the average of the ${word} four weeks.`)).toEqual([])
  })
  it.each([...ruleDeterminers].flatMap((determiner) => [...ruleNouns].map((noun) => [determiner, noun])))(
    '`%s 10% %s` names a rule of thumb',
    async (determiner, noun) => {
      expect(await statistics(`Follow ${determiner} 10% ${noun} when you train.`)).toEqual([])
    }
  )
  it.each([...proportionSubjectVerbs])('`Half %s ...`: a proportion as a clause’s whole subject', async (verb) => {
    expect(await statistics(`We asked our members. Half ${verb} it helped.`)).toEqual(['Half'])
  })
  it.each([...clauseOpenersBeforeProportion])('`, %s a quarter said`: a proportion opening a clause', async (word) => {
    expect(await statistics(`We asked our members, ${word} a quarter said it helped.`)).toEqual(['a quarter'])
  })
  it.each([...strengthProducts])('a 10% carbamide peroxide `%s` is a product’s strength', async (product) => {
    expect(await statistics(`The kit holds a 10% carbamide peroxide ${product}.`)).toEqual([])
  })
  it.each(['finance', 'interest'])('0% `%s` is a credit term', async (word) => {
    expect(await statistics(`Pay monthly on 0% ${word} over a year.`)).toEqual([])
  })
})
