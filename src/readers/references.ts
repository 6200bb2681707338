/**
 * The reference-list reader: finds the reference lists of a document (plain text, Markdown,
 * HTML) and reads each entry into fields.
 *
 *     const lists = readReferences(file.value, 'markdown')
 *     lists[0].entries[0] // {number: 1, authors: ['Sinclair'], year: 1956, journal: {name: 'Lancet', ...}, ...}
 *
 * Lists are found by `./references/sections.ts` (or read inside the regions the document model
 * found), entries are read by `./references/entry.ts`. Linear in the size of the document.
 */
import type {Region, SourceFormat} from '../model/types.js'
import {findReferenceLists, markerOf, type RawEntry} from './references/sections.js'
import {readEntryFields, type EntryFields} from './references/entry.js'

export type {EntryFields, EntryJournal} from './references/entry.js'
export {isReferenceHeadingText} from './references/sections.js'

/** One entry of a reference list with its fields and place. */
export interface ReferenceEntry extends EntryFields {
  /** 1-based position in its list. */
  index: number
  /** The number its marker gives (`1.`, `[1]`, `(1)`, the `<ol>` position), if numbered. */
  number?: number | undefined
  /** A Markdown footnote's label, or a bibliography item's id. */
  label?: string | undefined
  /** For entries from a bibliography file: the file's name. */
  source?: string | undefined
  /** The entry's text, markup removed, on one line. */
  text: string
  /** Start and end offsets in the document, and the 1-based line of the start. */
  start: number
  end: number
  line: number
}

/** A reference list: a headed section, the Markdown footnote definitions, or headless numbered notes. */
export interface ReferenceList {
  heading: string
  kind: 'section' | 'footnotes' | 'notes'
  start: number
  end: number
  line: number
  /** Whether its entries carry numbers (so `[n]` citations can point into it). */
  numbered: boolean
  entries: ReferenceEntry[]
}

function plainText(entry: RawEntry, format: SourceFormat): string {
  let text = entry.raw
  if (entry.html || format === 'html') text = text.replace(/<[^<>]{0,500}>/g, ' ')
  text = text.replace(/\s+/g, ' ').trim()
  // HTML paragraphs keep their marker (`(1) Paoli A, ...`): drop it.
  const marker = markerOf(text)
  if (marker && marker.kind === 'number' && entry.number !== undefined) text = text.slice(marker.contentAt)
  return text
}

/**
 * Read the reference lists of a document. `regions` are the model's reference sections (when
 * given, lists are read inside them; footnote definitions and headless notes are found in
 * any case). An entry whose fields cannot be read is a bug: it throws, unless `onEntryError`
 * is given, which is told and the entry kept with no fields (the rest of the list still counts).
 */
export function readReferences(
  value: string,
  format: SourceFormat,
  regions?: readonly Region[],
  onEntryError?: (error: unknown) => void
): ReferenceList[] {
  const lists: ReferenceList[] = []
  for (const section of findReferenceLists(value, format, regions)) {
    const entries: ReferenceEntry[] = []
    for (const raw of section.entries) {
      let fields: EntryFields
      try {
        fields = readEntryFields(raw.raw, raw.html ? 'html' : format)
      } catch (error) {
        if (!onEntryError || process.env.RETEXT_EVIDENCE_READER_ERRORS === 'throw') throw error
        onEntryError(error)
        fields = {authors: [], urls: [], designs: [], species: []}
      }
      entries.push({
        ...fields,
        index: entries.length + 1,
        number: raw.number,
        label: raw.label,
        text: plainText(raw, format),
        start: raw.start,
        end: raw.end,
        line: raw.line
      })
    }
    const numbered =
      entries.length > 0 && entries.filter((e) => e.number !== undefined).length >= Math.ceil(entries.length / 2)
    lists.push({
      heading: section.heading,
      kind: section.kind,
      start: section.start,
      end: section.end,
      line: section.line,
      numbered,
      entries
    })
  }
  return lists
}

/** The first words of an entry, for messages: `Ancel Keys (ed). Seven Countries…` (links and
 * "Retrieved from" left out). */
export function entryFirstWords(entry: ReferenceEntry, max = 8): string {
  let text = entry.text
  const cut = text.search(/\s(retrieved from|available (at|from)|https?:\/\/|<https?:)/i)
  if (cut > 0) text = text.slice(0, cut)
  const words = text.split(' ')
  const head = words.slice(0, max).join(' ')
  return words.length > max ? head.replace(/[.,;:]$/, '') + '\u2026' : head.replace(/[.,;:]$/, '')
}

/** How a message names an entry: `reference 2 (“Ancel Keys (ed). Seven…”, line 113)`, `the
 * reference “Magnesium in Aging…” (line 82)`. */
export function describeEntry(entry: ReferenceEntry): string {
  if (entry.source !== undefined)
    return `bibliography entry ${entry.label ?? entry.index} in ${entry.source} (\u201C${entryFirstWords(entry)}\u201D)`
  if (entry.number !== undefined)
    return `reference ${entry.number} (\u201C${entryFirstWords(entry)}\u201D, line ${entry.line})`
  if (entry.label !== undefined)
    return `footnote [^${entry.label}] (\u201C${entryFirstWords(entry)}\u201D, line ${entry.line})`
  return `the reference \u201C${entryFirstWords(entry)}\u201D (line ${entry.line})`
}
