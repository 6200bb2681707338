/**
 * mismatched-attribution on fixture documents: each check, flagged and not flagged, with exact
 * positions and reasons; the options; malformed reference sections never throw.
 */
import {describe, expect, it} from 'vitest'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import retextStringify from 'retext-stringify'
import type {VFileMessage} from 'vfile-message'
import {lintRule, type Format} from './helpers.js'
import {mismatchedAttribution, normaliseOptions} from '../rules/mismatched-attribution/index.js'

const rule = 'mismatched-attribution'

function where(message: VFileMessage): string {
  const place = message.place
  if (!place || !('start' in place)) return '?'
  return `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`
}

async function findings(value: string, format: Format = 'text'): Promise<Array<[string, string, string]>> {
  return (await lintRule(value, rule, format)).map((m) => [where(m), m.actual ?? '', m.reason])
}

const references = [
  'References',
  '- Magnesium in Aging, Health and Diseases.',
  'Retrieved from: https://www.mdpi.com/2072-6643/13/2/463',
  '- Enhancement of Learning and Memory by Elevating Brain Magnesium.',
  'Retrieved from: https://www.sciencedirect.com/science/article/pii/S0896627309010447',
  '- The Effects of Magnesium Supplementation on Subjective Anxiety and Stress-A Systematic Review.',
  'Retrieved from: https://pubmed.ncbi.nlm.nih.gov/28445426/',
  '- A case of magnesium deficiency following massive intestinal resection.',
  'Retrieved from: https://pubmed.ncbi.nlm.nih.gov/13823490/'
].join('\n')

describe('against the references (unnumbered attributions)', () => {
  it('flags a journal no entry is from, and a year no entry of that journal has', async () => {
    const value = [
      'A 2017 study in Clinical Nutrition ESPEN found that magnesium supplementation ' +
        'improved stool consistency in adults with constipation.',
      'A study in Nutrients (2020) found that magnesium supplementation reduced markers of inflammation.',
      '',
      references
    ].join('\n')
    expect(await findings(value)).toEqual([
      [
        '1:1-1:41',
        'A 2017 study in Clinical Nutrition ESPEN',
        '\u201CA 2017 study in Clinical Nutrition ESPEN\u201D matches no reference: no ' +
          'reference is in Clinical Nutrition ESPEN or from 2017; the References list (line ' +
          '4) has 4 entries'
      ],
      [
        '2:1-2:28',
        'A study in Nutrients (2020)',
        '\u201CA study in Nutrients (2020)\u201D matches no reference: no reference is ' +
          'from 2020; the only Nutrients reference, \u201CMagnesium in Aging, Health and ' +
          'Diseases\u201D (line 5), is from 2021 (volume 13); the References list (line 4) ' +
          'has 4 entries'
      ]
    ])
  })

  it('flags a design the entry matched by topic contradicts (meta-analysis vs systematic review)', async () => {
    const value =
      'A meta-analysis published in Nutrients (2017) reviewed 18 studies on magnesium and mental health, ' +
      `concluding that magnesium supplementation reduced symptoms of anxiety.\n\n${references}`
    expect(await findings(value)).toEqual([
      [
        '1:1-1:66',
        'A meta-analysis published in Nutrients (2017) reviewed 18 studies',
        '\u201CA meta-analysis published in Nutrients (2017) reviewed 18 s\u2026\u201D ' +
          'says a meta-analysis, but no reference is from 2017; the closest by topic, the ' +
          'reference \u201CThe Effects of Magnesium Supplementation on Subjective ' +
          'Anxiety\u2026\u201D (line 8) is a systematic review'
      ]
    ])
  })

  it('does not flag attributions an entry matches, or a document without references', async () => {
    expect(
      await findings(`A 2021 study in Nutrients found that magnesium matters as we age.\n\n${references}`)
    ).toEqual([])
    expect(
      await findings(
        'A 2017 study in Clinical Nutrition ESPEN found that magnesium supplementation improved stool consistency.'
      )
    ).toEqual([])
  })

  it('checks author-year citations against APA entries', async () => {
    const value = [
      'Coffee may protect the liver (Kennedy et al., 2017). Fibre is linked to lower ' +
        'mortality (Reynolds & Mann, 2018).',
      '',
      '## References',
      '',
      'Kennedy, O. J., et al. (2017). Coffee consumption and risk of hepatocellular ' +
        'carcinoma. *BMJ Open*, 7(5), e013739.',
      '',
      'Reynolds, A., & Mann, J. (2019). Carbohydrate quality and human health. *The Lancet*, 393(10170), 434-445.'
    ].join('\n')
    expect(await findings(value, 'markdown')).toEqual([
      [
        '1:89-1:112',
        '(Reynolds & Mann, 2018)',
        '\u201C(Reynolds & Mann, 2018)\u201D matches no reference: no reference is from ' +
          '2018; the only reference by Reynolds, \u201CReynolds, A., & Mann, J. (2019). ' +
          'Carbohydrate quality\u2026\u201D (line 7), is from 2019; the References list ' +
          '(line 3) has 2 entries'
      ]
    ])
  })
})

describe('against the references (numbered citations)', () => {
  const list = [
    '## References',
    '',
    '1. Sinclair HM. Deficiencies of essential fatty acids and atherosclerosis. Lancet 1:381-3, 1956',
    '2. Keys A (ed). Seven Countries: a multivariate analysis of death and coronary ' +
      'heart disease, 1980. Cambridge, Mass.: Harvard University Press.',
    '3. Dehghan M, et al. Associations of fats and carbohydrate intake with ' +
      'cardiovascular disease and mortality in 18 countries from five continents ' +
      '(PURE): a prospective cohort study. Lancet 2017; 390: 2050-62.'
  ].join('\n')

  it('flags a year, a design and a citation past the end; leaves agreeing citations alone', async () => {
    const value = [
      'Sinclair wrote in a letter to the Lancet (1) that fats matter.',
      'In 1978 Keys first published the Seven Countries Study (2).',
      'The landmark systematic review referred to is the PURE study (3).',
      'A major report appeared in the Lancet in 2017 (3).',
      'Later work agreed (7).',
      '',
      list
    ].join('\n')
    expect(await findings(value, 'markdown')).toEqual([
      [
        '2:4-2:55',
        '1978 Keys first published the Seven Countries Study',
        '\u201C1978 Keys first published the Seven Countries Study\u201D says 1978, but ' +
          'reference 2 (\u201CKeys A (ed). Seven Countries: a multivariate ' +
          'analysis\u2026\u201D, line 10) is from 1980'
      ],
      [
        '3:1-3:61',
        'The landmark systematic review referred to is the PURE study',
        '\u201CThe landmark systematic review referred to is the PURE study\u201D says a ' +
          'systematic review, but reference 3 (\u201CDehghan M, et al. Associations of fats ' +
          'and\u2026\u201D, line 11) is a cohort study'
      ],
      [
        '5:19-5:22',
        '(7)',
        '\u201C(7)\u201D points past the end of the References list (line 7): it has 3 entries, numbered up to 3'
      ]
    ])
  })

  it('reads a citation after the full stop with its sentence, and bracket and superscript forms', async () => {
    const value = [
      'A 2012 meta-analysis showed that zinc shortens colds.[2]',
      'Zinc is safe in lozenges.\u00B9',
      '',
      '## References',
      '',
      '1. Hemila H. Zinc lozenges and the common cold: a meta-analysis. JRSM Open. 2017;8(5):1-7.',
      '2. Science M, et al. Zinc for the treatment of the common cold: a systematic ' +
        'review and meta-analysis of randomized controlled trials. CMAJ. ' +
        '2012;184(10):E551-61.'
    ].join('\n')
    expect(await findings(value, 'markdown')).toEqual([])
    expect(await findings(value.replace('A 2012 meta-analysis', 'A 2014 meta-analysis'), 'markdown')).toEqual([
      [
        '1:1-1:21',
        'A 2014 meta-analysis',
        '\u201CA 2014 meta-analysis\u201D says 2014, but reference 2 (\u201CScience M, et ' +
          'al. Zinc for the treatment\u2026\u201D, line 7) is from 2012'
      ]
    ])
  })

  it('flags a footnote reference with no definition', async () => {
    const value =
      'Zinc shortens colds.[^2] Magnesium helps sleep.[^1]\n\n[^1]: Abbasi B, et al. ' +
      'Magnesium and primary insomnia in elderly: a double-blind placebo-controlled ' +
      'clinical trial. J Res Med Sci. 2012;17(12):1161-9.\n'
    expect(await findings(value, 'markdown')).toEqual([
      ['1:21-1:25', '[^2]', '\u201C[^2]\u201D has no footnote definition: the footnotes (line 3) defines [^1]']
    ])
  })
})

describe('against the document itself', () => {
  it('flags the same study described with another design and sample size', async () => {
    const value =
      'A 2019 randomised trial by Smith et al. of 120 adults found that zinc users had ' +
      'shorter colds.\nColds are common.\nA 2019 survey by Smith et al. of 500 adults ' +
      'found that zinc users had shorter colds.'
    expect(await findings(value)).toEqual([
      [
        '3:1-3:44',
        'A 2019 survey by Smith et al. of 500 adults',
        '\u201CA 2019 survey by Smith et al. of 500 adults\u201D describes the same study ' +
          'differently from line 1: survey here, a randomised controlled trial at line 1 ' +
          '(\u201CA 2019 randomised trial by Smith et al.\u2026\u201D)'
      ]
    ])
  })

  it('does not flag two different studies of one journal', async () => {
    expect(
      await findings(
        'A 2019 trial in BMJ found that zinc shortened colds. A 2020 cohort study in BMJ ' +
          'found that zinc users had fewer colds.'
      )
    ).toEqual([])
  })
})

describe('design against claim', () => {
  it('flags causal wording for observational designs', async () => {
    expect(await findings('A 2018 cross-sectional study found that caffeine causes anxiety.')).toEqual([
      [
        '1:1-1:29',
        'A 2018 cross-sectional study',
        '\u201CA 2018 cross-sectional study\u201D is a cross-sectional study, which shows ' +
          'an association, but the sentence says it \u201Ccauses\u201D: causal wording for ' +
          'an observational design'
      ]
    ])
  })

  it('flags an animal study stated as an effect in people, from the text or the cited entry', async () => {
    expect(await findings('A 2016 study in mice found that fasting boosts fat loss.')).toEqual([
      [
        '1:1-1:21',
        'A 2016 study in mice',
        '\u201CA 2016 study in mice\u201D is an animal study (in mice), but its finding ' +
          'is stated as an effect in people (\u201Cfasting boosts fat loss.\u201D); say ' +
          '\u201Cin mice\u201D in the claim'
      ]
    ])
    const cited =
      'Fasting boosts fat loss [1].\n\n## References\n\n1. Gotthardt JD, et al. ' +
      'Intermittent fasting promotes fat loss in diet-induced obese male mice. ' +
      'Endocrinology. 2016;157(2):679-691.\n'
    expect(await findings(cited, 'markdown')).toEqual([
      [
        '1:25-1:28',
        '[1]',
        '\u201C[1]\u201D cites reference 1 (\u201CGotthardt JD, et al. Intermittent ' +
          'fasting promotes fat\u2026\u201D, line 5), an animal study (in mice), but the ' +
          'sentence states \u201Cboosts\u201D as an effect in people'
      ]
    ])
  })

  it('does not flag associations, claims kept to animals, syntheses or negations', async () => {
    for (const value of [
      'A 2018 cohort study found that coffee drinkers had a lower risk of liver cancer.',
      'A 2016 study found that fasting boosted fat loss in mice.',
      'A 2019 meta-analysis of cohort studies found that fibre reduces mortality.',
      'A cross-sectional study found that caffeine does not cause anxiety.',
      'That was a 2004 cohort study, so it cannot show that vitamin K2 caused the difference.',
      'A 2019 cohort study in Nutrients did not prove that K2 reduces heart attacks.',
      'Fasting boosts fat loss in mice [1].\n\n## References\n\n1. Gotthardt JD, et al. ' +
        'Intermittent fasting promotes fat loss in obese mice. Endocrinology. ' +
        '2016;157(2):679-691.\n'
    ]) {
      expect(await findings(value, value.includes('##') ? 'markdown' : 'text')).toEqual([])
    }
  })

  // Correlational framing is the association wording of unhedged-claim's hedges and the wording of
  // risk and odds: the two lists had drifted, and `predicts` was causal wording here.
  it.each(['predicts', 'predicted'])('does not flag an observational study whose finding it %s', async (verb) => {
    expect(await findings(`A 2018 cohort study found that coffee ${verb} reduced liver damage.`)).toEqual([])
    expect(await findings('A 2018 cohort study found that coffee reduces liver damage.')).toEqual([
      [
        '1:1-1:20',
        'A 2018 cohort study',
        '\u201CA 2018 cohort study\u201D is a cohort study, which shows an association, but the sentence ' +
          'says it \u201Creduces\u201D: causal wording for an observational design'
      ]
    ])
  })

  // The words that keep a claim to animals are every species of the designs reader: they were a
  // list of their own with 20 of its 41 species, so a claim in sheep or cattle read as one in
  // people, and was flagged against the sheep study it cites, where mice were not.
  it.each(['mice', 'sheep', 'cattle', 'horses', 'macaques'])(
    'does not flag a claim kept to %s, citing a study in them',
    async (animal) => {
      const reference = `\n\n## References\n\n1. Smith J, Jones K. Ginger and nausea in ${animal}. Vet J. 2019;3:1-9.\n`
      for (const sentence of [
        `A study found that ginger reduces nausea in young ${animal} [1].`,
        `Smith and colleagues found that ginger reduces nausea in ${animal} [1].`,
        `Ginger reduces nausea for ${animal} [1].`
      ])
        expect(await findings(sentence + reference, 'markdown'), sentence).toEqual([])
      // Said of people, the same claim is flagged against the same study.
      expect(await findings('Ginger reduces nausea [1].' + reference, 'markdown')).toEqual([
        [
          '1:23-1:26',
          '[1]',
          `\u201C[1]\u201D cites reference 1 (\u201CSmith J, Jones K. Ginger and nausea in\u2026\u201D, line 5), ` +
            `an animal study (in ${animal}), but the sentence states \u201Creduces\u201D as an effect in people`
        ]
      ])
    }
  )
})

describe('formats', () => {
  it('reads numbered HTML lists and headless notes', async () => {
    const html =
      '<p>Magnesium eases anxiety [3].</p><h2>References</h2><ol><li>Boyle NB, Lawton ' +
      'C, Dye L. The effects of magnesium supplementation on subjective anxiety and ' +
      'stress: a systematic review. <i>Nutrients</i>. 2017;9(5):429.</li></ol>'
    expect(await findings(html, 'html')).toEqual([
      [
        '1:28-1:31',
        '[3]',
        '\u201C[3]\u201D points past the end of the References list (line 1): it has 1 entry, numbered up to 1'
      ]
    ])
    // A whole page (the model tells HTML from Markdown by its tags).
    const notes =
      '<!doctype html><html><body><p>In a 2014 study, triglycerides fell by ' +
      '20%.(1)</p><p>(1) Paoli, Antonio, et al. \u201COmega-3 supplementation with a ' +
      'ketogenic Mediterranean diet.\u201D Marine drugs 13.2 (2015): 996-1009. <a ' +
      'href="https://www.ncbi.nlm.nih.gov/pubmed/25689563">Read the ' +
      'study</a></p></body></html>'
    expect(await findings(notes, 'html')).toEqual([
      [
        '1:34-1:46',
        'a 2014 study',
        '\u201Ca 2014 study\u201D says 2014, but reference 1 (\u201CPaoli, Antonio, et ' +
          'al. \u201COmega-3 supplementation with a\u2026\u201D, line 1) is from 2015'
      ]
    ])
  })
})

describe('options', () => {
  it('requireReferences flags named attributions in a document without references', async () => {
    const value = 'A 2017 study in Clinical Nutrition ESPEN found that magnesium improved stool consistency.'
    const messages = await lintRule(value, rule, 'text', {'mismatched-attribution': [1, {requireReferences: true}]})
    expect(messages.map((m) => [where(m), m.reason])).toEqual([
      [
        '1:1-1:41',
        '\u201CA 2017 study in Clinical Nutrition ESPEN\u201D names a study, but the ' +
          'document has no reference list to check it against'
      ]
    ])
  })

  it('bibliography adds CSL-JSON and BibTeX entries (read with citation-js)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-bib-'))
    const bib = path.join(dir, 'refs.bib')
    fs.writeFileSync(
      bib,
      '@article{boyle2017,\n  author = {Boyle, Neil and Lawton, Clare and Dye, ' +
        'Louise},\n  title = {The effects of magnesium supplementation on subjective ' +
        'anxiety and stress: a systematic review},\n  journal = {Nutrients},\n  year = ' +
        '{2017},\n  volume = {9},\n  pages = {429}\n}\n'
    )
    const json = path.join(dir, 'refs.json')
    fs.writeFileSync(
      json,
      JSON.stringify([
        {
          id: 'abbasi2012',
          type: 'article-journal',
          title:
            'The effect of magnesium supplementation on primary insomnia in elderly: a ' +
            'double-blind placebo-controlled clinical trial',
          'container-title': 'Journal of Research in Medical Sciences',
          issued: {'date-parts': [[2012]]},
          author: [{family: 'Abbasi', given: 'B'}]
        }
      ])
    )
    const run = async (value: string, options: Record<string, unknown>) => {
      const file = await unified()
        .use(retextEnglish)
        .use(mismatchedAttribution, options as never)
        .use(retextStringify)
        .process(value)
      return file.messages.map((m) => m.reason)
    }
    expect(
      await run('A 2017 systematic review in Nutrients found that magnesium may ease anxiety.', {
        bibliography: [bib, json]
      })
    ).toEqual([])
    expect(
      await run(
        'A 2012 clinical trial in The Journal of Research in Medical Sciences found that magnesium improved sleep.',
        {bibliography: json}
      )
    ).toEqual([])
    expect(
      await run('A 2017 meta-analysis in Nutrients found that magnesium eases anxiety.', {bibliography: bib})
    ).toEqual([
      '\u201CA 2017 meta-analysis in Nutrients\u201D says a meta-analysis, but ' +
        'bibliography entry boyle2017 in refs.bib (\u201CBoyle, Lawton, Dye. The effects ' +
        'of magnesium supplementation\u2026\u201D) is a systematic review'
    ])
    expect(
      await run('A 2019 study in Stress and Health found that magnesium eases stress.', {bibliography: bib})
    ).toEqual([
      '\u201CA 2019 study in Stress and Health\u201D matches no reference: no reference ' +
        'is in Stress and Health or from 2019'
    ])
  })

  it('rejects bad options and ignores a bare severity', () => {
    expect(normaliseOptions(2)).toEqual({bibliography: [], requireReferences: false})
    expect(normaliseOptions(null)).toEqual({bibliography: [], requireReferences: false})
    expect(() => normaliseOptions({bibliography: 3})).toThrow(/bibliography/)
    expect(() => normaliseOptions({requireReferences: 'yes'})).toThrow(/requireReferences/)
  })
})

describe('malformed reference sections never throw', () => {
  const cases: Array<[string, string, Format]> = [
    ['a heading only', 'A 2017 study in Nutrients found that zinc helps [2].\n\nReferences\n', 'text'],
    [
      'no entries',
      'A 2017 study in Nutrients found that zinc helps [2].\n\n## References\n\n## Next section\n\nText.\n',
      'markdown'
    ],
    [
      'entries without any field',
      'A 2017 study in Nutrients found that zinc helps [2].\n\nReferences\n- x\n- \u2014\n- ?\n',
      'text'
    ],
    [
      'an empty HTML list',
      '<p>A 2017 study in Nutrients found that zinc helps [2].</p><h2>References</h2><ol></ol>',
      'html'
    ],
    [
      'a broken HTML list',
      '<p>A 2017 study in Nutrients found that zinc helps [2].</p><h2>References</h2><ol><li><li></li><i>Nutrients',
      'html'
    ]
  ]
  // What each gives: nothing, except the empty HTML list, whose page reads as one note.
  const malformedFindings: Record<string, unknown[]> = {
    'an empty HTML list': [[1, 52, '[2]', '“[2]” points past the end of the notes list (line 1): it has 1 entry']]
  }
  for (const [name, value, format] of cases) {
    it(name, async () => {
      const messages = await lintRule(value, rule, format)
      expect(messages.map((m) => [m.line, m.column, m.actual, m.reason])).toEqual(malformedFindings[name] ?? [])
    })
  }

  it('5,000 entries', async () => {
    const lines = ['A 2017 study in Nutrients found that zinc helps [6001].', '', 'References']
    for (let n = 1; n <= 5000; n++)
      lines.push(`${n}. Author${n} A. Zinc study number ${n}. Nutrients. ${2000 + (n % 20)};${(n % 20) + 1}(1):${n}.`)
    // Plain text: the remark bridge (mdast-util-to-nlcst) overflows its stack on a 5,000-item list.
    const messages = await lintRule(lines.join('\n'), rule, 'text')
    expect(messages.map((m) => m.actual)).toEqual(['[6001]'])
  })
})

describe('one message naming every difference', () => {
  it('names year, journal and design at once, quoting the journal as written', async () => {
    const doc = [
      'A 2016 randomised controlled trial in the American Journal of Medicine found that magnesium eased anxiety [1].',
      '',
      '## References',
      '',
      '1. Smith J, Jones K. Magnesium and anxiety: a meta-analysis. Nutrients. 2006;9(5):429.',
      ''
    ].join('\n')
    expect(await findings(doc, 'markdown')).toEqual([
      [
        '1:1-1:71',
        'A 2016 randomised controlled trial in the American Journal of Medicine',
        '\u201CA 2016 randomised controlled trial in the American Journal\u2026\u201D ' +
          'differs from reference 1 (\u201CSmith J, Jones K. Magnesium and anxiety: ' +
          'a\u2026\u201D, line 5) in 3 ways: ' +
          ('it says 2016, but the reference is from 2006; it names American Journal of ' +
            'Medicine, but the reference is in Nutrients; it says a randomised controlled ' +
            'trial, but the reference is a meta-analysis')
      ]
    ])
  })

  it('keeps one difference in the short form', async () => {
    const doc = [
      'A 2016 meta-analysis in Nutrients found that magnesium eased anxiety [1].',
      '',
      '## References',
      '',
      '1. Smith J. Magnesium and anxiety: a meta-analysis. Nutrients. 2006;9(5):429.',
      ''
    ].join('\n')
    const found = await findings(doc, 'markdown')
    expect(found.map((f) => f[2])).toEqual([
      '\u201CA 2016 meta-analysis in Nutrients\u201D says 2016, but reference 1 ' +
        '(\u201CSmith J. Magnesium and anxiety: a meta-analysis. Nutrients\u2026\u201D, ' +
        'line 5) is from 2006'
    ])
  })
})
