/**
 * mismatched-attribution with `resolve: true`, on Markdown documents that link PubMed, PMC and
 * DOI addresses, against the stub of Crossref and E-utilities on 127.0.0.1: each reason found
 * (year, journal and design at once; animal record stated in people; topic; one identifier
 * described two ways), no finding where links match, nothing resolved or changed with
 * `resolve` off, unresolvable links never a finding (an info message with `verbose`).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import {createProcessor} from '../src/processor.js'
import {mismatchedAttribution} from '../rules/mismatched-attribution/index.js'
import type {MismatchedAttributionOptions} from '../src/index.js'
import {startStub, type Stub} from './records-stub.js'

let stub: Stub
let cacheDir: string

beforeAll(async () => {
  stub = await startStub()
})
afterAll(async () => {
  await stub.close()
})
beforeEach(() => {
  cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-records-rule-'))
  stub.requests.length = 0
  stub.override = undefined
})
afterEach(() => {
  fs.rmSync(cacheDir, {recursive: true, force: true})
})

function where(message: VFileMessage): string {
  const place = message.place
  if (!place || !('start' in place)) return '?'
  return `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`
}

async function run(markdown: string, options: MismatchedAttributionOptions = {}): Promise<VFileMessage[]> {
  const processor = createProcessor({
    'unhedged-claim': false,
    'unsourced-statistic': false,
    'mismatched-attribution': [
      1,
      {resolve: true, crossrefUrl: stub.crossrefUrl, eutilsUrl: stub.eutilsUrl, cacheDir, timeout: 1000, ...options}
    ]
  })
  const file = await processor.process(new VFile({path: 'post.md', value: markdown}))
  return file.messages
}

async function findings(
  markdown: string,
  options?: MismatchedAttributionOptions
): Promise<Array<[string, string, string]>> {
  return (await run(markdown, options)).map((m) => [where(m), m.actual ?? '', m.reason])
}

describe('checks against the linked record', () => {
  it('finds no mismatch where the links match their records (PubMed, DOI, PMC)', async () => {
    const doc = [
      'A 2017 systematic review in Nutrients found that magnesium may ease mild anxiety ' +
        '([PubMed](https://pubmed.ncbi.nlm.nih.gov/28445426/)).',
      '',
      'A 2017 review by Boyle and colleagues reported that magnesium may help with ' +
        'stress ([article](https://doi.org/10.3390/nu9050429)).',
      '',
      'A 2021 randomised controlled trial in The Lancet found that vitamin D ' +
        'supplements lowered blood pressure in older adults ([full ' +
        'text](https://www.ncbi.nlm.nih.gov/pmc/articles/PMC4444444/)).',
      ''
    ].join('\n')
    expect(await findings(doc)).toEqual([])
    expect(stub.requests.length).toBeGreaterThan(0)
  })

  it('names every difference from the record in one message (year, journal as written, design)', async () => {
    const doc =
      'A 2016 randomised controlled trial in the American Journal of Medicine found ' +
      'that omega-3 supplements eased depression ' +
      '([study](https://doi.org/10.1016/j.amjmed.2006.01.001)).\n'
    expect(await findings(doc)).toEqual([
      [
        '1:1-1:71',
        'A 2016 randomised controlled trial in the American Journal of Medicine',
        '\u201CA 2016 randomised controlled trial in the American Journal\u2026\u201D ' +
          'differs from the record of doi:10.1016/j.amjmed.2006.01.001 (\u201COmega-3 fatty ' +
          'acids and depressive symptoms: a meta-analysis\u201D) in 3 ways: ' +
          ('it says 2016, but the record is from 2006; it names American Journal of ' +
            'Medicine, but the record is in Journal of Affective Disorders; it says a ' +
            'randomised controlled trial, but the record is a meta-analysis')
      ]
    ])
  })

  it('finds a "meta-analysis" whose record is a single trial (PMC link, through the ID converter)', async () => {
    const doc =
      'A 2021 meta-analysis found that vitamin D supplements lowered blood pressure in ' +
      'older adults ([PMC](https://www.ncbi.nlm.nih.gov/pmc/articles/PMC4444444/)).\n'
    expect(await findings(doc)).toEqual([
      [
        '1:1-1:21',
        'A 2021 meta-analysis',
        '\u201CA 2021 meta-analysis\u201D says a meta-analysis, but the record of ' +
          'PMC4444444 (\u201CVitamin D supplementation and blood pressure in ' +
          'older\u2026\u201D) is a randomised controlled trial'
      ]
    ])
  })

  it('finds an animal record stated as an effect in people', async () => {
    const doc =
      'A 2019 study found that resveratrol extends lifespan and protects the heart ' +
      '([source](https://pubmed.ncbi.nlm.nih.gov/22222222/)).\n'
    const messages = await run(doc)
    expect(messages.map((m) => [where(m), m.reason])).toEqual([
      [
        '1:1-1:13',
        '\u201CA 2019 study\u201D links to the record of PMID 22222222 (\u201CResveratrol ' +
          'improves survival of mice on a high-calorie\u2026\u201D), a study in mice (MeSH: ' +
          'Animals, Mice), but the sentence states \u201Cextends\u201D as an effect in ' +
          'people'
      ]
    ])
    expect(messages[0].ruleId).toBe('mismatched-attribution')
    expect(messages[0].fatal).toBe(false)
    // Kept to mice, the same link is fine.
    expect(
      await findings(
        'A 2019 study found that resveratrol extends lifespan in mice ' +
          '([source](https://pubmed.ncbi.nlm.nih.gov/22222222/)).\n'
      )
    ).toEqual([])
  })

  it('finds a link to a study of another topic, and not one that shares the topic', async () => {
    const doc =
      'A 2020 study found that vitamin D supplements lower blood pressure in older ' +
      'adults ([link](https://pubmed.ncbi.nlm.nih.gov/33333333/)).\n'
    expect(await findings(doc)).toEqual([
      [
        '1:1-1:13',
        'A 2020 study',
        '\u201CA 2020 study\u201D links to the record of PMID 33333333 (\u201CTooth wear ' +
          'in adolescent soccer players: a cross-sectional\u2026\u201D), whose title and ' +
          'MeSH terms share no word with the sentence (\u201Cvitamin\u201D, ' +
          '\u201Csupplement\u201D, \u201Clower\u201D, \u201Cblood\u201D)'
      ]
    ])
    expect(
      await findings(
        'A 2020 study found that soccer wears down teeth in adolescents ' +
          '([link](https://pubmed.ncbi.nlm.nih.gov/33333333/)).\n'
      )
    ).toEqual([])
  })

  it('finds one identifier described two ways when its record cannot settle it', async () => {
    const doc = [
      'A 2018 cohort study found that coffee drinkers lived longer ([study](https://doi.org/10.9999/unknown.1)).',
      '',
      'A 2015 randomised controlled trial found that coffee drinkers lived longer ' +
        '([study](https://doi.org/10.9999/unknown.1)).',
      ''
    ].join('\n')
    const found = await findings(doc)
    expect(found).toEqual([
      [
        '3:1-3:35',
        'A 2015 randomised controlled trial',
        '\u201CA 2015 randomised controlled trial\u201D links to doi:10.9999/unknown.1, ' +
          'which line 1 describes differently (\u201CA 2018 cohort study\u201D): a ' +
          'randomised controlled trial here, a cohort study at line 1; 2015 here, 2018 at ' +
          'line 1'
      ]
    ])
  })
})

describe('resolution is opt-in and never fails the run', () => {
  it('with resolve off, nothing is requested and nothing changes', async () => {
    const doc =
      'A 2016 randomised controlled trial in the American Journal of Medicine found ' +
      'that omega-3 supplements eased depression ' +
      '([study](https://doi.org/10.1016/j.amjmed.2006.01.001)).\n'
    const processor = createProcessor({
      'mismatched-attribution': [1, {crossrefUrl: stub.crossrefUrl, eutilsUrl: stub.eutilsUrl, cacheDir}]
    })
    const file = await processor.process(new VFile({path: 'post.md', value: doc}))
    expect(file.messages.filter((m) => m.ruleId === 'mismatched-attribution')).toEqual([])
    expect(stub.requests).toHaveLength(0)
    expect(fs.readdirSync(cacheDir)).toEqual([])
    // The rule alone stays synchronous without resolve: runSync works and finds the same.
    const retext = unified().use(retextEnglish).use(mismatchedAttribution, [1, {cacheDir}])
    const text = new VFile(
      'A 2016 randomised controlled trial found that omega-3 eased depression ' +
        '[1].\n\nReferences\n\n1. Okafor M. Omega-3 and depression: a meta-analysis. J ' +
        'Affect Disord. 2006.\n'
    )
    retext.runSync(retext.parse(text), text)
    expect(text.messages.map((m) => m.ruleId)).toEqual(['mismatched-attribution'])
    expect(stub.requests).toHaveLength(0)
  })

  it('an unresolvable link is no finding; with verbose, an info message says why', async () => {
    stub.override = () => ({status: 503, body: 'down'})
    const doc =
      'A 2016 randomised controlled trial found that omega-3 supplements eased ' +
      'depression ([study](https://doi.org/10.1016/j.amjmed.2006.01.001)).\n'
    expect(await findings(doc)).toEqual([])
    const messages = await run(doc, {verbose: true})
    expect(messages.map((m) => [m.reason, m.fatal, m.ruleId])).toEqual([
      [
        'Could not check attributions against doi:10.1016/j.amjmed.2006.01.001: server-error (HTTP 503)',
        undefined,
        'mismatched-attribution'
      ]
    ])
    // An info message suggests nothing: `expected` is set, and empty.
    expect(messages.map((m) => m.expected)).toEqual([[]])
  })

  it('offline with an empty cache makes no request and finds nothing', async () => {
    const doc =
      'A 2016 randomised controlled trial found that omega-3 supplements eased ' +
      'depression ([study](https://doi.org/10.1016/j.amjmed.2006.01.001)).\n'
    expect(await findings(doc, {offline: true})).toEqual([])
    expect(stub.requests).toHaveLength(0)
  })

  it('rejects bad resolution options with a clear error', () => {
    expect(() => createProcessor({'mismatched-attribution': [1, {resolve: 'yes'} as never]}).freeze()).toThrow(
      'option `resolve` must be a boolean'
    )
    expect(() => createProcessor({'mismatched-attribution': [1, {crossrefUrl: 'ftp://x'}]}).freeze()).toThrow(
      'option `crossrefUrl` must be an http(s) address'
    )
    expect(() => createProcessor({'mismatched-attribution': [1, {timeout: -1}]}).freeze()).toThrow(
      'option `timeout` must be a positive number'
    )
  })
})
