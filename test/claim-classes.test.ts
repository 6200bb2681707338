/**
 * unhedged-claim beyond its lists: agents and effects found by class (WordNet, INN stems,
 * product names, defined abbreviations, grammar) and the learned scorer. Every sentence here
 * is written for the test; none comes from the evaluation documents.
 */
import fs from 'node:fs'
import path from 'node:path'
import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import type {VFileMessage} from 'vfile-message'
import {brief, lintRule} from './helpers.js'
import {
  effectVerbLemma,
  isBodilyNoun,
  isDrugStemName,
  isInterventionNoun,
  isPlantNoun,
  isProductName,
  isInterventionCompound
} from '../src/claims/classes.js'
import {claimProbability, claimThreshold, defaultClaimThreshold, slot} from '../src/claims/scorer.js'
import {isTemplateName} from '../src/model/template-names.js'
import {lint as lintDocument} from '../src/lint.js'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import {VFile} from 'vfile'
import {getModel} from '../src/model/index.js'
import {featureContexts, sentenceFeatures} from '../src/claims/features.js'

/** The scorer's probability for the one sentence of a plain text. */
function sentenceProbability(text: string): number {
  const file = new VFile({value: text})
  const model = getModel(unified().use(retextEnglish).parse(file), file)
  const contexts = featureContexts(model)
  const [sentence] = model.sentences
  return claimProbability(sentenceFeatures(sentence, contexts[sentence.index]))
}

const rule = 'unhedged-claim'
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const rulesAlone = {'unhedged-claim': [1, {scorer: false}]} as never

/** Each text gives one finding of the rule, on the words `actual`. */
async function expectActual(cases: Array<[string, string]>): Promise<void> {
  for (const [text, actual] of cases)
    expect(
      (await lintRule(text, rule, 'text', rulesAlone)).map((m) => m.actual),
      text
    ).toEqual([actual])
}

/** Each text gives one finding of the rule, on the words `actual`, whose fix is `expected`. */
async function expectFixes(cases: Array<[string, string, string]>): Promise<void> {
  for (const [text, actual, expected] of cases)
    expect(
      (await lintRule(text, rule, 'text', rulesAlone)).map((m) => [m.actual, m.expected?.[0]]),
      text
    ).toEqual([[actual, expected]])
}

/** No text gives a finding of the rule. */
async function expectClean(texts: string[]): Promise<void> {
  for (const text of texts) expect((await lintRule(text, rule, 'text', rulesAlone)).map(brief), text).toEqual([])
}

function place(message: VFileMessage): string {
  const start = message.place && 'start' in message.place ? message.place.start : undefined
  return `${start?.line}:${start?.column}`
}

describe('word classes', () => {
  it('reads WordNet classes for interventions and effects', () => {
    for (const word of ['aspirin', 'yoga', 'acupuncture', 'lotion', 'zinc', 'tryptophan', 'oatmeal'])
      expect(isInterventionNoun(word), word).toBe(true)
    for (const word of ['in', 'be', 'stress', 'patients', 'brain']) expect(isInterventionNoun(word), word).toBe(false)
    expect(effectVerbLemma('tightens')).toBe('tighten')
    expect(effectVerbLemma('soothed')).toBe('soothe')
    expect(effectVerbLemma('bookshelf')).toBeUndefined()
  })
  it('names drugs by their INN stem and products by being no English word', () => {
    for (const word of ['vibegron', 'linagliptin', 'dupilumab', 'tezogliptin', 'zolbetuximab'])
      expect(isDrugStemName(word), word).toBe(true)
    // (the antihistamines' stems: -atadine, -astine, -izine; `meclizine` is an English word in WordNet)
    for (const word of ['desloratadine', 'bilastine', 'levocetirizine']) expect(isDrugStemName(word), word).toBe(true)
    for (const word of ['april', 'metabolism', 'vir', 'statin', 'magazine', 'meclizine'])
      expect(isDrugStemName(word), word).toBe(false)
    expect(isProductName('Lumivex')).toBe(true)
    expect(isProductName('Glowvera')).toBe(true)
    expect(isProductName('Smith')).toBe(false)
    expect(isProductName('London')).toBe(false)
    expect(isProductName('NASA')).toBe(false)
  })
})

describe('unhedged-claim: agents no list holds', () => {
  const cases: Array<[string, string, string]> = [
    ['Lumivex erases fine lines in two weeks.', 'erases | may erase', '1:9'],
    ['Vibegron relieves urgency within a week.', 'relieves | may relieve', '1:10'],
    ['Twice a day, tezogliptin calms the bladder.', 'calms | may calm', '1:26'],
    ['Glowvera visibly tightens skin.', 'tightens | may tighten', '1:18'],
    ['Probiotics also reduce inflammation.', 'reduce | may reduce', '1:17'],
    ['Statins also lower cholesterol.', 'lower | may lower', '1:14']
  ]
  for (const [text, want, at] of cases) {
    it(`flags: ${text}`, async () => {
      const messages = await lintRule(text, rule)
      expect(messages.map(brief)).toEqual([want])
      expect(place(messages[0])).toBe(at)
    })
  }
  it('reads an abbreviation the document defined', async () => {
    const text = 'Patients received ciclosporin eye drops (CsD) twice daily.\nCsD improved tear production.'
    const messages = await lintRule(text, rule)
    expect(messages.map(brief)).toEqual(['improved | may have improved'])
    expect(place(messages[0])).toBe('2:5')
    expect(messages[0].reason).toContain('“CsD”')
  })
  it('leaves the same verbs alone without an agent, with a hedge, or negated', async () => {
    for (const text of [
      'Cortisol rises in the morning and falls at night.',
      'Lumivex may erase fine lines.',
      'Lumivex does not erase fine lines.',
      'Does Lumivex erase fine lines?'
    ]) {
      expect(await lintRule(text, rule), text).toEqual([])
    }
  })
})

describe('unhedged-claim: hedges govern their own verb group', () => {
  it('a modal does not reach a coordinated inflected verb', async () => {
    const messages = await lintRule('Valerian root may improve sleep quality and reduces night-time waking.', rule)
    expect(messages.map(brief)).toEqual(['reduces | may reduce'])
    expect(place(messages[0])).toBe('1:45')
  })
  it('a modal reaches a coordinated base form', async () => {
    expect(await lintRule('Valerian root may improve sleep quality and reduce night-time waking.', rule)).toEqual([])
  })
  it('"it" after an intervention in the same sentence stands for it', async () => {
    const messages = await lintRule('Valerian root may improve sleep quality, and it reduces night-time waking.', rule)
    expect(messages.map(brief)).toEqual(['reduces | may reduce'])
  })
})

describe('unhedged-claim: the scorer', () => {
  it('hashes feature names deterministically into the model', () => {
    expect(slot('w:reduces', 262144)).toBe(slot('w:reduces', 262144))
    expect(slot('w:reduces', 262144)).not.toBe(slot('w:reduce', 262144))
    const p = claimProbability(['bias'])
    expect(p).toBeGreaterThan(0)
    expect(p).toBeLessThan(1)
  })
  it('can be turned off, and its threshold moved', async () => {
    // The rules alone do not know "cheers" (a verb of WordNet's verb.emotion, on no curated
    // list, with no bodily object); the scorer judges. A threshold near 0 passes every
    // candidate, near 1 none.
    const text = 'The powder cheers the household.'
    expect(await lintRule(text, rule, 'text', rulesAlone)).toEqual([])
    const low = await lintRule(text, rule, 'text', {'unhedged-claim': [1, {threshold: 0.001}]} as never)
    expect(low.map(brief)).toEqual(['cheers | may cheer'])
    expect(place(low[0])).toBe('1:12')
    expect(await lintRule(text, rule, 'text', {'unhedged-claim': [1, {threshold: 0.999}]} as never)).toEqual([])
    // A threshold or `scorer: true` sets where the scorer reports (by default, at its default threshold);
    // `scorer: false` wins.
    expect(
      (await lintRule(text, rule, 'text', {'unhedged-claim': [1, {scorer: true, threshold: 0.001}]} as never)).map(
        brief
      )
    ).toEqual(['cheers | may cheer'])
    expect(
      await lintRule(text, rule, 'text', {'unhedged-claim': [1, {scorer: false, threshold: 0.001}]} as never)
    ).toEqual([])
    // What the rules find stays found whatever the threshold.
    expect(
      (
        await lintRule('Lumivex erases fine lines.', rule, 'text', {'unhedged-claim': [1, {threshold: 0.999}]} as never)
      ).map(brief)
    ).toEqual(['erases | may erase'])
  })
  it('with the shipped weights at their own threshold, finds a claim of short copy that the rules miss', async () => {
    // A condition told by coordination (`Two sprays of X and ...`) whose outcome verb is no effect verb of the
    // rules' in that place: the scorer, trained on short copy too, judges it; a line of opening hours stays clean.
    const text = 'Two sprays of Nightfern and restless legs settle straight away.'
    expect(await lintRule(text, rule, 'text', rulesAlone)).toEqual([])
    const on = {'unhedged-claim': [1, {scorer: true}]} as never
    expect((await lintRule(text, rule, 'text', on)).map((m) => [m.actual, place(m)])).toEqual([['settle', '1:43']])
    expect(await lintRule('The shop opens at nine and closes at five.', rule, 'text', on)).toEqual([])
    expect(await lintRule('Stress raises cortisol.', rule, 'text', on)).toEqual([])
  })
  it('runs by default at its default threshold, above its trained one: the surest claims the rules miss', async () => {
    // The default threshold is the lowest at which, cross-validated by document, the labelled articles lose
    // nothing against the rules alone (scripts/train.mjs); `scorer: true` runs it at the trained one.
    expect(defaultClaimThreshold()).toBeGreaterThan(claimThreshold())
    expect(defaultClaimThreshold()).toBeLessThan(1)
    // (The rules alone leave this sentence; the scorer rates it above 0.95.)
    const sure = 'Our Tuesday Flow class (6pm, Studio 1) loosens tight hips and leaves you sleeping like a baby.'
    expect(await lintRule(sure, rule, 'text', rulesAlone)).toEqual([])
    expect((await lintRule(sure, rule)).map((m) => [m.actual, place(m)])).toEqual([['loosens', '1:40']])
    // Of sentences of graded strength, each the scorer's to judge, one rated between the two thresholds (which one
    // moves with each retraining): by default no finding, with `scorer: true` one.
    const graded = [
      'Evenings in the Brindle sauna and the cough quietens.',
      'A Brindle bath and the cough quietens.',
      'With a Brindle bath, the cough quietens.',
      'By morning the cough quietens.',
      'After a warm soak the ache fades.',
      'The cough quietens after a warm Brindle bath.',
      'After a warm Brindle bath the cough settles.'
    ]
    const rated = graded.map((text) => [text, sentenceProbability(text)] as const)
    const between = rated.find(([, p]) => p >= claimThreshold() && p < defaultClaimThreshold())
    expect(between, JSON.stringify(rated)).toBeDefined()
    const lessSure = between?.[0] ?? ''
    expect(await lintRule(lessSure, rule, 'text', rulesAlone)).toEqual([])
    expect(await lintRule(lessSure, rule)).toEqual([])
    const on = {'unhedged-claim': [1, {scorer: true}]} as never
    expect((await lintRule(lessSure, rule, 'text', on)).map((m) => m.actual)).toEqual([
      /quietens|fades|settles/.exec(lessSure)?.[0]
    ])
  })
  it('does not judge a sentence whose every effect has an agent the rules read as no intervention', async () => {
    // The rules found the verb and its subject, and the subject's head is of a class that is no
    // intervention: the body (its parts, states, substances; someone's own after a possessive), a place, a
    // name in title case of no product's class, `nothing` compared with no intervention. At any threshold.
    const low = {'unhedged-claim': [1, {threshold: 0.05}]} as never
    for (const text of [
      'Your liver clears alcohol overnight.',
      'Your gut lining repairs itself overnight.',
      'The immune system releases histamine.',
      'Vienna lifts your mood.',
      'Downtown Tucson lifts your spirits.',
      'Camden Council lifts your mood.',
      'Nothing beats a long soak.'
    ])
      expect(await lintRule(text, rule, 'text', low), text).toEqual([])
    // Only when that subject opens the sentence: after a phrase of time the subject the rules read may not be the
    // whole story (`A week after your last cigarette`), and the scorer judges.
    expect(
      (await lintRule('A week after your last cigarette, your lungs clear out the tar.', rule)).map((m) => [
        m.actual,
        place(m)
      ])
    ).toEqual([['clear', '1:46']])
    expect(await lintRule('Your lungs clear out the tar.', rule, 'text', low)).toEqual([])
    // What the rules read as an intervention stays theirs; an agent they could not read is the scorer's.
    expect((await lintRule('Nothing beats magnesium for cramps.', rule, 'text', low)).map((m) => m.actual)).toEqual([
      'beats'
    ])
    expect((await lintRule('Lower Marsh Tonic lifts your spirits.', rule, 'text', low)).map((m) => m.actual)).toEqual([
      'lifts'
    ])
  })
  it('judges instructions, and sentences whose hedge the rules tie to no effect of an intervention', async () => {
    // An instruction's claim in a shape the rules do not read (`Put bluntly, X works ...`) is the scorer's to
    // judge; so is a sentence whose only hedge governs another clause (`It might sound odd, but ...`). A
    // threshold near 0 passes every candidate.
    const low = {'unhedged-claim': [1, {threshold: 0.001}]} as never
    const cases: Array<[string, string]> = [
      ['Put bluntly, Velora serum works better than any retinol.', 'works | may work @ 1:27'],
      ['It might sound odd, but the Brindle soak settles restless legs.', 'settles | may settle @ 1:42']
    ]
    for (const [text, want] of cases) {
      expect(await lintRule(text, rule, 'text', rulesAlone), text).toEqual([])
      expect(
        (await lintRule(text, rule, 'text', low)).map((m) => `${brief(m)} @ ${place(m)}`),
        text
      ).toEqual([want])
    }
    // A hedge the rules tie to an intervention's effect is never overruled.
    for (const text of ['Magnesium may reduce anxiety.', 'Velora serum could work better than retinol.'])
      expect(await lintRule(text, rule, 'text', low), text).toEqual([])
    // Plain directions for use are candidates (`take`, `store`, `shake` are effect words) that the scorer leaves
    // by default; were one passed, the place is the verb, never the noun after a number (`two capsules`).
    for (const text of [
      'Take two capsules with food.',
      'Store the jar in a cool, dry place.',
      'Shake well before use.'
    ])
      expect(await lintRule(text, rule), text).toEqual([])
    expect((await lintRule('Take two capsules with food.', rule, 'text', low)).map((m) => m.actual)).toEqual(['Take'])
    expect((await lintRule('Capsules dissolve fast.', rule, 'text', low)).map((m) => m.actual)).toEqual(['dissolve'])
  })
  it('offers no fix that would leave the sentence ungrammatical', async () => {
    // `gives you plump skin`: the verb of giving is the effect, never `may plump`.
    expect(
      (await lintRule('Our serum gives you plump, dewy skin in days.', rule, 'text', rulesAlone)).map(brief)
    ).toEqual(['gives | may give'])
    const messages = await lintRule('The serum plumps skin, giving you plump, dewy skin.', rule)
    expect(messages.map(brief)).toEqual(['plumps | may plump'])
  })
  it('rejects a bad threshold or scorer option', async () => {
    await expect(lintRule('x', rule, 'text', {'unhedged-claim': [1, {threshold: 2}]} as never)).rejects.toThrow(
      'option `threshold` must be a number between 0 and 1'
    )
    await expect(lintRule('x', rule, 'text', {'unhedged-claim': [1, {scorer: 'yes'}]} as never)).rejects.toThrow(
      'option `scorer` must be a boolean'
    )
  })
})

describe('generated data', () => {
  const shared = path.resolve(root, '..', 'shared', 'eval', 'labels')
  it('src/data/wordnet.ts is what scripts/build-lexicons.mjs makes', () => {
    const result = spawnSync(process.execPath, ['scripts/build-lexicons.mjs', '--check'], {cwd: root, encoding: 'utf8'})
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })
  it.runIf(fs.existsSync(shared))(
    'src/data/bioscope-cues.ts is what scripts/build-hedge-cues.mjs derives from BioScope',
    () => {
      const result = spawnSync(process.execPath, ['scripts/build-hedge-cues.mjs', '--check'], {
        cwd: root,
        encoding: 'utf8'
      })
      expect(result.stderr).toBe('')
      expect(result.status).toBe(0)
    }
  )
  it.runIf(fs.existsSync(shared))(
    'npm run train reproduces src/data/claim-model.ts exactly',
    () => {
      const result = spawnSync(process.execPath, ['scripts/train.mjs', '--check'], {cwd: root, encoding: 'utf8'})
      expect(result.stderr).toBe('')
      expect(result.stdout).toContain('reproduced exactly')
      expect(result.status).toBe(0)
    },
    120_000
  )
})

describe('unhedged-claim: outcome lists', () => {
  it('flags each outcome item under a lead-in that names an intervention and a benefit', async () => {
    const doc =
      'Beetroot juice supports endurance in several ways:\n\n- **Improved oxygen uptake** during long rides\n- Faster recovery\n- Weight loss\n- 8-14% increase in time to exhaustion\n- Tastes earthy\n'
    const messages = await lintRule(doc, rule, 'markdown')
    expect(messages.map((m) => `${place(m)} ${m.actual}`)).toEqual([
      '1:16 supports',
      '3:5 Improved oxygen',
      '4:3 Faster recovery',
      '5:3 Weight loss',
      '6:3 8-14% increase'
    ])
    expect(messages[1].reason).toBe(
      'Unhedged claim: “Improved oxygen” states an effect of “Beetroot” as settled fact; add a hedge or cite a source'
    )
    expect(messages[1].expected).toEqual([])
  })
  it('leaves lists of symptoms, hedged lead-ins and lists without a lead-in alone', async () => {
    for (const doc of [
      'Symptoms of low iron include:\n\n- Reduced appetite\n- Increased thirst\n',
      'Beetroot juice may help with:\n\n- Improved oxygen uptake\n- Faster recovery\n',
      'We tried it for a month.\n\n- Improved oxygen uptake\n- Faster recovery\n'
    ]) {
      expect(await lintRule(doc, rule, 'markdown'), doc).toEqual([])
    }
  })
})

describe('unhedged-claim: effect phrases by class', () => {
  // One sentence of our own for each class of effect phrase in src/data/effects.ts.
  const cases: Array<[string, string]> = [
    [
      'Rosehip oil has potent regenerative properties.',
      'has potent regenerative properties | may have potent regenerative properties'
    ],
    ['Green tea is prized for its calming action.', 'is prized for | '],
    ['Glucosamine contributes to healthy joints.', 'contributes to | may contribute to'],
    ['High-dose niacin is harsh on the liver.', 'is harsh on | may be harsh on'],
    ['Honey is a soothing remedy for sore throats.', 'is a soothing remedy for | may be a soothing remedy for'],
    ['Sage tea is a gentle painkiller.', 'is a gentle painkiller | may be a gentle painkiller'],
    ['Kombucha is a wonder drug.', 'is a wonder drug | may be a wonder drug'],
    ['Retinol is the gold standard.', 'is the gold standard | may be the gold standard']
  ]
  for (const [text, want] of cases) {
    it(`flags: ${text}`, async () => {
      expect((await lintRule(text, rule, 'text', rulesAlone)).map(brief)).toEqual([want])
    })
  }
  it('leaves the same phrases alone when no intervention is their subject', async () => {
    for (const text of ['Night shifts are harsh on the body.', 'Chronic stress contributes to poor sleep.']) {
      expect(await lintRule(text, rule, 'text', rulesAlone), text).toEqual([])
    }
  })
})

describe('unhedged-claim: effects by grammar (issue 13, second round)', () => {
  // Each sentence is written for this test. [text, finding (actual | expected), line:column]
  const cases: Array<[string, string, string]> = [
    // A superlative predicate: the fix keeps the superlative.
    [
      'Turmeric is the most effective remedy for joint pain.',
      'is the most effective | may be the most effective',
      '1:10'
    ],
    [
      'Ginger is one of the most powerful remedies for nausea.',
      'is one of the most powerful | may be one of the most powerful',
      '1:8'
    ],
    [
      'Turmeric is the best supplement for joint pain.',
      'is the best supplement for | may be the best supplement for',
      '1:10'
    ],
    // `work` in its sense "have the desired effect" (WordNet work#v "have an effect or outcome").
    ['This cream works.', 'works | may work', '1:12'],
    ['Probiotics work fast.', 'work | may work', '1:12'],
    ['Magnesium works by calming the nervous system.', 'works | may work', '1:11'],
    // The intervention as the object of a preposition after a verb of receiving.
    ['Women benefit greatly from ashwagandha.', 'benefit | may benefit', '1:7'],
    ["Insomnia responds well to valerian's calming effects.", 'responds | may respond', '1:10'],
    ['Joint pain improves with glucosamine.', 'improves | may improve', '1:12'],
    // An experiencer sees an outcome change with the intervention, or is its user.
    ['People with eczema see fewer flares with evening primrose oil.', 'see | may see', '1:20'],
    ['Ashwagandha users report lower stress.', 'report | may report', '1:19'],
    ['Participants in the yoga group reported less back pain.', 'reported | may have reported', '1:32'],
    // A change noun said of an intervention.
    ['One of the perks of the keto diet is a surge in energy.', 'a surge in | ', '1:38'],
    ['Studies show a drop in blood pressure with beetroot juice.', 'a drop in | ', '1:14'],
    // A verb of making with an object and an adjective of outcome; a future.
    ['Collagen supplements will make your skin look younger.', 'will make | may make', '1:22'],
    ['This serum leaves skin softer.', 'leaves | may leave', '1:12'],
    ['Collagen gives you glowing skin.', 'gives | may give', '1:10'],
    ['Chamomile tea is amazing for sleep.', 'is amazing for | may be amazing for', '1:15'],
    ['Apple cider vinegar kickstarts your metabolism.', 'kickstarts | may kickstart', '1:21'],
    ['Collagen supplements will improve your skin.', 'will improve | may improve', '1:22'],
    // Coordinated predicates after one copula; a remedy by kind (WordNet's drug trees).
    [
      'Rhodiola is safe, natural and effective.',
      'is safe, natural and effective | may be safe, natural and effective',
      '1:10'
    ],
    ['Quercetin is a natural antihistamine.', 'is a natural antihistamine | may be a natural antihistamine', '1:11'],
    // Keeping something down; a modal before adverbs.
    ['This blend keeps cortisol in check.', 'keeps cortisol in check | may keep cortisol in check', '1:12'],
    ['Elderberry syrup will quickly shorten your cold.', 'will quickly shorten | may quickly shorten', '1:18'],
    // Multipliers of change.
    ['Retinol doubles collagen production.', 'doubles | may double', '1:9'],
    // An agent of WordNet's intervention trees that no curated list holds; `it` after a product.
    ['Citrulline clears lactate.', 'clears | may clear', '1:12'],
    ['Beetflow is a beetroot powder. It also sharpens focus.', 'sharpens | may sharpen', '1:40'],
    ['Zinc worked by blocking the virus.', 'worked | may have worked', '1:6'],
    // A testimonial's change to someone's own life or body; an auxiliary with its participle.
    ['These two creams have changed my life.', 'have changed | may have changed', '1:18'],
    ['Magnesium has improved my sleep.', 'has improved | may have improved', '1:11'],
    // An evaluated noun of influence owned by an intervention.
    ['Ashwagandha is popular. Its positive impact on mental clarity is well known.', 'impact | ', '1:38']
  ]
  for (const [text, want, at] of cases) {
    it(`flags: ${text}`, async () => {
      const messages = await lintRule(text, rule, 'text', rulesAlone)
      expect(messages.map(brief)).toEqual([want])
      expect(place(messages[0])).toBe(at)
    })
  }
  it('leaves the same shapes alone without an intervention, with a hedge, or negated', async () => {
    for (const text of [
      'Stress is the most common trigger of migraine.',
      'Nurses work long shifts.',
      'Does magnesium work?',
      'Magnesium may work for some people.',
      'Women benefit from more research.',
      'Sleep improves with age.',
      'Patients may benefit from ashwagandha.',
      'People see fewer doctors in summer.',
      'Winter brings a drop in vitamin D levels.',
      'Research suggests a drop in blood pressure with beetroot juice.',
      'Cold weather makes skin drier.',
      'Collagen supplements will not make your skin look younger.',
      'The benefits of fish oil are still debated.',
      'Stress is common, costly and harmful.',
      'Ginger is a great spice for soups.',
      'Aging is a natural process.',
      'I hope that these creams will work.',
      'Here is how magnesium works.',
      'Ketones are fuel, working much like glucose.',
      'Stir a spoonful of powder dissolved in warm water.',
      'Cells treated with zinc were counted.',
      'Calcium that builds up in artery walls stiffens them over time.',
      'Results in people on dialysis have been mixed.',
      'The recipe changed my mind.',
      'Its effects on sleep are unclear.',
      'Roasting gives the tea a stronger flavour.'
    ]) {
      expect((await lintRule(text, rule, 'text', rulesAlone)).map(brief), text).toEqual([])
    }
  })
  it('takes speculation cues learned from BioScope as hedges', async () => {
    for (const text of [
      'It is not clear that zinc shortens colds.',
      'Magnesium glycinate is unlikely to cure insomnia.',
      'The suggestion that retinol thickens skin comes from small trials.'
    ]) {
      expect((await lintRule(text, rule, 'text', rulesAlone)).map(brief), text).toEqual([])
    }
    expect((await lintRule('Zinc shortens colds.', rule, 'text', rulesAlone)).map(brief)).toEqual([
      'shortens | may shorten'
    ])
  })
  it('rewrites every coordinated verb of a claim, so the fix leaves none unhedged', async () => {
    const cases: Array<[string, string]> = [
      [
        'Valerian root improves sleep quality and reduces night-time waking.',
        'improves sleep quality and reduces | may improve sleep quality and reduce'
      ],
      [
        'Magnesium calms the mind, relaxes muscles and improves sleep.',
        'calms the mind, relaxes muscles and improves | may calm the mind, relax muscles and improve'
      ],
      ['Zinc reduced colds and shortened flu.', 'reduced colds and shortened | may have reduced colds and shortened']
    ]
    for (const [text, want] of cases) {
      const [message, ...others] = await lintRule(text, rule, 'text', rulesAlone)
      expect(others, text).toEqual([])
      expect(brief(message), text).toBe(want)
      const start = message.place && 'start' in message.place ? (message.place.start.offset ?? 0) : 0
      const end = message.place && 'end' in message.place ? (message.place.end.offset ?? 0) : 0
      const fixed = text.slice(0, start) + String(message.expected?.[0]) + text.slice(end)
      expect(await lintRule(fixed, rule, 'text', rulesAlone), fixed).toEqual([])
    }
  })
  it('names a label as the agent of a fragment after an opening phrase', async () => {
    const [message] = await lintRule(
      '**Ashwagandha:** In men, supports healthy hormone levels.\n',
      rule,
      'markdown',
      rulesAlone
    )
    expect(brief(message)).toBe('supports | may support')
    expect(message.reason).toContain('“Ashwagandha”')
  })
})

describe('unhedged-claim: verb groups, aspect and outcome lists (issue 13, third round)', () => {
  // Each sentence is written for this test. [text, finding (actual | expected), line:column]
  const cases: Array<[string, string, string]> = [
    // A coordinated verb with an auxiliary or modal of its own is out of the first modal's reach.
    ['Ashwagandha may lower stress and will reduce cortisol.', 'will reduce | may reduce', '1:34'],
    ['Fish oil can lower triglycerides and does reduce inflammation.', 'does reduce | may reduce', '1:38'],
    // An aspectual verb carries the tense of the effect after it.
    ['Melatonin gummies start working within an hour.', 'start working | may start working', '1:19'],
    ['The serum begins to clear acne in a week.', 'begins to clear | may begin to clear', '1:11'],
    ['Collagen keeps improving your skin.', 'keeps improving | may keep improving', '1:10']
  ]
  for (const [text, want, at] of cases) {
    it(`flags: ${text}`, async () => {
      const messages = await lintRule(text, rule, 'text', rulesAlone)
      expect(messages.map(brief)).toEqual([want])
      expect(place(messages[0])).toBe(at)
    })
  }
  it('leaves a verb the modal reaches, a hedged aspect and other subjects alone', async () => {
    for (const text of [
      'Ashwagandha may lower stress and reduce cortisol.',
      'Zinc may shorten colds and may also reduce fever.',
      'Zinc may have shortened colds and reduced fever.',
      'Zinc may start working in a day.',
      'Magnesium does not start working for weeks.',
      'Researchers began to study zinc.',
      'The rain started to fall.',
      'Start taking zinc at the first sign of a cold.'
    ]) {
      expect((await lintRule(text, rule, 'text', rulesAlone)).map(brief), text).toEqual([])
    }
  })
  it('reads the items of a list that a promising heading opens as outcomes, each with a fix', async () => {
    const text =
      '# Slimvera\n\nSlimvera is a fruit extract.\n\n### Slimvera has been proven to:\n\n- Increase your energy during the day\n- Shortens colds\n- Helps maintain healthy skin\n'
    const messages = await lintRule(text, rule, 'markdown', rulesAlone)
    expect(messages.map((m) => `${place(m)} ${brief(m)}`)).toEqual([
      '7:3 Increase | ',
      '8:3 Shortens | May shorten',
      '9:3 Helps maintain | May help maintain'
    ])
    expect(messages[1].reason).toContain('“Slimvera”')
  })
  it('gives a subject-less item the document topic as its agent, and leaves instructions alone', async () => {
    const text =
      '# Magnesium\n\nMagnesium is a mineral. Magnesium is found in nuts.\n\n## Heart health\n\n- Helps maintain healthy blood pressure\n- Supports a regular heart rhythm\n'
    expect((await lintRule(text, rule, 'markdown', rulesAlone)).map((m) => `${place(m)} ${brief(m)}`)).toEqual([
      '7:3 Helps maintain | May help maintain',
      '8:3 Supports | May support'
    ])
    const tips = '# Sleep tips\n\nHere is what to do:\n\n- Keep a regular schedule\n- Reduce screen time at night\n'
    expect(await lintRule(tips, rule, 'markdown', rulesAlone)).toEqual([])
  })
  it('reads words that only look negative, questions that end at their comma, and proof by testing', async () => {
    const cases: Array<[string, string]> = [
      // `not only ... but also` and `no doubt` assert; they deny nothing.
      ['Zinc is not only cheap but also shortens colds.', 'shortens | may shorten'],
      ['No wonder ginger calms nausea.', 'calms | may calm'],
      // The clause of `whether` ends at its comma; its hedge governs nothing after it.
      ['Whether you swim or cycle, beetroot juice delivers real results.', 'delivers | may deliver'],
      // An adverb of the evidence's kind before a participle of testing is a booster.
      ['This cream is clinically studied to reduce wrinkles.', 'clinically studied to | studied to see if it can'],
      // Words of degree open a predicate fragment and belong to it.
      ['**Zinc oxide lozenges**: Less effective than zinc acetate.', 'Less effective | May be less effective']
    ]
    for (const [text, want] of cases)
      expect((await lintRule(text, rule, 'markdown', rulesAlone)).map(brief), text).toEqual([want])
    for (const text of [
      'Zinc does not shorten colds.',
      'Whether creatine helps runners is unclear.',
      'Zinc was studied to see whether it shortens colds.',
      'The cream was clinically tested.'
    ]) {
      expect((await lintRule(text, rule, 'text', rulesAlone)).map(brief), text).toEqual([])
    }
  })
  it('names the intervention of a lead-in, not the word for its use', async () => {
    const [message] = await lintRule(
      'Your body uses oxygen, making beetroot juice beneficial for:\n\n- Better endurance\n',
      rule,
      'markdown',
      rulesAlone
    )
    expect(brief(message)).toBe('Better endurance | ')
    expect(message.reason).toContain('“beetroot”')
  })
  it("reads the issue's agents: a phrase that opens the sentence, an abbreviation defined by kind, a marked product, harm", async () => {
    const cases: Array<[string, string, string]> = [
      ['With ashwagandha, cortisol levels drop.', 'drop | may drop', '“ashwagandha”'],
      ['After a week on magnesium, my cramps disappeared.', 'disappeared | may have disappeared', '“magnesium”'],
      [
        'Cyclosporine A (CsA) is an immunosuppressant. CsA improved tear production.',
        'improved | may have improved',
        '“CsA”'
      ],
      ['Radiance+ reduces the depth of wrinkles.', 'reduces | may reduce', '“Radiance”'],
      ['Glycinate rarely upsets the stomach.', 'upsets | may upset', '“Glycinate”']
    ]
    for (const [text, want, agent] of cases) {
      const messages = await lintRule(text, rule, 'text', rulesAlone)
      expect(messages.map(brief), text).toEqual([want])
      expect(messages[0].reason, text).toContain(agent)
    }
    for (const text of [
      'With age, cortisol levels drop.',
      'With ashwagandha, cortisol levels may drop.',
      'On Monday, prices rise.',
      'Interleukin 6 (IL-6) is a cytokine. IL-6 increases inflammation.',
      'Stress upsets digestion.'
    ]) {
      expect((await lintRule(text, rule, 'text', rulesAlone)).map(brief), text).toEqual([])
    }
  })
  it('reads verbs of change by WordNet class when their object is the body, a bodily state or a feeling', async () => {
    const cases: Array<[string, string]> = [
      // WordNet files the verb's first sense under verb.change or verb.body; its object under
      // noun.body, noun.state, noun.process or noun.feeling.
      ['Oil pulling whitens teeth.', 'whitens | may whiten'],
      ['Zinc shrinks an enlarged prostate.', 'shrinks | may shrink'],
      // A part of a hyphenated object counts (`acne`, noun.state).
      ['Azelaic acid fades post-acne marks.', 'fades | may fade'],
      // Idioms of surpassing, of warding off, and nouns of solution.
      ['Nothing beats a cold shower for waking up.', 'beats | may beat'],
      ['Elderberry keeps the flu at bay.', 'keeps the flu at bay | may keep the flu at bay'],
      ['Our gummies are the secret to deeper sleep.', 'are the secret to | may be the secret to'],
      ['Cinnamon is great at controlling blood sugar.', 'is great at | may be great at'],
      // A phrase inside a longer one is part of it: one finding, its text once.
      ['Probiotics have health benefits.', 'have health benefits | may have health benefits'],
      // An experiencer's comparative of an adjective of outcome, with the intervention after it.
      ['I felt calmer after a week of yoga.', 'felt | may have felt'],
      // Verbs that state an effect only with a benefit as their object; ending a bodily state.
      ['Vitamin B12 shots give you an instant energy boost.', 'give | may give'],
      ['CBD oil stops seizures in children.', 'stops | may stop'],
      ['Cold brew coffee is easier on the stomach.', 'is easier on | may be easier on'],
      // The condition's clause ends at its comma; the main clause states the effect.
      ['If you want better sleep, magnesium calms the mind.', 'calms | may calm']
    ]
    for (const [text, want] of cases)
      expect((await lintRule(text, rule, 'text', rulesAlone)).map(brief), text).toEqual([want])
    for (const text of [
      'The shop opens at nine.',
      'Stress shrinks the hippocampus.',
      'Most children can eat eggs safely.',
      'Good sources include lentils and seeds.',
      'Nothing beats a good book.',
      'Iron deficiency causes fatigue.',
      // Promise is what evidence shows before it shows an effect; `these` takes no `-s` verb.
      'Cold water immersion has shown some promise in speeding muscle repair.',
      'Noting these triggers in a diary reveals patterns.',
      // Benefits as the topic of a discussion (WordNet's verbs of communication and cognition).
      'This guide explores the health benefits of kombucha.',
      "Let's explore the benefits of turmeric.",
      // A condition states no effect; a claim reported as someone's claim is distanced.
      'If magnesium calms you, take it at night.',
      'The company claims its tea melts fat, a claim no study supports.',
      // An intransitive use changes its subject; `cut out` removes from a diet; `stop` needs a bodily object.
      'Rosemary grows well in dry soil.',
      'Squalane is lightweight and absorbs quickly.',
      'The diet cuts out bread, pasta and sugar.',
      'Freezing stops the berries from spoiling.',
      'Low zinc levels weaken immunity.',
      'She is great at tennis.',
      'Zinc may shrink an enlarged prostate.'
    ]) {
      expect((await lintRule(text, rule, 'text', rulesAlone)).map(brief), text).toEqual([])
    }
  })
  it('reads users of an intervention who fare better, and what it gives back', async () => {
    const cases: Array<[string, string]> = [
      ['Patients on the drug lived longer.', 'lived longer | may have lived longer'],
      ['Kids who take fish oil do better in school.', 'do better | may do better'],
      ['Kids who took fish oil did better in school.', 'did better | may have done better'],
      ['The supplement gave me my energy back.', 'gave | may have given']
    ]
    for (const [text, want] of cases)
      expect((await lintRule(text, rule, 'text', rulesAlone)).map(brief), text).toEqual([want])
    for (const text of [
      'Patients on the ward slept longer.',
      'People who take notes learn faster.',
      'Patients on the drug may live longer.'
    ]) {
      expect((await lintRule(text, rule, 'text', rulesAlone)).map(brief), text).toEqual([])
    }
  })
  it('reads phrasal verbs of removing, bold labels through the markdown processor, and headings that name an outcome', async () => {
    const cases: Array<[string, string]> = [
      ['Zinc fights off infections.', 'fights off | may fight off'],
      ['Elderberry knocks out the flu.', 'knocks out | may knock out'],
      ['Quercetin shuts down allergic reactions.', 'shuts down | may shut down'],
      ['Drinking beet juice daily brings down blood pressure.', 'brings down | may bring down'],
      // `a way to` after a copula: the subject is the agent of the infinitive.
      ['Yoga is a proven way to relieve back pain.', 'proven | studied'],
      ['Walking is an easy way to lower blood pressure.', 'lower | ']
    ]
    for (const [text, want] of cases)
      expect((await lintRule(text, rule, 'text', rulesAlone)).map(brief), text).toEqual([want])
    for (const text of [
      'The team brought down the price.',
      'The clinic shut down in 2019.',
      'Our comparison breaks down the differences.',
      'Cut down on sugar.',
      'Walking groups are promoted by councils as a way to reduce loneliness.',
      'Researchers are looking for a way to cure colds.'
    ]) {
      expect((await lintRule(text, rule, 'text', rulesAlone)).map(brief), text).toEqual([])
    }
    const {lint} = await import('../src/lint.js')
    const article =
      '# Tart cherry juice\n\nTart cherry juice is sour. Tart cherry juice is red. Tart cherry juice is sold in bottles.\n\n## 2. Faster recovery\n\n- Less inflammation overall\n\n## Joint relief\n\n**Gout:** Lowers uric acid and prevents flare-ups.\n'
    const file = await lint({content: article, format: 'markdown'}, {rules: rulesAlone})
    expect(
      file.messages
        .filter((m) => m.ruleId === rule)
        .map((m) => `${m.line}:${m.column} ${m.actual} | ${m.expected?.[0] ?? ''}`)
    ).toEqual(['7:3 Less inflammation | ', '11:11 Lowers uric acid and prevents | May lower uric acid and prevent'])
  })
  it('reads coordinated verbs that open list items, and every item of a list about the intervention named before it', async () => {
    const text =
      'Magnesium Night is our best seller:\n\n- Reduces or even prevents night sweats\n- Calms and relaxes tense muscles\n- Ships in a glass jar\n'
    const messages = await lintRule(text, rule, 'markdown', rulesAlone)
    expect(messages.map((m) => `${place(m)} ${brief(m)}`)).toEqual([
      '3:3 Reduces or even prevents | May reduce or even prevent',
      '4:3 Calms and relaxes | May calm and relax'
    ])
    expect(await lintRule('Causes and effects vary.', rule, 'text', rulesAlone)).toEqual([])
  })
  it("gives benefits that users see with no source named to the document's topic", async () => {
    const text =
      '# Magnesium\n\nMagnesium is cheap. Magnesium is old. Magnesium is popular.\n\nOlder runners see especially large endurance benefits.\n\nMany users see no benefits at all.\n'
    const messages = await lintRule(text, rule, 'markdown', rulesAlone)
    expect(messages.map((m) => `${place(m)} ${brief(m)}`)).toEqual(['5:15 see | may see'])
    expect(messages[0].reason).toContain('“magnesium”')
    expect((await lintRule('Daily yoga keeps older adults happy.', rule, 'text', rulesAlone)).map(brief)).toEqual([
      'keeps | may keep'
    ])
  })
  it('reads other members of each class of this round on sentences of our own', async () => {
    // One sentence for members of the lists that the tests above do not reach: surpassing,
    // phrasal verbs of removing, gentleness, praise with a gerund, outcomes that change on their
    // own, adjectives of outcome, words that only look negative.
    const cases: Array<[string, string]> = [
      ['Nothing compares to magnesium for night cramps.', 'compares | may compare'],
      ['Green tea melts away belly fat.', 'melts away | may melt away'],
      ['Oat fibre soaks up cholesterol in the gut.', 'soaks up | may soak up'],
      ['Elderberry wards off colds.', 'wards off | may ward off'],
      ['This balm is gentler on dry skin.', 'is gentler on | may be gentler on'],
      ['Kefir is good at calming the gut.', 'is good at | may be good at'],
      ['After a month on magnesium, the cramps subsided.', 'subsided | may have subsided'],
      ['Walking keeps older adults active.', 'keeps | may keep'],
      ['Zinc is not just cheap but also shortens colds.', 'shortens | may shorten']
    ]
    for (const [text, want] of cases)
      expect((await lintRule(text, rule, 'text', rulesAlone)).map(brief), text).toEqual([want])
    // Distancing, promise and states of the body, by other members of their lists.
    for (const text of [
      'The brand alleges its gel cures acne.',
      'Ginseng holds promise for fatigue.',
      'Caffeine withdrawal causes headaches.'
    ]) {
      expect((await lintRule(text, rule, 'text', rulesAlone)).map(brief), text).toEqual([])
    }
  })
  it('reads an imperative that promises an outcome with an intervention, and leaves instructions alone', async () => {
    const cases: Array<[string, string]> = [
      ['Boost your immunity with zinc.', 'Boost | '],
      ['Get glowing skin with our vitamin C serum.', 'Get | '],
      ['Experience deeper sleep with magnesium.', 'Experience | '],
      ['Say goodbye to wrinkles with Lumivex.', 'Say | ']
    ]
    for (const [text, want] of cases) {
      const messages = await lintRule(text, rule, 'text', rulesAlone)
      expect(messages.map(brief), text).toEqual([want])
      expect(place(messages[0]), text).toBe('1:1')
    }
    for (const text of [
      'Take zinc with food.',
      'Mix the powder with water.',
      'Start your day with a glass of water.',
      'Boost the flavour with a pinch of salt.',
      'Talk to your doctor before combining ashwagandha with thyroid medication.'
    ]) {
      expect((await lintRule(text, rule, 'text', rulesAlone)).map(brief), text).toEqual([])
    }
  })
})

describe('unhedged-claim: verbs that act on the body, and clauses around them', () => {
  it('reads a verb whose first WordNet sense acts on a thing when its object is bodily', async () => {
    const cases: Array<[string, string, string]> = [
      // verb.motion, verb.competition, verb.social, verb.creation with a bodily object
      ['Fennel tea settles an upset stomach.', 'settles | may settle', '1:12'],
      ['Milk thistle protects the liver.', 'protects | may protect', '1:14'],
      ['Bone broth restores the lining of the gut.', 'restores | may restore', '1:12'],
      // a verb on no list gets its fix from its class too
      ['Manuka honey seals the wound.', 'seals | may seal', '1:14']
    ]
    for (const [text, want, at] of cases) {
      const messages = await lintRule(text, rule, 'text', rulesAlone)
      expect(messages.map(brief), text).toEqual([want])
      expect(place(messages[0]), text).toBe(at)
    }
    await expectClean([
      // verbs of having, saying and being, and objects that are not bodily
      'Fennel tea contains anethole.',
      'Milk thistle describes a spiny plant of the daisy family.',
      'The pharmacist settles the bill at the end of the month.'
    ])
  })
  it('reads the subject after a subordinator and a pronoun that points forward to the main subject', async () => {
    const cases: Array<[string, string]> = [
      ['A cup of fennel tea after dinner can help, since it relaxes the gut.', 'relaxes | may relax'],
      ['Because it dilates blood vessels, beet juice lowers blood pressure.', 'dilates | may dilate'],
      ['Of all the oils, rosehip oil is the one that truly fades scars.', 'fades | may fade'],
      ['Whey protein is digested quickly and goes on to repair muscle.', 'goes on to repair | may go on to repair']
    ]
    for (const [text, want] of cases) {
      const messages = await lintRule(text, rule, 'text', rulesAlone)
      expect(messages.map(brief)[0], text).toBe(want)
    }
  })
  it('hedges the causative verb whose object is the intervention', async () => {
    const cases: Array<[string, string, string]> = [
      ['Fennel is mild, which makes it ideal for colic.', 'makes it ideal for | may make it ideal for', '1:23'],
      [
        'Oat bran is cheap, and this makes it perfect for lowering cholesterol.',
        'makes it perfect for | may make it perfect for',
        '1:29'
      ],
      [
        'Your cells burn glucose, making metformin beneficial for:\n\n- Lower blood sugar\n- Fewer hypos',
        'Lower | ',
        '3:3'
      ]
    ]
    for (const [text, want, at] of cases) {
      const messages = await lintRule(text.replace(/\\n/g, '\n'), rule, 'markdown', rulesAlone)
      expect(messages.map(brief)[0], text).toBe(want)
      expect(place(messages[0]), text).toBe(at)
    }
    expect(await lintRule('The heat makes it ideal for a sauna.', rule, 'text', rulesAlone)).toEqual([])
  })
  it('reads a list that a product promises, item by item, and a frequency adverb before a pronoun', async () => {
    const list =
      'Trimora has been clinically proven to:\n\n- Melt stubborn fat\n- Increase your energy\n- Tighten loose skin\n'
    const messages = await lintRule(list, rule, 'markdown', rulesAlone)
    expect(messages.map((m) => `${place(m)} ${m.actual}`)).toEqual([
      '1:18 clinically proven to',
      '3:3 Melt',
      '4:3 Increase',
      '5:3 Tighten'
    ])
    expect(
      (await lintRule('Statins are cheap. Often they lower cholesterol.', rule, 'text', rulesAlone)).map(brief)
    ).toEqual(['lower | may lower'])
    // `- sleep history`: a noun modifier, not a verb
    expect(
      await lintRule('Your doctor will ask about:\n\n- sleep history\n- stress at work\n', rule, 'markdown', rulesAlone)
    ).toEqual([])
  })
  it('reads outcomes of what the writer tried, opening phrases of use, and doers of an effect', async () => {
    const cases: Array<[string, string, string]> = [
      // a change of one's own bodily state after a sentence that names an intervention
      ['I tried magnesium last winter. My cramps went away within days.', 'went away | may have gone away', '1:42'],
      // an opening phrase of use (`Since I started taking`, `Within a week of switching to`)
      ['Since I started taking fish oil, my joint pain has eased.', 'has eased | may have eased', '1:48'],
      [
        'Within a week of switching to a low-salt diet, my headaches cleared up.',
        'cleared up | may have cleared up',
        '1:61'
      ],
      // a noun of one who does an effect, after its bodily object
      ['Ginseng is a natural energy booster.', 'is a natural energy booster | may be a natural energy booster', '1:9'],
      ['Green tea is a fat burner.', 'is a fat burner | may be a fat burner', '1:11']
    ]
    for (const [text, want, at] of cases) {
      const messages = await lintRule(text, rule, 'text', rulesAlone)
      expect(messages.map(brief), text).toEqual([want])
      expect(place(messages[0]), text).toBe(at)
    }
    await expectClean([
      'Cortisol rises in the morning and falls at night.',
      'I tried magnesium last winter. The weather improved in March.',
      'My uncle is a heavy smoker.',
      'There is no good evidence that drinking extra water clears acne.',
      'There is no real scientific proof that zinc cures colds.'
    ])
  })
  it('reads a predicate of suitability as a claim only when a bodily state, an effect or the reader follows', async () => {
    const cases: Array<[string, string]> = [
      ['Fennel is ideal for colic.', 'is ideal for | may be ideal for'],
      ['Oats are great for lowering cholesterol.', 'are great for | may be great for'],
      ['Green tea is good for you.', 'is good for | may be good for'],
      ['Beets are great for your heart.', 'are great for | may be great for']
    ]
    for (const [text, want] of cases)
      expect((await lintRule(text, rule, 'text', rulesAlone)).map(brief), text).toEqual([want])
    await expectClean([
      'Its folding frame is perfect for small flats.',
      'This compact lamp is perfect for those who travel.',
      'The starter kit is ideal for beginners.'
    ])
  })
  it("reads a change of the writer's own state in a document about an intervention", async () => {
    const text =
      '# Nettle tea for hay fever\n\nI began with a cup each morning in May.\nBy June my sneezing had died down.\n'
    const messages = await lintRule(text, rule, 'markdown', rulesAlone)
    expect(messages.map(brief)).toEqual(['had died down | may have died down'])
    expect(place(messages[0])).toBe('4:21')
    expect(
      await lintRule(
        '# Hay fever season\n\nI moved house in May.\nBy June my sneezing had died down.\n',
        rule,
        'markdown',
        rulesAlone
      )
    ).toEqual([])
  })
  it('reads list items that name an effect by its kind, and leaves topics and examples alone', async () => {
    const text =
      'Chamomile is beneficial for:\n\n- Calming properties before bed\n- Soothing effects on an upset stomach\n'
    const messages = await lintRule(text, rule, 'markdown', rulesAlone)
    expect(messages.map((m) => `${place(m)} ${m.actual}`)).toEqual([
      '1:11 is beneficial for',
      '3:3 Calming properties',
      '4:3 Soothing effects'
    ])
    expect(
      await lintRule('Open questions include:\n\n- the long-term effects of daily use\n', rule, 'markdown', rulesAlone)
    ).toEqual([])
    expect(
      await lintRule(
        'Possible risks include:\n\n- Headaches\n- Side effects such as nausea\n',
        rule,
        'markdown',
        rulesAlone
      )
    ).toEqual([])
  })
  it('reads a passive whose agent is the intervention, and leaves clauses of time alone', async () => {
    const cases: Array<[string, string, string]> = [
      ['Joint pain is eased by daily fish oil.', 'is eased | may be eased', '1:12'],
      [
        'Cramps are greatly reduced when you take magnesium at night.',
        'are greatly reduced | may be greatly reduced',
        '1:8'
      ],
      ['Wrinkles are smoothed away by Lumivex.', 'are smoothed | may be smoothed', '1:10']
    ]
    for (const [text, want, at] of cases) {
      const messages = await lintRule(text, rule, 'text', rulesAlone)
      expect(messages.map(brief), text).toEqual([want])
      expect(place(messages[0]), text).toBe(at)
    }
    await expectClean([
      'The trial was funded by the maker of the drug.',
      'The clinical trial was co-authored by Assoc Prof Lindqvist.',
      'Cholesterol is made by the liver.',
      'Tea tree oil should be diluted before it touches the skin.'
    ])
  })
  it('reads idioms of ending and holding down, and leaves a thing still sought alone', async () => {
    const cases: Array<[string, string]> = [
      ['Valerian puts an end to sleepless nights.', 'puts an end to | may put an end to'],
      ['This herbal tonic gets rid of gas for good.', 'gets rid of | may get rid of'],
      ['A warm bath of Epsom salts takes the edge off sore muscles.', 'takes the edge off | may take the edge off'],
      ['Cinnamon keeps blood sugar in check.', 'keeps blood sugar in check | may keep blood sugar in check'],
      ['Holy basil keeps stress hormones in balance.', 'keeps | may keep']
    ]
    for (const [text, want] of cases)
      expect((await lintRule(text, rule, 'text', rulesAlone)).map(brief), text).toEqual([want])
    await expectClean([
      'The chef keeps the flavours in balance.',
      'We got rid of the old sofa.',
      'I have been searching for a serum that will finally get rid of my dark spots.'
    ])
  })
  it('reads a whole line in bold without a sentence end as a headline', async () => {
    const text =
      '**Zinc lozenges shorten colds, says new study**\n\nZinc lozenges shorten colds.\n\n**Zinc lozenges shorten colds.**\n'
    const messages = await lintRule(text, rule, 'markdown', rulesAlone)
    expect(messages.map((m) => `${place(m)} ${m.actual}`)).toEqual(['3:15 shorten', '5:17 shorten'])
  })
  it('hedges a predicate over its adverbs, and reads an outcome that changes with an intervention after it', async () => {
    const cases: Array<[string, string, string]> = [
      ['Magnesium is remarkably effective.', 'is remarkably effective | may be remarkably effective', '1:11'],
      ['Cortisol levels drop with ashwagandha.', 'drop | may drop', '1:17'],
      ['My flares faded after a month on turmeric.', 'faded | may have faded', '1:11']
    ]
    for (const [text, want, at] of cases) {
      const messages = await lintRule(text, rule, 'text', rulesAlone)
      expect(messages.map(brief), text).toEqual([want])
      expect(place(messages[0]), text).toBe(at)
    }
    expect(await lintRule('Cortisol levels drop with age.', rule, 'text', rulesAlone)).toEqual([])
  })
  it('reads a changed state after a copula when a phrase of use opens the sentence', async () => {
    const messages = await lintRule('After a month on turmeric, my knee pain was gone.', rule, 'text', rulesAlone)
    expect(messages.map(brief)).toEqual(['was gone | may have been gone'])
    expect(place(messages[0])).toBe('1:41')
    expect(await lintRule('After the holidays, my weight was up.', rule, 'text', rulesAlone)).toEqual([])
  })
  it('reads a medical term for a condition by its suffix where WordNet has no entry', async () => {
    expect((await lintRule('Magnesium is good for fibromyalgia.', rule, 'text', rulesAlone)).map(brief)).toEqual([
      'is good for | may be good for'
    ])
    expect((await lintRule('Turmeric soothes tendinitis.', rule, 'text', rulesAlone)).map(brief)).toEqual([
      'soothes | may soothe'
    ])
    expect(await lintRule('The recipe is great for diabetics.', rule, 'text', rulesAlone)).toEqual([])
  })
  it('reads progressives and the doubled consonant of one-syllable verbs', async () => {
    const cases: Array<[string, string, string]> = [
      ['I tried the balm for a week. My acne is fading fast.', 'is fading | may be fading', '1:38'],
      ['Cortisol levels are dropping with ashwagandha.', 'are dropping | may be dropping', '1:17'],
      ['With daily yoga, my blood pressure dropped.', 'dropped | may have dropped', '1:36']
    ]
    for (const [text, want, at] of cases) {
      const messages = await lintRule(text, rule, 'text', rulesAlone)
      expect(messages.map(brief), text).toEqual([want])
      expect(place(messages[0]), text).toBe(at)
    }
    expect(
      await lintRule('I tried the balm for a week. The snow is disappearing fast.', rule, 'text', rulesAlone)
    ).toEqual([])
  })
  it('reads bodily nouns by their first two senses, and plants as remedies', () => {
    // `heart` is first the seat of feelings, `headache` first a nuisance: the bodily sense is second.
    for (const word of ['heart', 'headaches', 'hot_flash', 'cramps', 'prostate'])
      expect(isBodilyNoun(word), word).toBe(true)
    // Their bodily senses lie further down the list.
    for (const word of ['process', 'system', 'area', 'pipe']) expect(isBodilyNoun(word), word).toBe(false)
    for (const word of ['feverfew', 'valerian', 'palmetto', 'cohosh']) expect(isPlantNoun(word), word).toBe(true)
    // Weeds and grasses are no remedies; a plant's name in another first sense is not a plant.
    for (const word of ['ragweed', 'nettle', 'grass', 'palm']) expect(isPlantNoun(word), word).toBe(false)
  })
  it('reads plants, practices named by a gerund, and verbs whose second sense is a change', async () => {
    const cases: Array<[string, string, string]> = [
      ['Hawthorn calms a racing heart.', 'calms | may calm', '1:10'],
      ['Sage tea tames hot flashes.', 'tames | may tame', '1:10'],
      ['Mouth taping deepens sleep.', 'deepens | may deepen', '1:14'],
      ['Massage loosens up stiff joints.', 'loosens | may loosen', '1:9'],
      ['Cold exposure resets your body clock.', 'resets | may reset', '1:15'],
      ['Tart cherry juice before bed lengthens sleep.', 'lengthens | may lengthen', '1:30'],
      ['After ten days on the cleanse, my eczema cleared.', 'cleared | may have cleared', '1:42']
    ]
    for (const [text, want, at] of cases) {
      const messages = await lintRule(text, rule, 'text', rulesAlone)
      expect(messages.map(brief), text).toEqual([want])
      expect(place(messages[0]), text).toBe(at)
    }
    await expectClean([
      // An allergen, a bodily process, an industry, a stay that is no regimen, a clause of time.
      'Ragweed triggers hay fever in late summer.',
      'Blood clotting stops the bleeding.',
      'Industrial farming has reduced mineral content in crops.',
      'After three days on the ward, the patient went home.',
      'Wait until the swelling goes down before you run again.'
    ])
  })
  it("reads promises of the reader's bodily state, acts of moving, and the best thing you can do", async () => {
    const cases: Array<[string, string, string]> = [
      ['Use the balm nightly. Your lips will be softer by the weekend.', 'will be | may be', '1:33'],
      ['Apply the serum twice a day and your skin will look visibly firmer.', 'will look | may look', '1:43'],
      ['Take zinc at the first sniffle. It shortens the cold.', 'shortens | may shorten', '1:36'],
      ['A brisk evening walk lowers blood sugar.', 'lowers | may lower', '1:22'],
      ['The morning ritual calms a racing mind.', 'calms | may calm', '1:20'],
      [
        'Quitting sugar is the best thing you can do for your teeth.',
        'is the best thing you can do for | may be the best thing you can do for',
        '1:16'
      ],
      [
        'I swapped to oat milk. The bloating was gone, not just better, and my gut will be happier for it.',
        'will be | may be',
        '1:75'
      ]
    ]
    for (const [text, want, at] of cases) {
      const messages = await lintRule(text, rule, 'text', rulesAlone)
      expect(messages.map(brief), text).toEqual([want])
      expect(place(messages[0]), text).toBe(at)
    }
    await expectClean([
      // No intervention named; the reader's own body is no agent; a hedge before the predicate.
      'Your skin will be drier in winter.',
      'Your breathing slows and your heart rate drops as you fall asleep.',
      'Oat milk may be the best thing you can do for your gut.'
    ])
  })
  it("reads a template's product name in a saved page as the subject it stands for", async () => {
    const html =
      '<html><body><h1>My skin diary</h1>\n<p>I ordered <?= $product_name ?> last month.</p>\n' +
      '<p>As you can see, <?= $product_name ?> has faded my dark spots.</p>\n' +
      '<p>Shipping was <?= $shipping_cost ?> and it arrived fast.</p>\n</body></html>\n'
    const messages = await lintRule(html, rule, 'html', rulesAlone)
    expect(messages.map(brief)).toEqual(['has faded | may have faded'])
    expect(place(messages[0])).toBe('3:41')
    expect(messages[0].reason).toContain('“<?= $product_name ?>”')
    expect(isTemplateName('<?= $step1_name ?>')).toBe(true)
    expect(isTemplateName('<?php echo $brand; ?>')).toBe(true)
    expect(isTemplateName('<?= $geo->unit(2) ?>')).toBe(false)
    expect(isTemplateName('<?= $shipping_cost ?>')).toBe(false)
  })
  it('reads a list item of a bodily state and what became of it, in a page about an intervention', async () => {
    const text =
      '# Lumivex night cream\n\nI used Lumivex for six weeks.\n\n' +
      '- Dark circles – faded\n- Puffy eyes: gone\n- Price – reduced in the sale\n' +
      '- Crow’s feet wrinkles – SMOOTHED OUT overnight\n'
    const messages = await lintRule(text, rule, 'markdown', rulesAlone)
    // (wrinkles: a shape in WordNet, not a part of the body; price: a possession)
    expect(messages.map((m) => `${place(m)} ${brief(m)}`)).toEqual([
      '5:18 faded | may be faded',
      '6:15 gone | may be gone',
      '8:26 SMOOTHED | May be smoothed'
    ])
    // No intervention named before the list: a list of symptoms.
    expect(
      await lintRule('# Symptoms\n\n- Joint pain – worsened\n- Headache: gone by noon\n', rule, 'markdown', rulesAlone)
    ).toEqual([])
  })
  it('reads a quotation next to a reference line in its paragraph as sourced by that line', async () => {
    const text =
      'https://pubmed.ncbi.nlm.nih.gov/12345/\n“Ketogenic diets reduce hunger. They also lower food intake.”\n\n' +
      '“Fasting lowers insulin.”\nhttps://pubmed.ncbi.nlm.nih.gov/67890/\n\n' +
      'https://pubmed.ncbi.nlm.nih.gov/11111/\nKetogenic diets reduce hunger.\n\n' +
      'https://pubmed.ncbi.nlm.nih.gov/22222/\n\n“Ketogenic diets reduce hunger.”\n'
    const messages = await lintRule(text, rule, 'markdown', rulesAlone)
    // Not a quotation (line 8); a quotation in another paragraph (line 12).
    expect(messages.map((m) => `${place(m)} ${brief(m)}`)).toEqual([
      '8:17 reduce | may reduce',
      '12:18 reduce | may reduce'
    ])
  })
  it('reads a device as the agent of an effect on the body, and a base form after a plural subject', async () => {
    const cases: Array<[string, string, string]> = [
      ['The new mattress eases back pain.', 'eases | may ease', '1:18'],
      ['Our kefir holds live cultures. These cultures break down histamine.', 'break | may break', '1:47'],
      ['Eye exercises end eye strain for good.', 'end | may end', '1:15']
    ]
    for (const [text, want, at] of cases) {
      const messages = await lintRule(text, rule, 'text', rulesAlone)
      expect(messages.map(brief), text).toEqual([want])
      expect(place(messages[0]), text).toBe(at)
    }
    // A device that acts on no part of the body; people who are no intervention.
    for (const text of ['The new mattress eases the move to a bigger bed.', 'The nurses wash wounds daily.'])
      expect((await lintRule(text, rule, 'text', rulesAlone)).map(brief), text).toEqual([])
  })
  it('reads conditions of use, people who take an intervention, a lone gerund, and not-just', async () => {
    const cases: Array<[string, string, string]> = [
      ['If you take zinc every day, your colds will clear faster.', 'will clear | may clear', '1:40'],
      ['Runners who switched to beet juice lowered their blood pressure.', 'lowered | may have lowered', '1:36'],
      ['Gargling eases a sore throat.', 'eases | may ease', '1:10'],
      ["Arnica doesn't just hide bruises, it heals them.", 'heals | may heal', '1:38']
    ]
    for (const [text, want, at] of cases) {
      const messages = await lintRule(text, rule, 'text', rulesAlone)
      expect(messages.map(brief), text).toEqual([want])
      expect(place(messages[0]), text).toBe(at)
    }
    await expectClean([
      // A condition that names no use; a clause of condition after its verb; a bodily gerund.
      'If the rash spreads, your doctor will change the cream.',
      'Oats thicken when they soak up milk.',
      'Sneezing clears the nose.'
    ])
  })
  it('reads an apposition after the subject, and what nothing else does like', async () => {
    const cases: Array<[string, string, string]> = [
      ['The key ingredient, niacinamide, shrinks enlarged pores.', 'shrinks | may shrink', '1:34'],
      ['Nothing settles a queasy stomach like ginger tea.', 'settles | may settle', '1:9'],
      ['Nothing loosens tight hamstrings faster than a sports massage.', 'loosens | may loosen', '1:9']
    ]
    for (const [text, want, at] of cases) {
      const messages = await lintRule(text, rule, 'text', rulesAlone)
      expect(messages.map(brief), text).toEqual([want])
      expect(place(messages[0]), text).toBe(at)
    }
    await expectClean([
      // A subject and apposition of people; a comparison with no intervention; a plain negation.
      'Her surgeon, Mr Hale, repaired the torn tendon.',
      'Nothing relieves the boredom of a long flight like a good book.',
      'Nothing relieves the pain.'
    ])
  })
  it("reads promises to the reader's body after an instruction, and a bodily outcome after a way to", async () => {
    const cases: Array<[string, string]> = [
      ['Take magnesium at night and you will sleep better.', 'will sleep'],
      ['Drink a glass of cherry juice before bed and you will wake up feeling refreshed.', 'will wake'],
      ['For most people, a magnesium supplement before bed is the simplest way to sleep better.', 'sleep better']
    ]
    for (const [text, actual] of cases) {
      const messages = await lintRule(text, rule, 'text', rulesAlone)
      expect(
        messages.map((m) => m.actual),
        text
      ).toEqual([actual])
    }
    await expectClean([
      // No intervention named; the reader's wish; a question of how.
      'Lock the door and you will sleep better.',
      'She wants to sleep better.',
      'Here is how to sleep better.'
    ])
  })
  it('reads an ended bodily state, a stopped symptom, and an instruction to use and experience', async () => {
    const cases: Array<[string, string, string]> = [
      ['I switched to the copper bracelet. Now my wrists are no longer sore.', 'are no longer sore', '1:50'],
      ['I started the arnica gel on Monday. By Friday my ankle had stopped aching.', 'had stopped', '1:56'],
      ['Try our sleep spray for a week and notice the difference.', 'notice', '1:36']
    ]
    for (const [text, actual, at] of cases) {
      const messages = await lintRule(text, rule, 'text', rulesAlone)
      expect(
        messages.map((m) => m.actual),
        text
      ).toEqual([actual])
      expect(place(messages[0]), text).toBe(at)
    }
    // The instruction's finding has no fix: a modal cannot hedge an imperative.
    expect((await lintRule(cases[2][0], rule, 'text', rulesAlone))[0].expected).toEqual([])
    await expectClean([
      // Nothing named before; a bus route is no intervention.
      'My wrists are no longer sore.',
      'Try the new bus route and see the difference.'
    ])
  })
  it('reads a device as a passive agent, a verb of emotion on people, and irregular plurals', async () => {
    const cases: Array<[string, string, string]> = [
      ['Back pain is eased by a firm mattress.', 'is eased | may be eased', '1:11'],
      ['Weighted blankets calm anxious children at bedtime.', 'calm | may calm', '1:19'],
      ['Xylitol strengthens teeth.', 'strengthens | may strengthen', '1:9']
    ]
    for (const [text, want, at] of cases) {
      const messages = await lintRule(text, rule, 'text', rulesAlone)
      expect(messages.map(brief), text).toEqual([want])
      expect(place(messages[0]), text).toBe(at)
    }
    for (const word of ['calves', 'feet', 'teeth']) expect(isBodilyNoun(word), word).toBe(true)
    for (const text of ['The parcel was delivered by a van.', 'The new sofa delights visitors.'])
      expect((await lintRule(text, rule, 'text', rulesAlone)).map(brief), text).toEqual([])
  })
  it('reads the smaller entries of this round, each on a sentence of its own', async () => {
    const cases: Array<[string, string]> = [
      // lift: an outcome that changes on its own, after a phrase of use
      ['Since I started taking saffron, my mood has lifted.', 'has lifted'],
      // more: a comparative of the adjective after it, in a promise
      ['Use the oil nightly. Your cuticles will be more supple by Friday.', 'will be'],
      // the antidote to: a remedy by another name
      ['Walking is the antidote to a stiff back.', 'is the antidote to']
    ]
    await expectActual(cases)
    await expectClean([
      // speed with no object changes its subject; whenever opens a clause of condition
      'Your breathing speeds up as you climb.',
      'Oats go soft whenever they soak up milk.'
    ])
  })
  it('reads no function word as a product name', async () => {
    for (const word of ['This', 'Your', 'Since', 'Because', 'Which', 'Their'])
      expect(isProductName(word), word).toBe(false)
    expect(await lintRule('This person has developed type 2 diabetes.', rule, 'text', rulesAlone)).toEqual([])
  })
})

describe('unhedged-claim: states of the body kept, reached or ended', () => {
  it('reads any state word after a causative whose object names the body', async () => {
    const cases: Array<[string, string]> = [
      // keep + bodily object + a WordNet adjective outside the outcome list
      ['Walnut oil keeps the scalp moist.', 'keeps'],
      // get + bodily object + the -ing form of a verb
      ['A brisk walk gets your blood circulating.', 'gets'],
      // leave + bodily object + adjective
      ['The balm leaves chapped lips smooth and tender.', 'leaves']
    ]
    await expectActual(cases)
    await expectClean([
      // the object is no part or state of the body
      'The thermos keeps the soup warm.',
      'This planner keeps your week organised.',
      // a closed-class word WordNet also lists as an adjective is no state
      'The cap keeps your hair out of the pool.'
    ])
  })
  it('finds the plural subject of a base form before a phrase of time or use', async () => {
    expect(
      (await lintRule('Three prunes at breakfast relieve constipation.', rule, 'text', rulesAlone)).map((m) => m.actual)
    ).toEqual(['relieve'])
    // the noun before the phrase is singular and no intervention: the base form is no verb
    expect(await lintRule('The strain on the back muscles ease.', rule, 'text', rulesAlone)).toEqual([])
  })
  it('reads a better state had by people who take an intervention, and a cause of a bodily state', async () => {
    const cases: Array<[string, string]> = [
      // have + comparative + a faculty of the mind (WordNet's mental faculty: memory)
      ['Adults who drink cocoa daily have keener memory.', 'have keener memory'],
      ['Runners who take beetroot juice have lower blood pressure.', 'have lower blood pressure'],
      // a thing that causes a bodily state is a bodily object
      ['Oil pulling clears out the germs that cause gum disease.', 'clears'],
      // a verb of assuring with a bodily object
      ['A warm bath before bed guarantees deeper sleep.', 'guarantees']
    ]
    await expectActual(cases)
    await expectClean([
      // nothing bodily is had, or the people take nothing
      'Adults who drink cocoa daily have bigger mugs.',
      'Adults who read daily have better vocabularies.',
      // what the cause brings about is not bodily
      'The descaler removes the deposits that cause streaks.',
      // a verb of assuring with a clause, not a bodily object
      'The seal guarantees buyers are getting real manuka honey.'
    ])
  })
  it('reads a thing carried into the body, and a verb of perception that acts on the senses', async () => {
    const cases: Array<[string, string, string]> = [
      // any verb in the third person, its object, a preposition of goal and a bodily noun
      ['Psyllium husk draws water into the bowel.', 'draws', 'may draw'],
      ['Nitrate-rich greens carry extra oxygen to tired muscles.', 'carry', 'may carry'],
      // WordNet's perception verbs with the frame `Something ----s somebody`
      ['Witch hazel stings freshly shaved skin.', 'stings', 'may sting']
    ]
    await expectFixes(cases)
    await expectClean([
      // the goal is no part of the body; `to` before a verb is an infinitive's
      'The courier carries parcels to the depot.',
      'Black tea leaves are left to ferment.',
      // a verb of perception whose subject perceives
      'Patients on statins see their doctor twice a year.'
    ])
  })
  it('reads a person kept in a state, a promise of a better state, and what lies in the body', async () => {
    const cases: Array<[string, string]> = [
      // a causative with a person as its object and an -ed form as the state
      ['Raw onions leave you gassy and bloated.', 'leave'],
      // a promise with any verb and a comparative bodily state after it
      ['Swap sugar for berries and your teeth will repay you with stronger enamel.', 'will repay'],
      // verbs of consumption act on the body; what lies in a part of the body is bodily
      ['Chicory root nourishes the microbes in your intestines.', 'nourishes'],
      // a Latin plural as the subject of a base form
      ['Probiotic bacteria restore gut balance.', 'restore'],
      // what nothing does like X is X's, after a fronted phrase that names no intervention
      ['On a long flight, nothing eases swollen ankles like compression socks.', 'eases']
    ]
    await expectActual(cases)
    await expectClean([
      // no person or part of the body is kept in a state
      'The cooler keeps the drinks cold.',
      // no comparative state of the body after the promise's verb
      'Swap sugar for berries and your family will thank you.',
      // a place in the garden, not in the body
      'The feeder nourishes the birds in the garden.'
    ])
  })
  it("reads a remedy's role and a superlative remedy noun after a copula", async () => {
    const cases: Array<[string, string]> = [
      ['Sea buckthorn oil is the gentlest fix for dry eyes.', 'is the gentlest fix for'],
      ["Nettle tea is nature's own answer to hay fever.", "is nature's own answer to"],
      ['A cold shower is the cheapest stimulant there is.', 'is the cheapest stimulant'],
      // a panacea: a universal quantifier after an adverb of degree
      ['Neem oil is the simplest answer to nearly everything.', 'is the simplest answer to']
    ]
    await expectActual(cases)
    await expectClean([
      // what the role remedies is no part or state of the body
      'Nettle tea is the best answer to a muddy garden path.',
      'This planner is the simplest fix for a cluttered week.',
      // the body's own substance named in a relative clause's antecedent is physiology
      'Serotonin is the transmitter that lifts mood.'
    ])
  })
  it('reads things taken out of the body, verbs redone, persons changed, ways to a better state', async () => {
    const cases: Array<[string, string]> = [
      // carried out of or from a part of the body; the plural noun before the verb is no verb
      ['Dandelion root flushes excess salt from the kidneys.', 'flushes'],
      ['Charcoal masks pull grime out of your pores.', 'pull'],
      ['Magnesium keeps calcium out of soft tissue.', 'keeps'],
      // re- before a verb WordNet knows, the whole unknown to it
      ['This balm rehydrates cracked heels overnight.', 'rehydrates'],
      // a verb of the body with a person pronoun as object
      ['A cold plunge wakes you faster than coffee.', 'wakes'],
      // a way to a better bodily state
      ['Skipping rope is the quickest route to stronger ankles.', 'is the quickest route to stronger ankles'],
      // a measure before a promise's comparative
      ['Apply rosehip oil nightly and your hands will look years younger.', 'will look']
    ]
    await expectActual(cases)
    await expectClean([
      'The council repaints the fence every spring.',
      'The ring road is the quickest route to a bigger car park.',
      'Keep the cream out of the fridge.',
      'The course changes you.'
    ])
  })
  it('finds the subject of a clause opened by a conjunction, and people who consume with an adverb between', async () => {
    const cases: Array<[string, string]> = [
      ['Beet juice is not only sweet, but also lowers blood pressure.', 'lowers'],
      ['Fennel tea may taste odd, though, and will certainly ease gas.', 'will certainly ease'],
      [
        'Adults who regularly consume oats have a lower cholesterol level in the blood.',
        'have a lower cholesterol level'
      ]
    ]
    await expectActual(cases)
    // the clause before the conjunction names no intervention
    expect(await lintRule('The shop is small, but also stocks cramp cream.', rule, 'text', rulesAlone)).toEqual([])
  })
  it('reads adjectives made from bodily nouns, measures of one own body, places in it, hyphenated names', async () => {
    const cases: Array<[string, string]> = [
      // colicky < colic, asthmatic < asthma (WordNet's bodily trees)
      ['Fennel water quiets colicky infants.', 'quiets'],
      ['Salt caves soothe asthmatic children.', 'soothe'],
      // a measure of one's own body after a possessive
      ['Dried apricots replenish your iron stores.', 'replenish'],
      // what lies in a part of the body, after a relative clause's verb
      ['Sodium bicarbonate neutralises the acid that pools in tired legs.', 'neutralises'],
      // a hyphenated name whose last part is an intervention noun
      ['L-glutamine repairs a leaky gut lining.', 'repairs']
    ]
    await expectActual(cases)
    await expectClean([
      // messy < mess: a state in its first sense, but in no bodily tree
      'Castor oil packs are messy, so wear old clothes.',
      // no possessive: the levels are not one's own body's
      'The reservoir tops up the water levels.',
      // a particle is no verb (`up` is one in WordNet)
      'Sea salt tops up the bath.'
    ])
  })
  it("reads you'll, a non-restrictive which, a change within a time of using X, a plural noun before its verb", async () => {
    const cases: Array<[string, string, string]> = [
      ["Sip the tea before bed and you'll sleep more soundly.", "you'll sleep", 'you may sleep'],
      ['We stock raw kefir, which restores gut flora after antibiotics.', 'restores', 'may restore'],
      ['My hot flushes faded within a month of starting sage tablets.', 'faded', 'may have faded'],
      ['Dill seeds calm griping in babies.', 'calm', 'may calm']
    ]
    await expectFixes(cases)
    await expectClean([
      // the noun phrase before the comma is no intervention, and stops at the verb before it
      'Starch is broken down into sugar, which travels in the blood to every cell.',
      // a change within a time with no intervention in it
      'My rash faded within a week.'
    ])
  })
  it('reads a claim before advice in a clause of consequence, a longer subject before a phrase of time, once', async () => {
    const cases: Array<[string, string]> = [
      // advice after `, so` leaves the statement before it a statement
      ['A cooked breakfast steadies blood sugar until lunch, so please pack one for the trip.', 'steadies'],
      // a subject of up to six words before `before`
      ['A spoonful of local raw honey before bed soothes a dry cough.', 'soothes'],
      // a change once an intervention is used
      ['My psoriasis faded once we switched to a gluten-free diet.', 'faded'],
      // a bodily noun after the -s verb is its object
      ['Skipping torches belly fat.', 'torches']
    ]
    await expectActual(cases)
    await expectClean([
      // advice that opens the sentence is an instruction
      'Please pack a cooked breakfast, so that blood sugar stays steady until lunch.',
      // once a change of weather, no intervention
      'My psoriasis faded once the summer came.'
    ])
  })
  it('reads brand names with a capital inside, and a change within a span of time of using one', async () => {
    const cases: Array<[string, string]> = [
      ['Two weeks with the SleepWell pillow ends neck pain.', 'ends'],
      ['My tinnitus faded within two months of switching to the QuietEar drops.', 'faded']
    ]
    await expectActual(cases)
    expect(isProductName('SleepWell')).toBe(true)
    // a change within a span of time and nothing used
    expect(await lintRule('My tinnitus faded within two months.', rule, 'text', rulesAlone)).toEqual([])
  })
  it('reads a unit of use as the intervention named before it', async () => {
    const messages = await lintRule(
      'I bought the Lumivex night mask in May.\n\nOne short session softens dry skin.\n',
      rule,
      'markdown',
      rulesAlone
    )
    expect(messages.map((m) => `${place(m)} ${m.actual}`)).toEqual(['3:19 softens'])
    // a unit of use with its modifiers (up to six words)
    const modified = await lintRule(
      'I bought the Lumivex night mask in May.\n\nA 20-minute evening light session softens dry skin.\n',
      rule,
      'markdown',
      rulesAlone
    )
    expect(modified.map((m) => m.actual)).toEqual(['softens'])
    // nothing named before: a session of what?
    expect(await lintRule('One short session softens dry skin.', rule, 'text', rulesAlone)).toEqual([])
  })
  it("reads two-word interventions of WordNet's trees and the martial arts", async () => {
    expect(isInterventionCompound('tai', 'chi')).toBe(true)
    expect(isInterventionCompound('green', 'teas')).toBe(true)
    expect(isInterventionCompound('garden', 'path')).toBe(false)
    expect(
      (await lintRule('Twenty minutes of tai chi steadies wobbly knees.', rule, 'text', rulesAlone)).map(
        (m) => m.actual
      )
    ).toEqual(['steadies'])
    expect(await lintRule('Twenty minutes of garden chat steadies wobbly knees.', rule, 'text', rulesAlone)).toEqual([])
  })
  it('reads a device or practice subject across a participial aside, and a body substance taken', async () => {
    const cases: Array<[string, string]> = [
      ['The brace, worn at bedtime, eases heel pain by morning.', 'eases'],
      ['Cortisol taken as tablets suppresses inflammation.', 'suppresses']
    ]
    await expectActual(cases)
    // the body's own substance, not taken, and a device that acts on no body
    await expectClean([
      'Cortisol, released at dawn, suppresses inflammation.',
      'The brace, worn at bedtime, protects the sheets.'
    ])
  })
  it('reads a bodily state that became rare or ended after a phrase naming an intervention', async () => {
    const cases: Array<[string, string]> = [
      ['Since switching to oat milk, my bloating has become rare.', 'become rare'],
      ['After a month of yoga, her migraines became a thing of the past.', 'became a thing of the past'],
      ['On montelukast, my wheezing fits are history.', 'are history'],
      // an adverb of degree before the state; a hyphenated adjective
      ['Since starting fish oil, my knee pain has become almost non-existent.', 'become almost non-existent']
    ]
    await expectActual(cases)
    await expectClean([
      // no part or state of the body
      'With the new app, paper forms became a thing of the past.',
      // nothing names an intervention
      'With age, stiff joints become common.'
    ])
  })
  it('reads a condition told by coordination: an instruction or a noun phrase, `and`, a promised state of the body', async () => {
    const cases: Array<[string, string]> = [
      ['Take zinc lozenges and your sore throat is gone.', 'is gone'],
      ['Sip Hydralyte between sets and your legs stay strong.', 'stay strong'],
      ['One cortisone injection, and the shoulder pain is gone.', 'is gone'],
      ['Five minutes of box breathing and you will feel calmer.', 'will feel'],
      ['Two weeks of retinol and your dark spots fade within days.', 'fade']
    ]
    await expectActual(cases)
    await expectClean([
      // no state of the body after `and`
      'Add salt and the sauce stays thick.',
      // no intervention, act or product before `and`
      'Lock the door and you will sleep better.',
      // two subjects coordinated, not a condition
      'Anxiety and your mood are linked.',
      // a clause with its own subject before `and`
      'I am glad you wrote and your knees are better.',
      // a list item with no verb
      '* Fatigue and mood changes'
    ])
  })
  it('reads the subject across a conjunctive adverbial between commas', async () => {
    const cases: Array<[string, string]> = [
      ['Arnica gel, however, eases bruising.', 'eases'],
      ['Nasal sprays, on the other hand, clear a blocked nose.', 'clear'],
      ['Ginger tea, in fact, settles nausea.', 'settles']
    ]
    await expectActual(cases)
    // no body
    await expectClean(['The shops, however, close early.'])
  })
  it('reads a pseudo-cleft whose focus is a better state of the body and whose `what` clause names the intervention', async () => {
    const cases: Array<[string, string]> = [
      [
        'Fewer migraines and calmer mornings are what a month of feverfew gave me.',
        'are what a month of feverfew gave'
      ],
      ['Softer knees and a looser back: that is what daily yoga brings.', 'is what daily yoga brings'],
      ['Stronger nails are what biotin gummies promise.', 'are what biotin gummies promise']
    ]
    await expectActual(cases)
    await expectClean([
      // no state of the body
      'Lower prices are what the new pharmacy brings.',
      // no intervention in the `what` clause
      'Deeper sleep is what I want.'
    ])
  })
  it("reads an instruction's clause of reason, and a span of time that dates a change to the start of a remedy", async () => {
    const cases: Array<[string, string]> = [
      ['Start with the glycinate form, since it calms a restless nervous system.', 'calms'],
      ['Try turmeric first, because it soothes stiff joints.', 'soothes'],
      ['My hay fever disappeared the week I started taking quercetin.', 'disappeared']
    ]
    await expectActual(cases)
    await expectClean([
      // the reason states no effect on the body
      'Keep the capsules in the fridge, because heat spoils them.',
      // nothing taken in the span of time
      'My headaches stopped the week I moved house.'
    ])
  })
  it('reads the subject before any aside set off by commas: long participles, relatives, appositions, lists', async () => {
    const cases: Array<[string, string]> = [
      ['Chicken soup, slow-cooked for a whole afternoon with leeks and a bay leaf, loosens a chesty cough.', 'loosens'],
      ['Loratadine, now sold in every corner shop across the country, relieves hay fever.', 'relieves'],
      [
        'Thyme, which my aunt grows on her windowsill and which costs almost nothing, soothes a sore throat.',
        'soothes'
      ],
      ['Chamomile, lemon balm and lavender, brewed together before bed, calm an anxious mind.', 'calm']
    ]
    await expectActual(cases)
    await expectClean([
      // an opening phrase of time, not a subject
      'In winter, when the days are short, colds spread quickly.',
      // instructions in a row: a base form after a singular object is no verb of that object
      'Wash your face, pat it dry with a towel, soothe redness with a cold flannel.'
    ])
  })
  it('reads a span of time into a remedy opening the sentence, a pronoun with its copula after a condition, and doing wonders', async () => {
    const cases: Array<[string, string]> = [
      ['Two weeks into taking iron tablets, my breathlessness had eased.', 'had eased'],
      ['A spoonful of honey at bedtime and she is calmer.', 'is calmer'],
      ["One drop of clove oil and he's brighter by breakfast.", "he's brighter"],
      ['Sea buckthorn oil does wonders for dry eyes.', 'does wonders for']
    ]
    await expectActual(cases)
    await expectClean([
      // a span of time into no remedy
      'A month into the new job, my headaches had stopped.',
      // no intervention or act before `and`
      'Lock the door and you are safer.'
    ])
  })
  it('reads a pronoun object that stands for a bodily noun before it, and denials inside relative clauses as their own', async () => {
    const cases: Array<[string, string]> = [
      ['Heartburn is miserable, and a spoon of alginate settles it within minutes.', 'settles'],
      ['Unlike plain paracetamol, which barely touches a migraine, sumatriptan stops it.', 'stops']
    ]
    await expectActual(cases)
    // the pronoun stands for no bodily noun
    await expectClean(['The jar is open, and our new cap seals it.'])
  })
  it('reads a sentence with no verb that names a better bodily state and what it comes with', async () => {
    const cases: Array<[string, string]> = [
      ['Stronger nails in six weeks with our biotin gummies.', 'Stronger nails'],
      ['The verdict: calmer skin after a month of colloidal oatmeal baths.', 'calmer skin']
    ]
    await expectActual(cases)
    await expectClean([
      // no state of the body
      'Lower prices with our loyalty card.',
      // a verb of its own: a finding, not a promise
      'Stiffness decreased with age, and to a lesser extent with weight.'
    ])
  })
  it('reads compounds of the body, switching to a remedy, what stopped, a label as a copula, and `it` for a bodily noun of a condition', async () => {
    const cases: Array<[string, string]> = [
      ['Vitamin D keeps your immune system ticking over.', 'keeps'],
      ['My shins stopped aching the week I switched to magnesium cream.', 'stopped'],
      ['Manuka honey: nature’s answer to a sore throat.', 'nature’s answer to'],
      ['Dab tea tree oil on a cold sore at bedtime and it will be gone by the weekend.', 'will be gone']
    ]
    await expectActual(cases)
    await expectClean([
      // no bodily noun for `it`
      'Rub the polish on the table and it will be clean by morning.',
      // nothing started in the span of time
      'My knees stopped aching after the holidays.'
    ])
  })
  it('reads an outcome watched after a condition, and what an exchange takes in', async () => {
    const cases: Array<[string, string]> = [
      ['Swap your evening wine for chamomile and watch the night sweats disappear.', 'disappear'],
      ['Take a probiotic daily and watch your bloating vanish.', 'vanish']
    ]
    await expectActual(cases)
    // nothing of the body watched
    await expectClean(['Open the curtains and watch the birds disappear.'])
  })
  it('reads a phrasal verb of removing with its bodily object before the particle', async () => {
    const cases: Array<[string, string]> = [
      ['Arnica brings the bruising down overnight.', 'brings'],
      // a base form after a plural subject
      ['Beetroot shots bring blood pressure down within a month.', 'bring'],
      ['Elderflower cordial knocked my fever out in a day.', 'knocked']
    ]
    await expectActual(cases)
    // no body between the verb and its particle
    await expectClean(['The storm brings the old fence down.', 'The cranes bring the old wall down.'])
  })
  it('reads `the reason` a state of the body changed, and the perfect of a change after a condition', async () => {
    const cases: Array<[string, string]> = [
      ['This lavender pillow spray is the reason I finally sleep through the night.', 'is the reason'],
      ['Turmeric is the reason my knees have stopped aching.', 'is the reason'],
      ['Take cod liver oil every morning and your joints have loosened by spring.', 'have loosened']
    ]
    await expectActual(cases)
    await expectClean([
      // no state of the body
      'The rain is the reason I stay indoors.',
      'Magnesium is the reason I buy this brand.'
    ])
  })
  it('reads the mind as a part of the person an intervention acts on', async () => {
    const cases: Array<[string, string]> = [
      ['Lavender oil switches off your racing mind.', 'switches'],
      ['Valerian stills a restless mind.', 'stills']
    ]
    await expectActual(cases)
  })
})

describe('unhedged-claim: classes from the blind batches of the seventh session', () => {
  it('reads sleep and waking as states a condition promises, with an intensifier or a manner', async () => {
    const cases: Array<[string, string]> = [
      ['A mug of valerian tea and you are asleep within the hour.', 'are asleep'],
      ["Three drops of lavender oil on the pillow and you're sound asleep by ten.", "you're sound asleep"],
      ["One capsule of glycine at bedtime and you'll sleep deeply.", "you'll sleep"],
      ["Half a scoop of this powder and you'll be wide awake for the morning meeting.", "you'll be"]
    ]
    await expectActual(cases)
    await expectClean([
      // no intervention before `and`
      "Close the curtains and you'll be asleep in minutes.",
      'The children were asleep by nine.'
    ])
  })
  it('reads the gerunds of `do` and `go` with their objects as practices', async () => {
    const cases: Array<[string, string]> = [
      ['Doing a jigsaw every evening keeps your mind sharp.', 'keeps'],
      ['Going to bed at the same hour lowers your stress.', 'lowers']
    ]
    await expectActual(cases)
    await expectClean(['Going forward, the clinic lowers its prices.', 'Doing the dishes takes ten minutes.'])
  })
  it('reads `no longer` before a verb that names a bodily state as the end of a symptom', async () => {
    const cases: Array<[string, string]> = [
      ['After six weeks of physiotherapy, my shoulders no longer ache.', 'no longer ache'],
      ['Since I began taking the balm, my heels no longer itch at night.', 'no longer itch'],
      ['Rub the cream in every morning. My calves no longer cramp.', 'no longer cramp']
    ]
    await expectActual(cases)
    await expectClean([
      // no intervention
      'My shoulders no longer ache.',
      'Since the move, my knees no longer hurt.',
      // not a bodily state
      'My shoes no longer pinch.',
      // a part of one's body, though WordNet also knows it as a cut of meat
      'My shoulders relax in the evening.'
    ])
  })
  it('reads the infinitive of a verb of change after a head that makes it an effect', async () => {
    const cases: Array<[string, string]> = [
      ['Peppermint capsules are guaranteed to settle a nervous stomach.', 'guaranteed to'],
      ['Our arnica gel is proven to shrink bruises overnight.', 'is proven to']
    ]
    await expectActual(cases)
    await expectClean(['The committee was asked to settle the dispute.', 'The drug was designed to settle nausea.'])
  })
  it('reads `hold at bay` as `keep at bay`, and a distributive determiner before a bodily object', async () => {
    const cases: Array<[string, string]> = [
      ['Elderberry syrup holds winter colds at bay.', 'holds winter colds at bay'],
      ['Fennel tea settles any upset tummy.', 'settles'],
      ['This balm calms each angry patch of eczema.', 'calms']
    ]
    await expectActual(cases)
    await expectClean(['The guards hold the crowd at bay.'])
  })
})

describe("unhedged-claim: the seller's own products and their names", () => {
  it("reads a noun phrase opened by the seller's `our` as what the seller offers", async () => {
    const cases: Array<[string, string]> = [
      ['Our travel size soothes chapped lips on long flights.', 'soothes'],
      ['Our evening stretch class releases the tension in your lower back.', 'releases'],
      ["Our winter range cleared up my daughter's eczema in a month.", 'cleared up']
    ]
    await expectActual(cases)
    await expectClean([
      // people, places and times are no products
      'Our nurses soothe anxious patients before surgery.',
      'Our winters dry your skin.',
      'Our village lowers your stress.'
    ])
  })
  it('reads `take the X off` and `take the X out of` as idioms of removing', async () => {
    const cases: Array<[string, string]> = [
      ['A walking stick takes the strain off a sprained ankle.', 'takes the strain off'],
      ['Epsom salts take the soreness out of tired legs.', 'take the soreness out of']
    ]
    await expectActual(cases)
    await expectClean(['The nurse takes the dressing off the wound.', 'Take the lid off the jar.'])
  })
  it("reads a title-cased name in a table's first cell or a bold label as a product", async () => {
    // Through the processor, which reads a GFM table cell by cell.
    const page = [
      '| Blend | What it does |',
      '| --- | --- |',
      '| Evening Hush | Quiets a busy mind before bed |',
      '| Deep Sleep | Quiets a busy mind before bed |',
      '',
      'Our blends are mixed by hand.',
      '',
      '- **Garden Balm:** Softens cracked heels in a week.',
      '',
      'Every jar is recyclable.',
      '',
      '- **Fun Fact:** Softens cracked heels in a week.',
      '',
      'Every lid is recyclable.',
      '',
      '- **Top Tip:** Lowers your stress.',
      ''
    ].join('\n')
    // (The rules alone: on a seller's page the scorer may judge a label's subject-less effect for itself.)
    const result = await lintDocument({content: page, format: 'markdown'}, {rules: {[rule]: {scorer: false}}})
    const lines = result.messages.filter((m) => m.ruleId === rule).map((m) => `${m.line}:${m.column} ${m.actual}`)
    // a bodily head (`Deep Sleep`), a word of saying or knowing (`Fun Fact`), a place (`Top Tip`)
    expect(lines).toEqual(['3:18 Quiets', '8:20 Softens'])
  })
})

describe('unhedged-claim: relatives, fronted states, phrases and owned qualities', () => {
  it("reads what an instruction's `, which` clause says of what it names", async () => {
    await expectActual([
      ['Try a cup of fennel tea after dinner, which settles a bloated stomach.', 'settles'],
      ['Ask your pharmacist for a zinc spray, which shortens a cold.', 'shortens']
    ])
    await expectClean(['Take the stairs, which saves time.', 'Store the tablets in a drawer, which keeps them dry.'])
  })
  it('reads a better or affected state of a bodily subject after a fronted intervention', async () => {
    await expectActual([
      ['After a month of pilates, my back is straighter.', 'is straighter'],
      ['Since switching to rosehip oil, my scars are visibly faded.', 'are visibly faded']
    ])
    await expectClean(['After the holidays, my skin is drier.', 'After a month of rain, the lawn is greener.'])
  })
  it('reads the bodily object after a phrase when a device or product is its agent', async () => {
    await expectActual([['Our ergonomic chairs have put an end to my neck pain.', 'put an end to']])
    await expectClean(['The new fence put an end to the noise.'])
  })
  it("reads a person's own quality as what a causative keeps in a state", async () => {
    await expectActual([
      ['Oat porridge keeps your energy steady until lunch.', 'keeps'],
      ['Beetroot juice keeps your stamina high on long rides.', 'keeps']
    ])
    await expectClean(['The new tyres keep your car steady.', 'Magnesium keeps its colour bright.'])
  })
  it('reads a practice before a phrase of time opened by `every`', async () => {
    await expectActual([['Skipping rope every morning strengthens your ankles.', 'strengthens']])
  })
})

describe('unhedged-claim: units of use, disputed reports, relatives in an outcome, idioms, actions against', () => {
  it('reads a unit of use as the treatment a verbless promise comes with', async () => {
    await expectActual([
      ['The payoff: clearer pores after one facial session.', 'clearer pores'],
      ['Softer heels after two podiatry visits.', 'Softer heels']
    ])
    await expectClean(['A cleaner kitchen after one session.'])
  })
  it('reads a report the writer disputes as distanced', async () => {
    await expectClean([
      'The label says this tonic cures hay fever, but nobody has published a single trial.',
      'Its makers claim the patch melts belly fat, but we could not find any evidence for that.'
    ])
    await expectActual([
      // not disputed (a vague authority: what a product's label says is distanced by its reporter, see
      // test/session-17-classes.test.ts)
      ['The pharmacist says this tonic cures hay fever.', 'cures'],
      // the writer's own word
      ['We say this tonic cures hay fever, but we do not sell it.', 'cures']
    ])
  })
  it('reads an outcome whose subject holds a relative clause', async () => {
    await expectActual([['Take zinc lozenges and the colds that plague you every winter are gone.', 'are gone']])
    await expectClean(['Take the bus and the friends that you meet are gone.'])
  })
  it('reads `knock X on the head` as an idiom of ending', async () => {
    await expectActual([
      ['Raw honey knocks a tickly cough on the head overnight.', 'knocks a tickly cough on the head']
    ])
    await expectClean(['He knocked his head on the door.'])
  })
  it('reads a word of acting against (`anti-inflammatory`) as a benefit a remedy brings', async () => {
    await expectActual([
      ['Fresh ginger brings antiviral protection to your winter soups.', 'brings'],
      ['Cherry juice offers anti-inflammatory support after a hard run.', 'offers']
    ])
    await expectClean(['This bath mat brings anti-slip grip to your bathroom.'])
  })
  it('reads keeping to a regimen (follow, complete, practise, do) as taking it', async () => {
    await expectActual([
      ['Adults who follow a low-salt diet have healthier hearts.', 'have healthier hearts'],
      ['Women who practise pilates have stronger backs.', 'have stronger backs']
    ])
    await expectClean(['People who follow the news have stronger opinions.'])
  })
  it('reads a fortnight as a span of time before what was taken', async () => {
    await expectActual([['My cold sores faded within a fortnight of switching to a lysine cream.', 'faded']])
  })
  it("reads a causative's start (`gets you started`) as no state", async () => {
    await expectClean(['A pair of trainers and a free app will get you started.'])
    await expectActual([['Black coffee gets you going in the morning.', 'gets']])
  })
  it('reads a result clause (`, so`) whose body changes after a clause that names an intervention', async () => {
    await expectActual([
      ['Psyllium husk bulks up the stool, so your bowels settle into a rhythm.', 'settle'],
      ['A humidifier keeps the nursery air moist, so your baby will breathe easier at night.', 'will breathe']
    ])
    await expectClean([
      // hedged, or no intervention, or no body
      'Psyllium husk may bulk up the stool, so your bowels settle into a rhythm.',
      'High blood sugar is read as a warning by your body, so the insulin rises.',
      'Magnesium is cheap, so your wallet stays happy.',
      'Older dogs and their owners alike should warm up gently before a long walk.'
    ])
  })
  it('reads a practice in an apposition, after a span of time of it', async () => {
    await expectActual([
      ['My evening ritual, twenty minutes of gentle stretching on the floor, loosens my stiff hips.', 'loosens']
    ])
    await expectClean(['Our manager, ten years of service behind him, lowers the mood.'])
  })
  it("reads the reader's body changing right after a sentence that names an intervention", async () => {
    await expectActual([['Sip a mug of chamomile tea. Your jaw relaxes within minutes.', 'relaxes']])
    await expectClean([
      'Sip a mug of chamomile tea. Your jaw may relax within minutes.',
      'Read the label first. Your jaw relaxes within minutes.',
      'Sip a mug of chamomile tea. Your body needs water too.'
    ])
  })
  it("reads a cleft's focus before an aside, and a denial inside `, not X,` denies nothing after it", async () => {
    await expectActual([
      ['It is fennel, not peppermint, that soothes a bloated stomach.', 'soothes'],
      ["It's rosehip oil, a cheap kitchen staple, that fades old scars.", 'fades']
    ])
    await expectClean([
      'It is not fennel that soothes a bloated stomach.',
      'It is the damp, not the pollen, that makes my eyes itch.'
    ])
  })
  it("reads a noun of force named by its action (`anti-itch power`) as its owner's effect", async () => {
    await expectActual([
      ["Calamine's anti-itch power is why every camping kit should carry a bottle.", 'power'],
      ["Chamomile's nerve-soothing action is what keeps me calm before exams.", 'action']
    ])
    await expectClean(["The engine's pulling power is impressive.", "The drug's mode of action is unclear."])
  })
  it('reads a phrasal change of a bodily state with what comes after it (with, after, once)', async () => {
    await expectActual([
      ['My eczema cleared up once we switched to a coconut oil rub.', 'cleared up'],
      ['The hives died down with an antihistamine.', 'died down']
    ])
    // nothing bodily changes
    await expectClean(['The fog cleared up after lunch.', 'The fog faded after lunch.'])
  })
  it('reads idioms of rising and ending, roles of protecting, a state restored, and time spent with a remedy', async () => {
    await expectActual([
      ['Our matcha latte sends your focus through the roof.', 'sends your focus through the roof'],
      ['A daily spoon of manuka honey puts a sore throat to rest.', 'puts a sore throat to rest'],
      ["Propolis spray: nature's shield against sore throats.", "nature's shield against"],
      ['Ten minutes with a foam roller and your calves are back to normal.', 'are back']
    ])
    await expectClean([
      'The council put the rumours to rest.',
      'Five minutes with my sister and your ears hurt.',
      'The new fence is a shield against the wind.'
    ])
  })
  it("reads a condition's promise with no subject: a verb of the body or of seeming and a better state", async () => {
    await expectActual([
      ['Add a spoon of psyllium to your porridge and feel lighter by lunchtime.', 'feel lighter'],
      ['Swap the late espresso for rooibos and sleep deeper.', 'sleep deeper']
    ])
    await expectClean(['Buy two and save more.', 'Take the bus and feel better about the planet.'])
  })
  it('reads a past participle before a preposition of route as describing its noun', async () => {
    await expectClean(['Vitamin B12 delivered through a nasal spray has been tested far less than injections.'])
    await expectActual([['Vitamin B12 delivered through a nasal spray lifts your energy.', 'lifts']])
  })
  it('reads a word after an adverb of degree as an adjective, not a bodily noun', async () => {
    await expectClean(['Book a session at our ice chamber. It feels very cold but dry.'])
    await expectActual([['Warm honey soothes a very sore throat.', 'soothes']])
  })
  it('reads a change (a reduction, a drop) as a benefit a remedy brings', async () => {
    await expectActual([['Beetroot juice brings a sharp drop in blood pressure.', 'brings']])
    await expectClean(['The new timetable brings a sharp drop in fares.'])
  })
  it('reads a base form after a coordination of interventions as agreeing with it', async () => {
    await expectActual([
      ['Sage and thyme calm a tickly cough.', 'calm'],
      ['Oats, flaxseed and prunes keep you regular.', 'keep'],
      ['Rosemary and mint bring your headache down.', 'bring']
    ])
    await expectClean(['Rain and wind batter the coast.', 'Bread and butter make a good snack.'])
  })
  it("reads the body's own substance as bodily when it is owned or measured", async () => {
    await expectActual([
      ['A warm bath brings your cortisol down.', 'brings'],
      ['This tea brings adrenaline levels down.', 'brings']
    ])
    await expectClean(['Green tea brings the cortisol chapter down to ten pages.'])
  })
  it('reads a progressive as a finite verb group, hedged at its be', async () => {
    await expectFixes([
      ['These willow bark drops are easing my back pain.', 'are easing', 'may be easing'],
      ['The zinc lozenges were shortening her colds.', 'were shortening', 'may have been shortening']
    ])
    await expectClean(['The plan is reducing waiting lists.', 'Our aim is improving sleep for shift workers.'])
  })
  it('reads the clause after an instruction to know something as a statement', async () => {
    await expectActual([
      ['Remember that a bowl of porridge steadies your blood sugar.', 'steadies'],
      ['Please remember that a mug of cocoa calms a restless child.', 'calms'],
      ["Don't forget that ginger settles a queasy stomach.", 'settles']
    ])
    await expectClean(['Remember to pack ginger biscuits for the ferry.', "Don't forget your ginger biscuits."])
  })
  it('reads a bodily noun that WordNet names in two words, not its first word as a verb', async () => {
    await expectActual([['Cherry juice keeps jet lag at bay.', 'keeps jet lag at bay']])
    await expectClean(['The jet lands at noon.'])
  })
  it('reads a person named by a noun as the object of a verb of keeping or making', async () => {
    await expectActual([['Elderflower cordial keeps toddlers free of coughs.', 'keeps']])
    await expectClean(['The new timetable keeps commuters free of delays.'])
  })
  it('reads a verb of entailment (mean, entail) with a bodily outcome as its object', async () => {
    await expectActual([
      ['Twenty minutes of tai chi means steadier knees by spring.', 'means'],
      ['A bowl of porridge at seven means no hunger pangs before lunch.', 'means']
    ])
    await expectClean(['A late train means a missed dinner.', 'Porridge means different things in different homes.'])
  })
  it('reads a count of a unit of a dose as the dose taken', async () => {
    await expectActual([
      ['Two spoonfuls calm a churning stomach.', 'calm'],
      ['A tablespoon before bed eases night-time coughing.', 'eases'],
      ['Three glasses before noon wake up a sluggish gut.', 'wake']
    ])
    await expectClean(['Two glasses fell off the shelf.', 'Three trains before noon stop at the village.'])
  })
  it('reads a verb of taking an amount off a bodily or owned measure', async () => {
    await expectActual([
      ['Nitrate-rich spinach knocks a few points off your blood pressure.', 'knocks'],
      ['Beetroot shots shave seconds off your mile.', 'shave'],
      ['Cold-water swimming trims inches off your waistline.', 'trims']
    ])
    await expectClean(['The new bypass shaves ten minutes off the school run.', 'She knocked the mug off the desk.'])
  })
  it("ends a short answer's negation at its colon", async () => {
    await expectActual([['Not at all: peppermint oil relaxes a cramping gut.', 'relaxes']])
    await expectClean(['No: peppermint oil does not relax a cramping gut.'])
  })
  it('reads a progressive of a verb of the body and its better state as a promised state', async () => {
    await expectActual([["Ten nights of tart cherry and I'm sleeping soundly.", "I'm sleeping soundly"]])
    await expectClean(["Ten nights of tart cherry and I'm sleeping on the sofa."])
  })
  it("reads a quantity's of as going on to what it measures", async () => {
    await expectActual([['A steam room drains every ounce of tension from your neck.', 'drains']])
    await expectClean(['A steam room drains every ounce of water from the towels.'])
  })
  it('reads a gerund after a span of time as the practice', async () => {
    await expectActual([['Twenty minutes of doodling each evening calms a busy mind.', 'calms']])
    await expectClean(['Twenty minutes of evening traffic calms a busy mind.'])
  })
  it("reads a remedy's role after a possessive, a superlative of any noun, and a fronted for phrase", async () => {
    await expectActual([
      ['Elderberry is your best defence against winter colds.', 'is your best defence against'],
      ['Potassium is the most underrated mineral for steady blood pressure.', 'is the most underrated mineral for'],
      ['For stiff knees after a long walk, a hot bath with Epsom salts is the answer.', 'is the answer']
    ])
    await expectClean([
      'Oats are the best choice for breakfast.',
      'This is the most popular cafe for brunch.',
      'For dinner on Fridays, pasta bake is the answer.'
    ])
  })
  it('reads a remedy by kind in a predicate as acting on the body', async () => {
    await expectActual([['A swim in the sea is the best tonic there is.', 'is the best tonic']])
    await expectClean(['A swim in the sea is the best part of the holiday.'])
  })
  it('reads all that is needed for a bodily purpose as a predicate of suitability', async () => {
    await expectActual([['A mug of warm milk is all you need for sound, restful sleep.', 'is all you need for']])
    await expectClean(['A railcard is all you need for cheaper, quicker trips.'])
  })
  it("reads a class verb's participle after a comma as said of the clause's subject", async () => {
    await expectActual([['Somnora hums a low tone beside your pillow, lengthening your deep sleep.', 'lengthening']])
    await expectClean(['The fan hums a low tone, lengthening the summer evenings.'])
  })
  it("reads a condition's promise that a bodily state never comes again", async () => {
    await expectActual([
      [
        "Add a spoon of ginger to your porridge and you'll never feel that queasiness again.",
        'never feel that queasiness again'
      ]
    ])
    await expectClean(["Add a spoon of ginger to your porridge and you'll never eat it plain again."])
  })
  it("reads a noun with a bodily sense past its first two as bodily when it is someone's own", async () => {
    await expectActual([['Eucalyptus steam opens your airways.', 'opens']])
    await expectClean(['Eucalyptus steam opens the airways of the old mine.'])
  })
  it('reads an outcome after a colon that follows a clause naming an intervention', async () => {
    await expectActual([
      ['I swapped to oat milk: the bloating is gone.', 'is gone'],
      // (The first outcome: `I drop off quickly`, a verb of the body after its pronoun.)
      ['My fix was a nightly cup of valerian tea: I drop off quickly and the headaches are gone.', 'drop']
    ])
    await expectClean([
      'I swapped to oat milk: the price is higher.',
      'Valerian comes in many forms: the tea is the mildest.'
    ])
  })
  it('reads a construction verb in the infinitive after proven to or guaranteed to', async () => {
    await expectActual([["Sauerkraut's live cultures are proven to keep tummy bugs away.", 'are proven to']])
    await expectClean(['Our newsletter is sent to keep you up to date.'])
  })
  it("reads the body's own substance held in an intervention as the agent of a relative clause", async () => {
    await expectActual([['Walnuts are rich in melatonin, which deepens your sleep.', 'deepens']])
    await expectClean(['The pineal gland is rich in melatonin, which deepens your sleep.'])
  })
  it('reads a word after an opening quotation mark as at the start of its sentence', async () => {
    const text =
      '# Kombucha notes\n\nKombucha calms. Kombucha soothes.\n\n> "Cultured milks might suit some people," says a dietitian.\n'
    const lines = (await lintRule(text, rule, 'markdown', rulesAlone)).map((m) =>
      m.place && 'start' in m.place ? m.place.start.line : 0
    )
    expect(lines).toEqual([3, 3])
  })
  it('reads a report distanced by its reporter: an indefinite part of people, the seller, hearsay', async () => {
    await expectClean([
      'A few parents say that chamomile drops settle a teething baby.',
      'The manufacturer says its lozenges shorten colds.',
      'Zentiva says its gel soothes burns.',
      "I've heard that nettle tea clears hay fever.",
      'Some readers told us that nettle tea clears their hay fever.',
      'Its makers insist the balm heals cracked heels overnight.'
    ])
    await expectActual([
      ['Experts say nettle tea clears hay fever.', 'clears'],
      ['Our pharmacist says nettle tea clears hay fever.', 'clears'],
      ['Many of our customers tell us nettle tea clears their hay fever.', 'clears']
    ])
  })
  it('reads none compared with an intervention as nothing is', async () => {
    await expectActual([['Of all the balms on the shelf, none calms chapped lips like shea butter.', 'calms']])
    await expectClean([
      'None of these balms calms chapped lips.',
      'Of all the balms on the shelf, none calms chapped lips.'
    ])
  })
  it("reads a bare verb of change after watch, of a bodily subject or a person's own quality", async () => {
    await expectActual([
      ['Sip ginger tea and watch the queasiness fade.', 'fade'],
      ['Try a protein shake after training and watch your strength climb.', 'climb']
    ])
    await expectClean(['Sip ginger tea and watch the boats drift past.'])
  })
  it('keeps *do* as the verb of its fix when no base form of a verb follows it', async () => {
    await expectFixes([
      ['Beetroot does wonders for your stamina.', 'does wonders for', 'may do wonders for'],
      ['Beetroot did wonders for my stamina.', 'did wonders for', 'may have done wonders for'],
      ['Beetroot does raise your stamina.', 'does raise', 'may raise'],
      ['Beetroot did raise my stamina.', 'did raise', 'may have raised']
    ])
  })
  it('reads a bodily state qualified by an adjective as what a giving verb gives', async () => {
    await expectFixes([
      ['Valerian gives you deeper sleep.', 'gives', 'may give'],
      ['Our balm brings calmer, softer skin.', 'brings', 'may bring']
    ])
    await expectClean(['The app gives you sleep data every morning.', 'The glaze gives the loaf a darker crust.'])
  })
  it("reads a product's name as the subject of a relative clause on its predicate noun", async () => {
    await expectActual([['Zentrabel is the one that clears a stuffy nose.', 'clears']])
    await expectClean(['Melatonin is the hormone that controls sleep.'])
  })
  it('reads an act or a thing done at a recurring time or a time of routine as a habit', async () => {
    await expectActual([
      ['A nightly prayer quiets a restless mind.', 'quiets'],
      ['A daily crossword keeps the mind sharp.', 'keeps'],
      ['Prayer before bed calms the mind.', 'calms'],
      ['Ten minutes of quiet reading before bed slows a racing heart.', 'slows'],
      // (`it`: the habit named earlier in the sentence, by its two words.)
      ['Nobody claims a daily crossword prevents dementia, but it keeps the mind sharp.', 'keeps']
    ])
    await expectClean([
      'Daily stress damages the heart.',
      'The noise after dinner keeps me awake.',
      'A daily newspaper costs more than it used to.'
    ])
  })
  it('reads the statement before a question that only ends the sentence', async () => {
    await expectActual([
      ['Ten minutes of journalling calms a busy mind, so why not start tonight?', 'calms'],
      ['A walk after dinner settles the stomach, and who would say no to that?', 'settles']
    ])
    await expectClean([
      'Does a walk after dinner settle the stomach, and how soon?',
      'Why does ginger settle nausea, and who first noticed?',
      'If ginger settles nausea, why not keep some in your bag?'
    ])
  })
  it('reads capitalised words after a determiner as a product name, whatever the words mean alone', async () => {
    await expectActual([
      ['The Hush Harbour app quiets a racing mind.', 'quiets'],
      ['Less fuss, more calm: the Drift eases tension headaches.', 'eases']
    ])
    // (A name whose head is a group or a person is no product.)
    await expectClean(['The Bristol team lowers stress for children.', 'Our Wellbeing Team lifts your mood.'])
  })
  it("reads a verb's -er noun that no dictionary knows as an instrument", async () => {
    await expectActual([['Invisible aligners straighten teeth.', 'straighten']])
    await expectClean(['Trainers lower your resting heart rate.'])
  })
  it('does not let a modal in a relative aside govern the main verb', async () => {
    await expectFixes([['Magnesium, which anyone can buy, cuts stress.', 'cuts', 'may cut']])
    await expectClean(['Magnesium, which can be taken at night, may cut stress.'])
  })
  it('reads a phrasal verb of removing with a person between the verb and its particle', async () => {
    await expectFixes([
      ['A single lozenge knocks you out within the hour.', 'knocks', 'may knock'],
      ['Sugary cereal brings me down by ten.', 'brings', 'may bring']
    ])
    await expectClean(['A single lozenge may knock you out within the hour.', 'Our puppy knocks me out of bed.'])
  })
  it('reads the writer, as the reader, as a person a verb of the body changes', async () => {
    await expectActual([['A cold shower wakes me up.', 'wakes']])
    // (`them` stands for things as often as for people.)
    await expectClean(['A cold shower wakes them up.'])
  })
  it('reads the singular of a listed plural as an intervention', async () => {
    await expectActual([['This gummy calms a racing mind.', 'calms']])
  })
  it('reads an act before a recurring time as a habit', async () => {
    await expectActual([['A quiz session after every lecture calms exam nerves.', 'calms']])
    await expectClean(['The bus after every match fills up fast.'])
  })
  it('reads an imperative of moving or of the body as the act that a promise follows', async () => {
    await expectActual([
      ["Walk every day and you'll sleep better.", "you'll sleep"],
      ['Breathe slowly for two minutes and your heart rate drops.', 'drops']
    ])
    await expectClean(["Lock the door and you'll sleep better.", "Walk the dog and you'll meet the neighbours."])
  })
  it('reads a deed done for the body with *do* as the verb', async () => {
    await expectFixes([
      ['Swimming has done more for my back than any physio.', 'has done more for', 'may have done more for'],
      ['Swimming does much for stiff joints.', 'does much for', 'may do much for']
    ])
    await expectClean([
      'We want to do more for your joints.',
      'This budget does more for your family than the last one.',
      'Swimming may do more for your back than a physio.'
    ])
  })
  it('reads a span of time spent at a practice as the practice', async () => {
    await expectActual([['An afternoon spent gardening eases a busy mind.', 'eases']])
    await expectClean(['The money spent shopping lifts my mood.'])
  })
  it("reads an intervention's onset (WordNet's kick in, take effect) as its effect", async () => {
    await expectFixes([
      ['Ibuprofen takes effect within an hour.', 'takes effect', 'may take effect'],
      ['The lozenge kicks in within minutes.', 'kicks in', 'may kick in']
    ])
    await expectClean(['Laziness kicks in after lunch.', 'The new rules take effect in May.'])
  })
  it('reads the past of take in its idioms, and no -ss word as a third person', async () => {
    await expectActual([['A cold compress took the sting out of the burn.', 'took the sting out of']])
  })
  it('reads an outcome of the body equated with a practice by `=`', async () => {
    await expectActual([
      ['Ten minutes of stretching = a calmer mind.', '= a calmer mind'],
      ['Magnesium + zinc = deeper sleep and faster recovery.', '= deeper sleep']
    ])
    await expectClean([
      'Less sleep = a worse mood.',
      'Total = 3 tablets = better sleep.',
      'ADA = American Diabetes Association, CRP = C-reactive protein.'
    ])
  })
  it("reads a closing parenthesis that opens on an effect verb as its name's effect", async () => {
    await expectActual([
      ['Sea buckthorn oil, 30 ml, £18 (heals cracked heels overnight).', 'heals'],
      ['Arnica gel (soothes bruises within a day).', 'soothes']
    ])
    await expectClean([
      'Arnica gel (may soothe bruises within a day).',
      'Arnica gel (soothes bruises in a small trial).',
      'Our clinic (opens at nine).'
    ])
  })
  it('reads a small or pilot study or trial as a limit (docs/definitions.md: in a small trial)', async () => {
    await expectClean([
      'Magnesium improves sleep in a small trial.',
      'In one pilot study, tart cherry juice lengthened sleep.'
    ])
  })
  it('reads an apposition after a dash as the intervention named before it at the sentence start', async () => {
    await expectActual([
      ['Our oat bar – a snack that keeps you full till lunch.', 'keeps'],
      ['Ginger chews — a travel essential that settles queasy stomachs.', 'settles']
    ])
    await expectClean(['Sleep was measured with polysomnography – a machine that measures brain activity.'])
  })
  it('reads a span of time spent somewhere or at a rate as a session', async () => {
    await expectActual([
      ['Twenty minutes outdoors sharpens afternoon focus.', 'sharpens'],
      ['Ten minutes a day sharpens your focus.', 'sharpens']
    ])
    await expectActual([
      // (a count of a unit of exercise, and an adverb of focus before the count)
      ['Forty laps a week strengthens a weak back.', 'strengthens'],
      ['Just ten minutes a day sharpens your focus.', 'sharpens']
    ])
    await expectClean([
      'Ten minutes later the pain eased.',
      'Ten minutes in my legs ached.',
      'Ten steps later my knee gave way.'
    ])
  })
  it("reads a plural's possessive inside an object, and a strength that ends the subject", async () => {
    await expectActual([
      ["A nightly stretch keeps our runners' calves supple.", 'keeps'],
      ['Niacinamide at 10% fades dark spots.', 'fades']
    ])
    await expectClean(['Niacinamide at 10% may fade dark spots.'])
  })
  it("reads a first person's regimen begun and the body's state since as testimony of an effect", async () => {
    await expectActual([
      ['Since I started on magnesium, I sleep straight through.', 'sleep'],
      ['Since we started oat baths, her eczema has completely gone.', 'has completely gone']
    ])
    await expectClean([
      'Since I started the new job, I sleep badly.',
      'Since I started on magnesium, I can sleep.',
      'Once I switched to decaf, you can pause the box anytime.'
    ])
  })
  it('reads a practice by its act of moving or its gerund as what nothing else does like', async () => {
    await expectActual([
      ['Nothing lifts a low mood like a walk in the woods.', 'lifts'],
      ['Nothing eases stiff hips like a slow swim.', 'eases']
    ])
    await expectClean(['Nothing lifts my mood like a good film.'])
  })
  it('reads giving up a food or habit, as starting one, in a clause that dates a change', async () => {
    await expectActual([
      ['My migraines vanished the month I cut out aged cheese.', 'vanished'],
      ['My headaches cleared up the week I gave up coffee.', 'cleared up']
    ])
    await expectClean(['My headaches cleared up the week I cut my hair.'])
  })
  it('reads praise too great to give in full as no negation, and an outcome after a semicolon as after a colon', async () => {
    await expectActual([
      ["I can't recommend magnesium enough: my restless legs are gone.", 'are gone'],
      ['I cannot recommend this tea enough, it calms my stomach every time.', 'calms'],
      ['I switched to oat milk; the bloating is gone.', 'is gone']
    ])
    await expectClean(["I can't recommend magnesium for cramps.", 'I switched to oat milk; the price is higher.'])
  })
  it("reads a person's own quality as a verb's bodily object, not when it modifies a noun after it", async () => {
    await expectActual([
      ['Oat porridge steadies your energy.', 'steadies'],
      ['Rye bread steadies my concentration.', 'steadies']
    ])
    await expectClean(['Our lamp saves your energy bills.', 'The new manager tests your patience.'])
  })
  it('reads what everyone knows (no secret) as no negation', async () => {
    await expectActual([["It's no secret that green tea melts belly fat.", 'melts']])
    await expectClean(['There is no evidence that green tea melts belly fat.'])
  })
  it('does not read a causative before a preposition, nor an -s word after an adjective, as a verb', async () => {
    await expectActual([['Sage tea cools hot flushes.', 'cools']])
    await expectClean([
      'Ember is the cooling sleep patch made for women with hot flushes.',
      'A balm designed for cracked heels is in the bag.'
    ])
  })
  it('reads a recurring act later in its phrase, hyphenated gerunds, and an act of moving before , which', async () => {
    await expectActual([
      ['A short stretch every hour keeps your back supple.', 'keeps'],
      ['Dry-brushing after every shower smooths rough skin.', 'smooths'],
      ['I took up the evening walk, which settles my stomach after dinner.', 'settles']
    ])
    await expectClean(['The noise every night keeps me awake.', 'We took the long walk, which was lovely.'])
  })
  it('does not let a hedge in a relative clause after the effect govern it', async () => {
    await expectActual([['Coffee dehydrates you, which is partly why I drink tea.', 'dehydrates']])
    await expectClean(['Coffee partly dehydrates you, which is why I drink tea.'])
  })
  it('reads nouns of rescue (miracle, godsend) as remedy roles before a bodily noun', async () => {
    await expectFixes([['Arnica is a godsend for bruised knees.', 'is a godsend for', 'may be a godsend for']])
    await expectActual([['Kefir is a miracle for bloating.', 'miracle']])
    await expectClean(['The new bus route is a godsend for commuters.'])
  })
  it("reads an instruction's ', whose' clause as said of a part of what it names", async () => {
    await expectActual([['Try the rosehip balm, whose oils soften dry cuticles.', 'soften']])
    await expectClean(['Visit our shop, whose owner is lovely.'])
  })
  it('reads a modal before a verb of telling as no hedge of what is told', async () => {
    await expectActual([
      ['I can tell you that cold water sharpens the mind.', 'sharpens'],
      ['I can assure you that zinc shortens colds.', 'shortens']
    ])
    await expectClean(['Research suggests that zinc may shorten colds.', 'Zinc can shorten colds.'])
  })
  it("reads a capitalised word inside a title-case name as the name's, not as a verb", async () => {
    await expectActual([
      ['Our Glow Boost drip clears dull skin.', 'clears'],
      ['Ashwagandha Reduces Stress And Anxiety.', 'Reduces']
    ])
  })
  it('reads an imperative of a verb of the body and its better state with an intervention', async () => {
    await expectActual([
      ['Sleep better tonight with Calmio.', 'Sleep'],
      ['Breathe easier with our salt lamp.', 'Breathe'],
      // (commas between the outcome's words; the noun at the end of the phrase is no verb)
      ['Feel lighter, brighter and more energised with our juice cleanse.', 'Feel']
    ])
    await expectClean(['Sleep better tonight with the lights off.', 'Stay tuned for an experiment with Keto Fuel.'])
  })
  it('reads the only thing you need for a bodily state as a predicate of suitability', async () => {
    await expectFixes([
      [
        'Calmio is the only supplement you need for restful sleep.',
        'is the only supplement you need for',
        'may be the only supplement you need for'
      ]
    ])
    await expectClean(['This is the only map you need for the Lake District.'])
  })
  it('reads a report by an indefinite many, and evidence said to be too little, as hedging', async () => {
    await expectClean([
      'Many people report that chamomile helps them relax.',
      'Evidence that collagen supplements improve skin is weak.',
      'Evidence that collagen improves skin is inconclusive.'
    ])
    await expectActual([
      ['Ashwagandha users report lower stress.', 'report'],
      ['Magnesium absorption is poor, but glycinate improves it.', 'improves'],
      // (`is limited` says other things than evidence's: no limit of a claim.)
      ['Iron intake is limited in vegans, and spinach boosts it.', 'boosts']
    ])
  })
  it('reads a sentence of hundreds of clauses, each with a hedge, as one finding on its first verb', async () => {
    // (The segment, the hedges and the earlier effects of a clause are found by binary search: a sentence of
    // thousands of clauses is read without a scan of the whole sentence per effect.)
    const text = 'Magnesium reduces stress, which may help, '.repeat(300) + 'done.'
    const found = await lintRule(text, rule, 'text', rulesAlone)
    expect(found.map((m) => [m.ruleId, place(m)])).toEqual([['unhedged-claim', '1:11']])
    expect(found[0].actual?.startsWith('reduces stress, which may help, Magnesium reduce')).toBe(true)
  })
  it('does not read the intervention noun that ends a phrase after a plural subject as a verb', async () => {
    await expectClean(['Fans of the paleo diet swear by it.'])
  })
})

describe('unhedged-claim: classes from the blind batches of the tenth session', () => {
  // Sentences written for these tests, one class each (the batches' own text stays in bench/own-text).
  it("reads the verbs of opinion of WordNet's synset with think and believe (reckon, suppose) as hedges", async () => {
    await expectClean([
      'My neighbour reckons his copper bracelet cured his knee pain.',
      'I suppose ginger settles the stomach.',
      'Ginger settles the stomach, I reckon.'
    ])
    await expectActual([['Ginger settles the stomach.', 'settles']])
  })
  it('reads an object of mass or volume as a load or a capacity, not a change to a body', async () => {
    await expectClean([
      'The Ridgeback office chair, mesh back, supports up to 130 kg.',
      'Our Trailhead flask holds 2 litres.'
    ])
    await expectActual([['The Ridgeback lumbar cushion supports your lower back.', 'supports']])
  })
  it('reads an -s word before `will` as a plural subject, and a verb of change after `will` as the effect', async () => {
    await expectActual([
      ['Ice packs will knock out the swelling.', 'will knock'],
      ['Sauna sessions will quickly flush out the stiffness.', 'will quickly flush out']
    ])
    await expectClean(['Ice packs can knock out the swelling.', 'Menus will change every season.'])
  })
  it("reads a trailing question with its verb glued on (`so who's in?`) as a trailing question", async () => {
    await expectActual([["Ice baths will ease the soreness in your legs, so who's in?", 'will ease']])
    await expectClean(["Who's ready for an ice bath?"])
  })
  it('reads the subject before a clause of time inside it (`before you go to bed`) as the agent', async () => {
    await expectActual([
      ['A mug of valerian tea before you go to bed calms a racing mind.', 'calms'],
      ['A warm bath before you sleep relaxes tight shoulders.', 'relaxes']
    ])
    await expectClean([
      'The shop before you reach the station sells coffee.',
      'Your body repairs itself while you sleep.'
    ])
  })
  it("reads a maker's name after `from` as part of the subject, not what makes it an intervention", async () => {
    await expectActual([
      ['Compression socks from Legwise ease swollen ankles.', 'ease'],
      ['Gummies from Vitabee calm restless toddlers.', 'calm']
    ])
    await expectClean(['Letters from Grandma lift my mood.', 'Postcards from Bexley cheer the ward up.'])
  })
  it("reads the clause after an instruction's semicolon as a statement of its own", async () => {
    await expectActual([
      ['Please make sure they eat after the lesson; a banana replenishes their energy.', 'replenishes']
    ])
    await expectClean([
      'Make sure they eat after the lesson; the pool shuts at six.',
      'Make sure they eat; it may help.'
    ])
  })
  it('reads role nouns in a row (`the miracle fix for`) and a booster over a hedging modal before `be`', async () => {
    await expectActual([
      ['Kefir is the miracle fix for bloating.', 'miracle'],
      ['This turmeric shot might be the miracle fix for my cortisol.', 'miracle'],
      ['Oat milk is the answer to high blood pressure.', 'is the answer to']
    ])
    await expectClean(['Kefir might be the fix for bloating.', 'This bus might be the fix for our commute.'])
  })
  it('reads a short answer `No,` as negating nothing after its comma', async () => {
    await expectActual([
      ['No, and oats at breakfast steady your energy.', 'steady'],
      ['My answer: No, and oats steady your energy.', 'steady']
    ])
    await expectClean(['No, oats do not steady your energy.', 'No dairy in this recipe.'])
  })
  it('reads a plural subject across an adverb, and after a short opening and its comma', async () => {
    await expectActual([
      ['Rye crackers really steady your energy.', 'really steady'],
      ['Yes, and lentils steady your energy.', 'steady'],
      ['In short, lentils at lunch steady your energy.', 'steady']
    ])
    await expectClean(['Spices, herbs and oils steady nothing.'])
  })
  it('reads a demonstrative before a noun as opening its phrase (`Those squats`), not as people', async () => {
    await expectActual([['Those heavy squats build real glute strength.', 'build']])
    await expectClean(['Those with arthritis report less pain.'])
  })
  it("reads a practice's session after a noun naming the practice as an intervention, whatever the practice", async () => {
    await expectActual([
      ['A ten-minute qigong session resets your nervous system.', 'resets'],
      ['We open with a tapping session, which resets the nervous system.', 'resets']
    ])
    await expectClean(['The session ends at five.', 'A morning session softens dry skin.'])
  })
  it('reads a better state after a linking verb of perception, with a fronted intervention', async () => {
    await expectFixes([
      ['After a week with the Loftrest, my lower back feels looser.', 'feels looser', 'may feel looser'],
      ['After a month with the Clarion mask, pores look smaller.', 'look smaller', 'may look smaller']
    ])
    await expectClean(['After a week with my sister, my back feels looser.', 'My back feels looser today.'])
  })
  it("reads a coordinated effect's subject up to the first clause's own verb, a name's capitals kept", async () => {
    await expectActual([
      ['Our Skin Boost drip floods your cells with zinc and clears dull skin.', 'clears'],
      ['The Night Repair balm sinks in fast and soothes cracked heels.', 'soothes']
    ])
    await expectClean(['The meadow floods every spring and clears by May.'])
  })
  it("reads a pseudo-cleft's focus after the copula that follows its `what` clause as the agent", async () => {
    await expectActual([
      ['What finally put an end to my night sweats was the sage spray.', 'put an end to'],
      ['What cured my cramps was magnesium.', 'cured']
    ])
    await expectClean(['What ended my cramps was the holiday.', 'What cured my boredom was the new job.'])
  })
  it('reads no word before a modal as a verb (`taping your mouth shut can hide`)', async () => {
    await expectClean(['Taping your mouth shut can hide sleep apnoea.'])
  })
  it('reads a device by its class as the agent of a predicate with a state of the body after it', async () => {
    await expectActual([['This tape is a quick fix for snoring.', 'is a quick fix']])
    // (an adjective before its noun is no noun of the body: `the small of the back`)
    await expectClean(['Its folding frame is perfect for small flats.'])
  })
  it("reads a label's whole phrase for a product's name after a determiner", async () => {
    await expectActual([['The Nocturne contour pillow: proven to stop snoring.', 'proven to']])
  })
  it('reads a testimony in quotation marks, and a span of time on what is used, as a condition by coordination', async () => {
    await expectActual([
      ['"Two weeks with the Loftrest and my lower back pain is gone." (Ana, Leeds)', 'is gone'],
      ['Three weeks on zinc and my mouth ulcers are gone.', 'are gone']
    ])
    await expectClean(['"Two weeks on the night shift and my back is gone."'])
  })
  it('reads a noun of the body before a noun of food or medicine as a remedy role (`are proper brain food`)', async () => {
    await expectFixes([['Sardines are proper brain food.', 'are proper brain food', 'may be proper brain food']])
    await expectClean(['This is comfort food.', 'Puns are brain food for pedants.'])
  })
  it('reads a demonstrative as opening the subject of a promised outcome (`watch that memory sharpen`)', async () => {
    await expectActual([
      ['Grab a tin of kippers before exams and watch that memory sharpen.', 'sharpen'],
      ['Take magnesium and those cramps are gone.', 'are gone']
    ])
    await expectClean(['Lock the door and that noise is gone.'])
  })
  it('reads a better state named without a verb after a colon as the outcome of what the clause names', async () => {
    await expectActual([
      ['Mouth tape does the job: deeper sleep and fewer wake-ups.', 'deeper sleep'],
      ['I switched to magnesium: deeper sleep, fewer cramps.', 'deeper sleep']
    ])
    await expectClean(['Our blinds arrive flat-packed: easier fitting, fewer screws.'])
  })
  it('reads verbs of perceiving an outcome (feel, notice) as watch and see are read', async () => {
    await expectActual([
      ['Take magnesium and feel your muscles relax.', 'relax'],
      ['Sip our chamomile blend and notice your shoulders drop.', 'drop']
    ])
    await expectClean(['Lock the door and feel the house settle.'])
  })
  it("reads the body's own substance after the verb as acted on (`A walk lowers cortisol`)", async () => {
    await expectActual([['A lunchtime walk lowers cortisol.', 'lowers']])
  })
  it('reads daylight as sunlight is read, and a closed compound on an intervention noun (blackcurrants)', async () => {
    await expectActual([
      ['Morning daylight resets your body clock.', 'resets'],
      ['Our blackcurrants keep colds away all winter.', 'keep']
    ])
    await expectClean(['We open in daylight hours only.'])
  })
  it('reads `means` before a state of the body it brings as an effect of its subject', async () => {
    await expectFixes([
      ['Swapping your nightcap for a herbal tea means you wake up with a clear head.', 'means', 'may mean']
    ])
    await expectClean(['A late train means you get home tired.', 'This means the shop opens at nine.'])
  })
  it("reads an instruction's parenthesis that opens on a pronoun as a clause of its own", async () => {
    await expectActual([['Add a ginger shot to any juice (it settles your stomach).', 'settles']])
    await expectClean(['Add a ginger shot to any juice (it costs £1).'])
  })
  it('reads half an hour as a span of time spent at a place', async () => {
    await expectActual([['Half an hour in the allotment clears your head.', 'clears']])
    await expectClean(['Half an hour later the rain stopped.'])
  })
  it('reads a past form after a noun counted one by one (`for each time zone crossed`) as no verb', async () => {
    await expectClean(['A day for each time zone crossed, although this varies.'])
    await expectActual([['Every walk lowered my blood pressure.', 'lowered']])
  })
  it("reads the head before the phrase that ends a relative clause's antecedent when that phrase names none", async () => {
    await expectActual([['The oat bars in the staff room, which keep you full, are free.', 'keep']])
    await expectClean(['The benches in the park, which calm the mind, are new.'])
  })
  it('reads the regular comparative of a predicate of manner (gentle on → gentler on, hard on → harder on)', async () => {
    await expectFixes([['Rice milk is harder on your teeth.', 'is harder on', 'may be harder on']])
    await expectClean(['The new timetable is harder on commuters.'])
  })
  it("reads a closing parenthesis opening on a pronoun, in a statement or an instruction, as what's named before", async () => {
    await expectActual([
      ['Pick up our ginger biscuits on the way (they settle a queasy stomach).', 'settle'],
      ['Try our ginger biscuits (they settle a queasy stomach).', 'settle']
    ])
    await expectClean(['Pick up a map at the desk (it shows every trail).'])
  })
  it('reads a burden taken away as taken off or out of (`takes the ache away`)', async () => {
    await expectFixes([['Arnica balm takes the ache away overnight.', 'takes the ache away', 'may take the ache away']])
    await expectClean(['The nurse takes the bins away.'])
  })
  it("reads each entry of this session's word lists in a sentence of its own", async () => {
    // (hedges of opinion, food for the body, demonstratives, parentheses on a pronoun, answers, load bounds,
    // burdens taken away, linking verbs in the past, hedging modals before a booster)
    await expectClean([
      'My aunt reckoned her copper ring cured her gout.',
      'Dad supposes the tonic cleared his cough.',
      'The Ridgeback chair supports around 130 kg.',
      'The Ridgeback chair supports nearly 130 kg.',
      'The Ridgeback chair supports over 130 kg.',
      'The Ridgeback chair supports under 130 kg.',
      'The Ridgeback chair supports about 130 kg.'
    ])
    await expectActual([
      ['Beetroot is proper muscle fuel.', 'is proper muscle fuel'],
      ['Ginger is a natural stomach tonic.', 'is a natural stomach tonic'],
      ['Take zinc and these colds are gone.', 'are gone'],
      ['Sip our chamomile (this settles a queasy stomach).', 'settles'],
      ['Nope, oats steady your energy.', 'steady'],
      ['Arnica takes the dull ache away.', 'takes the dull ache away'],
      ['After a week with the Loftrest, my neck felt looser.', 'felt looser'],
      ['After a month with the Clarion mask, my skin looked brighter.', 'looked brighter'],
      ['Kefir could be the miracle fix for bloating.', 'miracle'],
      ['Kefir may be the miracle fix for bloating.', 'miracle'],
      ['Kefir can be the miracle fix for bloating.', 'miracle'],
      ['Oats are real gut medicine.', 'are real gut medicine'],
      ['Bone broth is pure joint nourishment.', 'is pure joint nourishment'],
      ['Nah, oats steady your energy.', 'steady'],
      ['Try our ginger biscuits (these settle a queasy stomach).', 'settle'],
      ['After a week with the Loftrest, my legs feel lighter.', 'feel lighter'],
      ['After a month with the Clarion mask, my skin looks brighter.', 'looks brighter'],
      ['Take zinc and this cough is gone.', 'is gone'],
      ['Take zinc and those sniffles are gone.', 'are gone']
    ])
  })
  it('reads `How it works` as a heading of steps, not of benefits', async () => {
    const text =
      '# Plumbline\n\nPlumbline straightens your back.\n\n## How it works\n\n1. Clip Plumbline on and hold still for three seconds while it calibrates.\n'
    const found = await lintRule(text, rule, 'markdown', rulesAlone)
    expect(found.map((m) => `${place(m)} ${m.actual}`)).toEqual(['3:11 straightens'])
  })
})

describe('unhedged-claim: classes from the blind batches of the eleventh session', () => {
  // Sentences written for these tests, one class each (the batches' own text stays in bench/own-text).
  it('reads a colon that opens on a pronoun as a clause of its own after an instruction', async () => {
    await expectActual([
      ['Make sure you pack a flask of ginger tea: it settles a queasy stomach.', 'settles'],
      ['Please make sure the kids eat a proper breakfast: it keeps them full until lunch.', 'keeps']
    ])
    await expectClean(['Read the label: it lists every allergen.', 'Bring a towel: it gets cold by the lake.'])
  })
  it("reads `regular` as an adjective of recurrence and a practice's session after one as a habit", async () => {
    await expectActual([
      ['Regular sessions ease stiff joints.', 'ease'],
      ['Daily sessions in the steam room clear your sinuses.', 'clear']
    ])
    await expectClean(['Regular customers get a free coffee.', 'Regular sessions start in May.'])
  })
  it("reads a phrasal verb's particle after a span's gerund as part of the practice", async () => {
    await expectActual([['Twenty minutes of winding down calms a racing mind.', 'calms']])
    await expectClean(['Twenty minutes of queueing up annoyed everyone.'])
  })
  it('reads `fall` as a verb of becoming, an adjective of outcome after one, and a depictive after the reader', async () => {
    await expectActual([
      ["Swap to decaf and you'll fall asleep faster.", "you'll fall"],
      ["Take the drops and you'll feel rested.", "you'll feel"],
      ["Pack the neck pillow and you'll arrive rested.", "you'll arrive"]
    ])
    await expectClean(["Book early and you'll arrive on time.", 'Fall in love with our new menu.'])
  })
  it("reads WordNet's phrases of falling asleep as a state reached, in an imperative or after `will`", async () => {
    await expectActual([
      ['Doze off faster with our lavender mist.', 'Doze'],
      ['Drop off in minutes with Sleepwell spray.', 'Drop'],
      ["Take magnesium and you'll drift off in minutes.", "you'll drift"]
    ])
    await expectClean(['Drop off your parcel with the concierge.', 'Grandad nodded off in his chair.'])
  })
  it('reads a noun of relief after the state it relieves as a better state, and a booster participle as no verb', async () => {
    await expectActual([
      ['Joint pain relief with our turmeric capsules.', 'relief with'],
      ['Headache relief guaranteed with Cooltab strips.', 'guaranteed']
    ])
    await expectClean(['Pain relief: what the evidence says.', 'Stress reduction workshop with Dr Hale.'])
  })
  it("reads a list's earlier items before a subject's last two, when together they name an intervention", async () => {
    await expectActual([['Rubbing arnica into knees, ankles and elbows eases bruising.', 'eases']])
    await expectClean([
      'Friends, family and neighbours lift your mood.',
      'Iron intake was higher in men, and women had the lowest intakes.'
    ])
  })
  it('reads a perfect of an outcome changing on its own after an adverb of focus (`has just vanished`)', async () => {
    await expectActual([
      ['Since I started on fish oil my joint pain has eased.', 'has eased'],
      ['Since I started on zinc my cold sores have just vanished.', 'have just vanished']
    ])
    await expectClean(['Since I started on the night shift my bus has stopped running.'])
  })
  it("reads a first person's use of an intervention, then `and` and an outcome, as testimony", async () => {
    await expectActual([
      ['I drink nettle tea each morning and the hay fever has stopped.', 'has stopped'],
      ['We wear compression socks on long flights and the swelling has gone.', 'has gone']
    ])
    await expectClean(['I use the new timetable and the headaches have stopped.'])
  })
  it('reads a verb redone that WordNet files under possession (refuel, regain) as acting, and a past form between a verb and its noun as an adjective', async () => {
    await expectActual([
      ['Dates refuel tired muscles.', 'refuel'],
      ['Our flapjack, £2, refuels tired muscles.', 'refuels']
    ])
    await expectClean(['The van refuels at the depot.'])
  })
  it('reads a thing carried into or out of the body as acting on it for a practice named by its act', async () => {
    await expectActual([['A slow walk flushes the toxins from your legs.', 'flushes']])
    await expectClean([
      'A slow walk takes the dog to the park.',
      'Regularity matters, as delayed transit times can lead to dysbiosis.'
    ])
  })
  it('reads `in` after a span of time as what is used (what one sits or lies in)', async () => {
    await expectActual([['Three nights in our Driftwood hammock and my back pain is gone.', 'is gone']])
    await expectClean(['Two weeks in Spain and my skin has cleared.'])
  })
  it('reads `each day` after a practice as a phrase of the subject, read off before the practice (`A brisk walk each day`)', async () => {
    await expectActual([
      ['A brisk walk each day lowers blood pressure.', 'lowers'],
      ['A quick swim each week lowers blood pressure.', 'lowers']
    ])
    await expectClean(['Our nurse each day lowers blood pressure.'])
  })
  it("reads a demonstrative focus before `what` (`That's what thickens`) as what was named before, a question too", async () => {
    await expectActual([
      ['Try castor oil. That is what thickens sparse brows.', 'thickens'],
      ["Castor oil at night? That's what thickens sparse brows.", 'thickens']
    ])
    await expectClean([
      "We sell castor oil. That's what the shop is known for.",
      "Is it open on Sundays? That's what I wanted to know."
    ])
  })
  it("reads a bodily state whose return is denied (`won't come back`, `will never return`) as ended for good", async () => {
    await expectActual([
      ['Take zinc and the cold sores will never return.', 'will never return'],
      ["Take zinc lozenges and your sore throat won't come back.", "won't come back"]
    ])
    await expectClean(['Take zinc and the cold sores will return.', "Book now and the offer won't come back."])
  })
  it('reads a person as the whole of what an amount is taken off (`takes ten years off you`)', async () => {
    await expectActual([['Retinol takes ten years off you.', 'takes']])
    await expectClean(['The bus takes ten minutes off you.'])
  })
  it("reads an act whose verb is of the body or of touch (WordNet's shave, stroke, hug) as a practice", async () => {
    await expectActual([
      ['Gentle tummy strokes ease colic.', 'ease'],
      ['A hug calms a crying child.', 'calms']
    ])
    await expectClean(['A long meeting calms the nerves.', 'A short speech calms the nerves.'])
  })
  it("reads the comparative of an adjective after a causative's bodily object (`keeps your heart rate lower`)", async () => {
    await expectActual([
      ['Magnesium keeps your heart rate lower.', 'keeps'],
      ['Nasal breathing keeps your heart rate lower.', 'keeps']
    ])
    await expectClean(['The fan keeps the room cooler.', 'This natural change makes them darker.'])
  })
  it("reads a pronoun with `will` glued on (`it'll`) as an anaphor, and fixes it as `it may`", async () => {
    await expectFixes([["Grab a coffee at the halfway stop: it'll keep you sharp.", "it'll keep", 'it may keep']])
    await expectClean(["Grab a map at the desk: it'll show you every trail."])
  })
  it('reads `well` or an adverb between a hedging modal and `be` before a remedy role, and `that` opening its complement', async () => {
    await expectActual([
      ['Kefir may well be the miracle fix for bloating.', 'miracle'],
      ['Hibiscus tea is the miracle fix for that 4pm slump.', 'miracle']
    ])
    await expectClean(['Kefir may well be a good fix for bloating.', 'This app is the perfect fix for that problem.'])
  })
  it('reads a subject of up to eight words before a preposition of time inside it', async () => {
    await expectActual([
      ['Ten minutes of quiet breathing in the chapel before an exam steadies your nerves.', 'steadies']
    ])
    await expectClean(['The shop in the high street before the station sells coffee.'])
  })
  it('reads a simile after a verb of the body (`sleep like a log`) as the state promised', async () => {
    await expectFixes([["Take magnesium and you'll sleep like a log.", "you'll sleep", 'you may sleep']])
    await expectClean(["Take the bus and you'll arrive like a king."])
  })
  it('reads the verb of a noun of nourishment (`fuel`) as acting on the body', async () => {
    await expectActual([['Oats fuel your muscles.', 'fuel']])
    await expectClean(['Diesel fuels the van.'])
  })
  it("reads a `why` heading as a list of benefits of what the page's title names, and a participle with `by` as none", async () => {
    const page = [
      '# Driftwood Sleep Spray',
      '',
      'Lavender and chamomile in a pocket-sized bottle.',
      '',
      '## Why people love it',
      '',
      '- **Better sleep:** two sprays on the pillow and the room smells of a meadow.',
      '- **Smells lovely:** lavender, cedarwood and a little peppermint.',
      '- **Loved by nurses.** Night-shift staff keep one in their locker.',
      ''
    ].join('\n')
    const found = await lintRule(page, rule, 'markdown', rulesAlone)
    expect(found.map((m) => `${place(m)} ${m.actual}`)).toEqual(['7:5 Better'])
    const office = '# Our new office\n\n## Why we moved\n\n- **Better light:** the windows face south.\n'
    expect(await lintRule(office, rule, 'markdown', rulesAlone)).toEqual([])
  })
  it("reads an item's effect of no agent, or of a part (`the spikes`), as the benefit list's; an -ing before a made thing as none", async () => {
    const page = [
      '# Cedar Calm Mat',
      '',
      '## Why people love it',
      '',
      '- **Circulation:** the spikes draw fresh blood to your back.',
      '- **Tilt-forward seat:** opens tight hips.',
      '- **Folding frame:** the legs fold flat for storage.',
      '- **Neck support:** the pillow may ease a stiff neck.',
      ''
    ].join('\n')
    const found = await lintRule(page, rule, 'markdown', rulesAlone)
    expect(found.map((m) => `${place(m)} ${m.actual}`)).toEqual(['5:31 draw', '6:26 opens'])
  })
  it("reads each entry of this session's word lists in a sentence of its own", async () => {
    // (phrases of falling asleep, denied futures and verbs of returning, nouns of relief, verbs of use,
    // determiners of a part)
    await expectActual([
      ['Drowse off faster with our lavender mist.', 'Drowse'],
      ['Flake out in minutes with Sleepwell spray.', 'Flake'],
      ['Dope off in minutes with Sleepwell spray.', 'Dope'],
      ['Take zinc and the cold sores won’t come back.', 'won’t come back'],
      ["Take zinc and the cold sores won't return.", "won't return"],
      ['Take zinc and the cold sores will not recur.', 'will not recur'],
      ['Stress reduction with our breathing app.', 'reduction with'],
      ['Muscle pain reductions with our heat patch.', 'reductions with'],
      ['If she wears compression socks every day, the swelling eases.', 'eases']
    ])
    const page = [
      '# Cedar Calm Mat',
      '',
      '## Why people love it',
      '',
      '- **Sleep:** its lavender oil calms the mind.',
      '- **Calm:** our cork base soothes sore feet.',
      ''
    ].join('\n')
    const found = await lintRule(page, rule, 'markdown', rulesAlone)
    expect(found.map((m) => `${place(m)} ${m.actual}`)).toEqual(['5:31 calms', '6:27 soothes'])
  })
  it("reads a reporter of up to six words (`Some of last year's guests swore`) as an indefinite part of people", async () => {
    await expectClean([
      "Some of last year's guests swore a cold dip in the river cured their hangovers.",
      "A few of this year's runners said beetroot juice lifted their times."
    ])
    await expectActual([['Our customers tell us magnesium cures cramps.', 'cures']])
  })
  it('reads a comma between two adjectives of one noun as inside the object (`a deep, calm sleep`)', async () => {
    await expectActual([['Lavender sachets guarantee a deep, calm sleep.', 'guarantee']])
    await expectClean(['Lavender sachets guarantee a fresh, clean drawer.'])
  })
  it("reads a part of the body after a particle of another sense as the object's start (`cuts back pain`)", async () => {
    await expectActual([['Switching position every hour cuts back pain.', 'cuts']])
    await expectClean(['The council cuts back spending.'])
  })
  it('reads `say goodbye to` a bodily state after a condition told by coordination as the state ended', async () => {
    await expectActual([['Take zinc and say goodbye to those winter colds.', 'say goodbye']])
    await expectClean(['Book now and say goodbye to queues.'])
  })
  it('reads a British spelling of a word WordNet knows (`Hypokalaemia`) as no product name', async () => {
    await expectClean(['Hypokalaemia causes muscle weakness and cramps.'])
    await expectActual([['Haemovex thins the blood.', 'thins']])
  })
  it('reads an -s word before a copula or an auxiliary as its subject, not a verb (`if flushes are`)', async () => {
    await expectClean(['Cooling may not be enough, so speak to your GP about HRT if flushes are affecting your sleep.'])
    await expectActual([['Magnesium calms nerves that are frayed.', 'calms']])
  })
  it('reads a distributive determiner before its noun as part of the subject (`Twenty minutes of pedalling each way`)', async () => {
    await expectActual([['Twenty minutes of pedalling each way lowers your stress.', 'lowers']])
    await expectClean(['The shops each day sell bread.'])
  })
  it('reads two phrases after a practice off one at a time (`every evening`, `in the run-up`)', async () => {
    await expectActual([['Foam rolling every evening in the run-up loosens tight calves.', 'loosens']])
    await expectClean(['The queue every evening in the week before the sale annoys everyone.'])
  })
  it('reads an adjective before a head of weather, time or place as describing it, not naming an intervention', async () => {
    await expectClean(['Cold weather makes skin softer.', 'Warm evenings calm the nerves.'])
    await expectActual([
      ['Cold water eases sore muscles.', 'eases'],
      ['Our lavender mist calms the nerves.', 'calms']
    ])
  })
})

describe('unhedged-claim: classes from the blind batches of the twelfth session', () => {
  it('reads a plural in -ches or -shes as its noun and -es (`stretches` of stretch), not `aches` as `ach`', async () => {
    await expectActual([['Daily stretches loosen tight hips.', 'loosen']])
    await expectClean(['Their aches ease once the rain stops.'])
  })
  it('reads an adjective between a determiner and a compound whose head names a practice (`Those brisk arm circles`)', async () => {
    await expectActual([['Those brisk arm circles loosen stiff shoulders.', 'loosen']])
    await expectClean(['Those slow to adapt struggle with cold mornings.'])
  })
  it("reads a noun in -ment with its verb's class (`movements` of move) as an act of moving", async () => {
    await expectActual([['Slow movements ease stiff joints.', 'ease']])
    await expectClean(["Government announcements improve nobody's mood."])
  })
  it('reads a product named in title-cased English words as the agent of an effect on the body', async () => {
    await expectActual([['After a long shift, Amber Tide soothes aching feet.', 'soothes']])
    await expectClean(['New York improves your mood.'])
  })
  it('reads *keep* with a particle of level after a quality, a body substance or a measure (`keeps energy up`)', async () => {
    await expectActual([
      ['Porridge keeps your energy up all morning.', 'keeps'],
      ['Green tea keeps cortisol down.', 'keeps']
    ])
    await expectClean(['The landlord keeps the rent down.', 'Keep your chin up.'])
  })
  it("reads the first word of a page's title as its product's name when the title's head is a made thing or a food and the name recurs", async () => {
    const page = '# Halo Cooling Pillow\n\nA pillow for warm sleepers.\n\nMost nights, Halo eases hot flushes.\n'
    const found = await lintRule(page, rule, 'markdown')
    expect(found.map((m) => [m.line, m.actual])).toEqual([[5, 'eases']])
    const club = '# Halo Reading Club\n\nWe meet monthly.\n\nMost nights, Halo eases hot flushes.\n'
    // (The rules read no product in the club's title; the scorer, by default, may still judge the sentence.)
    expect(await lintRule(club, rule, 'markdown', rulesAlone)).toEqual([])
  })
  it("reads a title's second word as the name too, counts the title's name towards the topic, and reads `it` as the topic", async () => {
    const page =
      '# Lumen Drift Sleep Mask\n\nThe Drift is made of silk.\n\nWe wash the Drift by hand.\n\n## Returns\n\n' +
      'Try it for 30 nights.\n\nIt is guaranteed to give you deeper sleep.\n'
    expect((await lintRule(page, rule, 'markdown')).map((m) => [m.line, m.actual])).toEqual([[11, 'guaranteed to']])
    // (With no product in the title, the rules leave `it` unread; the scorer, by default, still judges the
    // sentence a claim: a booster and a bodily benefit.)
    const returns = '# Returns\n\nTry it for 30 nights.\n\nIt is guaranteed to give you deeper sleep.\n'
    expect(await lintRule(returns, rule, 'markdown', rulesAlone)).toEqual([])
    expect((await lintRule(returns, rule, 'markdown')).map((m) => [m.line, m.actual])).toEqual([[5, 'guaranteed to']])
  })
  it('reads `The brand says` as the seller distanced, as `The company says` (WordNet: a trade name)', async () => {
    await expectClean(['Magnesium is cheap. The brand says it eases leg cramps.'])
    await expectActual([['Magnesium is cheap. The nurse says it eases leg cramps.', 'eases']])
  })
  it("reads `up to` after an item's label as a bound of a quantity, not a changed state", async () => {
    const page =
      '# Orla Smart Posture Shirt\n\nOrla draws your shoulders back, and Orla never pinches.\n\n## Why Orla\n\n' +
      '- **Long battery life:** up to seven days per charge over USB-C.\n'
    expect((await lintRule(page, rule, 'markdown')).map((m) => [m.line, m.actual])).toEqual([[3, 'draws']])
  })
  it('reads `they` right before its verb, after a time clause or a symbol, as the whole subject', async () => {
    await expectActual([
      ['I keep ginger chews in my bag, because taken before you board they stop travel sickness.', 'stop'],
      ["Ginger chews: your stomach's best friend ☀️ They ease nausea on every crossing.", 'ease']
    ])
    await expectClean(['Dried beans swell when they soak up water.'])
  })
  it("reads a passive's agent as a whole when its first words name no intervention (`by one evening in our sauna`)", async () => {
    await expectActual([['Sore calves are eased by one evening in our sauna.', 'are eased']])
    await expectClean(['Your pain is eased by the end of the day.'])
  })
  it('reads a person named by the -er noun of a verb of the body (`snorers`) as a bodily object', async () => {
    await expectActual([['The new pillow silences snorers.', 'silences']])
    await expectClean(['The new pillow silences runners.'])
  })
  it('reads `never` in the perfect before a verb of seeming or of the body and a comparative as praise, no negation', async () => {
    await expectActual([
      ['My knees have never felt stronger, because cycling builds the muscles around them.', 'builds'],
      ['I have never slept better, because magnesium calms my legs.', 'calms']
    ])
    await expectClean(['My cramps never got better on magnesium.'])
  })
  it("reads a past form before its clause's own finite verb as a reduced relative (`A nasal spray started early eases`)", async () => {
    await expectActual([['A nasal spray started early eases sneezing.', 'eases']])
    await expectClean(['A nasal spray started before symptoms kick in can ease sneezing.'])
  })
  it("reads a verb's adverb that WordNet has as an adjective (`together`, `early`) as no adjective of a plural noun", async () => {
    await expectActual([
      ['Singing together lifts your mood.', 'lifts'],
      ['Dancing together eases stress.', 'eases']
    ])
    await expectClean(['Hot flushes disrupt sleep.'])
  })
  it('reads a plural and a base form agreeing with it after `before` as a clause of time, not a phrase in the subject', async () => {
    await expectClean(['A nasal spray started before symptoms kick in can ease sneezing.'])
    await expectActual([['Stretching before workouts prevents cramps.', 'prevents']])
  })
  it("reads a base form before a singular *be* as its subject's noun (`The ginger boost is`)", async () => {
    await expectClean(['The ginger boost is always the first to sell out.', 'Our protein boost is on the counter.'])
    await expectActual([['Probiotics boost immunity.', 'boost']])
  })
  it('reads the subject after `whose` as a part of what `whose` points back to (`beetroot powder, whose nitrates`)', async () => {
    await expectActual([['Add beetroot powder, whose nitrates widen your blood vessels.', 'widen']])
    await expectClean(['Ask the nurse, whose advice helps.'])
  })
  it('reads a demonstrative `that` right after the verb and before an adjective as opening the object', async () => {
    await expectActual([['Ginger stops that awful nausea.', 'stops']])
    await expectClean(['The rule stops that silly habit.'])
  })
  it('reads a report after an effect as distancing it only as a trailing aside, not as a clause of its own', async () => {
    await expectActual([['Tai chi steadies your balance, and Joan swears by it.', 'steadies']])
    await expectClean(['Magnesium eases cramps, some people say.', 'Some people say magnesium eases cramps.'])
  })
  it('reads a phrasal verb of removing split by its bodily object after `to` (`proven to bring your cholesterol down`)', async () => {
    await expectActual([['Oats are proven to bring your cholesterol down.', 'are proven to']])
    await expectClean(['We want to bring the price down.'])
  })
  it("reads a part or feature opened by `the`, `its` or `our` on a product's page as the product's (`The gentle heat`)", async () => {
    const page =
      '# SoleCalm Heat Wrap\n\nThe wrap is made of wool.\n\nThe gentle heat eases stiff muscles in minutes.\n'
    expect((await lintRule(page, rule, 'markdown', rulesAlone)).map((m) => [m.line, m.actual])).toEqual([[5, 'eases']])
    // (The rules read no product on a page whose title names none; the learned scorer, on by default, judges the
    // sentence for itself.)
    const walks = '# Winter walks\n\nWe walked by the sea.\n\nThe gentle heat eases stiff muscles in minutes.\n'
    expect(await lintRule(walks, rule, 'markdown', rulesAlone)).toEqual([])
  })
  it('reads the intervention a way stands in apposition to as its agent (`Magnesium powder, the natural way to ease`)', async () => {
    await expectActual([['Magnesium powder, the natural way to ease cramps after a long run.', 'ease']])
    await expectClean(['Our café, the best way to start your day.'])
  })
})

describe('unhedged-claim: classes from the blind articles of the fourteenth session', () => {
  it("reads a word of level or a body's fluid before a substance as its level in the body, a state (`Low zinc`)", async () => {
    // As `iron deficiency` is a state: `low` and the participles of the verbs that move a level open the
    // phrase; a fluid of the body (WordNet's) opens it or stands just before its head.
    await expectClean([
      'Low zinc slows wound healing.',
      'Elevated homocysteine damages the arteries.',
      'Reduced zinc slows wound healing.',
      'Depleted magnesium triggers cramps.',
      'Raised iron damages the liver.',
      'High blood sugar damages your kidneys.',
      'Your plasma vitamin C protects your cells.',
      'Serum vitamin D protects your bones.'
    ])
    // A form it is taken in keeps the intervention (`low doses`, `a low sugar diet`), and so does a fluid's name
    // after the substance (`Vitamin C serum`).
    await expectActual([
      ['Low doses of zinc speed wound healing.', 'speed'],
      ['A low sugar diet calms cravings.', 'calms'],
      ['Vitamin C serum protects your skin.', 'protects']
    ])
  })
})

describe('unhedged-claim: classes from the blind articles of the thirteenth session', () => {
  it('reads a booster that opens a clause with `that` as bearing on all of it, hedge or not', async () => {
    await expectActual([
      ["It's clinically proven that ten minutes in a sauna can lift your mood.", 'clinically proven']
    ])
    await expectClean(["It's not proven that saunas can lift your mood."])
  })
  it('reads a booster that closes the sentence as a comment (`, guaranteed.`, `and I guarantee it`) as bearing on it', async () => {
    await expectActual([
      ['Ten minutes in a sauna can lift your mood, and that is clinically proven.', 'clinically proven'],
      ['This tea can make you feel calmer, and I guarantee it.', 'guarantee'],
      ['A cup of this coffee can sharpen your focus all morning long, guaranteed.', 'guaranteed']
    ])
    await expectClean([
      'Saunas may lift your mood, although nothing about it is proven.',
      'We guarantee delivery within two days.',
      'This balm can ease stiff joints, satisfaction guaranteed.'
    ])
  })
  it('reads the comparative after a person and *feel* as how that person feels (`makes you feel lighter`)', async () => {
    await expectActual([['This tea makes you feel lighter.', 'makes']])
    await expectClean(['The new duvet makes it feel softer.'])
  })
  it('reads a bodily noun that is no part of the body, given to a person, as what the giver causes', async () => {
    await expectActual([
      ['Coffee gives me headaches.', 'gives'],
      ['Iron tablets give you constipation.', 'give'],
      ['Coffee gives me stomach cramps.', 'gives']
    ])
    await expectClean(['The nurse gave me a leaflet.', 'The app gives you sleep data.'])
  })
  it("reads WordNet's aid nouns given to someone (`a lift`) as benefit nouns", async () => {
    await expectActual([
      ['Coffee gives you a lift.', 'gives'],
      ['Zinc gives your immune system the help it needs.', 'gives'],
      ['Turmeric gives stiff knees the aid they need.', 'gives'],
      ['Ginger gives a queasy stomach some encouragement.', 'gives']
    ])
    await expectClean(['My brother gave me a lift to the clinic.', 'Our leaflet gives you help with forms.'])
  })
  it('reads `more` or `less` after an opening gerund as its adverb (`Walking more eases`)', async () => {
    await expectActual([['Walking more eases joint pain.', 'eases']])
  })
  it('reads *end*, of one WordNet synset with *stop*, as an effect on a bodily object', async () => {
    await expectActual([['The tea ended my cramps for good.', 'ended']])
    await expectClean(['The programme ends with a talk.'])
  })
  it("reads users' phrase after a complementiser (`Research shows that regular sauna users`)", async () => {
    await expectActual([['Research shows that regular sauna users catch fewer colds.', 'catch fewer']])
  })
  it("reads a gerund before one of the body's own substances as its course, not a practice (`Falling oestrogen`)", async () => {
    await expectClean(['Falling oestrogen thins the skin and weakens bone.', 'Rising cortisol disrupts your sleep.'])
    await expectActual([['Taking melatonin shortens jet lag.', 'shortens']])
  })
  it('reads *work out* as coming to a sum (WordNet), no effect', async () => {
    await expectClean(['The creatine works out at 30p a day.'])
    await expectActual([['This serum works wonders on dry skin.', 'works wonders']])
  })
  it('reads the plural of the listed mass noun *cold*, whose first WordNet sense is an illness, as the illness', async () => {
    await expectClean(['Most colds clear up on their own within a week.'])
    await expectActual([
      ['Cold showers ease sore muscles.', 'ease'],
      ['Zinc shortens colds.', 'shortens']
    ])
  })
  it('reads a pronoun of a person in the subject case right before a finite verb as its whole subject', async () => {
    await expectClean(['We should treat obesity the way we treat diabetes.'])
    await expectActual([['The tea I drink calms my stomach.', 'calms']])
  })
  it('reads a quotation after a participle of naming (`titled`, `called`) as a title, not a statement', async () => {
    await expectClean([
      'She joined a forum thread titled "turmeric fixed my knees" last week.',
      'I once read a blog post called "garlic cured my cold" and laughed.',
      'Her memoir, entitled "yoga healed my back", came out in May.',
      'A tabloid story headlined "coffee cures cancer" did the rounds.',
      'A podcast named "garlic cures colds" launched today.',
      'Our cafe sells a smoothie dubbed "kale clears your skin" on Fridays.'
    ])
    await expectActual([['She joined a thread titled "knees", and turmeric fixed her knees.', 'fixed']])
  })
  it('reads the first -s word after `one of` as the plural noun it asks for', async () => {
    await expectClean(['Valerian is one of the most searched-for sleep aids online.'])
    await expectActual([['One of the best teas soothes sore throats.', 'soothes']])
  })
  it('reads what one reads or hears (`read online that`) and what sites state as reports a later `but` disputes', async () => {
    await expectClean([
      "You'll read online that turmeric cures arthritis, but the trials haven't settled that.",
      "You'll hear everywhere that turmeric cures arthritis, but no trial has shown it.",
      "You'll read somewhere that turmeric cures arthritis, but no trial has shown it.",
      'Many sites state that zinc prevents colds, but the trials do not show it.',
      // (Each form of the verbs of stating as true this class added.)
      'The website states that turmeric cures arthritis, but no trial has shown it.',
      'The brochure stated that zinc prevents colds, but the trials do not show it.',
      'Some sellers assert that garlic cures colds, but no trial has shown it.',
      'The label asserts that this tonic cures hay fever, but nobody has published a trial.',
      'Some sellers asserted that garlic cures colds, but no trial has shown it.'
    ])
    await expectActual([
      ["You'll read that turmeric cures arthritis.", 'cures'],
      ['The pharmacist asserts that this tonic cures hay fever.', 'cures']
    ])
  })
  it('reads a compound WordNet names as a part of the body (`immune system`) as no device', async () => {
    await expectClean(['Your immune system releases histamine.'])
    await expectActual([['Our filter system clears your sinuses.', 'clears']])
  })
  it('reads a past form before `to` and an abbreviation in capitals as giving a name (`shortened to CBT-I`)', async () => {
    await expectClean([
      'Cognitive behavioural therapy for insomnia, usually shortened to CBT-I, is a structured programme.'
    ])
    await expectActual([['Zinc shortened colds by a day.', 'shortened']])
  })
  it('reads an -s word counted by a number as a unit of time or measure (`for 60 seconds`), no verb', async () => {
    await expectClean(['1. Hold the oil under your tongue for 60 seconds before swallowing.'])
    await expectActual([['Take 2 capsules daily; 2 capsules ease cramps.', 'ease']])
  })
})

describe('unhedged-claim: classes from the blind articles of the fifteenth session', () => {
  it('reads the reporter before an aside between commas (`Zentrix, a powder sold online, says`) as the reporter', async () => {
    await expectClean([
      'The makers of Zentrix, a powder sold online, say it clears acne.',
      'Zentrix, a powder sold online, says the powder clears acne.',
      'One popular gummy, Calmora 500, promises on its tub that it melts stress.',
      'Fans, however, insist that cold plunges cure colds.'
    ])
    await expectActual([
      // (a named person, as `my physio` is; an authority, as `experts say` is)
      ['Dave, who runs a roofing firm, says the balm lets him climb ladders without pain.', 'ladders'],
      ['Doctors, however, insist that cold plunges cure colds.', 'cure'],
      ['One expert, Jane Smith, says that zinc shortens colds.', 'shortens']
    ])
  })
  it("reads the people of a product named after `of` (`The makers of Zentrix`) as the product's own", async () => {
    await expectClean(['The makers of Zentrix say the powder clears acne.'])
    await expectActual([['The makers of pills say the powder clears acne.', 'clears']])
  })
  it('reads a bare plural of lay people or followers (`Parents swear`, `Fans say`) as an indefinite reporter', async () => {
    await expectClean([
      'Fans say it clears your skin.',
      'Parents swear it soothes teething pain.',
      'Devotees insist that cold plunges cure colds.',
      'Users say the balm clears acne.'
    ])
    await expectActual([
      ['Nutritionists say that zinc shortens colds.', 'shortens'],
      ['Pharmacists insist that zinc shortens colds.', 'shortens'],
      // (*report* before an outcome that changed: what they felt)
      ['Participants in the yoga group reported less back pain.', 'reported']
    ])
  })
  it('reads *swear by* as praise, no report', async () => {
    await expectActual([['Some regulars swear by it, and the habit lifts your mood.', 'lifts']])
  })
  it("reads a clause of the writer's own after a report (`, and it really does soothe`) as out of its reach", async () => {
    await expectActual([
      ['Kefir is popular. Fans say it tastes sour, and it really does soothe an irritated gut.', 'does soothe'],
      ['The company says its tea tastes of mint, but the tea also settles an upset stomach.', 'settles']
    ])
    await expectClean(['Fans say kefir eases bloating and settles the gut.'])
  })
  it('reads a booster inside a distanced report as the reporter’s, not the writer’s', async () => {
    await expectClean([
      'Zentrix says its gummies are clinically proven to cure acne.',
      'ArchLogic, whose stand was big, claims its insoles are guaranteed to end knee pain.'
    ])
    await expectActual([['Zentrix gummies are clinically proven to cure acne.', 'clinically proven to']])
  })
  it('reads `in` and a plural of animals (WordNet noun.animal) at a clause edge as an explicit limit', async () => {
    await expectClean([
      'In rodents, creatine protects brain cells.',
      'In lab pigs, curcumin shrinks tumours.',
      'Creatine protects brain cells in rodents.'
    ])
    await expectActual([
      // (where the agent is found, not a limit; humans, no limit; a part of the body)
      ['Zinc in oysters boosts immunity.', 'boosts'],
      ['Curcumin shrinks tumours in humans.', 'shrinks'],
      ['Cupping speeds up healing in strained calves.', 'speeds']
    ])
  })
  it('reads a noun of a concept not yet verified before `is that` (`The theory is that`) as a hedge', async () => {
    await expectClean(['The theory is that zinc shortens colds.', 'One possibility is that zinc shortens colds.'])
    await expectActual([['The truth is that zinc shortens colds.', 'shortens']])
  })
  it('reads a past form right after `or` as modifying the noun after it (`water or diluted juice`)', async () => {
    await expectClean(['For older children, water or diluted juice is fine.'])
    await expectActual([['Ginger soothes or heals the gut.', 'soothes or heals']])
  })
  it('reads a phrasal verb of removing in the passive (`is brought down by`) as said of the `by` phrase', async () => {
    await expectActual([
      ['Inflammation is brought down by our turmeric extract.', 'is brought down'],
      ['Toxins are flushed out by dandelion tea.', 'are flushed out']
    ])
    await expectClean(['Your fever was brought down by the nurse.'])
  })
  it('reads a passive’s `by` phrase after an aside between commas (`is lengthened, too, by`)', async () => {
    await expectActual([['Deep sleep is lengthened, too, by a warm bath before bed.', 'is lengthened']])
    await expectClean(['Blood pressure is lowered, and it is measured by a nurse.'])
  })
  it('reads a closing parenthesis after the subject as the place of its verb (`Ibuprofen (Nurofen) brings`)', async () => {
    await expectActual([['Ibuprofen (Nurofen) brings a fever down.', 'brings']])
  })
  it('reads *slightly* and *slight* as a size, no hedge: the effect is stated as fact', async () => {
    await expectActual([['Statins slightly raise the risk of diabetes.', 'raise']])
    await expectClean(['Statins may slightly raise the risk of diabetes.'])
  })
  it('reads an outcome experienced after or by a unit of use (`by the fourth session`) as the named one’s', async () => {
    await expectActual([
      ['Our clinic offers reflexology. Patients typically notice calmer bowels by the fourth session.', 'notice']
    ])
    await expectClean(['Patients typically notice calmer bowels by the fourth session.'])
  })
  it('reads a base form after a modal that hedges as a verb, which a booster then overstates', async () => {
    await expectActual([['This miracle blend may finally cool your hot flashes.', 'miracle']])
    await expectClean(['This blend may cool your hot flashes.', 'You should cool the burn under a tap.'])
  })
  it('reads a plural of animals whose second sense is no part of the body as a limit (`In ageing mice`)', async () => {
    await expectClean(['In ageing mice, NMN restored blood flow.'])
    await expectActual([['Cupping speeds up healing in strained calves.', 'speeds']])
  })
  it('reads one word between *a small* and its study (`In a small 2020 trial`) as the limit still', async () => {
    await expectClean([
      'In a small 2020 trial of 44 office workers, a standing desk reduced back pain.',
      'In a small randomised study, zinc shortened colds.'
    ])
    await expectActual([['In a large 2020 trial, zinc shortened colds.', 'shortened']])
  })
  it('reads what an indefinite part of people finds (`Some people find that`) as their report', async () => {
    await expectClean([
      'Some people find that ginger gives them heartburn.',
      'Many women find magnesium eases their cramps.'
    ])
    await expectActual([
      ['Some doctors find that zinc shortens colds.', 'shortens'],
      ['We find that zinc shortens colds.', 'shortens']
    ])
  })
  it('reads a reporter before a phrase that places it (`One brand on my shelf says`), and one of many sellers', async () => {
    await expectClean(['One brand on my shelf says its formula calms coughs in minutes.'])
    await expectActual([['One nurse on my ward says zinc shortens colds.', 'shortens']])
  })
  it('reads *whether or not* after an effect as a concession, no hedge of it', async () => {
    await expectActual([['Exercise improves insulin sensitivity whether or not your weight changes.', 'improves']])
    await expectClean(['It is unclear whether exercise improves insulin sensitivity.'])
  })
  it('reads a multiplier after the verb of users (`were twice as likely to`) as a comparative of outcome', async () => {
    await expectActual([
      ['Women taking zinc were twice as likely to ovulate.', 'were twice'],
      ['Smokers who use nicotine patches are around three times as likely to quit.', 'are around three times']
    ])
    await expectClean(['People are twice as likely to quit in January.', 'Zinc is likely to shorten colds.'])
  })
  it('reads an imperative and `and` with `it` for what was named, a substance after a possessive, a modified verb', async () => {
    await expectActual([
      ['Zinc is great. Take it for 30 days and your cold will clear.', 'will clear'],
      ['Take zinc and your cholesterol drops.', 'drops'],
      ['Take zinc daily and your cold clears faster.', 'clears']
    ])
    await expectClean([
      'Take it easy and your reaction times stay quick.',
      'Take it for 30 days and your cold will clear.'
    ])
  })
  it('reads a thing of a part of the body (`the lining of your gut`) as that part, no device', async () => {
    await expectClean([
      'Each night, the lining of your gut releases a hormone.',
      'The walls of your gut release a hormone.'
    ])
    await expectActual([['The lining of the mask releases menthol into your sinuses.', 'releases']])
  })
})

describe('unhedged-claim on an article of our own', () => {
  // test/fixtures/claims/pre-workout.md was written for this test (a product page with claims
  // in the shapes of issue 13, sourced and hedged sentences, instructions and a benefits list).
  // Lines a finding must start on, and lines that must stay clean.
  const flagged = [7, 8, 12, 13, 15, 17, 34, 35, 36, 38, 39, 40, 41, 42, 43, 44]
  const clean = [1, 3, 19, 21, 22, 23, 25, 27, 28, 29, 30, 32, 45]
  it('flags the claims and leaves the rest alone', async () => {
    const text = fs.readFileSync(path.join(root, 'test', 'fixtures', 'claims', 'pre-workout.md'), 'utf8')
    const lines = new Set(
      (await lintRule(text, rule, 'markdown')).map((m) => (m.place && 'start' in m.place ? m.place.start.line : 0))
    )
    for (const line of flagged) expect(lines.has(line), `line ${line}`).toBe(true)
    for (const line of clean) expect(lines.has(line), `line ${line}`).toBe(false)
  })
})
