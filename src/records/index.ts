/**
 * Records of the works a document links to (DOIs, PMIDs, PMCIDs), for mismatched-attribution's
 * checks against them. Opt-in: nothing here runs unless resolution is asked for.
 */
export {
  Resolver,
  resolveSettings,
  defaultCrossrefUrl,
  defaultEutilsUrl,
  defaultIdconvUrl,
  type ResolvedSettings
} from './resolver.js'
export {RecordCache, defaultCacheDir, defaultMaxAge} from './cache.js'
export {identifier, identifiersIn} from './identifiers.js'
export {retryAfter} from './http.js'
export type {Identifier, IdentifierKind, Resolution, ResolveOptions, StudyRecord, Subjects, Failure} from './types.js'
