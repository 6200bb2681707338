/**
 * The eighteenth session's classes of unhedged-claim's rules, each on sentences written for the test (none from the
 * evaluation documents or the batches it was read from), with the rules alone (`scorer: false`) so that the learned
 * scorer's weights cannot move them, and where it matters with default options too. Every entry of a closed list
 * the session added is tested.
 */
import {describe, expect, it} from 'vitest'
import {claimRulesAlone, claimWords, expectNoClaim, lintRule} from './helpers.js'
import {
  concessiveAfterEven,
  conditionSuffixes,
  contrastConjunctions,
  possessivePronounOwners,
  stateAdverbs
} from '../src/data/grammar.js'
import {doubtingStates} from '../src/data/claim-cues.js'
import {efficacyWords} from '../src/data/effects.js'
import {multiplierNouns} from '../src/data/statistics.js'

const rule = 'unhedged-claim'
const rulesAlone = claimRulesAlone
const actual = claimWords
const expectClean = expectNoClaim

describe('unhedged-claim: a disclaimer in a clause of contrast or concession', () => {
  it('leaves the other clause a claim, after each conjunction of contrast', async () => {
    // One sentence per entry of `contrastConjunctions` (and `even` before each of `concessiveAfterEven`).
    const cases: Array<[string, string]> = [
      ['Results may vary, but beet juice lowers blood pressure within hours.', 'lowers'],
      ['Arnica gel heals bruises overnight, although it is not a substitute for medical care.', 'heals'],
      ['Arnica gel heals bruises overnight, though it is not medical advice.', 'heals'],
      ['Results may vary, yet this balm soothes every burn.', 'soothes'],
      ['Arnica gel heals bruises overnight, while individual results vary.', 'heals'],
      ['Individual results vary, whereas this tea calms every toddler.', 'calms'],
      ['Arnica gel heals bruises overnight, even if results may vary.', 'heals'],
      ['Arnica gel heals bruises overnight, even though results vary.', 'heals']
    ]
    for (const [text, word] of cases) expect(await actual(text), text).toEqual([word])
    expect(contrastConjunctions.size + concessiveAfterEven.size).toBe(9)
  })
  it('leaves a sentence that is all disclaimer, or joined by `and`, alone', async () => {
    await expectClean([
      'Results may vary.',
      'This product is not intended to diagnose, treat, cure, or prevent any disease.',
      'Reviews reflect individual experiences, and results vary.',
      'Results vary; consult your doctor before use.',
      // (A semicolon does not cut: boilerplate often joins its parts so.)
      'Results vary; the balm soothes burns in minutes.',
      'Arnica gel heals bruises overnight, and results may vary.',
      // `even` alone opens no concession: the disclaimer covers the sentence.
      'Results may vary, even the ones in our photos.'
    ])
  })
})

describe('unhedged-claim: a hedge of its own clause', () => {
  it('does not reach a clause joined by `, and` or `, but` with a subject of its own', async () => {
    expect(await actual('Regular stretching appears to ease back pain, and it improves your sleep.')).toEqual([
      'improves'
    ])
    expect(await actual('Chamomile seems to settle the stomach, and the tea calms the nerves.')).toEqual(['calms'])
    expect(await actual('Oat bran is linked to lower cholesterol, and it steadies blood sugar.')).toEqual(['steadies'])
  })
  it('reaches its own coordinated verbs, and a that-clause it takes goes on after `, and`', async () => {
    await expectClean([
      'Magnesium appears to ease cramps and improve your sleep.',
      'Trials suggest that oat bran lowers cholesterol, and it steadies blood sugar.',
      'Oat bran is linked to lower cholesterol and steadier blood sugar.'
    ])
  })
})

describe('unhedged-claim: a causative of degree and of the body', () => {
  it('reads `so` before an adjective or a degree adverb as a degree, not a clause', async () => {
    expect(await actual('Rosehip oil made my skin so much softer.')).toEqual(['made'])
    expect(await actual('This balm makes my lips so smooth.')).toEqual(['makes'])
    expect(await actual('This lamp makes the room bright so I can read at night.')).toEqual([])
  })
  it('reads a bodily act (WordNet verb.body) done more or less by a person as an outcome', async () => {
    expect(await actual('Nettle tea makes you pee more.')).toEqual(['makes'])
    expect(await actual('This pillow makes you snore less.')).toEqual(['makes'])
    // Not an act of the body: reading.
    expect(await actual('The app makes you read more.')).toEqual([])
  })
})

describe('unhedged-claim: what a product is sold in, named', () => {
  it('distances a medium with the product name between its determiner and its noun', async () => {
    await expectClean([
      'The Brightwell box says the drops calm a teething baby.',
      'The Sea Salt Glow tub promises that the scrub erases stretch marks.'
    ])
  })
  it('leaves a medium described by a common adjective a claim, as before', async () => {
    expect(await actual('The big box says the drops calm a teething baby.')).toEqual(['calm'])
  })
})

describe('unhedged-claim: a bodily state changed, and what it came after', () => {
  it('reads a changed state after a copula with a trailing phrase of use, as a verb of change is read', async () => {
    expect(await actual('My stiffness was gone after six weeks on glucosamine.')).toEqual(['was gone'])
    expect(await actual('Her rash is better since switching to oat milk.')).toEqual(['is better'])
    // The perfect of *go* is the state `gone`.
    expect(await actual('My eczema has gone since switching to goat milk.')).toEqual(['has gone'])
  })
  it('leaves a state of no body, or with nothing used, alone', async () => {
    await expectClean(['The queue was gone after lunch.', 'The shop was gone after six weeks.', 'My eczema has gone.'])
  })
})

describe('unhedged-claim: making a difference, and an influence said to be real', () => {
  it('reads the light verb *make* with *difference* as an effect, in every form', async () => {
    expect(await actual('Ibuprofen made a real difference to his sleep.')).toEqual(['made a real difference'])
    expect(await actual('Magnesium makes all the difference.')).toEqual(['makes all the difference'])
    expect(await actual('Zinc lozenges make a difference.')).toEqual(['make a difference'])
    expect(await actual('Arnica gel is making the biggest difference.')).toEqual(['making the biggest difference'])
    await expectClean(['The new manager made a big difference to the team.'])
  })
  it('reads an intervention’s effect, impact or influence on something said to be real as a claim', async () => {
    const influence = async (text: string) =>
      (await lintRule(text, rule, 'text', rulesAlone)).map((m) => [m.actual, m.expected])
    expect(await influence("Magnesium's effect on sleep is dramatic.")).toEqual([['is dramatic', ['may be dramatic']]])
    expect(await actual('The impact of beet juice on stamina is obvious.')).toEqual(['is obvious'])
    expect(await influence('Ginger is a staple. Its influence on nausea has been remarkable.')).toEqual([
      ['has been remarkable', ['may have been remarkable']]
    ])
    expect(await actual('Zinc is cheap. Their effect on colds is well established.')).toEqual(['is well established'])
  })
  it('leaves a doubted or denied influence, or one of no intervention, alone', async () => {
    await expectClean([
      "Magnesium's effect on sleep is unclear.",
      "Magnesium's effect on sleep is negligible.",
      "Magnesium's effect on sleep is not dramatic.",
      "The storm's effect on the harbour was dramatic.",
      'Its effect on sleep is dramatic.'
    ])
  })
})

describe('unhedged-claim: someone’s own state reached after a phrase of use', () => {
  it('reads a state reached by someone’s own (`my flare-ups`) as a bodily state is read', async () => {
    expect(await actual('Since I started taking zinc, my flare-ups have become rare.')).toEqual(['become rare'])
    await expectClean(['Since we moved house, my commute has become rare.'])
  })
})

describe('unhedged-claim: agents by what is said of them', () => {
  it('reads one of the body’s own substances as taken when its efficacy is said (every entry of efficacyWords)', async () => {
    expect(await actual('Melatonin works best on eastward flights.')).toEqual(['works best'])
    expect(await actual('Melatonin worked for my jet lag.')).toEqual(['worked'])
    expect(await actual('Estrogen is effective for hot flushes.')).toEqual(['is effective for'])
    expect(await actual('Progesterone is efficacious for sleep.')).toEqual(['is efficacious'])
    expect(efficacyWords.size).toBe(5)
    // Physiology, or someone's own: not taken.
    await expectClean(['Melatonin signals the start of sleep.', 'Your cortisol works against you at night.'])
  })
  it('reads a medical term for a condition by its suffix as no product’s name', async () => {
    // (The rules' reading: the scorer may still judge a sentence whose agent the rules read as no intervention.)
    for (const text of [
      'Sarcopenia raises the risk of falls.',
      'Osteopenia weakens the bones.',
      'Splenomegaly causes discomfort.',
      'Fibromyalgia worsens sleep.'
    ])
      expect(await actual(text), text).toEqual([])
    expect(await actual('Lumivex erases fine lines.')).toEqual(['erases'])
  })
  it('reads a name after a noun of a person as that person, not the seller’s own', async () => {
    for (const text of ['Our daughter Ada started crying every evening.', 'Our son Tom started sleeping through.'])
      expect(await actual(text), text).toEqual([])
    expect(await actual('Our Night Balm soothes chapped lips.')).toEqual(['soothes'])
  })
})

describe('unsourced-statistic: a multiplier by its noun', () => {
  const statistics = async (text: string) => (await lintRule(text, 'unsourced-statistic', 'text')).map((m) => m.actual)
  it('reads `a factor of` and a number as a multiplier (every entry of multiplierNouns)', async () => {
    expect(await statistics('Parents underestimate the sugar in snacks by a factor of three.')).toEqual([
      'factor of three'
    ])
    expect(await statistics('Screen time rose by a factor of 3.')).toEqual(['factor of 3'])
    expect(multiplierNouns.size).toBe(1)
  })
  it('leaves a factor with no number, and a sourced one, alone', async () => {
    expect(await statistics('Sleep is a key factor of health.')).toEqual([])
    expect(await statistics('Parents underestimate sugar by a factor of three (Smith 2020).')).toEqual([])
  })
})

describe('unhedged-claim: a pseudo-cleft of *do*', () => {
  it('reads `what X does is` and an effect verb as X’s effect', async () => {
    expect(await actual('What zinc does is shorten colds.')).toEqual(['shorten'])
    expect(await actual('What fasting really does is clear the brain fog.')).toEqual(['clear'])
    expect(await actual('I love zinc. What it does is shorten colds.')).toEqual(['shorten'])
    expect(await actual('Fasting might help with weight, but what it really does is clear the brain fog.')).toEqual([
      'clear'
    ])
  })
  it('leaves no intervention, a pronoun with none named, and a denial alone', async () => {
    for (const text of [
      'What the company does is sell pills.',
      'What it does is shorten colds.',
      'The shop is nice, but what it does is sell pills.',
      'What zinc does not do is shorten colds.'
    ])
      expect(await actual(text), text).toEqual([])
  })
})

describe('unhedged-claim: a limit with `some`', () => {
  it('reads `in some small studies` and `in some small trials` as limits', async () => {
    await expectClean([
      'Dandelion root acts as a mild diuretic in some small studies.',
      'In some small trials, beet juice lowered blood pressure.'
    ])
    expect(await actual('Dandelion root acts as a mild diuretic.')).toEqual(['acts as a'])
  })
})

describe('unhedged-claim: every entry of the session’s closed lists', () => {
  it('reads no influence as real after an adjective of doubtingStates', async () => {
    for (const word of doubtingStates) {
      const text = `Magnesium's effect on sleep is ${word}.`
      expect(await actual(text), text).toEqual([])
    }
    expect(await actual("Magnesium's effect on sleep is dramatic.")).toEqual(['is dramatic'])
  })
  it('reads the adverbs of stateAdverbs past the copula', async () => {
    const cases: Array<[string, string]> = [
      ['well', 'established'],
      ['more', 'obvious'],
      ['most', 'obvious'],
      ['really', 'dramatic'],
      ['truly', 'remarkable'],
      ['very', 'clear'],
      ['quite', 'dramatic'],
      ['so', 'obvious']
    ]
    for (const [adverb, adjective] of cases) {
      const text = `Magnesium's effect on sleep is ${adverb} ${adjective}.`
      expect(await actual(text), text).toEqual([`is ${adverb} ${adjective}`])
      expect(stateAdverbs.has(adverb)).toBe(true)
    }
  })
  it('reads the possessives of possessivePronounOwners after a sentence that named an intervention', async () => {
    for (const owner of possessivePronounOwners) {
      const text = `Zinc is cheap. ${owner[0].toUpperCase()}${owner.slice(1)} effect on colds is dramatic.`
      expect(await actual(text), text).toEqual(['is dramatic'])
    }
  })
  it('reads a term with a suffix of a condition added this session as no product’s name', async () => {
    for (const text of [
      'Sarcopenia weakens the legs.',
      'Hepatosplenomegaly worsens fatigue.',
      'Tetraplegia weakens the arms.'
    ])
      expect(await actual(text), text).toEqual([])
    expect(['penia', 'megaly', 'plegia'].every((suffix) => conditionSuffixes.includes(suffix))).toBe(true)
  })
})
