/**
 * The resolver (src/records/) against a stub of Crossref and E-utilities on 127.0.0.1: records
 * from each service, batching, the polite parameters, 404, 429 with Retry-After, 5xx retries,
 * time-outs, malformed answers, the disk cache and its age limit, offline with an empty cache,
 * and the settings read from options and the environment. Never the network.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, it} from 'vitest'
import {
  Resolver,
  resolveSettings,
  defaultCacheDir,
  identifier,
  identifiersIn,
  retryAfter,
  RecordCache
} from '../src/records/index.js'
import type {Identifier} from '../src/records/types.js'
import {recordDesigns} from '../src/records/entry.js'
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
  cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-records-'))
  stub.requests.length = 0
  stub.override = undefined
})
afterEach(() => {
  fs.rmSync(cacheDir, {recursive: true, force: true})
})

function resolver(extra: Record<string, unknown> = {}): Resolver {
  return new Resolver({
    crossrefUrl: stub.crossrefUrl,
    eutilsUrl: stub.eutilsUrl,
    cacheDir,
    mailto: 'editor@example.org',
    timeout: 500,
    backoff: 10,
    env: {},
    ...extra
  })
}

const id = (kind: 'doi' | 'pmid' | 'pmcid', value: string): Identifier => identifier(kind, value) as Identifier

describe('identifiers', () => {
  it('normalises DOIs, PMIDs and PMCIDs and reads them from links', () => {
    expect(identifier('doi', '10.3390/NU9050429')).toEqual({
      kind: 'doi',
      value: '10.3390/NU9050429',
      key: 'doi:10.3390/nu9050429'
    })
    expect(identifier('pmid', '028445426')).toEqual({kind: 'pmid', value: '28445426', key: 'pmid:28445426'})
    expect(identifier('pmcid', 'pmc5452159')?.key).toBe('pmcid:PMC5452159')
    expect(identifier('pmid', 'abc')).toBeUndefined()
    expect(identifier('doi', 'nu9050429')).toBeUndefined()
    expect(identifiersIn('https://pubmed.ncbi.nlm.nih.gov/28445426/').map((i) => i.key)).toEqual(['pmid:28445426'])
    expect(identifiersIn('https://doi.org/10.3390/nu9050429').map((i) => i.key)).toEqual(['doi:10.3390/nu9050429'])
    expect(identifiersIn('https://www.ncbi.nlm.nih.gov/pmc/articles/PMC4444444/').map((i) => i.key)).toEqual([
      'pmcid:PMC4444444'
    ])
    expect(identifiersIn('https://example.org/blog')).toEqual([])
  })
})

describe('records from the services', () => {
  it('resolves a DOI through Crossref with mailto', async () => {
    const results = await resolver().resolve([id('doi', '10.1016/j.amjmed.2006.01.001')])
    const result = results.get('doi:10.1016/j.amjmed.2006.01.001')
    expect(result?.record).toMatchObject({
      title: 'Omega-3 fatty acids and depressive symptoms: a meta-analysis',
      journals: ['Journal of Affective Disorders', 'J Affect Disord'],
      year: 2006,
      authors: ['Okafor', 'Berg'],
      source: 'crossref',
      population: 'unknown'
    })
    expect(stub.requests).toHaveLength(1)
    expect(stub.requests[0].path).toBe('/crossref/works/10.1016%2Fj.amjmed.2006.01.001')
    expect(stub.requests[0].query.get('mailto')).toBe('editor@example.org')
  })

  it('resolves PMIDs in one esummary and one efetch request, with tool and email', async () => {
    const results = await resolver().resolve([id('pmid', '28445426'), id('pmid', '22222222')])
    expect(results.get('pmid:28445426')?.record).toMatchObject({
      title: 'The Effects of Magnesium Supplementation on Subjective Anxiety and Stress-A Systematic Review.',
      journals: ['Nutrients'],
      year: 2017,
      authors: ['Boyle', 'Lawton'],
      publicationTypes: ['Journal Article', 'Review', 'Systematic Review'],
      mesh: ['Anxiety', 'Dietary Supplements', 'Humans', 'Magnesium', 'Stress, Psychological'],
      population: 'humans',
      doi: '10.3390/nu9050429',
      pmcid: 'PMC5452159'
    })
    expect(results.get('pmid:22222222')?.record).toMatchObject({
      population: 'animals',
      mesh: ['Animals', 'Diet', 'Mice', 'Resveratrol', 'Longevity']
    })
    expect(stub.requests.map((r) => r.path).sort()).toEqual(['/eutils/efetch.fcgi', '/eutils/esummary.fcgi'])
    for (const request of stub.requests) {
      expect(request.query.get('id')).toBe('28445426,22222222')
      expect(request.query.get('tool')).toBe('retext-evidence')
      expect(request.query.get('email')).toBe('editor@example.org')
      expect(request.query.get('db')).toBe('pubmed')
    }
  })

  it('resolves a PMCID through the ID converter, then as its PMID', async () => {
    const results = await resolver().resolve([id('pmcid', 'PMC4444444')])
    expect(results.get('pmcid:PMC4444444')?.record).toMatchObject({
      id: 'pmcid:PMC4444444',
      pmid: '44444444',
      pmcid: 'PMC4444444',
      publicationTypes: ['Journal Article', 'Randomized Controlled Trial'],
      journals: ['Lancet (London, England)', 'Lancet']
    })
    expect(stub.requests[0].path).toBe('/eutils/idconv/')
    expect(
      stub.requests
        .slice(1)
        .map((r) => r.path)
        .sort()
    ).toEqual(['/eutils/efetch.fcgi', '/eutils/esummary.fcgi'])
    expect(stub.requests[1].query.get('id')).toBe('44444444')
    expect(stub.requests[0].query.get('ids')).toBe('PMC4444444')
    expect(stub.requests).toHaveLength(3)
  })

  it('maps publication types and MeSH to designs', async () => {
    const results = await resolver().resolve([id('pmid', '28445426'), id('pmid', '22222222'), id('pmid', '44444444')])
    expect(recordDesigns(results.get('pmid:28445426')!.record!)).toEqual(['systematic-review', 'review'])
    expect(recordDesigns(results.get('pmid:22222222')!.record!)).toEqual(['animal'])
    expect(recordDesigns(results.get('pmid:44444444')!.record!)).toEqual(['randomised-controlled-trial'])
  })
})

describe('failures are outcomes, never exceptions', () => {
  it('404 from Crossref and unknown ids from NCBI are not-found, and cached as such', async () => {
    const results = await resolver().resolve([
      id('doi', '10.9999/missing'),
      id('pmid', '99999999'),
      id('pmcid', 'PMC9999999')
    ])
    expect(results.get('doi:10.9999/missing')).toEqual({failure: 'not-found', detail: 'HTTP 404'})
    expect(results.get('pmid:99999999')).toEqual({failure: 'not-found', detail: 'PubMed has no record 99999999'})
    expect(results.get('pmcid:PMC9999999')).toEqual({
      failure: 'not-found',
      detail: 'the PMC ID converter knows no PMC9999999'
    })
    stub.requests.length = 0
    const again = await resolver().resolve([id('doi', '10.9999/missing')])
    expect(again.get('doi:10.9999/missing')).toEqual({failure: 'not-found', detail: 'not found (cached)'})
    expect(stub.requests).toHaveLength(0)
  })

  it('429 with Retry-After waits that long, then retries', async () => {
    let calls = 0
    stub.override = (r) =>
      r.path.startsWith('/crossref/') && calls++ === 0
        ? {status: 429, headers: {'retry-after': '1'}, body: 'slow down'}
        : undefined
    const started = Date.now()
    const results = await resolver().resolve([id('doi', '10.3390/nu9050429')])
    expect(results.get('doi:10.3390/nu9050429')?.record?.year).toBe(2017)
    expect(stub.requests).toHaveLength(2)
    expect(stub.requests[1].at - stub.requests[0].at).toBeGreaterThanOrEqual(950)
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
  })

  it('429 asking for a longer wait than allowed gives up at once', async () => {
    stub.override = () => ({status: 429, headers: {'retry-after': '3600'}, body: ''})
    const results = await resolver().resolve([id('doi', '10.3390/nu9050429')])
    expect(results.get('doi:10.3390/nu9050429')).toEqual({
      failure: 'rate-limited',
      detail: 'HTTP 429, Retry-After 3600 s is longer than 10 s'
    })
    expect(stub.requests).toHaveLength(1)
  })

  it('5xx is retried with back-off, then reported', async () => {
    stub.override = () => ({status: 503, body: 'down'})
    const results = await resolver({retries: 2}).resolve([id('doi', '10.3390/nu9050429')])
    expect(results.get('doi:10.3390/nu9050429')).toEqual({failure: 'server-error', detail: 'HTTP 503'})
    expect(stub.requests).toHaveLength(3)
    // Nothing is cached for a failure: the next run asks again.
    stub.override = undefined
    expect(
      (await resolver().resolve([id('doi', '10.3390/nu9050429')])).get('doi:10.3390/nu9050429')?.record?.title
    ).toContain('Magnesium')
  })

  it('a service that never answers times out', async () => {
    stub.override = () => 'hang'
    const started = Date.now()
    const results = await resolver({timeout: 200, retries: 1}).resolve([id('pmid', '28445426')])
    expect(results.get('pmid:28445426')).toEqual({failure: 'timeout', detail: 'no answer within 200 ms'})
    expect(Date.now() - started).toBeLessThan(3000)
  })

  it('malformed answers are reported as malformed', async () => {
    stub.override = (r) =>
      r.path.startsWith('/crossref/')
        ? {status: 200, body: '<html>oops'}
        : r.path.endsWith('esummary.fcgi')
          ? {status: 200, body: '{"header": {}}'}
          : r.path.endsWith('efetch.fcgi')
            ? {status: 200, body: 'not xml'}
            : undefined
    const results = await resolver().resolve([id('doi', '10.3390/nu9050429'), id('pmid', '28445426')])
    expect(results.get('doi:10.3390/nu9050429')).toEqual({failure: 'malformed', detail: 'the answer is not JSON'})
    expect(results.get('pmid:28445426')).toEqual({
      failure: 'malformed',
      detail: 'the esummary answer has no `result` object'
    })
  })

  it('a malformed efetch keeps the summary (no MeSH, population unknown)', async () => {
    stub.override = (r) => (r.path.endsWith('efetch.fcgi') ? {status: 200, body: 'not xml'} : undefined)
    const record = (await resolver().resolve([id('pmid', '22222222')])).get('pmid:22222222')?.record
    expect(record).toMatchObject({
      title: 'Resveratrol improves survival of mice on a high-calorie diet.',
      mesh: [],
      population: 'unknown'
    })
  })

  it('an address nobody listens on is a network failure', async () => {
    const results = await new Resolver({crossrefUrl: 'http://127.0.0.1:9', cacheDir, retries: 0, env: {}}).resolve([
      id('doi', '10.3390/nu9050429')
    ])
    expect(results.get('doi:10.3390/nu9050429')?.record).toBeUndefined()
    expect((results.get('doi:10.3390/nu9050429') as {failure: string}).failure).toBe('network')
  })
})

describe('the cache', () => {
  it('answers from disk on the second run, without a request', async () => {
    await resolver().resolve([id('pmid', '28445426')])
    expect(stub.requests).toHaveLength(2)
    stub.requests.length = 0
    const again = await resolver().resolve([id('pmid', '28445426')])
    expect(again.get('pmid:28445426')).toMatchObject({cached: true, record: {year: 2017}})
    expect(stub.requests).toHaveLength(0)
    expect(fs.readdirSync(path.join(cacheDir, 'records'))).toHaveLength(1)
  })

  it('ignores entries past the age limit', async () => {
    const cache = new RecordCache(cacheDir, 1000)
    await cache.set(
      'pmid:28445426',
      {
        record: {
          id: 'pmid:28445426',
          journals: ['Old'],
          authors: [],
          publicationTypes: [],
          mesh: [],
          population: 'unknown',
          source: 'pubmed'
        }
      },
      Date.now() - 5000
    )
    expect(await cache.get('pmid:28445426')).toBeUndefined()
    const results = await resolver({maxAge: 1000}).resolve([id('pmid', '28445426')])
    expect(results.get('pmid:28445426')).toMatchObject({cached: false, record: {journals: ['Nutrients']}})
    expect(stub.requests.length).toBeGreaterThan(0)
  })

  it('offline with an empty cache makes no request and resolves nothing', async () => {
    const results = await resolver({offline: true}).resolve([id('doi', '10.3390/nu9050429'), id('pmid', '28445426')])
    expect(results.get('doi:10.3390/nu9050429')).toEqual({failure: 'offline', detail: 'not in the cache (offline)'})
    expect(results.get('pmid:28445426')).toEqual({failure: 'offline', detail: 'not in the cache (offline)'})
    expect(stub.requests).toHaveLength(0)
  })

  it('offline uses what is cached', async () => {
    await resolver().resolve([id('doi', '10.3390/nu9050429')])
    stub.requests.length = 0
    const results = await resolver({offline: true}).resolve([id('doi', '10.3390/nu9050429')])
    expect(results.get('doi:10.3390/nu9050429')?.record?.journals).toEqual(['Nutrients'])
    expect(stub.requests).toHaveLength(0)
  })

  it('a corrupt cache file is no cache', async () => {
    const cache = new RecordCache(cacheDir)
    fs.mkdirSync(path.dirname(cache.fileOf('doi:10.3390/nu9050429')), {recursive: true})
    fs.writeFileSync(cache.fileOf('doi:10.3390/nu9050429'), '{not json')
    const results = await resolver().resolve([id('doi', '10.3390/nu9050429')])
    expect(results.get('doi:10.3390/nu9050429')?.record?.year).toBe(2017)
  })
})

describe('settings', () => {
  it('reads base addresses from the environment, options first', () => {
    const env = {
      EVIDENCE_CROSSREF_URL: 'http://127.0.0.1:1/cr/',
      EVIDENCE_EUTILS_URL: 'http://127.0.0.1:1/eu',
      XDG_CACHE_HOME: '/tmp/xdg'
    }
    expect(resolveSettings({env})).toMatchObject({
      crossrefUrl: 'http://127.0.0.1:1/cr',
      eutilsUrl: 'http://127.0.0.1:1/eu',
      idconvUrl: 'http://127.0.0.1:1/eu/idconv',
      cacheDir: '/tmp/xdg/retext-evidence',
      offline: false
    })
    expect(resolveSettings({env, crossrefUrl: 'http://127.0.0.1:2'}).crossrefUrl).toBe('http://127.0.0.1:2')
    expect(resolveSettings({env: {}})).toMatchObject({
      crossrefUrl: 'https://api.crossref.org',
      eutilsUrl: 'https://eutils.ncbi.nlm.nih.gov/entrez/eutils',
      idconvUrl: 'https://pmc.ncbi.nlm.nih.gov/tools/idconv/api/v1/articles'
    })
  })

  it('puts the cache in the platform cache folder', () => {
    expect(defaultCacheDir({XDG_CACHE_HOME: '/x'}, 'linux')).toBe('/x/retext-evidence')
    expect(defaultCacheDir({HOME: '/home/u'}, 'linux')).toBe('/home/u/.cache/retext-evidence')
    expect(defaultCacheDir({HOME: '/Users/u'}, 'darwin')).toBe('/Users/u/Library/Caches/retext-evidence')
  })

  it('reads Retry-After as seconds or a date', () => {
    expect(retryAfter('2')).toBe(2000)
    expect(retryAfter(new Date(Date.now() + 5000).toUTCString(), Date.now())).toBeGreaterThan(3000)
    expect(retryAfter('soon')).toBeUndefined()
    expect(retryAfter(null)).toBeUndefined()
  })

  it('paces E-utilities at 3 requests a second', async () => {
    const ids = ['28445426', '22222222', '33333333']
    for (const pmid of ids) await resolver().resolve([id('pmid', pmid)])
    const times = stub.requests.map((r) => r.at).sort((a, b) => a - b)
    expect(times).toHaveLength(6)
    // Six requests at 3 a second take at least 5 intervals of 334 ms.
    expect(times[5] - times[0]).toBeGreaterThanOrEqual(5 * 334 - 20)
  })
})
