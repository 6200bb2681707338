/**
 * Word lists for the statistic recogniser (`src/readers/statistics.ts`).
 *
 * Data apart from logic: every list is lower case and matched against whole tokens
 * (`Token.lower`). The lists that users are most likely to want to extend (dose units,
 * duration units, count nouns) can be extended through `StatisticOptions`.
 */
import {peopleNounList} from './people.js'
import {determiners} from './grammar.js'
import {studyCountNounList} from './attribution-words.js'

/** Scale words: `hundred`, `million`, ... (singular: a number; plural: a vague large count). */
export const scaleWords: Readonly<Record<string, number>> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  k: 1e3,
  bn: 1e9
}

/** Plural scale words: `millions of Americans`, `thousands of studies`, `dozens of trials`. */
export const pluralScaleWords: ReadonlySet<string> = new Set([
  'dozens',
  'scores',
  'hundreds',
  'thousands',
  'millions',
  'billions',
  'trillions'
])

/**
 * Spelled-out numbers below this value do not make a count (`two researchers`, `three
 * groups`, `seven of the studies`): small spelled counts are narrative, not statistics.
 * Digits always can (`3 patients`). Proportions (`one in five`) are not affected.
 */
export const minimumSpelledCount = 10

/** Determiners of a frequency before a unit of time (`every day`, `each year`, `a week`, `per
 * month`): near a count, they make it a rate (`nine babies a day`), whatever its size. */
export const frequencyDeterminers: ReadonlySet<string> = new Set(['every', 'each', 'a', 'an', 'per'])

/** Words for per cent after a number: `37 percent`, `37 per cent` (two words), `pct`. */
export const percentWords: ReadonlySet<string> = new Set(['percent', 'pct', 'percentage'])

/** Fractions in words, singular and plural: `a third`, `two thirds`, `one-quarter`. */
export const fractionWords: Readonly<Record<string, number>> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10
}

/** Words before `half` that make it a part of something, not a proportion: `the other half`,
 * `the first half`, `the half`, `and a half`, `half-life` is one word and never matches. (`by
 * half` is a reduction, not a proportion, unless approximated: `cut by nearly half`.) */
export const notProportionBeforeHalf: ReadonlySet<string> = new Set([
  'the',
  'and',
  'other',
  'first',
  'second',
  'last',
  'latter',
  'former',
  'back',
  'front',
  'top',
  'bottom',
  'upper',
  'lower',
  'better'
])

/**
 * Approximations and bounds written before a number; they belong to the expression
 * (`nearly 50%`, `more than 300`, `up to 50%`). Several words are one entry.
 */
export const approximators: readonly string[] = [
  'nearly',
  'almost',
  'about',
  'around',
  'approximately',
  'approx',
  'roughly',
  'some',
  'circa',
  'over',
  'under',
  'below',
  'above',
  'beyond',
  'just',
  'only',
  'estimated',
  'an estimated',
  'more than',
  'less than',
  'fewer than',
  'greater than',
  'higher than',
  'lower than',
  'up to',
  'at least',
  'at most',
  'as many as',
  'as much as',
  'as few as',
  'as little as',
  'as high as',
  'as low as',
  'close to',
  'upwards of',
  'in excess of',
  'well over',
  'well under',
  'just over',
  'just under',
  'between'
]

/** Symbols written before a number that belong to the expression: `~30%`, `<5%`, `≥ 2`. */
export const approximatorSymbols: ReadonlySet<string> = new Set(['~', '≈', '<', '>', '≤', '≥', '⩽', '⩾', '±'])

/** Comparison symbols of an inferential figure: `p < 0.05`, `OR = 1.4`. */
export const comparisonSymbols: ReadonlySet<string> = new Set(['<', '>', '=', '≤', '≥', '⩽', '⩾', '≈'])

/** Currency symbols and words: a number with one of these is a price (`$9.95`, `30 dollars`). */
export const currencySymbols: ReadonlySet<string> = new Set(['$', '£', '€', '¥', '₹', '¢'])
export const currencyWords: ReadonlySet<string> = new Set([
  'dollar',
  'dollars',
  'usd',
  'euro',
  'euros',
  'eur',
  'gbp',
  'cents',
  'pence',
  'yen',
  'rupees',
  'bucks'
])

/**
 * Units of doses and amounts: a number followed by one of these (as a word, or glued on
 * as in `200mg`) is an amount, not a statistic. Extend with `doseUnits`.
 */
/** Units of mass (`kg`, `lb`, `stone`): of a dose, or of a load (`supports up to 150 kg`). */
export const massUnits: readonly string[] = [
  'mg',
  'g',
  'gr',
  'gram',
  'grams',
  'gramme',
  'grammes',
  'kg',
  'kilo',
  'kilos',
  'kilogram',
  'kilograms',
  'mcg',
  'µg',
  'μg',
  'ug',
  'ng',
  'milligram',
  'milligrams',
  'microgram',
  'micrograms',
  'nanogram',
  'nanograms',
  'oz',
  'ounce',
  'ounces',
  'lb',
  'lbs',
  'pound',
  'pounds',
  'stone'
]

/** Units of volume (`ml`, `litres`, `pints`). */
export const volumeUnits: readonly string[] = [
  'ml',
  'millilitre',
  'millilitres',
  'milliliter',
  'milliliters',
  'l',
  'litre',
  'litres',
  'liter',
  'liters',
  'dl',
  'cl',
  'pint',
  'pints',
  'gallon',
  'gallons',
  'fl',
  'fluid'
]

export const doseUnits: readonly string[] = [
  ...massUnits,
  // Activity and energy.
  'iu',
  'ius',
  'cfu',
  'cfus',
  'kcal',
  'cal',
  'cals',
  'calorie',
  'calories',
  'kilocalories',
  'kj',
  'mmol',
  'mol',
  'meq',
  'units',
  ...volumeUnits,
  // Dosage forms and portions.
  'capsule',
  'capsules',
  'caps',
  'tablet',
  'tablets',
  'tabs',
  'pill',
  'pills',
  'softgel',
  'softgels',
  'gummy',
  'gummies',
  'lozenge',
  'lozenges',
  'drop',
  'drops',
  'spray',
  'sprays',
  'puff',
  'puffs',
  'sachet',
  'sachets',
  'scoop',
  'scoops',
  'serving',
  'servings',
  'portion',
  'portions',
  'dose',
  'doses',
  'cup',
  'cups',
  'glass',
  'glasses',
  'mug',
  'mugs',
  'bottle',
  'bottles',
  'cans',
  'teaspoon',
  'teaspoons',
  'tsp',
  'tablespoon',
  'tablespoons',
  'tbsp',
  'handful',
  'handfuls',
  'slice',
  'slices',
  'piece',
  'pieces',
  'bag',
  'bags',
  'teabag',
  'teabags',
  'shot',
  'shots',
  'drink',
  'drinks',
  'unit',
  'egg',
  'eggs',
  'apple',
  'apples',
  'steps',
  'reps',
  'sets',
  // Lengths, temperatures, other measures.
  'mm',
  'cm',
  'm',
  'km',
  'nm',
  'inch',
  'inches',
  'ft',
  'feet',
  'foot',
  'mile',
  'miles',
  'metre',
  'metres',
  'meter',
  'meters',
  'kilometre',
  'kilometres',
  'kilometer',
  'kilometers',
  'mph',
  'kph',
  'bpm',
  'mmhg',
  '°',
  '°c',
  '°f',
  'degree',
  'degrees',
  'hz',
  'khz',
  'mhz',
  'ghz',
  'w',
  'kw',
  'mw',
  'j',
  'v',
  'db',
  'ppm',
  'ppb',
  'kb',
  'mb',
  'gb',
  'tb',
  'px'
]

/**
 * Units of time: a number followed by one of these is a duration or a schedule (`8 weeks`,
 * `2–4 hours`), not a statistic. Extend with `durationUnits`.
 */
export const durationUnits: readonly string[] = [
  'second',
  'seconds',
  'sec',
  'secs',
  's',
  'minute',
  'minutes',
  'min',
  'mins',
  'hour',
  'hours',
  'hr',
  'hrs',
  'h',
  'day',
  'days',
  'night',
  'nights',
  'week',
  'weeks',
  'fortnight',
  'fortnights',
  'wk',
  'wks',
  'month',
  'months',
  'mo',
  'mos',
  'year',
  'years',
  'yr',
  'yrs',
  'decade',
  'decades',
  'century',
  'centuries',
  'session',
  'sessions',
  'meal',
  'meals',
  'times',
  'am',
  'pm',
  'a.m.',
  'p.m.',
  "o'clock"
]

/** Words that make a schedule of a multiplier or a count: `twice daily`, `3 times a day`. */
export const scheduleWords: ReadonlySet<string> = new Set([
  'daily',
  'nightly',
  'weekly',
  'monthly',
  'yearly',
  'annually',
  'hourly',
  'a',
  'an',
  'per',
  'each',
  'every'
])

/**
 * Nouns whose count is a statistic: people, studies, cases, processes (`1,200 patients`,
 * `18 studies`, `over 300 enzymatic processes`). Extend with `countNouns`.
 */
export const countNouns: readonly string[] = [
  // People (src/data/people.ts), and lives saved or lost.
  ...peopleNounList,
  'lives',
  // Events and cases.
  'cases',
  'deaths',
  'fatalities',
  'births',
  'hospitalisations',
  'hospitalizations',
  'admissions',
  'infections',
  'diagnoses',
  'prescriptions',
  'visits',
  'injuries',
  'events',
  'incidents',
  'outbreaks',
  'recurrences',
  'relapses',
  'suicides',
  'falls',
  'fractures',
  'heart attacks',
  'strokes',
  // Research (src/data/attribution-words.ts, shared with the counts reader).
  ...studyCountNounList,
  // Biology.
  'processes',
  'reactions',
  'functions',
  'pathways',
  'enzymes',
  'genes',
  'variants',
  'mutations',
  'species',
  'strains',
  'compounds',
  'chemicals',
  'nutrients',
  'neurons',
  'cells'
]

/** Nouns of people used for ages as group names: `adults over 50`, `65+ adults`. */
export const ageGroupNouns: ReadonlySet<string> = new Set([
  'people',
  'adults',
  'men',
  'women',
  'seniors',
  'individuals',
  'persons',
  'children',
  'kids',
  'adolescents',
  'teens',
  'americans',
  'britons'
])

/** Words before a number that make it an age: `aged 1 to 4`, `at age 50`, `ages 18-65`. */
export const ageWords: ReadonlySet<string> = new Set(['aged', 'age', 'ages', 'ageing', 'aging'])

/** Words after a number that make it an age: `50 years old`, `65 and older`. */
export const ageAfterWords: ReadonlySet<string> = new Set(['old', 'older', 'younger', 'plus'])

/**
 * Labels before a number that make it a name, not a quantity: list and section numbers,
 * versions, figure numbers, stages and types (`Section 3`, `Week 1`, `type 2 diabetes`,
 * `phase 3 trial`, `version 2.1`).
 */
export const labelWords: ReadonlySet<string> = new Set([
  'section',
  'sections',
  'chapter',
  'chapters',
  'part',
  'parts',
  'step',
  'steps',
  'figure',
  'fig',
  'figs',
  'table',
  'tables',
  'page',
  'pages',
  'pp',
  'p.',
  'no',
  'no.',
  'nos',
  'number',
  'num',
  '#',
  'item',
  'items',
  'question',
  'questions',
  'appendix',
  'version',
  'versions',
  'v',
  'ver',
  'release',
  'update',
  'ios',
  'android',
  'windows',
  'web',
  'phase',
  'phases',
  'stage',
  'stages',
  'grade',
  'grades',
  'type',
  'types',
  'class',
  'level',
  'levels',
  'tier',
  'category',
  'week',
  'weeks',
  'day',
  'days',
  'month',
  'year',
  'room',
  'ward',
  'floor',
  'route',
  'highway',
  'vol',
  'volume',
  'issue',
  'episode',
  'season',
  'rule',
  'article',
  'clause',
  'paragraph',
  'reference',
  'ref',
  'refs',
  'note',
  'footnote',
  'covid',
  'sars-cov',
  'omega',
  'vitamin',
  'b',
  'd',
  'k',
  'coq',
  'q'
])

/** Prepositions before a bare four-digit number that make it a year (`in 2019`, `since 1990`). */
export const yearPrepositions: ReadonlySet<string> = new Set([
  'in',
  'since',
  'from',
  'until',
  'till',
  'to',
  'by',
  'before',
  'after',
  'during',
  'throughout',
  'circa',
  'c.',
  'year',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'early',
  'late',
  'mid',
  'and'
])

/**
 * Comparatives after a percentage or a multiplier: `40% greater`, `3 times more likely`,
 * `twice as likely`. A percentage with one of these is reported as a multiplier.
 */
export const comparatives: ReadonlySet<string> = new Set([
  'more',
  'less',
  'fewer',
  'greater',
  'higher',
  'lower',
  'larger',
  'smaller',
  'bigger',
  'faster',
  'slower',
  'better',
  'worse',
  'stronger',
  'weaker',
  'longer',
  'shorter',
  'likelier',
  'increase',
  'increased',
  'decrease',
  'decreased',
  'reduction',
  'reduced',
  'drop',
  'rise',
  'improvement',
  'as'
])

/** Words after a percentage that make it a sales figure, not a statistic: `50% off`,
 * `100% money-back guarantee`. */
export const notStatisticAfterPercent: ReadonlySet<string> = new Set([
  'off',
  'discount',
  'discounted',
  'cashback',
  'guaranteed',
  'guarantee',
  'money-back',
  'satisfaction',
  'refund',
  'refundable',
  // credit terms (`0% finance`, `0% interest`; `0% APR` is read as a date's month already)
  'finance',
  'interest'
])

/** Words after `100%` that make it a label, not a statistic: `100% natural`, `100% pure`
 * (`93.9% pure` stays a figure). */
export const notStatisticAfterWhole: ReadonlySet<string> = new Set([
  'natural',
  'organic',
  'pure',
  'vegan',
  'safe',
  'satisfied',
  'sure',
  'certain',
  'free',
  'recyclable',
  'recycled',
  'cotton',
  'real',
  'legit',
  'genuine',
  'authentic',
  'plant-based',
  'drug-free',
  'risk-free'
])

/** Words before a percentage that make it a sales figure: `save 20%`, `get 50% off`. */
export const notStatisticBeforePercent: ReadonlySet<string> = new Set(['save', 'saving', 'discount', 'coupon', 'code'])

/** The forms a substance is applied in, sold by its strength (`1% hydrocortisone cream`, `a 10% peroxide gel`). */
const appliedForms: readonly string[] = ['cream', 'creams', 'gel', 'gels', 'lotion', 'ointment', 'solution', 'serum']

/** Products named by their strength: `1% hydrocortisone cream`, `70% dark chocolate`,
 * `2% milk`: the percentage is a concentration, an amount. */
export const concentrationNouns: ReadonlySet<string> = new Set([
  ...appliedForms,
  'milk',
  'chocolate',
  'cocoa',
  'dark',
  'alcohol',
  'ethanol',
  'hydrocortisone',
  'benzoyl',
  'salicylic',
  'glycolic',
  'retinol',
  'niacinamide',
  'strength',
  'concentration',
  'juice',
  'abv',
  'proof',
  // Macronutrient splits of a diet or a food: `75% fat, 20% protein and 5% carbs`.
  'fat',
  'protein',
  'proteins',
  'carb',
  'carbs',
  'carbohydrate',
  'carbohydrates',
  'sugar',
  'fibre',
  'fiber',
  'wool',
  'polyester',
  'spandex',
  'humidity',
  'battery',
  'charged',
  'opacity',
  'zoom',
  'width',
  'height'
])

/** Words after a percentage (directly or after `of`, `of your`) that make it an intensity
 * to aim for, like a dose: `80-95% max HR`, `70% of your maximum heart rate`, `80% 1RM`. */
export const intensityWords: ReadonlySet<string> = new Set([
  'max',
  'maximum',
  'maximal',
  'vo2max',
  'vo2',
  'hrmax',
  'mhr',
  '1rm',
  'rm',
  'effort',
  'intensity'
])

/** Words after a count that make it stock for sale, not a statistic: `only 6 trials
 * still available`, `3 bottles left`. */
export const stockWords: ReadonlySet<string> = new Set(['available', 'left', 'remaining', 'remain', 'sold', 'in-stock'])

/** Words after a percentage that make it a share of a product's weight: `88% creatine by
 * weight`. */
export const compositionWords: ReadonlySet<string> = new Set(['weight', 'volume', 'mass', 'w/w', 'w/v', 'v/v'])

/** Verbs of allocation in a study design: `half of the group were asked to`, `a third of
 * the participants were randomised to placebo`. A proportion that divides a sample describes
 * the design, not a finding. */
export const allocationVerbs: ReadonlySet<string> = new Set([
  'asked',
  'assigned',
  'randomised',
  'randomized',
  'allocated',
  'administered',
  'given',
  'told',
  'instructed',
  'offered',
  'put',
  'placed'
])

/** Multipliers in words: `twice as likely`, `threefold`. */
export const multiplierWords: Readonly<Record<string, number>> = {
  twice: 2,
  thrice: 3,
  twofold: 2,
  threefold: 3,
  fourfold: 4,
  fivefold: 5,
  sixfold: 6,
  sevenfold: 7,
  eightfold: 8,
  ninefold: 9,
  tenfold: 10,
  hundredfold: 100,
  thousandfold: 1000
}

/** Nouns of a multiplier before `of` and a number (`by a factor of three`, `a factor of 10`): WordNet's *factor*
 * in its sense of a number by which another is multiplied. */
export const multiplierNouns: ReadonlySet<string> = new Set(['factor'])

/** Verbs that state a multiplier on their own: `doubled the risk`, `halves the odds`. */
export const multiplierVerbs: ReadonlySet<string> = new Set([
  'doubles',
  'doubled',
  'doubling',
  'triples',
  'tripled',
  'tripling',
  'quadruples',
  'quadrupled',
  'halves',
  'halved',
  'halving'
])

/** Base forms that state a multiplier only before a determiner: `double the risk`,
 * `can triple your odds` (not `double benefit`). */
export const multiplierBaseVerbs: ReadonlySet<string> = new Set(['double', 'triple', 'quadruple', 'halve'])

/** Determiners after `double`/`triple` that make them verbs of a multiplier. */
export const multiplierDeterminers: ReadonlySet<string> = new Set([
  'the',
  'your',
  'their',
  'its',
  'his',
  'her',
  'our',
  'one’s',
  "one's"
])

/** Nouns after a ratio that name it: `a 10-to-1 ratio`, `3:1 balance`. */
export const ratioNouns: ReadonlySet<string> = new Set(['ratio', 'ratios', 'odds', 'balance', 'split'])

/**
 * Abbreviations of inferential figures, matched case-sensitively on the token's text
 * (`OR 1.4`, `HR = 0.8`, `95% CI 1.2–3.4`), and their written-out names.
 */
export const inferentialAbbreviations: ReadonlySet<string> = new Set([
  'OR',
  'aOR',
  'AOR',
  'HR',
  'aHR',
  'AHR',
  'RR',
  'aRR',
  'IRR',
  'RRR',
  'ARR',
  'NNT',
  'NNH',
  'SMD',
  'WMD',
  'MD'
])
export const inferentialNames: readonly string[] = [
  'odds ratio',
  'hazard ratio',
  'risk ratio',
  'rate ratio',
  'relative risk',
  'absolute risk',
  'relative risk reduction',
  'absolute risk reduction',
  'number needed to treat',
  'number needed to harm',
  'effect size',
  'correlation coefficient',
  'standardised mean difference',
  'standardized mean difference'
]

/** Words that open a confidence interval after a percentage: `95% CI`, `95% confidence interval`. */
export const confidenceWords: ReadonlySet<string> = new Set(['ci', 'cis', 'confidence', 'cri', 'credible'])

/**
 * Words that frame numbers as illustration rather than evidence: `in this hypothetical
 * trial`, `in this example`. The rule does not report statistics from such a cue to the end
 * of its paragraph (or of a quotation that runs on across paragraphs).
 */
export const illustrativeCues: readonly string[] = [
  'hypothetical',
  'hypothetically',
  'imaginary',
  "let's say",
  'let us say',
  'in this example',
  'in our example',
  'in the example',
  'for the sake of argument',
  'for illustration',
  'to illustrate'
]

/** Verbs that frame an illustration when they open the sentence (as an imperative) and a
 * number or a sample follows within four words: `Consider a 5-year trial`, `Imagine 100
 * people`, `Suppose a town of 10,000`. (Elsewhere they are too common: `many people consider
 * the 16/8 method`, `imagine looking younger`.) */
export const illustrativeVerbs: ReadonlySet<string> = new Set(['consider', 'imagine', 'suppose'])

/** Words that may stand before an illustrative verb at the head of a sentence (`Let's
 * imagine`, `Now consider`, `So suppose`). */
export const illustrativeLeads: ReadonlySet<string> = new Set(["let's", 'now', 'so'])

/** Samples that an illustrative verb sets up: `consider a trial`, `imagine a town`. */
export const illustrativeNouns: ReadonlySet<string> = new Set([
  'trial',
  'trials',
  'study',
  'studies',
  'group',
  'groups',
  'population',
  'populations',
  'sample',
  'cohort',
  'scenario',
  'example',
  'case',
  'town',
  'city',
  'village',
  'country',
  'class',
  'room',
  'people',
  'patients'
])

/** Pronouns that always name people, after a count and `of` (`410,000 of you`, `2,000 of us`): the first and second
 * person plural in the object case. (`of them` may count things.) */
export const peoplePronouns: ReadonlySet<string> = new Set(['you', 'us'])

/** Function words that cannot sit between a number and its count noun. */
export const notModifiers: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'by',
  'from',
  'into',
  'about',
  'over',
  'under',
  'and',
  'or',
  'but',
  'nor',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'am',
  'have',
  'has',
  'had',
  'do',
  'does',
  'did',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'should',
  'must',
  'shall',
  'this',
  'these',
  'those',
  'it',
  'its',
  'their',
  'our',
  'your',
  'his',
  'her',
  'my',
  'per',
  'than',
  'as',
  'not',
  'no',
  'if',
  'when',
  'while',
  'where',
  'because',
  'so',
  'then',
  'there',
  'here',
  'such',
  'each',
  'every',
  'all',
  'some',
  'any',
  'more',
  'less',
  'most',
  'least'
])

/** What may link an inferential abbreviation to its figure (`OR = 1.4`, `HR of 0.8`, `RR:
 * 1.2`, `OR ≈ 2`). */
export const abbreviationLinks: ReadonlySet<string> = new Set(['=', ':', 'of', 'was', 'is', ',', '≈'])

/** What may link an inferential name to its figure (`odds ratio of 1.4`, `hazard ratio (0.8`). */
export const nameLinks: ReadonlySet<string> = new Set(['=', ':', 'of', 'was', 'is', ',', '('])

/** Determiners between `of` and the denominator of a proportion (`7 of the 10 studies`,
 * `3 of these 12 trials`). */
export const denominatorDeterminers: ReadonlySet<string> = new Set(['the', 'these', 'those'])

/** Determiners between a percentage's `of` and an intensity (`70% of your maximum`, `80% of
 * the max heart rate`): the percentage is a target, not a statistic. */
export const intensityDeterminers: ReadonlySet<string> = new Set(['your', 'the', 'their'])

/** Determiners before a unit after `times ... than` (`1,000 times smaller than a milligram`):
 * a conversion between units, not a multiplier. */
export const unitDeterminers: ReadonlySet<string> = new Set(['a', 'an', 'one'])

/** Words that link a written-out p-value to its figure (`p-value of 0.03`, `the p value was
 * 0.2`). */
export const pValueLinks: ReadonlySet<string> = new Set(['of', 'was', 'is'])

/** Determiners between a proportion's `of` and what it is a part of (`a third of the patients`,
 * `half of an hour`). */
export const partOfDeterminers: ReadonlySet<string> = new Set(['a', 'an', 'the'])

/** Auxiliaries before a verb of allocation (`half of the group were asked to`, `a third got
 * the statin`). */
export const allocationAuxiliaries: ReadonlySet<string> = new Set(['were', 'was', 'are', 'is', 'got'])

/** Pronouns after `half of` that make it a part of a thing, not of a population (`half of
 * it`, `half of this`). */
export const notPopulationAfterHalfOf: ReadonlySet<string> = new Set(['it', 'this', 'that'])

/** Words of chance after `half as` that make it a ratio (`half as likely to relapse`, `half as often`):
 * the grammar's adjectives and adverbs of likelihood and frequency. */
export const likelihoodWords: ReadonlySet<string> = new Set(['likely', 'prone', 'often', 'frequently', 'common'])

/** Determiners after `half` that introduce a population (`half the patients`, `half its
 * members`, `half all adults`). */
export const halfDeterminers: ReadonlySet<string> = new Set(['the', 'all', 'its', 'their'])

/** The smallest value of a magnitude that is a count whatever follows it (`20 billion live
 * cultures`, `£2.25 billion a year`): a million. */
export const magnitudeCount = 1e6

/** Words of averaging: a number after them is a measured statistic, not a dose or schedule (`an
 * average of 7 hours a day`, `the median age`). */
export const averageWords: ReadonlySet<string> = new Set(['average', 'averages', 'averaged', 'median'])

/**
 * Transitive verbs of a quantity's change (WordNet's increase, decrease, reduce, lower, raise,
 * cut, halve), in the forms that cannot be an instruction: with their object between them and
 * `by`, a fraction after `by` is a proportion of change (`reduced the risk of stroke by a third`,
 * `have cut sugar intake by a fifth`). The base `cut` counts only after a perfect's *have* or a
 * subject (changedBy); `Cut the dose by half` is advice.
 */
export const transitiveChangeForms: ReadonlySet<string> = new Set([
  'reduced',
  'reduces',
  'lowered',
  'lowers',
  'raised',
  'raises',
  'increased',
  'increases',
  'decreased',
  'decreases',
  'boosted',
  'boosts',
  'slashed',
  'slashes',
  'cuts'
])

/** How many words the object of a transitive verb of change may have before `by` (`the risk of
 * a second stroke`). */
export const CHANGED_OBJECT_WORDS = 6

/**
 * Intransitive verbs of a quantity's change (WordNet's increase and decrease, said of an amount
 * that changes on its own), in their forms, and the particles of a headline (`Obesity Up by a
 * Fifth`): right before `by`, a fraction after `by` is a proportion of change (`have risen by a
 * quarter`), as a percentage is; `cut the dose by half` (an object between) is not. Right before
 * `from`, two figures joined by `to` are a change (`rose from 900 to 2,100`).
 */
export const quantityChangeForms: ReadonlySet<string> = new Set([
  'rise',
  'rises',
  'rose',
  'risen',
  'fall',
  'falls',
  'fell',
  'fallen',
  'grow',
  'grows',
  'grew',
  'grown',
  'climb',
  'climbs',
  'climbed',
  'jump',
  'jumps',
  'jumped',
  'drop',
  'drops',
  'dropped',
  'increase',
  'increases',
  'increased',
  'decrease',
  'decreases',
  'decreased',
  'decline',
  'declines',
  'declined',
  'soar',
  'soars',
  'soared',
  'shrink',
  'shrinks',
  'shrank',
  'shrunk',
  'up',
  'down'
])

/** The forms of *be* that open a question of truth (`Is it true that half of all runners get hurt?`, `Isn't it
 * true that...`): the writer asks whether the figure holds, and states nothing. */
export const truthQuestionOpeners: ReadonlySet<string> = new Set([
  'is',
  "isn't",
  'isn’t',
  'was',
  "wasn't",
  'wasn’t',
  'are',
  "aren't",
  'aren’t'
])

/** Adjectives of a statement's truth, after *is it* in a question of truth (`Is it really true that`). */
export const truthWords: ReadonlySet<string> = new Set(['true', 'right', 'correct', 'accurate'])

/** Words that open an imperative verb's object (`Cut your mileage by 30%`, `raise the load by 10%`): the grammar's
 * determiners and the object pronouns `it`, `them`. After a base verb that opens a clause they make it an
 * instruction, and the percentage after `by` the change it prescribes. */
export const objectOpeners: ReadonlySet<string> = new Set([...determiners, 'it', 'them'])

/** Nouns of an outcome's probability (`risk`, `odds`): an instruction that changes one by a percentage (`Cut your
 * risk by 30%`) promises an outcome, a statistic, where one that changes what the reader does (`Cut your mileage by
 * 30%`) prescribes. */
export const probabilityNouns: ReadonlySet<string> = new Set([
  'risk',
  'risks',
  'chance',
  'chances',
  'odds',
  'likelihood'
])

/** Words that make a duration after them a span of time (`the previous four weeks`, `the last 7 days`, `the first
 * two years`): where a figure falls, not a measured average. */
export const spanOpeners: ReadonlySet<string> = new Set([
  'previous',
  'preceding',
  'last',
  'past',
  'next',
  'following',
  'first',
  'final',
  'coming'
])

/** Nouns of a rule of thumb (WordNet's rule/principle and guideline synsets): a percentage before one names the rule
 * (`The 10% rule`, `the 80% principle`), no figure stated. */
export const ruleNouns: ReadonlySet<string> = new Set(['rule', 'principle', 'guideline', 'law'])

/** Determiners before a rule's name (`the 10% rule`, `our 80% principle`). */
export const ruleDeterminers: ReadonlySet<string> = new Set(['the', 'a', 'this', 'that', 'our', 'your', 'their'])

/** Finite verbs after a proportion that is a clause's whole subject (`Half said`, `a quarter have never flossed`): of
 * having, being, saying and reporting. */
export const proportionSubjectVerbs: ReadonlySet<string> = new Set([
  'have',
  'had',
  'are',
  'were',
  'said',
  'say',
  'told',
  'reported',
  'report',
  'agreed',
  'agree',
  'admitted',
  'felt',
  'feel',
  'use',
  'used'
])

/** Words after which a clause opens (`, and a third reported`, `while half said`). */
export const clauseOpenersBeforeProportion: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas', 'yet'])

/** Products sold by their strength, named after their substance (`a 10% carbamide peroxide gel`, `a 2% salicylic acid
 * wash`): forms a substance is applied in. */
export const strengthProducts: ReadonlySet<string> = new Set([...appliedForms, 'spray', 'wash'])
