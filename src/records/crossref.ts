/**
 * Crossref REST API: `GET {crossrefUrl}/works/{doi}?mailto=...` answers
 * `{"status": "ok", "message-type": "work", "message": {...}}` with `title`, `container-title`,
 * `short-container-title`, `author` (`family`, `given`, or `name` for a group), `issued` /
 * `published-print` / `published-online` (`date-parts`), `type` and `subject`.
 */
import type {StudyRecord} from './types.js'

/** The record in a Crossref `/works/{doi}` answer, or an error naming what is malformed. */
export function parseCrossrefWork(body: string, id: string): StudyRecord | Error {
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    return new Error('the answer is not JSON')
  }
  const message = isObject(json) ? json.message : undefined
  if (!isObject(message)) return new Error('the answer has no `message` object')
  const title = firstString(message.title)
  const journals = [...strings(message['container-title']), ...strings(message['short-container-title'])]
  const authors: string[] = []
  if (Array.isArray(message.author)) {
    for (const author of message.author) {
      if (!isObject(author)) continue
      const name =
        typeof author.family === 'string' ? author.family : typeof author.name === 'string' ? author.name : undefined
      if (name) authors.push(name.trim())
    }
  }
  let year: number | undefined
  for (const field of ['published-print', 'issued', 'published-online', 'published', 'created']) {
    const date = message[field]
    const parts = isObject(date) && Array.isArray(date['date-parts']) ? date['date-parts'][0] : undefined
    if (Array.isArray(parts) && typeof parts[0] === 'number' && parts[0] > 1000) {
      year = parts[0]
      break
    }
  }
  const doi = typeof message.DOI === 'string' ? message.DOI : undefined
  return {
    id,
    doi,
    title,
    journals: [...new Set(journals)],
    year,
    authors,
    publicationTypes: [],
    mesh: [],
    subjects: strings(message.subject),
    population: 'unknown',
    source: 'crossref'
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim())
    : []
}

function firstString(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  return strings(value)[0]
}
