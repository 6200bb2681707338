/**
 * mismatched-attribution's options: their types (exported for users) and their declared
 * spec, checked by `validateOptions` (rules/options.ts) in the rule and in the preset.
 */
import type {RuleOptionsSpec} from '../options.js'

/** Options of `mismatched-attribution`. */
export interface MismatchedAttributionOptions {
  /**
   * Paths of CSL-JSON or BibTeX files whose entries are used alongside the document's own
   * reference list (relative paths resolve against the current working directory).
   */
  bibliography?: string | string[] | undefined
  /** Flag named attributions when the document has no reference list at all (default: false). */
  requireReferences?: boolean | undefined
  /**
   * Look up the DOIs, PMIDs and PMCIDs that sentences with an attribution link to (Crossref,
   * NCBI E-utilities) and check the attribution against their records (default: false). Only
   * those identifiers leave the machine, and only with this option.
   */
  resolve?: boolean | undefined
  /** Crossref REST API base (default `https://api.crossref.org`, or `EVIDENCE_CROSSREF_URL`). */
  crossrefUrl?: string | undefined
  /** E-utilities base (default `https://eutils.ncbi.nlm.nih.gov/entrez/eutils`, or `EVIDENCE_EUTILS_URL`). */
  eutilsUrl?: string | undefined
  /** PMC ID converter (default: `<eutilsUrl>/idconv` when `eutilsUrl` is set, else NCBI's; or
   * `EVIDENCE_IDCONV_URL`). */
  idconvUrl?: string | undefined
  /** Cache folder (default `$XDG_CACHE_HOME/retext-evidence` or the platform's cache folder). */
  cacheDir?: string | undefined
  /** Use cached records only, never the network (default: false). */
  offline?: boolean | undefined
  /** Age limit of cached records in days (default 30). */
  maxAgeDays?: number | undefined
  /** Contact address sent to Crossref (`mailto`) and NCBI (`email`), as both ask. */
  mailto?: string | undefined
  /** Time-out of one request in milliseconds (default 10000). */
  timeout?: number | undefined
  /** Add an info message for each identifier that could not be resolved (default: false). */
  verbose?: boolean | undefined
}

/** Resolution settings a face (CLI, language server, hook) puts on `file.data.evidenceResolve`;
 * the rule's own options win over them, except `offline`, which either side can turn on. */
export interface ResolveDefaults {
  resolve?: boolean | undefined
  offline?: boolean | undefined
  cacheDir?: string | undefined
  verbose?: boolean | undefined
  crossrefUrl?: string | undefined
  eutilsUrl?: string | undefined
  idconvUrl?: string | undefined
  mailto?: string | undefined
  timeout?: number | undefined
  /** Environment to read `EVIDENCE_CROSSREF_URL` and the others from (default `process.env`). */
  env?: Record<string, string | undefined>
  /**
   * Report at once from cached records, and look up the others in the background (the
   * language server): when they arrive, `onRecords` is called with the file's path, and the
   * next lint of the file reads them from the cache.
   */
  background?: boolean | undefined
  onRecords?: ((path: string) => void) | undefined
  /** Longest wait for records, in milliseconds (the publish hook's time budget): past it the
   * lint goes on without the records still missing (they keep arriving into the cache). */
  budget?: number | undefined
}

/** The declared options of mismatched-attribution, with their defaults. */
export const mismatchedAttributionOptions: RuleOptionsSpec<MismatchedAttributionOptions> = {
  rule: 'mismatched-attribution',
  schema: {
    bibliography: {
      kind: 'paths',
      description: 'CSL-JSON or BibTeX files whose entries count beside the reference list'
    },
    requireReferences: {
      kind: 'boolean',
      description: 'flag named attributions when the document has no reference list'
    },
    resolve: {
      kind: 'boolean',
      description: 'check attributions against the records of the DOIs, PMIDs and PMCIDs their sentence links to'
    },
    crossrefUrl: {kind: 'http-url', description: 'Crossref REST API base'},
    eutilsUrl: {kind: 'http-url', description: 'NCBI E-utilities base'},
    idconvUrl: {kind: 'http-url', description: 'PMC ID converter'},
    cacheDir: {kind: 'string', description: 'cache folder of looked-up records'},
    offline: {kind: 'boolean', description: 'use cached records only'},
    maxAgeDays: {kind: 'positive-number', description: 'age limit of cached records, in days'},
    mailto: {kind: 'string', description: 'contact address sent to Crossref and NCBI'},
    timeout: {kind: 'positive-number', description: 'time-out of one request, in milliseconds'},
    verbose: {kind: 'boolean', description: 'an info message for each identifier that could not be looked up'}
  },
  defaultOptions: {bibliography: [], requireReferences: false}
}
