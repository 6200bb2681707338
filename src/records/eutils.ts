/**
 * NCBI E-utilities and the PMC ID converter.
 *
 * - `esummary.fcgi?db=pubmed&id=1,2&retmode=json`: `{"result": {"uids": [...], "<uid>": {title,
 *   fulljournalname, source, pubdate, authors: [{name}], pubtype: [...], articleids: [{idtype,
 *   value}]}}}`; an unknown PMID has `{"uid": ..., "error": ...}`.
 * - `efetch.fcgi?db=pubmed&id=1,2&retmode=xml`: `<PubmedArticleSet><PubmedArticle>` with
 *   `<PMID>`, `<PublicationTypeList><PublicationType>` and `<MeshHeadingList><MeshHeading>
 *   <DescriptorName>`.
 * - the ID converter, `?ids=PMC1,PMC2&format=json`: `{"records": [{"pmcid", "pmid", "doi"}]}`
 *   (an unknown PMCID has `"status": "error"`).
 */
import type {StudyRecord, Subjects} from './types.js'

export interface Summary {
  pmid: string
  title?: string | undefined
  journals: string[]
  year?: number | undefined
  authors: string[]
  publicationTypes: string[]
  doi?: string | undefined
  pmcid?: string | undefined
}

/** The summaries in an esummary JSON answer, by PMID (unknown PMIDs are left out). */
export function parseSummaries(body: string): Map<string, Summary> | Error {
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    return new Error('the esummary answer is not JSON')
  }
  const result = isObject(json) ? json.result : undefined
  if (!isObject(result)) return new Error('the esummary answer has no `result` object')
  const out = new Map<string, Summary>()
  const uids = Array.isArray(result.uids)
    ? result.uids.filter((u): u is string => typeof u === 'string')
    : Object.keys(result).filter((k) => k !== 'uids')
  for (const uid of uids) {
    const item = result[uid]
    if (!isObject(item) || item.error !== undefined) continue
    const authors: string[] = []
    if (Array.isArray(item.authors)) {
      for (const author of item.authors) {
        if (!isObject(author) || typeof author.name !== 'string') continue
        if (author.authtype !== undefined && author.authtype !== 'Author' && author.authtype !== 'CollectiveName')
          continue
        // `Smith JA`: the family name is all but the initials.
        const name = author.name.trim()
        const space = name.lastIndexOf(' ')
        authors.push(space > 0 && /^[A-Z]{1,4}$/.test(name.slice(space + 1)) ? name.slice(0, space) : name)
      }
    }
    const ids = Array.isArray(item.articleids) ? item.articleids.filter(isObject) : []
    const idOf = (type: string) => {
      const found = ids.find((i) => i.idtype === type)
      return found && typeof found.value === 'string' ? found.value : undefined
    }
    const pubdate =
      typeof item.pubdate === 'string' ? item.pubdate : typeof item.sortpubdate === 'string' ? item.sortpubdate : ''
    const year = /^\d{4}/.test(pubdate) ? Number(pubdate.slice(0, 4)) : undefined
    const journals = [item.fulljournalname, item.source]
      .filter((j): j is string => typeof j === 'string' && j.trim() !== '')
      .map((j) => j.trim())
    let pmcid = idOf('pmc') ?? idOf('pmcid')
    if (pmcid && !pmcid.startsWith('PMC'))
      pmcid = pmcid.startsWith('pmc-id: ') ? pmcid.slice(8).split(';')[0] : undefined
    out.set(uid, {
      pmid: uid,
      title: typeof item.title === 'string' ? item.title.trim() : undefined,
      journals: [...new Set(journals)],
      year,
      authors,
      publicationTypes: Array.isArray(item.pubtype)
        ? item.pubtype.filter((p): p is string => typeof p === 'string')
        : [],
      doi: idOf('doi'),
      pmcid
    })
  }
  return out
}

export interface Indexing {
  publicationTypes: string[]
  mesh: string[]
}

/** Publication types and MeSH descriptors in an efetch XML answer, by PMID. */
export function parseArticles(body: string): Map<string, Indexing> | Error {
  if (!body.includes('<PubmedArticleSet')) return new Error('the efetch answer is not a PubmedArticleSet')
  const out = new Map<string, Indexing>()
  let at = 0
  for (;;) {
    const start = body.indexOf('<PubmedArticle>', at)
    if (start < 0) break
    const end = body.indexOf('</PubmedArticle>', start)
    if (end < 0) return new Error('the efetch answer ends inside an article')
    const article = body.slice(start, end)
    at = end + 16
    const pmid = elements(article, 'PMID')[0]
    if (!pmid) continue
    out.set(pmid, {publicationTypes: elements(article, 'PublicationType'), mesh: elements(article, 'DescriptorName')})
  }
  return out
}

/** The text of every `<name ...>text</name>` in `xml`, entities decoded. */
function elements(xml: string, name: string): string[] {
  const out: string[] = []
  const open = '<' + name
  const close = '</' + name + '>'
  let at = 0
  for (;;) {
    const start = xml.indexOf(open, at)
    if (start < 0) break
    const after = xml[start + open.length]
    if (after !== '>' && after !== ' ') {
      at = start + open.length
      continue
    }
    const contentStart = xml.indexOf('>', start)
    const end = xml.indexOf(close, contentStart)
    if (contentStart < 0 || end < 0) break
    out.push(decode(xml.slice(contentStart + 1, end)).trim())
    at = end + close.length
  }
  return out
}

const named: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"}

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/gi, (whole: string, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1))
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return named[entity.toLowerCase()] ?? whole
  })
}

export interface Conversion {
  pmcid: string
  pmid?: string | undefined
  doi?: string | undefined
}

/** The conversions in an ID converter JSON answer, by PMCID (unknown PMCIDs are left out). */
export function parseConversions(body: string): Map<string, Conversion> | Error {
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    return new Error('the ID converter answer is not JSON')
  }
  const records = isObject(json) ? json.records : undefined
  if (!Array.isArray(records)) return new Error('the ID converter answer has no `records` list')
  const out = new Map<string, Conversion>()
  for (const record of records) {
    if (!isObject(record) || typeof record.pmcid !== 'string' || record.status === 'error') continue
    const pmid = typeof record.pmid === 'string' || typeof record.pmid === 'number' ? String(record.pmid) : undefined
    out.set(record.pmcid.toUpperCase(), {
      pmcid: record.pmcid.toUpperCase(),
      pmid,
      doi: typeof record.doi === 'string' ? record.doi : undefined
    })
  }
  return out
}

/** Humans or animals, from MeSH check tags. */
export function population(mesh: readonly string[]): Subjects {
  const set = new Set(mesh.map((m) => m.toLowerCase()))
  const humans = set.has('humans')
  const animals =
    set.has('animals') ||
    set.has('mice') ||
    set.has('rats') ||
    set.has('swine') ||
    set.has('dogs') ||
    set.has('rabbits')
  if (humans && animals) return 'both'
  if (humans) return 'humans'
  if (animals) return 'animals'
  if (set.has('in vitro techniques') || set.has('cells, cultured') || set.has('cell line')) return 'in-vitro'
  return 'unknown'
}

/** A PubMed record from its summary and (when fetched) its indexing. */
export function pubmedRecord(id: string, summary: Summary, indexing: Indexing | undefined): StudyRecord {
  const publicationTypes = [...new Set([...summary.publicationTypes, ...(indexing?.publicationTypes ?? [])])]
  const mesh = indexing?.mesh ?? []
  return {
    id,
    pmid: summary.pmid,
    doi: summary.doi,
    pmcid: summary.pmcid,
    title: summary.title,
    journals: summary.journals,
    year: summary.year,
    authors: summary.authors,
    publicationTypes,
    mesh,
    population: population(mesh),
    source: 'pubmed'
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
