/**
 * The seventeenth session's classes of unhedged-claim's rules, each on sentences written for the test (none from the
 * evaluation documents or the batches it was read from), with the rules alone (`scorer: false`) so that the learned
 * scorer's weights cannot move them, and where it matters with default options too. Every entry of a closed list
 * the session added is tested.
 */
import {describe, expect, it} from 'vitest'
import {claimRulesAlone, claimWords, expectNoClaim, lintRule} from './helpers.js'
import {mediaDeterminers} from '../src/data/grammar.js'
import {sellerMediaNouns} from '../src/data/wordnet.js'
import {administrationRoutes} from '../src/data/claim-cues.js'
import {indefinitePersonPronouns, sincePrepositions, whRelativePronouns} from '../src/data/grammar.js'

const rule = 'unhedged-claim'
const rulesAlone = claimRulesAlone
const actual = claimWords
const expectClean = expectNoClaim

describe('unhedged-claim: a past that is also the base form, coordinated under a modal', () => {
  it('reads `cut`, `upset`, `hurt`, `set` as the base form the modal reaches', async () => {
    await expectClean([
      'Hot cocoa can calm the nerves and upset the stomach.',
      'Black coffee can sharpen focus and cut fatigue.',
      'Heavy squats can build strength and hurt your knees.',
      'A warm bath may relax the muscles and set you up for sleep.'
    ])
  })
  it('leaves a third-person form or a clause of its own a claim', async () => {
    expect(await actual('Black coffee may sharpen focus and cuts fatigue.')).toEqual(['cuts'])
    expect(await actual('Arnica may ease bruising, and it cut my swelling in half.')).toEqual(['cut'])
  })
})

describe('unhedged-claim: a quoted question', () => {
  it('asks, even when the sentence goes on after the quotation', async () => {
    await expectClean([
      '"Will yoga fix my back?" asked a reader.',
      '**"Does fish oil lower blood pressure?"** a reader wants to know.',
      '“Can a cold plunge cure a hangover?” she asked.',
      'Ann asked: "Does zinc shorten a cold?"'
    ])
  })
  it('leaves a quoted statement, and a statement with a trailing question, as claims', async () => {
    expect(await actual('She said, "Fish oil lowers blood pressure," and smiled.')).toEqual(['lowers'])
    expect(await actual('"Zinc shortens a cold, so why suffer?" asks the pharmacist.')).toEqual(['shortens'])
    // A question mark that does not close the quotation asks nothing of it.
    expect(await actual('"Zinc shortens a cold," he said, "doesn\'t it?" and laughed.')).toEqual(['shortens'])
  })
})

describe('unhedged-claim: what someone used to say', () => {
  it('distances a report after `used to` and a verb of asserting or `tell`', async () => {
    await expectClean([
      'I used to tell everyone that turmeric cures arthritis.',
      'He used to say that garlic prevents colds.',
      'My gran used to insist that onions draw out a fever.',
      'We used to claim our tea detoxes the liver.'
    ])
  })
  it('is no report when `used to` goes with another verb, or the report is not past', async () => {
    expect(await actual('I used to take zinc, and it shortens colds.')).toEqual(['shortens'])
    expect(await actual('I say that garlic prevents colds.')).toEqual(['prevents'])
  })
})

describe('unhedged-claim: what a product is sold in or with, as a reporter', () => {
  it('distances what the box, the label or the advert says', async () => {
    await expectClean([
      'The box says the drops soothe colic.',
      'The packet claims this tea detoxes the liver.',
      'Its label promises the balm heals cracked heels.',
      'One advert says the gummies melt belly fat.',
      'The jar insists the cream erases wrinkles.'
    ])
  })
  it('distances words printed on it (`says on the tin that`)', async () => {
    await expectClean([
      'It says on the tin that the balm heals cracked heels.',
      'The brand claims in its advert that the serum erases wrinkles.'
    ])
  })
  it('leaves the seller’s own label, a person and a clause of the writer’s own as claims', async () => {
    expect(await actual('Our label says the balm heals cracked heels.')).toEqual(['heals'])
    expect(await actual('My doctor says the drops soothe colic.')).toEqual(['soothe'])
    expect(await actual('The box is pretty, and the drops soothe colic.')).toEqual(['soothe'])
    expect(await actual('The label says the drops soothe colic, and they really do soothe colic.')).toEqual([
      'do soothe'
    ])
  })
  it('takes each determiner of the list', async () => {
    expect([...mediaDeterminers].sort()).toEqual(['a', 'an', 'each', 'every', 'its', 'one', 'the', 'their', 'this'])
    for (const determiner of mediaDeterminers) {
      const noun = determiner === 'an' ? 'advert' : 'label'
      const text = `${determiner[0].toUpperCase()}${determiner.slice(1)} ${noun} says the drops soothe colic.`
      expect(await actual(text), text).toEqual([])
    }
  })
  it('takes its nouns from WordNet’s containers, promotion and labels', async () => {
    for (const noun of ['box', 'tin', 'jar', 'bottle', 'sachet', 'packet', 'carton', 'advert', 'blurb', 'label'])
      expect(sellerMediaNouns.has(noun), noun).toBe(true)
    for (const noun of ['doctor', 'study', 'trial', 'website', 'brand'])
      expect(sellerMediaNouns.has(noun), noun).toBe(false)
  })
})

describe('unhedged-claim: a negation inside a fronted phrase with a relative clause', () => {
  it('ends at the phrase’s comma', async () => {
    expect(await actual('For anyone who cannot sleep, magnesium calms the mind.')).toEqual(['calms'])
    expect(await actual("For runners who can't rest, foam rolling eases sore calves.")).toEqual(['eases'])
    expect(await actual('In people who do not respond to statins, red yeast rice lowers cholesterol.')).toEqual([
      'lowers'
    ])
  })
  it('still negates its own clause and the main clause’s own negation', async () => {
    await expectClean([
      'For anyone who sleeps badly, magnesium does not calm the mind.',
      'Magnesium does not calm, who knows why, the mind.'
    ])
  })
})

describe('unhedged-claim: the body’s own substances given by a route of administration', () => {
  it('takes each route as a form of taking the substance', async () => {
    expect(administrationRoutes.length).toBe(11)
    for (const route of administrationRoutes) {
      const text = `${route[0].toUpperCase()}${route.slice(1)} testosterone boosts libido.`
      expect(await actual(text), text).toEqual(['boosts'])
    }
  })
  it('leaves the body’s own substance no agent', async () => {
    await expectClean(['Testosterone boosts libido in the teenage years.', 'Vaginal dryness worsens after menopause.'])
  })
})

describe('unhedged-claim: the British spelling of a listed intervention', () => {
  it('reads `oestrogen` as `estrogen`, and the route makes it taken', async () => {
    expect(await actual('Topical oestrogen thickens thin skin.')).toEqual(['thickens'])
    expect(await actual('Vaginal oestrogen treats dryness.')).toEqual(['treats'])
    await expectClean(['Falling oestrogen worsens hot flushes.', 'Oestrogen thickens the lining of the womb.'])
  })
})

describe('unhedged-claim: a demonstrative’s noun phrase in a passive’s `by` phrase', () => {
  it('stands for the intervention named before, as it does as a subject', async () => {
    expect(await actual('Magnesium is cheap. My cramps were eased by this stuff.')).toEqual(['were eased'])
    expect(await actual('I bought FloraRoot last month. My brain fog was cleared up by this stuff.')).toEqual([
      'was cleared up'
    ])
  })
  it('is no intervention with none named before', async () => {
    await expectClean([
      'My brain fog was cleared up by this stuff.',
      'I read the review last month. My doubts were cleared up by this article.'
    ])
  })
})

/** The words of the rule's findings on a Markdown page, with the rules alone. */
async function onPage(text: string): Promise<Array<string | null | undefined>> {
  return (await lintRule(text, rule, 'markdown', rulesAlone)).map((m) => m.actual)
}

describe('unhedged-claim: outcome lists by comparatives of any adjective, after `since` or `after`, after a label', () => {
  it('reads a comparative of an English adjective before a part or faculty of the body as an outcome', async () => {
    expect(await onPage('Benefits of ZenDrops:\n\n- Sharper focus\n- Brighter skin\n- Bigger bottles\n')).toEqual([
      'Sharper focus',
      'Brighter skin'
    ])
  })
  it('reads a list after `since` or `after` and an intervention as what followed it', async () => {
    expect([...sincePrepositions].sort()).toEqual(['after', 'since'])
    expect(await onPage('Since starting ZenDrops:\n\n- Calmer gut\n- Cheaper groceries\n')).toEqual(['Calmer gut'])
    expect(await onPage('After a month of kefir:\n\n- Calmer gut\n')).toEqual(['Calmer gut'])
    // No intervention named: no list of outcomes.
    expect(await onPage('After the move:\n\n- Better sleep\n')).toEqual([])
  })
  it('reads a comparative after a label of the body, and nothing else there', async () => {
    const page =
      'Benefits of ZenDrops:\n\n- **Sleep:** deeper, more restful nights.\n- **Focus:** sharper in the afternoon.\n' +
      '- **Price:** cheaper than the rivals.\n- **Body:** twist off the cap to clean it.\n'
    expect(await onPage(page)).toEqual(['deeper', 'sharper'])
  })
})

describe('unhedged-claim: the open compound `game changer` as a remedy’s role', () => {
  it('reads it after modifiers, as `game-changer` is read', async () => {
    expect(await actual('Magnesium is a genuine game changer for leg cramps.')).toEqual(['game changer'])
    expect(await actual("I take magnesium. It's a total game changer for my reflux.")).toEqual(['game changer'])
  })
})

describe('unhedged-claim: a thing of the seller’s as a reporter (`The brand’s website says`)', () => {
  it('distances what the seller’s own page or paper says', async () => {
    await expectClean([
      "The company's leaflet says the drops soothe colic.",
      "Verdalux's label says the drops soothe colic.",
      "The brand's website says the drops soothe colic."
    ])
  })
  it('leaves a person’s thing a claim', async () => {
    expect(await actual("My doctor's leaflet says the drops soothe colic.")).toEqual(['soothe'])
    expect(await actual("Sarah's blog says the drops soothe colic.")).toEqual(['soothe'])
  })
})

describe('unhedged-claim: a remedy’s role for a person with a condition', () => {
  it('reads the condition after `with` further than a role’s object', async () => {
    expect(await actual('A statin is a lifesaver for anyone with a strong family history of heart disease.')).toEqual([
      'is a lifesaver for'
    ])
    await expectClean(['A statin is a lifesaver for anyone with a busy job and a long commute.'])
  })
})

describe('unhedged-claim: the alt text of a Markdown image', () => {
  it('is a description of a picture, no claim', async () => {
    expect(await onPage('![A woman holding a glass of juice on a kitchen counter](juice.jpg)\n')).toEqual([])
    expect(await onPage('![A white LED face mask with red lights around the eyes](mask.jpg)\n')).toEqual([])
    expect(await lintRule('![Turmeric lowers inflammation.](t.jpg)\n', rule, 'markdown')).toEqual([])
  })
  it('leaves the prose around an image, and an image’s text in prose, as before', async () => {
    expect(await onPage('![A jar](jar.jpg)\n\nTurmeric lowers inflammation.\n')).toEqual(['lowers'])
    expect(await onPage('Turmeric lowers inflammation, as ![a chart](c.png) shows.\n')).toEqual(['lowers'])
  })
})

describe('unhedged-claim: a base form after singular `this`', () => {
  it('is a noun, whose own verb follows', async () => {
    await expectClean([
      'Drops are sold here. This section needs more citations.',
      'Drops are sold here. This post mentions panic attacks.'
    ])
  })
  it('leaves `this` as a subject of its verb', async () => {
    expect(await actual('Magnesium is cheap. This mineral calms the nerves.')).toEqual(['calms'])
    expect(await actual('Magnesium is cheap. This helps sleep.')).toEqual(['helps'])
  })
})

describe('unhedged-claim: `according to` what a product is sold in or with', () => {
  it('distances what the box or the label says', async () => {
    await expectClean([
      'According to the label, the drops soothe colic.',
      'The drops, according to the box, soothe colic.'
    ])
  })
  it('leaves a person’s word and a clause of the writer’s own as claims', async () => {
    expect(await actual('According to my doctor, the drops soothe colic.')).toEqual(['soothe'])
    expect(await actual('According to the label, the drops cost £5, and they soothe colic.')).toEqual(['soothe'])
  })
})

describe('unhedged-claim: the Latin plural in -i of an intervention in -us', () => {
  it('is the intervention, and a plural subject', async () => {
    expect(await actual('Lactobacilli calm the gut.')).toEqual(['calm'])
    await expectClean(['The fungi in the soil feed the roots.', 'Alumni praise the course.'])
  })
})

describe('unhedged-claim: an adverb in -ly before an outcome list’s comparative', () => {
  it('opens the outcome with it', async () => {
    const page =
      'Benefits of Glowa:\n\n- Visibly firmer skin in four weeks\n- Noticeably calmer skin\n- Really cheaper refills\n'
    expect(await onPage(page)).toEqual(['firmer skin', 'calmer skin'])
  })
})

describe('unhedged-claim: every entry of this session’s lists of pronouns', () => {
  it('ends a fronted relative clause’s negation at its comma, for each wh-relative pronoun', async () => {
    expect([...whRelativePronouns].sort()).toEqual(['which', 'who', 'whose'])
    const texts: Record<string, string> = {
      who: 'For anyone who cannot sleep, magnesium calms the mind.',
      which: 'For a mind which cannot rest, magnesium calms the nerves.',
      whose: 'For anyone whose legs do not rest, magnesium calms the cramps.'
    }
    for (const pronoun of whRelativePronouns) expect(await actual(texts[pronoun]), pronoun).not.toEqual([])
  })
  it('reads the condition after each indefinite pronoun of people and `with`', async () => {
    expect([...indefinitePersonPronouns].sort()).toEqual([
      'anybody',
      'anyone',
      'everyone',
      'somebody',
      'someone',
      'those'
    ])
    for (const pronoun of indefinitePersonPronouns) {
      const text = `A statin is a lifesaver for ${pronoun} with a strong family history of heart disease.`
      expect(await actual(text), text).toEqual(['is a lifesaver for'])
    }
  })
})
