import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import type {Parent, Root} from 'nlcst'
import {tokensOf} from '../src/model/tokens.js'
import {
  findStatistics,
  hasIllustrativeCue,
  type StatisticForm,
  type StatisticMatch,
  type StatisticOptions
} from '../src/readers/statistics.js'
import {parseNumeral, spelledFraction, spelledNumber, spelledProportion} from '../src/readers/numerals.js'

const processor = unified().use(retextEnglish)

/** Every statistic in a text, sentence by sentence. */
function statistics(text: string, options?: StatisticOptions): StatisticMatch[] {
  const tree = processor.parse(text) as Root
  const out: StatisticMatch[] = []
  const visit = (node: Parent): void => {
    for (const child of node.children) {
      if (child.type === 'SentenceNode') out.push(...findStatistics(tokensOf(child), options))
      else if ('children' in child) visit(child as Parent)
    }
  }
  visit(tree)
  return out
}

/** A positive table: each sentence holds exactly one statistic, `text`, of `form`. */
function positives(form: StatisticForm, cases: Array<[sentence: string, text: string]>): void {
  it.each(cases)('%s → %s', (sentence, text) => {
    const found = statistics(sentence)
    expect(found.map((m) => [m.text, m.form])).toEqual([[text, form]])
    // Offsets point at the expression in the source text.
    expect(sentence.slice(found[0].start, found[0].end)).toBe(text)
  })
}

/** A negative table: no statistic in the sentence. */
function negatives(cases: string[]): void {
  it.each(cases)('%s', (sentence) => {
    expect(statistics(sentence).map((m) => m.text)).toEqual([])
  })
}

describe('percentages and rates', () => {
  positives('percentage', [
    ['About 37% of adults are deficient.', 'About 37%'],
    ['Deficiency affects 37% of adults.', '37%'],
    ['Deficiency affects 37 percent of adults.', '37 percent'],
    ['Deficiency affects 37 per cent of adults.', '37 per cent'],
    ['Deficiency affects 30–50% of adults.', '30–50%'],
    ['Deficiency affects 10-15% of adults.', '10-15%'],
    ['Deficiency affects ~30–40% of adults.', '~30–40%'],
    ['Deficiency affects nearly 50% of adults.', 'nearly 50%'],
    ['Deficiency affects up to 50% of adults.', 'up to 50%'],
    ['Rates stay below 4% in children.', 'below 4%'],
    ['Rates stay <5% in children.', '<5%'],
    ['Rates stay < 5% in children.', '< 5%'],
    ['It is effective for 24%-60% of patients.', '24%-60%'],
    ['Participants lost 8.5 % of their belly fat.', '8.5 %'],
    ['Fish oils only contain 30% of omega-3 per softgel.', '30%'],
    ['Omax3 is concentrated at 93.9%.', '93.9%'],
    ['Only 4% bioavailability is reached.', 'Only 4%'],
    ['An estimated 50% of adults do not get enough.', 'An estimated 50%'],
    ['Between 30 and 50% of adults are deficient.', 'Between 30 and 50%'],
    ['From 30 to 50 percent of adults are deficient.', '30 to 50 percent'],
    ['It reduces anxiety scores by 31%.', '31%'],
    ['Refining strips up to 80% of magnesium from grains.', 'up to 80%'],
    ['More than 60% of the body’s magnesium is stored in bones.', 'More than 60%'],
    ['Roughly 2.5% of users report side effects.', 'Roughly 2.5%'],
    ['Fifty percent of adults are deficient.', 'Fifty percent'],
    ['Twenty-five percent of adults are deficient.', 'Twenty-five percent'],
    ['The risk rose by 3 percentage points.', '3 percentage points'],
    ['Psoriasis affects an estimated two to four per cent of the population.', 'an estimated two to four per cent'],
    ['Symptoms resolved in 30% of cases.', '30%'],
    ['All of them, 100% of participants, finished.', '100%'],
    ['Almost 90% of serotonin is made in the gut.', 'Almost 90%'],
    ['At least 75% of people improved.', 'At least 75%'],
    ['Some people are non-responders (~20%).', '~20%'],
    ['The 17% rate of side effects was disputed.', '17%']
  ])
})

describe('proportions in words', () => {
  positives('proportion', [
    // (the sentence's full stop glued to the last number by the parser: `27.`)
    ['A smoker’s lifetime odds of a stroke are roughly 1 in 27.', 'roughly 1 in 27'],
    ['Side effects leave nearly one-third of patients dissatisfied.', 'nearly one-third'],
    ['One-third of patients stopped.', 'One-third'],
    ['Two-thirds of adults snore.', 'Two-thirds'],
    ['A third of adults report insomnia.', 'A third'],
    ['About a third of adults report insomnia.', 'About a third'],
    ['Half of adults are deficient.', 'Half'],
    ['Deficiency affects roughly half of all adults.', 'roughly half'],
    ['Nearly half are deficient.', 'Nearly half'],
    ['More than half of your typical tube is sugar.', 'More than half'],
    ['Half the patients relapsed.', 'Half'],
    ['One in five students have taken it.', 'One in five'],
    ['1 in 3 adults is deficient.', '1 in 3'],
    ['1 in 104 were helped.', '1 in 104'],
    ['9 out of 10 dentists agree.', '9 out of 10'],
    ['Nine out of ten dentists agree.', 'Nine out of ten'],
    ['Two thirds of adults snore.', 'Two thirds'],
    ['Three quarters of the sample improved.', 'Three quarters'],
    ['A quarter of parents took up this support.', 'A quarter'],
    ['One in every five adults is affected.', 'One in every five'],
    ['1/3 of patients improved.', '1/3'],
    ['7 of 10 studies found a benefit.', '7 of 10'],
    ['3 of the 12 trials were positive.', '3 of the 12'],
    ['A one-in-five chance remains.', 'one-in-five'],
    ['The relationship was found in about two-thirds of our participants.', 'about two-thirds'],
    ['A fifth of children are affected.', 'A fifth']
  ])
})

describe('counts of people, studies, cases and processes', () => {
  positives('count', [
    ['The trial enrolled 1,200 patients.', '1,200 patients'],
    ['A meta-analysis of 18 studies was run.', '18 studies'],
    ['Millions of Americans take it.', 'Millions of Americans'],
    ['It is involved in over 300 enzymatic processes.', 'over 300 enzymatic processes'],
    ['It is involved in over 300 enzymatic reactions.', 'over 300 enzymatic reactions'],
    ['The study followed 40,000 adult participants over 11 years.', '40,000 adult participants'],
    ['This one followed more than 82,000 participants.', 'more than 82,000 participants'],
    ['A survey of 2000 UK university students was run.', '2000 UK university students'],
    ['In one study, 210 people with obesity took it.', '210 people'],
    ['It plays a role in 300+ bodily functions.', '300+ bodily functions'],
    ['It happens in approximately 5 cases per million.', 'approximately 5 cases per million'],
    ['It affects 1.2 million Americans.', '1.2 million Americans'],
    [
      'Researchers identified nearly 2,000 previously unknown gut bacterial species.',
      'nearly 2,000 previously unknown gut bacterial species'
    ],
    ['The trial included 2000 healthy, middle-aged men.', '2000 healthy, middle-aged men'],
    ['Thousands of studies have assessed probiotics.', 'Thousands of studies'],
    ['Tens of thousands of people signed up.', 'Tens of thousands of people'],
    ['There are 5 deaths per 100,000 people.', '5 deaths per 100,000 people'],
    ['The cohort (n = 1,200) was large.', 'n = 1,200'],
    ['The cohort (n=40) was small.', 'n=40'],
    ['It affects some 32 to 45 million women globally.', 'some 32 to 45 million women'],
    ['Twelve patients developed a rash.', 'Twelve patients'],
    ['The mega PURE study (135,000 people, 18 countries) was large.', '135,000 people'],
    ['Over 500 studies confirm its safety.', 'Over 500 studies'],
    ['They recruited 57 healthy volunteers.', '57 healthy volunteers'],
    ['A 1,200-patient cohort was followed.', '1,200-patient']
  ])
})

describe('magnitudes and averages', () => {
  // Sentences written for this test: a count of millions or more whatever it counts, and a
  // number after a word of averaging (not a dose: an average dose is an amount).
  positives('count', [
    ['Each sachet delivers 15 billion live cultures.', '15 billion'],
    ['Back pain costs the economy 3.5 billion pounds a year.', '3.5 billion'],
    ['Teenagers spend an average of 8 hours a day online.', '8 hours a day'],
    ['The typical commuter averages 58 minutes a day in the car.', '58 minutes a day'],
    ['On average, new parents sleep 5.1 hours a night.', '5.1 hours a night']
  ])
  negatives([
    'The average dose is 400 mg a day.',
    'Take an average of 2 capsules a day.',
    'Soak the oats for 8 hours.',
    'The average price is 12 pounds.'
  ])
  // An average person's amount, and the head of a long subject (sentences written for this test).
  positives('count', [
    ['The average teenager drinks about 2.5 litres of fizzy drinks a week.', 'about 2.5 litres'],
    ['The median stay on a stroke ward in the region has now fallen to 9 days.', '9 days']
  ])
})

describe('a change by a fraction, and a ratio after `by`', () => {
  // Sentences written for this test: a quantity that rose or fell by a fraction, as by a
  // percentage; a ratio of one-digit terms after `by` (no time of day).
  positives('proportion', [
    ['Cases of measles have risen by a third since 2019.', 'a third'],
    ['Teenage smoking fell by half in ten years.', 'half']
  ])
  positives('multiplier', [['Women outnumber men by about 2:1 on the ward.', 'about 2:1']])
  negatives(['Cut the dose by half after a week.', 'Reduce the sugar by a third.', 'Finish the course by 9:05.'])
})

describe('fractions of a comparison, averages after a measure, changes between figures, rates of small counts', () => {
  // Sentences written for this test: a fraction before a comparative is a multiplier, as a percentage is;
  // `on average` after a measure; a change `from` one figure `to` another after a verb of change; a small
  // spelled count with a frequency in its clause is a rate.
  positives('multiplier', [
    ['Nurses in the region earn roughly a fifth less than doctors.', 'roughly a fifth less'],
    ['Part-time staff are two thirds more likely to leave.', 'two thirds more likely']
  ])
  positives('count', [
    ['Night-shift workers sleep 5.9 hours a night on average.', '5.9 hours a night'],
    ['Indoor rabbits live two to four years longer on average than outdoor ones.', 'two to four years'],
    ['Hip replacements at the trust rose from 640 to 1,120 a year over the decade.', '640 to 1,120'],
    ['Admissions fell sharply from 2,300 to 1,450 patients.', '2,300 to 1,450 patients'],
    ['Every week, six children in the county are admitted with burns.', 'six children'],
    ['Four patients a day are turned away.', 'Four patients']
  ])
  negatives([
    'Two nurses told me the ward was quiet.',
    'Three friends of mine walk every day.',
    'The clinic moved from 2019 to 2021.',
    'Doses rose from 5 mg to 10 mg.',
    'Soak the oats for 8 hours on the counter.'
  ])
})

describe('an average after a fronted `on average` whose subject is people', () => {
  // Sentences written for this test: `On average` opening the clause, then people as its subject, makes
  // their amount an average (as `The average adult eats ...` does); an amount with no people is a dose.
  positives('count', [
    ['On average our guests leave behind 1.2 kg of waste per night.', '1.2 kg'],
    ['On average, members lift 40 kg more after a year.', '40 kg']
  ])
  negatives(['On average our dogs eat 400 g of food a day.', 'Take 200 mg on average.'])
})

describe('counts of people by their WordNet class, proportions with their noun inside, `half as likely`', () => {
  // Sentences written for this test: a plural noun whose first sense in WordNet is a person counts
  // people; `one N in M` with a noun of people or of a group is a proportion; `half as likely` is a
  // ratio as `twice as likely` is; a passive with its agent (`were given by`) is no study's allocation.
  positives('count', [
    ['About 2,000 donors gave blood last winter.', 'About 2,000 donors'],
    ['Over 300 plumbers were surveyed in the region.', 'Over 300 plumbers']
  ])
  positives('proportion', [
    ['Around one household in five heats only one room.', 'Around one household in five'],
    ['Roughly one cyclist in eight wears no helmet.', 'Roughly one cyclist in eight'],
    ['Two-thirds of the coats on sale were given by people from the estate.', 'Two-thirds']
  ])
  positives('multiplier', [
    ['Vaccinated hens were half as likely to fall ill as the rest.', 'half as likely'],
    ['Night-shift nurses are half as prone to the flu.', 'half as prone'],
    ['Calves in the new barn were half as often ill.', 'half as often'],
    ['Colds were half as common in the zinc group.', 'half as common'],
    ['Calves in the new barn fell ill half as frequently.', 'half as frequently']
  ])
  negatives([
    'Rest one day in seven.',
    'Drink half as much coffee after noon.',
    'Half of the volunteers were given the new drink.',
    'Our 3 stylists will greet you at the door.',
    'The desk lamp draws 60 watts at full brightness.',
    'Three friends of mine walk every day.'
  ])
})

describe('multipliers and ratios', () => {
  positives('multiplier', [
    ['Smokers are twice as likely to develop it.', 'twice as likely'],
    ['It is 3x more effective.', '3x more'],
    ['It gives a 3x boost.', '3x'],
    ['Risk rose threefold.', 'threefold'],
    ['Risk rose 1.5-fold.', '1.5-fold'],
    ['Users had a 40% greater risk.', '40% greater'],
    ['Drinkers had a 44% lower risk of recurrence.', '44% lower'],
    ['Omax3 contains 4x more EPA than DHA.', '4x more'],
    ['Bacteria outnumber cells at a 10-to-1 ratio.', '10-to-1'],
    ['This optimal 4-to-1 balance helps.', '4-to-1'],
    ['Keep a 3:1 ratio of omega-6 to omega-3.', '3:1'],
    ['Consumers are 100 times more likely to get ill.', '100 times more likely'],
    ['Cancer cells use 10 times as much sugar.', '10 times as much'],
    ['It doubled the risk.', 'doubled'],
    ['Smoking can double your risk.', 'double your risk'],
    ['It carries twice the risk.', 'twice the risk'],
    ['Ketones rose tenfold.', 'tenfold'],
    ['There was a 39% reduction in cholesterol.', '39% reduction'],
    ['The numbers are measurable: a 30% improvement in symptom resolution.', '30% improvement'],
    ['Strength shows an 8-14% increase.', '8-14% increase'],
    ['Three times more women than men are affected.', 'Three times more'],
    ['It can hold up to 1,000 times its weight in water.', 'up to 1,000 times its weight']
  ])
})

describe('inferential figures', () => {
  positives('inferential', [
    ['The difference was significant (p < 0.05).', 'p < 0.05'],
    ['The difference was significant (p=0.03).', 'p=0.03'],
    ['The difference was significant (P = .001).', 'P = .001'],
    ['The difference was significant (p<.05).', 'p<.05'],
    ['It was correlated with memory (p = 0.04).', 'p = 0.04'],
    ['The p-value was 0.04.', 'p-value was 0.04'],
    ['The risk fell (95% CI 1.2–3.4).', '95% CI 1.2–3.4'],
    ['The risk fell (95% CI: 1.1-2.0).', '95% CI: 1.1-2.0'],
    ['The risk fell (95% CI, 1.2 to 3.4).', '95% CI, 1.2 to 3.4'],
    ['The 95% confidence interval was wide.', '95% confidence interval'],
    ['Risk rose (OR 1.5).', 'OR 1.5'],
    ['Risk fell (HR = 0.8).', 'HR = 0.8'],
    ['Risk rose (RR 1.3).', 'RR 1.3'],
    ['The hazard ratio of 0.72 was reported.', 'hazard ratio of 0.72'],
    ['The odds ratio (OR) was 2.1.', 'odds ratio (OR) was 2.1'],
    ['The relative risk was 1.4.', 'relative risk was 1.4'],
    ['Intake correlated with mood (r = 0.45).', 'r = 0.45'],
    ['The NNT was 50 for this outcome.', 'NNT was 50']
  ])

  it('reports each inferential figure of a sentence', () => {
    expect(statistics('Risk rose (OR 1.5, 95% CI 1.1–2.0).').map((m) => m.text)).toEqual(['OR 1.5', '95% CI 1.1–2.0'])
  })
})

describe('doses and amounts are not statistics', () => {
  negatives([
    'Take 200–400 mg daily.',
    'Take 200mg before bed.',
    'Take 2 capsules with food.',
    'Dosage: 1,500-2,000mg (providing ~144mg elemental magnesium).',
    'Week 1: 100-200mg at bedtime.',
    'Very high doses (>800mg) need supervision.',
    'Children need 10 micrograms of vitamin D a day.',
    'Babies need 8.5 to 10 micrograms a day.',
    '1 microgram of vitamin D is equal to 40 IU.',
    'Do not take more than 100 micrograms (4,000 IU) a day.',
    'Drink less than 500ml of formula a day.',
    'There are less than 3 calories in 8 fluid ounces of green tea.',
    'It has about 28 milligrams of caffeine.',
    'Drink three to five cups daily.',
    'Add 2 tablespoons of honey.',
    'Use 3 cups filtered water and 4 slices of lemon.',
    'Pumpkin seeds (1 oz): 156mg.',
    'Eat 5 servings of vegetables.',
    'Men need 400–420 mg/day.',
    'A microgram is 1,000 times smaller than a milligram.',
    'The LED count is 132 LEDs (66 bulbs).',
    'Red 633nm and NIR 830nm are used.',
    'Use a 1% hydrocortisone cream.',
    'Choose 70% dark chocolate.',
    'It is 88% creatine by weight.',
    'Aim for 75% fat, 20% protein and 5% carbs.',
    'Train at 80-95% max HR.',
    'Work at 70% of your maximum heart rate.',
    'Walk 10,000 steps a day.',
    'It holds 5,000 IU per capsule.',
    'Take one-third cup of oats.',
    'Add half a cup of milk.'
  ])
})

describe('durations and schedules are not statistics', () => {
  negatives([
    'Take it for 8 weeks.',
    'Take it 2–4 hours before bed.',
    'Take it twice daily.',
    'Take it twice a day.',
    'Take it 3 times a day.',
    'Take it 3x daily.',
    'Lift weights 3x/week.',
    'Do LISS 2-3x/week.',
    'Let them steep for 8-10 minutes.',
    'Full effects develop over 1-2 weeks.',
    'He lived on an Inuit diet for 3 months.',
    'It was a 5-year trial.',
    'There is a 60-day money back guarantee.',
    'Wait half an hour.',
    'Wait a quarter of an hour.',
    'Participants fell asleep 12 minutes faster.',
    'It has been used for thousands of years.',
    'It took six decades.',
    'It lasts 24/7.',
    'Take it every 4 hours.'
  ])
})

describe('dates, years, ages, labels, prices and times are not statistics', () => {
  negatives([
    'It was reviewed in 2023.',
    'Throughout 2017 I kept saying it.',
    'It was published on 4 May 2022, 5:47 pm.',
    'Page last reviewed: 03 August 2020.',
    'It was written on Jan 1st 2018.',
    'It was introduced in the 17th century.',
    'He published it in 1978 with colleagues.',
    'They analysed data from between 1990 and 2014.',
    'The Minnesota Coronary Experiment (1968-73) was large.',
    'Adults over 50 should take it.',
    'All children aged 1 to 4 should take it.',
    'Children from the age of 1 year need it.',
    'Infants under 12 months need less.',
    'Drops for under 5s are sold.',
    'Adults aged 65+ are at risk.',
    'Supplements for 65+ adults are popular.',
    'People in their 50s are at risk.',
    'Section 3 covers the details.',
    'See version 2.1 of the app.',
    'It is type 2 diabetes.',
    'A phase 3 trial is planned.',
    'COVID-19 spread quickly.',
    'It costs $9.95 to ship.',
    'Plans start from less than $3 per week.',
    'It is a $30 billion industry.',
    'Take it at 10 pm.',
    'Read the 3 headlines.',
    'Here are 9 ways to improve.',
    '5 Reasons This New Fish Oil Is Better.',
    'Omega 3 helps.'
  ])
})

describe('citations and sales figures are not statistics', () => {
  negatives([
    'As shown in [3], it works.',
    'As shown in [1, 4], it works.',
    'It works (12).',
    'It works (41,42).',
    'It works (Smith, 2019).',
    'It works (Nutrients, 2018).',
    'Nutrients 13(2):463.',
    'Lancet 2017; 390: 2050-62.',
    'GET 50% OFF YOUR FIRST BOX NOW!',
    'Get your first month for 50% off.',
    'Save 20% today.',
    'It is 100% natural.',
    'You were 100% right.',
    'Only 6 trials still available.'
  ])
})

describe('vague and spelled-out small quantities are not statistics', () => {
  negatives([
    'Most people are deficient.',
    'Many students take it.',
    'The majority are harmless.',
    'Dozens of brands are sold.',
    'Hundreds of types of microorganisms live there.',
    'It combined two earlier major international studies.',
    'Seven of the studies found a benefit.',
    'In all three groups it was important.',
    'Half of it is water, the other half is air.',
    'That is half the battle.',
    'It is the first half of the year.',
    'Double benefit: magnesium and glycine.',
    'It is double-blind.',
    'It is third-party tested.',
    'Treat one in one.',
    'The SolaWave 4-in-1 Skincare Wand is new.',
    'Half of the group were asked to write a list.',
    'Half of the participants are administered the statin.',
    'A third of the patients were randomised to placebo.'
  ])
})

describe('options', () => {
  it('takes extra count nouns', () => {
    expect(statistics('It spread to 40 hospitals.').map((m) => m.text)).toEqual([])
    expect(statistics('It spread to 40 hospitals.', {countNouns: ['hospitals']}).map((m) => m.text)).toEqual([
      '40 hospitals'
    ])
  })

  it('takes extra dose units', () => {
    expect(statistics('Use 2 in 3 sprinkles.').map((m) => m.text)).toEqual(['2 in 3'])
    expect(statistics('Use 2 in 3 sprinkles.', {doseUnits: ['Sprinkles']}).map((m) => m.text)).toEqual([])
  })

  it('takes extra duration units', () => {
    expect(statistics('It works 1 in 2 semesters.').map((m) => m.text)).toEqual(['1 in 2'])
    expect(statistics('It works 1 in 2 semesters.', {durationUnits: ['semesters']}).map((m) => m.text)).toEqual([])
  })

  it('accepts null options', () => {
    expect(
      statistics('About 37% of adults.', {countNouns: null, doseUnits: null, durationUnits: null}).map((m) => m.text)
    ).toEqual(['About 37%'])
  })
})

describe('matches', () => {
  it('gives token indices and offsets', () => {
    const [match] = statistics('Yet nearly 50% of adults.')
    expect(match).toMatchObject({from: 2, to: 6, start: 4, end: 14, text: 'nearly 50%', form: 'percentage'})
  })

  it('finds several statistics in one sentence, in order', () => {
    expect(
      statistics('It is in over 300 enzymatic reactions, yet an estimated 50% of adults lack it.').map((m) => m.text)
    ).toEqual(['over 300 enzymatic reactions', 'an estimated 50%'])
  })

  it('reads Markdown emphasis in plain text as transparent', () => {
    const [match] = statistics('It is involved in over **300 enzymatic reactions** in your body.')
    expect(match.text).toBe('over 300 enzymatic reactions')
    expect(match.form).toBe('count')
  })

  it('finds illustrative cues', () => {
    const tokens = (text: string) =>
      tokensOf(((processor.parse(text) as Root).children[0] as Parent).children[0] as Parent)
    expect(hasIllustrativeCue(tokens('Consider a 5-year trial of 2000 men.'))).toBe(true)
    expect(hasIllustrativeCue(tokens('At the end of our hypothetical trial, 2% had an MI.'))).toBe(true)
    expect(hasIllustrativeCue(tokens('In this example, you would treat 100 men.'))).toBe(true)
    expect(hasIllustrativeCue(tokens('Imagine 100 people in a room.'))).toBe(true)
    expect(hasIllustrativeCue(tokens('A 2017 trial of 2000 men found it.'))).toBe(false)
    expect(hasIllustrativeCue(tokens('Consider a magnesium supplement if you sleep badly.'))).toBe(false)
    expect(hasIllustrativeCue(tokens('Imagine looking younger in weeks.'))).toBe(false)
  })
})

describe('numerals', () => {
  it('parses digit groups, decimals, ranges, ratios and suffixes', () => {
    expect(parseNumeral('1,200')).toMatchObject({low: 1200, grouped: true, digits: 4, suffix: ''})
    expect(parseNumeral('2.5')).toMatchObject({low: 2.5, decimal: true})
    expect(parseNumeral('.05')).toMatchObject({low: 0.05, digits: 0, decimal: true})
    expect(parseNumeral('30–40%')).toMatchObject({low: 30, high: 40, join: 'range', percent: true})
    expect(parseNumeral('24%-60%')).toMatchObject({low: 24, high: 60, join: 'range', percent: true})
    expect(parseNumeral('1,500-2,000mg')).toMatchObject({low: 1500, high: 2000, join: 'range', suffix: 'mg'})
    expect(parseNumeral('10-to-1')).toMatchObject({low: 10, high: 1, join: 'ratio'})
    expect(parseNumeral('1-in-5')).toMatchObject({low: 1, high: 5, join: 'in'})
    expect(parseNumeral('3:1')).toMatchObject({low: 3, high: 1, join: 'colon'})
    expect(parseNumeral('1/3')).toMatchObject({low: 1, high: 3, join: 'slash'})
    expect(parseNumeral('1.5-fold')).toMatchObject({low: 1.5, suffix: '-fold'})
    expect(parseNumeral('17th')).toMatchObject({low: 17, suffix: 'th'})
    expect(parseNumeral('1,1')).toMatchObject({low: 1, grouped: false, suffix: ',1'})
    expect(parseNumeral('mg')).toBeUndefined()
  })

  it('reads spelled numbers, fractions and proportions', () => {
    expect(spelledNumber('seven')).toBe(7)
    expect(spelledNumber('twenty-five')).toBe(25)
    expect(spelledNumber('five-twenty')).toBeUndefined()
    expect(spelledFraction('one-third')).toEqual({numerator: 1, denominator: 3})
    expect(spelledFraction('two-thirds')).toEqual({numerator: 2, denominator: 3})
    expect(spelledFraction('third-party')).toBeUndefined()
    expect(spelledProportion('one-in-five')).toEqual({numerator: 1, denominator: 5})
    expect(spelledProportion('one-in-one')).toBeUndefined()
  })
})

describe('hostile input', () => {
  const run = (text: string) => () => statistics(text)

  it('survives 100,000 digits', () => {
    expect(statistics('1'.repeat(100_000))).toEqual([])
    expect(statistics('1'.repeat(100_000) + '% of adults').map((m) => m.form)).toEqual(['percentage'])
  })

  it('survives `%` repeated', () => {
    expect(statistics('%'.repeat(100_000))).toEqual([])
    expect(run('5' + '%'.repeat(100_000))).not.toThrow()
    // Each `5 %` is a percentage of its own.
    const spaced = statistics('5 %'.repeat(30_000))
    expect(spaced).toHaveLength(30_000)
    expect(spaced.filter((m, k) => m.form !== 'percentage' || m.start !== k * 3 || m.text !== '5 %')).toEqual([])
  })

  it('survives `1,1,1,...` and `1,000,000,...`', () => {
    expect(statistics('1,'.repeat(50_000) + '1')).toEqual([])
    const text = '1,000'.repeat(1) + ',000'.repeat(50_000) + ' patients'
    expect(statistics(text).map((m) => [m.form, m.start, m.end])).toEqual([['count', 0, text.length]])
  })

  it('survives long runs of almost-statistics', () => {
    expect(statistics('1 in '.repeat(20_000))).toEqual([])
    const nearly = 'nearly '.repeat(20_000) + '50%'
    expect(statistics(nearly).map((m) => [m.text, m.form, m.start])).toEqual([
      ['nearly 50%', 'percentage', nearly.length - 'nearly 50%'.length]
    ])
    expect(run('one-third-'.repeat(10_000))).not.toThrow()
    expect(run('twice as '.repeat(20_000))).not.toThrow()
  })
})
