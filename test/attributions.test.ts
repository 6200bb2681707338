/**
 * The in-text attribution reader: named attributions, author–year and journal–year
 * parentheticals, numbered, superscript and footnote citations, with the fields each states
 * and the span a message is placed on.
 */
import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import type {Root, Sentence as NlcstSentence} from 'nlcst'
import {visit} from 'unist-util-visit'
import {readAttributions, readAttributionsInText, type Attribution} from '../src/readers/attributions.js'
import {findCitations} from '../src/readers/citations.js'
import {findStatistics} from '../src/readers/statistics.js'
import {tokensOf} from '../src/model/tokens.js'
import {namedAttribution} from '../src/model/named-attribution.js'

interface Expected {
  text?: string | undefined
  year?: number | undefined
  journal?: string | undefined
  authors?: string[] | undefined
  institution?: string | undefined
  designs?: string[] | undefined
  species?: string[] | undefined
  inVitro?: boolean | undefined
  sampleSize?: number | undefined
  studyCount?: number | undefined
  numbers?: number[] | undefined
  label?: string | undefined
  named?: boolean | undefined
  causal?: string | undefined
  claimNonHuman?: boolean | undefined
}

function view(a: Attribution): Expected {
  const out: Expected = {text: a.text}
  if (a.year !== undefined) out.year = a.year
  if (a.journal) out.journal = a.journal.record?.name ?? a.journal.name
  if (a.authors.length > 0) out.authors = a.authors
  if (a.institution) out.institution = a.institution
  if (a.designs.length > 0) out.designs = a.designs
  if (a.species.length > 0) out.species = a.species
  if (a.inVitro) out.inVitro = true
  if (a.sampleSize !== undefined) out.sampleSize = a.sampleSize
  if (a.studyCount !== undefined) out.studyCount = a.studyCount
  const numbers = a.citations.flatMap((c) => c.numbers)
  if (numbers.length > 0) out.numbers = numbers
  const label = a.citations.find((c) => c.label)?.label
  if (label) out.label = label
  out.named = a.named
  if (a.causal) out.causal = a.causal.text
  if (a.claimNonHuman) out.claimNonHuman = true
  return out
}

/** Sentence, then the attribution expected (the first one with the given text, or the only one). */
const forms: Array<[string, Expected]> = [
  [
    'A 2017 study in Clinical Nutrition ESPEN found that magnesium supplementation improved stool consistency.',
    {
      text: 'A 2017 study in Clinical Nutrition ESPEN',
      year: 2017,
      journal: 'Clinical Nutrition ESPEN',
      named: true,
      causal: 'improved'
    }
  ],
  [
    'A meta-analysis published in Nutrients (2017) reviewed 18 studies on magnesium ' +
      'and mental health, concluding that magnesium reduced anxiety.',
    {
      text: 'A meta-analysis published in Nutrients (2017) reviewed 18 studies',
      year: 2017,
      journal: 'Nutrients',
      designs: ['meta-analysis'],
      studyCount: 18,
      named: true,
      causal: 'reduced'
    }
  ],
  [
    'Nearly half of adults are deficient (Nutrients, 2018).',
    {text: '(Nutrients, 2018)', year: 2018, journal: 'Nutrients', named: false}
  ],
  [
    'Smith et al. (2019) found that fasting lowered insulin.',
    {text: 'Smith et al. (2019)', year: 2019, authors: ['Smith'], named: true, causal: 'lowered'}
  ],
  [
    'Sleep improved with magnesium (Smith & Jones, 2019).',
    {text: '(Smith & Jones, 2019)', year: 2019, authors: ['Smith', 'Jones'], named: false}
  ],
  [
    'According to a 2020 Harvard study, green tea may aid weight loss.',
    {text: 'a 2020 Harvard study', year: 2020, institution: 'Harvard', named: true}
  ],
  ['Vitamin D lowers blood pressure [3].', {text: '[3]', numbers: [3], named: false}],
  ['Vitamin D lowers blood pressure [1, 4].', {text: '[1, 4]', numbers: [1, 4], named: false}],
  ['Vitamin D lowers blood pressure [2-5].', {text: '[2-5]', numbers: [2, 3, 4, 5], named: false}],
  ['Vitamin D lowers blood pressure [12\u201314].', {text: '[12\u201314]', numbers: [12, 13, 14], named: false}],
  ['Vitamin D lowers blood pressure.\u00B9', {text: '\u00B9', numbers: [1], named: false}],
  ['Vitamin D lowers blood pressure\u00B2\u00B3.', {text: '\u00B2\u00B3', numbers: [23], named: false}],
  ['Vitamin D lowers blood pressure.<sup>4</sup>', {text: '<sup>4</sup>', numbers: [4], named: false}],
  ['Vitamin D lowers blood pressure.[^3]', {text: '[^3]', numbers: [3], label: '3', named: false}],
  ['Vitamin D lowers blood pressure.[^smith]', {text: '[^smith]', label: 'smith', named: false}],
  ['Probiotics ease diarrhea (11).', {text: '(11)', numbers: [11], named: false}],
  ['Probiotics ease diarrhea (1,2).', {text: '(1,2)', numbers: [1, 2], named: false}],
  [
    'A clinical trial published in Stress and Health (2020) demonstrated that magnesium alleviated discomfort.',
    {
      text: 'A clinical trial published in Stress and Health (2020)',
      year: 2020,
      journal: 'Stress and Health',
      designs: ['clinical-trial'],
      named: true,
      causal: 'alleviated'
    }
  ],
  [
    'A 2012 clinical trial in The Journal of Research in Medical Sciences found that magnesium improved sleep quality.',
    {
      text: 'A 2012 clinical trial in The Journal of Research in Medical Sciences',
      year: 2012,
      journal: 'Journal of Research in Medical Sciences',
      designs: ['clinical-trial'],
      named: true,
      causal: 'improved'
    }
  ],
  [
    'A 2022 cohort study of 1,200 patients showed that 82% maintained adherence.',
    {text: 'A 2022 cohort study of 1,200 patients', year: 2022, designs: ['cohort'], sampleSize: 1200, named: true}
  ],
  [
    'Researchers at the University of Oxford analysed 24 studies and found that modafinil boosted attention.',
    {
      text: 'the University of Oxford analysed 24 studies',
      institution: 'University of Oxford',
      studyCount: 24,
      named: false,
      causal: 'boosted'
    }
  ],
  [
    'Smith and colleagues reported in 2019 that coffee protects the liver.',
    {text: 'Smith and colleagues reported in 2019', year: 2019, authors: ['Smith'], named: true}
  ],
  [
    'In a 2019 randomized controlled trial of 300 adults, creatine improved memory.',
    {
      text: 'a 2019 randomized controlled trial of 300 adults',
      year: 2019,
      designs: ['randomised-controlled-trial'],
      sampleSize: 300,
      named: false
    }
  ],
  [
    'A 2015 study in mice found that magnesium reduces anxiety.',
    {text: 'A 2015 study in mice', year: 2015, species: ['mice'], named: false, causal: 'reduces'}
  ],
  [
    'A 2015 study found that magnesium reduced anxiety in mice.',
    {text: 'A 2015 study', year: 2015, named: false, causal: 'reduced', claimNonHuman: true}
  ],
  [
    'A 2010 test-tube study found that curcumin kills cancer cells.',
    {
      text: 'A 2010 test-tube study',
      year: 2010,
      designs: ['in-vitro'],
      inVitro: true,
      named: true,
      causal: 'kills',
      claimNonHuman: true
    }
  ],
  [
    'A Japanese study of 40,000 adults followed over 11 years showed that green tea ' +
      'was linked to a lower risk of death.',
    {text: 'A Japanese study of 40,000 adults', sampleSize: 40000, named: false}
  ],
  [
    'A 2018 Cochrane review of 12 trials concluded that zinc shortens colds.',
    {
      text: 'A 2018 Cochrane review of 12 trials',
      year: 2018,
      designs: ['systematic-review'],
      studyCount: 12,
      institution: 'Cochrane',
      named: true
    }
  ],
  [
    'Coffee lowers liver enzymes (Smith, 2019; Jones et al., 2020).',
    {text: '(Smith, 2019; Jones et al., 2020)', year: 2019, authors: ['Smith', 'Jones'], named: false}
  ],
  [
    'Jones (2018) showed that zinc shortens colds.',
    {text: 'Jones (2018)', year: 2018, authors: ['Jones'], named: true}
  ],
  [
    'Smith and Jones (2019) reported that fibre protects the gut.',
    {text: 'Smith and Jones (2019)', year: 2019, authors: ['Smith', 'Jones'], named: true, causal: 'protects'}
  ],
  [
    'A 2019 review in JAMA Internal Medicine concluded that multivitamins do not prevent heart disease.',
    {
      text: 'A 2019 review in JAMA Internal Medicine',
      year: 2019,
      journal: 'JAMA Internal Medicine',
      designs: ['review'],
      named: true
    }
  ],
  [
    'A study published in 2021 in the BMJ found that walking reduces mortality.',
    {text: 'A study published in 2021 in the BMJ', year: 2021, journal: 'BMJ', named: true, causal: 'reduces'}
  ],
  [
    'A cross-sectional survey of 2,000 students found that caffeine causes anxiety.',
    {
      text: 'A cross-sectional survey of 2,000 students',
      designs: ['cross-sectional', 'survey'],
      sampleSize: 2000,
      named: false,
      causal: 'causes'
    }
  ],
  [
    'A cohort study found that coffee drinkers were less likely to develop gout.',
    {text: 'A cohort study', designs: ['cohort'], named: false}
  ],
  [
    'A meta-analysis of 18 randomized controlled trials involving 2,300 participants ' +
      'found that vitamin D prevented falls.',
    {
      text: 'A meta-analysis of 18 randomized controlled trials involving 2,300 participants',
      designs: ['meta-analysis'],
      studyCount: 18,
      sampleSize: 2300,
      named: false,
      causal: 'prevented'
    }
  ],
  [
    'Associate Professor Anitra Carr from the University of Otago found that heavier people need more vitamin C.',
    {
      text: 'Associate Professor Anitra Carr from the University of Otago',
      authors: ['Carr'],
      institution: 'University of Otago',
      named: true
    }
  ],
  [
    'The landmark systematic review referred to is the PURE study (11).',
    {
      text: 'The landmark systematic review referred to is the PURE study',
      designs: ['systematic-review'],
      numbers: [11],
      named: false
    }
  ],
  [
    'It took a re-analysis in 2016 (9) to figure it out.',
    {text: 'a re-analysis in 2016', year: 2016, numbers: [9], named: false}
  ],
  [
    'A major report appeared in the Lancet on August 29, 2017 (11).',
    {
      text: 'A major report appeared in the Lancet on August 29, 2017',
      year: 2017,
      journal: 'The Lancet',
      numbers: [11],
      named: true
    }
  ],
  [
    'An observational study in Circulation (2019) proved that eggs raise cholesterol.',
    {
      text: 'An observational study in Circulation (2019)',
      year: 2019,
      journal: 'Circulation',
      designs: ['observational'],
      named: true,
      causal: 'proved'
    }
  ],
  [
    'A 2021 meta-analysis confirmed magnesium\u2019s effectiveness for insomnia symptoms.',
    {text: 'A 2021 meta-analysis', year: 2021, designs: ['meta-analysis'], named: true}
  ],
  [
    'Studies in rats show that fasting increases BDNF (4).',
    {text: 'Studies in rats', species: ['rats'], numbers: [4], named: false, causal: 'increases'}
  ]
]

describe('in-text attribution forms', () => {
  it('covers at least 40 forms', () => {
    expect(forms.length).toBeGreaterThanOrEqual(40)
  })
  for (const [sentence, expected] of forms) {
    it(sentence, () => {
      const found = readAttributionsInText(sentence)
      const match = found.find((a) => a.text === expected.text) ?? found[0]
      expect(match, JSON.stringify(found.map(view))).toBeDefined()
      expect(view(match)).toEqual(expected)
      // The span points into the sentence.
      expect(sentence.slice(match.start, match.end)).toBe(expected.text)
    })
  }
})

describe('what is not an attribution', () => {
  const none = [
    'A 2012 study found magnesium improved sleep.',
    'Studies show that magnesium helps.',
    'Research suggests that probiotics help some people.',
    'Throughout 2017 I kept saying this.',
    'Take 200 mg in the evening.',
    'The Tab website conducted a poll in Japan.'
  ]
  for (const sentence of none) {
    it(sentence, () => {
      expect(readAttributionsInText(sentence).filter((a) => a.named)).toEqual([])
    })
  }
  it('does not read year ranges, counts or list numbering as citations', () => {
    const found = readAttributionsInText(
      'The Minnesota Coronary Experiment (1968-73) found lower cholesterol in (1) men and (2) women.'
    )
    expect(
      found
        .flatMap((a) => a.citations)
        .filter((c) => c.kind === 'parenthetical-number')
        .map((c) => c.text)
    ).toEqual(['(1)', '(2)'])
    expect(found.some((a) => a.year === 1968)).toBe(false)
    expect(findCitations('The majority (24) of the 33 studies agreed.', 0, 44)).toEqual([])
    expect(findCitations('Surface area of 2 m\u00B2 and 10\u00B3 cells.', 0, 36)).toEqual([])
  })
})

function parse(text: string): NlcstSentence[] {
  const tree = unified().use(retextEnglish).parse(text) as Root
  const sentences: NlcstSentence[] = []
  visit(tree, 'SentenceNode', (node) => {
    sentences.push(node as NlcstSentence)
  })
  return sentences
}

describe('named attributions (a source) over model tokens', () => {
  const span = (text: string, index = 0): string | undefined => {
    const found = namedAttribution(tokensOf(parse(text)[index]))
    return found && text.slice(found.start, found.end)
  }
  it('finds "A 2017 study in Clinical Nutrition ESPEN found", from its first component to its verb', () => {
    expect(
      span(
        'Magnesium helps. A 2017 study in Clinical Nutrition ESPEN found that magnesium improved stool consistency.',
        1
      )
    ).toBe('2017 study in Clinical Nutrition ESPEN found')
  })
  it('does not take "A 2012 study found" (a year only), plain "study", or a journal name in lower case', () => {
    for (const text of [
      'A 2012 study found that magnesium improved sleep.',
      'A study found that magnesium improved sleep.',
      'Studies show magnesium helps.',
      'A 2012 study found magnesium improved sleep quality.'
    ]) {
      expect(span(text), text).toBeUndefined()
    }
  })
  it('takes author and year, journal and year, design and year, institution and year', () => {
    expect(span('Smith and colleagues reported in 2019 that coffee protects the liver.')).toBe('colleagues reported')
    expect(span('A clinical trial published in Stress and Health (2020) demonstrated relief.')).toBe(
      'clinical trial published'
    )
    expect(span('A 2021 meta-analysis confirmed its effectiveness.')).toBe('2021 meta-analysis confirmed')
    expect(span('In 2014 the University of Oxford analysed 24 studies and found that it helped.')).toBe(
      '2014 the University of Oxford analysed'
    )
  })
})

describe('readAttributions over model tokens', () => {
  it('reads the same attribution from tokens as from text, with a trailing citation', () => {
    const text = 'A 2019 review in JAMA found that multivitamins did not help.[4] Next sentence.'
    const sentences = parse(text)
    const found = readAttributions(tokensOf(sentences[0]), text, text.indexOf('[4]') + 3)
    expect(
      found.map((a) => [a.text, a.year, a.journal?.record?.name, a.designs, a.citations.map((c) => c.text)])
    ).toEqual([['A 2019 review in JAMA', 2019, 'JAMA', ['review'], ['[4]']]])
  })
})

/**
 * One list of people nouns (src/data/people.ts) for a study's sample (the counts reader) and a
 * count that is a statistic (the statistics reader). They had a list each: the sample missed
 * `300 pensioners`, `families`, `Canadians`, `toddlers`; the statistic missed `2,000 cyclists`,
 * `members`, `couples`.
 */
describe('people nouns: the same for a sample and for a count statistic', () => {
  const parse = unified().use(retextEnglish)
  it.each(['pensioners', 'families', 'Canadians', 'toddlers', 'cyclists', 'members', 'couples', 'adults'])(
    '300 %s',
    (noun) => {
      const attribution = readAttributionsInText(
        `A 2019 study of 300 ${noun} found that walking lowers blood pressure.`
      )
      expect(attribution.map((a) => [a.text, a.sampleSize])).toEqual([[`A 2019 study of 300 ${noun}`, 300]])
      const sentence = `Researchers surveyed 2,000 ${noun} last year.`
      const tree = parse.parse(sentence) as Root
      const tokens: NlcstSentence[] = []
      visit(tree, 'SentenceNode', (node: NlcstSentence) => {
        tokens.push(node)
      })
      const found = tokens.flatMap((node) => findStatistics(tokensOf(node)))
      expect(found.map((m) => [m.text, m.form, m.start])).toEqual([[`2,000 ${noun}`, 'count', 21]])
    }
  )
})
