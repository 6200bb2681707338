/**
 * Bibliography files (the `bibliography` option of mismatched-attribution): CSL-JSON and BibTeX,
 * parsed with citation-js (`@citation-js/core` with `@citation-js/plugin-bibtex`), turned into
 * reference entries with the same fields the in-document reader gives.
 */
import fs from 'node:fs'
import path from 'node:path'
import core, {type CslItem} from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import {titleDesigns, findSpecies, speciesIsPopulation} from './designs.js'
import {journalByDoi, journalByIssn, journalByName, yearOfVolume} from './journals.js'
import {readCounts} from './counts.js'
import {scanItems} from '../text/words.js'
import type {ReferenceEntry} from './references.js'

/** Parse bibliography text (CSL-JSON or BibTeX, detected by citation-js). */
export function parseBibliography(text: string): CslItem[] {
  const trimmed = text.trim()
  if (trimmed === '') return []
  // CSL-JSON is JSON (a list or one item); anything else goes to citation-js's BibTeX parser.
  const data: unknown = trimmed.startsWith('[') || trimmed.startsWith('{') ? JSON.parse(trimmed) : trimmed
  return new core.Cite(data).data
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

/** A CSL item as a reference entry (its place is the file and the item's position in it). */
export function entryFromCsl(item: CslItem, index: number, file: string): ReferenceEntry {
  const title = typeof item.title === 'string' ? item.title : undefined
  const container = first(item['container-title']) ?? item['container-title-short']
  const parts = item.issued?.['date-parts']?.[0]
  const rawYear = parts && parts[0] !== undefined ? Number(parts[0]) : undefined
  const entry: ReferenceEntry = {
    index,
    label: item.id,
    source: file,
    text: [
      item.author
        ?.map((a) => a.family ?? a.literal)
        .filter(Boolean)
        .join(', '),
      title,
      container
    ]
      .filter(Boolean)
      .join('. '),
    start: -1,
    end: -1,
    line: 0,
    authors: (item.author ?? []).map((a) => a.family ?? a.literal ?? '').filter(Boolean),
    urls: item.URL ? [item.URL] : [],
    designs: [],
    species: []
  }
  if (title) entry.title = title
  if (rawYear !== undefined && Number.isFinite(rawYear)) {
    entry.year = rawYear
    entry.yearSource = 'text'
  }
  if (item.volume !== undefined) entry.volume = String(item.volume)
  if (item.issue !== undefined) entry.issue = String(item.issue)
  if (item.page) entry.pages = item.page
  if (item.DOI) entry.doi = item.DOI
  if (item.PMID) entry.pmid = String(item.PMID)
  if (item.PMCID) entry.pmcid = String(item.PMCID)
  if (item.URL) entry.url = item.URL
  const record =
    (container ? journalByName(container) : undefined) ??
    (item.ISSN ? journalByIssn(String(item.ISSN)) : undefined) ??
    (item.DOI ? journalByDoi(item.DOI)?.journal : undefined)
  if (container || record) entry.journal = {name: container ?? record?.name ?? '', record, via: 'name'}
  if (entry.year === undefined && record && entry.volume && /^\d+$/.test(entry.volume)) {
    const year = yearOfVolume(record, Number(entry.volume))
    if (year !== undefined) {
      entry.year = year
      entry.yearSource = 'volume'
    }
  }
  if (title) {
    const items = scanItems(title)
    entry.designs = titleDesigns(items)
    entry.species = findSpecies(items)
      .filter((s) => speciesIsPopulation(items, s.from, s.to))
      .map((s) => s.name)
    const counts = readCounts(items)
    if (counts.sampleSize) entry.sampleSize = counts.sampleSize.value
    if (counts.studyCount) entry.studyCount = counts.studyCount.value
  }
  return entry
}

/** Load bibliography files into entries. Relative paths resolve against `cwd`. */
export function loadBibliography(files: readonly string[], cwd = process.cwd()): ReferenceEntry[] {
  const entries: ReferenceEntry[] = []
  for (const file of files) {
    const full = path.resolve(cwd, file)
    const text = fs.readFileSync(full, 'utf8')
    let items: CslItem[]
    try {
      items = parseBibliography(text)
    } catch (error) {
      throw new Error(
        `retext-evidence:mismatched-attribution: cannot read bibliography \`${file}\`: ${(error as Error).message}`
      )
    }
    for (const item of items) entries.push(entryFromCsl(item, 0, path.basename(file)))
  }
  entries.forEach((e, k) => (e.index = k + 1))
  return entries
}
