/**
 * Reading study designs out of words (a reference title, an in-text attribution) and deciding
 * whether two statements of design contradict each other.
 */
import {
  cellWordList,
  designFamilies,
  designLabels,
  designPhrases,
  species,
  speciesPopulationWords,
  speciesStudyNouns,
  titleReviewArticles,
  titleReviewFollowers,
  type CellWord,
  type Design
} from '../data/designs.js'
import type {Item} from '../text/words.js'
import {PhraseTable, type WordSequence} from '../text/phrases.js'

export type {Design} from '../data/designs.js'
export {designLabels} from '../data/designs.js'

/** A reader's items as a word sequence up to `limit`: a word's (or number's) key; a hyphen
 * glued to the words around it (`double-blind` read as `double - blind`) is passed over,
 * other punctuation ends a phrase. */
export class ItemWords implements WordSequence {
  constructor(
    private readonly items: readonly Item[],
    private readonly limit = items.length
  ) {}

  wordAt(position: number): string | undefined {
    const item = position < this.limit ? this.items[position] : undefined
    return item && item.kind !== 'punct' ? item.key : undefined
  }

  after(position: number): number {
    let next = position + 1
    while (next < this.limit && isJoiningHyphen(this.items[next])) next++
    return next
  }
}

function isJoiningHyphen(item: Item): boolean {
  return (
    item.kind === 'punct' &&
    (item.key === '-' || item.key === '\u2010' || item.key === '\u2011' || item.key === '\u2013') &&
    !item.space
  )
}

/** The longest phrase of `table` starting at word `from` of `items` (before `limit`). */
export function matchPhrase<T>(
  table: PhraseTable<T>,
  items: readonly Item[],
  from: number,
  limit = items.length
): {value: T; from: number; to: number} | undefined {
  const match = table.longestAt(new ItemWords(items, limit), from)
  return match && {value: match.value, from, to: match.last + 1}
}

export const designTable = new PhraseTable<Design>(designPhrases)
export const speciesTable = new PhraseTable<string>(species.map((s) => [s, s] as const))
export const cellTable = new PhraseTable<CellWord>(cellWordList.map((word) => [word.phrase, word] as const))

/** A design named in a run of words. */
export interface DesignMatch {
  design: Design
  from: number
  to: number
}

/** Every design phrase in `items[from, to)`, longest match first at each word. */
export function findDesigns(items: readonly Item[], from = 0, to = items.length): DesignMatch[] {
  const out: DesignMatch[] = []
  let i = from
  while (i < to) {
    if (items[i].kind !== 'word') {
      i++
      continue
    }
    const m = matchPhrase(designTable, items, i, to)
    if (m) {
      out.push({design: m.value, from: m.from, to: m.to})
      i = m.to
    } else i++
  }
  return out
}

/** Species named as the population of a study in `items[from, to)` ("in mice", "rat model"). */
export function findSpecies(
  items: readonly Item[],
  from = 0,
  to = items.length
): Array<{name: string; from: number; to: number}> {
  const out: Array<{name: string; from: number; to: number}> = []
  for (let i = from; i < to; i++) {
    if (items[i].kind !== 'word') continue
    const m = matchPhrase(speciesTable, items, i, to)
    if (!m) continue
    out.push({name: m.value, from: m.from, to: m.to})
    i = m.to - 1
  }
  return out
}

/**
 * The designs a reference title states about the study itself. A synthesis "of randomized
 * controlled trials" is a synthesis: designs after `of`/`from`/`including` that follow a
 * synthesis are what it includes, not what it is. Species as the population (`in mice`, `in
 * diet-induced obese male mice`, `rats`) make it an animal study; `in vitro`, cell lines and
 * cultures make it a cell study, unless the title also names people.
 */
export function titleDesigns(items: readonly Item[], from = 0, to = items.length): Design[] {
  const found = findDesigns(items, from, to)
  const all: Design[] = []
  const syntheses: Design[] = []
  let synthesisEnd = -1
  for (const m of found) {
    if (designFamilies[m.design] === 'synthesis') {
      // `umbrella review of meta-analyses`: what a synthesis pooled is not what it is.
      if (synthesisEnd >= 0 && items.slice(synthesisEnd, m.from).some((i) => i.key === 'of' || i.key === 'including'))
        continue
      synthesisEnd = m.to
      // `review` as a word inside a title is a design only as a noun phrase head: "A Review",
      // "a narrative review", "review of", "Review:", at the end.
      if (m.design === 'review' && !reviewIsHead(items, m.from, m.to, to)) continue
      if (!syntheses.includes(m.design)) syntheses.push(m.design)
    }
    if (!all.includes(m.design)) all.push(m.design)
  }
  if (syntheses.length > 0) return syntheses
  const designs = all.filter((d) => designFamilies[d] !== 'synthesis')
  const animals = findSpecies(items, from, to).filter((s) => speciesIsPopulation(items, s.from, s.to, from))
  if (animals.length > 0 && !designs.includes('animal')) designs.push('animal')
  return designs
}

/** Whether `review` in a title is the head of its phrase (`A review of ...`, `Systematic
 * review and meta-analysis`, `The review`), so it names the work's design. */
function reviewIsHead(items: readonly Item[], from: number, to: number, limit: number): boolean {
  const next = items[to]
  const prev = items[from - 1]
  if (to >= limit || !next) return true
  if (
    next.kind === 'punct' &&
    (next.key === ':' || next.key === '.' || next.key === '?' || next.key === ')' || next.key === ',')
  )
    return true
  if (next.kind === 'word' && titleReviewFollowers.has(next.key)) return true
  if (prev && prev.kind === 'word' && titleReviewArticles.has(prev.key)) return true
  return false
}

/** Items back from a species within which `in`, `of`, `using`... make it the population: room
 * for a few adjectives and a hyphenated strain (`in male obese Zucker diabetic-fatty rats`). */
const populationWindow = 8

/** Whether a species word names the population: after in/of/on/using (maybe with adjectives), or before study/model. */
export function speciesIsPopulation(items: readonly Item[], from: number, to: number, limit = 0): boolean {
  const next = items[to]
  if (next && next.kind === 'word' && speciesStudyNouns.has(next.key)) return true
  for (let k = from - 1, steps = 0; k >= limit && steps < populationWindow; k--, steps++) {
    const item = items[k]
    if (item.kind === 'punct') {
      if (item.key === '-') continue
      return false
    }
    if (speciesPopulationWords.has(item.key)) return true
  }
  return false
}

/** Whether a design statement in text (`said`) contradicts the designs an entry states (`entry`). */
export function designsContradict(said: Design, entry: readonly Design[]): boolean {
  if (entry.length === 0) return false
  const sayFamily = designFamilies[said]
  if (said === 'animal') return !entry.includes('animal')
  if (said === 'in-vitro') return !entry.includes('in-vitro')
  // An entry that is an animal or cell study contradicts any design in people only when the text names one.
  const humanEntry = entry.filter((d) => d !== 'animal' && d !== 'in-vitro')
  if (humanEntry.length === 0) return true
  if (said === 'meta-analysis') return !humanEntry.includes('meta-analysis')
  if (said === 'systematic-review') return !humanEntry.some((d) => d === 'systematic-review' || d === 'meta-analysis')
  if (said === 'review') return !humanEntry.some((d) => designFamilies[d] === 'synthesis')
  if (said === 'randomised-controlled-trial' || said === 'clinical-trial')
    return !humanEntry.some((d) => designFamilies[d] === 'interventional')
  if (sayFamily === 'observational') {
    if (!humanEntry.some((d) => designFamilies[d] === 'observational')) return true
    if (said === 'observational' || said === 'survey') return false
    // cohort vs cross-sectional vs case-control: all specific, all different.
    return !humanEntry.includes(said) && humanEntry.every((d) => d !== 'observational' && d !== 'survey')
  }
  if (said === 'case-report') return !humanEntry.includes('case-report')
  return false
}

/** The label of the design an entry states, for messages ("a systematic review"). */
export function describeDesigns(designs: readonly Design[]): string {
  const main = designs.filter((d) => d !== 'animal' && d !== 'in-vitro')
  const parts = main.length > 0 ? main : designs
  if (parts.includes('systematic-review') && parts.includes('meta-analysis'))
    return 'systematic review and meta-analysis'
  return parts.map((d) => designLabels[d]).join(' and ')
}
