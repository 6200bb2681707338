/**
 * The sixteenth session's classes of unhedged-claim's rules, each on sentences written for the test (none from the
 * evaluation documents or the batches it was read from), with the rules alone (`scorer: false`) so that the learned
 * scorer's weights cannot move them. Every entry of a closed list the session added is tested.
 */
import {describe, expect, it} from 'vitest'
import {lintRule} from './helpers.js'
import {hedges} from '../src/data/hedges.js'
import {cellStudyWords} from '../src/data/designs.js'

const rule = 'unhedged-claim'
const rulesAlone = {'unhedged-claim': [1, {scorer: false}]} as never

/** The words of the rule's findings on `text`, with the rules alone. */
async function actual(text: string): Promise<Array<string | null | undefined>> {
  return (await lintRule(text, rule, 'text', rulesAlone)).map((m) => m.actual)
}

/** Each text gets no finding, with the rules alone. */
async function expectClean(texts: readonly string[]): Promise<void> {
  for (const text of texts) expect(await actual(text), text).toEqual([])
}

describe('unhedged-claim: reports whose reporter is the people of what was named before (`their makers`)', () => {
  it('distances a report by `their` and people of no authority', async () => {
    await expectClean([
      'Glucosamine sells well, and their makers claim the pills rebuild worn cartilage.',
      'Their makers claim the pills rebuild worn cartilage.',
      'Their fans insist the drops cure colic.',
      'Their sellers promise the patches melt belly fat.'
    ])
  })
  it('leaves a vague authority and the seller’s own voice as claims', async () => {
    expect(await actual('Their doctors say the drug cures migraine.')).toEqual(['cures'])
    expect(await actual('Their dermatologists insist the cream clears acne.')).toEqual(['clears'])
    expect(await actual('Our customers tell us the tea calms nerves.')).toEqual(['calms'])
    // A report that says nothing leaves the writer's clause after it a claim.
    expect(await actual('Their makers say nothing; the pills rebuild cartilage.')).toEqual(['rebuild'])
  })
})

describe('unhedged-claim: studies whose population is not people, as limits', () => {
  it('reads `in` + animals or cells + a study noun, opening the clause or closing the sentence', async () => {
    await expectClean([
      'In cell and animal studies, these compounds dampen inflammation.',
      'These compounds dampen inflammation in cell and animal studies.',
      'In rodent and cell models, resveratrol extends lifespan.',
      'In recent mouse experiments, berberine lowers blood sugar.'
    ])
  })
  it('is no limit with people among the populations, or with no population at all', async () => {
    expect(await actual('In human and animal studies, these compounds dampen inflammation.')).toEqual(['dampen'])
    expect(await actual('Curcumin dampens inflammation in most studies.')).toEqual(['dampens'])
    expect(await actual('In recent studies, berberine lowers blood sugar.')).toEqual(['lowers'])
  })
  it('takes each word of cells studied outside a body from the designs', async () => {
    expect([...cellStudyWords].sort()).toEqual(['cell', 'test-tube'])
    await expectClean([...cellStudyWords].map((word) => `In recent ${word} experiments, curcumin kills tumour cells.`))
  })
})

describe('unhedged-claim: a fear is no assertion', () => {
  it('hedges the that-clause of each verb or adjective of fearing', async () => {
    const sentences = [
      'Many people fear that running will wear their knees out.',
      'My neighbour fears that running will wear her knees out.',
      'My coach feared that running would wear my knees out.',
      'Many people worry that running will wear their knees out.',
      'My mother worries that running will wear her knees out.',
      'Many people are worried that running will wear their knees out.',
      'Many people are afraid that running will wear their knees out.',
      'Many people are scared that running will wear their knees out.',
      'Many people are concerned that running will wear their knees out.'
    ]
    // (Every entry of the list, each in a sentence of its own.)
    const fear = hedges.fear
    expect(fear.map((phrase) => sentences.filter((text) => text.includes(` ${phrase} `)).length)).toEqual(
      fear.map(() => 1)
    )
    await expectClean(sentences)
  })
  it('does not reach an effect before it', async () => {
    expect(await actual("Running strengthens your knees, so don't worry that it will wear them out.")).toEqual([
      'strengthens'
    ])
    expect(await actual('Running strengthens your knees.')).toEqual(['strengthens'])
  })
})

describe('unhedged-claim: the seller’s word, reported', () => {
  it('distances what is claimed in any form of the verb, and what is advertised', async () => {
    const sentences = [
      'These lemon balm gummies claim to melt away exam stress.',
      'The tub came with a card claiming the copper draws inflammation out of the joints.',
      'One brand advertises that its band restores the body’s natural rhythm.',
      'The brand advertised that its band restores the body’s natural rhythm.',
      'Sellers advertise that the band restores the body’s natural rhythm.',
      'One brand advertizes that its band restores the body’s natural rhythm.',
      'The brand advertized that its band restores the body’s natural rhythm.',
      'Sellers advertize that the band restores the body’s natural rhythm.'
    ]
    const added = [
      'claim to',
      'claiming',
      ...['advertise', 'advertises', 'advertised', 'advertize', 'advertizes', 'advertized'].map(
        (verb) => `${verb} that`
      )
    ]
    for (const phrase of added) {
      expect(hedges['epistemic-verb'], phrase).toContain(phrase)
      expect(sentences.filter((text) => text.includes(`${phrase} `)).length, phrase).toBeGreaterThan(0)
    }
    await expectClean(sentences)
  })
  it('leaves the writer’s own word a claim', async () => {
    expect(await actual('Lemon balm gummies melt away exam stress.')).toEqual(['melt away'])
    expect(await actual('Magnesium restores your natural sleep rhythm, as we advertise.')).toEqual(['restores'])
  })
})
