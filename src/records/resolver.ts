/**
 * The resolver: identifiers in, records out. DOIs through Crossref (`/works/{doi}`), PMIDs
 * through E-utilities (`esummary` for the summary, `efetch` for publication types and MeSH, up
 * to 200 a request), PMCIDs through the PMC ID converter and then as their PMID (or DOI).
 *
 * Polite and bounded: `mailto`/`email` and `tool` on every request, at most 3 requests a second
 * to NCBI (10 with an API key) and 10 to Crossref, time-outs, retries with back-off on 429 and
 * 5xx (`Retry-After` honoured). Every record is cached on disk; `offline` reads the cache only.
 * A failure is an outcome (`{failure, detail}`), never an exception.
 */
import {parseCrossrefWork} from './crossref.js'
import {parseArticles, parseConversions, parseSummaries, pubmedRecord, type Conversion} from './eutils.js'
import {defaultCacheDir, defaultMaxAge, RecordCache} from './cache.js'
import {get, type GetOptions, type GetResult} from './http.js'
import {identifier} from './identifiers.js'
import {RateLimit} from './rate-limit.js'
import type {Identifier, Resolution, ResolveOptions, StudyRecord} from './types.js'

export const defaultCrossrefUrl = 'https://api.crossref.org'
export const defaultEutilsUrl = 'https://eutils.ncbi.nlm.nih.gov/entrez/eutils'
export const defaultIdconvUrl = 'https://pmc.ncbi.nlm.nih.gov/tools/idconv/api/v1/articles'
const tool = 'retext-evidence'
const batchSize = 200

/** Request pacing is shared by every resolver of the process, per service address. */
const limits = new Map<string, RateLimit>()

function limitFor(base: string, perSecond: number): RateLimit {
  const key = base + '\u0000' + perSecond
  let limit = limits.get(key)
  if (!limit) {
    limit = new RateLimit(perSecond)
    limits.set(key, limit)
  }
  return limit
}

/** The settings a resolver runs with, defaults and environment applied. */
export interface ResolvedSettings {
  crossrefUrl: string
  eutilsUrl: string
  idconvUrl: string
  cacheDir: string
  offline: boolean
  maxAge: number
  mailto?: string | undefined
  apiKey?: string | undefined
  timeout: number
  retries: number
  backoff: number
  maxRetryAfter: number
}

function trimSlash(url: string): string {
  let end = url.length
  while (end > 0 && url[end - 1] === '/') end--
  return url.slice(0, end)
}

export function resolveSettings(options: ResolveOptions = {}): ResolvedSettings {
  const env = options.env ?? process.env
  const eutilsGiven = options.eutilsUrl ?? env.EVIDENCE_EUTILS_URL
  const eutilsUrl = trimSlash(eutilsGiven || defaultEutilsUrl)
  return {
    crossrefUrl: trimSlash(options.crossrefUrl ?? (env.EVIDENCE_CROSSREF_URL || defaultCrossrefUrl)),
    eutilsUrl,
    idconvUrl: trimSlash(
      options.idconvUrl ?? (env.EVIDENCE_IDCONV_URL || (eutilsGiven ? eutilsUrl + '/idconv' : defaultIdconvUrl))
    ),
    cacheDir: options.cacheDir ?? defaultCacheDir(env),
    offline: options.offline === true,
    maxAge: options.maxAge ?? defaultMaxAge,
    mailto: options.mailto ?? (env.EVIDENCE_MAILTO || undefined),
    apiKey: options.apiKey ?? (env.NCBI_API_KEY || undefined),
    timeout: options.timeout ?? 10_000,
    retries: options.retries ?? 2,
    backoff: options.backoff ?? 500,
    maxRetryAfter: options.maxRetryAfter ?? 10_000
  }
}

export class Resolver {
  readonly settings: ResolvedSettings
  readonly cache: RecordCache

  constructor(options: ResolveOptions = {}) {
    this.settings = resolveSettings(options)
    this.cache = new RecordCache(this.settings.cacheDir, this.settings.maxAge)
  }

  private requestOptions(base: string, perSecond: number, accept: string): GetOptions {
    const s = this.settings
    return {
      limit: limitFor(base, perSecond),
      timeout: s.timeout,
      retries: s.retries,
      backoff: s.backoff,
      maxRetryAfter: s.maxRetryAfter,
      accept
    }
  }

  private ncbi(accept: string): GetOptions {
    return this.requestOptions(new URL(this.settings.eutilsUrl).host, this.settings.apiKey ? 10 : 3, accept)
  }

  private ncbiQuery(): string {
    let query = 'tool=' + tool
    if (this.settings.mailto) query += '&email=' + encodeURIComponent(this.settings.mailto)
    if (this.settings.apiKey) query += '&api_key=' + encodeURIComponent(this.settings.apiKey)
    return query
  }

  /** Resolve identifiers (duplicates once); the map is keyed by `Identifier.key`. */
  async resolve(ids: readonly Identifier[]): Promise<Map<string, Resolution>> {
    const out = new Map<string, Resolution>()
    const todo = new Map<string, Identifier>()
    for (const id of ids) {
      if (out.has(id.key) || todo.has(id.key)) continue
      const cached = await this.cache.get(id.key)
      if (cached?.record) out.set(id.key, {record: cached.record, cached: true})
      else if (cached?.notFound) out.set(id.key, {failure: 'not-found', detail: 'not found (cached)'})
      else if (this.settings.offline) out.set(id.key, {failure: 'offline', detail: 'not in the cache (offline)'})
      else todo.set(id.key, id)
    }
    const pending = [...todo.values()]
    const pmcids = pending.filter((i) => i.kind === 'pmcid')
    const pmids = pending.filter((i) => i.kind === 'pmid')
    const dois = pending.filter((i) => i.kind === 'doi')
    await Promise.all([
      this.resolvePmcids(pmcids, out),
      this.resolvePmids(pmids, out),
      ...dois.map((d) => this.resolveDoi(d, out))
    ])
    for (const id of pending) {
      const result = out.get(id.key)
      if (result?.record) await this.cache.set(id.key, {record: result.record})
      else if (result && result.failure === 'not-found') await this.cache.set(id.key, {notFound: true})
    }
    return out
  }

  private async resolveDoi(id: Identifier, out: Map<string, Resolution>): Promise<void> {
    let url = this.settings.crossrefUrl + '/works/' + encodeURIComponent(id.value)
    url += '?' + (this.settings.mailto ? 'mailto=' + encodeURIComponent(this.settings.mailto) : 'tool=' + tool)
    const answer = await get(url, this.requestOptions(new URL(this.settings.crossrefUrl).host, 10, 'application/json'))
    if (!answer.ok) {
      out.set(id.key, failed(answer))
      return
    }
    const record = parseCrossrefWork(answer.body, id.key)
    out.set(id.key, record instanceof Error ? {failure: 'malformed', detail: record.message} : {record, cached: false})
  }

  private async resolvePmids(
    ids: readonly Identifier[],
    out: Map<string, Resolution>,
    as?: Map<string, string>
  ): Promise<void> {
    for (let at = 0; at < ids.length; at += batchSize) {
      const batch = ids.slice(at, at + batchSize)
      const list = batch.map((i) => i.value).join(',')
      const base = this.settings.eutilsUrl
      const [summaryAnswer, fetchAnswer] = await Promise.all([
        get(
          `${base}/esummary.fcgi?db=pubmed&retmode=json&id=${list}&${this.ncbiQuery()}`,
          this.ncbi('application/json')
        ),
        get(`${base}/efetch.fcgi?db=pubmed&retmode=xml&id=${list}&${this.ncbiQuery()}`, this.ncbi('application/xml'))
      ])
      if (!summaryAnswer.ok) {
        for (const id of batch) out.set(as?.get(id.key) ?? id.key, failed(summaryAnswer))
        continue
      }
      const summaries = parseSummaries(summaryAnswer.body)
      if (summaries instanceof Error) {
        for (const id of batch) out.set(as?.get(id.key) ?? id.key, {failure: 'malformed', detail: summaries.message})
        continue
      }
      // Without efetch the record has no MeSH: its population is unknown, nothing else is lost.
      const articles = fetchAnswer.ok ? parseArticles(fetchAnswer.body) : undefined
      for (const id of batch) {
        const key = as?.get(id.key) ?? id.key
        const summary = summaries.get(id.value)
        if (!summary) out.set(key, {failure: 'not-found', detail: 'PubMed has no record ' + id.value})
        else
          out.set(key, {
            record: pubmedRecord(key, summary, articles instanceof Map ? articles.get(id.value) : undefined),
            cached: false
          })
      }
    }
  }

  private async resolvePmcids(ids: readonly Identifier[], out: Map<string, Resolution>): Promise<void> {
    for (let at = 0; at < ids.length; at += batchSize) {
      const batch = ids.slice(at, at + batchSize)
      const answer = await get(
        `${this.settings.idconvUrl}/?ids=${batch.map((i) => i.value).join(',')}&format=json&${this.ncbiQuery()}`,
        this.ncbi('application/json')
      )
      if (!answer.ok) {
        for (const id of batch) out.set(id.key, failed(answer))
        continue
      }
      const conversions = parseConversions(answer.body)
      if (conversions instanceof Error) {
        for (const id of batch) out.set(id.key, {failure: 'malformed', detail: conversions.message})
        continue
      }
      const viaPmid: Identifier[] = []
      const as = new Map<string, string>()
      for (const id of batch) {
        const conversion: Conversion | undefined = conversions.get(id.value)
        const pmid = conversion?.pmid ? identifier('pmid', conversion.pmid) : undefined
        const doi = conversion?.doi ? identifier('doi', conversion.doi) : undefined
        if (pmid) {
          viaPmid.push(pmid)
          as.set(pmid.key, id.key)
        } else if (doi) await this.resolveDoi({...doi, key: id.key}, out)
        else out.set(id.key, {failure: 'not-found', detail: 'the PMC ID converter knows no ' + id.value})
      }
      await this.resolvePmids(viaPmid, out, as)
      for (const id of batch) {
        const result = out.get(id.key)
        if (result?.record) result.record.pmcid ??= id.value
      }
    }
  }
}

function failed(answer: GetResult & {ok: false}): Resolution {
  return {failure: answer.failure, detail: answer.detail}
}

export type {StudyRecord}
