/**
 * A record seen as a reference entry, so that mismatched-attribution compares an attribution
 * with the record of the work it links to field by field, as it does with a reference list.
 * Designs come from PubMed's publication types and the title; an animal or cell study from MeSH
 * (`Animals`, `Mice`, `Rats` without `Humans`) or the title.
 */
import type {ReferenceEntry} from '../readers/references.js'
import type {Design} from '../readers/designs.js'
import {titleDesigns} from '../readers/designs.js'
import {designFamilies, meshSpecies, publicationTypeDesigns} from '../data/designs.js'
import {journalByName} from '../readers/journals.js'
import {scanItems} from '../text/words.js'
import type {StudyRecord} from './types.js'

/** The designs a record states: its publication types, else its title. */
export function recordDesigns(record: StudyRecord): Design[] {
  const designs: Design[] = []
  const types = new Set(record.publicationTypes.map((t) => t.toLowerCase()))
  for (const [type, design] of publicationTypeDesigns)
    if (types.has(type) && !designs.includes(design)) designs.push(design)
  if (record.title)
    for (const design of titleDesigns(scanItems(record.title))) if (!designs.includes(design)) designs.push(design)
  // A synthesis is a synthesis, whatever it pooled.
  if (designs.some((d) => d === 'meta-analysis' || d === 'systematic-review'))
    return designs.filter((d) => designFamilies[d] === 'synthesis')
  if (record.population === 'animals' && !designs.includes('animal')) designs.push('animal')
  if (record.population === 'in-vitro' && !designs.includes('in-vitro')) designs.push('in-vitro')
  if ((record.population === 'humans' || record.population === 'both') && designs.includes('animal'))
    designs.splice(designs.indexOf('animal'), 1)
  return designs
}

/** The species a record's MeSH names (`mice`, `rats`). */
export function recordSpecies(record: StudyRecord): string[] {
  return record.mesh.map((m) => meshSpecies[m.toLowerCase()]).filter((s): s is string => s !== undefined)
}

/** A journal name without PubMed's place qualifier (`Lancet (London, England)`). */
export function plainJournal(name: string): string {
  const paren = name.indexOf(' (')
  return paren > 0 ? name.slice(0, paren) : name
}

/** How a record is named in messages: `the record of PMID 123 (“Title first words…”)`. */
export function describeRecord(record: StudyRecord): string {
  const label = record.id.startsWith('pmid:')
    ? 'PMID ' + record.id.slice(5)
    : record.id.startsWith('pmcid:')
      ? record.id.slice(6)
      : record.id
  const words = (record.title ?? '').split(/\s+/).filter(Boolean)
  const title = words.slice(0, 8).join(' ') + (words.length > 8 ? '\u2026' : '')
  return `the record of ${label}` + (title ? ` (\u201C${title}\u201D)` : '')
}

/** The record as a reference entry (journal: its first name; offsets and line are 0). */
export function recordEntry(record: StudyRecord): ReferenceEntry {
  const name = record.journals[0] ? plainJournal(record.journals[0]) : undefined
  return {
    index: 0,
    text: record.title ?? '',
    start: 0,
    end: 0,
    line: 0,
    authors: record.authors,
    year: record.year,
    yearSource: 'text',
    title: record.title,
    journal: name
      ? {
          name,
          via: 'name',
          record:
            journalByName(name) ??
            record.journals
              .slice(1)
              .map((j) => journalByName(plainJournal(j)))
              .find((r) => r !== undefined)
        }
      : undefined,
    doi: record.doi,
    pmid: record.pmid,
    pmcid: record.pmcid,
    urls: [],
    designs: recordDesigns(record),
    species: recordSpecies(record)
  } as ReferenceEntry
}
