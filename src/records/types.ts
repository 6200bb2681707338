/**
 * What the resolver gives back for a DOI, PMID or PMCID: the record of the work it points to,
 * as Crossref and PubMed describe it.
 */

/** The kind of an identifier. */
export type IdentifierKind = 'doi' | 'pmid' | 'pmcid'

/** A DOI, PMID or PMCID, normalised (`doi:10.1000/xyz` keys are lower case). */
export interface Identifier {
  kind: IdentifierKind
  /** The identifier as the services take it (`10.1000/xyz`, `12345678`, `PMC1234567`). */
  value: string
  /** `doi:10.1000/xyz`, `pmid:12345678`, `pmcid:PMC1234567`: the cache key. */
  key: string
}

/** Who the subjects of a study were, from MeSH (`Humans`, `Animals`, `Mice`, `Rats`, ...). */
export type Subjects = 'humans' | 'animals' | 'both' | 'in-vitro' | 'unknown'

/** The record of a work. */
export interface StudyRecord {
  /** The identifier it was resolved from (its key). */
  id: string
  doi?: string | undefined
  pmid?: string | undefined
  pmcid?: string | undefined
  title?: string | undefined
  /** Journal names: full name first, then abbreviations (`The American journal of medicine`, `Am J Med`). */
  journals: string[]
  year?: number | undefined
  /** Family names (or a group's name), in order. */
  authors: string[]
  /** Publication types as PubMed names them (`Meta-Analysis`, `Randomized Controlled Trial`, ...). */
  publicationTypes: string[]
  /** MeSH descriptor names (`Humans`, `Anxiety`, `Magnesium`, ...). */
  mesh: string[]
  /** Crossref subject areas, if any. */
  subjects?: string[] | undefined
  /** Humans or animals, from MeSH (`unknown` without MeSH). */
  population: Subjects
  /** Where the record came from. */
  source: 'crossref' | 'pubmed'
}

/** Why an identifier has no record. */
export type Failure = 'not-found' | 'offline' | 'timeout' | 'rate-limited' | 'server-error' | 'malformed' | 'network'

/** The outcome of resolving one identifier. */
export type Resolution = {record: StudyRecord; cached: boolean} | {record?: undefined; failure: Failure; detail: string}

/** Options of the resolver (all optional). */
export interface ResolveOptions {
  /** Crossref REST API base (default `https://api.crossref.org`, or `EVIDENCE_CROSSREF_URL`). */
  crossrefUrl?: string | undefined
  /** NCBI E-utilities base (default `https://eutils.ncbi.nlm.nih.gov/entrez/eutils`, or `EVIDENCE_EUTILS_URL`). */
  eutilsUrl?: string | undefined
  /** NCBI PMC ID converter (default: `idconv` under `eutilsUrl` when that is set, else NCBI's
   * `https://pmc.ncbi.nlm.nih.gov/tools/idconv/api/v1/articles`; or `EVIDENCE_IDCONV_URL`). */
  idconvUrl?: string | undefined
  /** Cache folder (default `$XDG_CACHE_HOME/retext-evidence`, or the platform's cache folder). */
  cacheDir?: string | undefined
  /** Use the cache only; never the network. */
  offline?: boolean | undefined
  /** Age limit of cached records, in milliseconds (default 30 days). */
  maxAge?: number | undefined
  /** Contact address sent as `mailto` (Crossref) and `email` (NCBI), as both services ask. */
  mailto?: string | undefined
  /** NCBI API key (raises E-utilities' limit from 3 to 10 requests a second). */
  apiKey?: string | undefined
  /** Time-out of one request, in milliseconds (default 10000). */
  timeout?: number | undefined
  /** Retries of a request answered 429 or 5xx, or timed out (default 2). */
  retries?: number | undefined
  /** Base delay of the back-off between retries, in milliseconds (default 500). */
  backoff?: number | undefined
  /** Longest wait a `Retry-After` may ask for before giving up, in milliseconds (default 10000). */
  maxRetryAfter?: number | undefined
  /** Environment variables to read the base addresses from (default `process.env`). */
  env?: Record<string, string | undefined> | undefined
}
