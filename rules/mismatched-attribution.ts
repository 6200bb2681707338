/**
 * ## mismatched-attribution
 *
 * Flags an attribution to a study that does not hold together (see
 * `docs/rules/mismatched-attribution.md` and `../shared/guide/what-to-flag.md`):
 *
 * 1. against the document's references: a journal, year or author named in the text that no
 *    entry states; an entry that contradicts the text on design, year, numbers, journal or
 *    authors; a numbered citation past the end of the list, a footnote with no definition;
 * 2. against the document itself: the same study described two ways;
 * 3. design against claim: causal wording attributed to an observational design, an animal or
 *    cell study stated as an effect in people.
 *
 * The message covers the attribution ("A 2017 study in Clinical Nutrition ESPEN") and names
 * the reference entry it is compared with (its number or first words, and its line).
 * Reference entries are never read as prose.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {lintRule} from 'unified-lint-rule'
import {getModel} from '../src/model/index.js'
import {positionOf} from '../src/model/position.js'
import type {Sentence} from '../src/model/types.js'
import {readAttributions, sentenceWording} from '../src/attributions.js'
import {leadingCitationsEnd} from '../src/citations.js'
import {checkAttributions, type Finding, type Placed} from '../src/attribution-check.js'
import {readReferences, type ReferenceEntry, type ReferenceList} from '../src/references.js'
import {loadBibliography} from '../src/bibliography.js'

/** Options of `mismatched-attribution`. */
export interface MismatchedAttributionOptions {
  /**
   * Paths of CSL-JSON or BibTeX files whose entries are used alongside the document's own
   * reference list (relative paths resolve against the current working directory).
   */
  bibliography?: string | string[]
  /** Flag named attributions when the document has no reference list at all (default: false). */
  requireReferences?: boolean
}

export const mismatchedAttributionUrl = 'https://github.com/retext-evidence/retext-evidence/blob/main/docs/rules/mismatched-attribution.md'

const notes: Record<Finding['check'], string> = {
  'past-end': 'A numbered citation must point at an entry of the reference list.',
  'no-footnote': 'A footnote reference must have a footnote definition.',
  contradiction: 'The in-text description of a study should agree with the reference it cites: design, year, journal, authors and numbers.',
  unmatched: 'Every study the text names (by journal, year or author) should be findable in the reference list.',
  inconsistent: 'One study should be described the same way wherever the document mentions it.',
  'causal-design': 'Observational designs (cohort, case-control, cross-sectional, surveys) show associations; say "was associated with" or "was linked to" rather than causal wording.',
  'animal-claim': 'A finding in animals or cells is not an effect in people; keep the species or "in cells" in the claim.',
  'no-references': 'With `requireReferences`, every named study needs a reference list entry.'
}

export const mismatchedAttribution = lintRule<Root, MismatchedAttributionOptions | null | undefined>(
  {origin: 'retext-evidence:mismatched-attribution', url: mismatchedAttributionUrl},
  function (tree: Root, file: VFile, options) {
    const settings = normaliseOptions(options)
    const extra = settings.bibliography.length > 0 ? bibliographyEntries(settings.bibliography, file) : []
    const model = getModel(tree, file)
    const value = model.value
    let lists: ReferenceList[]
    try {
      lists = readReferences(value, model.format, model.referenceSections)
    } catch {
      lists = []
    }
    const inLists = (offset: number): boolean => lists.some((l) => l.start <= offset && offset < l.end) || model.referenceSections.some((r) => r.start <= offset && offset < r.end)
    const placed: Placed[] = []
    let consumed = 0
    const sentences = model.sentences
    for (let index = 0; index < sentences.length; index++) {
      const sentence = sentences[index]
      if (!isProse(sentence) || inLists(sentence.start)) continue
      const tokens = sentence.tokens.filter((t) => t.start >= consumed)
      if (tokens.length === 0 || tokens.every((t) => t.kind !== 'word')) continue
      // A citation after the full stop opens the next sentence in nlcst: it belongs here.
      const next = sentences[index + 1]
      const trailingEnd = leadingCitationsEnd(value, sentence.end, next ? Math.min(value.length, next.end) : value.length)
      if (trailingEnd > sentence.end) consumed = trailingEnd
      let attributions
      try {
        attributions = readAttributions(tokens, value, trailingEnd)
      } catch {
        continue
      }
      if (attributions.length === 0) continue
      const linked = sentence.sources.some((s) => s.kind === 'link' || s.kind === 'url' || s.kind === 'doi' || s.kind === 'pmid')
      const wording = sentenceWording(tokens)
      for (const attribution of attributions) {
        placed.push({
          attribution,
          sentence: index,
          line: positionOf(file, attribution.start, attribution.end).start.line,
          linked,
          sentenceCausal: wording.causal,
          sentenceNonHuman: wording.nonHuman
        })
      }
    }
    const findings = checkAttributions(value, placed, lists, extra, {requireReferences: settings.requireReferences})
    for (const finding of [...findings.values()].sort((a, b) => a.start - b.start)) {
      const message = file.message(finding.reason, {place: positionOf(file, finding.start, finding.end)})
      message.actual = value.slice(finding.start, finding.end)
      message.expected = []
      message.note = finding.note ? `${finding.note}. ${notes[finding.check]}` : notes[finding.check]
    }
  }
)

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

/** Options may come as `null`, a bare number (`2` meant as a severity), or an object. */
export function normaliseOptions(options: unknown): {bibliography: string[]; requireReferences: boolean} {
  if (options === null || options === undefined || typeof options !== 'object' || Array.isArray(options)) return {bibliography: [], requireReferences: false}
  const value = options as Record<string, unknown>
  let bibliography: string[] = []
  if (value.bibliography !== undefined) {
    if (typeof value.bibliography === 'string') bibliography = [value.bibliography]
    else if (Array.isArray(value.bibliography) && value.bibliography.every((x) => typeof x === 'string')) bibliography = value.bibliography as string[]
    else throw new Error('retext-evidence:mismatched-attribution: option `bibliography` must be a path or a list of paths')
  }
  if (value.requireReferences !== undefined && typeof value.requireReferences !== 'boolean') {
    throw new Error('retext-evidence:mismatched-attribution: option `requireReferences` must be a boolean')
  }
  return {bibliography, requireReferences: value.requireReferences === true}
}
