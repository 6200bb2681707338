/**
 * The reference-list reader: real-shaped entries (APA, Vancouver, AMA, Harvard, MLA, bare
 * title + URL, PubMed, PMC and DOI links, HTML and Markdown) read into fields, and reference
 * lists found in plain text, Markdown and HTML.
 */
import {describe, expect, it} from 'vitest'
import {readEntryFields, type EntryFields} from '../src/readers/references/entry.js'
import {describeEntry, readReferences} from '../src/readers/references.js'

type Expected = {[Key in keyof Omit<EntryFields, 'journal'>]?: EntryFields[Key] | undefined} & {
  journal?: string | undefined
  journalVia?: string | undefined
}

const entries: Array<[string, 'text' | 'markdown' | 'html', Expected]> = [
  // APA
  [
    'Boyle, N. B., Lawton, C., & Dye, L. (2017). The effects of magnesium ' +
      'supplementation on subjective anxiety and stress\u2014A systematic review. ' +
      '*Nutrients*, 9(5), 429. https://doi.org/10.3390/nu9050429',
    'markdown',
    {
      authors: ['Boyle', 'Lawton', 'Dye'],
      year: 2017,
      title: 'The effects of magnesium supplementation on subjective anxiety and stress\u2014A systematic review',
      journal: 'Nutrients',
      volume: '9',
      issue: '5',
      pages: '429',
      doi: '10.3390/nu9050429',
      designs: ['systematic-review']
    }
  ],
  [
    'Abbasi, B., Kimiagar, M., Sadeghniiat, K., Shirazi, M. M., Hedayati, M., & ' +
      'Rashidkhani, B. (2012). The effect of magnesium supplementation on primary ' +
      'insomnia in elderly: A double-blind placebo-controlled clinical trial. *Journal ' +
      'of Research in Medical Sciences*, 17(12), 1161\u20131169.',
    'markdown',
    {
      year: 2012,
      journal: 'Journal of Research in Medical Sciences',
      volume: '17',
      issue: '12',
      pages: '1161-1169',
      designs: ['randomised-controlled-trial', 'clinical-trial']
    }
  ],
  [
    'Hu, F. B., et al. (2019). Coffee consumption and mortality in a prospective ' +
      'cohort of 90,000 adults. *American Journal of Epidemiology*, 188(4), 712-720.',
    'markdown',
    {
      authors: ['Hu'],
      year: 2019,
      journal: 'American Journal of Epidemiology',
      designs: ['cohort'],
      sampleSize: 90000,
      volume: '188'
    }
  ],
  [
    'World Health Organization. (2020). *Guidelines on physical activity and ' +
      'sedentary behaviour*. https://www.who.int/publications/i/item/9789240015128',
    'markdown',
    {
      authors: ['World Health Organization'],
      year: 2020,
      title: 'Guidelines on physical activity and sedentary behaviour',
      url: 'https://www.who.int/publications/i/item/9789240015128',
      journal: undefined
    }
  ],
  [
    'Smith, J. A., & Jones, B. (2018). Green tea catechins inhibit proliferation of ' +
      'human prostate cancer cells in vitro. *Molecules*, 23(6), 1402.',
    'markdown',
    {authors: ['Smith', 'Jones'], year: 2018, journal: 'Molecules', volume: '23', designs: ['in-vitro']}
  ],
  [
    'Lee, D. H. (n.d.). Vitamin D and depression: A narrative review. Retrieved from https://example.org/vitd',
    'text',
    {
      authors: ['Lee'],
      year: undefined,
      title: 'Vitamin D and depression: A narrative review',
      designs: ['review'],
      url: 'https://example.org/vitd'
    }
  ],
  [
    'Mart\u00EDnez-Gonz\u00E1lez, M. A., et al. (2015). Benefits of the Mediterranean ' +
      'diet: Insights from the PREDIMED study. *Progress in Cardiovascular Diseases*, ' +
      '58(1), 50\u201360. https://doi.org/10.1016/j.pcad.2015.04.003',
    'markdown',
    {
      authors: ['Mart\u00EDnez-Gonz\u00E1lez'],
      year: 2015,
      journal: 'Progress in Cardiovascular Diseases',
      volume: '58',
      issue: '1',
      pages: '50-60',
      doi: '10.1016/j.pcad.2015.04.003'
    }
  ],
  // Vancouver and AMA
  [
    'Zhang X, Li Y, Del Gobbo LC, et al. Effects of magnesium supplementation on ' +
      'blood pressure: a meta-analysis of randomized double-blind placebo-controlled ' +
      'trials. Hypertension. 2016;68(2):324-333. doi:10.1161/HYPERTENSIONAHA.116.07664',
    'text',
    {
      year: 2016,
      journal: 'Hypertension',
      volume: '68',
      issue: '2',
      pages: '324-333',
      doi: '10.1161/HYPERTENSIONAHA.116.07664',
      designs: ['meta-analysis']
    }
  ],
  [
    'Manson JE, Cook NR, Lee IM, et al. Vitamin D supplements and prevention of ' +
      'cancer and cardiovascular disease. N Engl J Med. 2019;380(1):33-44.',
    'text',
    {
      authors: ['Manson', 'Cook', 'Lee'],
      year: 2019,
      title: 'Vitamin D supplements and prevention of cancer and cardiovascular disease',
      journal: 'The New England Journal of Medicine',
      volume: '380',
      issue: '1',
      pages: '33-44'
    }
  ],
  [
    'Estruch R, Ros E, Salas-Salvad\u00F3 J, et al. Primary prevention of ' +
      'cardiovascular disease with a Mediterranean diet supplemented with extra-virgin ' +
      'olive oil or nuts. N Engl J Med 2018;378:e34.',
    'text',
    {
      authors: ['Estruch', 'Ros', 'Salas-Salvad\u00F3'],
      year: 2018,
      volume: '378',
      pages: 'e34',
      journal: 'The New England Journal of Medicine'
    }
  ],
  [
    'Chiu HY, Yeh TH, Huang YC, Chen PY. Effects of intravenous and oral magnesium on ' +
      'reducing migraine: a meta-analysis of randomized controlled trials. Pain ' +
      'Physician. 2016 Jan;19(1):E97-112. PMID: 26752497.',
    'text',
    {
      authors: ['Chiu', 'Yeh', 'Huang', 'Chen'],
      year: 2016,
      pmid: '26752497',
      designs: ['meta-analysis'],
      volume: '19',
      issue: '1',
      journal: 'Pain Physician'
    }
  ],
  [
    'Wang X, Ouyang Y, Liu J, et al. Fruit and vegetable consumption and mortality ' +
      'from all causes, cardiovascular disease, and cancer: systematic review and ' +
      'dose-response meta-analysis of prospective cohort studies. BMJ. 2014;349:g4490.',
    'text',
    {year: 2014, journal: 'BMJ', volume: '349', pages: 'g4490', designs: ['systematic-review', 'meta-analysis']}
  ],
  [
    'Kim Y, Je Y. Dietary fiber intake and total mortality: a meta-analysis of ' +
      'prospective cohort studies. Am J Epidemiol. 2014;180(6):565-573. ' +
      'doi:10.1093/aje/kwu174',
    'text',
    {
      authors: ['Kim', 'Je'],
      year: 2014,
      journal: 'American Journal of Epidemiology',
      doi: '10.1093/aje/kwu174',
      designs: ['meta-analysis']
    }
  ],
  [
    'Mozaffarian D, Hao T, Rimm EB, Willett WC, Hu FB. Changes in diet and lifestyle ' +
      'and long-term weight gain in women and men. N Engl J Med. ' +
      '2011;364(25):2392-2404.',
    'text',
    {
      authors: ['Mozaffarian', 'Hao', 'Rimm', 'Willett', 'Hu'],
      year: 2011,
      volume: '364',
      issue: '25',
      pages: '2392-2404',
      designs: []
    }
  ],
  [
    'Doe J. Turmeric in knee pain: a pilot study. J Integr Med Stud. 2020;5(2):11-19.',
    'text',
    {authors: ['Doe'], year: 2020, volume: '5', issue: '2', pages: '11-19', journal: 'J Integr Med Stud'}
  ],
  [
    'Gibson, R.S. Principles of nutritional assessment. 2nd ed. New York: Oxford University Press; 2005.',
    'text',
    {authors: ['Gibson'], year: 2005, title: 'Principles of nutritional assessment'}
  ],
  [
    'Nguyen T, Tran H. A case of hypermagnesemia after Epsom salt ingestion. Cureus. 2021;13(4):e14512.',
    'text',
    {year: 2021, designs: ['case-report']}
  ],
  [
    'Rossi M, Negri E, Talamini R, et al. Flavonoids and prostate cancer risk: a ' +
      'case-control study in Italy. Int J Cancer. 2010;126(8):1910-1916.',
    'text',
    {year: 2010, journal: 'International Journal of Cancer', designs: ['case-control'], volume: '126'}
  ],
  [
    'Dickinson A, Blatman J, El-Dash N, Franco JC. Consumer usage and reasons for ' +
      'using dietary supplements: report of a series of surveys. J Am Coll Nutr. ' +
      '2014;33(2):176-182.',
    'text',
    {year: 2014, journal: 'Journal of the American College of Nutrition', designs: ['survey']}
  ],
  [
    'Kim HJ, Park SY, Lee J. Curcumin induces apoptosis in human colon cancer cell lines. Food Chem. 2015;180:1-8.',
    'text',
    {year: 2015, journal: 'Food Chemistry', designs: ['in-vitro'], volume: '180', pages: '1-8'}
  ],
  [
    'Li J, Wang Q, Chen Y. Lion\u2019s mane extract and mild cognitive impairment: a ' +
      'randomised controlled trial. Front Aging Neurosci. 2020;12:123.',
    'text',
    {year: 2020, journal: 'Frontiers in Aging Neuroscience', volume: '12', designs: ['randomised-controlled-trial']}
  ],
  [
    'Volpe SL. Magnesium in disease prevention and overall health. Nutrients. 7(9):8199-8226.',
    'text',
    {authors: ['Volpe'], journal: 'Nutrients', volume: '7', issue: '9', year: 2015, yearSource: 'volume'}
  ],
  [
    'Smith J, Brown K. Cocoa flavanols and cognition in older adults. Nutr Rev. ' +
      '2020;78(3):210-220. https://doi.org/10.1093/nutrit/nuz052',
    'text',
    {
      year: 2020,
      journal: 'Nutrition Reviews',
      doi: '10.1093/nutrit/nuz052',
      url: 'https://doi.org/10.1093/nutrit/nuz052'
    }
  ],
  // Harvard
  [
    'Lopresti, A.L., Smith, S.J., Malvi, H. and Kodgule, R., 2019. An investigation ' +
      'into the stress-relieving and pharmacological actions of an ashwagandha extract: ' +
      'a randomized, double-blind, placebo-controlled study. Medicine, 98(37), ' +
      'p.e17186.',
    'text',
    {
      authors: ['Lopresti', 'Smith', 'Malvi', 'Kodgule'],
      year: 2019,
      journal: 'Medicine',
      volume: '98',
      issue: '37',
      designs: ['randomised-controlled-trial']
    }
  ],
  [
    'Harris, W.S. et al., 2008. Omega-3 fatty acids and coronary heart disease risk: ' +
      'clinical and mechanistic perspectives. Atherosclerosis, 197(1), pp.12-24.',
    'text',
    {authors: ['Harris'], year: 2008, journal: 'Atherosclerosis', volume: '197', issue: '1', pages: '12-24'}
  ],
  // MLA
  [
    'Hu, Frank B., et al. \u201CDietary fat intake and the risk of coronary heart ' +
      'disease in women.\u201D New England Journal of Medicine 337.21 (1997): ' +
      '1491-1499.',
    'text',
    {
      year: 1997,
      journal: 'The New England Journal of Medicine',
      volume: '337',
      issue: '21',
      pages: '1491-1499',
      title: 'Dietary fat intake and the risk of coronary heart disease in women'
    }
  ],
  // Bare title + URL, PubMed, PMC, DOI and publisher links
  [
    'Magnesium intake and depression in adults: a cross-sectional ' +
      'analysis.\nRetrieved from: https://pubmed.ncbi.nlm.nih.gov/26229285/',
    'text',
    {
      title: 'Magnesium intake and depression in adults: a cross-sectional analysis',
      pmid: '26229285',
      designs: ['cross-sectional'],
      authors: []
    }
  ],
  [
    'The role of magnesium in sleep health: a narrative review. Retrieved from: ' +
      'https://www.mdpi.com/2072-6643/16/12/1861',
    'text',
    {
      journal: 'Nutrients',
      journalVia: 'url',
      volume: '16',
      issue: '12',
      year: 2024,
      yearSource: 'volume',
      designs: ['review']
    }
  ],
  [
    'Dietary magnesium and incident frailty in older people. Retrieved from: ' +
      'https://www.sciencedirect.com/science/article/pii/S0261561421001345',
    'text',
    {journal: 'Clinical Nutrition', journalVia: 'pii', year: 2021, yearSource: 'pii'}
  ],
  [
    'Probiotics for the prevention of antibiotic-associated diarrhea. Retrieved from: ' +
      'https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD006095.pub4/full',
    'text',
    {journal: 'Cochrane Database of Systematic Reviews', doi: '10.1002/14651858.CD006095.pub4'}
  ],
  [
    'Green tea and weight loss in overweight adults. Available at: ' +
      'https://www.frontiersin.org/articles/10.3389/fnut.2021.676135/full',
    'text',
    {journal: 'Frontiers in Nutrition', doi: '10.3389/fnut.2021.676135', year: undefined}
  ],
  [
    'Sleep and the gut microbiome in mice fed a high-fat diet. https://www.nature.com/articles/s41598-019-45678-9',
    'text',
    {journal: 'Scientific Reports', doi: '10.1038/s41598-019-45678-9', designs: ['animal'], species: ['mice']}
  ],
  [
    'Vitamin C and the common cold in marathon runners. ' +
      'https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0123456',
    'text',
    {journal: 'PLOS ONE', doi: '10.1371/journal.pone.0123456'}
  ],
  [
    'Coffee consumption and health: umbrella review of meta-analyses of multiple ' +
      'health outcomes. https://www.bmj.com/content/359/bmj.j5024',
    'text',
    {journal: 'BMJ', designs: ['systematic-review']}
  ],
  [
    '[Effect of exercise on depression in adolescents: a randomised controlled ' +
      'trial](https://pubmed.ncbi.nlm.nih.gov/31234567/)',
    'markdown',
    {
      title: 'Effect of exercise on depression in adolescents: a randomised controlled trial',
      pmid: '31234567',
      designs: ['randomised-controlled-trial']
    }
  ],
  [
    '[Intermittent fasting and autophagy in aged rats](https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6543210/)',
    'markdown',
    {pmcid: 'PMC6543210', designs: ['animal'], species: ['rats']}
  ],
  [
    '_Journal of Clinical Sleep Medicine_ : \u201CMelatonin for the treatment of insomnia in adults.\u201D',
    'markdown',
    {journal: 'Journal of Clinical Sleep Medicine', title: 'Melatonin for the treatment of insomnia in adults'}
  ],
  [
    'Tea intake and cognitive decline in older Chinese adults. ' +
      'https://academic.oup.com/ajcn/article/112/4/1042/5893623',
    'text',
    {journal: 'The American Journal of Clinical Nutrition', volume: '112', issue: '4', year: undefined}
  ],
  [
    'Association of daily step count and intensity with mortality among US adults. ' +
      'https://jamanetwork.com/journals/jamainternalmedicine/fullarticle/2734709',
    'text',
    {journal: 'JAMA Internal Medicine', journalVia: 'url'}
  ],
  [
    'Global burden of 87 risk factors. ' +
      'https://www.thelancet.com/journals/lancet/article/PIIS0140-6736(20)30752-2/fulltext',
    'text',
    {journal: 'The Lancet', year: 2020, yearSource: 'pii'}
  ],
  [
    '<i>Arthritis Rheumatol</i>. Smith J. Omega-3 and joint pain: a randomized trial. ' +
      '2017;69(5):1000-1010. <a href="https://doi.org/10.1002/art.40001">doi</a>',
    'html',
    {doi: '10.1002/art.40001', journal: 'Arthritis & Rheumatology', journalVia: 'doi'}
  ],
  [
    'Smith J, Patel R. Omega-3 supplementation and joint pain: a randomized trial. ' +
      '<i>Arthritis Rheumatol</i>. 2017;69(5):1000-1010. <a ' +
      'href="https://doi.org/10.1002/art.40001">doi</a>',
    'html',
    {
      authors: ['Smith', 'Patel'],
      year: 2017,
      journal: 'Arthritis & Rheumatology',
      doi: '10.1002/art.40001',
      designs: ['randomised-controlled-trial'],
      volume: '69',
      issue: '5',
      pages: '1000-1010'
    }
  ],
  ['PMID: 31234568', 'text', {pmid: '31234568', authors: [], title: undefined}],
  ['doi:10.1136/bmj.m2382', 'text', {doi: '10.1136/bmj.m2382', journal: 'BMJ', journalVia: 'doi'}],
  [
    'See our editorial policy for how we choose sources.',
    'text',
    {authors: [], year: undefined, journal: undefined, designs: [], doi: undefined, url: undefined}
  ],
  [
    'Sinclair HM. Deficiencies of essential fatty acids in the diet. Lancet 1:381-3, 1956',
    'text',
    {authors: ['Sinclair'], year: 1956, journal: 'The Lancet', volume: '1', pages: '381-3'}
  ],
  [
    'Keys A (ed). Seven Countries: a multivariate analysis of death and coronary ' +
      'heart disease, 1980. Cambridge, Mass.: Harvard University Press.',
    'text',
    {year: 1980}
  ],
  [
    'Campbell R. Sugar Fraud. http://example.org/sugar-fraud.html',
    'text',
    {authors: ['Campbell'], title: 'Sugar Fraud', url: 'http://example.org/sugar-fraud.html'}
  ],
  [
    'Doctors warn on statins, says top researcher. The Guardian, 21 March 2014 (accessed 2018-01-05).',
    'text',
    {year: 2014, title: 'Doctors warn on statins, says top researcher'}
  ]
]

describe('reference entries', () => {
  it('has at least 40 real-shaped entries', () => {
    expect(entries.length).toBeGreaterThanOrEqual(40)
  })
  for (const [raw, format, expected] of entries) {
    it(raw.slice(0, 70), () => {
      const fields = readEntryFields(raw, format)
      const {journal, journalVia, ...rest} = expected
      for (const [key, value] of Object.entries(rest)) {
        expect([key, (fields as unknown as Record<string, unknown>)[key]]).toEqual([key, value])
      }
      if ('journal' in expected) {
        expect(fields.journal?.record?.name ?? fields.journal?.name).toBe(journal)
      }
      if (journalVia) expect(fields.journal?.via).toBe(journalVia)
    })
  }
})

describe('reference lists', () => {
  it('reads a plain-text list of bulleted titles with "Retrieved from" lines', () => {
    const value = [
      'Magnesium may help sleep.',
      '',
      'References',
      '- Magnesium in aging and disease.',
      'Retrieved from: https://www.mdpi.com/2072-6643/13/2/463',
      '- A case of magnesium deficiency after surgery.',
      'Retrieved from: https://pubmed.ncbi.nlm.nih.gov/13823490/',
      'Important Note: This article is for general information only and is not medical ' +
        'advice, nor is it intended to diagnose or treat any disease, and readers should ' +
        'consult a professional.'
    ].join('\n')
    const [list] = readReferences(value, 'text')
    expect(list.heading).toBe('References')
    expect(list.line).toBe(3)
    expect(list.entries.map((e) => [e.index, e.line, e.title, e.year, e.journal?.name, e.pmid])).toEqual([
      [1, 4, 'Magnesium in aging and disease', 2021, 'Nutrients', undefined],
      [2, 6, 'A case of magnesium deficiency after surgery', undefined, undefined, '13823490']
    ])
    expect(list.entries[1].designs).toEqual(['case-report'])
    expect(value.slice(list.entries[0].start, list.entries[0].end)).toBe(
      'Magnesium in aging and disease.\nRetrieved from: https://www.mdpi.com/2072-6643/13/2/463'
    )
    expect(list.end).toBe(value.indexOf('\nImportant Note'))
  })

  it('reads a numbered Markdown list under a heading of any level and stops at the next heading', () => {
    const value =
      '# Title\n\nText.\n\n### Sources\n\n1. Manson JE, et al. Vitamin D supplements ' +
      'and prevention of cancer. N Engl J Med. 2019;380(1):33-44.\n2. Kim Y, Je Y. ' +
      'Dietary fiber intake and total mortality: a meta-analysis. Am J Epidemiol. ' +
      '2014;180(6):565-573.\n\n## Related\n\n1. Not a reference 2020.\n'
    const lists = readReferences(value, 'markdown')
    expect(lists).toHaveLength(1)
    expect(lists[0].numbered).toBe(true)
    expect(lists[0].entries.map((e) => [e.number, e.line, e.year, e.journal?.record?.name])).toEqual([
      [1, 7, 2019, 'The New England Journal of Medicine'],
      [2, 8, 2014, 'American Journal of Epidemiology']
    ])
    expect(describeEntry(lists[0].entries[1])).toBe(
      'reference 2 (\u201CKim Y, Je Y. Dietary fiber intake and\u2026\u201D, line 8)'
    )
  })

  it('reads Markdown footnote definitions', () => {
    const value =
      'Fish oil lowered triglycerides.[^1]\n\n[^1]: Paoli A, et al. Effects of omega-3 ' +
      'supplementation with a ketogenic diet. Mar Drugs. 2015;13(2):996-1009.\n[^note]: ' +
      'An aside, not a study.\n'
    const lists = readReferences(value, 'markdown')
    const footnotes = lists.find((l) => l.kind === 'footnotes')
    expect(footnotes?.entries.map((e) => [e.label, e.number, e.line, e.year, e.journal?.record?.name])).toEqual([
      ['1', 1, 3, 2015, 'Marine Drugs'],
      ['note', undefined, 4, undefined, undefined]
    ])
  })

  it('reads a numbered HTML list under a heading', () => {
    const value =
      '<article><p>Text [2].</p><h2>References</h2><ol><li>Boyle NB, Lawton C, Dye L. ' +
      'The effects of magnesium supplementation on subjective anxiety and stress: a ' +
      'systematic review. <i>Nutrients</i>. 2017;9(5):429.</li><li>Abbasi B, et al. ' +
      'Magnesium and insomnia in the elderly: a double-blind placebo-controlled ' +
      'clinical trial. J Res Med Sci. ' +
      '2012;17(12):1161-9.</li></ol><footer>Copyright</footer></article>'
    const [list] = readReferences(value, 'html')
    expect(list.heading).toBe('References')
    expect(list.entries.map((e) => [e.number, e.year, e.journal?.record?.name, e.designs])).toEqual([
      [1, 2017, 'Nutrients', ['systematic-review']],
      [2, 2012, 'Journal of Research in Medical Sciences', ['randomised-controlled-trial', 'clinical-trial']]
    ])
  })

  it('reads numbered notes without a heading in HTML', () => {
    const value =
      '<p>A study found a 20% drop.(1)</p><p>(1) Paoli, Antonio, et al. \u201COmega-3 ' +
      'supplementation with a ketogenic Mediterranean diet.\u201D Marine drugs 13.2 ' +
      '(2015): 996-1009. <a href="https://www.ncbi.nlm.nih.gov/pubmed/25689563">Read ' +
      'the study</a></p>'
    const [list] = readReferences(value, 'html')
    expect(list.kind).toBe('notes')
    expect(
      list.entries.map((e) => [e.number, e.authors[0], e.year, e.journal?.record?.name, e.pmid, e.volume, e.issue])
    ).toEqual([[1, 'Paoli', 2015, 'Marine Drugs', '25689563', '13', '2']])
  })

  it(
    'reads APA paragraphs under a bold heading, and plain-line headings such as ' +
      '"Works cited", "Bibliography", "Further reading"',
    () => {
      for (const heading of [
        '**References**',
        'Works cited',
        'Bibliography:',
        'FURTHER READING',
        'Citations',
        'Notes'
      ]) {
        const value =
          `Intro.\n\n${heading}\n\n` +
          'Bhatt, D. L., et al. (2019). Cardiovascular risk reduction with icosapent ethyl. ' +
          '*New England Journal of Medicine*, 380(1), 11-22.\n\n' +
          'Fortmann, S. P., et al. (2013). Vitamin and mineral supplements in primary prevention. ' +
          '*Annals of Internal Medicine*, 159(12), 824-834.\n'
        const [list] = readReferences(value, 'markdown')
        expect(list?.entries.map((e) => [e.authors[0], e.year, e.journal?.record?.name])).toEqual([
          ['Bhatt', 2019, 'The New England Journal of Medicine'],
          ['Fortmann', 2013, 'Annals of Internal Medicine']
        ])
      }
    }
  )
})

describe('malformed reference sections', () => {
  it('a heading only', () => {
    const lists = readReferences('Some text.\n\nReferences\n', 'text')
    expect(lists.map((l) => l.entries.length)).toEqual([0])
  })

  it('no entries, only prose after the heading', () => {
    const prose =
      'This paragraph explains our sourcing policy at length and contains no ' +
      'bibliographic details of any kind, only words about how much we care about ' +
      'accuracy and how we choose what to read and what to leave out.'
    expect(readReferences(`Text.\n\n## References\n\n${prose}\n`, 'markdown')[0].entries).toEqual([])
  })

  it('entries without any field', () => {
    const [list] = readReferences('References\n- x\n- \u2014\n- ???\n- 12\n', 'text')
    expect(list.entries).toHaveLength(4)
    for (const e of list.entries) {
      expect(e.year).toBeUndefined()
      expect(e.journal).toBeUndefined()
      expect(e.authors).toEqual([])
    }
  })

  it('5,000 entries, each read', () => {
    const lines = ['References']
    for (let n = 1; n <= 5000; n++)
      lines.push(
        `${n}. Author${n} A, Other B. Title number ${n} on magnesium. ` +
          `Nutrients. ${2000 + (n % 25)};${(n % 20) + 1}(3):${n}-${n + 9}.`
      )
    const value = lines.join('\n')
    const [list] = readReferences(value, 'text')
    expect(list.entries).toHaveLength(5000)
    expect(list.entries.filter((entry, k) => entry.number !== k + 1)).toEqual([])
    expect(list.entries[4999]).toMatchObject({number: 5000, year: 2000, volume: '1', pages: '5000-5009'})
  })

  it('hostile text does not blow up the scanners', () => {
    const hostile =
      'References\n' +
      '1. ' +
      '('.repeat(20000) +
      '[^'.repeat(5000) +
      ' 10.1234/' +
      'a'.repeat(20000) +
      '\n2. ' +
      '<'.repeat(20000) +
      '\n'
    // What it reads (how long it takes is measured in bench/hostile.mjs, not here).
    const lists = readReferences(hostile, 'markdown')
    expect(lists.map((list) => [list.heading, list.start, list.end, list.numbered])).toEqual([
      ['References', 0, hostile.length - 1, true]
    ])
    expect(lists[0].entries.map((entry) => [entry.number, entry.start, entry.doi?.length])).toEqual([
      // Each entry starts after its marker.
      [1, 'References\n1. '.length, '10.1234/'.length + 20000],
      [2, hostile.indexOf('\n2. ') + '\n2. '.length, undefined]
    ])
    expect(readReferences(hostile, 'html')).toEqual([])
  })
})
