/**
 * ## mismatched-attribution
 *
 * Flags an attribution to a study that does not hold together (see
 * `docs/rules/mismatched-attribution.md` and `docs/definitions.md`):
 *
 * 1. against the document's references: a journal, year or author named in the text that no
 *    entry states; an entry that contradicts the text on design, year, numbers, journal or
 *    authors; a numbered citation past the end of the list, a footnote with no definition;
 * 2. against the document itself: the same study described two ways;
 * 3. design against claim: causal wording attributed to an observational design, an animal or
 *    cell study stated as an effect in people.
 *
 * 4. with `resolve: true`, against the records of the works the sentence links to (DOIs through
 *    Crossref, PMIDs through PubMed, PMCIDs through the PMC ID converter): year, journal,
 *    design, authors; a study in animals or cells stated as an effect in people; a topic that
 *    shares nothing with the record; one identifier described two ways. The rule is then
 *    asynchronous; without `resolve` it stays synchronous and never touches the network.
 *
 * The message covers the attribution ("A 2017 study in Clinical Nutrition ESPEN") and names
 * the reference entry it is compared with (its number or first words, and its line).
 * Reference entries are never read as prose.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {lintRule} from 'unified-lint-rule'
import {getModel} from '../../src/model/index.js'
import {positionOf} from '../../src/model/position.js'
import type {DocumentModel, Sentence} from '../../src/model/types.js'
import {itemsFromTokens, readAttributions, sentenceWording} from '../../src/readers/attributions.js'
import type {Item} from '../../src/text/words.js'
import {leadingCitationsEnd} from '../../src/readers/citations.js'
import {checkAttributions, type Finding, type Placed} from './check.js'
import {readReferences, type ReferenceEntry, type ReferenceList} from '../../src/readers/references.js'
import {loadBibliography} from '../../src/readers/bibliography.js'
import {identifiersIn} from '../../src/records/identifiers.js'
import {Resolver} from '../../src/records/resolver.js'
import {readSafely, reportReaderError} from '../../src/readers/guard.js'
import type {Identifier, Resolution, ResolveOptions, StudyRecord} from '../../src/records/types.js'
import {validateOptions} from '../options.js'
import {lookupFailedReason, notes, recordUnavailableReason} from './messages.js'
import {mismatchedAttributionOptions, type MismatchedAttributionOptions, type ResolveDefaults} from './options.js'

export type {MismatchedAttributionOptions, ResolveDefaults} from './options.js'
export {mismatchedAttributionOptions} from './options.js'

/** The rule's settings: its options over the defaults (`bibliography` read as a list). */
type Settings = Omit<MismatchedAttributionOptions, 'bibliography'> & {
  bibliography: string[]
  requireReferences: boolean
}

/** Check the rule's options (also what the preset calls when it is attached). */
export function normaliseOptions(options: unknown): Settings {
  return validateOptions(mismatchedAttributionOptions, options) as Settings
}

export const mismatchedAttributionUrl =
  'https://github.com/retext-evidence/retext-evidence/blob/main/docs/rules/mismatched-attribution.md'

export const mismatchedAttribution = lintRule<Root, MismatchedAttributionOptions | null | undefined>(
  {origin: 'retext-evidence:mismatched-attribution', url: mismatchedAttributionUrl},
  function (tree: Root, file: VFile, options): Promise<void> | undefined {
    const settings = normaliseOptions(options)
    const extra = settings.bibliography.length > 0 ? bibliographyEntries(settings.bibliography, file) : []
    const model = getModel(tree, file)
    const lists: ReferenceList[] = readSafely(file, 'references', [], () =>
      readReferences(model.value, model.format, model.referenceSections, (error) =>
        reportReaderError(file, 'reference entry', error)
      )
    )
    const resolving = resolutionOf(settings, file)
    const {placed, identifiers} = placeAttributions(model, file, lists, resolving !== undefined)
    const report = (records?: ReadonlyMap<string, StudyRecord>): void => {
      const findings = checkAttributions(model.value, placed, lists, extra, {
        requireReferences: settings.requireReferences,
        records
      })
      reportFindings(file, model.value, [...findings.values()])
    }
    // Without resolution the rule stays synchronous and never touches the network.
    if (!resolving) {
      report()
      return undefined
    }
    return lookUpRecords(file, identifiers, resolving).then(report)
  }
)

/** Every attribution in the prose (reference lists left out), placed in its sentence, and the
 * identifiers the sentences link to (collected only when records are to be looked up). */
function placeAttributions(
  model: DocumentModel,
  file: VFile,
  lists: ReferenceList[],
  resolving: boolean
): {placed: Placed[]; identifiers: Map<string, Identifier>} {
  const value = model.value
  const inLists = (offset: number): boolean =>
    lists.some((l) => l.start <= offset && offset < l.end) ||
    model.referenceSections.some((r) => r.start <= offset && offset < r.end)
  const placed: Placed[] = []
  const identifiers = new Map<string, Identifier>()
  let consumed = 0
  const sentences = model.sentences
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]
    if (!isProse(sentence) || inLists(sentence.start)) continue
    // Only a sentence that shares its start with an earlier one needs its tokens cut.
    const tokens = consumed > sentence.start ? sentence.tokens.filter((t) => t.start >= consumed) : sentence.tokens
    if (tokens.length === 0 || tokens.every((t) => t.kind !== 'word')) continue
    // A citation after the full stop opens the next sentence in nlcst: it belongs here.
    const next = sentences[index + 1]
    const trailingEnd = leadingCitationsEnd(value, sentence.end, next ? Math.min(value.length, next.end) : value.length)
    if (trailingEnd > sentence.end) consumed = trailingEnd
    // The sentence's items, made once for the reader and the wording.
    let made: readonly Item[] | undefined
    const items = (): readonly Item[] => (made ??= itemsFromTokens(tokens))
    const attributions = readSafely(
      file,
      'attributions',
      [],
      () => readAttributions(tokens, value, trailingEnd, items),
      () => positionOf(file, sentence.start, sentence.end)
    )
    if (attributions.length === 0) continue
    const linked = sentence.sources.some(
      (s) => s.kind === 'link' || s.kind === 'url' || s.kind === 'doi' || s.kind === 'pmid'
    )
    const wording = sentenceWording(tokens, items())
    const keys = resolving ? linkedIdentifiers(sentence, identifiers) : undefined
    for (const attribution of attributions) {
      placed.push({
        attribution,
        sentence: index,
        line: positionOf(file, attribution.start, attribution.end).start.line,
        linked,
        sentenceCausal: wording.causal,
        sentenceNonHuman: wording.nonHuman,
        identifiers: keys,
        sentenceText: resolving ? sentence.text : undefined
      })
    }
  }
  return {placed, identifiers}
}

/** The keys of the DOIs, PMIDs and PMCIDs a sentence links to; each is added to `identifiers`. */
function linkedIdentifiers(sentence: Sentence, identifiers: Map<string, Identifier>): string[] {
  const keys: string[] = []
  for (const source of sentence.sources) {
    if (source.kind !== 'link' && source.kind !== 'url' && source.kind !== 'doi' && source.kind !== 'pmid') continue
    const found =
      source.kind === 'pmid' ? identifiersIn('PMID ' + source.value.replace(/^\D+/, '')) : identifiersIn(source.value)
    for (const id of found) {
      identifiers.set(id.key, id)
      if (!keys.includes(id.key)) keys.push(id.key)
    }
  }
  return keys
}

/** One message per finding, in document order. */
function reportFindings(file: VFile, value: string, findings: Finding[]): void {
  for (const finding of findings.sort((a, b) => a.start - b.start)) {
    const message = file.message(finding.reason, {place: positionOf(file, finding.start, finding.end)})
    message.actual = value.slice(finding.start, finding.end)
    message.expected = []
    message.note = finding.note ? `${finding.note}. ${notes[finding.check]}` : notes[finding.check]
  }
}

/** The records of the linked identifiers that could be had (from the cache, the network, or
 * within the budget); with `verbose`, an info message for each one that could not. */
async function lookUpRecords(
  file: VFile,
  identifiers: Map<string, Identifier>,
  resolving: Resolving
): Promise<Map<string, StudyRecord>> {
  const records = new Map<string, StudyRecord>()
  if (identifiers.size === 0) return records
  let results: Map<string, Resolution>
  try {
    results = await resolveIdentifiers([...identifiers.values()], resolving, file.path)
  } catch (error) {
    // A failure to resolve is never a finding nor an error.
    if (resolving.verbose) addInfo(file, lookupFailedReason(error instanceof Error ? error.message : String(error)))
    results = new Map()
  }
  for (const [key, result] of results) {
    if (result.record) records.set(key, result.record)
    else if (resolving.verbose && !(resolving.background && failureOf(result) === 'offline')) {
      const id = identifiers.get(key)
      addInfo(file, recordUnavailableReason(id ? label(id) : key, result.failure, result.detail))
    }
  }
  return records
}

/** Resolve `wanted` as the face asks: from the cache first, looking up the rest in the
 * background (the language server); within a time budget (the publish hook); or all of them. */
async function resolveIdentifiers(
  wanted: Identifier[],
  resolving: Resolving,
  path: string | undefined
): Promise<Map<string, Resolution>> {
  if (resolving.background && !resolving.options.offline) {
    // First from the cache alone; what is missing is looked up after the findings are out.
    const cached = await new Resolver({...resolving.options, offline: true}).resolve(wanted)
    const missing = wanted.filter((id) => failureOf(cached.get(id.key)) === 'offline')
    if (missing.length > 0) lookUpLater(missing, resolving, path)
    return cached
  }
  if (resolving.budget !== undefined) {
    const budget = resolving.budget
    let timer: NodeJS.Timeout | undefined
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), budget)
    })
    const resolved = await Promise.race([new Resolver(resolving.options).resolve(wanted), late])
    clearTimeout(timer)
    return (
      resolved ??
      new Map(
        wanted.map(
          (id) => [id.key, {failure: 'timeout', detail: `no record within the budget of ${budget} ms`}] as const
        )
      )
    )
  }
  return new Resolver(resolving.options).resolve(wanted)
}

/** Info messages (unresolved identifiers, with `verbose`): unified-lint-rule gives every message
 * of a rule the rule's severity, so the preset sets these back to info after the rule ran. */
export const infoMessages = new WeakSet<object>()

/** An info message on `file` (no finding, so nothing to suggest: `expected` is empty). */
function addInfo(file: VFile, reason: string): void {
  const message = file.info(reason)
  message.expected = []
  infoMessages.add(message)
}

function label(id: Identifier): string {
  return id.kind === 'doi' ? 'doi:' + id.value : id.kind === 'pmid' ? 'PMID ' + id.value : id.value
}

interface Resolving {
  options: ResolveOptions
  verbose: boolean
  background: boolean
  onRecords?: ((path: string) => void) | undefined
  budget?: number | undefined
}

function failureOf(result: Resolution | undefined): string | undefined {
  return result && !result.record ? result.failure : undefined
}

/** Identifiers being looked up in the background, so a burst of lints asks once. */
const inFlight = new Set<string>()

function lookUpLater(ids: Identifier[], resolving: Resolving, path: string | undefined): void {
  const todo = ids.filter((id) => !inFlight.has(id.key))
  if (todo.length === 0) return
  for (const id of todo) inFlight.add(id.key)
  void new Resolver(resolving.options)
    .resolve(todo)
    .catch(() => new Map())
    .then((results) => {
      for (const id of todo) inFlight.delete(id.key)
      const found = [...results.values()].some((r) => r.record !== undefined || failureOf(r) === 'not-found')
      if (found && path && resolving.onRecords) resolving.onRecords(path)
    })
}

/** Whether to resolve, and how: the rule's options over the face's defaults (`file.data.evidenceResolve`). */
function resolutionOf(settings: Settings, file: VFile): Resolving | undefined {
  const defaults = ((file.data as Record<string, unknown>).evidenceResolve ?? {}) as ResolveDefaults
  // A face's own switch (`--resolve`, `--no-resolve`) wins over the config.
  const resolve = defaults.resolve ?? settings.resolve ?? false
  if (!resolve) return undefined
  return {
    verbose: settings.verbose ?? defaults.verbose ?? false,
    background: defaults.background === true,
    budget: typeof defaults.budget === 'number' && defaults.budget > 0 ? defaults.budget : undefined,
    onRecords: defaults.onRecords,
    options: {
      crossrefUrl: settings.crossrefUrl ?? defaults.crossrefUrl,
      eutilsUrl: settings.eutilsUrl ?? defaults.eutilsUrl,
      idconvUrl: settings.idconvUrl ?? defaults.idconvUrl,
      cacheDir: defaults.cacheDir ?? settings.cacheDir,
      offline: settings.offline === true || defaults.offline === true,
      maxAge: settings.maxAgeDays === undefined ? undefined : settings.maxAgeDays * 24 * 60 * 60 * 1000,
      mailto: settings.mailto ?? defaults.mailto,
      timeout: settings.timeout ?? defaults.timeout,
      env: defaults.env
    }
  }
}

function isProse(sentence: Sentence): boolean {
  return sentence.kind === 'prose' || sentence.kind === 'question' || sentence.kind === 'instruction'
}

const bibliographyCache = new Map<string, ReferenceEntry[]>()

function bibliographyEntries(files: string[], file: VFile): ReferenceEntry[] {
  const cwd = file.cwd || process.cwd()
  const key = cwd + '\u0000' + files.join('\u0000')
  let entries = bibliographyCache.get(key)
  if (!entries) {
    entries = loadBibliography(files, cwd)
    bibliographyCache.set(key, entries)
  }
  return entries
}
